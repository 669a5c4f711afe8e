#!/usr/bin/env python3
"""Derive Sitrep's English trigger lexicon from public event-coding dictionaries.

usage: python3 tools/make_triggers_en.py [LEXICONS_DIR] [--check]

LEXICONS_DIR defaults to ../shared/data/lexicons relative to the repository root. Reads
  en/CAMEO.2.0.txt                 PETRARCH-2 CAMEO verb dictionary (MIT, (c) 2015 Open Event
                                   Data Alliance)
  plover/CAMEO2PLOVER-2021.txt     CAMEO code -> PLOVER category and mode (CC BY-SA 4.0)
and the hand-curated files beside this script in tools/lexicon/:
  triggers-en.exclude.txt          phrases judged too ambiguous, one a line, "# reason"
  triggers-en.curated.tsv          hand-written rows; they win over derived rows of one phrase
  triggers-en.examples.tsv         hand-written example sentences for derived rows
  english-irregular.curated.tsv    irregular verb forms that replace or add to CAMEO's
  patterns-en.select.txt           the CAMEO verb patterns taken as phrases
and writes
  core/src/main/resources/org/sitrep/events/triggers-en.tsv
  core/src/main/resources/org/sitrep/events/english-irregular.tsv

Derived rows: every verb form of a coded PETRARCH verb block (a form's own code wins over its
block's), and the patterns listed in patterns-en.select.txt; the CAMEO code goes to PLOVER
through CAMEO2PLOVER. CAMEO 01 (public statements) is dropped, CAMEO 02 (appeals) becomes
REQUEST with the mode of the matching CAMEO 10 code, codes that map to nothing are dropped.
A phrase derived to two categories is dropped unless a curated row settles it.

--check matches every row's example the way the Java coder does (tokens, inflection, gaps,
longest match wins) and reports rows whose example does not code to the row's category.
The output is sorted by category, then phrase: running the script twice gives the same bytes.
"""
import os
import re
import sys

CATEGORIES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
              "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
              "ASSAULT"]
FLAGS = {"movement", "reciprocal", "passive", "deny", "subject-is-target", "speech"}
POS = {"V", "N", "P"}

# The modes the PLOVER manual (Draft 0.8) lists per category; other CAMEO2PLOVER modes become "-".
MODES = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                "crowd-control", "unconventional"},
}
# CAMEO2PLOVER modes renamed to the manual's: assassination and massacre are 'targeted'
# killings, a ban is a restriction; CAMEO 195 (aerial weapons) is 'aerial' in the manual.
MODE_RENAME = {"assassinate": "targeted", "massacre": "targeted", "ban": "restrict"}
CODE_MODE = {"195": "aerial"}

# Template sentences for derived rows: a subject that fits the category, then the inflected
# phrase, then a tail. Curated rows carry their own sentences.
TEMPLATES = {
    "AGREE": ("The two sides", "on Sunday."),
    "CONSULT": ("The two delegations", "in Geneva on Sunday."),
    "SUPPORT": ("The foreign minister", "the decision on Sunday."),
    "CONCEDE": ("The government", "on Sunday."),
    "COOPERATE": ("The two armies", "on Sunday."),
    "AID": ("The charity", "the displaced families on Sunday."),
    "RETREAT": ("The fighters", "on Sunday."),
    "REQUEST": ("The opposition", "the government on Sunday."),
    "ACCUSE": ("The minister", "the militia on Sunday."),
    "REJECT": ("The rebels", "the proposal on Sunday."),
    "THREATEN": ("The militia", "the residents on Sunday."),
    "PROTEST": ("Hundreds of students", "in the capital on Sunday."),
    "SANCTION": ("The government", "the envoy on Sunday."),
    "MOBILIZE": ("The army", "near the border on Sunday."),
    "COERCE": ("Security forces", "the activists on Sunday."),
    "ASSAULT": ("Gunmen", "the village on Sunday."),
}
MODE_TAILS = {
    ("COERCE", "arrest"): "three activists on Sunday.",
    ("COERCE", "deport"): "three activists on Sunday.",
    ("ASSAULT", "abduct"): "two aid workers on Sunday.",
    ("ASSAULT", "beat"): "two aid workers on Sunday.",
    ("ASSAULT", "torture"): "two aid workers on Sunday.",
    ("ASSAULT", "sexual"): "two aid workers on Sunday.",
    ("ASSAULT", "targeted"): "two aid workers on Sunday.",
    ("ASSAULT", "firearms"): "two aid workers on Sunday.",
    ("ASSAULT", "primitive"): "two aid workers on Sunday.",
}
NOUN_TEMPLATE = "Residents described the {w} near the town on Sunday."

