"""Shared helpers for the blind-pages-12 gold generator (written for this set).

Each story module (gold_<story>.py) defines STORY = {"key", "title", "window", "core_start",
"entities", "places", "documents", "links", "contradictions"}; make_gold.py merges the four,
runs the checks below and writes blind-pages-12.gold.json.
"""
import gzip, json, math, os, re, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CITIES500 = "/work/shared/data/geonames/cities500.txt.gz"

PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
MODALITIES = ["asserted", "denied", "planned", "possible", "alleged", "hypothetical", "historical"]
FORWARD = {"planned", "possible", "hypothetical"}  # may lie after the page's publication


def _split(x):
    """'ASSAULT/ACCUSE' -> ['ASSAULT', 'ACCUSE']; lists pass through."""
    if x is None:
        return []
    if isinstance(x, str):
        return [p for p in x.split("/") if p]
    return list(x)


def doc(file, outlet, language, title, published, published_note, dateline, body_first,
        body_last, chrome_not_body, events):
    """One gold document; events are built with ev() and numbered by the page prefix."""
    prefix = "b" + file.split("_", 1)[0]
    out = []
    for e in sorted(events, key=lambda x: x["n"]):
        e = dict(e)
        out.append(dict({"id": f"{prefix}-{e.pop('n')}"}, **e))
    return {"file": file, "outlet": outlet, "language": language, "title": title,
            "published": published, "published_note": published_note, "dateline": dateline,
            "body_first": body_first, "body_last": body_last, "chrome_not_body": chrome_not_body,
            "comments_first": None, "comments_last": None, "comment_authors": [],
            "events": out}


def ev(n, types, actor, recipient, place, date, modality, claimants, evidence, date_also=None,
       size=None, mode=None, destination=None, optional=False, note=None, gloss=None):
    """One gold event. `claimants` keeps None for the outlet's own voice; strings that are not
    entity ids are literal words of the page ("Witnesses", "مراسلنا")."""
    e = {"n": n, "types": _split(types), "actor": list(actor), "recipient": list(recipient),
         "place": list(place), "date": date, "modality": _split(modality),
         "claimants": list(claimants), "evidence": evidence}
    if date_also is not None:
        e["date_also"] = list(date_also)
    if size:
        e["size"] = dict(size)
    if mode:
        e["mode"] = _split(mode)
    if destination:
        e["destination"] = list(destination)
    if optional:
        e["optional"] = True
    if note:
        e["note"] = note
    if gloss:
        e["gloss"] = gloss
    return e


def place(names, lat, lon, radius_km, geonames_id=None, note=None):
    if note is None:
        note = f"GeoNames cities500 ({geonames_id})" if geonames_id else "approximate"
    return {"names": list(names), "lat": lat, "lon": lon, "radius_km": radius_km,
            "geonames_id": geonames_id, "note": note}


def ent(code, names, member_of=None):
    e = {"code": code, "names": list(names)}
    if member_of:
        e["member_of"] = member_of
    return e


def L(note, *evs):
    """A story link (numbered B12-L1.. by make_gold in story order)."""
    return {"note": note, "events": list(evs)}


def C(kind, field, note, *evs):
    """A contradiction (numbered B12-C1..)."""
    return {"kind": kind, "field": field, "note": note, "events": list(evs)}


def days(a, b):
    """All ISO days from a to b inclusive (for date_also lists)."""
    import datetime as dt
    d0, d1 = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    return [(d0 + dt.timedelta(k)).isoformat() for k in range((d1 - d0).days + 1)]


# ---------------------------------------------------------------- checks

def script_lang(t):
    """The scorer's test: Arabic when more than a third of the characters are Arabic script."""
    t = t or ""
    ar = sum(1 for ch in t if "\u0600" <= ch <= "\u06ff")
    return "ar" if ar > len(t) / 3 else "en"


def read_page(file):
    with open(os.path.join(HERE, file), encoding="utf-8") as f:
        return f.read()


def body_span(text, first, last):
    s = text.find(first)
    if s < 0:
        return None
    e = text.find(last, s)
    if e < 0:
        return None
    return s, e + len(last)


def load_cities(ids):
    want = {str(i) for i in ids if i}
    rows = {}
    with gzip.open(CITIES500, "rt", encoding="utf-8") as f:
        for line in f:
            gid = line.split("\t", 1)[0]
            if gid in want:
                r = line.rstrip("\n").split("\t")
                rows[gid] = (r[1], float(r[4]), float(r[5]))
    return rows


