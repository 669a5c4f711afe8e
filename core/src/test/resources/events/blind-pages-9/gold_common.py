"""Shared helpers for the blind-pages-9 gold (see make_gold.py)."""

PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
MODALITIES = ["asserted", "denied", "planned", "possible", "alleged", "hypothetical", "historical"]
# speech acts: the speaker is also an acceptable claimant, so null (the outlet's voice) is added
# when the only named claimants are the event's own actors
SPEECH = {"ACCUSE", "REJECT", "THREATEN", "REQUEST", "AGREE", "SUPPORT", "CONSULT", "CONCEDE"}
OPTIONAL_KEYS = ("date_also", "size", "mode", "destination", "optional", "note", "gloss")


def E(key, types, actor, recipient, place, date, modality, claimants, evidence, **kw):
    """One gold event. `key` is a short local name used by links and contradictions;
    the generator turns it into the event id b9NN-k in page order."""
    unknown = set(kw) - set(OPTIONAL_KEYS)
    if unknown:
        raise ValueError(f"{key}: unknown fields {sorted(unknown)}")
    if isinstance(types, str):
        types = [types]
    if isinstance(modality, str):
        modality = [modality]
    e = {"key": key, "types": list(types), "actor": list(actor), "recipient": list(recipient),
         "place": list(place), "date": date, "modality": list(modality),
         "claimants": list(claimants), "evidence": evidence}
    for k in OPTIONAL_KEYS:
        if k in kw:
            e[k] = kw[k]
    return e


def D(file, outlet, language, title, published, published_note, dateline, body_first, body_last,
      chrome_not_body, events, comments_first=None, comments_last=None, comment_authors=None):
    return {"file": file, "outlet": outlet, "language": language, "title": title,
            "published": published, "published_note": published_note, "dateline": dateline,
            "body_first": body_first, "body_last": body_last, "chrome_not_body": chrome_not_body,
            "comments_first": comments_first, "comments_last": comments_last,
            "comment_authors": comment_authors or [], "events": events}


def ent(code, names, member_of=None):
    d = {"code": code, "names": names}
    if member_of:
        d["member_of"] = member_of
    return d


def place(names, lat, lon, radius_km, geonames_id=None, note=None):
    if note is None:
        note = f"GeoNames cities500 ({geonames_id})" if geonames_id else "approximate"
    return {"names": names, "lat": lat, "lon": lon, "radius_km": radius_km,
            "geonames_id": geonames_id, "note": note}


def L(note, a, b):
    """A story link between two events, each given as (page number, key)."""
    return {"note": note, "events": [a, b]}


def C(kind, field, note, a, b):
    """A contradiction between two events of different pages, each given as (page number, key)."""
    return {"kind": kind, "field": field, "note": note, "events": [a, b]}