HEADER = """\
# Sitrep English event triggers: words and phrases of conflict news mapped to PLOVER categories.
# Generated by tools/make_triggers_en.py; edit tools/lexicon/*, not this file.
# Sources and licences:
#   - PETRARCH-2 CAMEO.2.0 verb dictionary (openeventdata/petrarch2), MIT License,
#     Copyright (c) 2015 Open Event Data Alliance: verb forms and verb patterns (derived rows).
#   - PLOVER CAMEO2PLOVER table (openeventdata/PLOVER), CC BY-SA 4.0: CAMEO code -> PLOVER
#     category and mode (derived rows); categories and modes after the PLOVER manual.
#   - Curated rows, exclusions and all example sentences by the Sitrep project, Apache-2.0.
# Columns (tab-separated): category, mode, flags, pos, phrase, example
#   category  PLOVER category
#   mode      PLOVER mode, or "-"
#   flags     comma list or "-": movement (fills a destination), reciprocal (both sides act),
#             passive (the actor follows "by"), deny (introduces a denied complement),
#             subject-is-target (the grammatical subject is acted upon), speech (a speech act
#             whose speaker is the actor)
#   pos       V: the first word is a verb lemma, inflected (-s, -ed, -ing, english-irregular.tsv);
#             N: the last word is a noun, pluralized; P: fixed phrase, matched as written
#   phrase    lower-case words; "*" is a gap of 0-3 words; "a|b" are alternatives for one word
#   example   a news sentence that contains the phrase and is coded with the category
"""

IRREGULAR_HEADER = """\
# Sitrep English irregular verb forms, for inflecting the verbs of triggers-en.tsv.
# Generated by tools/make_triggers_en.py. Sources: the irregular forms listed in the PETRARCH-2
# CAMEO.2.0 verb dictionary (openeventdata/petrarch2), MIT License, Copyright (c) 2015 Open
# Event Data Alliance; plus curated forms by the Sitrep project (Apache-2.0).
# Columns: lemma, forms ("|"-separated; the first is the simple past)
"""


# ---------------------------------------------------------------- English inflection
# The same rules as org.sitrep.events.Inflection, so that examples and checks agree with Java.

def vowel(c):
    return c in "aeiou"


def cvc(v):
    n = len(v)
    if n < 3:
        return False
    c = v[-1]
    return (not vowel(c)) and c not in "wxy" and vowel(v[-2]) and not vowel(v[-3])


def third_person(v):
    if v.endswith(("s", "x", "z", "ch", "sh", "o")):
        return v + "es"
    if len(v) >= 2 and v.endswith("y") and not vowel(v[-2]):
        return v[:-1] + "ies"
    return v + "s"


def verb_forms(v):
    out = [third_person(v)]
    n = len(v)
    if n < 2:
        return out
    last, before = v[-1], v[-2]
    if last == "e":
        out.append(v + "d")
        if before == "i":
            out.append(v[:-2] + "ying")
        elif before in "eoy":
            out.append(v + "ing")
        else:
            out.append(v[:-1] + "ing")
    elif last == "y" and not vowel(before):
        out.append(v[:-1] + "ied")
        out.append(v + "ing")
    else:
        out.append(v + "ed")
        out.append(v + "ing")
        if cvc(v):
            out.append(v + last + "ed")
            out.append(v + last + "ing")
    return out


def plural(w):
    n = len(w)
    if n < 2:
        return w + "s"
    if w.endswith(("s", "x", "z", "ch", "sh")):
        return w + "es"
    if w.endswith("y") and not vowel(w[-2]):
        return w[:-1] + "ies"
    if w.endswith("man"):
        return w[:-3] + "men"
    return w + "s"


def regular_past(v):
    """The natural spelling of a regular past tense (for template sentences)."""
    if v.endswith("e"):
        return v + "d"
    if v.endswith("y") and not vowel(v[-2]):
        return v[:-1] + "ied"
    # one-syllable CVC words double: ban -> banned; longer ones mostly do not: open -> opened
    if cvc(v) and sum(1 for c in v if vowel(c)) == 1:
        return v + v[-1] + "ed"
    return v + "ed"


# ---------------------------------------------------------------- sources

