#!/usr/bin/env python3
"""Build blind-pages-7.gold.json from the story modules, checking it against the pages.

(Adapted from blind-pages-6/make_gold.py: the same checks - page length, publication date inside the
story window, duplicate evidence within a page - plus a check that every link and contradiction joins
events of one story module, and a warning for links or contradictions that rest on optional events.)

usage: python3 make_gold.py            (writes blind-pages-7.gold.json next to this script)
       python3 make_gold.py --check    (checks only, writes nothing)

Checks (any failure stops the build):
- every document's title, dateline, body_first, body_last and chrome line occurs verbatim in its
  page; body_first comes before body_last; chrome lines lie outside the body;
- every event's evidence occurs verbatim inside the body (between body_first and body_last);
- event ids are unique and carry their page number; types are PLOVER categories; modalities and
  dates are well formed and dates fall inside the story's window;
- every actor, recipient and claimant is an entity id or a literal that occurs in the page;
- every place and destination id exists; GeoNames ids exist in cities500 with the same coordinates;
- every entity's member_of exists; story links name existing events of at least two documents,
  contradictions at least two existing events;
- (warnings only) a page outside 300-700 words, two events of a page with the same evidence, an
  undated event without date_also, an Arabic event without gloss, an unused entity or place.
Before writing, speech acts whose only named claimants are their own actors also get null (the
outlet's voice) as an acceptable claimant (see speech_claimants).
"""
import datetime
import gzip
import importlib
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(HERE, "blind-pages-7.gold.json")
GEONAMES = "/work/shared/data/geonames/cities500.txt.gz"
STORY_MODULES = ["gold_sirte", "gold_deirezzor", "gold_ahli", "gold_aden"]

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODALITIES = {"asserted", "denied", "planned", "possible", "alleged", "hypothetical", "historical"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PUB_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")

ABOUT = (
    "Seventh blind page-level gold for 16 pages written for Sitrep's evaluation: 8 English, 8 Arabic, "
    "four stories (Sirte, Dec 2016: forces of the UN-backed Government of National Accord (Bunyan "
    "al-Marsous, Misrata brigades) clear the last Islamic State pocket in Giza Bahriya, surrenders, women "
    "and children leaving, US air strikes and their count, tolls of GNA fighters, Haftar's camp dismissing "
    "the victory, Serraj and the UN envoy; Deir ez-Zor, Sep 2017: the Syrian army (Tiger Forces) breaks the "
    "IS siege, Kalibr missiles from a Russian frigate, Assad's and Putin's congratulations, Russian claims "
    "of IS commanders killed, opposition and monitor tolls of civilians killed in Russian raids and Russian "
    "denials, the SDF's own offensive east of the Euphrates and its charge that Russian jets struck it; "
    "Gaza, 17-18 Oct 2023: the blast at al-Ahli Arab hospital, the Hamas-run health ministry's tolls blaming "
    "an Israeli strike, Israel's account of a misfired Islamic Jihad rocket and the PIJ denial, the US "
    "assessment, Arab condemnations, the cancelled Amman summit, protests; Aden, 30-31 Dec 2020: the attack "
    "on Aden airport as the new power-sharing cabinet landed, tolls, the ICRC staff killed, the government "
    "and coalition blaming the Houthis and the Houthi denials, the drone near Maashiq palace, coalition "
    "strikes on Sanaa, the UN envoy's condemnation), each told by four invented outlets with different "
    "partisan voices (a wire, an outlet aligned with each side, a regional paper). Pages and gold written "
    "by one helper acting as an independent annotator, without reading Sitrep's code, lexicons, resources, "
    "tests or tools, or any set's misses or Sitrep output, coded by shared/docs/CODING.md in the format and "
    "conventions of blind-pages-6: a denial coded once, both readings accepted (REJECT by the denier, or "
    "the denied event with modality denied); the speaker of a speech act is also an acceptable claimant; "
    "null claimant = the outlet's own voice; tolls given by different sources are separate events with "
    "size; unnamed actors as literal words; a claim of responsibility (and an accusation naming the "
    "attacker) is the attack itself with the claiming or accusing party as claimant, ACCUSE also accepted; "
    "an attack whose author the outlet leaves open has the unidentified attackers and the side blamed as "
    "acceptable actors; condemnations are ACCUSE or REJECT; an announced investigation is ACCUSE; promises "
    "and pledges are AGREE; orders and appeals are REQUEST; surrender is RETREAT or CONCEDE; civilians' "
    "flight is RETREAT or MOBILIZE with the destination; raising or waving flags is SUPPORT."
)


def norm(s):
    """The scorer's normalisation (shared/tools/score_events.py)."""
    if s is None:
        return ""
    s = unicodedata.normalize("NFKC", str(s)).lower()
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    s = re.sub(r"[\u064B-\u0652\u0640]", "", s)
    s = re.sub(r"[أإآ]", "ا", s)
    s = re.sub(r"[-_'\"“”()\[\].,:;]", " ", s)
    s = re.sub(r"^(the|a|an) ", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


class Checker:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def err(self, msg):
        self.errors.append(msg)

    def warn(self, msg):
        self.warnings.append(msg)


def merge_catalog(mods, ck):
    entities, places = {}, {}
    for m in mods:
        for k, v in getattr(m, "ENTITIES", {}).items():
            if k in entities:
                if entities[k]["code"] != v["code"]:
                    ck.err(f"entity {k}: code {v['code']} in {m.__name__} vs {entities[k]['code']}")
                for n in v["names"]:
                    if n not in entities[k]["names"]:
                        entities[k]["names"].append(n)
            else:
                entities[k] = {"code": v["code"], "names": list(v["names"])}
                if v.get("member_of"):
                    entities[k]["member_of"] = v["member_of"]
        for k, v in getattr(m, "PLACES", {}).items():
            if k in places:
                if (places[k]["lat"], places[k]["lon"]) != (v["lat"], v["lon"]):
                    ck.err(f"place {k} defined twice with different coordinates")
                for n in v["names"]:
                    if n not in places[k]["names"]:
                        places[k]["names"].append(n)
            else:
                places[k] = dict(v, names=list(v["names"]))
    return entities, places


def load_geonames(ids):
    found = {}
    if not ids or not os.path.exists(GEONAMES):
        return found
    want = {str(i) for i in ids}
    with gzip.open(GEONAMES, "rt", encoding="utf-8") as f:
        for line in f:
            gid = line.split("\t", 1)[0]
            if gid in want:
                c = line.rstrip("\n").split("\t")
                found[int(gid)] = (c[1], float(c[4]), float(c[5]))
    return found


def check_catalog(entities, places, ck):
    for k, v in entities.items():
        if not re.match(r"^[a-z0-9]+(-[a-z0-9]+)*$", k):
            ck.err(f"entity id {k!r} is not a lower-case slug")
        if not v["names"]:
            ck.err(f"entity {k} has no names")
        if v.get("member_of") and v["member_of"] not in entities:
            ck.err(f"entity {k}: member_of {v['member_of']} unknown")
        if len(set(v["names"])) != len(v["names"]):
            ck.err(f"entity {k}: duplicate names")
    gids = [p["geonames_id"] for p in places.values() if p.get("geonames_id")]
    geo = load_geonames(gids)
    for k, p in places.items():
        for f in ("lat", "lon", "radius_km"):
            if not isinstance(p.get(f), (int, float)):
                ck.err(f"place {k}: {f} missing")
        if not p.get("note"):
            ck.err(f"place {k}: note missing")
        gid = p.get("geonames_id")
        if gid:
            if gid not in geo:
                ck.err(f"place {k}: geonames id {gid} not in cities500")
            else:
                name, lat, lon = geo[gid]
                if abs(lat - p["lat"]) > 0.01 or abs(lon - p["lon"]) > 0.01:
                    ck.err(f"place {k}: coordinates differ from GeoNames {gid} ({name} {lat},{lon})")


def body_span(text, d, ck):
    a = text.find(d["body_first"])
    b = text.find(d["body_last"])
    if a < 0:
        ck.err(f"{d['file']}: body_first not in page")
    if b < 0:
        ck.err(f"{d['file']}: body_last not in page")
    if a >= 0 and b >= 0 and b < a:
        ck.err(f"{d['file']}: body_last before body_first")
    return a, (b + len(d["body_last"]) if b >= 0 else -1)


def check_doc(d, mod, entities, places, ck, seen_ids):
    path = os.path.join(HERE, d["file"])
    if not os.path.exists(path):
        ck.err(f"{d['file']}: page missing")
        return
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = [l.strip() for l in text.splitlines()]
    num = d["file"][:3]
    if d["title"] not in lines:
        ck.err(f"{d['file']}: title is not a line of the page")
    if d["dateline"] and d["dateline"] not in text:
        ck.err(f"{d['file']}: dateline not in page")
    if not PUB_RE.match(d["published"] or ""):
        ck.err(f"{d['file']}: published {d['published']!r} malformed")
    if d["language"] not in ("en", "ar"):
        ck.err(f"{d['file']}: language {d['language']}")
    ar = sum(1 for ch in d["body_first"] if "\u0600" <= ch <= "\u06ff")
    if (ar > len(d["body_first"]) / 3) != (d["language"] == "ar"):
        ck.err(f"{d['file']}: body_first script does not match language (the scorer's --lang test)")
    nwords = len(text.split())
    if not (300 <= nwords <= 720):
        ck.warn(f"{d['file']}: {nwords} words (brief: 300-700)")
    lo_w, hi_w = mod.WINDOW
    if d["published"] and not (lo_w <= d["published"][:10] <= hi_w):
        ck.err(f"{d['file']}: published {d['published']} outside story window")
    evs = [e["evidence"] for e in d["events"]]
    for x in set(evs):
        if evs.count(x) > 1:
            ck.warn(f"{d['file']}: evidence used by {evs.count(x)} events: {x[:50]!r}")
    start, end = body_span(text, d, ck)
    bare = {l.lstrip("-").strip() for l in lines}
    for c in d["chrome_not_body"]:
        pos = text.find(c)
        if c not in lines and c not in bare:
            ck.err(f"{d['file']}: chrome line {c!r} is not a line of the page")
        elif start <= pos < end:
            ck.err(f"{d['file']}: chrome line {c!r} lies inside the body")
    body = text[start:end] if start >= 0 and end > 0 else ""
    ntext = norm(text)
    lo, hi = mod.WINDOW
    for e in d["events"]:
        eid = e["id"]
        if eid in seen_ids:
            ck.err(f"{eid}: duplicate id")
        seen_ids[eid] = d["file"]
        if not eid.startswith(f"b{num}-"):
            ck.err(f"{eid}: id does not carry page number {num}")
        if not e["types"] or not set(e["types"]) <= TYPES:
            ck.err(f"{eid}: bad types {e['types']}")
        if not e["modality"] or not set(e["modality"]) <= MODALITIES:
            ck.err(f"{eid}: bad modality {e['modality']}")
        if e["evidence"] not in body:
            where = "page" if e["evidence"] in text else "nowhere"
            ck.err(f"{eid}: evidence not in the body (found in {where}): {e['evidence'][:60]!r}")
        for dd in [e["date"]] + [x for x in e.get("date_also", []) if x is not None]:
            if dd is None:
                continue
            if not DATE_RE.match(dd):
                ck.err(f"{eid}: bad date {dd!r}")
                continue
            try:
                datetime.date.fromisoformat(dd)
            except ValueError:
                ck.err(f"{eid}: impossible date {dd!r}")
            if not (lo <= dd <= hi):
                ck.err(f"{eid}: date {dd} outside story window {lo}..{hi}")
        if e["date"] is not None and e["date"] in e.get("date_also", []):
            ck.warn(f"{eid}: date repeated in date_also")
        if e["date"] is None and "historical" not in e["modality"] and not e.get("date_also"):
            ck.warn(f"{eid}: no date and no date_also")
        for role in ("actor", "recipient", "claimants"):
            for a in e[role]:
                if a is None:
                    if role != "claimants":
                        ck.err(f"{eid}: null in {role}")
                    continue
                if a in entities:
                    continue
                if re.match(r"^[a-z0-9]+(-[a-z0-9]+)+$", a):
                    ck.err(f"{eid}: {role} {a!r} looks like an id but no such entity")
                elif norm(a) not in ntext:
                    ck.err(f"{eid}: literal {role} {a!r} does not occur in the page")
        if not e["claimants"]:
            ck.err(f"{eid}: empty claimants (use [null] for the outlet's voice)")
        for role in ("place", "destination"):
            for p in e.get(role, []):
                if p not in places:
                    ck.err(f"{eid}: {role} {p!r} unknown")
        for k, v in (e.get("size") or {}).items():
            if not isinstance(v, (int, float)) or isinstance(v, bool):
                ck.err(f"{eid}: size {k} is not a number")
        if d["language"] == "ar" and not e.get("gloss"):
            ck.warn(f"{eid}: Arabic event without gloss")


SPEECH = {"ACCUSE", "REJECT", "THREATEN", "REQUEST", "AGREE", "SUPPORT", "CONSULT", "CONCEDE"}


def speech_claimants(docs):
    """A speech act reported in the outlet's voice ("X said/denied/demanded ...") accepts both the
    speaker and null (the outlet's own voice) as claimant: add null where the module named only the
    speaker (every named claimant is also an actor of the event). Returns the number of events changed."""
    n = 0
    for d in docs:
        for e in d["events"]:
            named = [c for c in e["claimants"] if c is not None]
            if (e["types"][0] in SPEECH and None not in e["claimants"] and named
                    and all(c in e["actor"] for c in named)):
                e["claimants"].append(None)
                n += 1
    return n


def main(argv):
    ck = Checker()
    mods = []
    for name in STORY_MODULES:
        if os.path.exists(os.path.join(HERE, name + ".py")):
            mods.append(importlib.import_module(name))
        else:
            ck.warn(f"story module {name}.py not written yet")
    entities, places = merge_catalog(mods, ck)
    check_catalog(entities, places, ck)
    docs, links, contras, seen = [], [], [], {}
    for m in mods:
        for d in m.DOCS:
            check_doc(d, m, entities, places, ck, seen)
            docs.append(d)
        mod_ids = {e["id"] for d in m.DOCS for e in d["events"]}
        optional_ids = {e["id"] for d in m.DOCS for e in d["events"] if e.get("optional")}
        for note, evs in list(m.LINKS) + [(c[2], c[3]) for c in m.CONTRAS]:
            for x in evs:
                if x not in mod_ids:
                    ck.err(f"{m.__name__}: link or contradiction {note[:40]!r} names {x}, not an event of this story")
                elif x in optional_ids:
                    ck.warn(f"{m.__name__}: link or contradiction {note[:40]!r} rests on optional event {x}")
        for note, evs in m.LINKS:
            links.append({"id": f"B7-L{len(links) + 1}", "note": note, "events": list(evs)})
        for kind, field, note, evs in m.CONTRAS:
            contras.append({"id": f"B7-C{len(contras) + 1}", "kind": kind, "field": field,
                            "note": note, "events": list(evs)})
    docs.sort(key=lambda d: d["file"])
    n_speech = speech_claimants(docs)
    print(f"speech acts given the outlet's voice (null) as a second acceptable claimant: {n_speech}")
    files = [d["file"] for d in docs]
    if len(set(files)) != len(files):
        ck.err("a page has two gold documents")
    for l in links:
        for x in l["events"]:
            if x not in seen:
                ck.err(f"{l['id']}: unknown event {x}")
        if len({seen.get(x) for x in l["events"]}) < 2:
            ck.err(f"{l['id']}: a story link must join events of two documents")
    for c in contras:
        for x in c["events"]:
            if x not in seen:
                ck.err(f"{c['id']}: unknown event {x}")
        if len(set(c["events"])) < 2:
            ck.err(f"{c['id']}: a contradiction needs two events")
        if c["kind"] not in ("value", "negation", "status"):
            ck.err(f"{c['id']}: kind {c['kind']}")
    used_e, used_p = set(), set()
    for d in docs:
        for e in d["events"]:
            used_e.update(x for r in ("actor", "recipient", "claimants") for x in e[r] if x)
            used_p.update(e["place"])
            used_p.update(e.get("destination", []))
    for k, v in entities.items():
        if k not in used_e and not any(x.get("member_of") == k for x in entities.values()):
            ck.warn(f"entity {k} defined but never used")
    for k in places:
        if k not in used_p:
            ck.warn(f"place {k} defined but never used")
    # every page on disk has a gold document once all story modules exist
    pages = sorted(f for f in os.listdir(HERE) if re.match(r"^7\d\d_.*\.txt$", f))
    if len(mods) == len(STORY_MODULES):
        for p in pages:
            if p not in files:
                ck.err(f"{p}: page without gold document")
    for w in ck.warnings:
        print("warning:", w)
    for e in ck.errors:
        print("ERROR:", e)
    n_ev = sum(len(d["events"]) for d in docs)
    n_opt = sum(1 for d in docs for e in d["events"] if e.get("optional"))
    by_lang = {}
    for d in docs:
        r = by_lang.setdefault(d["language"], [0, 0])
        r[0] += sum(1 for e in d["events"] if not e.get("optional"))
        r[1] += sum(1 for e in d["events"] if e.get("optional"))
    print(f"documents {len(docs)}, events {n_ev} ({n_opt} optional; required by language "
          f"{ {k: v[0] for k, v in by_lang.items()} }, optional {({k: v[1] for k, v in by_lang.items()})}), "
          f"entities {len(entities)}, places {len(places)}, links {len(links)}, "
          f"contradictions {len(contras)}")
    if ck.errors:
        print(f"{len(ck.errors)} error(s); nothing written")
        return 1
    if "--check" in argv:
        return 0
    gold = {"about": ABOUT, "entities": entities, "places": places, "documents": docs,
            "story_links": links, "contradictions": contras}
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(OUT, encoding="utf-8") as f:
        json.load(f)
    print("wrote", os.path.relpath(OUT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
