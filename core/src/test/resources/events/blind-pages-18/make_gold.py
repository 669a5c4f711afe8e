#!/usr/bin/env python3
"""Build and check blind-pages-18.gold.json from gold_common.py and the four story modules.

usage: python3 make_gold.py [--check]

--check runs the checks only and writes nothing. Any failed check stops the build (nothing is
written); warnings are printed but do not stop it.
"""
import copy
import datetime
import gzip
import json
import math
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gold_common  # noqa: E402
import gold_qusayr  # noqa: E402
import gold_arsal  # noqa: E402
import gold_shabwa  # noqa: E402
import gold_benghazi  # noqa: E402

STORIES = [gold_qusayr, gold_arsal, gold_shabwa, gold_benghazi]
GOLD_NAME = "blind-pages-18.gold.json"
GEONAMES = os.environ.get("GEONAMES", "/work/shared/data/geonames/cities500.txt.gz")

ABOUT = (
    "Eighteenth blind page-level gold for 16 pages written for Sitrep's evaluation: 8 English, 8 Arabic, "
    "four stories, each told by four invented outlets (a wire, an outlet aligned with each side or a regional "
    "paper): the Syrian army's and Hezbollah's offensive on al-Qusayr, May-June 2013 (the assault of 19 May and "
    "its differing first-day tolls, Hezbollah's losses and funerals, air strikes and shelling, the Coalition's "
    "demands and condemnations, Idriss's ultimatum, Nasrallah's vow of 25 May, rockets on Hermel, the fall of "
    "the town on 5 June, the flight of rebels and wounded to Buwayda and Arsal, the 'tactical withdrawal' against "
    "the army's ambushes, Western, Gulf and Lebanese reactions); the battle of Arsal, August 2014 (Imad Jomaa's "
    "arrest on 2 Aug, the Nusra and Islamic State attack on army and police posts and the captives taken, who "
    "began it, the army's counter-offensive, the clerics' mediation and truce of 5 Aug and the shooting at their "
    "convoy, the militants' withdrawal to the Qalamoun hills with at least 29 or about 40 captives, the tolls, "
    "the Saudi $1 billion grant, Hariri's return, Nusra's Roumieh condition, raids on refugee camps, the "
    "hostage families' road blocks); the Giants Brigades' Shabwa offensive, Dec 2021-Jan 2022 (the governor's "
    "dismissal on 25 Dec, the offensive from 1 Jan, Usaylan on 4 Jan, Bayhan on 8 or 9 Jan, Ain on 10 Jan and the "
    "Houthi denial, coalition strike counts and tolls and their denial, the Houthi missile on Ataq told two ways, "
    "drones on Marib, Harib and Ataq, Abdulsalam's conditional threat, Grundberg's appeals and briefing, "
    "displacement and returns); the LNA's Benghazi campaign, 2017 (Ganfouda taken on 25 Jan, the trapped "
    "families and the human-shield charge, the storming of the twelve buildings on 18 Mar and its differing "
    "tolls, the desecration and execution allegations and their denials, Haftar's declaration of 5 Jul and the "
    "BRSC's rejection, Khreibish on 28 Dec, the ICC warrant for al-Werfalli, the displaced). Pages and gold "
    "written by one helper acting as an independent annotator, without reading Sitrep's code, lexicons, "
    "resources, tests or tools, any set's generator or misses, or any Sitrep output, coded by "
    "shared/docs/CODING.md in the format and conventions of blind-pages-17 (see README.md): a denial coded "
    "once, both readings accepted; the speaker of a speech act is also an acceptable claimant; null claimant = "
    "the outlet's own voice; tolls and counts from different sources are separate events with size; a claim "
    "of responsibility or an accusation that names the author is the deed itself with the claiming or accusing "
    "party as claimant (ACCUSE also accepted); hostage-taking is ASSAULT (abduct), COERCE accepted; "
    "surrenders are RETREAT by the side that gives itself up; declarations of victory are the capture they "
    "announce; condemnations and 'deeply concerned' are ACCUSE; promises are AGREE; orders, appeals and "
    "conditions are REQUEST; dismissing an official is SANCTION; flight, evacuation and return are RETREAT or "
    "MOBILIZE with the destination; deal terms are planned events; distanced claims accept alleged."
)

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def doc_lang(t):
    """The scorer's script test (score_events.py --lang)."""
    t = t or ""
    ar = sum(1 for ch in t if "\u0600" <= ch <= "\u06ff")
    return "ar" if ar > len(t) / 3 else "en"


def km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(min(1.0, a)))


def load_geonames(ids):
    found = {}
    if not os.path.exists(GEONAMES):
        warn(f"GeoNames file {GEONAMES} not found: ids not checked")
        return None
    with gzip.open(GEONAMES, "rt", encoding="utf-8") as f:
        for line in f:
            gid = line.split("\t", 1)[0]
            if gid in ids:
                parts = line.rstrip("\n").split("\t")
                found[gid] = (parts[1], float(parts[4]), float(parts[5]))
    return found


