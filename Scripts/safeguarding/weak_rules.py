#!/usr/bin/env python3
"""Which direct rules are weak, chosen and scored leave-one-batch-out: a development check, offline only.

A weak rule (option "weak" in rules.txt) flags only with a second sign in the sentence of its match: a word of
SECOND-SIGN (fear, secrecy, harm that goes on, asking for help...), another rule's match, or the trained layer's
probability at least the "second sign, model at least" figure of rules.txt (issue 13, seventeenth round).
This script decides which rules to mark, on evidence, not phrases:

1. Every labelled development batch is screened once with the built `heard` (`safeguarding scan` and
   `safeguarding features`): which direct rules fire, which of them have a second sign in their sentence
   ("signed"), and the trained layer's probability (from model.tsv, as `alarm_split.py` computes it).
2. On a set of batches, a rule is a candidate when it fired with no second sign (and the layer under the
   threshold) on at least LEAST ordinary comments (2 by default since the eighteenth round, 3 before: a rule read
   in an everyday sense more than once, not one comment's accident). A rule whose own pattern names the writer as harmed or afraid ("HURT ME",
   "FEAR of ... WHO") carries its own sign and is never a candidate, nor is a rule a unit test's disclosure needs
   (BLOCKED_BY_TESTS). Candidates are taken greedily (most bare ordinary flags first) as long as no disclosure of
   those batches would lose its flag (recall first: a disclosure only a weak rule finds, with no second sign,
   blocks that rule). The model threshold is chosen the same way, among a few values at or under the trained
   layer's own threshold (so a comment a weak rule no longer flags is not flagged by the layer either).
3. Leave-one-batch-out: for each batch, rules and threshold are chosen on all the others and the batch is scored
   with them; the sums over batches (recall and false alarms, before and after) are the measure.

The firing and signs it reads do not depend on which rules rules.txt marks weak, so every rule is judged afresh.
Beside the rules, each kind is a candidate "others:KIND" (eighteenth round): its direct rules' flags whose every
match is about someone else (`aboutOthers` of `safeguarding features`) need a second sign ("second sign about
someone else" in rules.txt); --rules-only leaves these out.
With --least 0 the evidence needed is itself chosen leave-one-batch-out inside the other batches (nested).

Batches: the writers' sets and our written rounds in Tests/Fixtures/safeguarding, the tuning halves of
/work/devdata/safeguarding/batch-24 onwards when present, and the tuning half of ../shared/eval/safeguarding-real
when present. Prints counts only, never texts.

Usage: python3 Scripts/safeguarding/weak_rules.py [--heard .build/debug/heard] [--least N] [--final] [--cache FILE]
"""
import argparse
import csv
import hashlib
import json
import math
import pathlib
import re

import alarm_split
from alarm_split import run

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "Tests/Fixtures/safeguarding"
DEVDATA = ROOT.parent / "devdata/safeguarding"
REAL = ROOT.parent / "shared/eval/safeguarding-real/dev.jsonl"
MODEL = ROOT / "Sources/HeardPrivacy/Data/safeguarding/model.tsv"
RULES = ROOT / "Sources/HeardPrivacy/Data/safeguarding/rules.txt"
THRESHOLDS = [0.0, 0.02, 0.05, 0.08, 0.12, 0.16, 0.207]
LEAST = [1, 2, 3, 4, 6, 8]
BY_BATCH = False
OTHERS = True
SELF_SIGNED = set()


def tuning(text):
    return hashlib.sha256(text.encode("utf-8")).digest()[0] % 2 == 0


def read_items(path):
    if path.suffix == ".csv":
        with path.open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        if rows and "concern" in rows[0]:
            return [(r["text"], r["concern"].strip().lower() in ("yes", "true")) for r in rows]
        return [(r["text"], r["disclosure"].strip().lower() == "true") for r in rows]
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(i["text"], bool(i["disclosure"])) for i in items]


