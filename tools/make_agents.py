#!/usr/bin/env python3
"""Derive Sitrep's generic-agent lexicon (kinds of actors: "police", "protesters", "gunmen",
"a court", "warplanes", "المتظاهرون") from the event-data dictionaries in ../shared.

usage: python3 tools/make_agents.py [LEXICONS_DIR] [--candidates]

LEXICONS_DIR defaults to ../shared/data/lexicons relative to the repository root. Reads
  en/Phoenix.agents.txt     PETRARCH-2 generic agents (MIT, (c) 2014 Open Event Data Alliance)
  ar/agents.all.ar.txt      UniversalPetrarch Arabic agents (MIT, (c) Open Event Data Alliance)
keeps only the candidates named on the curated allow-list tools/lexicon/agents.allow.txt (the
source files are huge and mostly irrelevant to conflict news), adds the hand-written rows of
tools/lexicon/agents.curated.tsv (which win over derived rows for the same phrase), generates
the English regular plurals the Phoenix file dropped, leaves out every phrase that
descriptions.tsv or actors.tsv already has, and writes
core/src/main/resources/org/sitrep/knowledge/agents.tsv. Deterministic: a second run writes
identical bytes. With --candidates it prints every derived candidate (lang, phrase, code, source
entry) instead, to help extend the allow-list.
"""
import os
import re
import sys

from lexicon_common import read_tsv

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KNOWLEDGE = os.path.join(ROOT, "core", "src", "main", "resources", "org", "sitrep", "knowledge")
ALLOW = os.path.join(HERE, "lexicon", "agents.allow.txt")
CURATED = os.path.join(HERE, "lexicon", "agents.curated.tsv")
OUT = os.path.join(KNOWLEDGE, "agents.tsv")

KINDS = {"military", "police", "group", "population", "government", "official", "outlet", "ngo",
         "igo", "judiciary", "weapon"}
CODES = {"COP", "MIL", "REB", "UAF", "OPP", "CVL", "JUD", "GOV", "LEG", "MED", "HLH", "EDU", "LAB",
         "BUS", "REF", "CRM", "SPY", "NGO", "IGO", "REL", "AGR", "HRI"}
# words that are rarely an actor on their own: never a row, whatever the lists say
TOO_GENERIC = {"people", "person", "persons", "man", "men", "woman", "group", "groups", "forces",
               "force", "side", "sides", "party", "parties", "source", "sources", "military",
               "islamic", "islamist", "naval", "national", "official", "state", "union",
               "community", "population", "victim", "victims", "member", "members",
               "ناس", "أشخاص", "اشخاص", "شخص", "رجل", "رجال", "مجموعة", "جماعة", "قوات", "قوة",
               "طرف", "أطراف", "حزب", "مصدر", "مصادر", "عناصر", "أفراد"}

# ---------------------------------------------------------------- Arabic normalization
_AR_MARKS = re.compile("[\u064B-\u065F\u0670\u0640\u200E\u200F\u202A-\u202E\u2066-\u2069]")
_AR_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و",
                          "ئ": "ي"})


def is_arabic(s):
    return any("\u0600" <= c <= "\u06FF" for c in s)


def drop_article(tok):
    """The token without its article ال, by the product's rule (NameKeys.arabicArticleLength):
    only when the word is longer than four letters."""
    return tok[2:] if len(tok) > 4 and tok.startswith("ال") else tok


def ar_clean(s):
    """An Arabic phrase as the lexicon writes it: no diacritics or tatweel, no article."""
    s = _AR_MARKS.sub("", s)
    return " ".join(drop_article(t) for t in s.split())


def match_key(phrase):
    """The phrase as the product matches it: case-folded English without a leading "the";
    Arabic folded (alef, yaa, taa marbuta, hamza seats) with each word's article dropped."""
    p = " ".join(phrase.strip().split())
    if is_arabic(p):
        p = _AR_MARKS.sub("", p)
        return " ".join(drop_article(t.translate(_AR_FOLD)) for t in p.split())
    p = p.lower()
    if p.startswith("the "):
        p = p[4:]
    return p


