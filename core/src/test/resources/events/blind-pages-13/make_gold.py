#!/usr/bin/env python3
"""Build blind-pages-13.gold.json from gold_common.py and the four story modules.

usage: python3 make_gold.py          # check, then write the gold file
       python3 make_gold.py --check  # run the checks only
Nothing is written when a check fails.
"""
import json, os, re, sys

import gold_common as C
import gold_kobani, gold_sanaa, gold_doha, gold_portsudan

STORIES = [gold_kobani, gold_sanaa, gold_doha, gold_portsudan]
OUT = os.path.join(C.HERE, "blind-pages-13.gold.json")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PUB = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")
TAG = {"en": "English", "ar": "Arabic"}
ABOUT = ("Thirteenth blind page-level gold for 16 pages written for Sitrep's evaluation: 8 English, 8 Arabic, "
         "four stories, each told by four invented outlets with different alignments (a wire, an outlet aligned "
         "with each side, a regional paper): the siege of Kobani, Sep 2014 - Jan 2015 (the Islamic State's "
         "advance and flag near Mishtenour, coalition strikes, protests and curfews in Turkey, the Mursitpinar "
         "crossing closed, the US airdrops, Erdogan's and the PYD's charges, the Peshmerga crossing through "
         "Turkey, the YPG's 'liberation' and Ankara's 'second northern Iraq'); the Houthi takeover of Sanaa, "
         "Sep 2014 (the 1st Armoured Division and Iman University taken, Basindwa's resignation, the Peace and "
         "National Partnership Agreement and the refused security annex, weapons hauled north, looting and "
         "detentions charged by Islah and denied by the Houthis, Hadi's 'conspiracy', GCC and UN demands); "
         "Israel's strike on Hamas leaders in Doha, Sep 2025 (the strike in Leqtaifiya, Israel's claim of "
         "responsibility, Hamas's toll and survival, the Qatari officer killed, 'state terrorism', when "
         "Washington warned Qatar, Netanyahu's 'expel them or we will', the Arab-Islamic summit and the GCC "
         "defence decision); the drone attacks on Port Sudan, May 2025 (strikes on the air base, the fuel "
         "depots, the port, the airport, a hotel and a substation, interceptions, Kassala and Kosti, Sudan "
         "cutting ties with the UAE as an 'aggressor state' and the UAE's rejection, the RSF's denial and "
         "threat, the Nyala market strike told two ways, suspended flights and UN alarm). Pages and gold "
         "written by one helper acting as an independent annotator, without reading Sitrep's code, lexicons, "
         "resources, tests or tools, or any set's misses or Sitrep output, coded by shared/docs/CODING.md in "
         "the format and conventions of blind-pages-9 (see README.md): a denial coded once, both readings "
         "accepted; the speaker of a speech act is also an acceptable claimant; null claimant = the outlet's "
         "own voice; tolls and counts from different sources are separate events with size; a claim of "
         "responsibility and an accusation naming the author are the deed with the claimant, ACCUSE also "
         "accepted; an attack whose author the page leaves open has unidentified attackers beside the side "
         "blamed; condemnations and statements of alarm are ACCUSE or REJECT; promises are AGREE; orders and "
         "appeals are REQUEST; flight is RETREAT or MOBILIZE with the destination; closing a crossing is "
         "COERCE or SANCTION; cutting diplomatic ties is SANCTION; suspending flights is SANCTION or RETREAT; "
         "a resignation under pressure is CONCEDE; letting another party's forces cross one's territory is "
         "AGREE or COOPERATE.")


def assemble():
    """Give each event its id (b<page>-<n>), resolve labels, add the outlet's own voice to speech acts."""
    labels = {}
    for st in STORIES:
        for d in st.DOCS:
            num = d["file"][:4]
            for i, e in enumerate(d["events"], 1):
                key = (num, e["label"])
                if key in labels:
                    raise SystemExit(f"duplicate label {key}")
                e["id"] = f"b{num}-{i}"
                labels[key] = (e["id"], st, d, e)
    return labels


def resolve(labels, ref):
    num, lab = ref.split(":", 1)
    if (num, lab) not in labels:
        return None
    return labels[(num, lab)]


def out_event(e):
    cl = list(e["claimants"])
    if not cl:
        cl = [None]
    named = [c for c in cl if c is not None]
    if set(e["types"]) & C.SPEECH and named and set(named) <= set(e["actor"]) and None not in cl:
        cl.append(None)
    o = {"id": e["id"], "types": e["types"], "actor": e["actor"], "recipient": e["recipient"],
         "place": e["place"], "date": e["date"], "modality": e["modality"], "claimants": cl,
         "evidence": e["evidence"]}
    for k in ("date_also", "size", "mode", "destination", "optional", "note", "gloss"):
        if k in e:
            o[k] = e[k]
    return o


