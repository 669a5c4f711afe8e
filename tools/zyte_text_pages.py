#!/usr/bin/env python3
"""Real pages as a crawler's flattened text: a check of the text-page reader on real chrome.

The Zyte benchmark's 181 pages (../shared/bench/zyte, real articles of as many outlets, each with
its gold articleBody) are flattened to one block per line with a blank line between blocks, cut
from the headline (the <h1> just above the gold body's first words, else twelve lines above
them) and kept to about 2,000 bytes, as the development pages are stored. Then Sitrep's text
reader sees the chrome real sites put between a headline and its story (decks, bylines, share
bars, boxes of links, captions, comment widgets) in layouts nobody wrote a rule for.

usage:
  tools/zyte_text_pages.py make OUT_DIR            write OUT_DIR/<item>.txt (174 pages: those whose
                                                   body's first words are found in the flattened page)
  ./sitrep analyze OUT_DIR --out RUN --quiet
  tools/zyte_text_pages.py score RUN [odd|even|even-a|even-b|all] [-v]

score prints, per half of the pages sorted by name (odd = the lead's study half in s28, even =
the check half; in s29 the even half was split again: even-a, its 1st, 3rd, ... pages, studied,
even-b kept as the check): clean (no line of the body outside the gold), pages that lost half of their
gold lines or more, complete (every gold line of the excerpt kept), the first gold line kept,
the mean share of gold lines kept, and the mean share of the body's words in gold lines.
The pages stay in ../shared; nothing of them enters the repository.
"""
import gzip, json, os, re, sys
from html.parser import HTMLParser

BENCH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "bench", "zyte")
BLOCK = set(("p div section article header footer nav aside main h1 h2 h3 h4 h5 h6 li ul ol table tr td th "
             "blockquote figure figcaption form br hr dd dt dl pre address title button label option select").split())
SKIP = set("script style noscript svg template iframe".split())
W = re.compile(r"\w+")


def norm(s):
    return " ".join(W.findall((s or "").lower()))


class Flattener(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.cur, self.skip = [], [], 0

    def flush(self):
        t = re.sub(r"\s+", " ", "".join(self.cur)).strip()
        if t:
            self.lines.append(t)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        if tag in BLOCK:
            self.flush()

    def handle_data(self, d):
        if not self.skip:
            self.cur.append(d)


def make(dst):
    truth = json.load(open(os.path.join(BENCH, "ground-truth.json"), encoding="utf-8"))
    src = os.path.join(BENCH, "html")
    os.makedirs(dst, exist_ok=True)
    made = 0
    for n in sorted(os.listdir(src)):
        item = n.split(".")[0]
        html = gzip.open(os.path.join(src, n)).read().decode("utf-8", "replace")
        m = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S | re.I)
        h1 = norm(re.sub(r"<[^>]+>", " ", m.group(1))) if m else ""
        f = Flattener()
        f.feed(html)
        f.flush()
        lines = f.lines
        first = norm(truth[item]["articleBody"])[:60]
        start = None
        for i, l in enumerate(lines):
            nl = norm(l)
            if nl and first[:40] and (first[:40] in nl or (len(nl) > 20 and first.startswith(nl[:40]))):
                start = i
                break
        if start is None:
            continue
        top = max(0, start - 12)
        if h1:
            for j in range(start, max(-1, start - 40), -1):
                if norm(lines[j]) == h1:
                    top = j
                    break
        out, size = [], 0
        for l in lines[top:]:
            b = len(l.encode("utf-8")) + 2
            if size + b > 2000:
                rest = 2000 - size
                if rest > 20:
                    out.append(l.encode("utf-8")[:rest].decode("utf-8", "ignore"))
                break
            out.append(l)
            size += b
        with open(os.path.join(dst, item + ".txt"), "w", encoding="utf-8") as o:
            o.write("\n\n".join(out) + "\n")
        made += 1
    print(f"{made} pages written to {dst}")


def score(run, half="all", verbose=False):
    truth = json.load(open(os.path.join(BENCH, "ground-truth.json"), encoding="utf-8"))
    docs = {}
    for l in open(os.path.join(run, "documents.jsonl"), encoding="utf-8"):
        d = json.loads(l)
        docs[os.path.basename(d["input"]).split(".")[0]] = d
    items = sorted(docs)
    items = {"odd": items[0::2], "even": items[1::2], "even-a": items[1::4],
             "even-b": items[3::4]}.get(half, items)
    n = clean = lost = complete = first = 0
    recall, precision = [], []
    for item in items:
        d = docs[item]
        g = norm(truth[item]["articleBody"])
        body = (d.get("body") or {}).get("text") or ""
        paras = [p for p in body.split("\n") if p.strip()]
        leaks = [p for p in paras if len(norm(p).split()) >= 2 and norm(p) not in g]
        src = [s for s in (d.get("text") or "").split("\n") if s.strip()]
        nb = norm(body)
        gold = [s for s in src if len(norm(s).split()) >= 4 and norm(s) in g]
        kept = [s for s in gold if norm(s) in nb]
        n += 1
        clean += not leaks
        if gold:
            recall.append(len(kept) / len(gold))
            lost += len(kept) < 0.5 * len(gold)
            complete += len(kept) == len(gold)
            first += norm(gold[0]) in nb
        words = sum(len(norm(p).split()) for p in paras) or 1
        precision.append(1 - sum(len(norm(p).split()) for p in leaks) / words if paras else 0)
        if verbose:
            for p in leaks:
                print(f"  {item[:8]} leaked: {p[:120]}")
            for s in gold:
                if norm(s) not in nb:
                    print(f"  {item[:8]} lost: {s[:120]}")
    print(f"{half}: pages {n} clean {clean / n:.3f} lost-half {lost} complete {complete / n:.3f} "
          f"first-line {first / n:.3f} line-recall {sum(recall) / len(recall):.3f} "
          f"word-precision {sum(precision) / len(precision):.3f}")


if __name__ == "__main__":
    a = sys.argv[1:]
    if len(a) >= 2 and a[0] == "make":
        make(a[1])
    elif len(a) >= 2 and a[0] == "score":
        score(a[1], a[2] if len(a) > 2 and a[2] in ("odd", "even", "even-a", "even-b", "all")
              else "all", "-v" in a)
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
