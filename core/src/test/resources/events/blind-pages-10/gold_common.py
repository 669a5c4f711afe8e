"""Shared helpers, vocabularies and checks for the blind-pages-10 gold (see README.md).

Each story module (gold_<story>.py) defines STORY (key, title, window, background ranges),
ENTITIES, PLACES, DOCS (documents with their events), LINKS and CONTRADICTIONS, built with the
helpers below. make_gold.py merges the modules, runs every check and writes the gold file.
"""
import gzip
import math
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
CITIES500 = os.path.normpath(os.path.join(HERE, "../../../../../../../shared/data/geonames/cities500.txt.gz"))
if not os.path.exists(CITIES500):
    CITIES500 = "/work/shared/data/geonames/cities500.txt.gz"

PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
MODALITIES = ["asserted", "denied", "planned", "possible", "alleged", "hypothetical", "historical"]
SIZE_KEYS = {"dead", "wounded", "people", "captives", "missiles", "rockets", "drones", "strikes",
             "sorties", "targets", "vehicles", "households"}
CONTRA_KINDS = {"negation", "value", "status"}


def L(x):
    """'a|b|null' -> ['a', 'b', None]; lists pass through; '' or None -> []."""
    if x is None or x == "":
        return []
    if isinstance(x, (list, tuple)):
        return [None if t == "null" else t for t in x]
    return [None if t.strip() == "null" else t.strip() for t in x.split("|")]


def ev(eid, types, actor, recipient, place, date, modality, claimants, evidence, **kw):
    """One gold event in the field order of the blind-pages-9 gold."""
    e = {
        "id": eid,
        "types": L(types),
        "actor": L(actor),
        "recipient": L(recipient),
        "place": L(place),
        "date": date,
        "modality": L(modality),
        "claimants": L(claimants),
        "evidence": evidence,
    }
    if "date_also" in kw:
        e["date_also"] = L(kw.pop("date_also"))
    for k in ("size", "mode", "destination"):
        if k in kw:
            v = kw.pop(k)
            e[k] = L(v) if k in ("mode", "destination") else v
    if kw.pop("optional", False):
        e["optional"] = True
    for k in ("note", "gloss"):
        if k in kw:
            e[k] = kw.pop(k)
    if kw:
        raise ValueError(f"{eid}: unknown fields {sorted(kw)}")
    return e


def doc(file, outlet, language, title, published, published_note, dateline, body_first, body_last,
        chrome_not_body, events):
    return {
        "file": file, "outlet": outlet, "language": language, "title": title,
        "published": published, "published_note": published_note, "dateline": dateline,
        "body_first": body_first, "body_last": body_last, "chrome_not_body": chrome_not_body,
        "comments_first": None, "comments_last": None, "comment_authors": [], "events": events,
    }


def ent(code, names, member_of=None):
    e = {"code": code, "names": names}
    if member_of:
        e["member_of"] = member_of
    return e


def place(names, lat, lon, radius_km, geonames_id=None, note=None):
    if note is None:
        note = f"GeoNames cities500 ({geonames_id})" if geonames_id else "approximate"
    return {"names": names, "lat": lat, "lon": lon, "radius_km": radius_km,
            "geonames_id": geonames_id, "note": note}


# ---------------------------------------------------------------- checks

def scorer_lang(text):
    """The scorer's script test (score_events.py, --lang)."""
    t = text or ""
    ar = sum(1 for ch in t if "\u0600" <= ch <= "\u06ff")
    return "ar" if ar > len(t) / 3 else "en"


def km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(min(1.0, a)))


def load_cities500(ids):
    out = {}
    want = {str(i) for i in ids}
    with gzip.open(CITIES500, "rt", encoding="utf-8") as f:
        for line in f:
            c = line.split("\t", 6)
            if c[0] in want:
                out[c[0]] = (c[1], float(c[4]), float(c[5]))
    return out


