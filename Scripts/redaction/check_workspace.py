"""Lists every value planted by make_workspace.py that is found in a file under WORKSPACE/Output/: whole
values in any case, and single words that are not everyday English words as whole words."""
import json,os,re,sys
ws=sys.argv[1]
planted=json.load(open(ws+'/planted.json'))
E={l.strip() for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','..','Sources','HeardPrivacy','Data','english-words.txt'),encoding='utf-8') if not l.startswith('#')}
texts={}
for root,_,files in os.walk(ws+'/Output'):
    for f in files:
        p=os.path.join(root,f); texts[os.path.relpath(p,ws)]=open(p,encoding='utf-8',errors='replace').read().lower()
hits={}
for v in planted:
    lv=v.lower()
    for path,t in texts.items():
        if len(lv)>=4 and lv in t and (' ' in lv or not lv.isalpha() or lv not in E):
            if lv.isalpha() and not re.search(r'(?<![^\W_])'+re.escape(lv)+r'(?![^\W_])',t): continue
            hits.setdefault(v,[]).append(path)
print(len(planted),'planted;',len(hits),'found in Output')
for v,fs in sorted(hits.items()): print(' ',repr(v),fs[:3])
