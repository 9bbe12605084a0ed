#!/usr/bin/env python3
"""Writes exports in the shapes SurveyMonkey, Microsoft Forms and Google Forms write, with closed questions
whose wording and answer labels are not in Heard's question bank, and for each `NAME.truth.json`: every
column's role and every closed question's true answer counts, counted here as the rows are made (never by
Heard). Invented people and words; stdlib only (the .xlsx is written by hand).

    python3 make_closed_question_exports.py                   # the fixtures next to this script
    python3 make_closed_question_exports.py --bench 100000 F  # one SurveyMonkey-shaped export of N rows
"""
import csv, datetime, io, json, os, random, sys, zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FIRST = ["Maisie", "Kofi", "Zofia", "Reuben", "Ayesha", "Tyler", "Nell", "Oskar", "Imani", "Declan", "Priya",
         "Caleb", "Freya", "Yusuf", "Lacey", "Mihai", "Harriet", "Jaxon", "Eilidh", "Bilal"]
LAST = ["Pennington", "Mensah", "Wojcik", "Hartley", "Begum", "Marsh", "Ferreira", "Doyle", "Novak", "Ibrahim",
        "Lockwood", "Abara", "Fenwick", "Costa"]
OPENERS = ["i wish", "can you", "it would help if", "please", "my carer says", "why cant", "i want", "honestly",
           "would be nice if", "they should"]
MIDDLES = ["we had more days out in the holidays", "my worker stayed the same for longer",
           "i could see my nan at weekends", "someone explained my care plan properly",
           "there was wifi that actually works in my room", "the review meetings were not in school time",
           "i got help learning to drive", "my little brother could come for tea",
           "people knocked before coming in my room", "i had more pocket money for the bus",
           "i could choose my own clothes", "the staff listened when i am upset"]
TAILS = ["", "", " thanks", " x", "!!", ", ring me on 07700 900{:03d}", ", my sw {} never calls back", " lol",
         "\nthat's all", ", ask {} about it"]
SHORT = ["nothing", "no", "more trips", "idk", "its fine", "", "", "", "better food"]
SCHOOLS = ["Hollybrook Academy", "St Aidan's Catholic High School", "Marshfield Primary School",
           "Westgate College", "Crossley Park School", "Northcliffe Sixth Form", "Brampton Vale Academy"]
STREETS = ["Elm Road", "Station Street", "Kingfisher Close", "Mill Lane", "Orchard Way"]


# The age bands of the workspace the fixtures are run in (heard.json next to this script).
AGE_BANDS = json.load(open(os.path.join(HERE, "heard.json")))["ageBands"]


def band(age):
    """The band an age is published under, as the heard.json bands say."""
    for label in AGE_BANDS:
        low, high = map(int, label.split("-"))
        if low <= age <= high:
            return label
    raise ValueError(f"no band for {age}")


def comment(rng, i):
    if rng.random() < 0.3:
        return rng.choice(SHORT)
    tail = rng.choice(TAILS)
    if "{:03d}" in tail:
        tail = tail.format(i % 1000)
    elif "{}" in tail:
        tail = tail.format(rng.choice(FIRST))
    return f"{rng.choice(OPENERS)} {rng.choice(MIDDLES)}{tail}"


def pick(rng, weighted):
    """One label from [(label, weight)]."""
    total = sum(w for _, w in weighted)
    x = rng.random() * total
    for label, weight in weighted:
        x -= weight
        if x < 0:
            return label
    return weighted[-1][0]


class Truth:
    """Roles and counts, tallied as the rows are written."""
    def __init__(self, name):
        self.name, self.columns, self.questions = name, {}, []

    def role(self, header, role):
        self.columns[header] = role

    def question(self, text, fmt, columns, labels=None):
        q = {"text": text, "format": fmt, "columns": columns, "counts": {}}
        if labels:
            q["labels"] = labels
        self.questions.append(q)
        return q

    @staticmethod
    def count(q, label):
        if label != "":
            q["counts"][label] = q["counts"].get(label, 0) + 1

    def save(self, folder):
        with open(os.path.join(folder, self.name.rsplit(".", 1)[0] + ".truth.json"), "w") as f:
            json.dump({"file": self.name, "columns": self.columns, "questions": self.questions}, f, indent=1,
                      ensure_ascii=False)
            f.write("\n")