def read_cameo2plover(path):
    table = {}
    for raw in open(path, encoding="utf-8"):
        line = raw.split("#", 1)[0].strip()
        m = re.match(r"^(\d{3,4}):\s*([A-Z]+)\s*,\s*([^,]*?)\s*(?:,|$)", line)
        if not m:
            continue
        code, cat, mode = m.group(1), m.group(2), m.group(3).strip().lower()
        mode = MODE_RENAME.get(mode, mode)
        mode = CODE_MODE.get(code, mode)
        if mode not in MODES.get(cat, set()):
            mode = "-"
        table.setdefault(code, (cat, mode))  # 175 is listed twice, alike
    return table


def plover(code, table):
    """(category, mode) of a CAMEO code such as '0332', '042:043', or None."""
    code = code.strip().split(":")[0].strip()
    if not re.fullmatch(r"\d{3,4}", code):
        return None
    if code.startswith("01"):
        return None  # public statements: attribution, not events
    if code.startswith("02"):
        # appeals are requests: the mode of the matching demand (021 -> 101, 0253 -> 1053)
        demand = plover("10" + code[2:], table)
        return ("REQUEST", demand[1] if demand else "-")
    for c in (code, code[:3]):
        if c in table:
            return table[c]
    return None


class Block:
    def __init__(self, name, code):
        self.name, self.code, self.forms, self.patterns = name, code, [], []


def read_cameo(path):
    """Synonym sets and verb blocks of the PETRARCH verb dictionary."""
    synsets, blocks = {}, []
    current_set = None
    in_verbs = False
    block = None
    for raw in open(path, encoding="utf-8", errors="replace"):
        raw = raw.rstrip("\n")
        if raw.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        comment = raw.split("#", 1)[1].strip() if "#" in raw else ""
        line = raw.split("#", 1)[0].rstrip()
        if not in_verbs:
            if line.startswith("&"):
                current_set = line.strip()
                synsets[current_set] = []
            elif line.startswith("+") and current_set:
                synsets[current_set].append(line.strip()[1:])
            continue
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", line)
        if m:
            block = Block(m.group(1), m.group(2))
            blocks.append(block)
            continue
        if not line.strip() or block is None:
            continue
        if line.startswith("-"):
            m = re.match(r"^-\s*(.*?)\s*\[([^\]]*)\]\s*$", line)
            if m:
                block.patterns.append((m.group(1), m.group(2), comment))
            continue
        block.forms.append(parse_form(line))
    return synsets, blocks


def parse_form(line):
    """A verb-form line: (words, irregular forms or None for '{}', own code or None)."""
    line = line.split(";", 1)[0]  # "RIP {RIPPING RIPS RIPPED};shan   7/11/93"
    code = None
    m = re.search(r"\[([^\]]*)\]", line)
    if m:
        code = m.group(1)
        line = line[:m.start()] + line[m.end():]
    forms = []
    fixed = False
    m = re.search(r"\{([^}]*)\}", line)
    if m:
        inner = m.group(1).replace(",", " ").split()
        fixed = not inner
        forms = [f.lstrip("+").replace("_", " ").lower() for f in inner]
        line = line[:m.start()] + line[m.end():]
    lemma = line.strip().lstrip("+").replace("_", " ").lower().strip()
    return lemma, (None if fixed else forms), code


# ---------------------------------------------------------------- derivation

def phrase_key(p):
    return " ".join(p.split())


def derive_verbs(blocks, table):
    """{phrase: [(category, mode, pos, block)]} from the verb forms of coded blocks."""
    out = {}
    for b in blocks:
        for lemma, forms, code in b.forms:
            if not lemma or not re.fullmatch(r"[a-z][a-z' -]*", lemma):
                continue
            c = code if code is not None else b.code
            pm = plover(c, table)
            if pm is None:
                continue
            pos = "P" if forms is None else "V"
            out.setdefault(lemma, []).append((pm[0], pm[1], pos, b.name, len(lemma.split())))
    return out


def spelled_forms(blocks):
    """{lemma: forms} as CAMEO spells them in braces (for the past tense of templates)."""
    out = {}
    for b in blocks:
        for lemma, forms, _ in b.forms:
            if forms and " " not in lemma:
                out.setdefault(lemma, []).extend(f for f in forms if " " not in f)
    return out