def check(labels):
    err, warn = [], []
    cities = C.load_cities()
    used_e, used_p = set(), set()
    for eid, e in C.ENTITIES.items():
        parts = e["code"].split()
        if not parts or parts[-1] not in C.SECTORS or len(parts) > 2 or (len(parts) == 2 and not re.match(r"^[A-Z]{3}$", parts[0])):
            err.append(f"entity {eid}: bad code {e['code']!r}")
        if e.get("member_of") and e["member_of"] not in C.ENTITIES:
            err.append(f"entity {eid}: member_of {e['member_of']} unknown")
        if len(set(e["names"])) != len(e["names"]):
            warn.append(f"entity {eid}: repeated name")
    for pid, p in C.PLACES.items():
        g = p.get("geonames_id")
        if g is not None:
            if g not in cities:
                err.append(f"place {pid}: geonames id {g} not in cities500")
            else:
                _, lat, lon = cities[g]
                if abs(lat - p["lat"]) > 0.001 or abs(lon - p["lon"]) > 0.001:
                    err.append(f"place {pid}: coordinates {p['lat']},{p['lon']} != cities500 {lat},{lon}")
        elif "approximate" not in p["note"]:
            err.append(f"place {pid}: no geonames id and no 'approximate' note")
    for st in STORIES:
        w0, w1 = st.WINDOW
        for d in st.DOCS:
            path = os.path.join(C.HERE, d["file"])
            if not os.path.exists(path):
                err.append(f"{d['file']}: missing page")
                continue
            text = open(path, encoding="utf-8").read()
            low = text.lower()
            words = len(text.split())
            if not 300 <= words <= 700:
                warn.append(f"{d['file']}: {words} words")
            body, a, b = C.page_body(text, d)
            if body is None:
                err.append(f"{d['file']}: body_first/body_last not found in order")
                continue
            for k in ("title", "dateline", "outlet"):
                if d[k] and d[k].lower() not in low:
                    err.append(f"{d['file']}: {k} {d[k]!r} not in page")
            if d["title"] in body:
                err.append(f"{d['file']}: title inside body")
            for c in d["chrome_not_body"]:
                i = text.find(c)
                if i < 0:
                    err.append(f"{d['file']}: chrome {c!r} not in page")
                elif a <= i < b:
                    err.append(f"{d['file']}: chrome {c!r} inside body")
            if C.script_lang(d["body_first"]) != d["language"]:
                err.append(f"{d['file']}: language {d['language']} but scorer's test says {C.script_lang(d['body_first'])}")
            pub = d["published"]
            if not PUB.match(pub or ""):
                err.append(f"{d['file']}: bad published {pub!r}")
            elif not w0 <= pub[:10] <= w1:
                err.append(f"{d['file']}: published {pub} outside window {w0}..{w1}")
            seen_ev = set()
            for e in d["events"]:
                where = f"{d['file']} {e['id']} ({e['label']})"
                if not e["types"] or any(t not in C.PLOVER for t in e["types"]):
                    err.append(f"{where}: types {e['types']}")
                if not e["modality"] or any(m not in C.MODALITIES for m in e["modality"]):
                    err.append(f"{where}: modality {e['modality']}")
                if not e["actor"]:
                    err.append(f"{where}: empty actor")
                for role in ("actor", "recipient", "claimants"):
                    for x in e[role]:
                        if x is None:
                            if role != "claimants":
                                err.append(f"{where}: null in {role}")
                            continue
                        if x in C.ENTITIES:
                            used_e.add(x)
                        elif x.lower() not in low:
                            err.append(f"{where}: literal {role} {x!r} not in page")
                for role in ("place", "destination"):
                    for x in e.get(role, []):
                        if x not in C.PLACES:
                            err.append(f"{where}: unknown place {x!r}")
                        else:
                            used_p.add(x)
                if e["evidence"] not in body:
                    err.append(f"{where}: evidence not verbatim in body: {e['evidence'][:70]!r}")
                if e["evidence"] in seen_ev:
                    warn.append(f"{where}: repeated evidence")
                seen_ev.add(e["evidence"])
                dates = ([e["date"]] if e["date"] else []) + [x for x in e.get("date_also", []) if x]
                for x in dates:
                    if not DATE.match(x):
                        err.append(f"{where}: bad date {x!r}")
                    elif not w0 <= x <= w1:
                        err.append(f"{where}: date {x} outside window {w0}..{w1}")
                if e["date"] and "asserted" in e["modality"] and e["date"] > pub[:10]:
                    err.append(f"{where}: asserted event dated {e['date']} after publication {pub}")
                if not e["date"] and "date_also" not in e:
                    warn.append(f"{where}: undated without date_also")
                if d["language"] == "ar" and not e.get("gloss"):
                    warn.append(f"{where}: Arabic event without gloss")
                for k, v in (e.get("size") or {}).items():
                    if not (isinstance(v, (int, float)) or (isinstance(v, dict) and "value" in v)):
                        err.append(f"{where}: size {k} {v!r}")
    for eid in list(used_e):
        m = C.ENTITIES[eid].get("member_of")
        while m:
            used_e.add(m)
            m = C.ENTITIES[m].get("member_of")
    for eid in C.ENTITIES:
        if eid not in used_e:
            warn.append(f"entity {eid} unused")
    for pid in C.PLACES:
        if pid not in used_p:
            warn.append(f"place {pid} unused")
    return err, warn


