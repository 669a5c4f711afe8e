#!/usr/bin/env python3
"""Builds blind-pages-14.gold.json from the story modules and checks it.

usage: python3 make_gold.py            # check, then write the gold (nothing on failure)
       python3 make_gold.py --check    # run the checks only
       python3 make_gold.py --names    # also list entities none of whose names is on the page
"""
import json
import os
import sys

import gold_common as gc
import gold_kirkuk
import gold_sudan
import gold_jenin
import gold_storm

STORIES = [gold_kirkuk, gold_sudan, gold_jenin, gold_storm]
OUT = os.path.join(gc.HERE, "blind-pages-14.gold.json")

ABOUT = (
    "Fourteenth blind page-level gold for 16 pages written for Sitrep's evaluation: 8 English, "
    "8 Arabic, four stories, each told by four invented outlets with different alignments (a "
    "wire, an outlet aligned with each side, a regional paper): the Iraqi federal advance on "
    "Kirkuk, Oct 2017 (Abadi's order to 'impose security', the K1 base, Baba Gurgur, Bai Hassan "
    "and Avana taken, the Peshmerga's withdrawal and the KDP's 'betrayal' charge against a PUK "
    "faction and the IRGC, the governor's flight, the flag, Tuz Khurmatu, Altun Kupri, the "
    "displaced counted 60,000 by Erbil and 100,000 by the UN, Turkish, Iranian and US "
    "statements, the KRG's offer to freeze the referendum result); the outbreak of war in "
    "Sudan, Apr 2023 (army air strikes and RSF claims on the palace and airports, the Egyptian "
    "soldiers at Merowe, the dissolution decree, truces announced and broken, WFP staff killed "
    "and WFP's suspension, evacuations to Port Sudan, Jeddah and Djibouti, the Egyptian "
    "attache killed, Kober prison and the charges over it, the Jeddah invitation); Israel's "
    "Jenin camp operation, Jul 2023 (drone strikes and raid, bulldozers, the Jenin Brigade's "
    "claims, the toll, the displaced counted 3,000 to 4,000, the Ibn Sina hospital, the PA's "
    "suspension of contacts, the Tel Aviv ramming claimed by Hamas, rockets and strikes on "
    "Gaza, the withdrawal, the soldier killed perhaps by friendly fire, Arab, UN and EU "
    "statements, Abbas's visit); Operation Decisive Storm, Mar-Apr 2015 (the first strikes, "
    "Asiri's briefings, Hadi's flight and request, the Houthi-Saleh advance on Aden, the "
    "Sharm el-Sheikh summit and joint force, Iran and the Houthis, Pakistan's neutrality vote "
    "and the UAE's warning, evacuations by sea and air, ICRC and UN appeals, resolution 2216, "
    "the end of Decisive Storm and strikes after it). Pages and gold written by one helper "
    "acting as an independent annotator, without reading Sitrep's code, lexicons, resources, "
    "tests or tools, or any set's misses or Sitrep output, coded by shared/docs/CODING.md in "
    "the format and conventions of blind-pages-9 (see README.md): a denial coded once with "
    "both readings; the speaker of a speech act is also an acceptable claimant; null claimant "
    "= the outlet's own voice; tolls and counts from different sources are separate events "
    "with size; a claim of responsibility or an accusation naming the author is the deed with "
    "the claiming or accusing party as claimant; an attack whose author the page leaves open "
    "has unidentified attackers; condemnations are ACCUSE or REJECT; promises AGREE; orders "
    "and appeals REQUEST; flight RETREAT or MOBILIZE with the destination; evacuating "
    "nationals AID; taking a base or field without a fight COERCE; truces AGREE or RETREAT "
    "(ceasefire); dissolution decrees, embargoes and suspended contacts SANCTION.")


def build():
    errors, warnings = [], []
    ents, places = gc.merge_tables(STORIES, errors)
    gc.check_places(places, errors)
    used = {"entities": set(), "places": set()}
    docs, links, contras = [], [], []
    all_ids = set()
    for st in STORIES:
        events, page_of, lang_of = {}, {}, {}
        for d in st.DOCS:
            evs = gc.check_doc(st, d, ents, places, errors, warnings, used)
            for i in evs:
                if i in all_ids:
                    errors.append(f"event id {i} used twice")
                all_ids.add(i)
                page_of[i] = d["file"]
                lang_of[i] = d["language"]
            events.update(evs)
            docs.append(d)
        links += gc.expand_links(st, events, page_of, lang_of, errors, warnings)
        contras += gc.check_contradictions(st, events, page_of, lang_of, errors, warnings)
    for d in docs:
        for ev in d["events"]:
            gc.add_speaker_voice(ev)
    for k in sorted(set(ents) - used["entities"]):
        if not any(v.get("member_of") == k for v in ents.values()):
            warnings.append(f"entity {k} unused")
    for k in sorted(set(places) - used["places"]):
        warnings.append(f"place {k} unused")
    if len(docs) != 16:
        errors.append(f"{len(docs)} pages, want 16")
    story_links = [{"id": f"B14-L{n}", **l} for n, l in enumerate(links, 1)]
    contradictions = [{"id": f"B14-C{n}", **c} for n, c in enumerate(contras, 1)]
    gold = {"about": ABOUT, "entities": ents, "places": places, "documents": docs,
            "story_links": story_links, "contradictions": contradictions}
    return gold, errors, warnings


def counts(gold):
    evs = [(d["language"], e) for d in gold["documents"] for e in d["events"]]
    opt = sum(1 for _, e in evs if e.get("optional"))
    req = {lang: sum(1 for l, e in evs if l == lang and not e.get("optional")) for lang in ("en", "ar")}

    def by_tag(rows):
        out = {"English": 0, "Arabic": 0, "across": 0}
        for r in rows:
            out[r["note"].rsplit("(", 1)[1].rstrip(").")] += 1
        return out
    return (f"{len(evs)} events ({opt} optional; {req['en'] + req['ar']} required: "
            f"{req['en']} English, {req['ar']} Arabic), {len(gold['entities'])} entities, "
            f"{len(gold['places'])} places, {len(gold['story_links'])} story-link records "
            f"{by_tag(gold['story_links'])}, {len(gold['contradictions'])} contradictions "
            f"{by_tag(gold['contradictions'])}")


def main(argv):
    gold, errors, warnings = build()
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    if "--names" in argv:
        for line in gc.name_report(gold["documents"], gold["entities"]):
            print("names:", line)
    if errors:
        print(f"{len(errors)} check(s) failed; nothing written.")
        return 1
    print(counts(gold))
    if "--check" in argv:
        print("checks passed (nothing written: --check).")
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