def batches():
    found = []
    for path in sorted(FIXTURES.glob("*.csv")) + sorted((FIXTURES / "writers").glob("writer-*.jsonl")):
        found.append((path.stem, read_items(path)))
    # Writers 19-23 are batch-24..28 (the first three whole, the last two their tuning halves): a batch already in
    # the repository is not counted twice.
    seen = {text for _, items in found for text, _ in items}
    for path in sorted(DEVDATA.glob("batch-*.jsonl")):
        number = int(path.stem.split("-")[1])
        items = [i for i in read_items(path) if tuning(i[0])]
        if number >= 24 and not all(text in seen for text, _ in items):
            found.append((path.stem + " tuning", [i for i in items if i[0] not in seen]))
    if REAL.exists():
        found.append(("safeguarding-real tuning", [i for i in read_items(REAL) if tuning(i[0])]))
    return found


def model_weights():
    weights, bias, _ = alarm_split.model_weights(MODEL)
    return weights, bias


def sign_rules():
    signs = set()
    for number, line in enumerate(RULES.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip() and not line.startswith("#") and not line.startswith("ordinary"):
            head = line.split(":", 1)[0]
            if "cues" in head:
                kind = re.sub(r"\s*\(.*\)", "", head).strip()
                signs.add(f"{kind} line {number}")
    return signs


# A rule whose own pattern names the writer as the one harmed or afraid ("HURT ME", "FEAR of ... WHO", "HIDING-STRONG")
# is a first-person harm or fear reading itself, so it carries its own second sign: never a candidate.
FIRST_PERSON = {"I", "ME", "MY-BODY", "me", "my", "myself", "i", "im", "FEAR", "SCARED", "UNEASE", "HIDING-STRONG",
                "HIDING", "SECRECY", "HELP-NOW", "NEED-HELP"}


# Rules a disclosure of the unit tests (our own words) would lose with no second sign in its sentence: kept strong
# (recall first). "a girl from my home went missing on friday. we were all worried. ..." (the worry is in the next
# sentence; SafeguardingAccountReadingTests).
# SLEEPING-ROUGH: chosen weak in the eighteenth round, it lost a disclosure of batch-29's reporting half (scored once,
# at the end): kept strong, recall first.
BLOCKED_BY_TESTS = {"RUN-OFF + MISSING-SIGN", "SLEEPING-ROUGH"}


def first_person_rules():
    found = set()
    for number, line in enumerate(RULES.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip() and not line.startswith("#") and not line.startswith("ordinary") and ":" in line:
            head, body = line.split(":", 1)
            items = set(re.findall(r"[A-Za-z][A-Za-z-]*", body))
            if body.strip() in BLOCKED_BY_TESTS or any(t in FIRST_PERSON or t.endswith("-ME") or "-ME-" in t for t in items):
                found.add(f"{re.sub(r'[(].*[)]', '', head).strip()} line {number}")
    return found


class Comment:
    __slots__ = ("batch", "disclosure", "flagged", "direct", "signed", "p", "others")

    def __init__(self, batch, disclosure, flagged, direct, signed, p, others=()):
        self.batch, self.disclosure, self.flagged = batch, disclosure, flagged
        self.direct, self.signed, self.p = direct, signed, p
        self.others = set(others)

    def needs_sign(self, rule, weak):
        """Whether `rule` needs a second sign here: it is weak, or its every match is about someone else and its
        kind needs a sign for that ("others:KIND" in `weak`)."""
        return rule in weak or (rule in self.others and others_key(rule) in weak)

    def flagged_with(self, weak, threshold):
        """Whether the screen flags this comment when `weak` rules need a second sign."""
        if not self.flagged or not self.direct:
            return self.flagged
        if self.p >= threshold:
            return True
        return any(not self.needs_sign(r, weak) or r in self.signed for r in self.direct)


def others_key(rule):
    """The candidate "a flag of this rule's kind about someone else needs a second sign" (eighteenth round)."""
    return "others:" + rule.rsplit(" line ", 1)[0]


def screen(heard, cache=None):
    if cache and pathlib.Path(cache).exists():
        return [Comment(*row[:4], set(row[4]), row[5], row[6] if len(row) > 6 else ())
                for row in json.loads(pathlib.Path(cache).read_text())]
    comments = screen_now(heard)
    if cache:
        pathlib.Path(cache).write_text(json.dumps([[c.batch, c.disclosure, c.flagged, c.direct, sorted(c.signed), c.p]
                                                   + [sorted(c.others)] for c in comments]))
    return comments


def screen_now(heard):
    weights, bias = model_weights()
    signs = sign_rules()
    comments = []
    for name, items in batches():
        texts = [t for t, _ in items]
        scans, features = run(heard, "scan", texts), run(heard, "features", texts)
        for (_, disclosure), scan, feature in zip(items, scans, features):
            direct = [r for r in feature["rules"] if r not in signs]
            score = bias + sum(weights.get(f, 0.0) for f in feature["features"])
            p = 1 / (1 + math.exp(-score))
            # A direct rule that fires flags the comment when no rule is weak.
            flagged = scan["concern"] or bool(direct)
            comments.append(Comment(name, disclosure, flagged, direct, set(feature.get("signed", [])), p,
                                    feature.get("aboutOthers", []) if OTHERS else ()))
    return comments


def choose(comments, least):
    """The weak rules and the model threshold chosen on `comments` (see the module's docstring)."""
    disclosures = [c for c in comments if c.disclosure and c.flagged and c.direct]
    ordinary = [c for c in comments if not c.disclosure and c.flagged and c.direct]
    best = None
    for threshold in THRESHOLDS:
        # A candidate fires with no second sign (and the layer under the threshold) on at least `least` ordinary
        # comments: evidence that it is read in an everyday sense, not one comment's accident.
        bare = {}
        for c in ordinary:
            if c.p < threshold:
                for r in set(c.direct) - c.signed:
                    bare.setdefault(r, set()).add(c.batch if BY_BATCH else id(c))
                    if r in c.others:
                        bare.setdefault(others_key(r), set()).add(c.batch if BY_BATCH else id(c))
        candidates = sorted((r for r, n in bare.items() if len(n) >= least and r not in SELF_SIGNED),
                            key=lambda r: (-len(bare[r]), r))
        weak = set()
        for r in candidates:
            trial = weak | {r}
            if all(c.flagged_with(trial, threshold) for c in disclosures
                   if r in c.direct or any(others_key(d) == r for d in c.others)):
                weak = trial
        removed = sum(1 for c in ordinary if not c.flagged_with(weak, threshold))
        if best is None or removed > best[0]:
            best = (removed, threshold, weak)
    return best[2], best[1]


def choose_least(comments):
    """How much evidence a weak rule needs, chosen leave-one-batch-out on `comments` alone: the setting that
    switches off the most false alarms with no disclosure lost on any of their batches (else the strictest)."""
    names = list(dict.fromkeys(c.batch for c in comments))
    outcomes = []
    for least in LEAST:
        lost = removed = 0
        for name in names:
            held = [c for c in comments if c.batch == name]
            weak, threshold = choose([c for c in comments if c.batch != name], least)
            lost += sum(1 for c in held if c.disclosure and c.flagged and not c.flagged_with(weak, threshold))
            removed += sum(1 for c in held if not c.disclosure and c.flagged and not c.flagged_with(weak, threshold))
        outcomes.append((lost, -removed, -least, least))
    safe = [o for o in outcomes if o[0] == 0]
    return min(safe)[3] if safe else max(LEAST)


def score(comments, weak, threshold):
    found = sum(1 for c in comments if c.disclosure and c.flagged_with(weak, threshold))
    alarms = sum(1 for c in comments if not c.disclosure and c.flagged_with(weak, threshold))
    return found, alarms


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--heard", default=str(ROOT / ".build/debug/heard"))
    parser.add_argument("--least", type=int, default=2,
                        help="ordinary comments a rule must flag bare to be a candidate (0: chosen leave-one-batch-out "
                             "on the other batches, nested)")
    parser.add_argument("--final", action="store_true", help="also choose on every batch and print the rules")
    parser.add_argument("--cache", help="keep the screen's readings in this file (counts and rule names only)")
    parser.add_argument("--any-rule", action="store_true",
                        help="let rules that name the writer as harmed or afraid be weak too (they are not by default)")
    parser.add_argument("--by-batch", action="store_true", help="count the batches a rule fires bare in, not comments")
    parser.add_argument("--rules-only", action="store_true",
                        help="weigh weak rules only, not the kinds whose flags about someone else need a second sign")
    args = parser.parse_args()
    global BY_BATCH, SELF_SIGNED, OTHERS, THRESHOLDS
    BY_BATCH = args.by_batch
    # The bars tried stop at the trained layer's own threshold (0.207 was the tenth round's; nineteenth round: read
    # from model.tsv, so a retrained layer's lower threshold is the top bar).
    layer = alarm_split.model_weights(MODEL)[2]
    THRESHOLDS = [t for t in THRESHOLDS if t < layer] + [round(layer, 3)]
    OTHERS = not args.rules_only
    if not args.any_rule:
        SELF_SIGNED = first_person_rules()
    comments = screen(args.heard, args.cache)
    names = list(dict.fromkeys(c.batch for c in comments))
    totals = [0, 0, 0, 0, 0, 0]
    print(f"{len(names)} batches, {len(comments)} comments; leave-one-batch-out, least {args.least or 'nested'}")
    print(f"{'batch':28s} {'disclosures':>11s} {'found before':>12s} {'after':>6s} {'ordinary':>8s} "
          f"{'alarms before':>13s} {'after':>6s}  least, weak rules, threshold")
    for name in names:
        held = [c for c in comments if c.batch == name]
        rest = [c for c in comments if c.batch != name]
        least = args.least or choose_least(rest)
        weak, threshold = choose(rest, least)
        before = score(held, set(), 0.0)
        after = score(held, weak, threshold)
        d = sum(1 for c in held if c.disclosure)
        o = len(held) - d
        row = [d, before[0], after[0], o, before[1], after[1]]
        totals = [a + b for a, b in zip(totals, row)]
        print(f"{name:28s} {d:11d} {before[0]:12d} {after[0]:6d} {o:8d} {before[1]:13d} {after[1]:6d}  "
              f"{least}, {len(weak)}, {threshold}", flush=True)
    print(f"{'sum':28s} {totals[0]:11d} {totals[1]:12d} {totals[2]:6d} {totals[3]:8d} {totals[4]:13d} {totals[5]:6d}")
    if args.final:
        least = args.least or choose_least(comments)
        weak, threshold = choose(comments, least)
        print(f"\nChosen on every batch: least {least}, threshold {threshold}, {len(weak)} weak rules:")
        for r in sorted(weak, key=lambda r: (r.startswith("others:"), r if r.startswith("others:") else int(r.rsplit(" ", 1)[1]))):
            if r.startswith("others:"):
                d = sum(1 for c in comments if c.disclosure and any(others_key(x) == r for x in c.others))
                o = sum(1 for c in comments if not c.disclosure and any(others_key(x) == r for x in c.others))
                print(f"  {r}: about someone else on {d} disclosures, {o} ordinary")
                continue
            d = sum(1 for c in comments if c.disclosure and r in c.direct)
            o = sum(1 for c in comments if not c.disclosure and r in c.direct)
            print(f"  {r}: fires on {d} disclosures, {o} ordinary")


if __name__ == "__main__":
    main()
