#!/usr/bin/env python3
"""Checks that `heard check --json` publishes true counts on exports Heard's developers did not write (such as
../shared/eval/real/exports): for every closed question Heard finds, the answers in its columns are counted
here straight from the file (CSV decoded as Excel would write it; XLSX through the corpus's openpyxl reading in
FILE.openpyxl.json) and compared with the published table. Labels Heard renames to a bank label are matched
through the spellings it lists. A SurveyMonkey "Other (please specify)" box written in, beside a blank choice
(or no "Other" tick), counts as that answer. Questions joined in one cell (Google Forms, Microsoft Forms) are
not re-split here and are reported as skipped. No role truth exists for these files.

    python3 Scripts/closed-questions/real_counts.py .build/debug/heard ../shared/eval/real/exports/*/*
"""
import csv, io, json, subprocess, sys

BLANK = {"", "-", "n/a", "#n/a", "skipped", "null", "na"}


def read_rows(path):
    if path.endswith(".xlsx"):
        return json.load(open(path + ".openpyxl.json"))
    raw = open(path, "rb").read()
    for encoding in ("utf-8-sig", "utf-16", "cp1252", "latin-1"):
        try:
            text = raw.decode(encoding)
            if encoding == "utf-16" and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
                continue
            break
        except UnicodeDecodeError:
            pass
    first = text.split("\n")[0]
    delimiter = max([",", ";", "\t"], key=first.count)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def tidy(value):
    return " ".join(value.split())


def other_box(rows, two_rows, index, question_indices):
    """The "Other (please specify)" box straight after a question's columns, and its label, if any."""
    box = max(question_indices) + 1
    if box >= len(rows[0]):
        return None
    if two_rows:
        top, sub = rows[0][box], rows[1][box] if box < len(rows[1]) else ""
        if top.strip() == "" and "please specify" in sub.lower():
            return box, sub.strip()
        return None
    header, own = rows[0][box], rows[0][index]
    if header.startswith(own.rstrip() + " - ") and "please specify" in header.lower():
        return box, header.rsplit(" - ", 1)[1].strip()
    # A multi-select question: the box is named after the question, as its options are.
    stem = own.rsplit(" - ", 1)[0]
    if header.startswith(stem + " - ") and "please specify" in header.lower():
        return box, header.rsplit(" - ", 1)[1].strip()
    return None


def main():
    heard, files = sys.argv[1], sys.argv[2:]
    total = exact = skipped = 0
    for path in files:
        if path.endswith(".json"):
            continue
        rows = read_rows(path)
        out = subprocess.run([heard, "check", path, "--json"], capture_output=True, text=True)
        report = json.loads(out.stdout)
        headers = [column["header"] for column in report["columns"]]
        two_rows = any("second header row" in problem or "header runs over rows 1, 2" in problem
                       for problem in report["problems"])
        data = [row for row in rows[(2 if two_rows else 1):] if any(cell.strip() for cell in row)]
        good = 0
        notes = []
        questions = [q for q in report["questions"]]
        for question in questions:
            indices = [headers.index(column) for column in question["columns"]]
            if question["format"] == "multiple" and len(indices) == 1:
                skipped += 1
                continue
            if question["format"] == "ranking" and question["columns"] != [question["wording"]]:
                skipped += 1  # a ranking in one cell (Microsoft Forms): one question per item
                continue
            spelling = {}
            for answer in question["answers"]:
                for written in [answer["label"]] + answer["written"]:
                    spelling[written.lower()] = answer["label"]
            box = other_box(rows, two_rows, indices[0], indices) if len(question["columns"]) >= 1 else None
            truth = {}
            for row in data:
                given = set()
                for index in indices:
                    value = tidy(row[index]) if index < len(row) else ""
                    if value.lower() not in BLANK:
                        given.add(value.lower())
                if box is not None:
                    typed = tidy(row[box[0]]) if box[0] < len(row) else ""
                    single = question["format"] != "multiple"
                    if typed.lower() not in BLANK and not (single and given) and box[1].lower() not in given:
                        given.add(box[1].lower())
                for value in given:
                    label = spelling.get(value)
                    truth[label] = truth.get(label, 0) + 1
            published = {answer["label"]: answer["count"] for answer in question["answers"]}
            wrong = {label: (count, published.get(label)) for label, count in truth.items() if published.get(label) != count}
            if wrong:
                notes.append((question["wording"][:60], list(wrong.items())[:3]))
            else:
                good += 1
        total += len(questions)
        exact += good
        roles = {}
        for column in report["columns"]:
            roles[column["role"]] = roles.get(column["role"], 0) + 1
        print(path.split("/")[-1][:44].ljust(45), "rows", len(data), "respondents", report["respondents"], roles,
              f"tables {good} exact")
        for note in notes[:4]:
            print("     ", note)
    print(f"total: {exact} tables exact of {total - skipped} checked ({skipped} joined in one cell, not re-split here)")


main()