def irregular_from_cameo(blocks):
    """{lemma: [forms]} for forms that the regular rules do not produce."""
    irr = {}
    for b in blocks:
        for lemma, forms, _ in b.forms:
            if not forms:
                continue
            head = lemma.split(" ")[0]
            n = len(lemma.split(" "))
            for f in forms:
                fw = f.split(" ")
                if len(fw) != n or fw[1:] != lemma.split(" ")[1:]:
                    continue  # "+KILLED_AND" style or a different particle
                w = fw[0]
                if w == head or w in verb_forms(head):
                    continue
                irr.setdefault(head, [])
                if w not in irr[head]:
                    irr[head].append(w)
    return irr


def expand_set(name, synsets):
    """The single-word members of a synonym set, lower-case."""
    words = []
    for m in synsets.get(name, []):
        w = m.rstrip("_").lower()
        if "_" in w or not re.fullmatch(r"[a-z][a-z-]*", w):
            continue
        if w not in words:
            words.append(w)
    return words


def pattern_phrase(verb, pattern, synsets):
    """A CAMEO pattern after the verb ('* {PEACE DEAL} (WITH X)') as a lexicon phrase, or None.

    Literal words and {groups} keep their order with a gap before each; a (prepositional
    group) is its words with gaps; &SETs become alternatives; a final noun also takes its
    plural. Patterns with actor slots or words before the verb are not taken."""
    p = pattern.strip()
    if not p.startswith("*") or re.search(r"[$+^%<>/.]", p):
        return None
    p = p[1:].strip()
    tokens = re.findall(r"\{[^}]*\}|\([^)]*\)|\S+", p)
    parts = []  # list of groups; a group is a list of words (each a list of alternatives)
    for t in tokens:
        if t.startswith("{") or t.startswith("("):
            inner = t[1:-1].split()
            group = []
            for w in inner:
                alts = expand_set(w, synsets) if w.startswith("&") else [w.lower()]
                if not alts:
                    return None
                group.append(alts)
            if not group:
                return None
            if t.startswith("("):
                for w in group:  # a prepositional group: its words need not be adjacent
                    parts.append([w])
            else:
                parts.append(group)
        else:
            alts = expand_set(t, synsets) if t.startswith("&") else [t.lower()]
            if not alts or any(not re.fullmatch(r"[a-z][a-z-]*", a) for a in alts):
                return None
            parts.append([alts])
    if not parts:
        return None
    # the last word of the phrase also takes its plural (a V phrase inflects only its verb)
    last = parts[-1][-1]
    for a in list(last):
        pl = plural(a)
        if a not in NO_PLURAL and not a.endswith(("s", "men", "ed")) and pl not in last:
            last.append(pl)
    words = [verb]
    for g in parts:
        words.append("*")
        words.extend("|".join(alts) for alts in g)
    return " ".join(words)


# words after which a pattern takes no plural: particles, prepositions, adverbs, adjectives
NO_PLURAL = set("""a an the to of in on at by for with from into onto over under up down out off back
away against between among through about across toward towards along around before after near
inside outside alongside ablaze afire free accused militarily
aid support backing solidarity independence recognition resistance revenge clemency terrorism control
custody airspace""".split())


def read_selection(path):
    """patterns-en.select.txt: 'VERB<TAB>PATTERN' lines (the pattern as in CAMEO, verb lemma)."""
    sel = []
    if not os.path.exists(path):
        return sel
    for raw in open(path, encoding="utf-8"):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        verb, pat = line.split("\t", 1)
        sel.append((verb.strip().lower(), " ".join(pat.split())))
    return sel


def derive_patterns(blocks, table, synsets, selection):
    """{phrase: [(category, mode, 'V', block)]} for the selected patterns found in CAMEO."""
    index = {}
    for b in blocks:
        lemmas = [f[0] for f in b.forms]
        for pat, code, comment in b.patterns:
            index.setdefault(" ".join(pat.split()), []).append((b, lemmas, code))
    out = {}
    missing = []
    for verb, pat in selection:
        hits = [h for h in index.get(pat, []) if verb in h[1]]
        if not hits:
            missing.append((verb, pat))
            continue
        for b, _, code in hits:
            pm = plover(code, table)
            if pm is None:
                continue
            phrase = pattern_phrase(verb, pat, synsets)
            if phrase is None:
                missing.append((verb, pat))
                continue
            out.setdefault(phrase, []).append((pm[0], pm[1], "V", b.name, len(verb.split())))
    return out, missing


