#!/usr/bin/env python3
"""Build blind-pages-16.gold.json from the story modules, after checking everything.

usage: python3 make_gold.py [--check]
--check runs the checks only. Nothing is written when a check fails.
"""
import json, os, sys

import gold_common as G
import gold_aden, gold_khartoum, gold_ghouta, gold_lebanon

STORIES = [gold_aden, gold_khartoum, gold_ghouta, gold_lebanon]
OUT = os.path.join(G.HERE, "blind-pages-16.gold.json")

ABOUT = (
    "Sixteenth blind page-level gold for 16 pages written for Sitrep's evaluation: 8 English, 8 Arabic, "
    "four stories, each told by four invented outlets with different alignments (a wire, an outlet aligned "
    "with each side, a regional paper): " + "; ".join(s.TITLE for s in STORIES) + ". Pages and gold written "
    "by one helper acting as an independent annotator, without reading Sitrep's code, lexicons, resources, "
    "tests or tools, or any set's misses or Sitrep output, coded by shared/docs/CODING.md in the format and "
    "conventions of blind-pages-9 (see README.md): a denial coded once, both readings accepted; the speaker "
    "of a speech act is also an acceptable claimant; null claimant = the outlet's own voice; tolls and counts "
    "from different sources are separate events with size; a claim of responsibility or an accusation that "
    "names the author is the deed itself with the claiming or accusing party as claimant (ACCUSE also "
    "accepted); condemnations are ACCUSE or REJECT; promises are AGREE; orders, appeals and evacuation "
    "orders are REQUEST; flight and returns of displaced people are RETREAT or MOBILIZE with the destination; "
    "deal terms are planned events; distanced claims accept alleged.")


def main(argv):
    gold, errors, warnings = G.check_and_build(STORIES, ABOUT)
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    n = sum(len(d["events"]) for d in gold["documents"])
    opt = sum(1 for d in gold["documents"] for e in d["events"] if e.get("optional"))
    req = {"en": 0, "ar": 0}
    for d in gold["documents"]:
        req[d["language"]] += sum(1 for e in d["events"] if not e.get("optional"))

    def split(recs):
        out = {"English": 0, "Arabic": 0, "across": 0}
        for r in recs:
            out[r["note"].rsplit("(", 1)[1].rstrip(").")] += 1
        return out
    print(f"events {n} (optional {opt}; required en {req['en']}, ar {req['ar']}), "
          f"entities {len(gold['entities'])}, places {len(gold['places'])}, "
          f"links {len(gold['story_links'])} {split(gold['story_links'])}, "
          f"contradictions {len(gold['contradictions'])} {split(gold['contradictions'])}")
    if errors:
        print(f"{len(errors)} error(s): nothing written")
        return 1
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
