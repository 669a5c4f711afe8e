#!/usr/bin/env python3
"""Real pages as crawler text, for publication dates: the htmldate pages flattened to text.

The 510 pages of ../shared/bench/htmldate (real pages of many sites, each with its gold
publication date) are flattened to one block per line with a blank line between blocks (the
flattening of tools/zyte_text_pages.py), cut from three lines above the first <h1> (or from the
top when there is none) and kept to about 2,000 bytes, as the development pages are stored. The
text reader then has to find the date where the page states it in its text (a date line, a
byline's date, a dateline), with no metadata.

usage:
  tools/htmldate_text_pages.py make OUT_DIR          write OUT_DIR/<n>.txt, one per page
  ./sitrep analyze OUT_DIR --out RUN --quiet
  tools/htmldate_text_pages.py score RUN [odd|even|all] [--errors]

score writes RUN/documents-as-html.jsonl (inputs renamed back to <n>.html.gz) and a gold file of
the half, and runs ../shared/tools/score_dates.py on them. The halves follow the gold's sorted
keys: odd positions (1st, 3rd, ...) are the study half of s29, even ones the check half.
The pages stay in ../shared; nothing of them enters the repository.
"""
import gzip, json, os, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from zyte_text_pages import Flattener  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.join(HERE, "..", "..", "shared", "bench", "htmldate")
SCORER = os.path.join(HERE, "..", "..", "shared", "tools", "score_dates.py")
BUDGET = 2000


class HeadlineFlattener(Flattener):
    """The flattening of zyte_text_pages, noting the line where the first <h1> starts."""

    def __init__(self):
        super().__init__()
        self.h1 = -1

    def handle_starttag(self, tag, attrs):
        super().handle_starttag(tag, attrs)
        if tag == "h1" and self.h1 < 0:
            self.h1 = len(self.lines)


def make(dst):
    src = os.path.join(BENCH, "html")
    os.makedirs(dst, exist_ok=True)
    made = 0
    for n in sorted(os.listdir(src)):
        raw = gzip.open(os.path.join(src, n)).read() if n.endswith(".gz") else open(
            os.path.join(src, n), "rb").read()
        f = HeadlineFlattener()
        f.feed(raw.decode("utf-8", errors="replace"))
        f.close()
        f.flush()
        lines = f.lines[max(0, f.h1 - 3):] if f.h1 >= 0 else f.lines
        out, size = [], 0
        for line in lines:
            if size >= BUDGET:
                break
            out.append(line)
            size += len(line.encode("utf-8")) + 2
        name = n.split(".")[0] + ".txt"
        with open(os.path.join(dst, name), "w", encoding="utf-8") as o:
            o.write("\n\n".join(out) + "\n")
        made += 1
    print(f"{made} pages written to {dst}")


def score(run, half="all", errors=False):
    gold = json.load(open(os.path.join(BENCH, "gold.json"), encoding="utf-8"))
    keys = sorted(gold)
    keys = keys[0::2] if half == "odd" else keys[1::2] if half == "even" else keys
    docs = os.path.join(run, "documents-as-html.jsonl")
    with open(os.path.join(run, "documents.jsonl"), encoding="utf-8") as i, open(
            docs, "w", encoding="utf-8") as o:
        for line in i:
            d = json.loads(line)
            d["input"] = d["input"].rsplit(".", 1)[0] + ".html.gz"
            o.write(json.dumps(d, ensure_ascii=False) + "\n")
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as g:
        json.dump({k: gold[k] for k in keys}, g)
    args = [sys.executable, SCORER, docs, g.name] + (["--errors"] if errors else [])
    out = subprocess.run(args, capture_output=True, text=True).stdout
    os.unlink(g.name)
    # lines for files of the other half are reported by the scorer as not in gold: left out
    print("\n".join(l for l in out.splitlines() if "not in GOLD" not in l and "not in gold" not in l))


if __name__ == "__main__":
    a = sys.argv[1:]
    if len(a) >= 2 and a[0] == "make":
        make(a[1])
    elif len(a) >= 2 and a[0] == "score":
        score(a[1], a[2] if len(a) > 2 and a[2] in ("odd", "even", "all") else "all",
              "--errors" in a)
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