def candidate_patterns(blocks, table, synsets):
    """All pattern phrases the structural rules accept (for choosing the selection)."""
    rows = []
    for b in blocks:
        lemmas = [f[0] for f in b.forms]
        for pat, code, comment in b.patterns:
            pm = plover(code, table)
            if pm is None:
                continue
            verbs = [w.strip().lower().replace("_", " ") for w in re.split(r"[,;]", comment)]
            verbs = [v for v in verbs if v in lemmas] or []
            for v in verbs[:1]:
                ph = pattern_phrase(v, pat, synsets)
                if ph:
                    rows.append((pm[0], pm[1], v, " ".join(pat.split()), ph, b.name))
    return rows


# ---------------------------------------------------------------- curated files

def read_exclude(path):
    out = set()
    for raw in open(path, encoding="utf-8"):
        line = raw.split("#", 1)[0].strip()
        if line:
            out.add(phrase_key(line.lower()))
    return out


def read_curated(path):
    rows = {}
    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 6:
            sys.exit(f"{path}:{n}: 6 tab-separated columns expected, got {len(cols)}: {line}")
        cols = [c.strip() for c in cols]
        key = phrase_key(cols[4])
        if key in rows:
            sys.exit(f"{path}:{n}: phrase listed twice: {key}")
        rows[key] = cols
    return rows


def read_examples(path):
    """triggers-en.examples.tsv: phrase <TAB> example, hand-written sentences for derived rows."""
    out = {}
    if not os.path.exists(path):
        return out
    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 2:
            sys.exit(f"{path}:{n}: 2 tab-separated columns expected: {line}")
        out[phrase_key(cols[0])] = cols[1].strip()
    return out


# verbs of saying among the derived SUPPORT rows; other SUPPORT rows are deeds (restore relations)
SPEECH_SUPPORT = {"applaud", "commend", "congratulate", "endorse", "express", "laud", "praise",
                  "reiterate", "salute", "welcome"}


def speech_act(cat, mode, verb):
    """Whether a derived row is a speech act whose speaker is the actor."""
    if cat in ("REQUEST", "THREATEN"):
        return True
    if cat == "REJECT":
        return verb != "boycott"
    if cat == "ACCUSE":
        return mode == "disapprove"
    if cat == "SUPPORT":
        return verb in SPEECH_SUPPORT
    return False


def read_irregular_curated(path):
    out = {}
    if not os.path.exists(path):
        return out
    for raw in open(path, encoding="utf-8"):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        lemma, forms = line.split("\t", 1)
        out[lemma.strip()] = [f.strip() for f in forms.split("|") if f.strip()]
    return out


# ---------------------------------------------------------------- examples

def past_of(verb, irregular, spelled):
    """The simple past of a verb lemma (the first word inflected: "set up" -> "set up")."""
    head, _, rest = verb.partition(" ")
    forms = irregular.get(head)
    if forms:
        past = forms[0]
    else:
        spelled_ed = [f for f in spelled.get(head, []) if f.endswith("ed")]
        past = spelled_ed[0] if spelled_ed else regular_past(head)
    return (past + " " + rest).strip()


# nouns that take no article in a template: "opened fire", "seized control"
NO_ARTICLE = set("""fire control aid curfew martial territory security independence solidarity backing
support condemnation revenge resistance clemency military humanitarian medical joint diplomatic
access free ablaze militarily alongside severe hunger""".split())


def template_example(cat, mode, pos, phrase, verb_words, irregular, spelled):
    """A template sentence for a derived row: subject, inflected phrase, tail."""
    subject, tail = TEMPLATES[cat]
    tail = MODE_TAILS.get((cat, mode), tail)
    words = [w.split("|")[0] for w in phrase.split()]
    if pos == "N":
        return NOUN_TEMPLATE.format(w=" ".join(w for w in words if w != "*"))
    if pos == "P":
        return f"{subject} {' '.join(w for w in words if w != '*')} {tail}"
    head = past_of(" ".join(words[:verb_words]), irregular, spelled)
    rest = words[verb_words:]
    if not rest:
        return f"{subject} {head} {tail}"
    out = [subject, head]
    gap_before = False
    for w in rest:
        if w == "*":
            gap_before = True
            continue
        if gap_before and w not in NO_PLURAL and w not in NO_ARTICLE and not w.endswith("s"):
            out.append("the")
        gap_before = False
        out.append(w)
    return " ".join(out) + " on Sunday."


