#!/usr/bin/env python3
"""Scores `heard check --json` against fixture truth files (NAME.truth.json beside each export, as the
generators in Tests/Fixtures/exports/closed-questions write them): column roles right, and closed questions
whose every answer row has its true count. A development-time aid: the truth files are our own data, so the
figures it prints are development figures.

    python3 Scripts/closed-questions/truth_check.py .build/debug/heard Tests/Fixtures/exports/closed-questions/*.truth.json
"""
import json, os, subprocess, sys


def main():
    heard, truths = sys.argv[1], sys.argv[2:]
    roles_right = roles_all = questions_right = questions_all = 0
    for path in truths:
        truth = json.load(open(path))
        export = os.path.join(os.path.dirname(path), truth["file"])
        out = subprocess.run([heard, "check", export, "--json", "--workspace", os.path.dirname(path) or "."], capture_output=True, text=True)
        report = json.loads(out.stdout)
        roles = {column["header"]: column["role"] for column in report["columns"]}
        wrong_roles = [(header, role, roles.get(header)) for header, role in truth["columns"].items()
                       if roles.get(header) != role]
        roles_all += len(truth["columns"])
        roles_right += len(truth["columns"]) - len(wrong_roles)
        published = {q["wording"]: q for q in report["questions"]}
        notes = []
        for question in truth["questions"]:
            questions_all += 1
            found = published.get(question["text"])
            if found is None:
                notes.append(f"not published: {question['text']}")
                continue
            counts = {}
            for answer in found["answers"]:
                for spelling in [answer["label"]] + answer.get("written", []):
                    counts[spelling] = answer["count"]
            extra = sorted(answer["label"] for answer in found["answers"]
                           if answer["count"] != 0 and not {answer["label"], *answer.get("written", [])} & set(question["counts"]))
            wrong = {label: (count, counts.get(label)) for label, count in question["counts"].items()
                     if counts.get(label) != count}
            if wrong or extra:
                notes.append(f"{question['text'][:50]}: wrong {wrong} extra {extra}")
            else:
                questions_right += 1
        print(f"{truth['file'][:60]:62} roles wrong {wrong_roles}")
        for note in notes:
            print("    ", note)
    print(f"roles {roles_right}/{roles_all}; questions with every row true {questions_right}/{questions_all}")


main()