def write_csv(path, rows, bom=True):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    with open(path, "wb") as f:
        f.write(("\ufeff" if bom else "").encode() + buf.getvalue().encode("utf-8"))


# --- SurveyMonkey: two header rows, one column per multi-select option, matrix, ranking, case references ---
def surveymonkey(n, seed, name="surveymonkey-care-experience-2025.csv", folder=HERE, truth=True):
    rng = random.Random(seed)
    t = Truth(name)
    meta = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name",
            "Last Name", "Custom Data 1"]
    for h, r in zip(meta, ["metadata", "metadata", "metadata", "metadata", "identity", "identity", "identity",
                           "identity", "identity"]):
        t.role(h, r)
    top, sub = list(meta), [""] * len(meta)
    q1 = "Would you say you can rely on your social worker?"
    l1 = [("Always", 14), ("Most of the time", 20), ("Sometimes", 14), ("Hardly ever", 6), ("Never", 4),
          ("I don't have one", 25), ("Not sure", 9)]
    q2 = "How do you feel about school or college?"
    l2 = [("I really like it", 30), ("It's OK", 35), ("I don't like it", 20), ("I'm not at school or college", 12)]
    q3 = "Which of these have you done since the summer? (tick all that apply)"
    o3 = ["Joined a club or group", "Learned to cook a meal", "Had a holiday or a day trip"]
    q4 = "How happy are you with these things where you live?"
    r4 = ["Your bedroom", "The food", "How much privacy you get"]
    l4 = [("Very happy", 25), ("Happy", 30), ("Not bothered", 15), ("Unhappy", 8), ("Very unhappy", 4)]
    q5 = "Put these in order, most important to you first"
    r5 = ["Seeing my family", "Feeling safe", "Having my own money", "Doing well in learning"]
    q6 = "Out of 10, how good has this week been for you?"
    q7 = "Where do you live now?"
    l7 = [("With foster carers", 40), ("In a children's home", 18), ("With a relative or family friend", 15),
          ("In supported accommodation", 12), ("Somewhere else", 4)]
    q8 = "Is there anything you would like us to change?"
    top += [q1, q2, q3, "", "", "", q4, "", "", q5, "", "", "", q6, q7, q8]
    sub += ["Response", "Response"] + o3 + ["Other (please specify)"] + r4 + r5 + ["Response", "Response",
                                                                                  "Open-Ended Response"]
    for h in [q1, q2, q6, q7]:
        t.role(h, "question")
    for o in o3:
        t.role(f"{q3} - {o}", "question")
    t.role(f"{q3} - Other (please specify)", "free-text")
    for r in r4:
        t.role(f"{q4} - {r}", "question")
    for r in r5:
        t.role(f"{q5} - {r}", "question")
    t.role(q8, "free-text")
    T1 = t.question(q1, "single", [q1], [l for l, _ in l1])
    T2 = t.question(q2, "single", [q2], [l for l, _ in l2])
    T3 = t.question(q3, "multiple", [f"{q3} - {o}" for o in o3], o3 + ["Other (please specify)"])
    T4 = [t.question(f"{q4} - {r}", "grid", [f"{q4} - {r}"], [l for l, _ in l4]) for r in r4]
    T5 = [t.question(f"{q5} - {r}", "ranking", [f"{q5} - {r}"], ["1", "2", "3", "4"]) for r in r5]
    T6 = t.question(q6, "numeric", [q6], [str(x) for x in range(11)])
    T7 = t.question(q7, "single", [q7], [l for l, _ in l7])
    rows = [top, sub]
    start = datetime.datetime(2025, 1, 6, 8)
    for i in range(n):
        f, l = rng.choice(FIRST), rng.choice(LAST)
        d = start + datetime.timedelta(minutes=rng.randint(0, 60 * 24 * 60))
        email = f"{f.lower()}.{l.lower()}{rng.randint(1, 99)}@example.net" if rng.random() < 0.3 else ""
        row = [str(114_000_000_000 + i * 53), "405331872", d.strftime("%m/%d/%Y %I:%M:%S %p"),
               (d + datetime.timedelta(minutes=rng.randint(4, 30))).strftime("%m/%d/%Y %I:%M:%S %p"),
               f"10.{i % 250}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", email, f, l,
               f"CLA{rng.randint(100000, 999999)}"]
        a1 = pick(rng, l1) if rng.random() > 0.03 else ""
        a2 = pick(rng, l2) if rng.random() > 0.05 else ""
        Truth.count(T1, a1); Truth.count(T2, a2)
        ticks = [o if rng.random() < p else "" for o, p in zip(o3, [0.35, 0.5, 0.6])]
        for o in ticks:
            Truth.count(T3, o)
        other = rng.choice(["", "", "", "", "went to a gig", "started boxing", "got a saturday job"])
        Truth.count(T3, "Other (please specify)" if other else "")
        grid = []
        for q in T4:
            a = pick(rng, l4) if rng.random() > 0.06 else ""
            Truth.count(q, a); grid.append(a)
        ranks = [""] * 4
        if rng.random() > 0.1:
            order = list(range(4)); rng.shuffle(order)
            for rank, item in enumerate(order):
                ranks[item] = str(rank + 1)
        for q, r in zip(T5, ranks):
            Truth.count(q, r)
        a6 = str(min(10, max(0, int(rng.gauss(6.5, 2.2))))) if rng.random() > 0.04 else ""
        a7 = pick(rng, l7) if rng.random() > 0.02 else ""
        Truth.count(T6, a6); Truth.count(T7, a7)
        row += [a1, a2] + ticks + [other] + grid + ranks + [a6, a7, comment(rng, i)]
        rows.append(row)
    write_csv(os.path.join(folder, name), rows)
    if truth:
        t.save(folder)


