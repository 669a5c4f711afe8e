#!/usr/bin/env python3
"""Build blind-pages-15.gold.json from gold_common.py and the four story modules.

usage: python3 make_gold.py [--check]

Runs every check first (see gold_common.run_checks and README.md); writes nothing when a check
fails. --check runs the checks only. Written for this set.
"""
import json
import os
import sys

sys.dont_write_bytecode = True  # keep the folder free of __pycache__

import gold_common as gc  # noqa: E402
import gold_tikrit  # noqa: E402
import gold_oilcrescent  # noqa: E402
import gold_sweida  # noqa: E402
import gold_iranwar  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "blind-pages-15.gold.json")
MODULES = [gold_tikrit, gold_oilcrescent, gold_sweida, gold_iranwar]

ABOUT = (
    "Fifteenth blind page-level gold for 16 pages written for Sitrep's evaluation: 8 English, 8 Arabic, "
    "four stories, each told by four invented outlets with different partisan voices (a wire, an outlet "
    "aligned with each side, a regional paper): the battle for Tikrit, Mar-Apr 2015 (the Iraqi army and "
    "Popular Mobilisation offensive from Samarra and Diyala, Soleimani's role, Amiri's statements, the "
    "stall, the US-led coalition's air strikes from 25 March and the Shiite factions' boycott, the entry "
    "into the city centre on 31 March, arson and looting told as the militias' deed, as infiltrators' "
    "and as Islamic State booby traps, Abadi's orders, the Speicher graves exhumed, Islamic State suicide "
    "car bombs, displacement and return); the Libyan National Army's seizure of the oil crescent, Sep "
    "2016 (Es Sider, Ras Lanuf, Zueitina and Brega taken from Jadhran's Petroleum Facilities Guard, the "
    "Presidential Council's and six Western governments' calls for withdrawal, the terminals handed to "
    "the National Oil Corporation, the 18 September counter-attack told by both sides, Haftar promoted "
    "field marshal, exports resumed); the Sweida clashes, Jul 2025 (Bedouin-Druze kidnappings, the "
    "government's entry and withdrawal, killings and humiliation of Druze civilians and their denial, "
    "Hijri's statements, Israeli strikes on Damascus, the ceasefires announced by the presidency and by "
    "Tom Barrack, tribal mobilisation, evacuation of Bedouin families, UN and Arab statements); the "
    "Israel-Iran war, Jun 2025 (Israel's strikes on Natanz and the killing of commanders and scientists, "
    "Iran's missile barrages, Soroka hospital, the IAEA, the US strikes on Fordow, Natanz and Isfahan, "
    "Iran's parliament on Hormuz and on the IAEA, the strike on Al Udeid and Qatar's condemnation, "
    "Trump's ceasefire and the charges of violations, evacuations). Pages and gold written by one helper "
    "acting as an independent annotator, without reading Sitrep's code, lexicons, resources, tests or "
    "tools, or any set's misses or Sitrep output, coded by shared/docs/CODING.md in the format and "
    "conventions of blind-pages-9 (see README.md): a denial coded once, both readings accepted; the "
    "speaker of a speech act is also an acceptable claimant; null claimant = the outlet's own voice; "
    "tolls given by different sources are separate events with size; unnamed actors and claimants as "
    "literal words; a claim of responsibility or an accusation naming the author is the deed itself "
    "with the claiming or accusing party as claimant, ACCUSE also accepted; an attack whose author the "
    "page leaves open has unidentified attackers beside the side blamed; condemnations are ACCUSE; "
    "announced investigations are ACCUSE; promises are AGREE; orders and appeals are REQUEST; flight, "
    "displacement and return are RETREAT or MOBILIZE with the destination; evacuating people is AID; "
    "looting is COERCE; humiliating captives is COERCE; a faction's boycott of a battle is SANCTION; "
    "handing facilities or a city's security to another body is COOPERATE or MOBILIZE; a parliament's "
    "promotion of a commander is SUPPORT."
)


def merge(target, source, what, errors):
    for key, val in source.items():
        if key not in target:
            target[key] = json.loads(json.dumps(val))
            continue
        old = target[key]
        if what == "entity" and old["code"] != val["code"]:
            errors.append(f"entity {key}: code {old['code']} vs {val['code']} in two modules")
        if what == "place" and (old["lat"], old["lon"]) != (val["lat"], val["lon"]):
            errors.append(f"place {key}: two sets of coordinates")
        for n in val["names"]:
            if n not in old["names"]:
                old["names"].append(n)