# ---------------------------------------------------------------- English plurals
IRREGULAR = {"man": "men", "woman": "women", "child": "children", "person": "people",
             "thief": "thieves", "wife": "wives", "chief": "chiefs", "staff": "staff",
             "aircraft": "aircraft", "personnel": "personnel", "police": "police",
             "militia": "militias", "crew": "crews", "mp": "mps", "ngo": "ngos", "idp": "idps",
             "uav": "uavs", "jet": "jets", "attorney": "attorneys", "journey": "journeys"}
NOT_MAN = {"human", "german", "roman", "shaman", "talisman", "ottoman", "caiman"}
ALREADY_PLURAL = re.compile(r"(men|people|children|police|personnel|staff|aircraft|s)$")


def plural_word(w):
    if w in IRREGULAR:
        return IRREGULAR[w]
    if w.endswith("man") and w not in NOT_MAN:
        return w[:-3] + "men"
    if re.search(r"(s|x|z|ch|sh)$", w):
        return w + "es"
    if re.search(r"[^aeiou]y$", w):
        return w[:-1] + "ies"
    return w + "s"


def plural(phrase):
    """The regular plural of an English noun phrase: its head is the last word, or the word
    before "of" ("member of parliament" -> "members of parliament")."""
    words = phrase.split(" ")
    head = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    w = words[head]
    if ALREADY_PLURAL.search(w) and w not in IRREGULAR:
        return None
    words[head] = plural_word(w)
    return " ".join(words)


# ---------------------------------------------------------------- sources
_EN_ENTRY = re.compile(r"^(?P<phrase>[^\[{]+?)\s*(?:\{(?P<pl>[^}]*)\})?\s*\[(?P<code>[^\]}]*)[\]}]")
_AR_ENTRY = re.compile(r"^(?P<phrase>[^\[{]*?)\s*(?:\{[^}]*\})?\s*\[(?P<code>~?[A-Z]+~?)\]?(?P<rest>.*)$")


def split_code(raw):
    """"~GOVMIL" -> ("GOV", "MIL"); "~COP" -> ("COP", "COP"); "IGO~" -> ("IGO", "IGO")."""
    c = raw.replace("~", "").strip().upper()
    if len(c) < 3:
        return None
    return c[:3], (c[3:6] if len(c) >= 6 else c[:3])


def en_phrase(s):
    return " ".join(s.replace("_", " ").lower().split())


def read_phoenix(path):
    """Candidates from the PETRARCH agents file: (phrase, code, sector, plurals or None, entry)."""
    sets = {}
    out = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            m = re.match(r"^\s*(![A-Z]+!)\s*=\s*(.+)$", line)
            if m:
                sets[m.group(1)] = [x.strip() for x in m.group(2).split(",") if x.strip()]
                continue
            m = _EN_ENTRY.match(line.strip())
            if not m:
                continue
            code = split_code(m.group("code"))
            if code is None:
                continue
            raw = m.group("phrase").strip()
            pl = m.group("pl")
            expansions = [raw]
            for name, values in sets.items():
                if name in raw:
                    expansions = [e.replace(name, v) for e in expansions for v in values]
            # a few entries are stems: DEFENSE_MINIST is the minister and the ministry
            expansions = [re.sub(r"MINIST(?=$|[ _])", v, e) for e in expansions
                          for v in (("MINISTER", "MINISTRY") if re.search(r"MINIST($|[ _])", e) else ("",))]
            for e in expansions:
                phrase = en_phrase(e)
                if not phrase or "!" in phrase:
                    continue
                plurals = None if pl is None else [en_phrase(x) for x in re.split(r"[ ,]+", pl) if x.strip()]
                out.append((phrase, code[0], code[1], plurals, line.strip()))
    return out