def km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(min(1.0, a)))


LANG_TAG = {"en": "English", "ar": "Arabic"}


def lang_tag(langs):
    langs = set(langs)
    return LANG_TAG[langs.pop()] if len(langs) == 1 else "across"


def merge(stories, errors):
    """Merge the stories' entities and places; an id declared twice keeps one code."""
    entities, places, owner = {}, {}, {}
    for st in stories:
        for k, v in st["entities"].items():
            if k in entities:
                if entities[k]["code"] != v["code"]:
                    errors.append(f"entity {k}: code {v['code']} in {st['key']} vs "
                                  f"{entities[k]['code']} in {owner[k]}")
                if v.get("member_of") != entities[k].get("member_of"):
                    errors.append(f"entity {k}: member_of differs between {owner[k]} and {st['key']}")
                for n in v["names"]:
                    if n not in entities[k]["names"]:
                        entities[k]["names"].append(n)
            else:
                entities[k] = json.loads(json.dumps(v))
                owner[k] = st["key"]
        for k, v in st["places"].items():
            if k in places:
                if (places[k]["lat"], places[k]["lon"], places[k]["geonames_id"]) != (
                        v["lat"], v["lon"], v["geonames_id"]):
                    errors.append(f"place {k}: coordinates differ between stories")
                for n in v["names"]:
                    if n not in places[k]["names"]:
                        places[k]["names"].append(n)
            else:
                places[k] = json.loads(json.dumps(v))
    for k, v in entities.items():
        if v.get("member_of") and v["member_of"] not in entities:
            errors.append(f"entity {k}: member_of {v['member_of']} is not an entity")
    return entities, places


def check_story(st, entities, places, errors, warnings, used_e, used_p, seen_evidence):
    lo, hi, core = st["window"][0], st["window"][1], st["core_start"]
    ids = {}
    for d in st["documents"]:
        f = d["file"]
        try:
            text = read_page(f)
        except OSError as e:
            errors.append(f"{f}: cannot read ({e})")
            continue
        for k in ("title", "dateline", "body_first", "body_last"):
            if not d[k] or d[k] not in text:
                errors.append(f"{f}: {k} not in page: {d[k]!r}")
        span = body_span(text, d["body_first"], d["body_last"])
        if not span:
            errors.append(f"{f}: body edges not found in order")
            continue
        body = text[span[0]:span[1]]
        for c in d["chrome_not_body"]:
            if c not in text:
                errors.append(f"{f}: chrome line not in page: {c!r}")
            elif c in body:
                errors.append(f"{f}: chrome line inside body: {c!r}")
        if script_lang(d["body_first"]) != d["language"]:
            errors.append(f"{f}: language {d['language']} but scorer's script test says "
                          f"{script_lang(d['body_first'])}")
        nw = len(text.split())
        if not 300 <= nw <= 700:
            warnings.append(f"{f}: {nw} words (outside 300-700)")
        pub = d["published"][:10] if d["published"] else None
        if pub and not lo <= pub <= hi:
            errors.append(f"{f}: published {pub} outside story window {lo}..{hi}")
        for e in d["events"]:
            check_event(st, d, e, text, body, pub, entities, places, errors, warnings,
                        used_e, used_p, seen_evidence)
            if e["id"] in ids:
                errors.append(f"{e['id']}: duplicate id")
            ids[e["id"]] = d
    return ids


