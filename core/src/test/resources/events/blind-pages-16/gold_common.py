"""Shared pieces of the blind-pages-16 gold generator: vocabularies, shared entities and places,
the event builder and the checks. Written for this set (see README.md)."""
import gzip, math, os, re, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CITIES500 = "/work/shared/data/geonames/cities500.txt.gz"

PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
MODALITIES = ["asserted", "denied", "planned", "possible", "alleged", "hypothetical", "historical"]
# PLOVER modes this set uses (the scorer does not read modes; the list keeps them consistent).
MODES = {"aerial", "heavy-weapons", "firearms", "explosives", "destroy", "unconventional",
         "withdraw", "release", "disarm", "ceasefire", "access", "seize", "arrest",
         "military", "humanitarian", "meet", "mediate"}
# speech acts: when every named claimant is one of the event's own actors, the outlet's voice
# (null) is accepted as well.
SPEECH = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
SIZE_KEYS = {"dead", "wounded", "injured", "people", "fighters", "captives", "casualties",
             "rockets", "missiles", "drones", "vehicles", "trucks", "buses", "tanks", "strikes",
             "children", "villages", "targets"}

# Entities that more than one story uses (each story module adds its own).
SHARED_ENTITIES = {
    "un": {"code": "IGO", "names": ["United Nations", "the United Nations", "U.N.", "the U.N.", "UN",
                                    "U.N. agencies", "الأمم المتحدة", "المنظمات الدولية"]},
    "unsc": {"code": "IGO", "names": ["U.N. Security Council", "Security Council", "the Security Council",
                                      "the U.N. Security Council", "مجلس الأمن الدولي", "مجلس الأمن",
                                      "رئيس مجلس الأمن الدولي", "رئيس مجلس الأمن"], "member_of": "un"},
    "guterres": {"code": "IGO", "names": ["Antonio Guterres", "U.N. Secretary-General Antonio Guterres",
                                          "Guterres", "أنطونيو غوتيريش", "غوتيريش",
                                          "الأمين العام للأمم المتحدة أنطونيو غوتيريش"], "member_of": "un"},
    "saudi-gov": {"code": "SAU GOV", "names": ["Saudi Arabia", "Riyadh", "the kingdom", "المملكة العربية السعودية",
                                               "السعودية", "المملكة", "الأشقاء في المملكة العربية السعودية"]},
    "uae": {"code": "ARE GOV", "names": ["United Arab Emirates", "the United Arab Emirates", "UAE", "the UAE",
                                         "Abu Dhabi", "the Emiratis", "الإمارات", "دولة الإمارات",
                                         "دولة الإمارات العربية المتحدة", "أبوظبي"]},
    "egypt-gov": {"code": "EGY GOV", "names": ["Egypt", "مصر"]},
    "qatar-gov": {"code": "QAT GOV", "names": ["Qatar", "قطر"]},
    "arab-league": {"code": "IGO", "names": ["Arab League", "the Arab League", "جامعة الدول العربية"]},
    "aboul-gheit": {"code": "IGO", "names": ["Ahmed Aboul Gheit", "Aboul Gheit", "Arab League chief Ahmed Aboul Gheit",
                                            "Arab League Secretary-General Ahmed Aboul Gheit", "أحمد أبو الغيط"],
                    "member_of": "arab-league"},
    "us-gov": {"code": "USA GOV", "names": ["United States", "the United States", "Washington", "U.S.", "US",
                                            "الولايات المتحدة", "واشنطن", "الإدارة الأميركية"]},
    "france-gov": {"code": "FRA GOV", "names": ["France", "فرنسا", "French"]},
    "unidentified-attackers": {"code": "UAF", "names": ["unidentified attackers", "unknown attackers", "Drones",
                                                        "drones", "مجهولون"]},
}

SHARED_PLACES = {}


def _split(v):
    if v is None:
        return []
    if isinstance(v, str):
        return v.split()
    return list(v)


