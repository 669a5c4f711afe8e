"""Resolve the Q:/R: references of a geo check set being written (see geo-check-5/README.md).
Replace [[surface|TYPE|Q:Name,CC]] with G:id (most populous cities500 place of that name/asciiname/alternate in CC)
and [[surface|TYPE|R:Name,CC]] with A:CC.NN (admin1 by name)."""
import gzip, re, sys, os, unicodedata
K=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'core')+'/src/main/resources/org/sitrep/knowledge/'
src=sys.argv[1]; dst=sys.argv[2]
def norm(s): return ''.join(c for c in unicodedata.normalize('NFKD', s.lower()) if not unicodedata.combining(c))
want=set()
for f in os.listdir(src):
    for m in re.finditer(r'\|Q:([^,\]]+),([A-Z]{2})\]\]', open(os.path.join(src,f)).read()): want.add((norm(m.group(1)), m.group(2)))
best={}
for line in gzip.open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'data', 'geonames', 'cities500.txt.gz'),'rt',encoding='utf-8'):
    x=line.split('\t'); cc=x[8]; pop=int(x[14] or 0)
    names={norm(x[1]),norm(x[2])}|{norm(a) for a in x[3].split(',') if a}
    for n in names:
        if (n,cc) in want:
            prim = norm(x[1])==n or norm(x[2])==n
            key=(prim,pop)
            if (n,cc) not in best or key>best[(n,cc)][0]: best[(n,cc)]=(key,x[0],x[1],x[4],x[5],x[7])
adm={}
for l in open(K+'geonames-admin1.tsv'):
    if l.startswith('#'): continue
    x=l.rstrip('\n').split('\t'); adm.setdefault((norm(x[1]), x[0][:2]), x[0])
os.makedirs(dst, exist_ok=True)
miss=0
for f in sorted(os.listdir(src)):
    t=open(os.path.join(src,f)).read()
    def q(m):
        global miss
        k=(norm(m.group(1)),m.group(2))
        if k not in best: print('MISS',f,m.group(0)); miss+=1; return m.group(0)
        b=best[k]; print(f, m.group(1), m.group(2), '->', b[1:], file=sys.stderr); return '|G:'+b[1]+']]'
    def r(m):
        global miss
        k=(norm(m.group(1)),m.group(2))
        if k not in adm: print('MISS',f,m.group(0)); miss+=1; return m.group(0)
        return '|A:'+adm[k]+']]'
    t=re.sub(r'\|Q:([^,\]]+),([A-Z]{2})\]\]', q, t)
    t=re.sub(r'\|R:([^,\]]+),([A-Z]{2})\]\]', r, t)
    open(os.path.join(dst,f),'w').write(t)
print('misses',miss)
