import sys
BATCHES = sys.argv[1:]; NAME = "".join(BATCHES)
import json, sys
out = []
stats = {}
for b in BATCHES:
    st = [json.loads(l) for l in open(f"/work/devdata/themes-synth/batch-{b}.jsonl") if l.strip()]
    c1 = {d["id"]: d for d in (json.loads(l) for l in open(f"/work/devdata/themes-synth/labels/batch-{b}.coder1.jsonl") if l.strip())}
    c2 = {d["id"]: d for d in (json.loads(l) for l in open(f"/work/devdata/themes-synth/labels/batch-{b}.coder2.jsonl") if l.strip())}
    agreeP = n = 0
    tp = {"L": 0, "N": 0}; tot = {"L": 0, "N": 0}
    for s in st:
        a, c = c1.get(s["id"]), c2.get(s["id"])
        if a is None or c is None: continue
        n += 1
        rec = {"id": s["id"], "text": s["text"], "kind": s.get("kind"), "source": f"synthetic-batch-{b}"}
        for f in ["L", "N"]:
            x, y = set(a.get(f, [])), set(c.get(f, []))
            rec[f] = sorted(x & y); rec[f + "_contested"] = sorted(x ^ y)
            tp[f] += 2 * len(x & y); tot[f] += len(x) + len(y)
        rec["polarity"] = a.get("polarity") if a.get("polarity") == c.get("polarity") else None
        agreeP += rec["polarity"] is not None
        out.append(rec)
    print(b, "n", n, "of", len(st), "L agree F1 %.3f" % (tp["L"] / max(1, tot["L"])), "N %.3f" % (tp["N"] / max(1, tot["N"])), "pol %.3f" % (agreeP / max(1, n)))
with open("/work/devdata/themes-synth/agreed-" + NAME + ".jsonl.tmp", "w") as f:
    for r in out: f.write(json.dumps(r, ensure_ascii=False) + "\n")
import os; os.replace("/work/devdata/themes-synth/agreed-" + NAME + ".jsonl.tmp", "/work/devdata/themes-synth/agreed-" + NAME + ".jsonl")
print("wrote", len(out))
