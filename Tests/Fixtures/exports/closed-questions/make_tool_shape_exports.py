#!/usr/bin/env python3
"""A third fixture set, in the four shapes the held-out exports were described in (SurveyMonkey CSV, a
Windows-1252 SurveyMonkey care leavers' survey, Google Forms CSV and a Microsoft Forms workbook), each holding
what went wrong there, in new words:

- "Other (please specify)": SurveyMonkey leaves the choice blank and writes what was typed in a column of its
  own; the truth counts those young people as an "Other (please specify)" answer (single and multiple choice);
  a young person who picked an answer and also typed in the box keeps the answer they picked.
- Google Forms checkboxes whose options hold ", " ("Art, Music or Drama", "Clubs (Scouts, Guides or Cadets)"),
  an option only ever chosen beside others, and single-choice answers holding ", " ("Yes, I do").
- "How old are you?" as typed ("14", "15 years", "fifteen", "I'm 12"), published in the bands of heard.json.
- Respondent ids (SurveyMonkey "Respondent ID", Forms "ID"): the tool's metadata.
- Options with "@" inside ("Tell me @ school", "Drop in @thehub").

Each NAME.truth.json holds every column's role and every closed question's true counts, tallied here as the
rows are written (never by Heard). Invented people and words; stdlib only.

    python3 make_tool_shape_exports.py
"""
import datetime, io, csv, os, random

from make_closed_question_exports import (FIRST, LAST, HERE, Truth, band, comment, pick, serial, write_csv,
                                          write_xlsx)

OTHER = "Other (please specify)"


def typed_age(rng, age):
    """An age as young people type it."""
    words = {11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen",
             17: "seventeen", 18: "eighteen", 19: "nineteen", 20: "twenty", 21: "twenty one"}
    style = rng.random()
    if style < 0.6:
        return str(age)
    if style < 0.75:
        return f"{age} years" if rng.random() < 0.5 else f"{age} yrs old"
    if style < 0.85 and age in words:
        return words[age]
    if style < 0.93:
        return f"I'm {age}"
    return f"{age} "


def age_answer(rng, low, high, q):
    """A typed age (or none, or a refusal) and its truth."""
    roll = rng.random()
    if roll < 0.04:
        return ""
    if roll < 0.08:
        Truth.count(q, "Prefer not to say")
        return "Prefer not to say"
    age = rng.randint(low, high)
    Truth.count(q, band(age))
    return typed_age(rng, age)


def surveymonkey_rows(rng, i, start):
    d = start + datetime.timedelta(minutes=rng.randint(0, 60 * 24 * 30))
    f, l = rng.choice(FIRST), rng.choice(LAST)
    return [str(119_400_000_000 + i * 41), "431907216", d.strftime("%m/%d/%Y %I:%M:%S %p"),
            (d + datetime.timedelta(minutes=rng.randint(3, 25))).strftime("%m/%d/%Y %I:%M:%S %p"),
            f"10.{i % 200}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"{f.lower()}.{l.lower()}@example.org" if rng.random() < 0.2 else "", f if rng.random() < 0.5 else "",
            l if rng.random() < 0.4 else ""]


META = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name",
        "Last Name"]
META_ROLES = ["metadata", "metadata", "metadata", "metadata", "identity", "identity", "identity", "identity"]


def single_with_other(rng, labels, typed, q, comment_too=0.03):
    """A single-choice answer with SurveyMonkey's "Other (please specify)" box: (choice, box)."""
    choice = pick(rng, labels)
    if choice == OTHER:
        Truth.count(q, OTHER)
        return "", rng.choice(typed)
    Truth.count(q, choice)
    # Now and then someone picks an answer and still writes in the box: their answer is what they picked.
    return choice, (rng.choice(typed) if choice and rng.random() < comment_too else "")