def read_arabic(path):
    """Candidates from the UniversalPetrarch Arabic agents file: (phrase, code, sector, entry)."""
    out = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            m = _AR_ENTRY.match(line)
            if not m:
                continue
            code = split_code(m.group("code"))
            if code is None:
                continue
            rest = m.group("rest")
            before = rest.split("#", 1)[0]
            text = before if is_arabic(before) else rest
            text = re.sub(r"\([^)]*\)", " ", text)
            for alt in re.split(r"[/—]| - |-", text):
                alt = "".join(c if (is_arabic(c) or c == " ") else " " for c in alt)
                phrase = ar_clean(alt)
                if phrase and is_arabic(phrase):
                    out.append((phrase, code[0], code[1], line))
    return out


# ---------------------------------------------------------------- lists
def read_rows(path):
    """Tab-separated rows of a hand-written list, without comments and blank lines."""
    return [(n, [c.strip() for c in r]) for n, r in read_tsv(path)]


def taken_phrases():
    """Phrases descriptions.tsv and actors.tsv already have, as the product matches them."""
    taken = {}
    for name, cols in (("descriptions.tsv", (0,)), ("actors.tsv", (1, 7))):
        for _, r in read_rows(os.path.join(KNOWLEDGE, name)):
            for c in cols:
                if c < len(r):
                    for p in r[c].split("|"):
                        if p.strip():
                            taken.setdefault(match_key(p), name)
    return taken


def fail(msg):
    sys.exit("make_agents: " + msg)


