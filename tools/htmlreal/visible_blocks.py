#!/usr/bin/env python3
# Dumps the visible text blocks of an HTML page (gzipped) for annotation; see README.md.
"""Dump the visible text of an HTML page as blocks, each with a short tag path, for annotation."""
import gzip, sys, re
from html.parser import HTMLParser
SKIP = {'script','style','noscript','template','svg','title','iframe','select','option'}
BLOCK = {'p','div','li','h1','h2','h3','h4','h5','h6','article','section','header','footer','nav','aside',
 'main','td','th','tr','table','ul','ol','blockquote','figure','figcaption','br','form','dd','dt','pre','body','span_'}
VOID = {'br','img','meta','link','input','hr','area','base','col','embed','source','track','wbr','param'}
class P(HTMLParser):
    def __init__(s):
        super().__init__(convert_charrefs=True); s.stack=[]; s.buf=[]; s.out=[]; s.skip=0
    def path(s):
        parts=[]
        for t,a in s.stack:
            if t in ('html','body'): continue
            c=(a.get('class') or '').split()[:1]; i=a.get('id')
            lab=t+('#'+i if i else '')+('.'+c[0] if c else '')
            if t in ('article','main','nav','aside','header','footer','p','h1','h2','h3','h4','li','figcaption','a','blockquote') or i or c: parts.append(lab[:24])
        return '>'.join(parts[-5:])
    def flush(s):
        txt=re.sub(r'\s+',' ',''.join(s.buf)).strip(); s.buf=[]
        if txt: s.out.append((s.path(),txt))
    def handle_starttag(s,t,a):
        a=dict((k,v or '') for k,v in a)
        if t in SKIP: s.skip+=1 if t not in VOID else 0; s.stack.append((t,a)); return
        if t in BLOCK: s.flush()
        if t not in VOID: s.stack.append((t,a))
    def handle_endtag(s,t):
        if t in BLOCK and not s.skip: s.flush()
        for k in range(len(s.stack)-1,-1,-1):
            if s.stack[k][0]==t:
                for tt,_ in s.stack[k:]:
                    if tt in SKIP: s.skip-=1
                del s.stack[k:]; break
    def handle_data(s,d):
        if not s.skip: s.buf.append(d)
raw=gzip.open(sys.argv[1]).read()
m=re.search(rb'charset=["\']?([\w-]+)',raw[:5000]); enc=(m.group(1).decode() if m else 'utf-8')
try: html=raw.decode(enc,errors='replace')
except LookupError: html=raw.decode('utf-8',errors='replace')
p=P(); p.feed(html); p.flush()
w=int(sys.argv[2]) if len(sys.argv)>2 else 60
import json,os
os.makedirs('/tmp/hr/blocks',exist_ok=True)
name=os.path.basename(sys.argv[1]).split('.')[0]
json.dump(p.out,open(f'/tmp/hr/blocks/{name}.json','w'),ensure_ascii=False)
buf=[]
def fl():
    if buf: print(f'  ~{buf[0][0]}-{buf[-1][0]}: '+' | '.join(t for _,t in buf)[:300]); buf.clear()
for n,(path,t) in enumerate(p.out):
    if len(t)<45: buf.append((n,t)); continue
    fl()
    if len(t)>230: t=t[:105]+' [...] '+t[-105:]
    print(f"{n} [{path[-w:]}] {t}")
fl()
