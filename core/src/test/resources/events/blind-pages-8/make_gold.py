#!/usr/bin/env python3
"""Build blind-pages-8.gold.json from the four story modules, after checking it.

usage: python3 make_gold.py [--check]

--check runs the checks only. The gold file is written only when every check passes.
Checks (errors): every evidence lies verbatim inside its page's body; title, dateline, body edges
and chrome lines occur in the page (chrome outside the body); entity and place ids exist; literal
actors, recipients and claimants (ids that are not catalogue entries) occur in their page; event
types and modalities are PLOVER/CODING values; event ids are unique and carry their page number;
dates, date_also and publication dates fall inside each story's window; GeoNames ids and
coordinates agree with cities500; links and contradictions name existing events of one story;
the same entity id defined in two stories has one code.
Warnings: pages outside 300-700 words, repeated evidence in a page, undated events without
date_also, Arabic events without a gloss, links or contradictions resting on optional events,
unused entities or places.
"""
import gzip, json, os, re, sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gold_common as C
import gold_dahyan, gold_ghwayran, gold_baghdad, gold_watiya

STORIES = [gold_dahyan, gold_ghwayran, gold_baghdad, gold_watiya]
OUT = os.path.join(HERE, "blind-pages-8.gold.json")
GEONAMES = os.path.join(HERE, "..", "..", "..", "..", "..", "..", "..", "shared", "data", "geonames", "cities500.txt.gz")

ABOUT = (
    "Eighth blind page-level gold for 16 pages written for Sitrep's evaluation: 8 English, 8 Arabic, four stories "
    "(Dahyan, Aug 2018: the Saudi-led coalition's air strike on a school bus in the Dahyan market in Saada, the tolls "
    "of the Houthi health ministry and the ICRC, the coalition's 'legitimate military action' and its referral to the "
    "Joint Incidents Assessment Team, the Houthi missile on Jizan the day before and its toll, Houthi vows and appeals, "
    "the UN Secretary-General and the Security Council, the funerals and protests in Saada; Ghwayran, Jan 2022: the "
    "Islamic State assault on the al-Sinaa prison in al-Hasakah, the riot and the escapes, the SDF, its tolls and its "
    "announcement of full control with mass surrenders, coalition air strikes and US Bradley vehicles, the displaced, "
    "the minors held in the prison and UNICEF's appeal, Damascus's charges against the US and the SDF, Ankara's charge "
    "that the YPG let the prisoners go; Baghdad and Ain al-Asad, Dec 2019-Jan 2020: the US strikes on Kataib Hezbollah "
    "at al-Qaim, the storming of the US embassy's outer compound, the drone strike that killed Soleimani and "
    "al-Muhandis, the Iraqi parliament's vote on foreign troops, Trump's threats, the IRGC missiles on Ain al-Asad and "
    "Erbil with Iranian TV's '80 American terrorists' against Trump's 'no Americans harmed', the Iraqi prime minister "
    "told in advance; al-Watiya, May 2020: the GNA's Volcano of Rage takes al-Watiya air base with Turkish drone "
    "support, the LNA's 'redeployment', the Pantsir captured or not, the LNA air force's threat against Turkish "
    "positions, Tarhuna next, Wagner and the UAE asserted and denied, Grad rockets on Tripoli and the mutual blame), "
    "each told by four invented outlets with different partisan voices (a wire, an outlet aligned with each side, a "
    "regional paper). Pages and gold written by one helper acting as an independent annotator, without reading "
    "Sitrep's code, lexicons, resources, tests or tools, or any set's misses or Sitrep output, coded by "
    "shared/docs/CODING.md in the format and conventions of blind-pages-7: a denial coded once, both readings "
    "accepted (REJECT by the denier, or the denied event with modality denied); the speaker of a speech act is also "
    "an acceptable claimant; null claimant = the outlet's own voice; tolls given by different sources are separate "
    "events with size; unnamed actors as literal words; a claim of responsibility (and an accusation naming the "
    "author) is the deed itself with the claiming or accusing party as claimant, ACCUSE also accepted; an attack "
    "whose author the page leaves open has unidentified attackers and the side blamed as acceptable actors; "
    "condemnations are ACCUSE or REJECT; an announced investigation is ACCUSE; promises and pledges are AGREE; "
    "orders and appeals are REQUEST; surrender is RETREAT or CONCEDE; flight and displacement are RETREAT or MOBILIZE "
    "with the destination; funerals with hostile chants are PROTEST; a vote to expel foreign troops is SANCTION or "
    "REQUEST; advance notice of an attack to a third government is CONSULT."
)

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def word_count(text):
    return len(re.findall(r"\S+", text))


def load_cities():
    rows = {}
    path = os.path.normpath(GEONAMES)
    if not os.path.exists(path):
        alt = "/work/shared/data/geonames/cities500.txt.gz"
        path = alt if os.path.exists(alt) else None
    if path is None:
        warn("cities500.txt.gz not found: GeoNames ids not checked")
        return None
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            rows[int(p[0])] = (float(p[4]), float(p[5]), p[1])
    return rows


