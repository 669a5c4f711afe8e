#!/usr/bin/env python3
"""Derive Sitrep's named-actor catalogue beyond the hand-curated actors.tsv: officials and world
leaders, IGOs, NGOs, armed groups, from the event-data dictionaries in ../shared.

usage: python3 tools/make_actors.py [LEXICONS_DIR] [--stats]

LEXICONS_DIR defaults to ../shared/data/lexicons relative to the repository root. Reads
  en/Phoenix.Countries.actors.txt      officials by country, with dated roles
  en/Phoenix.International.actors.txt  IGOs, NGOs and their officials
  en/Phoenix.MilNonState.actors.txt    armed non-state groups
    (TABARI format; PETRARCH-2 / Phoenix dictionaries, MIT, (c) 2014 Open Event Data Alliance)
  ar/actor_dict_ar_v4.txt              Arabic named actors (UniversalPetrarch, MIT,
                                       (c) Open Event Data Alliance)
  ../geonames/cities500.txt.gz         place names (a name that is a town is no actor name)
and the curated inputs in tools/lexicon/:
  actors.curated.tsv   hand-written rows in the output format (IGOs, NGOs and armed groups of
                       the region with their Arabic names); a curated row wins over a derived row
                       of the same id, and its names are taken from every derived row
  actors.allow.txt     one-word names and short acronyms that may be names ("HAMAS", "NATO");
                       every other name needs two words
  actors.deny.txt      derived ids or names left out, one a line with the reason
and writes core/src/main/resources/org/sitrep/knowledge/actors-derived.tsv in the column format
of actors.tsv. Rows and names that actors.tsv already has (same id or same name) are left out:
the hand catalogue wins.

Rules (precision before size):
- A TABARI entry is a name line, "+" synonym lines and role codes "[CODE dates]". A role is
  taken when it is valid on or after 2011 (open, undated or ending 2011 or later); of several,
  the latest. A person whose dated roles all ended before 2011 is left out.
- Codes: ISO alpha-3 country + sector (EGYGOV: Egypt, GOV); IGO.../NGO... are igo/ngo; IMG and
  REB are armed groups; MNC (companies) and bare country codes are left out.
- Persons (entries with dated roles and no organization word) need two name words besides
  titles ("PRESIDENT_MORSI" is left out, "MOHAMED_MORSI" kept) and a sector of state or
  armed power (GOV, MIL, COP, REB, OPP, LEG, JUD, SPY, IGO officials).
- A name is left out when it is one word (unless allow-listed), a town of GeoNames, or
  shorter than four letters (unless allow-listed).
- Arabic: the dictionary is lemmatized and partly machine-made; nothing becomes an actor of its
  own. A person's Arabic name is added to the English entry of the same country whose
  consonants agree (عبد الفتاح السيسي = Abdel Fattah el-Sisi), when exactly one does.
Deterministic: a second run writes identical bytes.
"""
import gzip
import os
import re
import sys
import unicodedata

from lexicon_common import read_tsv

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KNOWLEDGE = os.path.join(ROOT, "core", "src", "main", "resources", "org", "sitrep", "knowledge")
CURATED = os.path.join(HERE, "lexicon", "actors.curated.tsv")
ALLOW = os.path.join(HERE, "lexicon", "actors.allow.txt")
DENY = os.path.join(HERE, "lexicon", "actors.deny.txt")
OUT = os.path.join(KNOWLEDGE, "actors-derived.tsv")

