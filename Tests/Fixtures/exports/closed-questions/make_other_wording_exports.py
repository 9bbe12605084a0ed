#!/usr/bin/env python3
"""A fourth fixture set, written by a second hand to check round two of issue 15 in other words: the same four
tool shapes (SurveyMonkey CSV, Windows-1252 SurveyMonkey care leavers' CSV, Google Forms CSV, Microsoft Forms
workbook), with wordings and labels none of the code was tuned on:

- Ages asked as "What is your age?", "Age (years)", "What age are you?" and "Age", typed ("13yrs", "Im 16",
  "sixteen") or picked from a tool's list that mixes exact ages with ranges ("Under 11", "18 or over": a range
  is the tool's own option, kept as written); dates of birth ("Date of birth", "What is your date of birth?")
  are identity, never an age; "How old were you when you came into care?" is an ordinary question.
- "Other" the way each tool writes it: SurveyMonkey's box with other wordings ("Somewhere else (please tell
  us)"), and Google Forms' and Microsoft Forms' "Other" option, whose typed words land in the choice's own cell
  (alone, or after the ticked options). The truth counts typed words as one answer, "Other": the words never
  become a label.
- Google Forms checkbox options holding ", " ("Reading, Writing or Drawing"), one only ever ticked with others.
- Tool respondent ids ("Respondent ID", "ID") as metadata; SurveyMonkey "Email Address" etc. as identity.

Each NAME.truth.json holds every column's role and every closed question's true counts, tallied here as the
rows are written (never by Heard). Invented people and words; stdlib only.

    python3 make_other_wording_exports.py
"""
import csv, datetime, io, os, random

from make_closed_question_exports import HERE, Truth, band, comment, pick, serial, write_csv, write_xlsx

META = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name",
        "Last Name"]
META_ROLES = ["metadata", "metadata", "metadata", "metadata", "identity", "identity", "identity", "identity"]
NAMES = ["Ellis", "Macy", "Jayden", "Ruby", "Hamza", "Tilly", "Kai", "Faith", "Bartek", "Summer"]

# What young people type in an "Other" box: lower case, text-speak, a detail. Never a published label.
TYPED_HOME = ["with my nan", "my aunty and her bf", "staying at my mates for now", "hostel in town",
              "mums again since june", "caravan w my dad", "bnb till the council sorts it", "at my gfs",
              "with my older brother and his kids", "dont really know tbh"]
TYPED_FREE_TIME = ["boxing at the gym", "making tiktoks", "fishing w my foster dad", "baking cakes",
                   "looking after my rabbit", "skateboarding down the park", "going to mosque", "nothing much tbh"]


def monkey_rows(rng, i, start):
    d = start + datetime.timedelta(minutes=rng.randint(0, 60 * 24 * 20))
    n = rng.choice(NAMES)
    return [str(118_700_000_000 + i * 37), "428811902", d.strftime("%m/%d/%Y %I:%M:%S %p"),
            (d + datetime.timedelta(minutes=rng.randint(4, 30))).strftime("%m/%d/%Y %I:%M:%S %p"),
            f"172.16.{i % 50}.{rng.randint(1, 254)}", f"{n.lower()}{i}@example.net" if rng.random() < 0.25 else "",
            n if rng.random() < 0.4 else "", "Smith" if rng.random() < 0.2 else ""]


