#!/usr/bin/env python3
"""Build blind-pages-17.gold.json from the story modules and check it.

usage: python3 make_gold.py [--check]

--check runs the checks only. Nothing is written when a check fails.
"""
import gzip, json, math, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold_common as C  # noqa: E402
import gold_baghouz  # noqa: E402,F401
import gold_mukalla  # noqa: E402,F401
import gold_naharbared  # noqa: E402,F401
import gold_derna  # noqa: E402,F401

OUT = os.path.join(C.HERE, "blind-pages-17.gold.json")
CITIES = "/work/shared/data/geonames/cities500.txt.gz"

ABOUT = (
    "Seventeenth blind page-level gold for 16 pages written for Sitrep's evaluation: 8 English, 8 Arabic, "
    "four stories, each told by four invented outlets (a wire, an outlet aligned with each side, a regional "
    "paper): the fall of Islamic State's last pocket at Baghouz, Feb-Mar 2019 (the SDF's offensive from 9 or "
    "10 Feb, the evacuation convoys from 20 Feb and the disputed counts of those who left, coalition strikes, "
    "the alleged secret deal and its denial, the declaration of 23 Mar and the flag, al-Hol's arrivals, "
    "Damascus's, Russia's and Turkey's statements, Iraq's repatriations and the call for a tribunal); "
    "Mukalla retaken from AQAP, Apr-May 2016 (the entry of Yemeni and Emirati-backed forces on 24 Apr, the "
    "coalition's 800 dead against residents' 'no fight', AQAP's withdrawal statement, al-Shihr, the suicide "
    "bombings of 12 and 15 May on soldiers and police recruits claimed by Islamic State, AQAP's disavowal, the "
    "differing tolls, the Houthi side's charges and the Kuwait talks); Nahr al-Bared, May-Sep 2007 (Fatah "
    "al-Islam's attack on army posts on 20 May and the Tripoli raid, the army's shelling, the flight of "
    "refugees to Beddawi in the truce, the UNRWA convoy, the Palestinian factions' and Fatah al-Islam's "
    "statements, the evacuation of militants' families on 24 Aug, the army's capture of the camp on 2 Sep "
    "and its tolls); the LNA's Derna offensive, May-Jun 2018 (the launch on 7 May, strikes on al-Fatayeh and "
    "Dahr al-Hamar, the Derna Protection Force's denials and claims, shelling of Bab Tobruk and Shiha, "
    "UNSMIL's, the GNA's and rights groups' appeals, the push into the centre, Haftar's declaration of 28 Jun "
    "and the LNA's denial of executions). Pages and gold written by one helper acting as an independent "
    "annotator, without reading Sitrep's code, lexicons, resources, tests or tools, any set's generator or "
    "misses, or any Sitrep output, coded by shared/docs/CODING.md in the format and conventions of "
    "blind-pages-16 (see README.md): a denial coded once, both readings accepted; the speaker of a speech act "
    "is also an acceptable claimant; null claimant = the outlet's own voice; tolls and counts from different "
    "sources are separate events with size; a claim of responsibility or an accusation that names the author "
    "is the deed itself with the claiming or accusing party as claimant (ACCUSE also accepted); surrenders are "
    "RETREAT by the side that gives itself up; declarations of victory are the capture they announce; "
    "condemnations are ACCUSE or REJECT; promises are AGREE; orders and appeals are REQUEST; flight, "
    "evacuation and repatriation are RETREAT or MOBILIZE with the destination; deal terms are planned events; "
    "distanced claims accept alleged.")

errors, warnings = [], []


def err(m):
    errors.append(m)


def warn(m):
    warnings.append(m)


def script_lang(t):
    ar = sum(1 for ch in t if "\u0600" <= ch <= "\u06ff")
    return "ar" if ar > len(t) / 3 else "en"


def km(a, b, c, d):
    p = math.pi / 180
    x = math.sin((c - a) * p / 2) ** 2 + math.cos(a * p) * math.cos(c * p) * math.sin((d - b) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(min(1.0, x)))