def E(n, types, actor, recipient, place, date, modality, claimants, evidence, **kw):
    """One gold event. types/actor/recipient/place/modality: a space-separated string of ids or a
    list (literal words with spaces go in a list); claimants: a list, None = the outlet's voice."""
    e = {"n": n, "types": _split(types), "actor": _split(actor), "recipient": _split(recipient),
         "place": _split(place), "date": date, "modality": _split(modality),
         "claimants": list(claimants), "evidence": evidence}
    if "date_also" in kw:
        e["date_also"] = list(kw["date_also"])
    if "size" in kw:
        e["size"] = dict(kw["size"])
    if "mode" in kw:
        e["mode"] = _split(kw["mode"])
    if "destination" in kw:
        e["destination"] = _split(kw["destination"])
    if kw.get("optional"):
        e["optional"] = True
    for k in ("note", "gloss"):
        if kw.get(k):
            e[k] = kw[k]
    unknown = set(kw) - {"date_also", "size", "mode", "destination", "optional", "note", "gloss"}
    if unknown:
        raise ValueError(f"event {n}: unknown keys {unknown}")
    return e


def script_lang(t):
    """The scorer's test: Arabic when more than a third of the characters are Arabic script."""
    t = t or ""
    ar = sum(1 for ch in t if "\u0600" <= ch <= "\u06ff")
    return "ar" if ar > len(t) / 3 else "en"


def load_cities500(ids):
    want = {str(i) for i in ids}
    out = {}
    with gzip.open(CITIES500, "rt", encoding="utf-8") as f:
        for line in f:
            gid = line.split("\t", 1)[0]
            if gid in want:
                c = line.rstrip("\n").split("\t")
                out[int(gid)] = {"name": c[1], "lat": float(c[4]), "lon": float(c[5]), "cc": c[8]}
    return out


def km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(min(1.0, a)))


def merge_entities(stories):
    """Shared entities plus each story's own; an id defined twice must keep one code."""
    ents, errors = {k: dict(v, names=list(v["names"])) for k, v in SHARED_ENTITIES.items()}, []
    for st in stories:
        for k, v in st.ENTITIES.items():
            if k in ents:
                if ents[k]["code"] != v["code"]:
                    errors.append(f"entity {k}: code {ents[k]['code']} vs {v['code']} ({st.NAME})")
                for nm in v["names"]:
                    if nm not in ents[k]["names"]:
                        ents[k]["names"].append(nm)
            else:
                ents[k] = dict(v, names=list(v["names"]))
    return ents, errors


def merge_places(stories):
    places, errors = dict(SHARED_PLACES), []
    for st in stories:
        for k, v in st.PLACES.items():
            if k in places and places[k] != v:
                errors.append(f"place {k} defined twice with different data ({st.NAME})")
            places[k] = v
    return places, errors


def body_span(text, doc):
    a = text.find(doc["body_first"])
    b = text.find(doc["body_last"])
    if a < 0 or b < 0:
        return None
    return a, b + len(doc["body_last"])


def speech_null(ev):
    """Speech acts: when every named claimant is one of the event's own actors, the outlet's voice
    (None) is accepted as well; when only the outlet's voice is given, the speakers (the actors)
    are accepted as well."""
    if ev["types"][0] not in SPEECH:
        return
    named = [c for c in ev["claimants"] if c is not None]
    if named and all(c in ev["actor"] for c in named) and None not in ev["claimants"]:
        ev["claimants"].append(None)
    elif not named:
        ev["claimants"].extend(ev["actor"])


def lang_tag(langs):
    langs = set(langs)
    return "English" if langs == {"en"} else "Arabic" if langs == {"ar"} else "across"


