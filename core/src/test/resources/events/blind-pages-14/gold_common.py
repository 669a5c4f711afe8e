"""Shared builders and checks for the blind-pages-14 gold (written for this set).

Story modules (gold_<story>.py) describe their pages with doc() and E(); make_gold.py
merges them, runs every check below and writes blind-pages-14.gold.json only when no
check fails.
"""
import gzip
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CITIES500 = "/work/shared/data/geonames/cities500.txt.gz"

PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
          "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
          "COERCE", "ASSAULT"]
MODALITIES = ["asserted", "denied", "planned", "possible", "alleged", "hypothetical",
              "historical"]
MODES = {"aerial", "heavy-weapons", "firearms", "destroy", "unconventional", "withdraw",
         "release", "disarm", "ceasefire", "access", "military", "meet", "economic"}
# speech acts: when their only named claimants are their own actors, the outlet's own
# voice (null) is added as an acceptable claimant, as in blind-pages-8 and -9
SPEECH = {"ACCUSE", "REJECT", "REQUEST", "THREATEN", "AGREE", "SUPPORT", "CONCEDE"}
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def lst(x):
    """A list as given, or a whitespace-separated string of ids split into one."""
    if x is None:
        return []
    if isinstance(x, str):
        return x.split()
    return list(x)


def E(eid, types, actor, recipient, place, date, modality, claimants, evidence,
      also=None, size=None, mode=None, dest=None, opt=False, note=None, gloss=None):
    """One gold event in the key order of blind-pages-9's gold file."""
    ev = {"id": eid, "types": lst(types), "actor": lst(actor), "recipient": lst(recipient),
          "place": lst(place), "date": date, "modality": lst(modality),
          "claimants": list(claimants), "evidence": evidence}
    if also is not None:
        ev["date_also"] = list(also)
    if size:
        ev["size"] = dict(size)
    if mode:
        ev["mode"] = lst(mode)
    if dest:
        ev["destination"] = lst(dest)
    if opt:
        ev["optional"] = True
    if note:
        ev["note"] = note
    if gloss:
        ev["gloss"] = gloss
    return ev


def doc(file, outlet, language, title, published, published_note, dateline, body_first,
        body_last, chrome, events, credits=None):
    d = {"file": file, "outlet": outlet, "language": language, "title": title,
         "published": published, "published_note": published_note, "dateline": dateline,
         "body_first": body_first, "body_last": body_last, "chrome_not_body": list(chrome)}
    if credits:
        d["credits"] = list(credits)
    d.update({"comments_first": None, "comments_last": None, "comment_authors": [],
              "events": list(events)})
    return d