def page_text(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def body_span(text, d):
    s = text.find(d["body_first"])
    e = text.find(d["body_last"])
    if s < 0 or e < 0:
        return None
    return s, e + len(d["body_last"])


def in_window(date, story):
    if date is None:
        return True
    lo, hi = story["window"]
    if lo <= date <= hi:
        return True
    return any(a <= date <= b for a, b in story.get("background", []))


def lang_tag(langs):
    if langs == {"en"}:
        return "English"
    if langs == {"ar"}:
        return "Arabic"
    return "across"


def check_story(mod, entities, places, errors, warnings, used_ents, used_places, cities):
    story = mod.STORY
    ev_doc = {}
    for d in mod.DOCS:
        path = os.path.join(HERE, d["file"])
        if not os.path.exists(path):
            errors.append(f"{d['file']}: page missing")
            continue
        text = page_text(path)
        words = len(text.split())
        if not 300 <= words <= 700:
            warnings.append(f"{d['file']}: {words} words (outside 300-700)")
        if scorer_lang(d["body_first"]) != d["language"]:
            errors.append(f"{d['file']}: language {d['language']} but the scorer's script test says "
                          f"{scorer_lang(d['body_first'])}")
        for k in ("title", "dateline"):
            if d[k] and d[k] not in text:
                errors.append(f"{d['file']}: {k} not in page: {d[k]!r}")
        span = body_span(text, d)
        if span is None or span[0] >= span[1]:
            errors.append(f"{d['file']}: body edges not found or out of order")
            continue
        body = text[span[0]:span[1]]
        for c in d["chrome_not_body"]:
            i = text.find(c)
            if i < 0:
                errors.append(f"{d['file']}: chrome line not in page: {c!r}")
            elif span[0] <= i < span[1] or c in body:
                errors.append(f"{d['file']}: chrome line inside the body: {c!r}")
        pub = (d["published"] or "")[:10]
        if d["published"] and not in_window(pub, story):
            errors.append(f"{d['file']}: publication {pub} outside the story window")
        num = d["file"].split("_", 1)[0]
        seen_ev = set()
        for e in d["events"]:
            eid = e["id"]
            if not eid.startswith(f"b{num}-"):
                errors.append(f"{eid}: id does not name its page {num}")
            if eid in ev_doc:
                errors.append(f"{eid}: duplicate id")
            ev_doc[eid] = d
            if e["evidence"] not in body:
                errors.append(f"{eid}: evidence not verbatim in the body: {e['evidence'][:60]!r}")
            if e["evidence"] in seen_ev:
                warnings.append(f"{eid}: repeated evidence")
            seen_ev.add(e["evidence"])
            if not e["types"] or any(t not in PLOVER for t in e["types"]):
                errors.append(f"{eid}: bad types {e['types']}")
            if not e["modality"] or any(m not in MODALITIES for m in e["modality"]):
                errors.append(f"{eid}: bad modality {e['modality']}")
            if not e["actor"]:
                errors.append(f"{eid}: empty actor")
            for role in ("actor", "recipient", "claimants"):
                for x in e[role]:
                    if x is None:
                        if role != "claimants":
                            errors.append(f"{eid}: null in {role}")
                        continue
                    if x in entities:
                        used_ents.add(x)
                    elif re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+", x):
                        errors.append(f"{eid}: unknown entity id {x!r} in {role}")
                    elif x.lower() not in body.lower():
                        errors.append(f"{eid}: literal {role} {x!r} not in the page body")
            for role in ("place", "destination"):
                for p in e.get(role, []):
                    if p not in places:
                        errors.append(f"{eid}: unknown place {p!r}")
                    used_places.add(p)
            for k, v in (e.get("size") or {}).items():
                if k not in SIZE_KEYS:
                    errors.append(f"{eid}: size key {k!r} not documented")
                if not isinstance(v, (int, dict)):
                    errors.append(f"{eid}: size {k} must be a number or an object")
            for dt in [e["date"]] + [x for x in e.get("date_also", []) if x]:
                if dt is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", dt):
                    errors.append(f"{eid}: bad date {dt!r}")
                elif not in_window(dt, story):
                    errors.append(f"{eid}: date {dt} outside the story window")
            if e["date"] and pub and e["date"] > pub and "asserted" in e["modality"]:
                errors.append(f"{eid}: asserted event dated {e['date']} after publication {pub}")
            if e["date"] is None and "date_also" not in e:
                warnings.append(f"{eid}: undated without date_also")
            if d["language"] == "ar" and not e.get("gloss"):
                warnings.append(f"{eid}: Arabic event without a gloss")
    by_id = {e["id"]: e for d in mod.DOCS for e in d["events"]}
    links, contras = [], []
    for note, a, b in mod.LINKS:
        _pair_check("link", note, a, b, by_id, ev_doc, errors, warnings)
        links.append((note, a, b))
    for kind, field, note, a, b in mod.CONTRADICTIONS:
        if kind not in CONTRA_KINDS:
            errors.append(f"contradiction {a}/{b}: kind {kind!r}")
        if not field:
            errors.append(f"contradiction {a}/{b}: empty field")
        _pair_check("contradiction", note, a, b, by_id, ev_doc, errors, warnings)
        contras.append((kind, field, note, a, b))
    return ev_doc


def _pair_check(what, note, a, b, by_id, ev_doc, errors, warnings):
    for x in (a, b):
        if x not in by_id:
            errors.append(f"{what} {a}/{b}: no event {x}")
            return
        if by_id[x].get("optional"):
            warnings.append(f"{what} {a}/{b} rests on optional event {x}")
    if ev_doc[a]["file"] == ev_doc[b]["file"]:
        errors.append(f"{what} {a}/{b}: both events on one page")
    if re.search(r"\((English|Arabic|across)\)\s*$", note):
        errors.append(f"{what} {a}/{b}: the note's language tag is written by the generator")


def check_places(places, cities, errors):
    for pid, p in places.items():
        if p["geonames_id"]:
            row = cities.get(str(p["geonames_id"]))
            if row is None:
                errors.append(f"place {pid}: GeoNames id {p['geonames_id']} not in cities500")
            elif abs(row[1] - p["lat"]) > 0.01 or abs(row[2] - p["lon"]) > 0.01:
                errors.append(f"place {pid}: coordinates differ from cities500 {row}")
        elif not p.get("note") or p["note"] == "approximate":
            errors.append(f"place {pid}: approximate place needs a note")
        if not p["names"]:
            errors.append(f"place {pid}: no names")
