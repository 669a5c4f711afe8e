#!/usr/bin/env python3
"""Build blind-pages-9.gold.json from gold_common.py and the four story modules, after checking it.

usage: python3 make_gold.py [--check]

Checks (any failure: nothing is written, exit status 1):
- every page exists; its title, dateline, body_first and body_last occur in it (body_first before
  body_last); every chrome line occurs in it outside the body; the language agrees with the scorer's
  script test on body_first;
- every evidence occurs verbatim inside its page's body;
- every entity and place id exists; every literal actor, recipient or claimant (a string that is not
  an entity id) occurs in its page; no actor list is empty;
- types are PLOVER categories, modalities are CODING.md values; dates are YYYY-MM-DD inside the story's
  window (date and date_also), and so is the publication date;
- places with a GeoNames id agree with cities500 (id present, coordinates within 0.01 degrees);
- an entity defined by two stories has the same code;
- links and contradictions name existing events of their own story; contradictions join two pages;
  the language tag in each note is the right one (the generator writes it).
Warnings: pages outside 300-700 words, repeated evidence in a page, undated events without date_also,
Arabic events without a gloss, links or contradictions resting on optional events, unused entities or
places.
"""
import gzip, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gold_common import PLOVER, MODALITIES, SPEECH, OPTIONAL_KEYS  # noqa: E402
import importlib  # noqa: E402

STORY_MODULES = ["gold_rafah", "gold_abqaiq", "gold_geneina", "gold_talabyad"]
STORIES, MISSING = [], []
for _name in STORY_MODULES:
    try:
        STORIES.append(importlib.import_module(_name))
    except ModuleNotFoundError as _e:
        if _e.name != _name:
            raise
        MISSING.append(_name)
OUT = os.path.join(HERE, "blind-pages-9.gold.json")
GEONAMES = "/work/shared/data/geonames/cities500.txt.gz"

ABOUT = (
    "Ninth blind page-level gold for 16 pages written for Sitrep's evaluation: 8 English, 8 Arabic, four "
    "stories, each told by four invented outlets with different partisan voices (a wire, an outlet aligned "
    "with each side, a regional paper): the Rafah tent camp, May 2024 (Qassam rockets from Rafah on Tel Aviv, "
    "the Israeli air strike and fire in the Tal al-Sultan displacement camp with the Gaza health ministry's 45 "
    "dead against the civil defence's 50, the Israeli claim of two Hamas West Bank commanders killed and the "
    "secondary-explosion explanation, Netanyahu's 'tragic mishap', UNRWA's and Egypt's condemnations, the "
    "Egyptian soldier killed near the Rafah crossing and who fired first, Israeli tanks at al-Awda roundabout, "
    "the al-Mawasi strike and its denial); Abqaiq and Khurais, Sep 2019 (the Houthi claim of ten drones "
    "against the Saudi defence ministry's 18 drones and 7 cruise missiles 'from the north', Pompeo's charge "
    "against Iran and 'no evidence from Yemen', Iran's and Iraq's denials, Trump's 'locked and loaded', "
    "threats by the Houthis, the Revolutionary Guards and Riyadh, the coalition strikes north of Hodeidah, "
    "the Houthi offer to halt attacks, new US sanctions and troops); El Geneina, Jun 2023 (West Darfur "
    "governor Khamis Abakar's genocide charge against the RSF, his abduction and killing, blamed on the RSF by "
    "the army and on 'outlaws' and the tribal conflict by the RSF, which denies and calls for an inquiry, "
    "flight of the Masalit to Adre with UNHCR counts and killings on the road, the UN, the AU and Chad); Tal "
    "Abyad, Jun 2015 (the YPG and Burkan al-Furat take the town from the Islamic State with coalition air "
    "strikes, IS withdraws to Ain Issa and Raqqa, refugees at Akcakale and the Turkish gate opened and closed, "
    "charges of expelling Arabs and Turkmen by Ankara, the Syrian opposition and Turkmen groups and the YPG's "
    "denials, Damascus's 'US-backed separatist project', IS attacks near Suluk). Pages and gold written by one "
    "helper acting as an independent annotator, without reading Sitrep's code, lexicons, resources, tests or "
    "tools, or any set's misses or Sitrep output, coded by shared/docs/CODING.md in the format and conventions "
    "of blind-pages-8: a denial coded once, both readings accepted (REJECT by the denier, or the denied event "
    "with modality denied); the speaker of a speech act is also an acceptable claimant; null claimant = the "
    "outlet's own voice; tolls given by different sources are separate events with size; unnamed actors and "
    "claimants as literal words; a claim of responsibility (and an accusation naming the author) is the deed "
    "itself with the claiming or accusing party as claimant, ACCUSE also accepted; an attack whose author the "
    "page leaves open has unidentified attackers beside the side blamed; condemnations are ACCUSE or REJECT; "
    "an announced investigation is ACCUSE (AGREE also accepted); promises and pledges are AGREE; orders and "
    "appeals are REQUEST; flight and displacement are RETREAT or MOBILIZE with the destination; evacuating "
    "or treating the wounded is AID; opening a border gate is RETREAT (access) or AID and closing it COERCE "
    "or SANCTION; a halt to attacks offered by one side is RETREAT (ceasefire) or CONCEDE."
)