# --- Microsoft Forms .xlsx: ";"-joined choices, real Excel dates, identity columns ---
def col_name(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def write_xlsx(path, header, rows):
    """rows: lists of str, int, float or ("date", serial) / ("datetime", serial)."""
    strings, index = [], {}
    def sst(text):
        if text not in index:
            index[text] = len(strings); strings.append(text)
        return index[text]
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, cells in enumerate([header] + rows):
        out.append(f'<row r="{r + 1}">')
        for c, v in enumerate(cells):
            ref = f"{col_name(c)}{r + 1}"
            if v is None or v == "":
                continue
            if isinstance(v, tuple):
                style = 1 if v[0] == "date" else 2
                out.append(f'<c r="{ref}" s="{style}"><v>{v[1]}</v></c>')
            elif isinstance(v, (int, float)):
                out.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                out.append(f'<c r="{ref}" t="s"><v>{sst(v)}</v></c>')
        out.append("</row>")
    out.append("</sheetData></worksheet>")
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
        "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
        '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
        f'<Relationship Id="rId3" Type="{rel}/styles" Target="styles.xml"/></Relationships>',
        "xl/styles.xml": f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{main}">'
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="m/d/yy h:mm"/></numFmts>'
        '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>',
        "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{main}">'
        + "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings) + "</sst>",
        "xl/worksheets/sheet1.xml": "".join(out),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for member, text in files.items():
            z.writestr(member, text)


def serial(dt):
    delta = dt - datetime.datetime(1899, 12, 30)
    return round(delta.days + delta.seconds / 86400, 6)


def microsoft_forms(n, seed, name="Leaving care check-in(1-64).xlsx"):
    rng = random.Random(seed)
    t = Truth(name)
    meta = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time"]
    for h, r in zip(meta, ["metadata", "metadata", "metadata", "identity", "identity", "metadata"]):
        t.role(h, r)
    q = {
        "safe": ("Do you feel safe in the place you live?", [("Yes", 40), ("No", 8), ("Sometimes", 22)]),
        "eet": ("Are you in education, employment or training?",
                [("Yes, in education", 20), ("Yes, working", 14), ("Yes, training or an apprenticeship", 8),
                 ("No", 16), ("Prefer not to say", 4)]),
        "siblings": ("Do you see your brothers or sisters as much as you want?",
                     [("As much as I want", 18), ("Not enough", 25), ("I don't have any brothers or sisters", 9),
                      ("I don't want to see them", 5)]),
    }
    help_q = "What help do you get at the moment?"
    help_opts = ["Help with money", "Help finding a job", "Help with my health", "Someone to talk to"]
    money_q = "How well are you managing your money? (1 = not at all, 5 = really well)"
    header = meta + [q["safe"][0], help_q, q["eet"][0], money_q, "Date of birth", "Your postcode",
                     "Who is your personal adviser?", q["siblings"][0], "What would make leaving care better for you?"]
    for h in [q["safe"][0], help_q, q["eet"][0], money_q, q["siblings"][0]]:
        t.role(h, "question")
    for h in ["Date of birth", "Your postcode", "Who is your personal adviser?"]:
        t.role(h, "identity")
    t.role("What would make leaving care better for you?", "free-text")
    TS = t.question(q["safe"][0], "single", [q["safe"][0]], [l for l, _ in q["safe"][1]])
    TH = t.question(help_q, "multiple", [help_q], help_opts)
    TE = t.question(q["eet"][0], "single", [q["eet"][0]], [l for l, _ in q["eet"][1]])
    TM = t.question(money_q, "numeric", [money_q], ["1", "2", "3", "4", "5"])
    TB = t.question(q["siblings"][0], "single", [q["siblings"][0]], [l for l, _ in q["siblings"][1]])
    rows = []
    start = datetime.datetime(2025, 2, 3, 9)
    advisers = ["Dana Whitfield", "Marcus Obi", "Sophie Lindqvist", "Gareth Pryce"]
    for i in range(n):
        f, l = rng.choice(FIRST), rng.choice(LAST)
        d = start + datetime.timedelta(minutes=rng.randint(0, 60 * 24 * 40))
        safe = pick(rng, q["safe"][1]); Truth.count(TS, safe)
        chosen = [o for o, p in zip(help_opts, [0.5, 0.3, 0.25, 0.55]) if rng.random() < p]
        for o in chosen:
            Truth.count(TH, o)
        eet = pick(rng, q["eet"][1]) if rng.random() > 0.04 else ""; Truth.count(TE, eet)
        money = rng.choice([1, 2, 3, 3, 4, 4, 4, 5]) if rng.random() > 0.05 else ""
        Truth.count(TM, str(money) if money != "" else "")
        sib = pick(rng, q["siblings"][1]); Truth.count(TB, sib)
        born = datetime.datetime(2003, 1, 1) + datetime.timedelta(days=rng.randint(0, 365 * 4))
        anonymous = rng.random() < 0.4
        rows.append([i + 1, ("datetime", serial(d)), ("datetime", serial(d + datetime.timedelta(minutes=7))),
                     "anonymous" if anonymous else f"{f.lower()}{l[0].lower()}@learners.example.ac.uk",
                     "" if anonymous else f"{f} {l}", "", safe, "".join(o + ";" for o in chosen), eet, money,
                     ("date", serial(born)), f"DN{rng.randint(31, 37)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJ')}{rng.choice('LNPQRSTU')}",
                     rng.choice(advisers), sib, comment(rng, i)])
    write_xlsx(os.path.join(HERE, name), header, rows)
    t.save(HERE)


# --- Google Forms CSV: ", "-joined choices, "Question [Row]" grids, labels that themselves hold ", " ---
def google_forms(n, seed, name="young-voices-form-responses.csv"):
    rng = random.Random(seed)
    t = Truth(name)
    grid_q = "How often do you get to see these people?"
    grid_rows = ["Mum", "Dad", "Brothers and sisters", "Friends from before you came into care"]
    grid_l = [("Every week", 20), ("Every month", 18), ("A few times a year", 14), ("Never", 10),
              ("Doesn't apply to me", 8)]
    fun_q = "What do you enjoy doing? (tick as many as you like)"
    fun_opts = ["Sport", "Music", "Gaming", "Art and making things", "Cooking", "Being outdoors"]
    worker_q = "Is there a worker you can talk to when things are hard?"
    worker_l = [("Yes, always", 22), ("Yes, sometimes", 18), ("No", 9), ("I don't have a worker", 6)]
    safe_q = "How safe do you feel at home? (1 = not safe, 5 = very safe)"
    header = ["Timestamp", "What is your name? (you don't have to tell us)", "Which school do you go to?",
              "What's your date of birth?"] + [f"{grid_q} [{r}]" for r in grid_rows] + [
              fun_q, worker_q, "Contact number if you would like us to call you back", safe_q,
              "Anything else you want to tell us?"]
    roles = ["metadata", "identity", "identity", "identity"] + ["question"] * 4 + ["question", "question",
                                                                                   "identity", "question", "free-text"]
    for h, r in zip(header, roles):
        t.role(h, r)
    TG = [t.question(f"{grid_q} [{r}]", "grid", [f"{grid_q} [{r}]"], [l for l, _ in grid_l]) for r in grid_rows]
    TF = t.question(fun_q, "multiple", [fun_q], fun_opts)
    TW = t.question(worker_q, "single", [worker_q], [l for l, _ in worker_l])
    TS = t.question(safe_q, "numeric", [safe_q], ["1", "2", "3", "4", "5"])
    rows = [header]
    start = datetime.datetime(2025, 3, 10, 15)
    for i in range(n):
        f, l = rng.choice(FIRST), rng.choice(LAST)
        d = start + datetime.timedelta(minutes=rng.randint(0, 60 * 24 * 20))
        row = [d.strftime("%Y/%m/%d %-I:%M:%S %p") + " GMT", f if rng.random() < 0.5 else (f"{f} {l}" if rng.random() < 0.5 else ""),
               rng.choice(SCHOOLS), (datetime.datetime(2008, 9, 1) + datetime.timedelta(days=rng.randint(0, 2000))).strftime("%d/%m/%Y")]
        for q in TG:
            a = pick(rng, grid_l) if rng.random() > 0.05 else ""
            Truth.count(q, a); row.append(a)
        chosen = [o for o, p in zip(fun_opts, [0.45, 0.5, 0.4, 0.3, 0.25, 0.35]) if rng.random() < p]
        for o in chosen:
            Truth.count(TF, o)
        w = pick(rng, worker_l); Truth.count(TW, w)
        s = rng.choice(["1", "2", "3", "3", "4", "4", "5", "5", "5"]); Truth.count(TS, s)
        phone = f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}" if rng.random() < 0.3 else ""
        row += [", ".join(chosen), w, phone, s, comment(rng, i)]
        rows.append(row)
    write_csv(os.path.join(HERE, name), rows, bom=False)
    t.save(HERE)


