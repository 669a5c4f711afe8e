#!/usr/bin/env python3
"""Gross-failure census of sitrep's HTML body on pages without content gold.
For each page: 'prose' <p> blocks (>= 80 chars, link chars < 30 %), grouped by parent path;
the best group's text is the page's plain article (a cheap reference). Classes:
 EMPTY  body < 200 chars while the best group holds >= 600
 SHORT  body covers < 50 % of the best group's prose (word 3-gram shingles), group >= 600
 BLOAT  under 40 % of the body's word 3-grams lie in the page's prose <p>, body >= 1500 chars
Usage: tools/html_gross.py HTML_DIR documents.jsonl [--list]  (e.g. ../shared/bench/htmldate/html out/documents.jsonl)
A census, not a score: the reference is a heuristic, and a forum or shop page may count as a failure."""
import gzip, json, os, re, sys
from html.parser import HTMLParser
from collections import defaultdict

SKIP = {'script', 'style', 'noscript', 'template', 'svg', 'head', 'title'}
VOID = {'br', 'img', 'hr', 'input', 'meta', 'link', 'source', 'area', 'col', 'embed', 'wbr', 'base', 'param', 'track'}

class P(HTMLParser):
    def __init__(s):
        super().__init__(convert_charrefs=True)
        s.stack = []; s.ps = []; s.cur = None; s.skip = 0; s.link = 0; s.alltext = []
    def handle_starttag(s, t, a):
        if t in VOID: return
        if t == 'p' and s.cur is not None:
            s.ps.append(s.cur); s.cur = None
            if s.stack and s.stack[-1][0] == 'p': s.stack.pop()
        s.stack.append((t, dict(a).get('class', '') or ''))
        if t in SKIP: s.skip += 1
        if t == 'a': s.link += 1
        if t == 'p': s.cur = [tuple(x[0] + '.' + x[1][:30] for x in s.stack[:-1]), [], 0]
    def handle_endtag(s, t):
        if t in VOID: return
        for i in range(len(s.stack) - 1, -1, -1):
            if s.stack[i][0] == t:
                for x in s.stack[i:]:
                    if x[0] in SKIP: s.skip -= 1
                    if x[0] == 'a': s.link -= 1
                    if x[0] == 'p' and s.cur is not None:
                        s.ps.append(s.cur); s.cur = None
                del s.stack[i:]
                return
    def handle_data(s, d):
        if s.skip > 0: return
        s.alltext.append(d)
        if s.cur is not None:
            s.cur[1].append(d)
            if s.link > 0: s.cur[2] += len(d.strip())

def words(t):
    return re.findall(r'\w+', t)

def analyse(html):
    p = P()
    try:
        p.feed(html); p.close()
    except Exception:
        pass
    groups = defaultdict(list); prose = []
    for path, parts, lk in p.ps:
        t = re.sub(r'\s+', ' ', ''.join(parts)).strip()
        if len(t) >= 80 and lk < 0.3 * len(t):
            groups[path].append(t); prose.append(t)
    best = max(groups.values(), key=lambda g: sum(map(len, g)), default=[])
    return best, prose

def shingles(ws, n=3):
    return set(tuple(ws[i:i + n]) for i in range(max(0, len(ws) - n + 1)))

def main():
    hdir, docs = sys.argv[1], sys.argv[2]
    show = '--list' in sys.argv
    bodies = {}
    for line in open(docs, encoding='utf-8'):
        d = json.loads(line)
        bodies[os.path.basename(d['input'])] = (d.get('body') or {}).get('text') or ''
    counts = defaultdict(int); rows = []
    for f in sorted(os.listdir(hdir)):
        raw = gzip.open(os.path.join(hdir, f)).read() if f.endswith('.gz') else open(os.path.join(hdir, f), 'rb').read()
        html = raw.decode('utf-8', 'replace')
        best, prose = analyse(html)
        body = bodies.get(f, '')
        bl = len(body); gl = sum(map(len, best))
        bs = shingles(words(body)); gs = shingles(words(' '.join(best))); ps = shingles(words(' '.join(prose)))
        cover = len(bs & gs) / len(gs) if gs else 1.0
        inprose = len(bs & ps) / len(bs) if bs else 1.0
        cls = 'ok'
        if gl >= 600 and bl < 200: cls = 'EMPTY'
        elif gl >= 600 and cover < 0.5: cls = 'SHORT'
        elif bl >= 1500 and inprose < 0.4 and len(ps) > 30: cls = 'BLOAT'
        counts[cls] += 1
        rows.append((cls, f, bl, gl, round(cover, 2), round(inprose, 2)))
    if show:
        for r in rows:
            if r[0] != 'ok': print(*r)
    print('pages', len(rows), dict(sorted(counts.items())), 'gross', sum(v for k, v in counts.items() if k != 'ok'))

main()
