#!/usr/bin/env python3
"""For each gold event matched (by score_events.py's own assignment) to a system event, print
gold vs system actor / claimant when they disagree. usage: args_cmp.py OUT GOLD [--docs odd|even|all] [--lang en|ar] [--field actor|claimant|recipient]"""
import json, os, sys
sys.path.insert(0, os.environ.get("SCORER_DIR", os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared/tools")))
import score_events as se

def main(a):
    out, gpath = a[0], a[1]
    opts = dict(zip(a[2::2], a[3::2]))
    which = opts.get("--docs", "all"); lang = opts.get("--lang"); fields = opts.get("--field", "actor,claimant").split(",")
    gold = se.Gold(gpath)
    docs = se.load_jsonl(os.path.join(out, "documents.jsonl"))
    evs = se.load_jsonl(os.path.join(out, "events.jsonl"))
    by_file = {os.path.basename(d.get("input", "")): d for d in docs}
    by_doc = {}
    for e in evs:
        by_doc.setdefault(e.get("doc_id"), []).append(e)
    for gd in gold.g["documents"]:
        num = "".join(c for c in gd["file"][:3] if c.isdigit())
        if which != "all" and num and (int(num) % 2 == 1) != (which == "odd"):
            continue
        if lang and gd.get("language", lang) != lang:
            continue
        d = by_file.get(gd["file"])
        if not d:
            continue
        sev = by_doc.get(d.get("doc_id"), [])
        pairs, _ = se.assign(gold, gd["events"], sev)
        for gi, si, det in pairs:
            g, s = gd["events"][gi], sev[si]
            if g.get("optional"):
                continue
            for f in fields:
                if det.get(f) is False:
                    if f == "claimant":
                        sysv = sorted(se.claimants_of(s)); goldv = g.get("claimants")
                    else:
                        sysv = sorted(se.entity_strings(s.get(f))); goldv = g.get(f)
                    print(f"{g['id']}\t{f}\tgold={goldv}\tsys={sysv}\t| {g['evidence'][:110]}")

main(sys.argv[1:])