# ---------------------------------------------------------------- matching (as in Java)

TOKEN = re.compile(r"[^\W_](?:[^\W_]|[-'\u2019](?=[^\W\d_]))*")


def tokens(text):
    return [(m.start(), m.end(), m.group(0).lower().replace("\u2019", "'"))
            for m in TOKEN.finditer(text)]


class Matcher:
    GAP = 3

    def __init__(self, rows, irregular):
        self.by_first = {}
        for r in rows:
            slots = self.compile(r, irregular)
            for f in slots[0]:
                self.by_first.setdefault(f, []).append((r, slots))

    @staticmethod
    def compile(r, irregular):
        words = r[4].split()
        slots = []
        for i, w in enumerate(words):
            if w == "*":
                slots.append(None)
                continue
            forms = set()
            for alt in w.split("|"):
                forms.add(alt)
                if r[3] == "V" and i == 0:
                    forms.update(verb_forms(alt))
                    forms.update(irregular.get(alt, []))
                elif r[3] == "N" and i == len(words) - 1:
                    forms.add(plural(alt))
            slots.append(forms)
        return slots

    def match(self, slots, j, k, low):
        if j == len(slots):
            return k - 1
        s = slots[j]
        if s is None:
            for skip in range(self.GAP + 1):
                if k + skip > len(low):
                    break
                r = self.match(slots, j + 1, k + skip, low)
                if r >= 0:
                    return r
            return -1
        if k >= len(low) or low[k] not in s:
            return -1
        return self.match(slots, j + 1, k + 1, low)

    def find(self, text):
        toks = tokens(text)
        low = [t[2] for t in toks]
        out = []
        for i, w in enumerate(low):
            for r, slots in self.by_first.get(w, []):
                last = self.match(slots, 1, i + 1, low)
                if last >= 0:
                    out.append((r, toks[i][0], toks[last][1]))
        return out

    def kept(self, text):
        hits = sorted(self.find(text), key=lambda h: -(h[2] - h[1]))  # stable, as in Java
        apart = []
        for h in hits:
            if not any(h[1] < k[2] and k[1] < h[2] for k in apart):
                apart.append(h)
        return sorted(apart, key=lambda h: h[1])


def check(rows, irregular):
    m = Matcher(rows, irregular)
    bad, mixed = [], []
    for r in rows:
        hits = m.find(r[5])
        if not any(h[0] is r for h in hits):
            bad.append((r, "example does not contain the phrase"))
            continue
        cats = [h[0][0] for h in m.kept(r[5])]
        if r[0] not in cats:
            bad.append((r, "a longer trigger of another category wins: " + ", ".join(
                f"{h[0][0]} '{h[0][4]}'" for h in m.kept(r[5]))))
        elif any(c != r[0] for c in cats):
            mixed.append((r, ", ".join(f"{h[0][0]} '{h[0][4]}'" for h in m.kept(r[5])
                                       if h[0][0] != r[0])))
    return bad, mixed


# ---------------------------------------------------------------- main