# --- Labels carrying spreadsheet formulas and markup ---
def formulas(n, seed, name="surveymonkey-untrusted-labels.csv"):
    rng = random.Random(seed)
    t = Truth(name)
    meta = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address"]
    for h, r in zip(meta, ["metadata", "metadata", "metadata", "metadata", "identity"]):
        t.role(h, r)
    q1 = "<b>How</b> safe do you feel <script>alert('x')</script> where you stay?"
    l1 = [("=1+1 Always", 12), ("+Most days", 10), ("-Hardly ever", 6), ("@Never", 4), ("<i>Not sure</i>", 5)]
    q2 = '=HYPERLINK("http://example.invalid/x","Do you like your room?")'
    l2 = [("Yes", 20), ("No", 9), ("=cmd|' /C calc'!A0", 6)]
    q3 = "Which of these help you? & <em>why</em>"
    o3 = ["=SUM(A1:A9)", "Talking to <u>staff</u>", "Music & films"]
    top = meta + [q1, q2, q3, "", "", "What else?"]
    sub = [""] * 5 + ["Response", "Response"] + o3 + ["Open-Ended Response"]
    for h in [q1, q2] + [f"{q3} - {o}" for o in o3]:
        t.role(h, "question")
    t.role("What else?", "free-text")
    T1 = t.question(q1, "single", [q1], [l for l, _ in l1])
    T2 = t.question(q2, "single", [q2], [l for l, _ in l2])
    T3 = t.question(q3, "multiple", [f"{q3} - {o}" for o in o3], o3)
    rows = [top, sub]
    start = datetime.datetime(2024, 10, 7, 10)
    for i in range(n):
        d = start + datetime.timedelta(minutes=rng.randint(0, 60 * 24 * 30))
        a1, a2 = pick(rng, l1), pick(rng, l2)
        Truth.count(T1, a1); Truth.count(T2, a2)
        ticks = [o if rng.random() < p else "" for o, p in zip(o3, [0.4, 0.6, 0.5])]
        for o in ticks:
            Truth.count(T3, o)
        rows.append([str(90_000_000 + i), "88120", d.strftime("%m/%d/%Y %I:%M:%S %p"),
                     (d + datetime.timedelta(minutes=5)).strftime("%m/%d/%Y %I:%M:%S %p"), f"192.168.{i}.7",
                     a1, a2] + ticks + [comment(rng, i)])
    write_csv(os.path.join(HERE, name), rows)
    t.save(HERE)


