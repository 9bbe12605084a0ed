"""Builds a development workspace to check that no planted identifier reaches Output/: three exports in the
shapes Google Forms, Microsoft Forms and Viewpoint write, with names, emails, child IDs and dates of birth in
their identity columns and comments (with their planted identifiers) taken from a redaction corpus.
Usage: make_workspace.py CORPUS.csv WORKSPACE   then: heard run --workspace WORKSPACE
       check_workspace.py WORKSPACE             lists every planted value found under WORKSPACE/Output/
The figures it gives are development figures: the corpus and the rules were both seen by Heard's developers."""
import csv, random, os, re, json, sys
random.seed(7)
rows=list(csv.DictReader(open(sys.argv[1],encoding='utf-8')))
rows=[r for r in rows if r['identifiers']]
random.shuffle(rows)
ws=sys.argv[2]; os.makedirs(ws+'/Surveys',exist_ok=True)
first=["Kacper","Żaneta","Ștefan","Ayşe","Oluwaseun","Siobhan","Tavrek","Jayden","Mihai","Ngozi","Hodan","Liberty","Dũng"]
last=["Nowak","Wiśniewska","Popescu","Yılmaz","Adeyemi","O'Connell","Quillan","Smith","Ionescu","Okafor","Warsame","Brown","Nguyễn"]
planted=set()
def ident():
    f,l=random.choice(first),random.choice(last); e=f"{f.lower()}.{l.lower()}{random.randint(1,99)}@example.com"
    planted.update([f,l,e]); return f,l,e
def comments(n):
    out=[]
    for r in rows[:n]:
        out.append(r['text'])
        for x in r['identifiers'].split('|'):
            k,v=x.split(':',1); planted.add(v)
    del rows[:n]; return out
# Google Forms
with open(ws+'/Surveys/google-care-leavers.csv','w',newline='',encoding='utf-8') as fh:
    w=csv.writer(fh); w.writerow(["Timestamp","Email address","Your name (optional)","How old are you?","Does where you live feel safe and right for you?","Tell us what's going well","What could be better for care leavers?"])
    for c in comments(60):
        f,l,e=ident(); w.writerow(["2024/11/16 13:55:00",e,f"{f} {l}","19","Yes",c,f"{f} says hi"])
# Microsoft Forms
with open(ws+'/Surveys/forms-children-in-care.csv','w',newline='',encoding='utf-8') as fh:
    w=csv.writer(fh); w.writerow(["ID","Start time","Completion time","Email","Name","How old are you?","Do you feel safe where you live?","What's good about being in care?","What could we do better?"])
    cs=comments(120)
    for i in range(60):
        f,l,e=ident(); w.writerow([i+1,"22/11/2024 18:43:00","22/11/2024 18:50:00",e,f"{f} {l}","15","Yes",cs[2*i],cs[2*i+1]])
# Viewpoint
hdr=open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','..','Surveys','examples','viewpoint-cla-2024-25.csv'),encoding='utf-8-sig').readline().strip()
cols=next(csv.reader([hdr]))
with open(ws+'/Surveys/viewpoint-cla.csv','w',newline='',encoding='utf-8') as fh:
    w=csv.writer(fh); w.writerow(cols)
    cs=comments(60)
    for i in range(60):
        f,l,e=ident(); cid=f"CLA{random.randint(10000,99999)}"; dob=f"{random.randint(1,28):02d}/0{random.randint(1,9)}/2010"; planted.update([cid,dob])
        row=[str(4000+i),"Children Looked After 2024","04/02/2025",cid,f,l,dob,"","Female","Foster care"]+["Always"]*(len(cols)-13)+[cs[i],"more trips",""]
        w.writerow(row[:len(cols)])
json.dump(sorted(planted),open(ws+'/planted.json','w'))
print(len(planted))
