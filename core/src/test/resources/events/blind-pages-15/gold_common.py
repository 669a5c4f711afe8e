"""Shared pieces of the blind-pages-15 gold generator.

Builders for events (E), documents (D), places (P), story links (L) and contradictions (C),
the vocabularies the gold may use, entities and places that several stories share, and the
checks that make_gold.py runs before it writes anything. Written for this set only.
"""
import datetime
import gzip
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
CITIES500_CANDIDATES = [
    os.environ.get("BP15_CITIES500", ""),
    os.path.normpath(os.path.join(HERE, "../../../../../../../shared/data/geonames/cities500.txt.gz")),
    "/work/shared/data/geonames/cities500.txt.gz",
]

PLOVER_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
MODALITIES = ["asserted", "denied", "planned", "possible", "alleged", "hypothetical", "historical"]
MODES = ["aerial", "heavy-weapons", "firearms", "explosives", "suicide", "unconventional", "destroy",
         "withdraw", "release", "disarm", "ceasefire", "access", "meet", "military", "abduct",
         "seize", "humiliate", "evacuate", "missiles", "drones"]
SECTORS = ["GOV", "MIL", "REB", "COP", "CVL", "OPP", "PTY", "MED", "IGO", "NGO", "BUS", "REL", "UAF"]
SIZE_KEYS = ["dead", "wounded", "people", "captives", "families", "houses", "vehicles", "car_bombs",
             "missiles", "drones", "strikes", "bombs", "bodies", "graves", "trucks"]
# Speech acts: when their only named claimants are their own actors, the outlet's voice (null)
# is also accepted as claimant (the convention of blind-pages-8 and -9).
SPEECH_TYPES = {"ACCUSE", "REJECT", "REQUEST", "THREATEN", "AGREE", "SUPPORT", "CONCEDE", "CONSULT"}


def _list(x):
    if x is None:
        return []
    if isinstance(x, (list, tuple)):
        return list(x)
    return [x]


def E(eid, types, actor, recipient, place, date, modality, claimants, evidence, **kw):
    """One gold event. Strings are accepted where the format wants a one-element list."""
    ev = {
        "id": "b" + eid,
        "types": _list(types),
        "actor": _list(actor),
        "recipient": _list(recipient),
        "place": _list(place),
        "date": date,
        "modality": _list(modality),
        "claimants": list(claimants) if isinstance(claimants, (list, tuple)) else [claimants],
        "evidence": evidence,
    }
    if "date_also" in kw:
        ev["date_also"] = list(kw.pop("date_also"))
    for key in ("size", "mode", "destination"):
        if key in kw:
            v = kw.pop(key)
            ev[key] = _list(v) if key in ("mode", "destination") else v
    if kw.pop("optional", False):
        ev["optional"] = True
    for key in ("note", "gloss"):
        if key in kw:
            ev[key] = kw.pop(key)
    if kw:
        raise TypeError(f"{eid}: unknown fields {sorted(kw)}")
    return ev


def D(file, outlet, language, title, published, published_note, dateline, body_first, body_last,
      chrome, events):
    return {
        "file": file, "outlet": outlet, "language": language, "title": title,
        "published": published, "published_note": published_note, "dateline": dateline,
        "body_first": body_first, "body_last": body_last, "chrome_not_body": list(chrome),
        "comments_first": None, "comments_last": None, "comment_authors": [],
        "events": list(events),
    }


def P(names, lat, lon, radius_km, geonames_id=None, note=None):
    if geonames_id is not None and note is None:
        note = f"GeoNames cities500 ({geonames_id})"
    return {"names": list(names), "lat": lat, "lon": lon, "radius_km": radius_km,
            "geonames_id": geonames_id, "note": note}


def L(note, *events):
    return {"note": note, "events": ["b" + e for e in events]}


def C(kind, field, note, *events):
    return {"kind": kind, "field": field, "note": note, "events": ["b" + e for e in events]}


def days(first, last):
    """All days from first to last inclusive, as YYYY-MM-DD strings."""
    a = datetime.date.fromisoformat(first)
    b = datetime.date.fromisoformat(last)
    out = []
    while a <= b:
        out.append(a.isoformat())
        a += datetime.timedelta(days=1)
    return out


def N(code, names, member_of=None):
    """One catalogue entity: code (country + sector, or a kind code) and the names it goes by."""
    ent = {"code": code, "names": list(names)}
    if member_of:
        ent["member_of"] = member_of
    return ent


