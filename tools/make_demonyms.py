#!/usr/bin/env python3
"""Derive Sitrep's demonym table (nationality words -> country) from Phoenix's country actors.

usage: python3 tools/make_demonyms.py [LEXICON_DIR]

Reads en/Phoenix.Countries.actors.txt from ../shared/data/lexicons (the Open Event Data Alliance's
CountryInfo-derived TABARI dictionary, MIT licence) and writes
core/src/main/resources/org/sitrep/knowledge/demonyms.tsv: one nationality word a line with the
ISO 3166 alpha-3 code of its country. A country block lists the country's names, misspellings,
cities and demonyms as "+" synonyms; a synonym is kept as a demonym when it is one word with a
nationality ending (-an, -ian, -ese, -i, -ish, -ch, -ot) that shares its first three letters
with the country's name, is no GeoNames town and no misspelling of the country, plus the few whose stems differ (tools/lexicon/demonyms-extra.tsv).
"""
import gzip, os, re, sys

ENDING = re.compile(r"(AN|IAN|EAN|ESE|[^AEIOU]I|ISH|CH|OT)$")


def distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def place_names(geonames_dir):
    """Upper-case names of the GeoNames places: "Mexicali" and "Taipei" are towns, not demonyms."""
    names = set()
    with gzip.open(os.path.join(geonames_dir, "cities500.txt.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            c = line.split("\t")
            names.add(c[1].upper())
            names.add(c[2].upper())
    return names


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    src = argv[1] if len(argv) > 1 else os.path.join(here, "..", "..", "shared", "data", "lexicons")
    path = os.path.join(src, "en", "Phoenix.Countries.actors.txt")
    out_path = os.path.join(here, "..", "core", "src", "main", "resources", "org", "sitrep",
                            "knowledge", "demonyms.tsv")
    towns = place_names(os.path.join(src, "..", "geonames"))
    rows = {}
    country = code = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            m = re.match(r"^([A-Z][A-Z_\-']+?)_?\s+\[([A-Z]{3})\]\s*$", line)
            if m:
                country, code = m.group(1).replace("_", " "), m.group(2)
                continue
            if not line.strip():
                country = code = None
                continue
            if not line.startswith("+") or code is None:
                continue
            w = line[1:].split("#")[0].strip().rstrip("_")
            if not w or "_" in w or "STAN" in w or w == country:
                continue
            if w.endswith("S") and ENDING.search(w[:-1]):
                w = w[:-1]  # the plural is made on reading
            if (ENDING.search(w) and w[:3] == country[:3] and w not in towns
                    and distance(w, country) > 2):  # not a misspelling of the country's name
                rows.setdefault(w, code)
    extra = os.path.join(here, "lexicon", "demonyms-extra.tsv")
    with open(extra, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                w, c = line.rstrip("\n").split("\t")[:2]
                if c == "-":
                    rows.pop(w.upper(), None)
                else:
                    rows[w.upper()] = c
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("# Nationality words and their countries, for place readings (\"Iranian officials\" names Iran).\n")
        f.write("# Derived by tools/make_demonyms.py from Phoenix.Countries.actors.txt (Open Event Data\n")
        f.write("# Alliance, MIT licence, http://eventdata.parusanalytics.com) and tools/lexicon/demonyms-extra.tsv.\n")
        f.write("# Columns: word (as written, capitalized), ISO 3166 alpha-3 country code\n")
        for w in sorted(rows):
            f.write(w.title() + "\t" + rows[w] + "\n")
    print(f"{len(rows)} demonyms", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
