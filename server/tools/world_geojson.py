#!/usr/bin/env python3
"""Makes server/src/main/resources/org/sitrep/server/web/world.json, the map's offline country
outlines, from world-atlas's countries-110m.json (ISC licence, Mike Bostock; data from Natural
Earth, public domain): TopoJSON arcs decoded to GeoJSON polygons, coordinates rounded to 0.01°.

Usage: npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz &&
       python3 server/tools/world_geojson.py package/countries-110m.json > .../web/world.json
"""
import json
import sys

t = json.load(open(sys.argv[1], encoding="utf-8"))
sc, tr = t["transform"]["scale"], t["transform"]["translate"]
arcs = []
for a in t["arcs"]:
    x = y = 0
    pts = []
    for dx, dy in a:
        x += dx
        y += dy
        pts.append([round(x * sc[0] + tr[0], 2), round(y * sc[1] + tr[1], 2)])
    arcs.append(pts)


def ring(ids):
    pts = []
    for i in ids:
        a = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(a if not pts else a[1:])
    return pts


features = []
for g in t["objects"]["countries"]["geometries"]:
    if g["type"] == "Polygon":
        coords = [ring(r) for r in g["arcs"]]
    elif g["type"] == "MultiPolygon":
        coords = [[ring(r) for r in p] for p in g["arcs"]]
    else:
        continue
    features.append({"type": "Feature", "properties": {"name": g.get("properties", {}).get("name")},
                     "geometry": {"type": g["type"], "coordinates": coords}})
json.dump({"type": "FeatureCollection",
           "source": "world-atlas 2.0.2 countries-110m (ISC, Mike Bostock), from Natural Earth (public domain)",
           "features": features}, sys.stdout, separators=(",", ":"), ensure_ascii=False)
