"""Shared helpers for the blind-pages-11 gold (written for this set).

Story modules (gold_<story>.py) describe their pages, entities, places, events, story links and
contradictions with the small builders below; make_gold.py gathers them, runs check() and writes
blind-pages-11.gold.json. Nothing here reads Sitrep's code or output.
"""
import gzip
import json
import math
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GEONAMES = "/work/shared/data/geonames/cities500.txt.gz"

PLOVER = ("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN "
          "PROTEST SANCTION MOBILIZE COERCE ASSAULT").split()
MODALITIES = ("asserted", "denied", "planned", "possible", "alleged", "hypothetical", "historical")
# modalities under which the event is said to have happened already
PAST_MODALITIES = {"asserted", "alleged", "denied"}
SECTORS = {"GOV", "MIL", "REB", "COP", "CVL", "MED", "BUS", "OPP", "PTY", "IGO", "NGO", "UAF", "JUD"}
SPEECH_ACTS = {"ACCUSE", "REJECT", "THREATEN", "REQUEST", "AGREE", "SUPPORT", "CONSULT", "CONCEDE"}
KNOWN_SIZE_KEYS = {"dead", "wounded", "people", "captives", "rockets", "missiles", "drones",
                   "strikes", "car_bombs", "ships", "vehicles", "soldiers"}


def L(s):
    """'a|b|~' -> ['a', 'b', None]; lists pass through; '' -> []."""
    if s is None:
        return []
    if isinstance(s, list):
        return s
    return [None if x == "~" else x for x in s.split("|") if x != ""]


class Story:
    def __init__(self, key, title, window, background_from, pages_label):
        self.key = key
        self.title = title
        self.window = window                  # (first, last) day of the story proper
        self.background_from = background_from  # earliest day a historical event may carry
        self.pages_label = pages_label
        self.entities = {}
        self.places = {}
        self.pages = []
        self.links = []
        self.contradictions = []

    # ---- catalogue -------------------------------------------------------------------------
    def entity(self, eid, code, names, member_of=None):
        e = {"code": code, "names": list(names)}
        if member_of:
            e["member_of"] = member_of
        self.entities[eid] = e

    def place(self, pid, names, lat, lon, radius_km, geonames_id=None, note=None):
        p = {"names": list(names), "lat": lat, "lon": lon, "radius_km": radius_km,
             "geonames_id": geonames_id}
        p["note"] = note if note else (f"GeoNames cities500 ({geonames_id})" if geonames_id else None)
        self.places[pid] = p

    # ---- pages and events ------------------------------------------------------------------
    def page(self, file, outlet, language, title, published, published_note, dateline,
             body_first, body_last, chrome):
        pg = {"file": file, "outlet": outlet, "language": language, "title": title,
              "published": published, "published_note": published_note, "dateline": dateline,
              "body_first": body_first, "body_last": body_last, "chrome_not_body": list(chrome),
              "comments_first": None, "comments_last": None, "comment_authors": [], "events": []}
        self.pages.append(pg)
        return Page(self, pg)

    def link(self, note, a, b):
        self.links.append({"note": note, "events": [a, b]})

    def contra(self, kind, field, note, a, b):
        self.contradictions.append({"kind": kind, "field": field, "note": note, "events": [a, b]})


class Page:
    def __init__(self, story, pg):
        self.story = story
        self.pg = pg
        self.num = pg["file"].split("_", 1)[0]

    def ev(self, n, types, actor, recipient, place, date, modality, claimants, evidence, **kw):
        e = {"id": f"b{self.num}-{n}", "types": L(types), "actor": L(actor),
             "recipient": L(recipient), "place": L(place), "date": date,
             "modality": L(modality), "claimants": L(claimants), "evidence": evidence}
        if "date_also" in kw:
            e["date_also"] = L(kw.pop("date_also"))
        for k in ("size", "mode", "destination", "optional", "note", "gloss"):
            if k in kw:
                v = kw.pop(k)
                if k in ("mode", "destination"):
                    v = L(v)
                e[k] = v
        if kw:
            raise ValueError(f"{e['id']}: unknown fields {sorted(kw)}")
        self.pg["events"].append(e)
        return e["id"]