def merge_entities():
    merged = OrderedDict()
    for st in STORIES:
        for k, v in st.ENTITIES.items():
            if k not in merged:
                merged[k] = {"code": v["code"], "names": list(v["names"])}
                if v.get("member_of"):
                    merged[k]["member_of"] = v["member_of"]
                continue
            m = merged[k]
            if m["code"] != v["code"]:
                err(f"entity {k}: code {m['code']} in one story, {v['code']} in {st.STORY}")
            if v.get("member_of") != m.get("member_of"):
                err(f"entity {k}: member_of differs across stories")
            for n in v["names"]:
                if n not in m["names"]:
                    m["names"].append(n)
    for k, v in merged.items():
        if v.get("member_of") and v["member_of"] not in merged:
            err(f"entity {k}: member_of {v['member_of']} unknown")
        if len(set(v["names"])) != len(v["names"]):
            warn(f"entity {k}: repeated name")
    return merged


def merge_places(cities):
    merged = OrderedDict()
    for st in STORIES:
        for k, v in st.PLACES.items():
            if k in merged and merged[k] != v:
                err(f"place {k} defined differently in two stories")
            merged[k] = v
    for k, p in merged.items():
        gid = p.get("geonames_id")
        if gid and cities is not None:
            row = cities.get(gid)
            if row is None:
                err(f"place {k}: GeoNames id {gid} not in cities500")
            elif abs(row[0] - p["lat"]) > 0.01 or abs(row[1] - p["lon"]) > 0.01:
                err(f"place {k}: coordinates {p['lat']},{p['lon']} differ from cities500 {row[0]},{row[1]} ({row[2]})")
        if not gid and "approximate" not in p.get("note", "") and "centroid" not in p.get("note", ""):
            warn(f"place {k}: no GeoNames id and no note saying how the point was chosen")
    return merged


def in_window(d, w):
    return w[0] <= d <= w[1]


def check_doc(st, doc, entities, places, used_e, used_p, seen_ids):
    path = os.path.join(HERE, doc["file"])
    if not os.path.exists(path):
        err(f"{doc['file']}: page missing")
        return
    text = open(path, encoding="utf-8").read()
    num = doc["file"][:3]
    for k in ("title", "dateline", "body_first", "body_last"):
        if doc[k] not in text:
            err(f"{doc['file']}: {k} not in page: {doc[k][:60]!r}")
    bs = text.find(doc["body_first"])
    be = text.find(doc["body_last"])
    if bs < 0 or be < 0 or be < bs:
        err(f"{doc['file']}: body edges not found in order")
        return
    body = text[bs: be + len(doc["body_last"])]
    if text.find(doc["title"]) > bs:
        err(f"{doc['file']}: title after body start")
    for c in doc["chrome_not_body"]:
        if c not in text:
            err(f"{doc['file']}: chrome line not in page: {c!r}")
        elif c in body:
            err(f"{doc['file']}: chrome line inside the body: {c!r}")
    n = word_count(text)
    if not 300 <= n <= 700:
        warn(f"{doc['file']}: {n} words")
    pub = doc["published"]
    if pub and not in_window(pub[:10], st.WINDOW):
        err(f"{doc['file']}: published {pub} outside {st.WINDOW}")
    lang = doc["language"]
    ar = sum(1 for ch in doc["body_first"] if "\u0600" <= ch <= "\u06ff")
    if (lang == "ar") != (ar > len(doc["body_first"]) / 3):
        err(f"{doc['file']}: language {lang} disagrees with body_first script (the scorer's --lang test)")
    evid = Counter()
    for ev in doc["events"]:
        eid = ev["id"]
        if eid in seen_ids:
            err(f"{eid}: duplicate id")
        seen_ids[eid] = st.STORY
        if not eid.startswith(f"b{num}-"):
            err(f"{eid}: id does not carry page number {num}")
        if ev["evidence"] not in body:
            err(f"{eid}: evidence not in the body of {doc['file']}: {ev['evidence'][:70]!r}")
        evid[ev["evidence"]] += 1
        for t in ev["types"]:
            if t not in C.TYPES:
                err(f"{eid}: type {t}")
        if not ev["types"]:
            err(f"{eid}: no type")
        for m in ev["modality"]:
            if m not in C.MODALITIES:
                err(f"{eid}: modality {m}")
        if not ev["actor"]:
            err(f"{eid}: empty actor list (the scorer always scores the actor)")
        for role in ("actor", "recipient", "claimants"):
            for a in ev[role]:
                if a is None:
                    if role != "claimants":
                        err(f"{eid}: null in {role}")
                    continue
                if a in entities:
                    used_e.add(a)
                elif a not in text:
                    err(f"{eid}: {role} {a!r} is neither an entity id nor words of the page")
                elif re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+", a):
                    err(f"{eid}: {role} {a!r} looks like an id but is not in the catalogue")
        for role in ("place", "destination"):
            for p in ev.get(role, []):
                if p not in places:
                    err(f"{eid}: {role} {p!r} unknown")
                used_p.add(p)
        d = ev["date"]
        if d is not None:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) or not in_window(d, st.WINDOW):
                err(f"{eid}: date {d} outside {st.WINDOW}")
        for d2 in ev.get("date_also", []):
            if d2 is not None and (not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d2) or not in_window(d2, st.WINDOW)):
                err(f"{eid}: date_also {d2} outside {st.WINDOW}")
        if d is None and "date_also" not in ev and "historical" not in ev["modality"]:
            warn(f"{eid}: undated without date_also")
        if lang == "ar" and not ev.get("gloss"):
            warn(f"{eid}: Arabic event without a gloss")
        if "size" in ev:
            for k, v in ev["size"].items():
                if not isinstance(v, int):
                    err(f"{eid}: size {k} not an integer")
    for e, c in evid.items():
        if c > 1:
            warn(f"{doc['file']}: evidence used {c} times: {e[:60]!r}")