# Entities that more than one story uses (each story module adds its own).
SHARED_ENTITIES = {
    "un": N("IGO", ["United Nations", "the United Nations", "U.N.", "UN", "الأمم المتحدة"]),
    "guterres": N("IGO", ["Antonio Guterres", "UN Secretary-General Antonio Guterres",
                          "U.N. Secretary-General Antonio Guterres", "Guterres",
                          "الأمين العام للأمم المتحدة", "أنطونيو غوتيريش"], "un"),
    "us-gov": N("USA GOV", ["United States", "the United States", "Washington", "U.S.",
                            "الولايات المتحدة", "واشنطن", "الإدارة الأمريكية"]),
    "trump": N("USA GOV", ["Donald Trump", "President Donald Trump", "Trump", "دونالد ترامب",
                           "الرئيس الأمريكي دونالد ترامب", "ترامب"], "us-gov"),
    "israel-gov": N("ISR GOV", ["Israel", "إسرائيل", "Israeli leaders", "كيان الاحتلال",
                                "الكيان الصهيوني", "الكيان", "الاحتلال", "An Israeli official"]),
    "idf": N("ISR MIL", ["Israeli military", "Israel's military", "the Israeli military", "IDF",
                         "the IDF", "Israeli warplanes", "Israeli jets", "the military",
                         "dozens of fighter jets", "الطيران الإسرائيلي", "جيش الاحتلال",
                         "الجيش الإسرائيلي", "Israeli strikes", "الضربات الإسرائيلية"], "israel-gov"),
    "netanyahu": N("ISR GOV", ["Benjamin Netanyahu", "Prime Minister Benjamin Netanyahu", "Netanyahu",
                               "بنيامين نتنياهو", "نتنياهو",
                               "رئيس الوزراء الإسرائيلي بنيامين نتنياهو"], "israel-gov"),
    "katz": N("ISR GOV", ["Israel Katz", "Defence Minister Israel Katz", "Defense Minister Israel Katz",
                          "Katz", "يسرائيل كاتس", "وزير الدفاع الإسرائيلي يسرائيل كاتس", "كاتس"],
              "israel-gov"),
    "iran-gov": N("IRN GOV", ["Iran", "Tehran", "the Islamic Republic", "إيران", "طهران",
                              "الجمهورية الإسلامية"]),
    "irgc": N("IRN MIL", ["Revolutionary Guards", "the Revolutionary Guards", "IRGC",
                          "حرس الثورة الإسلامية", "الحرس الثوري الإيراني", "حرس الثورة",
                          "الحرس الثوري"], "iran-gov"),
    "iraq-gov": N("IRQ GOV", ["Iraq", "Baghdad", "the Iraqi government", "Iraqi government",
                              "Iraqi officials", "العراق", "بغداد", "الحكومة", "السلطات العراقية"]),
    "arab-league": N("IGO", ["Arab League", "the Arab League", "جامعة الدول العربية"]),
    "saudi-gov": N("SAU GOV", ["Saudi Arabia", "السعودية"]),
    "qatar-gov": N("QAT GOV", ["Qatar", "قطر", "الدوحة", "دولة قطر"]),
    "uae": N("ARE GOV", ["United Arab Emirates", "UAE", "الإمارات", "دولة الإمارات"]),
    "jordan-gov": N("JOR GOV", ["Jordan", "الأردن", "Amman"]),
    "unidentified-attackers": N("UAF", ["unidentified attackers", "unknown", "gunmen", "armed men"]),
}

# Places that more than one story uses.
SHARED_PLACES = {
    "washington": P(["Washington", "واشنطن"], 38.89511, -77.03637, 20, 4140963),
    "amman": P(["Amman", "عمان", "عمّان"], 31.95522, 35.94503, 15, 250441),
    "damascus": P(["Damascus", "دمشق", "central Damascus", "Umayyad Square", "ساحة الأمويين بدمشق",
                   "the capital", "the presidential palace", "قصر الشعب", "محيط قصر الشعب"],
                  33.5102, 36.29128, 15, 170654),
}


# ---------------------------------------------------------------- checks

def script_language(text):
    """The scorer's test: Arabic when more than a third of the characters are Arabic script."""
    t = text or ""
    ar = sum(1 for ch in t if "\u0600" <= ch <= "\u06ff")
    return "ar" if ar > len(t) / 3 else "en"


