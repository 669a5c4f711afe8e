#!/usr/bin/env python3
"""Build blind-pages-12.gold.json from gold_common.py and the four story modules.

usage: python3 make_gold.py            check, then write the gold file (nothing is written if a check fails)
       python3 make_gold.py --check    run the checks only
       python3 make_gold.py --synth DIR   also write a synthetic Sitrep output built from the gold
                                          (documents/events/stories.jsonl) into DIR, for score_events.py
"""
import json, os, sys

import gold_common as gc
import gold_damascus, gold_assad, gold_tishreen, gold_greathall

STORIES = [gold_damascus.STORY, gold_assad.STORY, gold_tishreen.STORY, gold_greathall.STORY]
OUT = os.path.join(gc.HERE, "blind-pages-12.gold.json")

ABOUT = (
    "Twelfth blind page-level gold for 16 pages written for Sitrep's evaluation: 8 English, 8 Arabic, "
    "four stories, each told by four invented outlets with different partisan voices (a wire, an outlet "
    "aligned with each side, a regional paper): "
    + "; ".join(st["title"] for st in STORIES)
    + ". Pages and gold written by one helper acting as an independent annotator, without reading "
    "Sitrep's code, lexicons, resources, tests or tools, or any set's misses or Sitrep output, coded by "
    "shared/docs/CODING.md in the format and conventions of blind-pages-9 (see README.md): a denial coded "
    "once, both readings accepted; the speaker of a speech act is also an acceptable claimant; null "
    "claimant = the outlet's own voice; tolls by different sources are separate events with size; unnamed "
    "actors and claimants as literal words; a claim of responsibility or an accusation naming the author "
    "is the deed itself with the claimant; an attack whose author the page leaves open has unidentified "
    "attackers beside the side blamed; condemnations ACCUSE or REJECT; pledges AGREE; orders and appeals "
    "REQUEST; interceptions ASSAULT; seizures of ships and towns COERCE; curfews and internet cuts COERCE; "
    "a declared end of an operation RETREAT (ceasefire) or CONCEDE with its conditional threat THREATEN "
    "hypothetical; freeing prisoners RETREAT (release); a review of support for an ally SANCTION or "
    "THREATEN, planned.")


def main(argv):
    gold, errors, warnings = gc.build(STORIES, ABOUT)
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    if errors:
        print(f"{len(errors)} error(s); nothing written")
        return 1
    print(json.dumps(gc.counts(gold)))
    if "--check" in argv:
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote", OUT)
    if "--synth" in argv:
        out_dir = argv[argv.index("--synth") + 1]
        story_of = {d["file"]: st["key"] for st in STORIES for d in st["documents"]}
        gc.synth(gold, out_dir, story_of)
        print("wrote synthetic output to", out_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
