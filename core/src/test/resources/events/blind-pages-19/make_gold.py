#!/usr/bin/env python3
"""Build and check blind-pages-19.gold.json from the story modules (see README.md).

usage: python3 make_gold.py [--check]

--check runs the checks only. Without it the gold file is written, but only when no check fails.
"""
import json
import os
import sys

import gold_common as gc
import gold_jisr
import gold_mocha
import gold_gharyan
import gold_baiji

STORIES = [gold_jisr, gold_mocha, gold_gharyan, gold_baiji]
OUT = os.path.join(gc.HERE, "blind-pages-19.gold.json")

ABOUT = (
    "Nineteenth blind page-level gold for 16 pages written for Sitrep's evaluation: 8 English, 8 Arabic, "
    "four stories, each told by four invented outlets (a wire, a regional paper and Arabic outlets aligned "
    "with each side): the Army of Conquest's capture of Jisr al-Shughur, April-May 2015 (the four-day "
    "offensive and the fall of the town on 25 Apr, rival tolls, air strikes, the siege of the national "
    "hospital and the breakout of 22 May with its rival counts); Operation Golden Spear and Mocha, Jan-Feb "
    "2017 (the entry into the town on 23 Jan, the port on 3 Feb and the Houthi denial, coalition strikes "
    "and their civilian tolls, mines, displacement and returns, the attack on the Saudi frigate told two "
    "ways); the GNA's recapture of Gharyan, June-July 2019 (26 Jun, prisoners, the Javelin missiles and "
    "France's claim, the LNA's threats against Turkish interests, the six Turkish sailors detained and "
    "freed); the battle for Baiji, 2015 (the Islamic State's breach of the refinery in April and the "
    "government's denial, the besieged garrison, the refinery retaken on 16 Oct and the town on 20 Oct, "
    "the dispute over the coalition's part, the charges of house burning). Pages and gold written by one "
    "helper acting as an independent annotator, without reading Sitrep's code, lexicons, resources, tests "
    "or tools, any set's generator or misses, or any Sitrep output, coded by shared/docs/CODING.md in the "
    "format and conventions of blind-pages-18 (see README.md): a denial coded once, both readings "
    "accepted; the speaker of a speech act is also an acceptable claimant; null claimant = the outlet's "
    "own voice; tolls and counts from different sources are separate events with size; a claim of "
    "responsibility or an accusation that names the author is the deed itself with the claiming or "
    "accusing party as claimant (ACCUSE also accepted); hostage-taking is ASSAULT (abduct), COERCE "
    "accepted; declarations of victory are the capture they announce; condemnations and 'deeply "
    "concerned' are ACCUSE; promises are AGREE; orders, appeals and conditions are REQUEST; flight, "
    "evacuation and return are RETREAT or MOBILIZE with the destination; a sentence naming two deeds "
    "gives two events; distanced claims accept alleged."
)


def lang_tag(evs, docs_lang):
    langs = {docs_lang[n] for n, k in evs}
    if langs == {"en"}:
        return "English"
    if langs == {"ar"}:
        return "Arabic"
    return "across"


def build(all_ids):
    entities, places = {}, {}
    for st in STORIES:
        entities.update(st.ENTITIES)
        places.update(st.PLACES)
    docs, links, contras = [], [], []
    docs_lang = {}
    for st in STORIES:
        for pg in st.PAGES:
            n = pg["file"][:4]
            docs_lang[n] = pg["language"]
            events = []
            for i, ev in enumerate(pg["events"], 1):
                e = {"id": f"b{n}-{i}"}
                for key in ("types", "actor", "recipient", "place", "date", "modality", "claimants",
                            "evidence", "date_also", "size", "mode", "destination", "optional", "note",
                            "gloss"):
                    if key in ev:
                        e[key] = ev[key]
                events.append(e)
            docs.append({
                "file": pg["file"], "outlet": pg["outlet"], "language": pg["language"],
                "title": pg["title"], "published": pg["published"],
                "published_note": pg["published_note"], "dateline": pg["dateline"],
                "body_first": pg["body_first"], "body_last": pg["body_last"],
                "chrome_not_body": pg["chrome"], "comments_first": None, "comments_last": None,
                "comment_authors": [], "events": events})
    docs.sort(key=lambda d: d["file"])
    ln = cn = 0
    for st in STORIES:
        for row in st.LINKS:
            ln += 1
            links.append({"id": f"B19-L{ln}",
                          "note": f"{row['note']} ({lang_tag(row['events'], docs_lang)}).",
                          "events": [all_ids[(n, k)][0] for n, k in row["events"]]})
        for row in st.CONTRADICTIONS:
            cn += 1
            contras.append({"id": f"B19-C{cn}", "kind": row["kind"], "field": row["field"],
                            "note": f"{row['note']} ({lang_tag(row['events'], docs_lang)}).",
                            "events": [all_ids[(n, k)][0] for n, k in row["events"]]})
    return {"about": ABOUT, "entities": dict(sorted(entities.items())),
            "places": dict(sorted(places.items())), "documents": docs, "story_links": links,
            "contradictions": contras}


def main(argv):
    entities, places = {}, {}
    for st in STORIES:
        for eid, e in st.ENTITIES.items():
            if eid in entities and entities[eid] != e:
                # the same id in two stories: merge names, keep one code (checked)
                merged = dict(entities[eid])
                merged["names"] = list(dict.fromkeys(entities[eid]["names"] + e["names"]))
                entities[eid] = merged
            else:
                entities[eid] = e
        places.update(st.PLACES)
    chk, all_ids = gc.check_all(STORIES, entities, places, gc.HERE)
    for w in chk.warnings:
        print("warning:", w)
    for e in chk.errors:
        print("ERROR:", e)
    if chk.errors:
        print(f"{len(chk.errors)} errors: nothing written")
        return 1
    gold = build(all_ids)
    gold["entities"] = dict(sorted(entities.items()))
    evs = [e for d in gold["documents"] for e in d["events"]]
    req = [e for e in evs if not e.get("optional")]
    by_lang = {"en": 0, "ar": 0}
    for d in gold["documents"]:
        by_lang[d["language"]] += sum(1 for e in d["events"] if not e.get("optional"))
    tags = {}
    for row in gold["story_links"] + gold["contradictions"]:
        kind = "links" if row["id"].startswith("B19-L") else "contradictions"
        tag = row["note"].rsplit("(", 1)[1].rstrip(").")
        tags[(kind, tag)] = tags.get((kind, tag), 0) + 1
    print(f"{len(gold['documents'])} documents, {len(evs)} events ({len(evs) - len(req)} optional; "
          f"{len(req)} required: {by_lang['en']} English, {by_lang['ar']} Arabic), "
          f"{len(gold['entities'])} entities, {len(gold['places'])} places, "
          f"{len(gold['story_links'])} links, {len(gold['contradictions'])} contradictions")
    print("  by language:", dict(sorted(tags.items())))
    if "--check" in argv:
        print("checks passed (--check: nothing written)")
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