PERSON_SECTORS = {"GOV", "MIL", "COP", "REB", "OPP", "LEG", "JUD", "SPY", "IGO"}
ORG_WORDS = {"ARMY", "PARTY", "FRONT", "BRIGADE", "BRIGADES", "BATTALION", "BATTALIONS",
             "COUNCIL", "ORGANIZATION", "ORGANISATION", "UNION", "LEAGUE", "COMMITTEE",
             "COMMISSION", "AGENCY", "FORCE", "FORCES", "MOVEMENT", "GROUP", "ASSOCIATION",
             "FUND", "BANK", "INSTITUTE", "CENTER", "CENTRE", "PROGRAM", "PROGRAMME", "OFFICE",
             "MISSION", "COURT", "TRIBUNAL", "SOCIETY", "FOUNDATION", "NATIONS", "FEDERATION",
             "ALLIANCE", "COALITION", "CONGRESS", "ASSEMBLY", "PARLIAMENT", "MINISTRY",
             "DEPARTMENT", "GUARD", "GUARDS", "POLICE", "WATCH", "INTERNATIONAL", "CROSS",
             "CRESCENT", "JIHAD", "ORGANIZATIONS", "NETWORK", "SECRETARIAT", "UNIT", "UNITS",
             "BUREAU", "AUTHORITY", "COMMUNITY", "CORPS", "TRUST", "PROJECT", "INITIATIVE",
             "CAMPAIGN", "CONFERENCE", "ACADEMY", "UNIVERSITY", "SCHOOL", "CLUB", "SERVICE",
             "SERVICES", "WORLD", "PEOPLES", "PEOPLE'S", "REPUBLICAN", "LIBERATION",
             "REVOLUTIONARY", "ISLAMIC", "NATIONAL", "UNITED", "BOARD", "PANEL", "RELIEF",
             "AID", "HUMAN", "RIGHTS", "FRIENDS", "PARTNERSHIP", "INTERPOL", "MUJAHIDEEN",
             "MUJAHIDIN", "ISLAM", "EMIRATE", "STATE", "CELLS", "CELL", "NUCLEUS", "FIGHTERS",
             "PARTISANS", "MILITIA", "MILITIAS", "COMMANDOS", "TIGERS", "HAMAS", "QAEDA",
             "TALIBAN", "HEZBOLLAH", "HIZBALLAH", "SHABAAB", "FATAH"}
TITLES = {"PRESIDENT", "PRIME", "MINISTER", "FOREIGN", "DEFENSE", "DEFENCE", "INTERIOR",
          "KING", "QUEEN", "PRINCE", "PRINCESS", "EMIR", "AMIR", "SHEIKH", "SHAIKH", "SHEIK",
          "CROWN", "GENERAL", "GEN.", "GEN", "LT.", "COL.", "COLONEL", "MAJOR", "CAPTAIN",
          "ADMIRAL", "MARSHAL", "FIELD", "LIEUTENANT", "COMMANDER", "CHIEF", "SECRETARY",
          "SECRETARY-GENERAL", "DEPUTY", "VICE", "SPEAKER", "AMBASSADOR", "SENATOR", "GOVERNOR",
          "MAYOR", "JUDGE", "JUSTICE", "AYATOLLAH", "GRAND", "CHANCELLOR", "SULTAN", "MR.",
          "MRS.", "MS.", "DR.", "DR", "MR", "MRS", "SIR", "LORD", "LADY", "REP.", "SEN.",
          "ENVOY", "SPECIAL", "REPRESENTATIVE", "SPOKESMAN", "SPOKESWOMAN", "LEADER", "HEAD",
          "FORMER", "ACTING", "INTERIM", "US", "U.S.", "UN", "U.N.", "THE", "OF", "AND",
          "STATE", "FINANCE", "MINISTERS", "OPPOSITION", "PREMIER", "DICTATOR", "STRONGMAN",
          "CLERIC", "REBEL", "WARLORD", "MILITANT", "TERRORIST", "SUPREME", "HIGH",
          "COMMISSIONER", "AMBASSADOR-AT-LARGE", "MINISTRY", "FIRST", "LADY"}
LOWER_WORDS = {"of", "the", "for", "and", "al", "el", "bin", "ibn", "bint", "de", "la", "du",
               "von", "van", "der", "in", "on", "to", "an", "des", "le", "da", "do", "dos", "y"}