def check_and_build(stories, about):
    errors, warnings = [], []
    ents, e1 = merge_entities(stories)
    places, e2 = merge_places(stories)
    errors += e1 + e2
    for k, v in ents.items():
        if v.get("member_of") and v["member_of"] not in ents:
            errors.append(f"entity {k}: member_of {v['member_of']} unknown")
        if not v.get("code") or not v.get("names"):
            errors.append(f"entity {k}: code and names required")
    gids = [p["geonames_id"] for p in places.values() if p.get("geonames_id")]
    c500 = load_cities500(gids)
    for k, p in places.items():
        for f in ("names", "lat", "lon", "radius_km", "note"):
            if f not in p:
                errors.append(f"place {k}: missing {f}")
        g = p.get("geonames_id")
        if g:
            row = c500.get(g)
            if not row:
                errors.append(f"place {k}: GeoNames id {g} not in cities500")
            elif km(row["lat"], row["lon"], p["lat"], p["lon"]) > 1.0:
                errors.append(f"place {k}: coordinates {p['lat']},{p['lon']} far from cities500 "
                              f"{row['name']} {row['lat']},{row['lon']}")
        elif "approximate" not in p.get("note", "").lower():
            errors.append(f"place {k}: no GeoNames id and the note does not say 'approximate'")
    used_e, used_p = set(), set()
    docs_out, ev_index = [], {}
    for st in stories:
        w0, w1 = st.WINDOW
        bg = getattr(st, "BACKGROUND_FROM", w0)
        for d in st.DOCUMENTS:
            path = os.path.join(HERE, d["file"])
            if not os.path.exists(path):
                errors.append(f"{d['file']}: page missing")
                continue
            text = open(path, encoding="utf-8").read()
            where = d["file"][:4]
            words = len(text.split())
            if not 300 <= words <= 700:
                warnings.append(f"{where}: {words} words (outside 300-700)")
            span = body_span(text, d)
            if span is None:
                errors.append(f"{where}: body_first or body_last not in page")
                continue
            body = text[span[0]:span[1]]
            for f in ("title", "dateline"):
                if d[f] not in text:
                    errors.append(f"{where}: {f} not in page: {d[f]!r}")
            if text.find(d["title"]) > span[0]:
                errors.append(f"{where}: title inside body")
            for c in d["chrome"]:
                i = text.find(c)
                if i < 0:
                    errors.append(f"{where}: chrome line not in page: {c!r}")
                elif span[0] <= i < span[1]:
                    errors.append(f"{where}: chrome line inside body: {c!r}")
            if script_lang(d["body_first"]) != d["language"]:
                errors.append(f"{where}: language {d['language']} but the scorer's test says "
                              f"{script_lang(d['body_first'])}")
            pub = d["published"][:10]
            if not w0 <= pub <= w1:
                errors.append(f"{where}: published {pub} outside window {w0}..{w1}")
            seen_ev, evs = {}, []
            for e in d["events"]:
                eid = f"b{d['file'][:4]}-{e['n']}"
                tag = f"{eid}"
                if eid in ev_index:
                    errors.append(f"{tag}: duplicate id")
                ev = {k: v for k, v in e.items() if k != "n"}
                ev = {"id": eid, **ev}
                if not ev["types"] or any(t not in PLOVER for t in ev["types"]):
                    errors.append(f"{tag}: bad types {ev['types']}")
                if not ev["modality"] or any(m not in MODALITIES for m in ev["modality"]):
                    errors.append(f"{tag}: bad modality {ev['modality']}")
                if not ev["actor"]:
                    errors.append(f"{tag}: empty actor list")
                if not ev["claimants"]:
                    errors.append(f"{tag}: empty claimant list")
                for m in ev.get("mode", []):
                    if m not in MODES:
                        errors.append(f"{tag}: mode {m} not in the set's PLOVER modes")
                for k in ev.get("size", {}):
                    if k not in SIZE_KEYS:
                        errors.append(f"{tag}: size key {k} unknown")
                if ev["evidence"] not in body:
                    errors.append(f"{tag}: evidence not verbatim in body: {ev['evidence'][:70]!r}")
                if ev["evidence"] in seen_ev:
                    warnings.append(f"{tag}: same evidence as {seen_ev[ev['evidence']]}")
                seen_ev[ev["evidence"]] = eid
                for role in ("actor", "recipient", "claimants"):
                    for a in ev[role]:
                        if a is None:
                            continue
                        if a in ents:
                            used_e.add(a)
                        elif a.lower() not in text.lower():
                            errors.append(f"{tag}: literal {role} {a!r} is neither an entity id nor in the page")
                for role in ("place", "destination"):
                    for p in ev.get(role, []):
                        if p not in places:
                            errors.append(f"{tag}: unknown place {p}")
                        used_p.add(p)
                dates = [ev["date"]] + [x for x in ev.get("date_also", []) if x]
                for x in dates:
                    if x is None:
                        continue
                    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", x):
                        errors.append(f"{tag}: bad date {x}")
                    elif not bg <= x <= w1:
                        errors.append(f"{tag}: date {x} outside {bg}..{w1}")
                if ev["date"] and ev["modality"][0] == "asserted" and ev["date"] > pub:
                    errors.append(f"{tag}: asserted event dated {ev['date']} after publication {pub}")
                if ev["date"] is None and "date_also" not in ev:
                    warnings.append(f"{tag}: undated without date_also")
                if d["language"] == "ar" and not ev.get("gloss"):
                    warnings.append(f"{tag}: Arabic event without gloss")
                speech_null(ev)
                evs.append(ev)
                ev_index[eid] = (st.NAME, d["file"], d["language"], ev.get("optional", False))
            docs_out.append({"file": d["file"], "outlet": d["outlet"], "language": d["language"],
                             "title": d["title"], "published": d["published"],
                             "published_note": d["published_note"], "dateline": d["dateline"],
                             "body_first": d["body_first"], "body_last": d["body_last"],
                             "chrome_not_body": d["chrome"], "comments_first": None,
                             "comments_last": None, "comment_authors": [], "events": evs})
    links, contras = [], []
    for st in stories:
        for note, ids in st.LINKS:
            rec = _pair_record(st, ids, note, ev_index, errors, warnings, "link")
            if rec:
                links.append(rec)
        for kind, field, note, ids in st.CONTRADICTIONS:
            if kind not in ("negation", "value", "status"):
                errors.append(f"contradiction {note[:40]}: kind {kind}")
            rec = _pair_record(st, ids, note, ev_index, errors, warnings, "contradiction")
            if rec:
                contras.append({"kind": kind, "field": field, **rec})
    for i, l in enumerate(links, 1):
        l["id"] = f"B16-L{i}"
    for i, c in enumerate(contras, 1):
        c["id"] = f"B16-C{i}"
    links = [{"id": l["id"], "note": l["note"], "events": l["events"]} for l in links]
    contras = [{"id": c["id"], "kind": c["kind"], "field": c["field"], "note": c["note"],
                "events": c["events"]} for c in contras]
    for k in ents:
        if k not in used_e and not any(v.get("member_of") == k for v in ents.values()):
            warnings.append(f"entity {k} unused")
    for k in places:
        if k not in used_p:
            warnings.append(f"place {k} unused")
    keep = set()
    for k in used_e:
        while k and k not in keep:
            keep.add(k)
            k = ents[k].get("member_of")
    used_ents = {k: v for k, v in ents.items() if k in keep}
    gold = {"about": about, "entities": used_ents,
            "places": {k: v for k, v in places.items() if k in used_p},
            "documents": docs_out, "story_links": links, "contradictions": contras}
    return gold, errors, warnings


def _pair_record(st, ids, note, ev_index, errors, warnings, what):
    bad = [i for i in ids if i not in ev_index]
    if bad:
        errors.append(f"{what} {note[:50]!r}: unknown events {bad}")
        return None
    if any(ev_index[i][0] != st.NAME for i in ids):
        errors.append(f"{what} {note[:50]!r}: events of another story")
    if len({ev_index[i][1] for i in ids}) < 2:
        errors.append(f"{what} {note[:50]!r}: does not join two pages")
    if any(ev_index[i][3] for i in ids):
        warnings.append(f"{what} {note[:50]!r}: rests on an optional event")
    if re.search(r"\((English|Arabic|across)\)\s*$", note):
        errors.append(f"{what} {note[:50]!r}: the generator writes the language tag itself")
    tag = lang_tag(ev_index[i][2] for i in ids)
    return {"note": f"{note} ({tag}).", "events": list(ids)}
