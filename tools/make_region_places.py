#!/usr/bin/env python3
"""Check and build the curated places of the war regions (Syria, Iraq, Yemen, Libya).

usage: python3 tools/make_region_places.py [GEONAMES_DIR] [--check]

Reads the hand-curated rows of tools/gazetteer/*.src.tsv (the columns of places-curated.tsv:
id, name, lat, lon, country, admin1, feature, radius_km, names, note), checks every point, adds the
spelling variants transliteration from Arabic produces, and writes two resources:
core/src/main/resources/org/sitrep/knowledge/places-region.tsv (places GeoNames' populated places
lack) and places-region-aliases.tsv (more names for places GeoNames has: a row whose note says
"GeoNames N point" becomes names of geonames:N, not a second place). With --check, only reports.

A point is kept when
  - it lies in its country's box and its admin1 is one of geonames-admin1.tsv's names there, and
  - its admin1 is borne out by GeoNames (cities500, CC BY 4.0): the seat of that admin1 lies within
    the seat's urban reach (a city district), or the nearest populated place has that admin1, or
    most populated places within 25 km have it;
  - an alias row lies within 5 km of the GeoNames place it names.
Rows that fail are left out and listed: a wrong governorate is worse than none.
"""
import collections, glob, gzip, json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "core", "src", "main", "resources", "org", "sitrep", "knowledge")
# (south, north, west, east) of each country, generously rounded
BOXES = {"SY": (32.3, 37.4, 35.6, 42.4), "IQ": (29.0, 37.4, 38.7, 48.7),
         "YE": (12.0, 19.0, 42.5, 54.6), "LY": (19.5, 33.3, 9.3, 25.2),
         "LB": (33.0, 34.7, 35.0, 36.7)}
NEAR_KM = 25
ALIAS_KM = 5
# first words that transliterations spell apart and the name keys do not fold together
PREFIXES = [("Tal", "Tel", "Tell"), ("Deir", "Dayr"), ("Beit", "Bayt", "Bait"),
            ("Sheikh", "Shaykh", "Shaikh")]