# --- An export from an unknown tool: case references, numeric scales, "does not apply" answers ---
def unknown_tool(n, seed, name="Bright Spots style survey 2025.csv"):
    rng = random.Random(seed)
    t = Truth(name)
    moves_q = "How many times have you moved home in the last year?"
    moves_l = [("None", 30), ("Once", 14), ("Twice", 6), ("3 or more", 5)]
    adult_q = "Do you have an adult in your life who you trust?"
    adult_l = [("Yes", 40), ("No", 6), ("Not sure", 9)]
    happy_q = "Thinking about yesterday, how happy did you feel? (0 = not at all, 10 = completely)"
    hobby_q = "Do you get to do the hobbies you like?"
    hobby_l = [("All of the time", 15), ("Some of the time", 22), ("Never", 6), ("I don't have any hobbies", 7)]
    header = ["Case ref", "Child's name", "DOB", "Date completed", "Age", "Home address", moves_q, adult_q, happy_q,
              hobby_q, "What is the best thing about where you live?"]
    roles = ["identity", "identity", "identity", "metadata", "question", "identity", "question", "question",
             "question", "question", "free-text"]
    for h, r in zip(header, roles):
        t.role(h, r)
    TM = t.question(moves_q, "single", [moves_q], [l for l, _ in moves_l])
    TA = t.question(adult_q, "single", [adult_q], [l for l, _ in adult_l])
    TH = t.question(happy_q, "numeric", [happy_q], [str(x) for x in range(11)])
    TB = t.question(hobby_q, "single", [hobby_q], [l for l, _ in hobby_l])
    TAge = t.question("Age", "single", ["Age"], AGE_BANDS)
    rows = [header]
    for i in range(n):
        f, l = rng.choice(FIRST), rng.choice(LAST)
        age = rng.randint(8, 17)
        born = datetime.date(2025 - age, rng.randint(1, 12), rng.randint(1, 28))
        m, a, h, b = pick(rng, moves_l), pick(rng, adult_l), str(rng.choice([3, 5, 6, 7, 7, 8, 8, 9, 10])), pick(rng, hobby_l)
        for q, v in [(TM, m), (TA, a), (TH, h), (TB, b), (TAge, band(age))]:
            Truth.count(q, v)
        rows.append([f"CLA{rng.randint(100000, 999999)}", f"{f} {l}", born.strftime("%d/%m/%Y"),
                     f"{rng.randint(1, 28):02d}/05/2025", str(age),
                     f"{rng.randint(1, 120)} {rng.choice(STREETS)}, Grimsby", m, a, h, b, comment(rng, i)])
    write_csv(os.path.join(HERE, name), rows)
    t.save(HERE)