def lang_tag(rows, lang_of_event):
    langs = {lang_of_event[e] for e in rows["events"] if e in lang_of_event}
    if langs == {"en"}:
        return "(English)"
    if langs == {"ar"}:
        return "(Arabic)"
    return "(across)"


def build():
    errors = []
    entities, places = {}, {}
    merge(entities, gc.SHARED_ENTITIES, "entity", errors)
    merge(places, gc.SHARED_PLACES, "place", errors)
    documents, links, contradictions, stories = [], [], [], []
    for mod in MODULES:
        merge(entities, mod.ENTITIES, "entity", errors)
        merge(places, mod.PLACES, "place", errors)
        documents.extend(mod.DOCS)
        links.extend(mod.LINKS)
        contradictions.extend(mod.CONTRADICTIONS)
        stories.append(dict(mod.STORY, files=[d["file"] for d in mod.DOCS]))
    documents.sort(key=lambda d: d["file"])
    lang_of_event = {}
    for doc in documents:
        doc["events"].sort(key=lambda e: int(e["id"].split("-")[1]))
        for ev in doc["events"]:
            # sizes are plain integers as in blind-pages-9; vague counts keep their words in the note
            vague = []
            for key, val in list(ev.get("size", {}).items()):
                if isinstance(val, dict):
                    ev["size"][key] = val["value"]
                    vague.append(f"{key} '{val['text']}'")
            if vague:
                extra = "Approximate size (value is the annotator's reading): " + ", ".join(vague) + "."
                ev["note"] = (ev["note"] + " " + extra) if ev.get("note") else extra
                if "gloss" in ev:
                    ev["gloss"] = ev.pop("gloss")
            lang_of_event[ev["id"]] = doc["language"]
            named = [c for c in ev["claimants"] if c is not None]
            if (ev["types"][0] in gc.SPEECH_TYPES and None not in ev["claimants"]
                    and named and all(c in ev["actor"] for c in named)):
                ev["claimants"].append(None)
    out_links, out_contra = [], []
    for i, row in enumerate(links, 1):
        out_links.append({"id": f"B15-L{i}", "note": f"{row['note']} {lang_tag(row, lang_of_event)}.",
                          "events": row["events"]})
    for i, row in enumerate(contradictions, 1):
        out_contra.append({"id": f"B15-C{i}", "kind": row["kind"], "field": row["field"],
                           "note": f"{row['note']} {lang_tag(row, lang_of_event)}.",
                           "events": row["events"]})
    gold = {"about": ABOUT, "entities": entities, "places": places, "documents": documents,
            "story_links": out_links, "contradictions": out_contra}
    return gold, stories, errors


def counts(gold):
    evs = [(d["language"], e) for d in gold["documents"] for e in d["events"]]
    req = [(l, e) for l, e in evs if not e.get("optional")]
    lang_of = {e["id"]: l for l, e in evs}

    def split(rows):
        c = {"en": 0, "ar": 0, "across": 0}
        for r in rows:
            langs = {lang_of[e] for e in r["events"]}
            c[langs.pop() if len(langs) == 1 else "across"] += 1
        return c
    return {
        "events": len(evs), "optional": len(evs) - len(req), "required": len(req),
        "required_en": sum(1 for l, _ in req if l == "en"),
        "required_ar": sum(1 for l, _ in req if l == "ar"),
        "entities": len(gold["entities"]), "places": len(gold["places"]),
        "links": len(gold["story_links"]), "links_by_language": split(gold["story_links"]),
        "contradictions": len(gold["contradictions"]),
        "contradictions_by_language": split(gold["contradictions"]),
    }


def main(argv):
    check_only = "--check" in argv
    gold, stories, errors = build()
    errs, warns, shared = gc.run_checks(gold, stories, HERE)
    errors.extend(errs)
    for w in warns:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    if errors:
        print(f"{len(errors)} check(s) failed; nothing written.")
        return 1
    print("entities shared by stories:", ", ".join(shared) or "none")
    print(json.dumps(counts(gold), ensure_ascii=False))
    if check_only:
        print("checks passed (--check: nothing written).")
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