# Arabic title and common words: an Arabic entry holding one is a role or a thing, not a name
AR_COMMON = {"رئيس", "وزير", "أمين", "امين", "عام", "ملك", "أمير", "امير", "جنرال", "عاهل",
             "سكرتير", "مدعي", "نائب", "سفير", "قائد", "زعيم", "مبعوث", "متحدث", "ناطق", "مسؤول",
             "رئاسة", "ديوان", "وزارة", "حكومة", "جيش", "قوة", "قوات", "شرطة", "حزب", "حركة",
             "جبهة", "منظمة", "مجلس", "اتحاد", "جامعة", "هيئة", "لجنة", "وكالة", "جماعة", "تنظيم",
             "دولة", "ولاية", "مدينة", "محافظة", "منطقة", "شركة", "بنك", "صندوق", "مكتب", "مركز",
             "جريدة", "صحيفة", "قناة", "إذاعة", "تلفزيون", "ل", "و", "في", "من", "على", "أمن",
             "مجموعة", "كتائب", "لواء", "مقاتل", "مسلح", "ميليشيا", "ضابط", "عقيد", "لواء",
             "عميد", "رائد", "نقيب", "شيخ", "إمام", "مفتي", "شعب", "نظام", "ماء", "حرس"}
_AR_MARKS = re.compile("[\u064B-\u065F\u0670\u0640]")


def fail(msg):
    sys.stderr.write("make_actors.py: " + msg + "\n")
    sys.exit(1)


# ------------------------------------------------------------------ TABARI parsing
ROLE = re.compile(r"\[([A-Z~-]+)\s*([^\]]*)\]")


def parse_date(s, end):
    s = s.strip()
    if not s.isdigit():
        return None
    if len(s) == 8:
        return int(s)
    if len(s) == 6:
        yy = int(s[:2])
        return (2000 + yy if yy <= 25 else 1900 + yy) * 10000 + int(s[2:])
    return None


def parse_role(code, dates):
    """(code, start, end): dates as yyyymmdd, None when open; 'bad' for unreadable dates."""
    d = dates.split("#")[0].strip().replace(" ", "")
    if not d:
        return (code, None, None, False)
    if d.startswith(">"):
        return (code, parse_date(d[1:], False), None, True)
    if d.startswith("<"):
        return (code, None, parse_date(d[1:], True), True)
    if "-" in d:
        a, b = d.split("-", 1)
        sa, sb = parse_date(a, False), parse_date(b, True)
        if sa is None or sb is None:
            return None
        return (code, sa, sb, True)
    return None


def read_tabari(path):
    """Entries: dicts with names (first is the canonical), roles (code, start, end, dated)."""
    entries = []
    cur = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.rstrip("\n")
            body = line.split("#", 1)[0] if not line.startswith("#") else ""
            if not body.strip():
                continue
            roles = [parse_role(c, d) for c, d in ROLE.findall(body)]
            text = ROLE.sub("", body).strip()
            if line[0] not in " \t+":
                cur = {"names": [text] if text else [], "roles": [], "file": os.path.basename(path)}
                entries.append(cur)
            elif line[0] == "+" and cur is not None:
                if text[1:].strip():
                    cur["names"].append(text[1:].strip())
            if cur is not None:
                cur["roles"].extend(r for r in roles if r is not None)
    return [e for e in entries if e["names"]]


def choose_role(roles):
    """The role valid on or after 2011 (the latest of several), or None."""
    dated = [r for r in roles if r[3]]
    undated = [r for r in roles if not r[3]]
    valid = [r for r in dated if r[2] is None or r[2] >= 20110101]
    if valid:
        return max(valid, key=lambda r: (r[1] or 0, r[2] or 99999999, r[0]))
    if dated:
        return None  # every dated role ended before 2011: a historical figure
    return undated[0] if undated else None


SECTOR_CODES = {"GOV", "MIL", "COP", "REB", "OPP", "LEG", "JUD", "SPY", "PTY", "MED", "BUS",
                "CVL", "DEV", "HLH", "HRI", "REF", "ENV", "EDU", "AGR", "LAB", "REL", "CRM", "ELI",
                "UAF", "IGO", "NGO", "MNC", "IMG", "UNO", "INT", "KID", "CHR", "MUS", "JEW",
                "BUD", "HIN", "SEC", "MOD", "RAD", "ITL"}