# ---- text helpers as the scorer uses them -------------------------------------------------------

def scorer_lang(text):
    ar = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff")
    return "ar" if ar > len(text) / 3 else "en"


def norm(s):
    s = unicodedata.normalize("NFKC", str(s or "")).lower()
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    s = re.sub(r"[\u064B-\u0652\u0640]", "", s)
    s = re.sub(r"[أإآ]", "ا", s)
    s = re.sub(r"[-_'\"“”()\[\].,:;]", " ", s)
    s = re.sub(r"^(the|a|an) ", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


def km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(min(1.0, a)))


def read_page(file):
    with open(os.path.join(HERE, file), encoding="utf-8") as f:
        return f.read()


def body_span(text, first, last):
    s = text.find(first)
    e = text.find(last, max(s, 0))
    if s < 0 or e < 0:
        return None
    return s, e + len(last)


def load_cities(ids):
    out = {}
    with gzip.open(GEONAMES, "rt", encoding="utf-8") as f:
        for line in f:
            gid, rest = line.split("\t", 1)
            if int(gid) in ids:
                r = line.rstrip("\n").split("\t")
                out[int(gid)] = (r[1], float(r[4]), float(r[5]), r[8])
    return out


LANG_TAG = {"en": "English", "ar": "Arabic"}


def tag_note(note, langs):
    tag = LANG_TAG[langs[0]] if len(set(langs)) == 1 else "across"
    note = re.sub(r"\s*\((English|Arabic|across)\)\.?$", "", note.rstrip()).rstrip(".")
    return f"{note} ({tag})."


# ---- the checks ---------------------------------------------------------------------------------

