#!/usr/bin/env python3
"""Build blind-pages-11.gold.json from the story modules (written for this set).

usage: python3 make_gold.py            # run the checks, write the gold when they pass
       python3 make_gold.py --check    # run the checks only, write nothing
       python3 make_gold.py --synth DIR  # also write a synthetic Sitrep output built from the gold
                                         # (documents/events/stories.jsonl) into DIR, outside the repository,
                                         # to confirm with score_events.py that the gold is scorable

Nothing is written when a check fails.
"""
import hashlib
import json
import os
import sys

from gold_common import HERE, check, counts, read_page, body_span
import gold_ramadi
import gold_pagers
import gold_galaxy
import gold_tripoli

STORIES = [gold_ramadi.S, gold_pagers.S, gold_galaxy.S, gold_tripoli.S]
OUT = os.path.join(HERE, "blind-pages-11.gold.json")

ABOUT = (
    "Eleventh blind page-level gold for 16 pages written for Sitrep's evaluation: 8 English, 8 Arabic, four "
    "stories, each told by four invented outlets with different alignments (a wire, an outlet aligned with each "
    "side, a regional paper): the Islamic State's capture of Ramadi, May 2015 (suicide car bombs on the government "
    "compound, the army and police withdrawal, tolls of 500 against 250, the displaced by IOM and OCHA counts, "
    "Abadi's order to the Popular Mobilisation Forces, the Anbar council's request and appeal, coalition strikes, "
    "tribal fighters, the Pentagon's 'setback' and Carter's charge, Islamic State's claim, the PMF counter-offensive "
    "of 26 May); Hezbollah's pagers and walkie-talkies exploding across Lebanon and the Israeli strike that killed "
    "Ibrahim Aqil in Beirut's southern suburb, Sep 2024 (changing health ministry tolls, Iran's ambassador wounded, "
    "Hezbollah's charge and 'just punishment', Israel's silence, the Taiwanese and Hungarian denials, Nasrallah's "
    "speech and the sonic booms, condemnations, blood appeals, aid flights); the Houthi seizure of the Galaxy "
    "Leader and the attacks on Red Sea shipping, Nov-Dec 2023 (the helicopter boarding, the crew of 25, Israel's "
    "'not Israeli', Saree's threats, Japan's appeals, Iran's denial, the Strinda and other ships hit, the USS "
    "Carney's interceptions, Maersk, Hapag-Lloyd, MSC and BP pausing transits, Operation Prosperity Guardian); "
    "Khalifa Haftar's advance on Tripoli, Apr 2019 (Gharyan entered, Bridge 27 retaken by Zawiya forces and LNA "
    "fighters captured (128 vs 145, and the LNA's denial), Serraj's mobilisation, the GNA's 'Volcano of Rage', "
    "the strikes on Mitiga airport, Guterres in Tripoli and Benghazi, the ignored two-hour truce, WHO and health "
    "ministry tolls, the displaced, the Ghadames conference postponed, statements by the US, Russia, France, Italy "
    "and others). Pages and gold written by one helper acting as an independent annotator, without reading "
    "Sitrep's code, lexicons, resources, tests or tools, or any set's misses or Sitrep output, coded by "
    "shared/docs/CODING.md in the format and conventions of blind-pages-9 (see README.md): a denial coded once, "
    "both readings accepted; the speaker of a speech act is also an acceptable claimant; null claimant = the "
    "outlet's own voice; tolls given by different sources are separate events with size; unnamed actors and "
    "claimants as literal words; a claim of responsibility (and an accusation naming the author) is the deed "
    "itself with the claiming or accusing party as claimant, ACCUSE also accepted; an attack whose author the page "
    "leaves open has unidentified attackers beside the side blamed; condemnations are ACCUSE or REJECT; promises "
    "are AGREE; orders and appeals are REQUEST; flight is RETREAT or MOBILIZE with the destination; shipping lines "
    "pausing a route are RETREAT (SANCTION accepted); a sonic boom over a city is MOBILIZE (THREATEN accepted); a "
    "refusal to comment or to claim is optional REJECT; postponing a conference is SANCTION (CONSULT accepted); a "
    "warship shooting down drones is ASSAULT; competing claims to hold a place are COERCE by each claimant.")


