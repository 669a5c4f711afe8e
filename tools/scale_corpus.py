#!/usr/bin/env python3
"""Writes a corpus of N distinct pages for the scale bench: the given pages (files or folders of
.txt, .html, .htm) copied round-robin into DIR/copy00000/, DIR/copy00001/, ... until N pages,
each copy after the first with a marker appended to its bytes, so that every copy has its own
doc_id (the SHA-256 of the bytes) and none is skipped as a duplicate. The marker is the one
`sitrep bench-store` appends (server/.../StoreBench.distinct): for a text page a blank line, spaces
and zero-width spaces; for an HTML page a comment. The text a copy's analysis reads is the
original's, so a copy's events and stories are those of its original.

  python3 tools/scale_corpus.py --pages 10000 --out /tmp/pages10k ../shared/dev-pages ../shared/seeds
"""
import argparse
import os
import sys

SUFFIXES = (".txt", ".html", ".htm")


def pages(inputs):
    out = []
    for i in inputs:
        if os.path.isdir(i):
            for root, dirs, files in os.walk(i):
                dirs.sort()
                for f in sorted(files):
                    if f.lower().endswith(SUFFIXES):
                        out.append(os.path.join(root, f))
        elif i.lower().endswith(SUFFIXES):
            out.append(i)
    return out


def distinct(data, name, copy):
    if copy == 0:
        return data
    if name.lower().endswith(".txt"):
        mark = "\n\n" + " " * (copy % 997) + "\u200b" * (copy // 997 + 1)
    else:
        mark = "\n<!-- sitrep bench copy %d -->\n" % copy
    return data + mark.encode("utf-8")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, required=True, help="how many pages to write")
    ap.add_argument("--out", required=True, help="the folder to write (must not exist)")
    ap.add_argument("inputs", nargs="+", help="pages or folders of pages")
    a = ap.parse_args()
    src = pages(a.inputs)
    if not src:
        sys.exit("no .txt, .html or .htm page in " + " ".join(a.inputs))
    if os.path.exists(a.out):
        sys.exit(a.out + " exists; give a new folder")
    data = [open(p, "rb").read() for p in src]
    written = 0
    copy = 0
    while written < a.pages:
        folder = os.path.join(a.out, "copy%05d" % copy)
        os.makedirs(folder)
        for p, b in zip(src, data):
            if written >= a.pages:
                break
            name = os.path.basename(p)
            with open(os.path.join(folder, name), "wb") as f:
                f.write(distinct(b, name, copy))
            written += 1
        copy += 1
    print("%d pages (%d distinct sources, %d copies) in %s" % (written, len(src), copy, a.out))


if __name__ == "__main__":
    main()
