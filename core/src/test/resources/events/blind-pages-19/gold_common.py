"""Shared helpers, vocabularies and checks for the blind-pages-19 gold (see README.md).

Each story module (gold_jisr.py, gold_mocha.py, gold_gharyan.py, gold_baiji.py) defines STORY,
ENTITIES, PLACES, PAGES, LINKS and CONTRADICTIONS with the helpers below; make_gold.py joins them,
runs check_all() and writes blind-pages-19.gold.json only when no check fails.
"""
import datetime
import gzip
import math
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
GEONAMES = os.path.normpath(os.path.join(HERE, "../../../../../../../shared/data/geonames/cities500.txt.gz"))
GEONAMES_FALLBACK = "/work/shared/data/geonames/cities500.txt.gz"

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODALITIES = {"asserted", "denied", "planned", "possible", "alleged", "hypothetical", "historical"}
# PLOVER modes used by this set (names from the PLOVER manual and its CAMEO-to-PLOVER table).
MODES = {"aerial", "heavy-weapons", "firearms", "explosives", "destroy", "abduct", "seize", "besiege",
         "arrest", "withdraw", "release", "surrender", "access", "ceasefire", "return", "meet", "visit",
         "mediate", "humanitarian", "investigate", "obstruct", "demo", "disarm"}
SIZE_KEYS = {"dead", "wounded", "people", "captives", "families", "women", "children", "vehicles",
             "strikes", "mines", "missiles"}


def split(s):
    """'a|b' -> ['a', 'b']; '-' stands for None (the outlet's own voice, or 'no date')."""
    if s is None or s == "":
        return []
    if isinstance(s, list):
        return s
    return [None if x == "-" else x for x in s.split("|")]


def E(k, types, actor, recipient, place, date, modality, claimants, evidence, also=None, mode=None,
      size=None, dest=None, opt=False, note=None, gloss=None):
    """One gold event. k is a label unique within its page, used by LINKS and CONTRADICTIONS."""
    ev = {"k": k, "types": types.split(), "actor": split(actor), "recipient": split(recipient),
          "place": split(place), "date": date, "modality": modality.split("|"),
          "claimants": split(claimants) or [None], "evidence": evidence}
    if also is not None:
        ev["date_also"] = split(also)
    if size:
        ev["size"] = dict(size)
    if mode:
        ev["mode"] = mode.split("|")
    if dest:
        ev["destination"] = split(dest)
    if opt:
        ev["optional"] = True
    if note:
        ev["note"] = note
    if gloss:
        ev["gloss"] = gloss
    return ev


def ent(code, names, member_of=None):
    d = {"code": code, "names": names}
    if member_of:
        d["member_of"] = member_of
    return d


def place(names, lat, lon, radius_km, geonames_id=None, note=None):
    if geonames_id is not None and note is None:
        note = f"GeoNames cities500 ({geonames_id})"
    elif geonames_id is not None:
        note = f"GeoNames cities500 ({geonames_id}). {note}"
    return {"names": names, "lat": lat, "lon": lon, "radius_km": radius_km, "geonames_id": geonames_id,
            "note": note}


def doc_lang(text):
    """The scorer's script test (score_events.py, --lang)."""
    t = text or ""
    ar = sum(1 for ch in t if "\u0600" <= ch <= "\u06ff")
    return "ar" if ar > len(t) / 3 else "en"


def km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(min(1.0, a)))


def load_geonames(ids):
    path = GEONAMES if os.path.exists(GEONAMES) else GEONAMES_FALLBACK
    out = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            gid, rest = line.split("\t", 1)
            if int(gid) in ids:
                c = line.rstrip("\n").split("\t")
                out[int(gid)] = (c[1], float(c[4]), float(c[5]))
    return out


class Checker:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def err(self, msg):
        self.errors.append(msg)

    def warn(self, msg):
        self.warnings.append(msg)


def day(s):
    return datetime.date.fromisoformat(s[:10])