def check(stories):
    """Return (errors, warnings, gold). gold is None when an error was found."""
    errors, warnings = [], []
    entities, places, codes = {}, {}, {}
    ent_story = {}
    for st in stories:
        for eid, e in st.entities.items():
            code = e["code"]
            parts = code.split()
            if parts[-1] not in SECTORS:
                errors.append(f"entity {eid}: code {code!r} has no known sector")
            if eid in entities:
                if entities[eid]["code"] != code:
                    errors.append(f"entity {eid}: code {code} in {st.key} but {entities[eid]['code']} in {ent_story[eid]}")
                for n in e["names"]:
                    if n not in entities[eid]["names"]:
                        entities[eid]["names"].append(n)
            else:
                entities[eid] = json.loads(json.dumps(e))
                ent_story[eid] = st.key
        for pid, p in st.places.items():
            if pid in places and places[pid]["lat"] != p["lat"]:
                errors.append(f"place {pid}: two definitions")
            places.setdefault(pid, json.loads(json.dumps(p)))
    for eid, e in entities.items():
        m = e.get("member_of")
        if m and m not in entities:
            errors.append(f"entity {eid}: member_of {m} unknown")

    # GeoNames
    gids = {p["geonames_id"] for p in places.values() if p.get("geonames_id")}
    cities = load_cities(gids)
    for pid, p in places.items():
        g = p.get("geonames_id")
        if g:
            if g not in cities:
                errors.append(f"place {pid}: geonames id {g} not in cities500")
                continue
            name, lat, lon, cc = cities[g]
            if km(lat, lon, p["lat"], p["lon"]) > 1.0:
                errors.append(f"place {pid}: coordinates {p['lat']},{p['lon']} differ from cities500 {name} {lat},{lon}")
        elif not p.get("note"):
            errors.append(f"place {pid}: approximate place without a note")
        if not (-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180):
            errors.append(f"place {pid}: bad coordinates")

    used_ent, used_place = set(), set()
    added_null = []
    all_ids = {}
    documents = []
    for st in stories:
        lo, hi = st.window
        bg = st.background_from
        for pg in st.pages:
            f = pg["file"]
            path = os.path.join(HERE, f)
            if not os.path.exists(path):
                errors.append(f"{f}: page file missing")
                continue
            text = read_page(f)
            for k in ("title", "dateline"):
                if pg[k] and pg[k] not in text:
                    errors.append(f"{f}: {k} not in page: {pg[k]!r}")
            span = body_span(text, pg["body_first"], pg["body_last"])
            if span is None:
                errors.append(f"{f}: body_first/body_last not found in order")
                continue
            bs, be = span
            body = text[bs:be]
            if text.count(pg["body_first"]) != 1:
                errors.append(f"{f}: body_first occurs more than once")
            for c in pg["chrome_not_body"]:
                i = text.find(c)
                if i < 0:
                    errors.append(f"{f}: chrome line not in page: {c!r}")
                elif bs <= i < be:
                    errors.append(f"{f}: chrome line inside the body: {c!r}")
            if pg["title"] and bs <= text.find(pg["title"]) < be:
                errors.append(f"{f}: title inside the body")
            if scorer_lang(pg["body_first"]) != pg["language"]:
                errors.append(f"{f}: language {pg['language']} but the scorer's script test says {scorer_lang(pg['body_first'])}")
            words = len(body.split())
            if not 300 <= words <= 700:
                warnings.append(f"{f}: body has {words} words (outside 300-700)")
            pub = pg["published"]
            if not pub:
                errors.append(f"{f}: no publication date")
                continue
            pday = pub[:10]
            if not (lo <= pday <= hi):
                errors.append(f"{f}: published {pday} outside the story window {lo}..{hi}")
            if not pg["file"].startswith(pg["file"].split("_")[0] + "_"):
                errors.append(f"{f}: bad file name")
            seen_ev = {}
            for e in pg["events"]:
                i = e["id"]
                # the speaker of a speech act is also an acceptable claimant, and so is the outlet's own voice:
                # add null to speech acts whose only named claimants are their own actors
                named = [c for c in e["claimants"] if c is not None]
                if (set(e["types"]) & SPEECH_ACTS and named and None not in e["claimants"]
                        and all(c in e["actor"] for c in named)):
                    e["claimants"].append(None)
                    added_null.append(i)
                if i in all_ids:
                    errors.append(f"{i}: duplicate id")
                all_ids[i] = (st.key, f, e, pg["language"])
                if not e["types"] or any(t not in PLOVER for t in e["types"]):
                    errors.append(f"{i}: types {e['types']} not PLOVER")
                if not e["modality"] or any(m not in MODALITIES for m in e["modality"]):
                    errors.append(f"{i}: modality {e['modality']} not a CODING value")
                if not e["actor"]:
                    errors.append(f"{i}: empty actor list")
                if not e["claimants"]:
                    errors.append(f"{i}: empty claimant list (use ~ for the outlet's voice)")
                ev = e["evidence"]
                if ev not in body:
                    errors.append(f"{i}: evidence not verbatim in the body: {ev[:70]!r}")
                if ev in seen_ev:
                    warnings.append(f"{i}: same evidence as {seen_ev[ev]}")
                seen_ev[ev] = i
                for role in ("actor", "recipient", "claimants"):
                    for a in e[role]:
                        if a is None:
                            if role != "claimants":
                                errors.append(f"{i}: null in {role}")
                            continue
                        if a in entities:
                            used_ent.add(a)
                        elif a not in text:
                            errors.append(f"{i}: literal {role[:-1] if role.endswith('s') else role} {a!r} neither an entity id nor in the page")
                for role in ("place", "destination"):
                    for p in e.get(role, []):
                        if p not in places:
                            errors.append(f"{i}: unknown place {p}")
                        used_place.add(p)
                dates = ([e["date"]] if e["date"] else []) + [d for d in e.get("date_also", []) if d]
                hist = "historical" in e["modality"]
                for d in dates:
                    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
                        errors.append(f"{i}: bad date {d}")
                        continue
                    first = bg if hist else lo
                    if not (first <= d <= hi):
                        errors.append(f"{i}: date {d} outside the story window {first}..{hi}")
                if set(e["modality"]) <= PAST_MODALITIES:
                    for d in dates:
                        if d > pday:
                            errors.append(f"{i}: asserted event dated {d} after the page's publication {pday}")
                if e["date"] is None and "date_also" not in e:
                    warnings.append(f"{i}: undated event without date_also")
                if pg["language"] == "ar" and not e.get("gloss"):
                    warnings.append(f"{i}: Arabic event without a gloss")
                for k in e.get("size", {}):
                    if k not in KNOWN_SIZE_KEYS:
                        warnings.append(f"{i}: size key {k} not in the documented list")
            documents.append(pg)

    # links and contradictions
    links, contras = [], []
    n = 0
    for st in stories:
        for l in st.links:
            n += 1
            lid = f"B11-L{n}"
            ok = True
            for x in l["events"]:
                if x not in all_ids:
                    errors.append(f"{lid}: unknown event {x}")
                    ok = False
                elif all_ids[x][0] != st.key:
                    errors.append(f"{lid}: event {x} belongs to another story")
                    ok = False
            if not ok:
                continue
            files = {all_ids[x][1] for x in l["events"]}
            if len(files) < 2:
                errors.append(f"{lid}: joins events of one page")
            if any(all_ids[x][2].get("optional") for x in l["events"]):
                warnings.append(f"{lid}: rests on an optional event")
            langs = [all_ids[x][3] for x in l["events"]]
            links.append({"id": lid, "note": tag_note(l["note"], langs), "events": l["events"]})
    n = 0
    for st in stories:
        for c in st.contradictions:
            n += 1
            cid = f"B11-C{n}"
            if c["kind"] not in ("negation", "value", "status"):
                errors.append(f"{cid}: kind {c['kind']}")
            ok = True
            for x in c["events"]:
                if x not in all_ids:
                    errors.append(f"{cid}: unknown event {x}")
                    ok = False
                elif all_ids[x][0] != st.key:
                    errors.append(f"{cid}: event {x} belongs to another story")
                    ok = False
            if not ok:
                continue
            files = {all_ids[x][1] for x in c["events"]}
            if len(files) < 2:
                errors.append(f"{cid}: joins events of one page")
            if any(all_ids[x][2].get("optional") for x in c["events"]):
                warnings.append(f"{cid}: rests on an optional event")
            langs = [all_ids[x][3] for x in c["events"]]
            contras.append({"id": cid, "kind": c["kind"], "field": c["field"],
                            "note": tag_note(c["note"], langs), "events": c["events"]})
    pairs = [tuple(sorted(l["events"])) for l in links]
    if len(pairs) != len(set(pairs)):
        errors.append("a story link is listed twice")

    for eid in list(used_ent):
        m = entities[eid].get("member_of")
        while m and m not in used_ent:
            used_ent.add(m)
            m = entities[m].get("member_of")
    for eid in entities:
        if eid not in used_ent:
            warnings.append(f"entity {eid} unused")
    for pid in places:
        if pid not in used_place:
            warnings.append(f"place {pid} unused")

    if added_null:
        print(f"note: null (the outlet's voice) added to {len(added_null)} speech acts claimed only by their own actors: "
              + " ".join(added_null))
    if errors:
        return errors, warnings, None
    gold = {"entities": entities, "places": places, "documents": documents,
            "story_links": links, "contradictions": contras}
    return errors, warnings, gold


def counts(gold):
    evs = [(d["language"], e) for d in gold["documents"] for e in d["events"]]
    opt = sum(1 for _, e in evs if e.get("optional"))
    req = {"en": 0, "ar": 0}
    for lang, e in evs:
        if not e.get("optional"):
            req[lang] += 1

    def tagcount(rows):
        out = {"English": 0, "Arabic": 0, "across": 0}
        for r in rows:
            out[re.search(r"\((English|Arabic|across)\)\.$", r["note"]).group(1)] += 1
        return out
    return {"events": len(evs), "optional": opt, "required": req["en"] + req["ar"],
            "required_en": req["en"], "required_ar": req["ar"],
            "entities": len(gold["entities"]), "places": len(gold["places"]),
            "links": len(gold["story_links"]), "links_by_lang": tagcount(gold["story_links"]),
            "contradictions": len(gold["contradictions"]),
            "contradictions_by_lang": tagcount(gold["contradictions"])}
