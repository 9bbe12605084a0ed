#!/usr/bin/env python3
"""Writes the redaction corpus: comments in young people's style with identifiers planted in them, and the list
of what was planted (kind:value). `held-out.csv` is never used to tune the redactor. Invented people only."""
import csv, random, sys
NAMES = {
 "english": ["Jack","Olivia","Harry","Amelia","Charlie","Isla","Alfie","Ava","Freddie","Poppy","Kyle","Chantelle","Darren","Stacey"],
 "scottish": ["Callum","Eilidh","Fraser","Kirsty","Hamish","Morag","Ewan","Ailsa"],
 "irish": ["Niamh","Cian","Siobhan","Oisin","Aoife","Padraig","Saoirse","Ciaran"],
 "welsh": ["Dafydd","Cerys","Rhys","Eleri","Gethin","Nia","Owain","Ffion"],
 "polish": ["Kacper","Zuzanna","Wojciech","Agnieszka","Szymon","Malgorzata","Bartosz","Katarzyna"],
 "romanian": ["Ionut","Andreea","Mihai","Alexandra","Florin","Ioana","Cosmin","Bianca"],
 "lithuanian": ["Mantas","Gabija","Dovydas","Ugne","Lukas","Emilija","Jonas","Ieva"],
 "south-asian": ["Arjun","Priya","Harpreet","Simran","Rahul","Ayesha","Imran","Nazia"],
 "arabic": ["Omar","Fatima","Yusuf","Layla","Khalid","Mariam","Tariq","Noor"],
 "somali": ["Abdirahman","Hodan","Farhiya","Liban","Ayaan","Warsame","Nimco","Abdi"],
 "eritrean": ["Yonas","Semhar","Filmon","Senait","Biniam","Rahwa","Mebrahtu","Selam"],
 "afghan": ["Zabihullah","Nazanin","Mirwais","Zarghona","Wahid","Habiba","Rohullah","Shukria"],
 "kurdish": ["Rebin","Dilan","Shilan","Karwan","Soran","Berfin","Rawand","Hevi"],
 "albanian": ["Arben","Blerta","Driton","Klea","Mergim","Valon","Ylli","Shpend"],
 "vietnamese": ["Minh","Linh","Thanh","Huong","Tuan","Phuong","Quang","Trang"],
 "nigerian": ["Chidi","Oluwaseun","Chioma","Ngozi","Tunde","Folake","Emeka","Ifeoma"],
 "ghanaian": ["Kwame","Kofi","Akosua","Yaw","Abena","Kwabena","Efua","Kojo"],
 "caribbean": ["Jermaine","Shaniqua","Delroy","Marcia","Kemar","Shantelle","Winston","Leroy"],
}
SURNAMES = ["Smith","Hughes","Kowalski","Popescu","Kazlauskas","Begum","Patel","Haddad","Warsame","Tesfaye","Ahmadzai",
            "Hoxha","Nguyen","Okafor","Mensah","Campbell","MacDonald","O'Brien","Jones","Davies","Nowak","Morgan"]
UNLISTED = ["Zorbina","Quillan","Tavrek","Brynnah","Joskel","Marvella","Keziah-Rae","Dashiell","Orlaith","Tyrese-Jay",
            "Skylo","Praxie","Jenzo","Kaydon","Mirelle","Zandro","Lavinnia","Corvyn","Elspie","Rhiannah"]
EVERYDAY = ["Hope","Grace","Will","May","Summer","Bill","Rose","Faith","Mark","Jack","Ruby","Amber","Sky","Dawn"]
SCHOOLS = ["Havelock Academy","Franklin College","St James School","Tollbar Academy","Oasis Academy Wintringham",
           "Caistor Grammar School","Lincoln Christ's Hospital School","Ormiston Maritime Academy","Healing Academy",
           "Springfield Primary","john whitgift academy","st marys high school"]