def synth(gold, out_dir):
    """A Sitrep-shaped output whose every required event is the gold's first reading."""
    os.makedirs(out_dir, exist_ok=True)
    ents, places = gold["entities"], gold["places"]

    def entity(x):
        if x in ents:
            return {"entity_text": ents[x]["names"][0], "identifier_id": x,
                    "identifier_text": ents[x]["names"][0], "code": ents[x]["code"].split()[0],
                    "sector": ents[x]["code"].split()[-1]}
        return {"entity_text": x, "identifier_id": None, "identifier_text": x}

    def loc(pid):
        p = places[pid]
        return {"name": p["names"][0], "text": p["names"][0], "lat": p["lat"], "lon": p["lon"],
                "gazetteer_id": str(p["geonames_id"]) if p.get("geonames_id") else None}

    docs, events = [], []
    parent = {}

    def find(a):
        while parent.get(a, a) != a:
            a = parent[a]
        return a
    for l in gold["story_links"]:
        a, b = (find(x) for x in l["events"])
        if a != b:
            parent[b] = a
    for d in gold["documents"]:
        text = read_page(d["file"])
        s, e = body_span(text, d["body_first"], d["body_last"])
        doc_id = hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
        docs.append({"doc_id": doc_id, "input": d["file"], "outlet": {"name": d["outlet"], "id": None},
                     "language": d["language"], "title": d["title"],
                     "published": {"value": d["published"], "precision": "day", "basis": "page", "evidence": ""},
                     "credits": [], "dateline": d["dateline"], "text": text,
                     "body": {"text": text[s:e], "paragraphs": [{"start": s, "end": e}]},
                     "comments": [], "related": [], "chrome": []})
        for ev in d["events"]:
            if ev.get("optional"):
                continue
            c = ev["claimants"][0]
            claimants = [] if c is None else [{"name": ents[c]["names"][0] if c in ents else c,
                                               "kind": "official", "identifier_id": c if c in ents else None}]
            start = text.find(ev["evidence"])
            events.append({"id": ev["id"], "doc_id": doc_id, "event": [ev["types"][0]], "mode": ev.get("mode", []),
                           "context": [], "date": ev["date"], "enddate": None,
                           "date_info": {"precision": "day" if ev["date"] else "unknown", "basis": "explicit", "text": ""},
                           "actor": [entity(ev["actor"][0])],
                           "recipient": [entity(ev["recipient"][0])] if ev["recipient"] else [],
                           "event_loc": loc(ev["place"][0]) if ev["place"] else None,
                           "destination": loc(ev["destination"][0]) if ev.get("destination") else None,
                           "size": ev.get("size", {}),
                           "claim": {"modality": ev["modality"][0], "claimants": claimants, "outlet": d["outlet"]},
                           "event_text": ev["evidence"],
                           "text_info": {"sequence": 0, "start": start, "end": start + len(ev["evidence"])},
                           "cite_info": {"publication": d["outlet"], "title": d["title"], "language": d["language"]},
                           "confidence": 1.0, "story_id": None, "same_as": None})
    by_id = {e["id"]: e for e in events}
    merged = {}
    for l in gold["story_links"]:
        for x in l["events"]:
            merged.setdefault(find(x), set()).add(x)
    story_events = []
    for root, members in sorted(merged.items()):
        mid = "M-" + root
        for x in members:
            by_id[x]["same_as"] = mid
        first = by_id[sorted(members)[0]]
        story_events.append({"id": mid, "event": first["event"], "date": first["date"], "actor": first["actor"],
                             "recipient": first["recipient"], "event_loc": first["event_loc"],
                             "reports": sorted(members)})
    contradictions = [{"kind": c["kind"], "field": c["field"], "event_ids": c["events"], "values": [],
                       "note": c["note"]} for c in gold["contradictions"]]
    stories = [{"story_id": "synthetic", "title": "all", "documents": [d["doc_id"] for d in docs],
                "events": story_events, "contradictions": contradictions}]
    for name, rows in (("documents.jsonl", docs), ("events.jsonl", events), ("stories.jsonl", stories)):
        with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"synthetic output: {len(docs)} documents, {len(events)} events, {len(story_events)} merged events -> {out_dir}")


def main(argv):
    only_check = "--check" in argv
    synth_dir = None
    if "--synth" in argv:
        i = argv.index("--synth")
        synth_dir = argv[i + 1]
        if os.path.abspath(synth_dir).startswith(os.path.abspath(HERE)):
            print("error: write the synthetic output outside the repository", file=sys.stderr)
            return 1
    errors, warnings, gold = check(STORIES)
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    if errors:
        print(f"{len(errors)} error(s): nothing written")
        return 1
    out = {"about": ABOUT}
    out.update(gold)
    print(json.dumps(counts(gold)))
    if only_check:
        print("checks passed (--check: nothing written)")
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {OUT}")
    if synth_dir:
        synth(out, synth_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
