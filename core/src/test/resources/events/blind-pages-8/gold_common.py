"""Shared helpers for the blind-pages-8 gold generator (see make_gold.py).

An event is written with E(...); every story module (gold_dahyan.py, gold_ghwayran.py,
gold_baghdad.py, gold_watiya.py) defines ENTITIES, PLACES, DOCS, LINKS, CONTRADICTIONS and WINDOW.
"""

# Speech acts: when their only named claimants are their own actors, the outlet's own voice
# (null) is also accepted as claimant (blind-pages-6/-7 convention).
SPEECH = {"ACCUSE", "REJECT", "THREATEN", "REQUEST", "AGREE", "SUPPORT", "CONSULT"}

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODALITIES = {"asserted", "denied", "planned", "possible", "alleged", "hypothetical", "historical"}


def E(id, types, actor, recipient, place, date, modality, claimants, evidence, **kw):
    """One gold event. types, actor, recipient, place, modality, claimants are lists
    (a bare string is taken as a one-item list); claimants may hold None (= the outlet)."""
    def L(x):
        if x is None:
            return []
        return [x] if isinstance(x, str) else list(x)
    ev = {
        "id": id,
        "types": L(types),
        "actor": L(actor),
        "recipient": L(recipient),
        "place": L(place),
        "date": date,
        "modality": L(modality),
        "claimants": [None] if claimants is None else (list(claimants) if isinstance(claimants, (list, tuple)) else [claimants]),
        "evidence": evidence,
    }
    order = ["date_also", "size", "mode", "destination", "optional", "note", "gloss"]
    for k in kw:
        if k not in order:
            raise ValueError(f"{id}: unknown field {k}")
    for k in order:
        if k in kw and kw[k] is not None:
            v = kw[k]
            if k in ("mode", "destination") and isinstance(v, str):
                v = [v]
            ev[k] = v
    if set(ev["types"]) & SPEECH:
        named = [c for c in ev["claimants"] if c is not None]
        if named and None not in ev["claimants"] and all(c in ev["actor"] for c in named):
            ev["claimants"].append(None)
    return ev


def days(start, end):
    """All days from start to end inclusive, as YYYY-MM-DD strings."""
    import datetime as dt
    a = dt.date.fromisoformat(start)
    b = dt.date.fromisoformat(end)
    out = []
    while a <= b:
        out.append(a.isoformat())
        a += dt.timedelta(days=1)
    return out


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
