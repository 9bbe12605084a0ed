import csv
L = {"fam":"support-to-remain-with-family","stab":"stability-and-permanence","rel":"build-not-break-relationships",
     "learn":"learning-and-aspirations","health":"healthy-and-resilient","acc":"safe-and-suitable-accommodation"}
N = {"sup":"support-us","ete":"education-training-employment","hw":"health-wellbeing","rel":"relationships",
     "live":"where-we-live","fut":"ready-for-our-future","part":"participation-in-society"}
import sys
items = [l.rstrip("\n").split(" | ") for l in open(sys.argv[1]) if l.strip() and not l.startswith("#")]
w = csv.writer(open(sys.argv[2], "w", newline=""), lineterminator="\n")
w.writerow(["framework","theme","text","polarity"])
for text, lt, nt, pol in items:
    for fw, codes, table in (("lincolnshire-2022", lt, L), ("nelc-2019", nt, N)):
        themes = [table[c] for c in codes.split(",") if c.strip() and c.strip() != "none"]
        for t in themes or [""]:
            w.writerow([fw, t, text, pol])
print(len(items), "comments")