def km(a, b, c, d):
    p = math.pi / 180
    x = (math.sin((c - a) * p / 2) ** 2
         + math.cos(a * p) * math.cos(c * p) * math.sin((d - b) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(min(1.0, x)))


def ending_variants(tok):
    """-eh, -ah and -a spell one Arabic ending (ta marbuta); a final h is a consonant to a key."""
    if not tok.isalpha() or len(tok) < 4 or not tok.isascii():
        return set()
    if tok.endswith(("eh", "ah")) and tok[-3] not in "aeiou":
        base = tok[:-2]
        return {base + "a", base + "ah", base + "eh"} - {tok}
    if tok.endswith("a") and tok[-2] not in "aeiou":
        base = tok[:-1]
        return {base + "ah", base + "eh"}
    return set()


def variants(name):
    """The name and the spellings of its first and last word that news also writes."""
    out = {name}
    if not name.isascii() or any(ch.isdigit() for ch in name):
        return out
    words = name.split(" ")
    for group in PREFIXES:
        if words[0] in group:
            for g in group:
                out.add(" ".join([g] + words[1:]))
    for n in list(out):
        ws = n.split(" ")
        last = ws[-1]
        pre, _, core = last.rpartition("-")
        for v in ending_variants(core):
            out.add(" ".join(ws[:-1] + [(pre + "-" if pre else "") + v]))
    return out


def main(argv):
    check_only = "--check" in argv
    args = [a for a in argv[1:] if not a.startswith("--")]
    src = args[0] if args else os.path.join(HERE, "..", "..", "shared", "data", "geonames")
    admin1 = {}  # (cc, name) -> code
    for line in open(os.path.join(OUT, "geonames-admin1.tsv"), encoding="utf-8"):
        if line.startswith("#"):
            continue
        c = line.rstrip("\n").split("\t")
        admin1[(c[0][:2], c[1])] = c[0]
    names_of = {v: k[1] for k, v in admin1.items()}
    places = collections.defaultdict(list)  # cc -> [(lat, lon, admin1 code, id, pop, fcode)]
    by_id = {}
    with gzip.open(os.path.join(src, "cities500.txt.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            c = line.split("\t")
            if c[8] in BOXES:
                row = (float(c[4]), float(c[5]), c[8] + "." + c[10], c[0], int(c[14] or 0), c[7])
                places[c[8]].append(row)
                by_id[c[0]] = row
    kept, aliases, failed = [], [], []
    seen_ids = set()
    stats = collections.Counter()
    for path in sorted(glob.glob(os.path.join(HERE, "gazetteer", "*.src.tsv"))):
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip() or line.startswith("#"):
                continue
            c = line.rstrip("\n").split("\t")
            where = f"{os.path.basename(path)}:{n}"
            if len(c) < 10:
                failed.append((where, c[0], f"{len(c)} columns, want 10"))
                continue
            pid, name, lat, lon, cc, a1 = c[0], c[1], float(c[2]), float(c[3]), c[4], c[5]
            if pid in seen_ids:
                failed.append((where, pid, "id used twice"))
                continue
            seen_ids.add(pid)
            box = BOXES.get(cc)
            if not box or not (box[0] <= lat <= box[1] and box[2] <= lon <= box[3]):
                failed.append((where, pid, f"point {lat},{lon} outside {cc}"))
                continue
            code = admin1.get((cc, a1))
            if not code:
                failed.append((where, pid, f"admin1 {a1!r} is no admin1 of {cc}"))
                continue
            m = re.search(r"GeoNames (\d+) point", c[9])
            if m:
                g = by_id.get(m.group(1))
                if not g or km(lat, lon, g[0], g[1]) > ALIAS_KM or g[2] != code:
                    failed.append((where, pid, f"not at GeoNames {m.group(1)}"))
                    continue
                aliases.append((m.group(1), c[8], cc))
                stats["alias " + cc] += 1
                continue
            near = sorted((km(lat, lon, p[0], p[1]), p) for p in places[cc])
            seats = [(d, p) for d, p in near if p[2] == code and p[5] in ("PPLA", "PPLC")]
            in_seat = seats and seats[0][0] <= (9 if seats[0][1][4] >= 1_000_000 else 5)
            nearest_ok = near and near[0][1][2] == code
            around = collections.Counter(p[2] for d, p in near if d <= NEAR_KM)
            majority_ok = around and around.most_common(1)[0][0] == code
            if not (in_seat or nearest_ok or majority_ok):
                got = around.most_common(1)[0][0] if around else near[0][1][2]
                failed.append((where, pid, f"admin1 {a1} but GeoNames around it says "
                               f"{names_of.get(got, got)} (nearest {near[0][0]:.1f} km)"))
                continue
            stats["how: " + ("seat" if in_seat else "nearest" if nearest_ok else "majority")] += 1
            names = []
            for nm in [name] + c[8].split("|"):
                for v in sorted(variants(nm.strip())):
                    if v and v not in names:
                        names.append(v)
            stats["place " + cc] += 1
            stats["names"] += len(names)
            kept.append([pid, name, c[2], c[3], cc, a1, c[6], c[7], "|".join(names), c[9]])
    for where, pid, why in failed:
        print(f"DROPPED {where} {pid}: {why}", file=sys.stderr)
    total = len(kept) + len(aliases) + len(failed)
    print(f"{total} rows: {len(kept)} places, {len(aliases)} alias rows, {len(failed)} dropped; "
          + ", ".join(f"{k} {v}" for k, v in sorted(stats.items())))
    if check_only:
        return 1 if failed else 0
    head = ("# Sitrep gazetteer: towns, villages, city districts, camps, valleys and regions of the wars in\n"
            "# Syria, Iraq, Yemen and Libya that GeoNames' populated places (cities500) lack. Curated by the\n"
            "# Sitrep project from general knowledge (points are approximate; radius_km is the extent), checked\n"
            "# against GeoNames (CC BY 4.0) by tools/make_region_places.py, which generated this file from\n"
            "# tools/gazetteer/*.src.tsv and added spelling variants. Licence: Apache-2.0 (same as Sitrep).\n"
            "# Columns: id, name, lat, lon, country, admin1 (as geonames-admin1.tsv names it), feature,\n"
            "# radius_km, names (| separated, Latin and Arabic), note\n")
    with open(os.path.join(OUT, "places-region.tsv"), "w", encoding="utf-8") as f:
        f.write(head)
        for r in kept:
            f.write("\t".join(r) + "\n")
    with open(os.path.join(OUT, "places-region-aliases.tsv"), "w", encoding="utf-8") as f:
        f.write("# Sitrep gazetteer: names the war news uses for GeoNames places (cities500, CC BY 4.0) of\n"
                "# Syria, Iraq, Yemen and Libya. Curated by the Sitrep project; generated with the places of\n"
                "# places-region.tsv by tools/make_region_places.py. Licence: Apache-2.0.\n"
                "# Columns: place id (geonames:ID), names (| separated)\n")
        for gid, names, cc in aliases:
            vs = []
            for nm in names.split("|"):
                for v in sorted(variants(nm.strip())):
                    if v and v not in vs:
                        vs.append(v)
            f.write(f"geonames:{gid}\t{'|'.join(vs)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