def load_cities(ids):
    out = {}
    with gzip.open(CITIES, "rt", encoding="utf-8") as f:
        for line in f:
            i = line.split("\t", 1)[0]
            if int(i) in ids:
                r = line.split("\t")
                out[int(i)] = (float(r[4]), float(r[5]), r[1])
    return out


DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check():
    ents, places = C.ENTITIES, C.PLACES
    used_e, used_p = set(), set()
    ids = {}
    # places
    gids = {p["geonames_id"] for p in places.values() if p["geonames_id"]}
    cities = load_cities(gids)
    for pid, p in places.items():
        if p["geonames_id"]:
            c = cities.get(p["geonames_id"])
            if not c:
                err(f"place {pid}: GeoNames id {p['geonames_id']} not in cities500")
            elif km(p["lat"], p["lon"], c[0], c[1]) > 1:
                err(f"place {pid}: coordinates {p['lat']},{p['lon']} more than 1 km from {c}")
        elif "approximate" not in p["note"]:
            err(f"place {pid}: no GeoNames id and the note does not say approximate")
    for eid, e in ents.items():
        if e.get("member_of") and e["member_of"] not in ents:
            err(f"entity {eid}: member_of {e['member_of']} unknown")
    # pages
    for pg in C.PAGES:
        d = pg.doc
        st = C.STORIES[pg.story]
        path = os.path.join(C.HERE, d["file"])
        if not os.path.exists(path):
            err(f"{d['file']}: missing")
            continue
        text = pg.text()
        if not d["file"].startswith(pg.id + "_"):
            err(f"{d['file']}: name does not start with {pg.id}_")
        words = len(text.split())
        if not 380 <= words <= 600:
            err(f"{d['file']}: {words} words (want 380-600)")
        bf, bl = text.find(d["body_first"]), text.find(d["body_last"])
        if bf < 0 or bl < 0:
            err(f"{d['file']}: body_first/body_last not found")
            continue
        if text.count(d["body_first"]) != 1 or text.count(d["body_last"]) != 1:
            err(f"{d['file']}: body edge occurs more than once")
        body_end = bl + len(d["body_last"])
        body = text[bf:body_end]
        ti = text.find(d["title"])
        if ti < 0 or ti >= bf:
            err(f"{d['file']}: title missing or not before the body")
        if d["dateline"] not in text[:bf + 200]:
            err(f"{d['file']}: dateline {d['dateline']!r} not found")
        for ch in d["chrome_not_body"]:
            if ch not in text:
                err(f"{d['file']}: chrome line not in page: {ch!r}")
            elif ch in body:
                err(f"{d['file']}: chrome line inside body: {ch!r}")
        if script_lang(d["body_first"]) != d["language"]:
            err(f"{d['file']}: language {d['language']} vs script of body_first")
        if script_lang(body) != d["language"]:
            err(f"{d['file']}: language {d['language']} vs script of body")
        pub = d["published"]
        if not (st["start"] <= pub[:10] <= st["end"]):
            err(f"{d['file']}: published {pub} outside story window")
        seen_ev = {}
        low = text.lower()
        for e in d["events"]:
            eid = e["id"]
            if eid in ids:
                err(f"duplicate event id {eid}")
            ids[eid] = (pg, e)
            if e["evidence"] not in body:
                err(f"{eid}: evidence not verbatim in body: {e['evidence'][:70]!r}")
            if e["evidence"] in seen_ev:
                warn(f"{eid}: evidence repeats {seen_ev[e['evidence']]}")
            seen_ev[e["evidence"]] = eid
            if not e["types"] or any(t not in C.PLOVER for t in e["types"]):
                err(f"{eid}: bad types {e['types']}")
            if not e["modality"] or any(m not in C.MODALITIES for m in e["modality"]):
                err(f"{eid}: bad modality {e['modality']}")
            for m in e.get("mode", []):
                if m not in C.MODES:
                    err(f"{eid}: mode {m} not in the set's list")
            for k, v in e.get("size", {}).items():
                if k not in C.SIZE_KEYS or not isinstance(v, int):
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
                        used_e.add(a)
                    elif a.lower() not in low:
                        err(f"{eid}: {role} {a!r} is neither an entity id nor a literal in the page")
            for role in ("place", "destination"):
                for pl in e.get(role, []):
                    if pl not in places:
                        err(f"{eid}: unknown place {pl}")
                    used_p.add(pl)
            dates = ([e["date"]] if e["date"] else []) + [x for x in e.get("date_also", []) if x]
            for dt in dates:
                if not DATE.match(dt):
                    err(f"{eid}: bad date {dt}")
                lo = st["background"] if "historical" in e["modality"] else st["start"]
                if not (lo <= dt <= st["end"]):
                    err(f"{eid}: date {dt} outside the story window")
            if e["date"] and e["modality"] == ["asserted"] and e["date"] > pub[:10]:
                err(f"{eid}: asserted event dated after publication")
            if d["language"] == "ar" and not e.get("gloss"):
                warn(f"{eid}: Arabic event without gloss")
    # links and contradictions
    lang = lambda eid: ids[eid][0].doc["language"]
    for kind, rows, prefix in (("link", C.LINKS, "B17-L"), ("contradiction", C.CONTRAS, "B17-C")):
        for n, r in enumerate(rows, 1):
            r["id"] = f"{prefix}{n}"
            evs = r["events"]
            for x in evs:
                if x not in ids:
                    err(f"{r['id']}: unknown event {x}")
            if any(x not in ids for x in evs):
                continue
            pages = {ids[x][0].id for x in evs}
            if len(pages) < 2:
                err(f"{r['id']}: {kind} inside one page")
            if len({ids[x][0].story for x in evs}) != 1:
                err(f"{r['id']}: {kind} across stories")
            if any(ids[x][1].get("optional") for x in evs):
                warn(f"{r['id']}: {kind} rests on an optional event")
            langs = {lang(x) for x in evs}
            tag = "English" if langs == {"en"} else "Arabic" if langs == {"ar"} else "across"
            base = re.sub(r" \((English|Arabic|across)\)\.?$", "", r["note"]).rstrip(".")
            r["note"] = f"{base} ({tag})."
    for eid in ents:
        if eid not in used_e:
            warn(f"entity {eid} unused")
    for pid in places:
        if pid not in used_p:
            warn(f"place {pid} unused")