def validate(r, where):
    cat, mode, flags, pos, phrase, example = r
    problems = []
    if cat not in CATEGORIES:
        problems.append("category " + cat)
    if mode != "-" and mode not in MODES.get(cat, set()):
        problems.append("mode " + mode)
    if flags != "-" and not set(flags.split(",")) <= FLAGS:
        problems.append("flags " + flags)
    if pos not in POS:
        problems.append("pos " + pos)
    if phrase != phrase_key(phrase) or phrase != phrase.lower() or phrase.startswith("*") \
            or phrase.endswith("*") or not re.fullmatch(r"[a-z0-9*|' -]+", phrase):
        problems.append("phrase " + repr(phrase))
    if not example or "\t" in example:
        problems.append("example")
    if problems:
        sys.exit(f"{where}: bad row ({'; '.join(problems)}): {r}")


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    do_check = "--check" in argv
    list_patterns = "--list-patterns" in argv
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    src = args[0] if args else os.path.join(root, "..", "shared", "data", "lexicons")
    lex = os.path.join(here, "lexicon")
    out_dir = os.path.join(root, "core", "src", "main", "resources", "org", "sitrep", "events")

    table = read_cameo2plover(os.path.join(src, "plover", "CAMEO2PLOVER-2021.txt"))
    synsets, blocks = read_cameo(os.path.join(src, "en", "CAMEO.2.0.txt"))
    if list_patterns:
        for row in sorted(set(candidate_patterns(blocks, table, synsets))):
            print("\t".join(row))
        return
    exclude = read_exclude(os.path.join(lex, "triggers-en.exclude.txt"))
    curated = read_curated(os.path.join(lex, "triggers-en.curated.tsv"))
    irr_curated = read_irregular_curated(os.path.join(lex, "english-irregular.curated.tsv"))
    selection = read_selection(os.path.join(lex, "patterns-en.select.txt"))
    examples = read_examples(os.path.join(lex, "triggers-en.examples.tsv"))

    derived = derive_verbs(blocks, table)
    pats, missing = derive_patterns(blocks, table, synsets, selection)
    for verb, pat in missing:
        print(f"warning: selected pattern not in CAMEO or not convertible: {verb}\t{pat}",
              file=sys.stderr)
    for k, v in pats.items():
        derived.setdefault(k, []).extend(v)

    irregular = irregular_from_cameo(blocks)
    irregular.update(irr_curated)
    spelled = spelled_forms(blocks)

    rows = {}
    for phrase in sorted(derived):
        if phrase in exclude or phrase in curated:
            continue
        cands = derived[phrase]
        cats = sorted({c[0] for c in cands})
        if len(cats) > 1:
            print(f"warning: '{phrase}' derives to {', '.join(cats)} "
                  f"({', '.join(sorted({c[3] for c in cands}))}): dropped; curate or exclude it",
                  file=sys.stderr)
            continue
        modes = sorted({c[1] for c in cands if c[1] != "-"})
        mode = modes[0] if len(modes) == 1 else "-"
        pos = "P" if all(c[2] == "P" for c in cands) else "V"
        cat = cats[0]
        nverb = min(c[4] for c in cands)
        verb = " ".join(phrase.split()[:nverb])
        flags = "speech" if speech_act(cat, mode, verb) else "-"
        example = examples.pop(phrase, None) or template_example(
            cat, mode, pos, phrase, nverb, irregular, spelled)
        rows[phrase] = [cat, mode, flags, pos, phrase, example]
    for phrase in sorted(examples):
        print(f"warning: example for a phrase that is not derived: {phrase}", file=sys.stderr)
    unused = sorted(e for e in exclude if e not in derived)
    for e in unused:
        print(f"note: excluded phrase is not derived: {e}", file=sys.stderr)
    for k, r in curated.items():
        if k in exclude:
            print(f"warning: '{k}' is both curated and excluded: the curated row is kept",
                  file=sys.stderr)
        rows[k] = r
    for k, r in rows.items():
        validate(r, k)

    order = {c: i for i, c in enumerate(CATEGORIES)}
    final = sorted(rows.values(), key=lambda r: (order[r[0]], r[0], r[4]))

    # the irregular table: every lemma that starts a V row and has forms the rules miss
    needed = sorted({alt for r in final if r[3] == "V" for alt in r[4].split()[0].split("|")})
    irr_rows = []
    for lemma in needed:
        forms = irregular.get(lemma)
        if forms:
            irr_rows.append(f"{lemma}\t{'|'.join(forms)}")

    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "triggers-en.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER)
        for r in final:
            f.write("\t".join(r) + "\n")
    with open(os.path.join(out_dir, "english-irregular.tsv"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write(IRREGULAR_HEADER)
        for line in irr_rows:
            f.write(line + "\n")

    counts = {}
    for r in final:
        counts[r[0]] = counts.get(r[0], 0) + 1
    n_cur = sum(1 for r in final if phrase_key(r[4]) in curated)
    print(f"{len(final)} rows ({n_cur} curated, {len(final) - n_cur} derived), "
          f"{len(irr_rows)} irregular verbs", file=sys.stderr)
    print("  " + " ".join(f"{c}={counts.get(c, 0)}" for c in CATEGORIES), file=sys.stderr)

    if do_check:
        irr_all = {}
        for line in irr_rows:
            lemma, forms = line.split("\t")
            irr_all[lemma] = forms.split("|")
        bad, mixed = check(final, irr_all)
        for r, why in bad:
            print(f"BAD  {r[0]}\t{r[4]}\t{r[5]}\n     {why}", file=sys.stderr)
        for r, why in mixed:
            print(f"MIX  {r[0]}\t{r[4]}\t{r[5]}\n     also {why}", file=sys.stderr)
        print(f"check: {len(bad)} rows fail, {len(mixed)} examples also code another category",
              file=sys.stderr)
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
