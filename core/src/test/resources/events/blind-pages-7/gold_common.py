"""Helpers shared by the story modules of blind-pages-7 (see make_gold.py).

Each story module (gold_sirte.py, gold_deirezzor.py, gold_ahli.py, gold_aden.py) defines
WINDOW, ENTITIES, PLACES, DOCS, LINKS and CONTRAS with the helpers below; make_gold.py merges them,
checks them against the pages and writes blind-pages-7.gold.json. Same shapes as blind-pages-6 (and -5).
"""


def E(id, types, actor, recipient, place, date, modality, claimants, evidence,
      date_also=None, size=None, mode=None, destination=None, optional=False,
      note=None, gloss=None):
    """One gold event, keys in the order of blind-pages-6's gold."""
    e = {
        "id": id,
        "types": list(types),
        "actor": list(actor),
        "recipient": list(recipient),
        "place": list(place),
        "date": date,
        "modality": list(modality),
        "claimants": list(claimants),
        "evidence": evidence,
    }
    if date_also is not None:
        e["date_also"] = list(date_also)
    if size:
        e["size"] = dict(size)
    if mode:
        e["mode"] = list(mode)
    if destination:
        e["destination"] = list(destination)
    if optional:
        e["optional"] = True
    if note:
        e["note"] = note
    if gloss:
        e["gloss"] = gloss
    return e


def doc(file, outlet, language, title, published, published_note, dateline,
        body_first, body_last, chrome_not_body, events):
    """One gold document (no reader comments on any page of this set)."""
    return {
        "file": file,
        "outlet": outlet,
        "language": language,
        "title": title,
        "published": published,
        "published_note": published_note,
        "dateline": dateline,
        "body_first": body_first,
        "body_last": body_last,
        "chrome_not_body": list(chrome_not_body),
        "comments_first": None,
        "comments_last": None,
        "comment_authors": [],
        "events": list(events),
    }


def P(names, lat, lon, radius_km, geonames_id=None, note=None):
    """One gold place; a GeoNames cities500 id gets the standard note."""
    if geonames_id is not None and note is None:
        note = f"GeoNames cities500 ({geonames_id})"
    elif geonames_id is not None:
        note = f"GeoNames cities500 ({geonames_id}); {note}"
    return {"names": list(names), "lat": lat, "lon": lon, "radius_km": radius_km,
            "geonames_id": geonames_id, "note": note}


def N(code, names, member_of=None):
    """One gold entity: a code and the names as they appear in the pages (both scripts)."""
    e = {"code": code, "names": list(names)}
    if member_of:
        e["member_of"] = member_of
    return e