def build():
    return {
        "about": ABOUT,
        "entities": C.ENTITIES,
        "places": C.PLACES,
        "documents": [pg.doc for pg in C.PAGES],
        "story_links": C.LINKS,
        "contradictions": C.CONTRAS,
    }


def main(argv):
    check()
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    docs = [pg.doc for pg in C.PAGES]
    evs = [e for d in docs for e in d["events"]]
    req = {l: sum(1 for d in docs if d["language"] == l for e in d["events"] if not e.get("optional"))
           for l in ("en", "ar")}
    opt = {l: sum(1 for d in docs if d["language"] == l for e in d["events"] if e.get("optional"))
           for l in ("en", "ar")}
    print(f"pages {len(docs)}, events {len(evs)} (required en {req['en']}, ar {req['ar']}; optional en "
          f"{opt['en']}, ar {opt['ar']}), entities {len(C.ENTITIES)}, places {len(C.PLACES)}, "
          f"links {len(C.LINKS)}, contradictions {len(C.CONTRAS)}")
    for d in docs:
        r = sum(1 for e in d["events"] if not e.get("optional"))
        print(f"  {d['file'][:4]} {d['language']} events {len(d['events'])} (required {r})")
    if errors:
        print(f"{len(errors)} error(s); nothing written")
        return 1
    if "--check" in argv:
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