# --- A second set, written after the first passed and measured once before any tuning on it ---
def monkey_matrix(n=73, seed=11, name="Placement voice survey - SurveyMonkey export.csv"):
    rng = random.Random(seed)
    t = Truth(name)
    meta = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name",
            "Last Name", "Custom Data 1", "Custom Data 2"]
    for h, r in zip(meta, ["metadata", "metadata", "metadata", "metadata", "identity", "identity", "identity",
                           "identity", "identity", "metadata"]):
        t.role(h, r)
    mq = "Thinking about where you live, how much do you agree?"
    mrows = ["I feel listened to", "I can have friends round", "The rules are fair"]
    ml = [("Strongly agree", 20), ("Agree", 30), ("Not sure", 12), ("Disagree", 9), ("Strongly disagree", 4)]
    q1 = "Who do you live with?"
    l1 = [("Foster family", 40), ("Residential staff", 15), ("My nan or another relative", 14)]
    q2 = "How many times have you had to move school?"
    l2 = [("0", 30), ("1", 20), ("2", 10), ("3", 6), ("4 or more", 5)]
    q3 = "Do you get enough pocket money?"
    l3 = [("Yeah", 25), ("Kind of", 20), ("Nope", 14), ("I don't get pocket money", 9)]
    top = meta + [mq, "", "", q1, "", q2, q3, "Anything you want to add?"]
    sub = [""] * len(meta) + mrows + ["Response", "Other (please specify)", "Response", "Response",
                                      "Open-Ended Response"]
    for r in mrows:
        t.role(f"{mq} - {r}", "question")
    t.role(q1, "question"); t.role(f"{q1} - Other (please specify)", "free-text")
    t.role(q2, "question"); t.role(q3, "question"); t.role("Anything you want to add?", "free-text")
    TM = [t.question(f"{mq} - {r}", "grid", [], [l for l, _ in ml]) for r in mrows]
    T1 = t.question(q1, "single", [], [l for l, _ in l1])
    T2 = t.question(q2, "numeric", [], [l for l, _ in l2])
    T3 = t.question(q3, "single", [], [l for l, _ in l3])
    rows = [top, sub]
    start = datetime.datetime(2024, 11, 4, 9)
    for i in range(n):
        f, l = rng.choice(FIRST), rng.choice(LAST)
        d = start + datetime.timedelta(minutes=rng.randint(0, 60 * 24 * 25))
        row = [str(118_200_000_000 + i * 7), "433120005", d.strftime("%m/%d/%Y %I:%M:%S %p"),
               (d + datetime.timedelta(minutes=11)).strftime("%m/%d/%Y %I:%M:%S %p"),
               f"172.16.{i}.{rng.randint(2, 250)}", "", f, l, f"LCS-{rng.randint(1000000, 9999999)}", ""]
        for q in TM:
            a = pick(rng, ml) if rng.random() > 0.05 else ""
            Truth.count(q, a); row.append(a)
        other = ""
        a1 = pick(rng, l1)
        if rng.random() < 0.08:
            a1, other = "", rng.choice(["with my aunty", "semi independent", "supported lodgings"])
        Truth.count(T1, a1 or ("Other (please specify)" if other else ""))
        a2, a3 = pick(rng, l2), pick(rng, l3)
        Truth.count(T2, a2); Truth.count(T3, a3)
        row += [a1, other, a2, a3, comment(rng, i)]
        rows.append(row)
    write_csv(os.path.join(HERE, name), rows)
    t.save(HERE)