# --- SurveyMonkey CSV: "Other (please specify)", typed ages, an option with "@" inside ---
def monkey_our_voice(n=96, seed=21, name="Our voice survey 2025 - SurveyMonkey.csv"):
    rng = random.Random(seed)
    t = Truth(name)
    for h, r in zip(META, META_ROLES):
        t.role(h, r)
    age_q = "How old are you?"
    talk_q = "Who do you talk to if something is worrying you?"
    talk_l = [("My carer", 30), ("My social worker", 12), ("A teacher", 10), ("A friend", 18), ("Nobody", 8),
              (OTHER, 9)]
    talk_typed = ["my youth worker", "my big sister", "the dog lol", "my nan on the phone", "coach at boxing"]
    help_q = "Which of these would you like more help with? (tick all that apply)"
    help_o = ["Money", "Cooking", "Homework", "Feeling less worried"]
    help_typed = ["getting a bus pass", "learning to swim", "sorting my room", "driving lessons"]
    tell_q = "How should we tell you what we changed?"
    tell_l = [("Tell me @ school", 14), ("By text message", 30), ("In a letter", 12), ("At my review meeting", 20),
              ("Drop in @thehub", 10)]
    change_q = "What is one thing we should change?"
    top = META + [age_q, talk_q, "", help_q, "", "", "", "", tell_q, change_q]
    sub = [""] * len(META) + ["Response", "Response", OTHER] + help_o + [OTHER, "Response", "Open-Ended Response"]
    for h in [age_q, talk_q, tell_q] + [f"{help_q} - {o}" for o in help_o]:
        t.role(h, "question")
    for h in [f"{talk_q} - {OTHER}", f"{help_q} - {OTHER}", change_q]:
        t.role(h, "free-text")
    TA = t.question(age_q, "single", [age_q])
    TT = t.question(talk_q, "single", [talk_q])
    TH = t.question(help_q, "multiple", [f"{help_q} - {o}" for o in help_o])
    TL = t.question(tell_q, "single", [tell_q])
    rows = [top, sub]
    start = datetime.datetime(2025, 3, 3, 9)
    for i in range(n):
        row = surveymonkey_rows(rng, i, start)
        if rng.random() < 0.03:
            age = rng.choice(["not telling u", "old enough"])
            Truth.count(TA, "Not given as an age")
        else:
            age = age_answer(rng, 9, 17, TA)
        talk, box = single_with_other(rng, talk_l, talk_typed, TT) if rng.random() > 0.03 else ("", "")
        ticks = [o if rng.random() < p else "" for o, p in zip(help_o, [0.4, 0.3, 0.45, 0.35])]
        for o in ticks:
            Truth.count(TH, o)
        help_box = rng.choice(help_typed) if rng.random() < 0.12 else ""
        Truth.count(TH, OTHER if help_box else "")
        tell = pick(rng, tell_l) if rng.random() > 0.04 else ""
        Truth.count(TL, tell)
        rows.append(row + [age, talk, box] + ticks + [help_box, tell, comment(rng, i)])
    write_csv(os.path.join(HERE, name), rows)
    t.save(HERE)


# --- SurveyMonkey CSV saved by Excel as "CSV (Comma delimited)": Windows-1252, care leavers, 16 to 25 ---
def monkey_care_leavers(n=71, seed=22, name="Care leavers survey 2025 (SurveyMonkey, Excel CSV).csv"):
    rng = random.Random(seed)
    t = Truth(name)
    for h, r in zip(META, META_ROLES):
        t.role(h, r)
    age_q = "How old are you?"
    home_q = "Where are you living at the moment?"
    home_l = [("My own flat or tenancy", 22), ("Supported accommodation", 16),
              ("Staying put with my former foster carer", 10), ("With family or friends", 9), (OTHER, 8)]
    home_typed = ["sofa surfing at a mate\u2019s", "B&B for now", "in a hostel", "uni halls", "caf\u00e9 flat upstairs"]
    pa_q = "Do you know how to get hold of your PA?"
    pa_l = [("Yes", 35), ("No", 10), ("I\u2019m not sure", 8), ("I don\u2019t have a PA", 7)]
    need_q = "What would help you most right now? (tick all that apply)"
    need_o = ["Help with bills and \u00a3 money", "Finding work", "Someone to talk to", "Learning to cook"]
    need_typed = ["a provisional licence", "getting my birth certificate", "furniture", "a laptop for college"]
    else_q = "Is there anything else you want to tell us?"
    top = META + [age_q, home_q, "", pa_q, need_q, "", "", "", "", else_q]
    sub = [""] * len(META) + ["Response", "Response", OTHER, "Response"] + need_o + [OTHER, "Open-Ended Response"]
    for h in [age_q, home_q, pa_q] + [f"{need_q} - {o}" for o in need_o]:
        t.role(h, "question")
    for h in [f"{home_q} - {OTHER}", f"{need_q} - {OTHER}", else_q]:
        t.role(h, "free-text")
    TA = t.question(age_q, "single", [age_q])
    TH = t.question(home_q, "single", [home_q])
    TP = t.question(pa_q, "single", [pa_q])
    TN = t.question(need_q, "multiple", [f"{need_q} - {o}" for o in need_o])
    rows = [top, sub]
    start = datetime.datetime(2025, 5, 12, 10)
    for i in range(n):
        row = surveymonkey_rows(rng, i, start)
        age = age_answer(rng, 16, 25, TA)
        home, box = single_with_other(rng, home_l, home_typed, TH)
        pa = pick(rng, pa_l) if rng.random() > 0.03 else ""
        Truth.count(TP, pa)
        ticks = [o if rng.random() < p else "" for o, p in zip(need_o, [0.55, 0.35, 0.4, 0.25])]
        for o in ticks:
            Truth.count(TN, o)
        need_box = rng.choice(need_typed) if rng.random() < 0.15 else ""
        Truth.count(TN, OTHER if need_box else "")
        rows.append(row + [age, home, box, pa] + ticks + [need_box, comment(rng, i)])
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(buf.getvalue().encode("cp1252"))
    t.save(HERE)