def norm(s):
    """Text normalisation as the scorer applies it before its substring tests (case,
    Arabic diacritics, tatweel and hamza-alif forms, punctuation, leading article)."""
    s = unicodedata.normalize("NFKC", str(s or "")).lower()
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    s = re.sub(r"[\u064B-\u0652\u0640]", "", s)
    s = re.sub(r"[أإآ]", "ا", s)
    s = re.sub(r"[-_'\"“”()\[\].,:;]", " ", s)
    s = re.sub(r"^(the|a|an) ", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


def scorer_lang(text):
    """The scorer's script test (score_events.py, --lang): Arabic when more than a third
    of the characters of body_first are Arabic script."""
    t = text or ""
    ar = sum(1 for ch in t if "\u0600" <= ch <= "\u06ff")
    return "ar" if ar > len(t) / 3 else "en"


def read_page(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.read()


def body_of(text, d):
    """The body as the gold delimits it: from body_first to the end of body_last."""
    a = text.find(d["body_first"])
    b = text.find(d["body_last"])
    if a < 0 or b < 0 or b < a:
        return None, a, b
    return text[a:b + len(d["body_last"])], a, b + len(d["body_last"])


def load_cities(ids):
    """GeoNames cities500 rows for the ids asked: id -> (name, lat, lon, country)."""
    want = {str(i) for i in ids}
    out = {}
    with gzip.open(CITIES500, "rt", encoding="utf-8") as f:
        for line in f:
            gid = line.split("\t", 1)[0]
            if gid in want:
                p = line.rstrip("\n").split("\t")
                out[gid] = (p[1], float(p[4]), float(p[5]), p[8])
    return out


def words(text):
    return len(text.split())


def is_id(s):
    return isinstance(s, str) and bool(ID_RE.match(s))


def in_range(date, ranges):
    return any(a <= date <= b for a, b in ranges)


def merge_tables(stories, errors):
    """Entities and places of all stories in one table; a shared id must agree."""
    ents, places, owner = {}, {}, {}
    for st in stories:
        for k, v in st.ENTITIES.items():
            if k in ents:
                if ents[k]["code"] != v["code"]:
                    errors.append(f"entity {k}: code {ents[k]['code']!r} in {owner[k]} "
                                  f"but {v['code']!r} in {st.KEY}")
                if ents[k].get("member_of") != v.get("member_of"):
                    errors.append(f"entity {k}: member_of differs between {owner[k]} and {st.KEY}")
                for n in v["names"]:
                    if n not in ents[k]["names"]:
                        ents[k]["names"].append(n)
            else:
                ents[k] = {"code": v["code"], "names": list(v["names"])}
                if v.get("member_of"):
                    ents[k]["member_of"] = v["member_of"]
                owner[k] = st.KEY
        for k, v in st.PLACES.items():
            if k in places:
                p = places[k]
                if (p["lat"], p["lon"], p["geonames_id"]) != (v["lat"], v["lon"], v["geonames_id"]):
                    errors.append(f"place {k}: differs between stories ({st.KEY})")
                for n in v["names"]:
                    if n not in p["names"]:
                        p["names"].append(n)
            else:
                places[k] = {"names": list(v["names"]), "lat": v["lat"], "lon": v["lon"],
                             "radius_km": v["radius_km"], "geonames_id": v["geonames_id"],
                             "note": v["note"]}
    for k, v in ents.items():
        if not v["names"]:
            errors.append(f"entity {k}: no names")
        m = v.get("member_of")
        if m and m not in ents:
            errors.append(f"entity {k}: member_of {m} is not an entity")
    return ents, places


def check_doc(st, d, ents, places, errors, warnings, used):
    """Checks one page's record and events; returns {event id: event}."""
    f = d["file"]
    try:
        text = read_page(f)
    except OSError as e:
        errors.append(f"{f}: cannot read ({e})")
        return {}
    n = words(text)
    if n < 300 or n > 700:
        warnings.append(f"{f}: {n} words (outside 300-700)")
    for k in ("title", "dateline"):
        if d[k] and d[k] not in text:
            errors.append(f"{f}: {k} not in page: {d[k]!r}")
    body, a, b = body_of(text, d)
    if body is None:
        errors.append(f"{f}: body_first/body_last not found in order")
        return {}
    nbody = norm(body)
    for c in d["chrome_not_body"]:
        i = text.find(c)
        if i < 0:
            errors.append(f"{f}: chrome line not in page: {c!r}")
        elif a <= i < b or (len(norm(c)) > 3 and norm(c) in nbody):
            errors.append(f"{f}: chrome line inside the body (as the scorer normalises): {c!r}")
    if scorer_lang(d["body_first"]) != d["language"]:
        errors.append(f"{f}: language {d['language']} but the scorer's test says "
                      f"{scorer_lang(d['body_first'])}")
    pub = d["published"]
    if not pub or not in_range(pub[:10], [st.WINDOW]):
        errors.append(f"{f}: published {pub!r} outside the story window {st.WINDOW}")
    num = f.split("_", 1)[0]
    out, seen_ev = {}, {}
    for ev in d["events"]:
        check_event(st, f, num, ev, body, pub, ents, places, errors, warnings, used)
        if ev["evidence"] in seen_ev:
            warnings.append(f"{f}: {ev['id']} repeats the evidence of {seen_ev[ev['evidence']]}")
        seen_ev.setdefault(ev["evidence"], ev["id"])
        if ev["id"] in out:
            errors.append(f"{f}: duplicate event id {ev['id']}")
        out[ev["id"]] = ev
    return out


def check_event(st, f, num, ev, body, pub, ents, places, errors, warnings, used):
    eid = ev["id"]
    if not eid.startswith(f"b{num}-"):
        errors.append(f"{f}: event id {eid} does not name its page")
    if ev["evidence"] not in body:
        errors.append(f"{eid}: evidence not verbatim in the body: {ev['evidence'][:70]!r}")
    if not ev["types"] or any(t not in PLOVER for t in ev["types"]):
        errors.append(f"{eid}: types {ev['types']}")
    if not ev["modality"] or any(m not in MODALITIES for m in ev["modality"]):
        errors.append(f"{eid}: modality {ev['modality']}")
    if not ev["actor"]:
        errors.append(f"{eid}: empty actor list")
    for role in ("actor", "recipient", "claimants"):
        for x in ev[role]:
            if x is None:
                if role != "claimants":
                    errors.append(f"{eid}: null in {role}")
            elif x in ents:
                used["entities"].add(x)
            elif is_id(x) and x not in body:
                errors.append(f"{eid}: unknown entity {x} in {role}")
            elif x not in body:
                errors.append(f"{eid}: literal {role} {x!r} not in the page body")
    for role in ("place", "destination"):
        for p in ev.get(role, []):
            if p not in places:
                errors.append(f"{eid}: unknown place {p} in {role}")
            used["places"].add(p)
    for m in ev.get("mode", []):
        if m not in MODES:
            errors.append(f"{eid}: mode {m}")
    for k, v in ev.get("size", {}).items():
        if not isinstance(v, int) or v <= 0:
            errors.append(f"{eid}: size {k}={v!r}")
    ranges = [st.WINDOW] + list(st.BACKGROUND)
    dates = [ev["date"]] + [x for x in ev.get("date_also", [])]
    for x in dates:
        if x is None:
            continue
        if not DATE_RE.match(x):
            errors.append(f"{eid}: bad date {x!r}")
        elif not in_range(x, ranges):
            errors.append(f"{eid}: date {x} outside the story window and background")
    soft = {"planned", "hypothetical", "possible"}
    if ev["date"] and ev["date"] > pub[:10] and not soft & set(ev["modality"]):
        errors.append(f"{eid}: asserted event dated {ev['date']} after publication {pub}")
    if ev["date"] is None and not ev.get("date_also"):
        warnings.append(f"{eid}: undated without date_also")
    if "historical" in ev["modality"] and not ev.get("optional"):
        warnings.append(f"{eid}: historical but not optional")
    if scorer_lang(ev["evidence"]) == "ar" and not ev.get("gloss"):
        warnings.append(f"{eid}: Arabic event without a gloss")


def add_speaker_voice(ev):
    """Speech acts (any accepted type a speech act, so accusations coded as the deed too)
    whose only named claimants are their own actors also accept the outlet's own voice
    (null), as blind-pages-8 and -9 do. Claims of responsibility (the deed alone) keep
    the claimant."""
    named = [c for c in ev["claimants"] if c is not None]
    if (any(t in SPEECH for t in ev["types"]) and named and None not in ev["claimants"]
            and all(c in ev["actor"] for c in named)):
        ev["claimants"].append(None)


def tag_of(ids, lang_of):
    langs = {lang_of[i] for i in ids}
    return {"en": "English", "ar": "Arabic"}[langs.pop()] if len(langs) == 1 else "across"


def expand_links(st, events, page_of, lang_of, errors, warnings):
    """A story's link groups as pairs of events from two different pages."""
    pairs = []
    for note, ids in st.LINKS:
        for i in ids:
            if i not in events:
                errors.append(f"link {note!r}: unknown event {i}")
        ids = [i for i in ids if i in events]
        if len({page_of[i] for i in ids}) < 2:
            errors.append(f"link {note!r}: does not join two pages")
        for x in range(len(ids)):
            for y in range(x + 1, len(ids)):
                a, b = ids[x], ids[y]
                if page_of[a] == page_of[b]:
                    continue
                for e in (a, b):
                    if events[e].get("optional"):
                        warnings.append(f"link {note!r} rests on optional event {e}")
                pairs.append({"note": f"{note} ({tag_of([a, b], lang_of)}).", "events": [a, b]})
    return pairs


def check_contradictions(st, events, page_of, lang_of, errors, warnings):
    out = []
    for kind, field, note, ids in st.CONTRADICTIONS:
        if kind not in ("negation", "value", "status"):
            errors.append(f"contradiction {note!r}: kind {kind}")
        bad = [i for i in ids if i not in events]
        if bad or len(ids) != 2:
            errors.append(f"contradiction {note!r}: events {ids}")
            continue
        if page_of[ids[0]] == page_of[ids[1]]:
            errors.append(f"contradiction {note!r}: both events on one page")
        for e in ids:
            if events[e].get("optional"):
                warnings.append(f"contradiction {note!r} rests on optional event {e}")
        out.append({"kind": kind, "field": field,
                    "note": f"{note} ({tag_of(ids, lang_of)}).", "events": list(ids)})
    return out


def check_places(places, errors):
    """GeoNames ids and coordinates against cities500; approximate places need a note."""
    rows = load_cities([p["geonames_id"] for p in places.values() if p["geonames_id"]])
    for k, p in places.items():
        if not p["names"] or not p.get("note"):
            errors.append(f"place {k}: names and note are required")
        if not (-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180) or p["radius_km"] <= 0:
            errors.append(f"place {k}: bad coordinates or radius")
        gid = p["geonames_id"]
        if gid is None:
            if "approximate" not in p["note"]:
                errors.append(f"place {k}: no GeoNames id and the note does not say approximate")
            continue
        row = rows.get(str(gid))
        if row is None:
            errors.append(f"place {k}: GeoNames id {gid} not in cities500")
            continue
        if abs(row[1] - p["lat"]) > 0.01 or abs(row[2] - p["lon"]) > 0.01:
            errors.append(f"place {k}: coordinates {p['lat']},{p['lon']} differ from "
                          f"cities500 {row[1]},{row[2]} ({row[0]})")
        if str(gid) not in p["note"]:
            errors.append(f"place {k}: note does not cite its GeoNames id")


def name_report(docs, ents):
    """Development aid (--names): entities used on a page none of whose names occurs
    there (the actor is implied or the alias list lacks the page's spelling)."""
    lines = []
    for d in docs:
        text = read_page(d["file"])
        for ev in d["events"]:
            for role in ("actor", "recipient", "claimants"):
                for x in ev[role]:
                    if x and x in ents:
                        if not any(n in text for n in ents[x]["names"]):
                            lines.append(f"{ev['id']} {role} {x}")
    return lines