def load_cities500(wanted):
    """geonameid -> (name, lat, lon, country) for the wanted ids."""
    path = next((p for p in CITIES500_CANDIDATES if p and os.path.exists(p)), None)
    if path is None:
        raise SystemExit("cities500.txt.gz not found (set BP15_CITIES500)")
    out = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            gid = int(cols[0])
            if gid in wanted:
                out[gid] = (cols[1], float(cols[4]), float(cols[5]), cols[8])
    return out


def read_page(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def body_span(page, doc):
    s = page.find(doc["body_first"])
    e = page.find(doc["body_last"])
    if s < 0 or e < 0:
        return None
    return s, e + len(doc["body_last"])


def word_count(text):
    return len(re.findall(r"\w+", text))


def is_date(s):
    try:
        datetime.date.fromisoformat(s)
        return len(s) == 10
    except (TypeError, ValueError):
        return False


def run_checks(gold, stories, folder):
    """stories: list of dicts with key, window (first, last) and files. Returns (errors, warnings)."""
    errors, warnings = [], []
    ents, places = gold["entities"], gold["places"]
    story_of_file = {f: s for s in stories for f in s["files"]}
    ev_index = {}   # event id -> (doc, event)
    used_ents, used_places = set(), set()
    ent_story = {}
    # entities and places themselves
    for eid, ent in ents.items():
        parts = ent["code"].split()
        if not parts or not all(re.fullmatch(r"[A-Z]{3}", p) for p in parts):
            errors.append(f"entity {eid}: bad code {ent['code']!r}")
        if len(parts) == 2 and parts[1] not in SECTORS:
            errors.append(f"entity {eid}: unknown sector {parts[1]!r}")
        if ent.get("member_of") and ent["member_of"] not in ents:
            errors.append(f"entity {eid}: member_of {ent['member_of']!r} is not an entity")
        if not ent["names"]:
            errors.append(f"entity {eid}: no names")
    gids = {p["geonames_id"] for p in places.values() if p.get("geonames_id")}
    cities = load_cities500(gids)
    for pid, p in places.items():
        gid = p.get("geonames_id")
        if gid:
            if gid not in cities:
                errors.append(f"place {pid}: geonames id {gid} not in cities500")
            else:
                _, lat, lon, _ = cities[gid]
                if abs(lat - p["lat"]) > 0.01 or abs(lon - p["lon"]) > 0.01:
                    errors.append(f"place {pid}: coordinates {p['lat']},{p['lon']} differ from cities500 {lat},{lon}")
        elif not p.get("note"):
            errors.append(f"place {pid}: approximate place without a note")
        if not (-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180) or p["radius_km"] <= 0:
            errors.append(f"place {pid}: bad coordinates or radius")
    seen_files = set()
    for doc in gold["documents"]:
        f = doc["file"]
        if f in seen_files:
            errors.append(f"{f}: listed twice")
        seen_files.add(f)
        story = story_of_file.get(f)
        if story is None:
            errors.append(f"{f}: belongs to no story")
            continue
        path = os.path.join(folder, f)
        if not os.path.exists(path):
            errors.append(f"{f}: page missing")
            continue
        page = read_page(path)
        for key in ("title", "dateline", "body_first", "body_last"):
            if doc.get(key) and page.count(doc[key]) < 1:
                errors.append(f"{f}: {key} not in the page: {doc[key][:60]!r}")
        span = body_span(page, doc)
        if span is None or span[0] >= span[1]:
            errors.append(f"{f}: body edges not found")
            continue
        body = page[span[0]:span[1]]
        for line in doc["chrome_not_body"]:
            i = page.find(line)
            if i < 0:
                errors.append(f"{f}: chrome line not in the page: {line!r}")
            elif span[0] <= i < span[1] or line in body:
                errors.append(f"{f}: chrome line inside the body: {line!r}")
        if script_language(doc["body_first"]) != doc["language"]:
            errors.append(f"{f}: language {doc['language']} disagrees with the scorer's script test")
        n = word_count(body)
        if not 300 <= n <= 700:
            warnings.append(f"{f}: body has {n} words (outside 300-700)")
        pub = doc["published"]
        if not pub or not is_date(pub[:10]):
            errors.append(f"{f}: bad publication date {pub!r}")
            continue
        pubday = pub[:10]
        w0, w1 = story["window"]
        if not w0 <= pubday <= w1:
            errors.append(f"{f}: publication {pubday} outside the story window {w0}..{w1}")
        evidences = {}
        for ev in doc["events"]:
            eid = ev["id"]
            if eid in ev_index:
                errors.append(f"{eid}: duplicate id")
            ev_index[eid] = (doc, ev, story)
            if not eid.startswith("b" + f[:4] + "-"):
                errors.append(f"{eid}: id does not name its page {f[:4]}")
            if ev["evidence"] not in body:
                errors.append(f"{eid}: evidence not verbatim in the body: {ev['evidence'][:70]!r}")
            if ev["evidence"] in evidences:
                warnings.append(f"{eid}: same evidence as {evidences[ev['evidence']]}")
            evidences[ev["evidence"]] = eid
            if not ev["types"] or any(t not in PLOVER_TYPES for t in ev["types"]):
                errors.append(f"{eid}: types {ev['types']} not PLOVER")
            if not ev["modality"] or any(m not in MODALITIES for m in ev["modality"]):
                errors.append(f"{eid}: modality {ev['modality']} not a CODING value")
            for m in ev.get("mode", []):
                if m not in MODES:
                    errors.append(f"{eid}: mode {m!r} not in the set's list")
            for k, v in ev.get("size", {}).items():
                if k not in SIZE_KEYS:
                    errors.append(f"{eid}: size key {k!r} not in the set's list")
                val = v["value"] if isinstance(v, dict) else v
                if not isinstance(val, int) or val <= 0:
                    errors.append(f"{eid}: size {k} not a positive integer")
            if not ev["actor"]:
                errors.append(f"{eid}: empty actor list")
            for role in ("actor", "recipient", "claimants"):
                for a in ev[role]:
                    if a is None:
                        if role != "claimants":
                            errors.append(f"{eid}: null {role}")
                        continue
                    if a in ents:
                        used_ents.add(a)
                        ent_story.setdefault(a, set()).add(story["key"])
                    elif a not in page[span[0]:span[1]]:
                        errors.append(f"{eid}: literal {role} {a!r} not in the body (or an unknown id)")
            for role in ("place", "destination"):
                for p in ev.get(role, []):
                    if p not in places:
                        errors.append(f"{eid}: unknown {role} {p!r}")
                    used_places.add(p)
            dates = [ev["date"]] + list(ev.get("date_also", []))
            hist = "historical" in ev["modality"]
            asserted_only = not (set(ev["modality"]) & {"planned", "possible", "hypothetical"})
            for d in dates:
                if d is None:
                    continue
                if not is_date(d):
                    errors.append(f"{eid}: bad date {d!r}")
                    continue
                if d > w1 or (d < w0 and not hist):
                    errors.append(f"{eid}: date {d} outside the story window {w0}..{w1}")
                if asserted_only and d > pubday:
                    errors.append(f"{eid}: asserted event dated {d}, after the page's publication {pubday}")
            if ev["date"] is None and "date_also" not in ev:
                warnings.append(f"{eid}: undated event without date_also")
            if doc["language"] == "ar" and not ev.get("gloss"):
                warnings.append(f"{eid}: Arabic event without a gloss")
    # entities shared by stories keep one code: a single catalogue guarantees it, but say which
    # entities are shared so the README can list them
    shared = sorted(e for e, s in ent_story.items() if len(s) > 1)
    for kind, rows in (("link", gold["story_links"]), ("contradiction", gold["contradictions"])):
        seen = set()
        for row in rows:
            rid = row["id"]
            if rid in seen:
                errors.append(f"{rid}: duplicate id")
            seen.add(rid)
            if len(row["events"]) < 2:
                errors.append(f"{rid}: fewer than two events")
            missing = [e for e in row["events"] if e not in ev_index]
            if missing:
                errors.append(f"{rid}: unknown events {missing}")
                continue
            files = {ev_index[e][0]["file"] for e in row["events"]}
            storykeys = {ev_index[e][2]["key"] for e in row["events"]}
            if len(files) < 2:
                errors.append(f"{rid}: {kind} within one page")
            if len(storykeys) != 1:
                errors.append(f"{rid}: {kind} joins events of different stories")
            if any(ev_index[e][1].get("optional") for e in row["events"]):
                warnings.append(f"{rid}: {kind} rests on an optional event")
            if kind == "contradiction" and row["kind"] not in ("negation", "value", "status"):
                errors.append(f"{rid}: bad kind {row['kind']!r}")
    for e in ents:
        if e not in used_ents:
            warnings.append(f"entity {e} is not used")
    for p in places:
        if p not in used_places:
            warnings.append(f"place {p} is not used")
    return errors, warnings, shared