def typed_age(rng, age):
    style = rng.random()
    words = {13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen", 17: "seventeen", 19: "nineteen"}
    if style < 0.55:
        return str(age)
    if style < 0.7:
        return f"{age}yrs"
    if style < 0.8 and age in words:
        return words[age]
    if style < 0.9:
        return f"Im {age}"
    return f"{age} years old"


def box_answer(rng, labels, typed, q, other):
    """SurveyMonkey single choice with an "Other" box: (choice cell, box cell)."""
    choice = pick(rng, labels)
    if choice == other:
        Truth.count(q, other)
        return "", rng.choice(typed)
    Truth.count(q, choice)
    return choice, ""


# --- SurveyMonkey CSV: typed ages, "Somewhere else (please tell us)" box, multi-select with an Other box ---
def monkey_children_in_care(n=88, seed=31, name="Children in care survey autumn 2025 - SurveyMonkey.csv"):
    rng = random.Random(seed)
    t = Truth(name)
    for h, r in zip(META, META_ROLES):
        t.role(h, r)
    age_q = "What is your age?"
    home_q = "Who do you live with right now?"
    else_label = "Somewhere else (please tell us)"
    home_l = [("Foster carers", 40), ("In a children's home", 15), ("Family or friends", 14), (else_label, 10)]
    say_q = "Do you get a say in decisions about your life?"
    say_l = [("Yes", 40), ("No", 14), ("Sometimes", 20), ("Not sure", 8)]
    better_q = "What would make things better for you? (select all that apply)"
    better_o = ["More contact with family", "Pocket money", "Same social worker", "Trips out"]
    other = "Other (please specify)"
    anything_q = "Anything else you want to say?"
    top = META + [age_q, home_q, "", say_q, better_q, "", "", "", "", anything_q]
    sub = [""] * len(META) + ["Response", "Response", else_label, "Response"] + better_o + [other,
                                                                                          "Open-Ended Response"]
    for h in [age_q, home_q, say_q] + [f"{better_q} - {o}" for o in better_o]:
        t.role(h, "question")
    for h in [f"{home_q} - {else_label}", f"{better_q} - {other}", anything_q]:
        t.role(h, "free-text")
    TA = t.question(age_q, "single", [age_q])
    TH = t.question(home_q, "single", [home_q])
    TS = t.question(say_q, "single", [say_q])
    TB = t.question(better_q, "multiple", [f"{better_q} - {o}" for o in better_o])
    rows = [top, sub]
    start = datetime.datetime(2025, 10, 6, 15)
    for i in range(n):
        row = monkey_rows(rng, i, start)
        if rng.random() < 0.05:
            age = ""
        else:
            a = rng.randint(8, 17)
            Truth.count(TA, band(a))
            age = typed_age(rng, a)
        home, box = box_answer(rng, home_l, TYPED_HOME, TH, else_label)
        say = pick(rng, say_l)
        Truth.count(TS, say)
        ticks = [o if rng.random() < p else "" for o, p in zip(better_o, [0.45, 0.5, 0.35, 0.6])]
        for o in ticks:
            Truth.count(TB, o)
        typed = rng.choice(TYPED_FREE_TIME) if rng.random() < 0.1 else ""
        Truth.count(TB, other if typed else "")
        rows.append(row + [age, home, box, say] + ticks + [typed, comment(rng, i)])
    write_csv(os.path.join(HERE, name), rows)
    t.save(HERE)


# --- SurveyMonkey CSV saved by Excel (Windows-1252): care leavers, date of birth beside the age ---
def monkey_leavers_1252(n=67, seed=32, name="Care leaver survey 2025 - SurveyMonkey (Excel).csv"):
    rng = random.Random(seed)
    t = Truth(name)
    for h, r in zip(META, META_ROLES):
        t.role(h, r)
    dob_q, age_q = "Date of birth", "Age (years)"
    eet_q = "Are you in education, employment or training right now?"
    eet_l = [("College or sixth form", 18), ("University", 6), ("Working", 14), ("Apprenticeship", 7),
             ("None of these at the moment", 14), ("Other (please specify)", 6)]
    eet_typed = ["volunteering at the caf\u00e9", "waiting to start a course in Jan", "zero hours at a warehouse",
                 "looking after my baby", "ill at the moment"]
    pa_q = "How would you rate your Personal Adviser?"
    pa_l = [("Excellent", 16), ("Good", 20), ("OK", 12), ("Poor", 7), ("I don\u2019t have a PA", 6)]
    help_q = "What help have you had since turning 18? (tick all that apply)"
    help_o = ["Help with rent & bills", "\u00a3 towards a deposit", "Setting up a bank account", "Driving lessons"]
    rest_q = "What could we do better?"
    top = META + [dob_q, age_q, eet_q, "", pa_q, help_q, "", "", "", rest_q]
    sub = [""] * len(META) + ["Response", "Response", "Response", "Other (please specify)", "Response"] + help_o + [
        "Open-Ended Response"]
    t.role(dob_q, "identity")
    for h in [age_q, eet_q, pa_q] + [f"{help_q} - {o}" for o in help_o]:
        t.role(h, "question")
    for h in [f"{eet_q} - Other (please specify)", rest_q]:
        t.role(h, "free-text")
    TA = t.question(age_q, "single", [age_q])
    TE = t.question(eet_q, "single", [eet_q])
    TP = t.question(pa_q, "single", [pa_q])
    TH = t.question(help_q, "multiple", [f"{help_q} - {o}" for o in help_o])
    rows = [top, sub]
    start = datetime.datetime(2025, 9, 1, 11)
    for i in range(n):
        row = monkey_rows(rng, i, start)
        a = rng.randint(17, 25)
        born = datetime.date(2025 - a, rng.randint(1, 8), rng.randint(1, 28))
        dob = born.strftime("%d/%m/%Y") if rng.random() < 0.85 else ""
        if rng.random() < 0.06:
            age = ""
        else:
            Truth.count(TA, band(a))
            age = typed_age(rng, a)
        eet, box = box_answer(rng, eet_l, eet_typed, TE, "Other (please specify)")
        pa = pick(rng, pa_l) if rng.random() > 0.04 else ""
        Truth.count(TP, pa)
        ticks = [o if rng.random() < p else "" for o, p in zip(help_o, [0.5, 0.3, 0.45, 0.15])]
        for o in ticks:
            Truth.count(TH, o)
        rows.append(row + [dob, age, eet, box, pa] + ticks + [comment(rng, i)])
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(buf.getvalue().encode("cp1252"))
    t.save(HERE)


# --- Google Forms CSV: an age list mixing ages and ranges, "Other:" typed in the choice cell, ", " options ---
def google_have_your_say(n=86, seed=33, name="Have your say 2025 (Responses) - Form Responses 1.csv"):
    rng = random.Random(seed)
    t = Truth(name)
    age_q = "What age are you?"
    dob_q = "What is your date of birth?"
    live_q = "Where do you live?"
    live_l = [("With foster carers", 38), ("Children's home", 16), ("With family", 14), ("Other", 9)]
    spare_q = "What do you do in your spare time? (tick as many as you like)"
    spare_o = [("Sport", 0.45), ("Reading, Writing or Drawing", 0.3), ("Youth club", 0.3), ("Gaming", 0.5),
               ("Music", 0.35), ("Church, Mosque or Temple", 0.05)]
    safe_q = "Do you feel safe where you live?"
    safe_l = [("Yes", 50), ("Mostly", 18), ("No", 8)]
    idea_q = "What is one thing you would change?"
    header = ["Timestamp", age_q, dob_q, live_q, spare_q, safe_q, idea_q]
    for h, r in zip(header, ["metadata", "question", "identity", "question", "question", "question", "free-text"]):
        t.role(h, r)
    TA = t.question(age_q, "single", [age_q])
    TL = t.question(live_q, "single", [live_q])
    TS = t.question(spare_q, "multiple", [spare_q])
    TF = t.question(safe_q, "single", [safe_q])
    rows = [header]
    start = datetime.datetime(2025, 11, 3, 17)
    for i in range(n):
        d = start + datetime.timedelta(minutes=rng.randint(0, 60 * 24 * 14))
        roll = rng.random()
        if roll < 0.05:
            age = "Under 11"
            Truth.count(TA, age)
        elif roll < 0.12:
            age = "18 or over"
            Truth.count(TA, age)
        else:
            a = rng.randint(11, 17)
            age = str(a)
            Truth.count(TA, band(a))
        dob = "" if rng.random() < 0.3 else f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2007, 2014)}"
        live = pick(rng, live_l)
        Truth.count(TL, live)
        if live == "Other":
            live = rng.choice(TYPED_HOME)
        spare = [o for o, p in spare_o if rng.random() < p]
        if spare == ["Church, Mosque or Temple"]:
            spare = ["Music", "Church, Mosque or Temple"]
        for o in spare:
            Truth.count(TS, o)
        if rng.random() < 0.09:
            spare.append(rng.choice(TYPED_FREE_TIME))
            Truth.count(TS, "Other")
        safe = pick(rng, safe_l) if rng.random() > 0.03 else ""
        Truth.count(TF, safe)
        rows.append([d.strftime("%d/%m/%Y %H:%M:%S"), age, dob, live, ", ".join(spare), safe, comment(rng, i)])
    write_csv(os.path.join(HERE, name), rows, bom=False)
    t.save(HERE)