REGIONS = {"MEA", "AFR", "SAS", "SEA", "EAF", "WAF", "SAF", "NAF", "CAF", "WEU", "EEU", "EUR",
           "LAM", "CAM", "SAM", "NAM", "ASA", "CAS", "NMR", "WST", "KAS", "KKL", "CRB", "BLK",
           "BAL", "PGS", "SCN", "MDT", "AME", "CAU", "OCE", "ATL", "IND", "PAC"}


def specific(code, iso):
    """An organisation's own code ("IGOMEAARL", "NGOHLHMSF"), or None for a sector code that many
    organisations share ("IGOUNODEV", "NGOHRI")."""
    if len(code) < 9 or len(code) % 3:
        return None
    last = code[-3:]
    if last in SECTOR_CODES or last in REGIONS or last in iso:
        return None
    return code


# ------------------------------------------------------------------ names
def words(name):
    name = re.sub(r"\([^)]*\)", " ", name)
    return [w for w in re.split(r"[_\s]+", name.strip()) if w]


def acronyms_in(name):
    return re.findall(r"\(([A-Z][A-Z0-9/-]{1,7})\)", name)


def title_word(w, first, allow):
    if w in allow:
        return w
    parts = w.split("-")
    out = []
    for i, p in enumerate(parts):
        lp = p.lower()
        if lp in LOWER_WORDS and not (first and i == 0):
            out.append(lp)
        elif "'" in p:
            out.append("'".join(x.capitalize() if x else x for x in p.lower().split("'"))
                       .replace("'S", "'s").replace("'s", "'s"))
        else:
            out.append(p.capitalize())
    return "-".join(out)


def display(name, allow):
    ws = words(name)
    return " ".join(title_word(w, i == 0, allow) for i, w in enumerate(ws))


