"""Shows that a polarity change leaves everything else the tagger says unchanged: tags two `heard` binaries'
`heard tag --explain` output for every built-in framework on the differential comments (differential_comments.py,
100,000 by default), and compares each line with its polarity taken out (themes, evidence, confidences, cues
and model contributions must be identical); counts how many polarities changed, and to what.

    python3 Scripts/themes/polarity_differential.py OLD_HEARD NEW_HEARD [COUNT]
"""
import collections
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FRAMEWORKS = ("lincolnshire-2022", "nelc-2019", "north-lincolnshire-2022", "nottinghamshire-2018")


def main(old, new, count=100_000):
    comments = subprocess.run([sys.executable, str(HERE / "differential_comments.py")], capture_output=True,
                              text=True, check=True).stdout.splitlines()[:count]
    text = "\n".join(comments) + "\n"
    status = 0
    for framework in FRAMEWORKS:
        outputs = [subprocess.run([binary, "tag", "--framework", framework, "--explain"], input=text,
                                  capture_output=True, text=True, check=True).stdout.splitlines()
                   for binary in (old, new)]
        assert len(outputs[0]) == len(outputs[1]) == len(comments)
        other, changes = 0, collections.Counter()
        for one, two in zip(*outputs):
            a, b = json.loads(one), json.loads(two)
            pa, pb = a.pop("polarity", None), b.pop("polarity", None)
            if a != b:
                other += 1
            if pa != pb:
                changes[f"{pa}->{pb}"] += 1
        print(f"{framework}: {len(comments)} comments, {other} differ in anything but polarity; "
              f"polarity changed on {sum(changes.values())}: {dict(changes.most_common())}")
        status |= other > 0
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], *(int(a) for a in sys.argv[3:4])))