def pairs(labels, err, warn):
    links, contras = [], []
    for st in STORIES:
        for note, r1, r2 in st.LINKS:
            links.append((st, note, r1, r2))
        for kind, field, note, r1, r2 in st.CONTRAS:
            contras.append((st, kind, field, note, r1, r2))
    out_l, out_c = [], []
    seen = set()
    for n, (st, note, r1, r2) in enumerate(links, 1):
        x, y = resolve(labels, r1), resolve(labels, r2)
        if not x or not y:
            err.append(f"link {note!r}: unknown event {r1 if not x else r2}")
            continue
        if x[1] is not st or y[1] is not st:
            err.append(f"link {note!r}: event of another story")
        if x[2] is y[2]:
            err.append(f"link {note!r}: both events on one page")
        key = frozenset((x[0], y[0]))
        if key in seen:
            err.append(f"link {note!r}: repeated pair")
        seen.add(key)
        if x[3].get("optional") or y[3].get("optional"):
            warn.append(f"link {note!r} rests on an optional event")
        la, lb = x[2]["language"], y[2]["language"]
        tag = TAG[la] if la == lb else "across"
        out_l.append({"id": f"B13-L{n}", "note": f"{note} ({tag}).", "events": [x[0], y[0]]})
    for n, (st, kind, field, note, r1, r2) in enumerate(contras, 1):
        x, y = resolve(labels, r1), resolve(labels, r2)
        if not x or not y:
            err.append(f"contradiction {note!r}: unknown event {r1 if not x else r2}")
            continue
        if kind not in ("negation", "value", "status"):
            err.append(f"contradiction {note!r}: kind {kind}")
        if x[1] is not st or y[1] is not st:
            err.append(f"contradiction {note!r}: event of another story")
        if x[2] is y[2]:
            err.append(f"contradiction {note!r}: both events on one page")
        if x[3].get("optional") or y[3].get("optional"):
            warn.append(f"contradiction {note!r} rests on an optional event")
        la, lb = x[2]["language"], y[2]["language"]
        tag = TAG[la] if la == lb else "across"
        out_c.append({"id": f"B13-C{n}", "kind": kind, "field": field, "note": f"{note} ({tag}).",
                      "events": [x[0], y[0]]})
    return out_l, out_c


def main(argv):
    labels = assemble()
    err, warn = check(labels)
    links, contras = pairs(labels, err, warn)
    for w in warn:
        print("warning:", w)
    for e in err:
        print("ERROR:", e)
    docs = [d for st in STORIES for d in st.DOCS]
    evs = [e for d in docs for e in d["events"]]
    opt = sum(1 for e in evs if e.get("optional"))
    req = {l: sum(1 for d in docs if d["language"] == l for e in d["events"] if not e.get("optional")) for l in ("en", "ar")}
    def by_tag(rows):
        return {t: sum(1 for r in rows if r["note"].endswith(f"({t}).")) for t in ("English", "Arabic", "across")}
    print(f"{len(docs)} pages, {len(evs)} events ({opt} optional; required: {req['en']} English, {req['ar']} Arabic), "
          f"{len(C.ENTITIES)} entities, {len(C.PLACES)} places, {len(links)} links {by_tag(links)}, "
          f"{len(contras)} contradictions {by_tag(contras)}")
    if err:
        print(f"{len(err)} errors: nothing written")
        return 1
    if "--check" in argv:
        print("checks passed (--check: nothing written)")
        return 0
    gold = {"about": ABOUT, "entities": C.ENTITIES, "places": C.PLACES,
            "documents": [dict({k: v for k, v in d.items() if k != "events"},
                               events=[out_event(e) for e in d["events"]]) for d in docs],
            "story_links": links, "contradictions": contras}
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