def fail(errors, msg):
    errors.append(msg)


def is_arabic(t):
    ar = sum(1 for ch in t if "\u0600" <= ch <= "\u06ff")
    return ar > len(t) / 3


def load_geonames(ids):
    found = {}
    with gzip.open(GEONAMES, "rt", encoding="utf-8") as f:
        for line in f:
            gid, rest = line.split("\t", 1)
            if int(gid) in ids:
                cols = line.split("\t")
                found[int(gid)] = (float(cols[4]), float(cols[5]), cols[1])
    return found


def lang_tag(langs):
    if langs == {"en"}:
        return "English"
    if langs == {"ar"}:
        return "Arabic"
    return "across"


def main(argv):
    check_only = "--check" in argv
    errors, warnings = [], []
    for name in MISSING:
        fail(errors, f"missing story module {name}.py")
    entities, places = {}, {}
    ent_story = {}
    documents, links, contras = [], [], []
    event_index = {}  # (page, key) -> (event id, story name, language, optional)
    used_ents, used_places = set(), set()
    all_dates_ok = re.compile(r"^\d{4}-\d{2}-\d{2}$")

    for mod in STORIES:
        for eid, e in mod.ENTITIES.items():
            if eid in entities:
                if entities[eid]["code"] != e["code"]:
                    fail(errors, f"entity {eid}: code {entities[eid]['code']} ({ent_story[eid]}) vs {e['code']} "
                                 f"({mod.STORY})")
                if entities[eid].get("member_of") != e.get("member_of"):
                    fail(errors, f"entity {eid}: member_of differs between stories")
                for n in e["names"]:
                    if n not in entities[eid]["names"]:
                        entities[eid]["names"].append(n)
            else:
                entities[eid] = {"code": e["code"], "names": list(e["names"])}
                if e.get("member_of"):
                    entities[eid]["member_of"] = e["member_of"]
                ent_story[eid] = mod.STORY
        for pid, p in mod.PLACES.items():
            if pid in places and places[pid] != p:
                fail(errors, f"place {pid} defined twice with different values")
            places[pid] = p
    for eid, e in entities.items():
        if e.get("member_of") and e["member_of"] not in entities:
            fail(errors, f"entity {eid}: member_of {e['member_of']} unknown")

    # GeoNames
    gids = {p["geonames_id"] for p in places.values() if p.get("geonames_id")}
    gn = load_geonames(gids)
    for pid, p in places.items():
        g = p.get("geonames_id")
        if g:
            if g not in gn:
                fail(errors, f"place {pid}: GeoNames id {g} not in cities500")
            else:
                lat, lon, name = gn[g]
                if abs(lat - p["lat"]) > 0.01 or abs(lon - p["lon"]) > 0.01:
                    fail(errors, f"place {pid}: coordinates {p['lat']},{p['lon']} vs cities500 {lat},{lon} ({name})")
        elif "approximate" not in (p.get("note") or "") and "centroid" not in (p.get("note") or ""):
            warnings.append(f"place {pid}: no GeoNames id and no note saying it is approximate")

    for mod in STORIES:
        lo, hi = mod.WINDOW
        for page, d in mod.DOCUMENTS.items():
            path = os.path.join(HERE, d["file"])
            if not os.path.exists(path):
                fail(errors, f"{page}: missing file {d['file']}")
                continue
            if not d["file"].startswith(page + "_"):
                fail(errors, f"{page}: file name {d['file']} does not start with the page number")
            text = open(path, encoding="utf-8").read()
            low = text.lower()
            words = len(text.split())
            if not 300 <= words <= 700:
                warnings.append(f"{page}: {words} words")
            for k in ("title", "dateline"):
                if d[k] and d[k] not in text:
                    fail(errors, f"{page}: {k} not in page: {d[k]!r}")
            bf, bl = text.find(d["body_first"]), text.find(d["body_last"])
            if bf < 0 or bl < 0:
                fail(errors, f"{page}: body_first/body_last not found")
                continue
            if text.count(d["body_first"]) != 1 or text.count(d["body_last"]) != 1:
                fail(errors, f"{page}: body_first/body_last not unique")
            body_start, body_end = bf, bl + len(d["body_last"])
            if body_start >= body_end:
                fail(errors, f"{page}: body_first after body_last")
            body = text[body_start:body_end]
            for c in d["chrome_not_body"]:
                i = text.find(c)
                if i < 0:
                    fail(errors, f"{page}: chrome line not in page: {c!r}")
                elif body_start <= i < body_end:
                    fail(errors, f"{page}: chrome line inside the body: {c!r}")
            want = "ar" if is_arabic(d["body_first"]) else "en"
            if want != d["language"]:
                fail(errors, f"{page}: language {d['language']} but scorer's test says {want}")
            pub = d["published"]
            if pub is not None and not lo <= pub[:10] <= hi:
                fail(errors, f"{page}: published {pub} outside the story window {lo}..{hi}")
            pub_day = pub[:10] if pub else None
            seen_ev = set()
            out_events = []
            for n, e in enumerate(d["events"], 1):
                eid = f"b{page}-{n}"
                where = f"{page}/{e['key']} ({eid})"
                if (page, e["key"]) in event_index:
                    fail(errors, f"{where}: duplicate key")
                for t in e["types"]:
                    if t not in PLOVER:
                        fail(errors, f"{where}: type {t} not PLOVER")
                for m in e["modality"]:
                    if m not in MODALITIES:
                        fail(errors, f"{where}: modality {m}")
                if not e["actor"]:
                    fail(errors, f"{where}: empty actor list")
                for role in ("actor", "recipient", "claimants"):
                    for a in e[role]:
                        if a is None:
                            if role != "claimants":
                                fail(errors, f"{where}: null in {role}")
                            continue
                        if a in entities:
                            used_ents.add(a)
                        elif a.lower() in low:
                            pass  # literal words of the page
                        elif re.fullmatch(r"[a-z0-9-]+", a):
                            fail(errors, f"{where}: unknown entity id {a!r} in {role}")
                        else:
                            fail(errors, f"{where}: literal {role} {a!r} not in page")
                for role in ("place", "destination"):
                    for p in e.get(role, []):
                        if p not in places:
                            fail(errors, f"{where}: unknown place {p!r}")
                        used_places.add(p)
                if e["evidence"] not in body:
                    fail(errors, f"{where}: evidence not in body: {e['evidence'][:80]!r}")
                if e["evidence"] in seen_ev:
                    warnings.append(f"{where}: repeated evidence")
                seen_ev.add(e["evidence"])
                for dt in [e["date"]] + list(e.get("date_also", [])):
                    if dt is None:
                        continue
                    if not all_dates_ok.match(dt):
                        fail(errors, f"{where}: bad date {dt}")
                    elif not lo <= dt <= hi:
                        fail(errors, f"{where}: date {dt} outside {lo}..{hi}")
                    elif pub_day and dt > pub_day and "planned" not in e["modality"] \
                            and "hypothetical" not in e["modality"]:
                        fail(errors, f"{where}: date {dt} after publication {pub_day} but not planned")
                if e["date"] is None and not e.get("date_also"):
                    warnings.append(f"{where}: undated without date_also")
                if d["language"] == "ar" and not e.get("gloss"):
                    warnings.append(f"{where}: Arabic event without gloss")
                if "size" in e:
                    for k, v in e["size"].items():
                        if not isinstance(v, int):
                            fail(errors, f"{where}: size {k} not an integer")
                claimants = list(e["claimants"])
                named = [c for c in claimants if c is not None]
                if not claimants:
                    fail(errors, f"{where}: empty claimants (use [None] for the outlet's voice)")
                if set(e["types"]) & SPEECH and named and None not in claimants \
                        and all(c in e["actor"] for c in named):
                    claimants.append(None)
                o = {"id": eid, "types": e["types"], "actor": e["actor"], "recipient": e["recipient"],
                     "place": e["place"], "date": e["date"], "modality": e["modality"],
                     "claimants": claimants, "evidence": e["evidence"]}
                for k in OPTIONAL_KEYS:
                    if k in e:
                        o[k] = e[k]
                out_events.append(o)
                event_index[(page, e["key"])] = (eid, mod.STORY, d["language"], bool(e.get("optional")))
            dd = {k: v for k, v in d.items() if k != "events"}
            dd["events"] = out_events
            documents.append(dd)

        for kind, items, dest in (("link", mod.LINKS, links), ("contradiction", mod.CONTRADICTIONS, contras)):
            for it in items:
                ids, langs, pages = [], set(), set()
                for page, key in it["events"]:
                    if (page, key) not in event_index:
                        fail(errors, f"{kind} {it['note'][:50]!r}: unknown event {page}/{key}")
                        continue
                    eid, story, lang, opt = event_index[(page, key)]
                    if story != mod.STORY:
                        fail(errors, f"{kind} {it['note'][:50]!r}: event {eid} of another story")
                    if opt:
                        warnings.append(f"{kind} {it['note'][:50]!r}: rests on optional event {eid}")
                    ids.append(eid)
                    langs.add(lang)
                    pages.add(page)
                if len(pages) != 2:
                    fail(errors, f"{kind} {it['note'][:50]!r}: must join two different pages")
                note = f"{it['note']} ({lang_tag(langs)})."
                if kind == "link":
                    dest.append({"id": f"B9-L{len(dest) + 1}", "note": note, "events": ids})
                else:
                    dest.append({"id": f"B9-C{len(dest) + 1}", "kind": it["kind"], "field": it["field"],
                                 "note": note, "events": ids})
    # duplicate pairs
    for name, items in (("link", links), ("contradiction", contras)):
        seen = set()
        for it in items:
            k = frozenset(it["events"])
            if k in seen:
                fail(errors, f"{name} {it['id']}: duplicate pair")
            seen.add(k)

    for eid in entities:
        if eid not in used_ents:
            warnings.append(f"unused entity {eid}")
    for pid in places:
        if pid not in used_places:
            warnings.append(f"unused place {pid}")

    gold = {"about": ABOUT, "entities": entities, "places": places, "documents": documents,
            "story_links": links, "contradictions": contras}
    # counts
    evs = [e for d in documents for e in d["events"]]
    req = [e for e in evs if not e.get("optional")]
    by_lang = {"en": 0, "ar": 0}
    for d in documents:
        by_lang[d["language"]] += sum(1 for e in d["events"] if not e.get("optional"))
    tags = lambda items: {t: sum(1 for x in items if x["note"].endswith(f"({t}).")) for t in
                          ("English", "Arabic", "across")}
    print(f"documents {len(documents)}; events {len(evs)} ({len(evs) - len(req)} optional; {len(req)} required: "
          f"{by_lang['en']} English, {by_lang['ar']} Arabic); entities {len(entities)}; places {len(places)}; "
          f"links {len(links)} {tags(links)}; contradictions {len(contras)} {tags(contras)}")
    for d in documents:
        n = len(d["events"])
        o = sum(1 for e in d["events"] if e.get("optional"))
        print(f"  {d['file']}: {n} events ({o} optional)")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    if errors:
        print(f"{len(errors)} error(s); nothing written")
        return 1
    if not check_only:
        with open(OUT, "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        json.load(open(OUT, encoding="utf-8"))
        print("wrote", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