STREETS = ["Chapel Lane","Victoria Road","Station Street","Cromwell Avenue","Park Drive","Willow Close","Church Walk"]
BASE = [
 "i like living here, the food is nice and my room is big",
 "want to see my brother more, contact is only once a month",
 "my carers are kind and they help me with homework",
 "school is alright but maths is hard",
 "please stop changing my social worker",
 "i went to football on saturday and we won",
 "the staff at the home are sound",
 "i need help with money and bills now i have my own flat",
 "nobody listens in my reviews",
 "my PA helped me get a job at tesco",
 "i feel safe most of the time",
 "christmas was good this year, we had a party",
 "i get anxious and camhs takes ages",
 "more trips in the holidays please",
 "i want to stay here until im 18",
]
SLOTS = [
 ("me and {n} went to the cinema", ["name"]), ("my sw {n} is nice", ["name"]), ("my friend {n} helps me", ["name"]),
 ("{N} is my foster carer and she is lovely", ["name"]), ("i miss my sister {n}", ["name"]),
 ("my mate {n} {s} got moved", ["name", "surname"]), ("thanks to {N} {S} my worker", ["name", "surname"]),
 ("text me on {phone}", ["phone"]), ("my number is {phone}", ["phone"]), ("email me {email}", ["email"]),
 ("i live at {addr}", ["address"]), ("my postcode is {pc}", ["postcode"]), ("i go to {school}", ["school"]),
 ("my birthday is {dob}", ["date"]), ("my dob is {dob}", ["date"]), ("my nhs number is {nhs}", ["nhs"]),
 ("my ni number is {ni}", ["ni"]), ("add me on snap {handle}", ["handle"]), ("my insta is @{handle}", ["handle"]),
 ("ask {E} she knows", ["name"]), ("me and {e} are best mates", ["name"]), ("i moved from {street}", ["address"]),
]
def phone(r):
    d = "07700900" + str(r.randint(100, 999))
    return r.choice([d, d[:5] + " " + d[5:], d[:5] + " " + d[5:8] + " " + d[8:], "+44 " + d[1:5] + " " + d[5:],
                     "(01632) 960" + str(r.randint(100, 999)), "0115 496 0" + str(r.randint(100, 999)), d[:5] + "-" + d[5:]])
def nhs(r):
    while True:
        base = [r.randint(0, 9) for _ in range(9)]
        check = 11 - sum(v * (10 - i) for i, v in enumerate(base)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            s = "".join(map(str, base)) + str(check)
            return r.choice([s, s[:3] + " " + s[3:6] + " " + s[6:]])
def make(n, seed):
    r = random.Random(seed)
    rows = []
    for _ in range(n):
        text = r.choice(BASE)
        planted = []
        for _ in range(r.choice([1, 1, 2])):
            template, kinds = r.choice(SLOTS)
            group = r.choice(list(NAMES))
            listed = r.choice(NAMES[group])
            unlisted = r.choice(UNLISTED)
            name = unlisted if r.random() < 0.3 else listed
            kind_name = "unlisted-name" if name == unlisted else "name"
            every = r.choice(EVERYDAY)
            values = {
                "n": name.lower() if r.random() < 0.4 else name, "N": name, "s": r.choice(SURNAMES), "S": r.choice(SURNAMES),
                "e": every, "E": every, "phone": phone(r),
                "email": f"{name.lower()}{r.randint(1, 99)}@{r.choice(['gmail.com', 'hotmail.co.uk', 'example.org'])}",
                "addr": f"{r.randint(1, 120)} {r.choice(STREETS)}", "street": r.choice(STREETS),
                "pc": r.choice(["DN31 1HU", "LN2 1AA", "NG1 5FS", "dn32 0pq", "PE21 6NJ", "DN15 7BQ"]),
                "school": r.choice(SCHOOLS), "dob": r.choice(["12/03/2009", "3.7.08", "14th February 2010", "2 June 2007"]),
                "nhs": nhs(r), "ni": r.choice(["QQ 12 34 56 C", "AB123456D", "ce 45 67 89 a"]),
                "handle": r.choice(["jaybird_09", "kayla.xx", "lil_t2008", "dre.m99"]),
            }
            clause = template.format(**values)
            for key, kind in (("{n}", kind_name), ("{N}", kind_name), ("{s}", "surname"), ("{S}", "surname"),
                              ("{e}", "everyday-name"), ("{E}", "everyday-name"), ("{phone}", "phone"), ("{email}", "email"),
                              ("{addr}", "address"), ("{street}", "address"), ("{pc}", "postcode"), ("{school}", "school"),
                              ("{dob}", "date"), ("{nhs}", "nhs"), ("{ni}", "ni"), ("{handle}", "handle")):
                if key in template:
                    planted.append(f"{kind}:{values[key[1:-1]]}")
            text = r.choice([f"{text}, {clause}", f"{clause}. {text}", f"{text} {clause}"])
        rows.append([text, "|".join(planted)])
    return rows
for name, n, seed in (("held-out.csv", 2000, 2026), ("dev.csv", 300, 7)):
    with open(name, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(["text", "identifiers"]); w.writerows(make(n, seed))
print("written")