def forms_ranking(n=58, seed=12, name="Care leavers pulse 2025.xlsx"):
    rng = random.Random(seed)
    t = Truth(name)
    meta = ["ID", "Start time", "Completion time", "Email", "Name", "Total points", "Quiz feedback"]
    for h, r in zip(meta, ["metadata", "metadata", "metadata", "identity", "identity", "metadata", "metadata"]):
        t.role(h, r)
    s1 = "I have a safe place to stay tonight and every night"
    s2 = "I know how to get help with my rent"
    likert = [("Strongly agree", 18), ("Agree", 25), ("Neither agree nor disagree", 10), ("Disagree", 8),
              ("Strongly disagree", 3)]
    rank_q = "Put these in order of what matters most to you"
    items = ["Money", "Housing", "Work", "Friends"]
    rate_q = "On a scale of 1 to 10, how are you doing?"
    pet_q = "Have you got a pet?"
    pet_l = [("Yes", 20), ("No", 38)]
    yr_q = "Which year did you leave care?"
    yr_l = [("2021", 10), ("2022", 14), ("2023", 18), ("2024", 16)]
    header = meta + [s1, s2, rank_q, rate_q, pet_q, "Your date of birth", yr_q, "Mobile number",
                     "Tell us what would help you most right now"]
    for h in [s1, s2, rate_q, pet_q, yr_q]:
        t.role(h, "question")
    t.role(rank_q, "question")
    for h in ["Your date of birth", "Mobile number"]:
        t.role(h, "identity")
    t.role("Tell us what would help you most right now", "free-text")
    T1 = t.question(s1, "single", [], [l for l, _ in likert])
    T2 = t.question(s2, "single", [], [l for l, _ in likert])
    TR = t.question(rate_q, "numeric", [], [str(x) for x in range(1, 11)])
    TP = t.question(pet_q, "single", [], [l for l, _ in pet_l])
    TY = t.question(yr_q, "single", [], [l for l, _ in yr_l])
    TK = {item: t.question(f"{rank_q} - {item}", "ranking", [rank_q], ["1", "2", "3", "4"]) for item in items}
    rows = []
    start = datetime.datetime(2025, 4, 22, 10)
    for i in range(n):
        f, l = rng.choice(FIRST), rng.choice(LAST)
        d = start + datetime.timedelta(minutes=rng.randint(0, 60 * 24 * 14))
        a1, a2 = pick(rng, likert), pick(rng, likert)
        order = items[:]; rng.shuffle(order)
        for place, item in enumerate(order):
            Truth.count(TK[item], str(place + 1))
        rate = rng.choice([2, 4, 5, 6, 6, 7, 7, 8, 8, 9, 10])
        pet, yr = pick(rng, pet_l), pick(rng, yr_l)
        for q, v in [(T1, a1), (T2, a2), (TR, str(rate)), (TP, pet), (TY, yr)]:
            Truth.count(q, v)
        born = datetime.datetime(2004, 1, 1) + datetime.timedelta(days=rng.randint(0, 1500))
        rows.append([i + 1, ("datetime", serial(d)), ("datetime", serial(d + datetime.timedelta(minutes=4))),
                     "anonymous", "", "", "", a1, a2, "".join(x + ";" for x in order), rate, pet,
                     ("date", serial(born)), int(yr), f"07{rng.randint(100, 999)}{rng.randint(100000, 999999)}",
                     comment(rng, i)])
    write_xlsx(os.path.join(HERE, name), header, rows)
    t.save(HERE)


