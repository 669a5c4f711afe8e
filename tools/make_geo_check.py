"""Build a geo check set: src/cNN.txt with [[surface|TYPE|REF]] marks -> pages/ + gold.jsonl.
Usage: make_geo_check.py MARKED OUT [SET] (SET names the set and prefixes its documents; default geo-check)."""
import gzip, json, os, re, sys
src, out = sys.argv[1], sys.argv[2]
setname = sys.argv[3] if len(sys.argv) > 3 else 'geo-check'
K=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'core')+'/src/main/resources/org/sitrep/knowledge/'
ctry = {l.split('\t')[0]: (float(l.split('\t')[1]), float(l.split('\t')[2])) for l in open(K+'geonames-countries.tsv') if not l.startswith('#')}
cid = {l.split('\t')[0]: l.split('\t')[1] for l in open(os.environ.get('GEO_COUNTRIES', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'bench', 'geo', 'countries.tsv'))) if not l.startswith('#')}
adm = {l.split('\t')[0]: (float(l.split('\t')[2]), float(l.split('\t')[3])) for l in open(K+'geonames-admin1.tsv') if not l.startswith('#')}
TYPES = {'L': ('Literal', 'literal'), 'LM': ('Literal_Modifier', 'literal'), 'D': ('Demonym', 'associative'),
         'M': ('Metonymic', 'associative'), 'NLM': ('Non_Literal_Modifier', 'associative')}
marks = []
for f in sorted(os.listdir(src)):
    marks += re.findall(r'\|[A-Z]+\|G:(\d+)\]\]', open(os.path.join(src, f)).read())
ids = set(marks); cities = {}
for line in gzip.open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'data', 'geonames', 'cities500.txt.gz'), 'rt', encoding='utf-8'):
    x = line.split('\t')
    if x[0] in ids: cities[x[0]] = (float(x[4]), float(x[5]), x[1], x[7])
os.makedirs(os.path.join(out, 'pages'), exist_ok=True)
rows = []
for f in sorted(os.listdir(src)):
    raw = open(os.path.join(src, f)).read(); doc = setname + '-' + f[:-4]
    text, pos = '', 0
    for m in re.finditer(r'\[\[([^|\]]+)\|([A-Z]+)\|([CGAK]):([^\]]+)\]\]', raw):
        text += raw[pos:m.start()]; s = len(text); surf, ty, kind, ref = m.groups(); text += surf; pos = m.end()
        gid, name, fcode = None, None, None
        if kind == 'C': (lat, lon), gid, name, fcode = ctry[ref], cid[ref], ref, 'PCLI'
        elif kind == 'G': lat, lon, name, fcode = cities[ref]; gid = ref
        elif kind == 'A': (lat, lon), name, fcode = adm[ref.replace('US.', 'US.')], ref, 'ADM1'
        else: lat, lon = map(float, ref.split(','))
        rows.append({"set": setname, "file": doc + '.txt', "doc": doc, "start": s, "end": len(text), "text": surf,
                     "lat": lat, "lon": lon, "geonames_id": gid, "name": name, "fcode": fcode,
                     "type": TYPES[ty][0], "group": TYPES[ty][1], "offset_fix": 0})
    text += raw[pos:]
    assert '[[' not in text, f
    open(os.path.join(out, 'pages', doc + '.txt'), 'w').write(text)
with open(os.path.join(out, 'gold.jsonl'), 'w') as g:
    for r in rows: g.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(rows), 'toponyms', sum(r['group'] == 'associative' for r in rows), 'associative')