# --- Microsoft Forms workbook: "Age" as a number, "Other" typed in the cell, several choices joined by ";" ---
def forms_corporate_parenting(n=61, seed=34, name="Corporate parenting survey 2025(1-61).xlsx"):
    rng = random.Random(seed)
    t = Truth(name)
    meta = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time"]
    for h, r in zip(meta, ["metadata", "metadata", "metadata", "identity", "identity", "metadata"]):
        t.role(h, r)
    age_q = "Age"
    care_q = "How old were you when you came into care?"
    care_l = [("Under 5", 12), ("5 to 10", 20), ("11 to 15", 22), ("16 or older", 7)]
    worker_q = "Who is the main person you talk to about your plans?"
    worker_l = [("My social worker", 24), ("My carer", 20), ("My IRO", 8), ("Other", 7)]
    worker_typed = ["my teacher mrs k", "my advocate", "youth worker at the hub", "my sister", "no one really"]
    have_q = "Which of these do you have? (choose all that apply)"
    have_o = [("A phone", 0.8), ("A laptop or tablet", 0.45), ("A bank account", 0.3), ("A passport", 0.25)]
    have_typed = ["a bike", "my own room finally", "bus pass", "a savings acc my nan set up"]
    best_q = "What has been the best thing this year?"
    header = meta + [age_q, care_q, worker_q, have_q, best_q]
    for h, r in zip(header[len(meta):], ["question", "question", "question", "question", "free-text"]):
        t.role(h, r)
    TA = t.question(age_q, "single", [age_q])
    TC = t.question(care_q, "single", [care_q])
    TW = t.question(worker_q, "single", [worker_q])
    TH = t.question(have_q, "multiple", [have_q])
    rows = []
    start = datetime.datetime(2025, 7, 7, 10)
    for i in range(n):
        d = start + datetime.timedelta(minutes=rng.randint(0, 60 * 24 * 25))
        a = rng.randint(12, 19) if rng.random() > 0.04 else ""
        Truth.count(TA, band(a) if a != "" else "")
        care = pick(rng, care_l)
        Truth.count(TC, care)
        worker = pick(rng, worker_l)
        Truth.count(TW, worker)
        if worker == "Other":
            worker = rng.choice(worker_typed)
        chosen = [o for o, p in have_o if rng.random() < p]
        for o in chosen:
            Truth.count(TH, o)
        if rng.random() < 0.1:
            chosen.append(rng.choice(have_typed))
            Truth.count(TH, "Other")
        rows.append([i + 1, ("datetime", serial(d)), ("datetime", serial(d + datetime.timedelta(minutes=7))),
                     "anonymous", "", "", a, care, worker, "".join(o + ";" for o in chosen), comment(rng, i)])
    write_xlsx(os.path.join(HERE, name), header, rows)
    t.save(HERE)


if __name__ == "__main__":
    monkey_children_in_care()
    monkey_leavers_1252()
    google_have_your_say()
    forms_corporate_parenting()