def check_all(stories, entities, places, folder):
    """Run every check; return a Checker with errors and warnings."""
    c = Checker()
    used_ent, used_place = set(), set()
    all_ids = {}
    for st in stories:
        meta = st.STORY
        w0, w1 = day(meta["window"][0]), day(meta["window"][1])
        bg = day(meta["background_from"])
        for pg in st.PAGES:
            path = os.path.join(folder, pg["file"])
            if not os.path.exists(path):
                c.err(f"{pg['file']}: page missing")
                continue
            text = open(path, encoding="utf-8").read()
            words = len(text.split())
            if not 380 <= words <= 580:
                c.err(f"{pg['file']}: {words} words, outside 380-580")
            if not re.match(r"^19(0[1-9]|1[0-6])_[a-z]+_[a-z0-9_]+\.txt$", pg["file"]):
                c.err(f"{pg['file']}: bad file name")
            for key in ("title", "dateline", "body_first", "body_last", "outlet"):
                if text.count(pg[key]) < 1:
                    c.err(f"{pg['file']}: {key} not in page: {pg[key]!r}")
            for key in ("body_first", "body_last"):
                if text.count(pg[key]) != 1:
                    c.err(f"{pg['file']}: {key} occurs {text.count(pg[key])} times")
            b0 = text.find(pg["body_first"])
            b1 = text.find(pg["body_last"]) + len(pg["body_last"])
            if b0 < 0 or b1 <= b0:
                c.err(f"{pg['file']}: body edges out of order")
                continue
            body = text[b0:b1]
            if text.find(pg["title"]) > b0:
                c.err(f"{pg['file']}: title after the body start")
            for ch in pg["chrome"]:
                i = text.find(ch)
                if i < 0:
                    c.err(f"{pg['file']}: chrome not in page: {ch!r}")
                elif ch in body:
                    c.err(f"{pg['file']}: chrome inside the body: {ch!r}")
            if doc_lang(pg["body_first"]) != pg["language"] or doc_lang(body) != pg["language"]:
                c.err(f"{pg['file']}: language {pg['language']} disagrees with the script test")
            pub = day(pg["published"])
            if not w0 <= pub <= w1:
                c.err(f"{pg['file']}: published {pub} outside the story window")
            n = pg["file"][:4]
            labels = set()
            evs = pg["events"]
            if not 20 <= len(evs) <= 28:
                c.warn(f"{pg['file']}: {len(evs)} events (20-28 wanted)")
            seen_ev = {}
            for i, ev in enumerate(evs, 1):
                eid = f"b{n}-{i}"
                if ev["k"] in labels:
                    c.err(f"{eid}: label {ev['k']} repeated")
                labels.add(ev["k"])
                all_ids[(n, ev["k"])] = (eid, meta["name"], ev)
                where = f"{eid} ({ev['k']})"
                if body.count(ev["evidence"]) < 1:
                    c.err(f"{where}: evidence not verbatim in the body: {ev['evidence']!r}")
                if ev["evidence"] in seen_ev:
                    c.warn(f"{where}: evidence repeats {seen_ev[ev['evidence']]}")
                seen_ev[ev["evidence"]] = where
                if not ev["types"] or not set(ev["types"]) <= TYPES:
                    c.err(f"{where}: bad types {ev['types']}")
                if not ev["modality"] or not set(ev["modality"]) <= MODALITIES:
                    c.err(f"{where}: bad modality {ev['modality']}")
                for m in ev.get("mode", []):
                    if m not in MODES:
                        c.err(f"{where}: mode {m} not in the set's list")
                for s in ev.get("size", {}):
                    if s not in SIZE_KEYS or not isinstance(ev["size"][s], int):
                        c.err(f"{where}: bad size {s}")
                if not ev["actor"]:
                    c.err(f"{where}: empty actor list")
                for role in ("actor", "recipient", "claimants"):
                    for a in ev[role]:
                        if a is None:
                            if role != "claimants":
                                c.err(f"{where}: None in {role}")
                            continue
                        if a in entities:
                            used_ent.add(a)
                        elif a not in text:
                            c.err(f"{where}: {role} {a!r} neither an entity id nor words of the page")
                for role in ("place", "destination"):
                    for p in ev.get(role, []):
                        if p not in places:
                            c.err(f"{where}: {role} {p!r} not a place id")
                        used_place.add(p)
                dates = [ev["date"]] + [d for d in ev.get("date_also", []) if d]
                for d in dates:
                    if d is None:
                        continue
                    if not re.match(r"^\d{4}-\d{2}-\d{2}$", d):
                        c.err(f"{where}: bad date {d}")
                        continue
                    lo = bg if "historical" in ev["modality"] else w0
                    if not lo <= day(d) <= w1:
                        c.err(f"{where}: date {d} outside the story window")
                if ev["date"] and ev["modality"] == ["asserted"] and day(ev["date"]) > pub:
                    c.err(f"{where}: asserted event dated after publication")
                if pg["language"] == "ar" and not ev.get("gloss"):
                    c.warn(f"{where}: Arabic event without a gloss")
    # links and contradictions
    for st in stories:
        for kind, rows in (("link", st.LINKS), ("contradiction", st.CONTRADICTIONS)):
            for row in rows:
                pages = set()
                for n, k in row["events"]:
                    hit = all_ids.get((n, k))
                    if hit is None:
                        c.err(f"{kind} {row['note'][:40]}: no event {n}:{k}")
                        continue
                    if hit[1] != st.STORY["name"]:
                        c.err(f"{kind} {row['note'][:40]}: event {n}:{k} of another story")
                    if hit[2].get("optional"):
                        c.warn(f"{kind} {row['note'][:40]}: rests on optional {n}:{k}")
                    pages.add(n)
                if len(pages) < 2:
                    c.err(f"{kind} {row['note'][:40]}: does not join two pages")
    # entities and places
    codes = {}
    for eid, e in entities.items():
        if not e["names"] or not e["code"]:
            c.err(f"entity {eid}: no names or code")
        if e.get("member_of") and e["member_of"] not in entities:
            c.err(f"entity {eid}: member_of {e['member_of']} unknown")
        if eid not in used_ent and not any(x.get("member_of") == eid for x in entities.values()):
            c.warn(f"entity {eid} unused")
    for st in stories:
        for eid, e in st.ENTITIES.items():
            if eid in codes and codes[eid] != e["code"]:
                c.err(f"entity {eid}: two codes {codes[eid]} / {e['code']}")
            codes[eid] = e["code"]
    gids = {p["geonames_id"] for p in places.values() if p["geonames_id"]}
    gn = load_geonames(gids)
    for pid, p in places.items():
        if pid not in used_place:
            c.warn(f"place {pid} unused")
        if p["geonames_id"]:
            g = gn.get(p["geonames_id"])
            if not g:
                c.err(f"place {pid}: GeoNames id {p['geonames_id']} not in cities500")
            elif km(p["lat"], p["lon"], g[1], g[2]) > 1:
                c.err(f"place {pid}: coordinates {p['lat']},{p['lon']} far from GeoNames {g}")
        elif "approximate" not in (p["note"] or ""):
            c.err(f"place {pid}: no GeoNames id and the note does not say approximate")
    return c, all_ids