def google_grid(n=47, seed=13, name="Voice of the child (Responses) - Form Responses 1.csv"):
    rng = random.Random(seed)
    t = Truth(name)
    gq = "Which of these do you get help with? "
    grows = ["School", "Health", "Money"]
    gopts = ["Carer", "Social worker", "Teacher", "Nobody"]
    yq = "What year are you in at school?"
    yl = [("Year 7", 8), ("Year 8", 9), ("Year 9", 11), ("Year 10", 10), ("Year 11", 9), ("I'm not at school", 5)]
    sq = "How would you rate your bedroom? (1 = rubbish, 10 = amazing)"
    header = ["Timestamp", "Email address"] + [f"{gq}[{r}]" for r in grows] + [yq, sq, "Postcode",
                                                                                "Why did you choose that?"]
    for h, r in zip(header, ["metadata", "identity"] + ["question"] * 3 + ["question", "question", "identity",
                                                                           "free-text"]):
        t.role(h, r)
    TG = [t.question(f"{gq}[{r}]", "multiple", [], gopts) for r in grows]
    TY = t.question(yq, "single", [], [l for l, _ in yl])
    TS = t.question(sq, "numeric", [], [str(x) for x in range(1, 11)])
    rows = [header]
    start = datetime.datetime(2025, 1, 20, 16)
    for i in range(n):
        f, l = rng.choice(FIRST), rng.choice(LAST)
        d = start + datetime.timedelta(minutes=rng.randint(0, 60 * 24 * 9))
        row = [d.strftime("%d/%m/%Y %H:%M:%S"), f"{f.lower()}{i}@pupils.example.sch.uk"]
        for q in TG:
            chosen = [o for o, p in zip(gopts, [0.5, 0.4, 0.3, 0.1]) if rng.random() < p]
            for o in chosen:
                Truth.count(q, o)
            row.append(", ".join(chosen))
        y = pick(rng, yl); Truth.count(TY, y)
        s = str(rng.choice([3, 5, 6, 7, 7, 8, 8, 9, 10, 10])); Truth.count(TS, s)
        row += [y, s, f"LN{rng.randint(1, 13)} {rng.randint(1, 9)}{rng.choice('ABDEHJLNP')}{rng.choice('QRSTUWXYZ')}",
                comment(rng, i)]
        rows.append(row)
    write_csv(os.path.join(HERE, name), rows, bom=False)
    t.save(HERE)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--bench":
        path = os.path.abspath(sys.argv[3])
        surveymonkey(int(sys.argv[2]), 17, name=os.path.basename(path), folder=os.path.dirname(path), truth=False)
    else:
        surveymonkey(87, 1)
        microsoft_forms(64, 2)
        google_forms(41, 3)
        formulas(37, 4)
        unknown_tool(55, 5)
        monkey_matrix()
        forms_ranking()
        google_grid()
