#!/usr/bin/env python3
"""Writes Sources/HeardPrivacy/Data/other-language-words.txt: everyday words of the other languages young people
in care in England write in ("nie", "bine", "selam", "không", "μου", "что", "الحمد"), so that a word of a
sentence in Polish, Romanian, Turkish, Vietnamese, Greek, Russian or Arabic is read as a word of that language,
not as a name no list holds. A name in such a sentence is still found where it stands as a name.

Learnt at development time, never at run time: the 5,000 commonest words of each language below in wordfreq
3.1.1 (PyPI; code Apache 2.0, data CC BY-SA 4.0), plus Scripts/gazetteer/other-language-words-added.txt
(Heard's own: common words of languages wordfreq lacks, such as Somali, Albanian, Tigrinya, Kurdish, Pashto,
Nigerian Pidgin, and Urdu, Hindi, Bengali and Punjabi as young people type them in Latin letters). Left out:
English words (already everyday), words of one letter or with digits, surnames of the national name lists
(Faker 40.54.0's person locales) or the 5,000 commonest US surnames ("nguyễn", "khan", "kovács", "иванов" stay
names), and given names, but for those only the long nam_dict list holds that are among a language's 500
commonest words ("bine", "tamam", "dobra"): Heard reads those as everyday-word names, names in a name's place. Chinese, Japanese and Korean are left out: their words are written without spaces, and a
word in those scripts that no list holds is read as a name.

Usage: python3 -m venv /tmp/gz && /tmp/gz/bin/pip install wordfreq==3.1.1 faker==40.54.0 names==0.3.0
       /tmp/gz/bin/python Scripts/gazetteer/make_other_language_words.py   (after Scripts/make_gazetteer.py)
"""
import os, sys, unicodedata
from wordfreq import top_n_list

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(ROOT, "Sources", "HeardPrivacy", "Data")
sys.path.insert(0, os.path.dirname(HERE))
import make_gazetteer  # noqa: E402  (its cleaning and its Faker and Census readers)

PER_LANGUAGE = 5000
LANGUAGES = [
    "ar", "fa", "ur", "bn", "hi", "ta", "tr", "pl", "ro", "lt", "lv", "bg", "ru", "uk", "cs", "sk", "hu", "el",
    "pt", "es", "fr", "it", "de", "nl", "vi", "fil", "id", "ms", "sh", "mk", "sl", "he",
]
COMMON_US_SURNAMES = 5000
COMMONEST = 500  # a given name among a language's 500 commonest words may be that word (see keep())


def read(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as file:
        return {line.strip() for line in file if line.strip() and not line.startswith("#")}


PLAIN = {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ß": "ss", "ı": "i", "ħ": "h",
         "ŀ": "l", "ĸ": "k", "ŋ": "ng", "ĳ": "ij", "ə": "e"}


def key(word):
    """NameKey.key in Swift: lower case, apostrophes dropped, nonspacing marks taken off, plain Latin letters."""
    out = []
    for c in unicodedata.normalize("NFD", word.lower()):
        if unicodedata.category(c) == "Mn" or c in "'\u2019":
            continue
        out.append(PLAIN.get(c, c))
    return unicodedata.normalize("NFC", "".join(out))


def month_keys():
    """The keys of the one-word month names in Data/month-names.txt (after Scripts/gazetteer/make_month_forms.py)."""
    with open(os.path.join(DATA, "month-names.txt"), encoding="utf-8") as file:
        names = [line.strip().split(" ", 1)[1] for line in file if line.strip() and not line.startswith("#")]
    return {key(name) for name in names if " " not in name}


def main():
    given = read("given-names.txt")
    english = read("english-words.txt") | read("not-names.txt")
    _, faker_surnames = make_gazetteer.faker_names()
    census = make_gazetteer.census(make_gazetteer.package_file("names", "dist.all.last"), COMMON_US_SURNAMES)
    kept_surnames = faker_surnames | census
    faker_given, _ = make_gazetteer.faker_names()
    census_given = (make_gazetteer.census(make_gazetteer.package_file("names", "dist.male.first"))
                    | make_gazetteer.census(make_gazetteer.package_file("names", "dist.female.first")))
    words, commonest = set(), set()
    for language in LANGUAGES:
        for rank, word in enumerate(top_n_list(language, PER_LANGUAGE)):
            if (clean := make_gazetteer.clean(word)):
                words.add(clean)
                if rank < COMMONEST:
                    commonest.add(clean)
    added = make_gazetteer.read_added("other-language-words-added.txt")
    words |= added
    commonest |= added  # chosen by hand as everyday words of their language
    # By the key a word is looked up by: "yến" is left out when "yen" or "yến" is a given name.
    names = {key(w) for w in given | kept_surnames}
    # A given name that only the long lists hold (nam_dict), among a language's commonest words ("bine",
    # "tamam", "dobra", "po"), is kept: Heard reads it as an everyday-word name, a name only in a name's place.
    # Names of the national lists and the US Census ("mehmet", "ioan", "jan", "محمد") are never kept.
    strong_given = {key(w) for w in faker_given | census_given}
    english_keys = {key(w) for w in english}
    surname_keys = {key(w) for w in kept_surnames}

    def keep(word):
        k = key(word)
        # "mirë" is kept although "mire" is English: a word with marks is not read as the English word.
        if len(word) < 2 or any(c.isdigit() for c in word) or (k in english_keys and k == word):
            return False
        if k not in names:
            return True
        return word in commonest and k not in strong_given and k not in surname_keys

    # Month names (Data/month-names.txt, one word) stay out: a month is the date reader's, and a month no date
    # reading takes is still read as a word no list holds, as before this list ("lipcu" beside "2008").
    months = month_keys()
    # Numbers and the words of a handle or an email spelt out (other-language-words-left-out.txt) stay out too.
    left_out = {key(w) for line in make_gazetteer.read_added("other-language-words-left-out.txt") for w in line.split()}
    kept = {w for w in words if keep(w) and key(w) not in months and key(w) not in left_out}
    with open(os.path.join(DATA, "other-language-words.txt"), "w", encoding="utf-8", newline="\n") as out:
        out.write(f"# Everyday words of other languages young people write: the {PER_LANGUAGE:,} commonest words of "
                  f"{len(LANGUAGES)} languages in wordfreq 3.1.1\n# (CC BY-SA 4.0) and "
                  "Scripts/gazetteer/other-language-words-added.txt, less English words, given names, national "
                  "surnames,\n# month names and number words (Scripts/gazetteer/other-language-words-left-out.txt).\n# Generated by Scripts/gazetteer/make_other_language_words.py; do not edit by hand.\n")
        out.write("".join(w + "\n" for w in sorted(kept)))
    print(f"other-language-words.txt: {len(kept)} of {len(words)}", file=sys.stderr)


if __name__ == "__main__":
    main()