def slug(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def letters(s):
    return sum(1 for c in s if c.isalpha())


# ------------------------------------------------------------------ Arabic
AR2LAT = {"ب": "b", "ت": "t", "ث": "t", "ج": "j", "خ": "k", "د": "d", "ذ": "d", "ر": "r",
          "ز": "z", "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "g",
          "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n"}


def skeleton_ar(name):
    out = []
    for c in _AR_MARKS.sub("", name):
        out.append(AR2LAT.get(c, ""))
    return dedupe("".join(out))


def skeleton_en(name):
    s = name.lower()
    s = re.sub(r"\b(a[snrtdz]h?|e[snrtdz]h?)-", "al-", s)  # ash-Sharaa: the article as al-
    for a, b in (("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "s"), ("th", "t"), ("dh", "d"),
                 ("ph", "f"), ("q", "k"), ("c", "k"), ("x", "ks")):
        s = s.replace(a, b)
    return dedupe("".join(c for c in s if c in "bdfgjklmnprstvz"))


def dedupe(s):
    return re.sub(r"(.)\1+", r"\1", s)


def read_arabic(path):
    """(name, code) of the Arabic dictionary's multiword entries, in file order."""
    out = []
    cur = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            codes = [c for c, _ in ROLE.findall(line)]
            text = ROLE.sub("", line).strip()
            if text and not line[0].isspace() or (text and line.startswith(" ") and not codes
                                                   and not line.strip().startswith("[")):
                cur = text.strip("_ ").replace("_", " ")
            if cur is not None:
                for c in codes:
                    out.append((cur, c))
    return out


# ------------------------------------------------------------------ inputs
def read_list(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                out.append(line.split("\t")[0].strip())
    return out


def read_rows(path):
    rows = []
    for n, r in read_tsv(path):
        if len(r) != 8:
            fail("%s:%d: needs 8 columns, has %d" % (path, n, len(r)))
        rows.append(r)
    return rows


def place_names(geonames_dir):
    path = os.path.join(geonames_dir, "cities500.txt.gz")
    names = set()
    if not os.path.exists(path):
        fail("missing " + path)
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            c = line.split("\t")
            names.add(c[1].lower())
            names.add(c[2].lower())
    return names


def iso3_to_2():
    """ISO alpha-3 -> alpha-2 from the gazetteer's country table and the demonym table."""
    # the product's country places carry alpha-2 codes; alpha-3 comes from the Phoenix file's
    # country blocks ("EGYPT_ [EGY]"), matched to alpha-2 by the table below
    out = {}
    path = os.path.join(HERE, "lexicon", "iso3166.tsv")
    for r in read_rows_n(path, 2):
        out[r[1]] = r[0]
    return out


def read_rows_n(path, n):
    rows = []
    for line_no, r in read_tsv(path):
        if len(r) < n:
            fail("%s:%d: short row %r" % (path, line_no, r))
        rows.append(r)
    return rows


# ------------------------------------------------------------------ main
def main(argv):
    stats = "--stats" in argv
    args = [a for a in argv if not a.startswith("--")]
    lex = args[0] if args else os.path.join(ROOT, "..", "shared", "data", "lexicons")
    geonames = os.path.join(os.path.dirname(os.path.abspath(lex)), "geonames")
    allow = set(read_list(ALLOW))
    deny = set(read_list(DENY))
    towns = place_names(geonames)
    iso = iso3_to_2()
    curated_catalogue = read_rows(os.path.join(KNOWLEDGE, "actors.tsv"))
    taken_ids = {r[0] for r in curated_catalogue}
    taken_names = set()
    for r in curated_catalogue:
        taken_names.add(r[1].strip().lower())
        taken_names.update(n.strip().lower() for n in r[7].split("|") if n.strip())

    def usable(name, person):
        ws = words(name)
        if not ws or name in deny:
            return None
        if any(w.isdigit() for w in ws):
            return None
        shown = display(name, allow)
        if shown in deny or shown.lower() in deny:
            return None
        if len(ws) == 1:
            w = ws[0].rstrip(".")
            return shown if w in allow or ws[0] in allow else None
        if shown in allow:
            return shown
        core = [w for w in ws if w.upper() not in TITLES and w.lower() not in LOWER_WORDS
                and not re.match(r"(?i)^(al|el|as|ad|ash|at|az|an|ar)-", w)]
        if person:
            if len(core) < 2 or any(len(w.rstrip(".")) < 2 for w in core[:1]):
                return None
            if ws[0].upper() == "ABU" and len(ws) == 2:
                return None  # a kunya ("Abu Musab") names many men
        elif not any(w.upper().strip(".") in ORG_WORDS for w in ws) and len(ws) < 3:
            return None  # two words that name no organization: "Black Friday", "Abu Abdullah"
        if letters(shown) < 4:
            return None
        if shown.lower() in towns:
            return None
        return shown

    entries = []
    for fn in ("Phoenix.MilNonState.actors.txt", "Phoenix.International.actors.txt",
               "Phoenix.Countries.actors.txt"):
        path = os.path.join(lex, "en", fn)
        if not os.path.exists(path):
            fail("missing " + path)
        entries.extend(read_tabari(path))

    rows = {}  # id -> [id, name, kind, code, sector, country, member_of, names(list)]
    by_code = {}  # organisation code -> ids (for members' member_of)
    by_specific = {}  # an organisation's own code (IGOMEAARL: the Arab League) -> its id
    persons = []
    dropped = {"no-role": 0, "company": 0, "country": 0, "sector": 0, "names": 0}
    for e in entries:
        role = choose_role(e["roles"])
        if role is None:
            dropped["no-role"] += 1
            continue
        code = role[0].lstrip("~")
        if code.startswith("MNC") or code in ("---",):
            dropped["company"] += 1
            continue
        first = e["names"][0]
        is_org = (any(w.upper().strip(".") in ORG_WORDS for w in words(first))
                  or first.strip("_ ") in allow or e["file"] == "Phoenix.MilNonState.actors.txt")
        if e["file"] == "Phoenix.Countries.actors.txt" and len(code) == 3 and code in iso:
            dropped["country"] += 1  # a country's own block: states come from the JDK's names
            continue
        if code.startswith("IGO"):
            kind, acode, sector, cc = "igo", "IGO", "IGO", ""
        elif code.startswith("NGO"):
            kind, acode, sector, cc = "ngo", "NGO", "NGO", ""
            if code[3:6] in iso:
                cc = iso[code[3:6]]
        elif code.startswith("IMG"):
            kind, acode, sector, cc = "group", "REB", "REB", ""
        elif code[:3] in iso and len(code) >= 6:
            cc = iso[code[:3]]
            sector = code[3:6]
            acode = code[:3]
            kind = {"GOV": "government", "MIL": "military", "COP": "police", "REB": "group",
                    "OPP": "group", "MED": "outlet", "PTY": "group", "SPY": "government",
                    "JUD": "government", "LEG": "government"}.get(sector, "")
            if sector in ("REB",):
                acode = "REB"
            if not kind:
                dropped["sector"] += 1
                continue
        elif code[:3] in ("MEA", "AFR", "SAS", "SEA", "EAF", "WAF", "INT", "WEU", "KAS", "EUR",
                          "LAM", "ASA", "KKL") and code.endswith("REB"):
            kind, acode, sector, cc = "group", "REB", "REB", ""
        else:
            dropped["sector"] += 1
            continue
        if code[:3] == "MED" or sector == "MED":
            kind, sector = "outlet", "MED"
            if not acode or acode in ("IGO", "NGO"):
                acode = "MED"
        person = not is_org
        if person:
            if sector not in PERSON_SECTORS and kind not in ("igo",):
                dropped["sector"] += 1
                continue
            kind = "official"
        names = []
        for n in e["names"]:
            shown = usable(n, person)
            if shown and shown.lower() not in taken_names and shown not in names:
                names.append(shown)
            for a in acronyms_in(n):
                if a in allow and a.lower() not in taken_names and a not in names:
                    names.append(a)
        if not names:
            dropped["names"] += 1
            continue
        canonical = names[0]
        group = specific(code, iso) if not person else None
        if group and group in by_specific:
            old = rows[by_specific[group]]
            old[7].extend(n for n in names if n not in old[7])
            continue
        rid = slug(canonical)
        if rid in deny:
            continue
        if rid in taken_ids:
            continue
        if rid in rows:
            old = rows[rid]
            if old[2] == kind and old[3] == acode:
                for n in names:
                    if n not in old[7]:
                        old[7].append(n)
                continue
            rid = rid + "-" + (cc.lower() or acode.lower())
            if rid in rows or rid in taken_ids:
                continue
        row = [rid, canonical, kind, acode, sector, cc, "", names]
        rows[rid] = row
        if group:
            by_specific[group] = rid
        if person:
            persons.append((row, code))
        else:
            by_code.setdefault(code, []).append(rid)

    # officials of an IGO or NGO belong to it when one organisation holds that code
    for row, code in persons:
        owners = by_code.get(code, [])
        if len(owners) == 1 and row[2] == "official" and row[3] in ("IGO", "NGO"):
            row[6] = owners[0]

    # Arabic names for derived persons: same country, same consonants, exactly one candidate
    ar_path = os.path.join(lex, "ar", "actor_dict_ar_v4.txt")
    if not os.path.exists(ar_path):
        fail("missing " + ar_path)
    by_key = {}
    for row, code in persons:
        for n in row[7]:
            core = " ".join(w for w in n.split() if w.upper() not in TITLES)
            by_key.setdefault((row[5], skeleton_en(core)), set()).add(row[0])
    ar_added = 0
    seen_ar = set()
    for name, code in read_arabic(ar_path):
        ws = name.split()
        if len(ws) < 2 or any(w.strip("_") in AR_COMMON for w in ws) or name in seen_ar:
            continue
        cc = iso.get(code[:3], "") if len(code) >= 6 else None
        if cc is None or not cc or name in deny:
            continue
        key = skeleton_ar(name)
        if len(key) < 5:
            continue
        ids = by_key.get((cc, key), set())
        if len(ids) != 1:
            continue
        rid = next(iter(ids))
        if name.strip() in taken_names:
            continue
        seen_ar.add(name)
        if name not in rows[rid][7]:
            rows[rid][7].append(name)
            ar_added += 1

    # curated rows win over derived rows of the same id, and gather their names
    curated = read_rows(CURATED)
    out = {}
    for r in curated:
        rid = r[0].strip()
        if rid in taken_ids:
            fail("actors.curated.tsv: %s is already in actors.tsv" % rid)
        names = []
        for n in [r[1]] + r[7].split("|"):
            if n.strip() and n.strip() not in names:
                names.append(n.strip())
        extra = rows.pop(rid, None)
        if extra:
            names += [n for n in extra[7] if n not in names]
        out[rid] = [rid, r[1].strip(), r[2].strip(), r[3].strip(), r[4].strip(), r[5].strip(),
                    r[6].strip(), names]
    curated_names = {n.lower() for row in out.values() for n in row[7]}
    for rid, row in rows.items():
        row[7] = [n for n in row[7] if n.lower() not in curated_names]
        if row[7]:
            row[1] = row[7][0]
            out[rid] = row

    # one name, one actor: a name two derived rows share names neither
    owner = {}
    for rid in sorted(out):
        for n in out[rid][7]:
            owner.setdefault(n.lower(), set()).add(rid)
    final = []
    for rid in sorted(out):
        row = out[rid]
        keep = [n for n in row[7] if len(owner[n.lower()]) == 1 or rid in {r[0] for r in curated}]
        if not keep:
            continue
        row[7] = keep
        if row[1] not in keep:
            row[1] = keep[0]
        final.append(row)

    kinds = {}
    for r in final:
        kinds[r[2]] = kinds.get(r[2], 0) + 1
    if stats:
        sys.stderr.write("dropped %s\nkinds %s\narabic names %d\n" % (dropped, kinds, ar_added))
    header = [
        "# Sitrep derived actor catalogue: officials and world leaders, IGOs, NGOs and armed groups",
        "# beyond the hand-curated actors.tsv (which wins: its ids and names are left out here).",
        "# Generated by tools/make_actors.py; do not edit by hand (edit tools/lexicon/actors.*).",
        "# Sources and licences:",
        "#   Phoenix actor dictionaries (openeventdata/petrarch2: Phoenix.Countries.actors.txt,",
        "#     Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt), MIT License,",
        "#     Copyright (c) 2014 Open Event Data Alliance; roles valid on or after 2011, names",
        "#     filtered (two words or an allow-listed acronym, no GeoNames town);",
        "#   UniversalPetrarch Arabic actor dictionary (openeventdata/UniversalPetrarch, branch",
        "#     arabic, actor_dict_ar_v4.txt), MIT License, Copyright (c) Open Event Data Alliance;",
        "#     Arabic names of persons matched to the entries above by their consonants;",
        "#   GeoNames cities500 (CC BY 4.0), to leave out names that are towns;",
        "#   curated rows by the Sitrep project (tools/lexicon/actors.curated.tsv), Apache-2.0.",
        "# Columns: id, canonical name, kind, code, sector, country, member_of, names (| separated)",
        "# Rows: %d (%s)." % (len(final), ", ".join("%s %d" % (k, kinds[k]) for k in sorted(kinds))),
    ]
    body = "\n".join(header) + "\n" + "".join(
        "\t".join(r[:7] + ["|".join(r[7])]) + "\n" for r in final)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(body)
    print("wrote %s: %d rows" % (os.path.relpath(OUT, ROOT), len(final)))


if __name__ == "__main__":
    main(sys.argv[1:])