def check_row(where, phrase, key, code, sector, kind):
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", key):
        fail(f"{where}: bad key {key!r}")
    if code not in CODES or sector not in CODES:
        fail(f"{where}: bad code/sector {code}/{sector}")
    if kind not in KINDS:
        fail(f"{where}: bad kind {kind!r}")
    if is_arabic(phrase):
        if _AR_MARKS.search(phrase) or phrase != ar_clean(phrase):
            fail(f"{where}: Arabic phrase with diacritics or article: {phrase!r}")
    elif phrase != phrase.lower() or "_" in phrase:
        fail(f"{where}: English phrase not lower-case words: {phrase!r}")


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    src = args[0] if args else os.path.join(ROOT, "..", "shared", "data", "lexicons")
    phoenix = read_phoenix(os.path.join(src, "en", "Phoenix.agents.txt"))
    arabic = read_arabic(os.path.join(src, "ar", "agents.all.ar.txt"))
    if "--candidates" in argv:
        for p, c, s, pl, e in phoenix:
            print(f"en\t{p}\t{c}/{s}\t{'' if pl is None else '|'.join(pl) or '{}'}\t{e}")
        for p, c, s, e in arabic:
            print(f"ar\t{p}\t{c}/{s}\t\t{e}")
        return 0

    en_index, ar_index = {}, {}
    for p, c, s, pl, e in phoenix:
        en_index.setdefault(p, (c, s, pl))
    for p, c, s, e in arabic:
        ar_index.setdefault(p, (c, s, None))

    # rows: match key -> (phrase, key, code, sector, kind, origin)
    rows = {}
    notes = []

    def add(phrase, key, code, sector, kind, origin, where, replace=False):
        check_row(where, phrase, key, code, sector, kind)
        k = match_key(phrase)
        old = rows.get(k)
        if old and not replace:
            if old[1] != key:
                notes.append(f"{where}: {phrase!r} already {old[1]} ({old[5]}), kept")
            return
        rows[k] = (phrase, key, code, sector, kind, origin)

    # 1. derived rows: allow-listed source candidates
    # allow-list columns: lang, phrase (as derived), key, kind, code ("." = source's),
    # sector ("." = source's), plural (English: "." = regular, "-" = none, else a|b; a leading
    # "+" keeps the plural only, for singulars that are mostly adjectives: "+" or "+a|b")
    for n, r in read_rows(ALLOW):
        where = f"agents.allow.txt:{n}"
        r += ["."] * (7 - len(r))
        lang, phrase, key, kind, code, sector, pl = r[:7]
        index = en_index if lang == "en" else ar_index if lang == "ar" else None
        if index is None:
            fail(f"{where}: language {lang!r}")
        if phrase not in index:
            fail(f"{where}: {lang} {phrase!r} is not a candidate of the source file")
        scode, ssector, splurals = index[phrase]
        code = scode if code == "." else code
        sector = (ssector if scode == code else code) if sector == "." else sector
        origin = "phoenix" if lang == "en" else "up-ar"
        plural_only = pl.startswith("+")
        if plural_only:
            pl = pl[1:] or "."
        else:
            add(phrase, key, code, sector, kind, origin, where)
        if lang == "en":
            if pl == "-":
                forms = []
            elif pl != ".":
                forms = pl.split("|")
            elif splurals is not None:
                forms = splurals
            else:
                forms = [plural(phrase)] if plural(phrase) else []
            for form in forms:
                add(form, key, code, sector, kind, origin, where + " (plural)")

    # 2. curated rows win: phrase, key, code, sector, kind
    for n, r in read_rows(CURATED):
        where = f"agents.curated.tsv:{n}"
        if len(r) != 5:
            fail(f"{where}: {len(r)} columns, want 5")
        add(r[0], r[1], r[2], r[3], r[4], "curated", where, replace=True)

    # 3. never repeat what descriptions.tsv and actors.tsv have; never a too-generic word
    taken = taken_phrases()
    for k in sorted(rows):
        if k in taken:
            notes.append(f"left out {rows[k][0]!r}: in {taken[k]}")
            del rows[k]
        elif k in {match_key(w) for w in TOO_GENERIC}:
            notes.append(f"left out {rows[k][0]!r}: too generic")
            del rows[k]

    def order(row):
        phrase, key = row[0], row[1]
        return (key, is_arabic(phrase), phrase)

    out = sorted(rows.values(), key=order)
    header = [
        "# Sitrep generic agents: kinds of actors rather than named ones (\"police\", \"protesters\",",
        "# \"gunmen\", \"a court\", \"warplanes\", \"المتظاهرون\"). An event whose actor is one of these is",
        "# coded with the words as written, the id agent:<key>, the code and the sector.",
        "# Generated by tools/make_agents.py; do not edit by hand (edit tools/lexicon/agents.*).",
        "# Sources and licences:",
        "#   PETRARCH-2 Phoenix agents dictionary (openeventdata/petrarch2, Phoenix.agents.txt),",
        "#     MIT License, Copyright (c) 2014 Open Event Data Alliance; selected rows, codes reviewed,",
        "#     English regular plurals generated;",
        "#   UniversalPetrarch Arabic agents dictionary (openeventdata/UniversalPetrarch, branch arabic,",
        "#     agents.all.ar.txt), MIT License, Copyright (c) Open Event Data Alliance; selected rows,",
        "#     diacritics and articles removed;",
        "#   curated rows by the Sitrep project, Apache License 2.0.",
        "# Columns (tab-separated): phrase (English lower-case, matched case-insensitively; Arabic",
        "#   without diacritics, article or proclitics), key (agent id is agent:<key>), code (CAMEO",
        "#   agent code: what the agent does), sector (the institution it belongs to, usually the code),",
        "#   kind (military | police | group | population | government | official | outlet | ngo |",
        "#   igo | judiciary | weapon; weapon = warplanes, drones, artillery... standing for the force",
        "#   that operates them).",
        f"# Rows: {len(out)}.",
    ]
    body = "\n".join(header) + "\n" + "".join("\t".join(r[:5]) + "\n" for r in out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(body)
    for n in notes:
        print(n, file=sys.stderr)
    counts = {}
    for r in out:
        counts[r[2]] = counts.get(r[2], 0) + 1
    print(f"wrote {os.path.relpath(OUT, ROOT)}: {len(out)} rows; "
          + ", ".join(f"{c} {counts[c]}" for c in sorted(counts)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
