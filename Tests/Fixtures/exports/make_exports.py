#!/usr/bin/env python3
"""Writes survey-tool-shaped exports whose question wording appears nowhere in Heard's examples or profiles,
with what `heard check` must find in each (`NAME.expected.json`). Invented people; run by a developer."""
import csv, datetime, io, json, os, random
import openpyxl
random.seed(7)
HERE = os.path.dirname(os.path.abspath(__file__))
FIRST = ["Maja", "Kwame", "Ruby", "Dawit", "Callum", "Hana", "Oliwia", "Tariq", "Bethany", "Emre", "Sian", "Luca"]
LAST = ["Hughes", "Asante", "Kaur", "Tesfaye", "Reid", "Yilmaz", "Zielinska", "Rahman", "Price", "Morgan"]
FREQ = ["All of the time", "Most of the time", "Some of the time", "Hardly ever", "Never"]
COMMENTS = ["having a pet at my carers is the best thing", "would like more time with my little sister",
            "my worker keeps changing and its annoying", "need help with my bus pass to get to college",
            "dont like being pulled out of class for meetings", "the staff at my house are kind to me",
            "more money for driving lessons pls", "nothing", "", "I want to know about my family history"]
def expect(name, data):
    json.dump(data, open(os.path.join(HERE, name.rsplit(".", 1)[0] + ".expected.json"), "w"), indent=1)

# SurveyMonkey: two header rows, metadata columns, a multi-select question over three columns, US dates.
q = ["How safe is the place you are living in?", "Which of these do you do each week?", "", "",
     "Is there a grown-up you can go to when something is wrong?", "If you could change one thing, what would it be?"]
row1 = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name",
        "Last Name", "Custom Data 1"] + q
row2 = [""] * 9 + ["Response", "Sport", "Youth club", "Other (please specify)", "Response", "Open-Ended Response"]
rows = []
for i in range(23):
    f, l = random.choice(FIRST), random.choice(LAST)
    d = datetime.datetime(2025, 3, 3) + datetime.timedelta(hours=random.randint(0, 500))
    rows.append([str(11400000000 + i * 37), "431556788", d.strftime("%m/%d/%Y %I:%M:%S %p"),
                 (d + datetime.timedelta(minutes=9)).strftime("%m/%d/%Y %I:%M:%S %p"), f"81.2.69.{i}", "", f, l, "",
                 random.choice(FREQ), random.choice(["Sport", ""]), random.choice(["Youth club", ""]),
                 random.choice(["", "", "drama group"]), random.choice(["Yes", "No", "Not sure"]), random.choice(COMMENTS)])
buf = io.StringIO(); w = csv.writer(buf, lineterminator="\r\n"); w.writerow(row1); w.writerow(row2); w.writerows(rows)
open(os.path.join(HERE, "surveymonkey-young-people.csv"), "wb").write(buf.getvalue().encode("utf-8-sig"))
expect("surveymonkey-young-people.csv", {"respondents": 23, "identity": ["IP Address", "Email Address", "First Name",
       "Last Name"], "metadata": ["Respondent ID"], "free-text": ["If you could change one thing, what would it be?"],
       "questions": {"How safe is the place you are living in?": "feel-safe-where-live",
                     "Is there a grown-up you can go to when something is wrong?": "trusted-adult"}})

# Microsoft Forms XLSX: dates are real Excel dates, names and emails present, care leavers.
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Sheet1"
header = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time",
          "What is your age?", "My flat or house feels like a safe, suitable place for me",
          "I am confident handling my own money", "Are you currently working, studying or in training?",
          "How often have you felt alone in the last month?", "Tell us one thing your leaving care worker does well",
          "What would make leaving care better?"]
ws.append(header)
for i in range(31):
    f, l = random.choice(FIRST), random.choice(LAST)
    t = datetime.datetime(2025, 1, 13, 9) + datetime.timedelta(hours=random.randint(0, 600))
    ws.append([i + 1, t, t + datetime.timedelta(minutes=6), f"{f.lower()}.{l.lower()}@example.org", f"{f} {l}", None,
               random.randint(17, 24), random.choice(["Strongly agree", "Agree", "Disagree", "Neither agree nor disagree"]),
               random.choice(["Agree", "Strongly disagree", "Agree", "Strongly agree"]), random.choice(["Yes", "No"]),
               random.choice(["Often", "Sometimes", "Hardly ever", "Never"]), random.choice(COMMENTS),
               random.choice(COMMENTS)])
wb.save(os.path.join(HERE, "microsoft-forms-care-leavers.xlsx"))
expect("microsoft-forms-care-leavers.xlsx", {"respondents": 31, "cohort": "care-leavers",
       "identity": ["Email", "Name"], "metadata": ["ID"],
       "free-text": ["Tell us one thing your leaving care worker does well", "What would make leaving care better?"],
       "questions": {"What is your age?": "custom:what-is-your-age",
                     "My flat or house feels like a safe, suitable place for me": "home-safe-suitable",
                     "I am confident handling my own money": "manage-money",
                     "Are you currently working, studying or in training?": "in-education-employment-training",
                     "How often have you felt alone in the last month?": "feel-lonely"}})

# Google Forms CSV: timestamp, optional name, a 1-10 scale, a date of birth column.
header = ["Timestamp", "Email address", "First name (optional)", "Date of birth", "On a scale of 0 to 10, how happy were you yesterday?",
          "Do you get to have a say in the big decisions about you?", "Does your social worker visit when they say they will?",
          "Anything else?"]
rows = []
for i in range(27):
    t = datetime.datetime(2024, 10, 7, 15) + datetime.timedelta(hours=random.randint(0, 400))
    dob = datetime.date(2009, 1, 1) + datetime.timedelta(days=random.randint(0, 2500))
    rows.append([t.strftime("%d/%m/%Y %H:%M:%S"), f"yp{i}@example.net", random.choice(FIRST + [""]), dob.strftime("%d/%m/%Y"),
                 str(random.randint(2, 10)), random.choice(FREQ), random.choice(["Yes", "No", "Sometimes"]), random.choice(COMMENTS)])
buf = io.StringIO(); w = csv.writer(buf, lineterminator="\n"); w.writerow(header); w.writerows(rows)
open(os.path.join(HERE, "google-forms-your-views.csv"), "w", encoding="utf-8").write(buf.getvalue())
expect("google-forms-your-views.csv", {"respondents": 27, "identity": ["Email address", "First name (optional)", "Date of birth"],
       "free-text": ["Anything else?"],
       "questions": {"On a scale of 0 to 10, how happy were you yesterday?": "happy-yesterday",
                     "Do you get to have a say in the big decisions about you?": "involved-in-decisions"}})
print("written")
