"""Shared registry and helpers for the blind-pages-17 gold (written for this set).

Story modules (gold_<story>.py) declare entities, places, pages, events, story links and
contradictions through the functions below; make_gold.py imports them, runs the checks and
writes blind-pages-17.gold.json.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
MODALITIES = ["asserted", "denied", "planned", "possible", "alleged", "hypothetical", "historical"]
# modes this set uses (PLOVER modes as CODING.md names them, plus the set's own few)
MODES = ["aerial", "heavy-weapons", "firearms", "explosives", "suicide", "destroy", "seize",
         "withdraw", "release", "disarm", "ceasefire", "access", "meet", "mediate", "humanitarian",
         "military", "arrest", "besiege", "surrender", "return", "border"]
SIZE_KEYS = ["dead", "wounded", "injured", "casualties", "people", "fighters", "children",
             "women", "families", "captives", "vehicles", "trucks", "buses", "strikes", "bodies",
             "soldiers", "militants", "civilians"]
# types whose speaker is also an acceptable claimant (speech acts)
SPEECH = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}

ENTITIES = {}
PLACES = {}
PAGES = []
LINKS = []
CONTRAS = []
STORIES = {}


def story(key, title, start, end, background):
    """A story: its window (dates and publication dates must fall inside) and the earliest
    background date allowed for historical events."""
    STORIES[key] = {"title": title, "start": start, "end": end, "background": background,
                    "pages": []}


def entity(eid, code, names, member_of=None):
    e = ENTITIES.get(eid)
    if e is None:
        e = {"code": code, "names": []}
        if member_of:
            e["member_of"] = member_of
        ENTITIES[eid] = e
    elif e["code"] != code:
        raise ValueError(f"entity {eid} redefined with code {code} (was {e['code']})")
    for n in names:
        if n not in e["names"]:
            e["names"].append(n)
    return eid


def place(pid, names, lat, lon, radius_km, geonames_id=None, note=None):
    if pid in PLACES:
        p = PLACES[pid]
        for n in names:
            if n not in p["names"]:
                p["names"].append(n)
        return pid
    if note is None:
        note = f"GeoNames cities500 ({geonames_id})" if geonames_id else "approximate"
    PLACES[pid] = {"names": list(names), "lat": lat, "lon": lon, "radius_km": radius_km,
                   "geonames_id": geonames_id, "note": note}
    return pid


def L(x):
    """'a,b' -> ['a','b']; 'null' -> None; lists pass through."""
    if x is None:
        return []
    if isinstance(x, (list, tuple)):
        return [None if v in ("null",) else v for v in x]
    out = []
    for v in str(x).split(","):
        v = v.strip()
        if not v:
            continue
        out.append(None if v == "null" else v)
    return out


class Page:
    def __init__(self, story_key, nn, file, outlet, language, title, published, published_note,
                 dateline, body_first, body_last, chrome):
        self.story = story_key
        self.nn = nn
        self.doc = {
            "file": file, "outlet": outlet, "language": language, "title": title,
            "published": published, "published_note": published_note, "dateline": dateline,
            "body_first": body_first, "body_last": body_last, "chrome_not_body": list(chrome),
            "comments_first": None, "comments_last": None, "comment_authors": [], "events": [],
        }
        self.n = 0
        PAGES.append(self)
        STORIES[story_key]["pages"].append(self)

    @property
    def id(self):
        return f"17{self.nn:02d}"

    def text(self):
        with open(os.path.join(HERE, self.doc["file"]), encoding="utf-8") as f:
            return f.read()

    def e(self, types, actor, recipient, place_, date, modality, claimants, evidence,
          also=None, mode=None, size=None, dest=None, opt=False, gloss=None, note=None):
        self.n += 1
        eid = f"b{self.id}-{self.n}"
        types = L(types)
        actor = L(actor)
        claim = L(claimants)
        if not claim:
            claim = [None]
        if types[0] in SPEECH:
            named = [c for c in claim if c is not None]
            if named and all(c in actor for c in named) and None not in claim:
                claim.append(None)
            if not named:
                claim.extend(a for a in actor if a in ENTITIES)
        ev = {"id": eid, "types": types, "actor": actor, "recipient": L(recipient),
              "place": L(place_), "date": date, "modality": L(modality), "claimants": claim,
              "evidence": evidence}
        if also is not None:
            ev["date_also"] = L(also) if isinstance(also, str) else list(also)
        if size:
            ev["size"] = size
        if mode:
            ev["mode"] = L(mode)
        if dest:
            ev["destination"] = L(dest)
        if opt:
            ev["optional"] = True
        if note:
            ev["note"] = note
        if gloss:
            ev["gloss"] = gloss
        self.doc["events"].append(ev)
        return eid


def link(note, *ids):
    LINKS.append({"id": None, "note": note, "events": list(ids)})


def contra(kind, field, note, *ids):
    CONTRAS.append({"id": None, "kind": kind, "field": field, "note": note, "events": list(ids)})