def is_date(s):
    try:
        datetime.date.fromisoformat(s)
        return True
    except (TypeError, ValueError):
        return False


def merge_entities():
    ents = copy.deepcopy(gold_common.ENTITIES)
    owner = {k: "common" for k in ents}
    for st in STORIES:
        for k, v in st.ENTITIES.items():
            if k in ents:
                if ents[k]["code"] != v["code"]:
                    err(f"entity {k}: code {v['code']} in {st.STORY['name']} but {ents[k]['code']} in {owner[k]}")
                for n in v["names"]:
                    if n not in ents[k]["names"]:
                        ents[k]["names"].append(n)
            else:
                ents[k] = copy.deepcopy(v)
                owner[k] = st.STORY["name"]
    for k, v in ents.items():
        m = v.get("member_of")
        if m and m not in ents:
            err(f"entity {k}: member_of {m} is not an entity")
        if len(set(v["names"])) != len(v["names"]):
            warn(f"entity {k}: repeated names")
    return ents


def merge_places():
    places = copy.deepcopy(gold_common.PLACES)
    for st in STORIES:
        for k, v in st.PLACES.items():
            if k in places:
                err(f"place {k} defined twice")
            places[k] = copy.deepcopy(v)
    return places


def main(argv):
    check_only = "--check" in argv
    ents = merge_entities()
    places = merge_places()

    # places against GeoNames
    gids = {str(p["geonames_id"]) for p in places.values() if p.get("geonames_id")}
    gn = load_geonames(gids)
    for k, p in places.items():
        if p.get("geonames_id"):
            if gn is not None:
                row = gn.get(str(p["geonames_id"]))
                if not row:
                    err(f"place {k}: GeoNames id {p['geonames_id']} not in cities500")
                elif km(p["lat"], p["lon"], row[1], row[2]) > 1.0:
                    err(f"place {k}: coordinates {p['lat']},{p['lon']} more than 1 km from GeoNames {row}")
        elif "approximate" not in (p.get("note") or ""):
            err(f"place {k}: no GeoNames id and the note does not say approximate")
        for f in ("names", "lat", "lon", "radius_km", "geonames_id", "note"):
            if f not in p:
                err(f"place {k}: missing {f}")

    used_ents, used_places = set(), set()
    documents, links_out, contras_out = [], [], []
    event_doc = {}      # event id -> (story, file, language, optional)
    all_ids = set()
    for st in STORIES:
        story = st.STORY
        lo, hi = story["window"]
        bg = story["background_from"]
        for d in st.DOCS:
            path = os.path.join(HERE, d["file"])
            if not os.path.exists(path):
                err(f"{d['file']}: page missing")
                continue
            text = open(path, encoding="utf-8").read()
            words = len(text.split())
            if not 380 <= words <= 580:
                err(f"{d['file']}: {words} words (want 380-580)")
            for f in ("title", "dateline", "body_first", "body_last"):
                if d[f] not in text:
                    err(f"{d['file']}: {f} not in page: {d[f][:60]!r}")
            for f in ("body_first", "body_last"):
                if text.count(d[f]) != 1:
                    err(f"{d['file']}: {f} occurs {text.count(d[f])} times")
            bs = text.find(d["body_first"])
            be = text.find(d["body_last"]) + len(d["body_last"])
            if bs < 0 or be <= bs:
                err(f"{d['file']}: body edges out of order")
                continue
            body = text[bs:be]
            if text.find(d["title"]) >= bs:
                err(f"{d['file']}: title not before the body")
            for c in d["chrome_not_body"]:
                if c not in text:
                    err(f"{d['file']}: chrome line not in page: {c!r}")
                elif c in body:
                    err(f"{d['file']}: chrome line inside the body: {c!r}")
            if doc_lang(d["body_first"]) != d["language"] or doc_lang(body) != d["language"]:
                err(f"{d['file']}: language {d['language']} disagrees with the script test")
            pub = d["published"]
            if not (is_date(pub[:10]) and lo <= pub[:10] <= hi):
                err(f"{d['file']}: publication {pub} outside the story window")
            seen_ev = {}
            for e in d["events"]:
                eid = e["id"]
                if eid in all_ids:
                    err(f"{eid}: duplicate id")
                all_ids.add(eid)
                if not eid.startswith("b" + d["file"][:4] + "-"):
                    err(f"{eid}: id does not match page {d['file'][:4]}")
                event_doc[eid] = (story["name"], d["file"], d["language"], bool(e.get("optional")))
                if e["evidence"] not in body:
                    err(f"{eid}: evidence not in body: {e['evidence'][:70]!r}")
                if e["evidence"] in seen_ev:
                    warn(f"{eid}: same evidence as {seen_ev[e['evidence']]}")
                seen_ev[e["evidence"]] = eid
                if not e["types"] or set(e["types"]) - gold_common.TYPES:
                    err(f"{eid}: bad types {e['types']}")
                if not e["modality"] or set(e["modality"]) - gold_common.MODALITIES:
                    err(f"{eid}: bad modality {e['modality']}")
                if set(e.get("mode", [])) - gold_common.MODES:
                    err(f"{eid}: bad mode {e.get('mode')}")
                for k, v in e.get("size", {}).items():
                    if k not in gold_common.SIZE_KEYS or not isinstance(v, int):
                        err(f"{eid}: bad size {k}={v}")
                if not e["actor"]:
                    err(f"{eid}: empty actor")
                if not e["claimants"]:
                    err(f"{eid}: empty claimants")
                for role in ("actor", "recipient", "claimants"):
                    for a in e[role]:
                        if a is None:
                            if role != "claimants":
                                err(f"{eid}: null in {role}")
                            continue
                        if a in ents:
                            used_ents.add(a)
                        elif a not in text:
                            err(f"{eid}: literal {role} {a!r} not in page")
                for role in ("place", "destination"):
                    for p in e.get(role, []):
                        if p not in places:
                            err(f"{eid}: unknown {role} {p}")
                        used_places.add(p)
                hist = "historical" in e["modality"]
                start = bg if hist else lo
                dates = [e["date"]] + list(e.get("date_also", []))
                for x in dates:
                    if x is None:
                        continue
                    if not is_date(x):
                        err(f"{eid}: bad date {x}")
                    elif not start <= x <= hi:
                        err(f"{eid}: date {x} outside {start}..{hi}")
                if e["date"] is not None and e["modality"] == ["asserted"] and e["date"] > pub[:10]:
                    err(f"{eid}: asserted event dated {e['date']} after publication {pub[:10]}")
                if d["language"] == "ar" and not e.get("gloss"):
                    warn(f"{eid}: Arabic event without gloss")
            documents.append(d)

        for n, (note, evs) in enumerate(st.LINKS, 1):
            links_out.append((story["name"], note, evs))
        for kind, field, note, evs in st.CONTRA:
            if kind not in ("value", "negation", "status"):
                err(f"contradiction {note[:40]}: bad kind {kind}")
            contras_out.append((story["name"], kind, field, note, evs))

    def tag(evs):
        langs = {event_doc[x][2] for x in evs if x in event_doc}
        if langs == {"en"}:
            return "English"
        if langs == {"ar"}:
            return "Arabic"
        return "across"

    def check_pair(label, story, evs):
        for x in evs:
            if x not in event_doc:
                err(f"{label}: unknown event {x}")
                return False
            if event_doc[x][0] != story:
                err(f"{label}: event {x} is not in story {story}")
            if event_doc[x][3]:
                warn(f"{label}: rests on optional event {x}")
        if len({event_doc[x][1] for x in evs}) < 2:
            err(f"{label}: events do not join two pages")
        return True

    story_links = []
    seen_pairs = set()
    for i, (story, note, evs) in enumerate(links_out, 1):
        lid = f"B18-L{i}"
        if check_pair(lid, story, evs):
            key = frozenset(evs)
            if key in seen_pairs:
                err(f"{lid}: repeated link")
            seen_pairs.add(key)
            story_links.append({"id": lid, "note": f"{note} ({tag(evs)}).", "events": list(evs)})
    contradictions = []
    for i, (story, kind, field, note, evs) in enumerate(contras_out, 1):
        cid = f"B18-C{i}"
        if check_pair(cid, story, evs):
            contradictions.append({"id": cid, "kind": kind, "field": field,
                                   "note": f"{note} ({tag(evs)}).", "events": list(evs)})

    for k in ents:
        if k not in used_ents:
            warn(f"entity {k} unused")
    for k in places:
        if k not in used_places:
            warn(f"place {k} unused")

    gold = {
        "about": ABOUT,
        "entities": {k: ents[k] for k in sorted(ents)},
        "places": {k: places[k] for k in sorted(places)},
        "documents": documents,
        "story_links": story_links,
        "contradictions": contradictions,
    }

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    n_ev = sum(len(d["events"]) for d in documents)
    n_opt = sum(1 for d in documents for e in d["events"] if e.get("optional"))
    req = {"en": 0, "ar": 0}
    for d in documents:
        req[d["language"]] += sum(1 for e in d["events"] if not e.get("optional"))
    lt = {"English": 0, "Arabic": 0, "across": 0}
    for l in story_links:
        lt[l["note"].rsplit("(", 1)[1].rstrip(").")] += 1
    ct = {"English": 0, "Arabic": 0, "across": 0}
    for c in contradictions:
        ct[c["note"].rsplit("(", 1)[1].rstrip(").")] += 1
    print(f"{len(documents)} documents, {n_ev} events ({n_opt} optional; required {req['en']} en, "
          f"{req['ar']} ar), {len(ents)} entities, {len(places)} places, {len(story_links)} links {lt}, "
          f"{len(contradictions)} contradictions {ct}")
    if errors:
        print(f"{len(errors)} errors: nothing written")
        return 1
    if check_only:
        print("checks passed (--check: nothing written)")
        return 0
    out = os.path.join(HERE, GOLD_NAME)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