def main(argv):
    check_only = "--check" in argv
    cities = load_cities()
    entities = merge_entities()
    places = merge_places(cities)
    used_e, used_p, seen_ids = set(), set(), {}
    documents, links, contras = [], [], []
    optional = set()
    lang_of = {}
    for st in STORIES:
        for doc in st.DOCS:
            check_doc(st, doc, entities, places, used_e, used_p, seen_ids)
            for ev in doc["events"]:
                lang_of[ev["id"]] = doc["language"]
                if ev.get("optional"):
                    optional.add(ev["id"])
            out = OrderedDict()
            for k in ("file", "outlet", "language", "title", "published", "published_note", "dateline",
                      "body_first", "body_last", "chrome_not_body"):
                out[k] = doc[k]
            out["comments_first"] = None
            out["comments_last"] = None
            out["comment_authors"] = []
            out["events"] = doc["events"]
            documents.append(out)
    nl = nc = 0
    for st in STORIES:
        for note, evs in st.LINKS:
            nl += 1
            for e in evs:
                if seen_ids.get(e) != st.STORY:
                    err(f"link {note!r}: event {e} not in story {st.STORY}")
                if e in optional:
                    warn(f"link {note!r} rests on optional event {e}")
            langs = {lang_of.get(e) for e in evs}
            tag = "English" if langs == {"en"} else "Arabic" if langs == {"ar"} else "across"
            if f"({tag})" not in note:
                err(f"link {note!r}: label should end with ({tag})")
            links.append(OrderedDict([("id", f"B8-L{nl}"), ("note", note), ("events", list(evs))]))
        for kind, field, note, evs in st.CONTRADICTIONS:
            nc += 1
            for e in evs:
                if seen_ids.get(e) != st.STORY:
                    err(f"contradiction {note[:40]!r}: event {e} not in story {st.STORY}")
                if e in optional:
                    warn(f"contradiction {note[:40]!r} rests on optional event {e}")
            if len({e[:4] for e in evs}) < 2:
                err(f"contradiction {note[:40]!r}: both events on one page")
            langs = {lang_of.get(e) for e in evs}
            tag = "English" if langs == {"en"} else "Arabic" if langs == {"ar"} else "across"
            if f"({tag})" not in note:
                err(f"contradiction {note[:50]!r}: note should end with ({tag})")
            contras.append(OrderedDict([("id", f"B8-C{nc}"), ("kind", kind), ("field", field), ("note", note),
                                        ("events", list(evs))]))
    for k in entities:
        if k not in used_e:
            warn(f"entity {k} unused")
    for k in places:
        if k not in used_p:
            warn(f"place {k} unused")

    gold = OrderedDict([("about", ABOUT), ("entities", entities), ("places", places), ("documents", documents),
                        ("story_links", links), ("contradictions", contras)])
    # counts
    evs = [e for d in documents for e in d["events"]]
    req = [e for e in evs if not e.get("optional")]
    req_en = sum(1 for d in documents if d["language"] == "en" for e in d["events"] if not e.get("optional"))
    req_ar = len(req) - req_en
    lk = Counter()
    for l in links:
        langs = {lang_of[e] for e in l["events"]}
        lk["en" if langs == {"en"} else "ar" if langs == {"ar"} else "across"] += 1
    ck = Counter()
    for c in contras:
        langs = {lang_of[e] for e in c["events"]}
        ck["en" if langs == {"en"} else "ar" if langs == {"ar"} else "across"] += 1
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(evs)} events ({len(evs) - len(req)} optional; {len(req)} required: {req_en} English, {req_ar} Arabic), "
          f"{len(entities)} entities, {len(places)} places, {len(links)} links ({lk['en']} English, {lk['ar']} Arabic, "
          f"{lk['across']} across), {len(contras)} contradictions ({ck['en']} English, {ck['ar']} Arabic, {ck['across']} across)")
    per_doc = ", ".join(f"{d['file'][:3]}:{sum(1 for e in d['events'] if not e.get('optional'))}/{len(d['events'])}"
                        for d in documents)
    print("required/all per page:", per_doc)
    if errors:
        print(f"{len(errors)} errors: nothing written")
        return 1
    if check_only:
        print("checks passed (--check: nothing written)")
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    json.load(open(OUT, encoding="utf-8"))
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