def check_event(st, d, e, text, body, pub, entities, places, errors, warnings, used_e, used_p,
                seen_evidence):
    i = e["id"]
    lo, hi, core = st["window"][0], st["window"][1], st["core_start"]
    if not e["types"] or any(t not in PLOVER for t in e["types"]):
        errors.append(f"{i}: bad types {e['types']}")
    if not e["modality"] or any(m not in MODALITIES for m in e["modality"]):
        errors.append(f"{i}: bad modality {e['modality']}")
    if not e["actor"]:
        errors.append(f"{i}: empty actor list")
    if e["evidence"] not in body:
        errors.append(f"{i}: evidence not verbatim in the body: {e['evidence'][:70]!r}")
    key = (d["file"], e["evidence"])
    if key in seen_evidence:
        warnings.append(f"{i}: repeats the evidence of {seen_evidence[key]}")
    seen_evidence[key] = i
    for role in ("actor", "recipient", "claimants"):
        for a in e[role]:
            if a is None:
                if role != "claimants":
                    errors.append(f"{i}: None in {role}")
                continue
            if a in entities:
                used_e.add(a)
            elif a not in text:
                errors.append(f"{i}: literal {role} {a!r} is neither an entity id nor in the page")
    for role in ("place", "destination"):
        for p in e.get(role, []):
            if p in places:
                used_p.add(p)
            else:
                errors.append(f"{i}: unknown place {p!r}")
    dates = ([e["date"]] if e["date"] else []) + [x for x in e.get("date_also", []) if x]
    for x in dates:
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", x) or not lo <= x <= hi:
            errors.append(f"{i}: date {x} outside story window {lo}..{hi}")
    mods = set(e["modality"])
    if e["date"] and pub and e["date"] > pub and not mods & FORWARD:
        errors.append(f"{i}: {e['modality']} event dated {e['date']} after publication {pub}")
    if e["date"] and e["date"] < core and not (e.get("optional") or "historical" in mods):
        errors.append(f"{i}: background date {e['date']} but neither optional nor historical")
    if e["date"] is None and "date_also" not in e:
        warnings.append(f"{i}: undated without date_also")
    if d["language"] == "ar" and not e.get("gloss"):
        warnings.append(f"{i}: Arabic event without gloss")


def check_pairs(st, ids, errors, warnings, kind):
    """Links and contradictions: existing events of this story, on at least two pages; the
    note gets its language tag here (English / Arabic / across)."""
    out = []
    for rec in st[kind]:
        rec = dict(rec)
        evs = rec["events"]
        docs = []
        for x in evs:
            if x not in ids:
                errors.append(f"{kind} {evs}: unknown event {x} (or not in story {st['key']})")
                continue
            docs.append(ids[x])
            if any(e.get("optional") for e in ids[x]["events"] if e["id"] == x):
                warnings.append(f"{kind} {evs}: rests on optional event {x}")
        if len({d["file"] for d in docs}) < 2 or len(docs) != len(evs):
            errors.append(f"{kind} {evs}: must join events of two pages")
            continue
        if re.search(r"\((English|Arabic|across)\)$", rec["note"]):
            errors.append(f"{kind} {evs}: write the note without its language tag")
        rec["note"] = f"{rec['note']} ({lang_tag(d['language'] for d in docs)})"
        out.append(rec)
    return out


def check_geonames(places, errors):
    rows = load_cities([p["geonames_id"] for p in places.values()])
    for k, p in places.items():
        gid = p["geonames_id"]
        if gid is None:
            if not p.get("note") or "approximate" not in p["note"]:
                errors.append(f"place {k}: no GeoNames id and no 'approximate' note")
            continue
        r = rows.get(str(gid))
        if r is None:
            errors.append(f"place {k}: GeoNames id {gid} not in cities500")
        elif km(p["lat"], p["lon"], r[1], r[2]) > 1.0:
            errors.append(f"place {k}: coordinates {p['lat']},{p['lon']} differ from cities500 "
                          f"{r[0]} {r[1]},{r[2]}")


def build(stories, about):
    """Merge and check the stories. Returns (gold, errors, warnings)."""
    errors, warnings = [], []
    entities, places = merge(stories, errors)
    used_e, used_p, seen = set(), set(), {}
    documents, links, contras = [], [], []
    for st in stories:
        ids = check_story(st, entities, places, errors, warnings, used_e, used_p, seen)
        links += check_pairs(st, ids, errors, warnings, "links")
        contras += check_pairs(st, ids, errors, warnings, "contradictions")
        documents += st["documents"]
    check_geonames(places, errors)
    for k in entities:
        if k not in used_e and not any(v.get("member_of") == k for v in entities.values()):
            warnings.append(f"entity {k} is never used")
    for k in places:
        if k not in used_p:
            warnings.append(f"place {k} is never used")
    links = [dict({"id": f"B12-L{k}"}, **r) for k, r in enumerate(links, 1)]
    contras = [dict({"id": f"B12-C{k}"}, **r) for k, r in enumerate(contras, 1)]
    documents.sort(key=lambda d: d["file"])
    gold = {"about": about, "entities": entities, "places": places, "documents": documents,
            "story_links": links, "contradictions": contras}
    return gold, errors, warnings


# ---------------------------------------------------------------- synthetic output