# --- Google Forms CSV: checkbox options and single-choice answers that hold ", " ---
def google_speak_up(n=83, seed=23, name="Speak up survey 2025 (Responses) - Form Responses 1.csv"):
    rng = random.Random(seed)
    t = Truth(name)
    age_q = "How old are you?"
    heard_q = "Do you feel listened to at your reviews?"
    heard_l = [("Yes, I do", 34), ("No, I don't", 14), ("Sometimes, It depends who is there", 12),
               ("I haven't had a review yet", 6)]
    travel_q = "How do you usually get to school or college?"
    travel_l = [("Walk", 20), ("Bus", 25), ("Car, Taxi or Lift", 18), ("I don't go to school or college", 6)]
    enjoy_q = "Which of these do you enjoy? (tick all that apply)"
    enjoy_o = [("Sport", 0.45), ("Art, Music or Drama", 0.35), ("Gaming", 0.5), ("Clubs (Scouts, Guides or Cadets)", 0.2),
               ("Reading", 0.25), ("Volunteering", 0.04)]
    worry_q = "What worries you most?"
    worry_o = [("School, Exams or Homework", 0.3), ("Friends", 0.35), ("Moving home", 0.2), ("Money", 0.15)]
    say_q = "What would make your reviews better?"
    header = ["Timestamp", age_q, heard_q, travel_q, enjoy_q, worry_q, say_q]
    for h, r in zip(header, ["metadata", "question", "question", "question", "question", "question", "free-text"]):
        t.role(h, r)
    TA = t.question(age_q, "single", [age_q])
    TH = t.question(heard_q, "single", [heard_q])
    TT = t.question(travel_q, "single", [travel_q])
    TE = t.question(enjoy_q, "multiple", [enjoy_q])
    TW = t.question(worry_q, "multiple", [worry_q])
    rows = [header]
    start = datetime.datetime(2025, 2, 3, 16)
    for i in range(n):
        d = start + datetime.timedelta(minutes=rng.randint(0, 60 * 24 * 21))
        age = age_answer(rng, 10, 18, TA)
        heard = pick(rng, heard_l) if rng.random() > 0.03 else ""
        travel = pick(rng, travel_l)
        Truth.count(TH, heard)
        Truth.count(TT, travel)
        enjoy = [o for o, p in enjoy_o if rng.random() < p]
        # Volunteering is only ever ticked beside something else.
        if enjoy == ["Volunteering"]:
            enjoy = ["Sport", "Volunteering"]
        worry = [o for o, p in worry_o if rng.random() < p]
        for o in enjoy:
            Truth.count(TE, o)
        for o in worry:
            Truth.count(TW, o)
        rows.append([d.strftime("%Y/%m/%d %-I:%M:%S %p") + " GMT", age, heard, travel, ", ".join(enjoy),
                     ", ".join(worry), comment(rng, i)])
    write_csv(os.path.join(HERE, name), rows, bom=False)
    t.save(HERE)


# --- Microsoft Forms workbook: ID numbers, ages as numbers, ", " in single choices, ";" for several ---
def forms_young_people(n=58, seed=24, name="Young people's survey(1-58).xlsx"):
    rng = random.Random(seed)
    t = Truth(name)
    meta = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time"]
    for h, r in zip(meta, ["metadata", "metadata", "metadata", "identity", "identity", "metadata"]):
        t.role(h, r)
    age_q = "How old are you?"
    iro_q = "Do you know who your IRO is?"
    iro_l = [("Yes, I do", 25), ("No, I don't", 15), ("Not sure, What is an IRO?", 10)]
    phone_q = "What do you use your phone for?"
    phone_o = [("Talking to friends", 0.7), ("Games, Videos or Music", 0.6), ("Homework", 0.3),
               ("Keeping in touch with family", 0.45)]
    best_q = "What is the best thing about where you live?"
    header = meta + [age_q, iro_q, phone_q, best_q]
    for h, r in zip([age_q, iro_q, phone_q, best_q], ["question", "question", "question", "free-text"]):
        t.role(h, r)
    TA = t.question(age_q, "single", [age_q])
    TI = t.question(iro_q, "single", [iro_q])
    TP = t.question(phone_q, "multiple", [phone_q])
    rows = []
    start = datetime.datetime(2025, 6, 2, 9)
    for i in range(n):
        d = start + datetime.timedelta(minutes=rng.randint(0, 60 * 24 * 18))
        age = rng.randint(11, 17) if rng.random() > 0.05 else ""
        Truth.count(TA, band(age) if age != "" else "")
        iro = pick(rng, iro_l)
        Truth.count(TI, iro)
        chosen = [o for o, p in phone_o if rng.random() < p]
        for o in chosen:
            Truth.count(TP, o)
        rows.append([i + 1, ("datetime", serial(d)), ("datetime", serial(d + datetime.timedelta(minutes=6))),
                     "anonymous", "", "", age, iro, "".join(o + ";" for o in chosen), comment(rng, i)])
    write_xlsx(os.path.join(HERE, name), header, rows)
    t.save(HERE)


if __name__ == "__main__":
    monkey_our_voice()
    monkey_care_leavers()
    google_speak_up()
    forms_young_people()