def _entity(gold, x):
    e = gold["entities"].get(x)
    if e:
        return {"entity_text": e["names"][0], "identifier_id": x, "identifier_text": e["names"][0],
                "code": e["code"].split()[0], "sector": (e["code"].split() + [""])[1]}
    return {"entity_text": x, "identifier_id": None, "identifier_text": x}


def _loc(gold, ids):
    if not ids:
        return None
    p = gold["places"][ids[0]]
    return {"name": p["names"][0], "text": p["names"][0], "lat": p["lat"], "lon": p["lon"],
            "gazetteer_id": p["geonames_id"]}


def synth(gold, out_dir, story_of):
    """Write documents/events/stories.jsonl built from the gold itself (first type, actor,
    recipient, place, destination, modality and claimant of each event; links merged;
    contradictions listed), to confirm the gold is scorable."""
    os.makedirs(out_dir, exist_ok=True)
    parent = {}

    def find(x):
        while parent.get(x, x) != x:
            x = parent[x]
        return x
    for l in gold["story_links"]:
        a = find(l["events"][0])
        for b in l["events"][1:]:
            parent[find(b)] = a
    docs, events, stories = [], [], {}
    for d in gold["documents"]:
        text = read_page(d["file"])
        s, e = body_span(text, d["body_first"], d["body_last"])
        did = "doc-" + d["file"].split("_", 1)[0]
        docs.append({"doc_id": did, "input": d["file"], "outlet": {"name": d["outlet"]},
                     "language": d["language"], "title": d["title"],
                     "published": {"value": d["published"]}, "text": text,
                     "body": {"text": text[s:e]}, "comments": [], "credits": []})
        sid = story_of[d["file"]]
        st = stories.setdefault(sid, {"story_id": sid, "title": sid, "documents": [],
                                      "events": {}, "contradictions": []})
        st["documents"].append(did)
        for g in d["events"]:
            c = g["claimants"][0]
            claim = [] if c is None else [{"name": gold["entities"][c]["names"][0], "identifier_id": c}
                                          if c in gold["entities"] else {"name": c}]
            events.append({"id": g["id"], "doc_id": did, "event": g["types"][:1],
                           "actor": [_entity(gold, g["actor"][0])],
                           "recipient": [_entity(gold, g["recipient"][0])] if g["recipient"] else [],
                           "event_loc": _loc(gold, g["place"]),
                           "destination": _loc(gold, g.get("destination", [])),
                           "date": g["date"], "claim": {"modality": g["modality"][0], "claimants": claim},
                           "event_text": g["evidence"], "story_id": sid})
            m = "m-" + find(g["id"])
            st["events"].setdefault(m, {"id": m, "reports": []})["reports"].append(g["id"])
    for c in gold["contradictions"]:
        sid = story_of[next(d["file"] for d in gold["documents"]
                            if any(e["id"] == c["events"][0] for e in d["events"]))]
        stories[sid]["contradictions"].append({"kind": c["kind"], "field": c["field"],
                                               "event_ids": list(c["events"])})
    with open(os.path.join(out_dir, "documents.jsonl"), "w", encoding="utf-8") as f:
        for x in docs:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(out_dir, "events.jsonl"), "w", encoding="utf-8") as f:
        for x in events:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(out_dir, "stories.jsonl"), "w", encoding="utf-8") as f:
        for st in stories.values():
            st = dict(st, events=list(st["events"].values()))
            f.write(json.dumps(st, ensure_ascii=False) + "\n")


def counts(gold):
    ev = [(d["language"], e) for d in gold["documents"] for e in d["events"]]
    opt = sum(1 for _, e in ev if e.get("optional"))
    req = {l: sum(1 for lang, e in ev if lang == l and not e.get("optional")) for l in ("en", "ar")}

    def tags(recs):
        out = {"English": 0, "Arabic": 0, "across": 0}
        for r in recs:
            out[re.search(r"\((English|Arabic|across)\)$", r["note"]).group(1)] += 1
        return out
    return {"events": len(ev), "optional": opt, "required": req["en"] + req["ar"],
            "required_en": req["en"], "required_ar": req["ar"],
            "entities": len(gold["entities"]), "places": len(gold["places"]),
            "links": len(gold["story_links"]), "links_by_lang": tags(gold["story_links"]),
            "contradictions": len(gold["contradictions"]),
            "contradictions_by_lang": tags(gold["contradictions"])}
