#!/usr/bin/env python3
"""Writes the first-party base layer in public/data/base/ from the open boundary data.

    scripts/make-base-layer.py [--src DIR] [--out DIR]

Source (default ../shared/data/boundaries/ next to the repository): BKG VG250, dl-de/by-2-0.
  landkreis-harburg.geojson  district outline, as of 31.12.2018  -> © GeoBasis-DE / BKG 2019 (Daten verändert)
  gemeinden-harburg.geojson  42 municipalities, as of 2013 (unchanged up to 2021), with Destatis
                             centre points and main postcodes  -> © GeoBasis-DE / BKG 2013 (Daten verändert)

The map only draws borders and names, so the files keep `name`, `postcode` and `label` (the
Destatis centre point as [lon, lat]) and 5 decimals (about 1 m, well below the 200 m the geometry
was simplified to). Deterministic: the same input gives the same bytes.

To use newer VG250 or LGLN data, pass its files with --src (same file names, WGS 84, `GEN` holding
the name); `destatis` centre points and postcodes are used where present.
"""
import argparse
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LICENSE = "dl-de/by-2-0 (https://www.govdata.de/dl-de/by-2-0)"
DISTRICT = {
    "file": "landkreis-harburg.geojson",
    "attribution": "© GeoBasis-DE / BKG 2019 (Daten verändert)",
    "source": "BKG VG250 Kreise, Stand 31.12.2018, vereinfacht auf 200 m",
}
MUNICIPALITIES = {
    "file": "gemeinden-harburg.geojson",
    "attribution": "© GeoBasis-DE / BKG 2013 (Daten verändert)",
    "source": "BKG VG250 Gemeinden, Stand 2013 (unverändert bis 2021), vereinfacht auf 200 m; "
    "Mittelpunkte und Postleitzahlen: Destatis Gemeindeverzeichnis",
}


def rounded_ring(ring):
    out = []
    for c in ring:
        p = [round(c[0], 5), round(c[1], 5)]
        # Rounding can merge neighbours; a repeated point only adds bytes.
        if not out or out[-1] != p:
            out.append(p)
    if out and out[0] != out[-1]:
        out.append(out[0])
    return out if len(out) >= 4 else None


def rounded_polygon(rings):
    rings = [rounded_ring(r) for r in rings]
    # A polygon whose outer ring collapsed is gone; collapsed holes are dropped.
    if not rings or rings[0] is None:
        return None
    return [r for r in rings if r is not None]


def rounded_geometry(g):
    polygons = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
    polygons = [p for p in (rounded_polygon(p) for p in polygons) if p]
    if len(polygons) == 1:
        return {"type": "Polygon", "coordinates": polygons[0]}
    return {"type": "MultiPolygon", "coordinates": polygons}


def inside_ring(ring, x, y):
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def inside(geometry, x, y):
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    return any(inside_ring(p[0], x, y) and not any(inside_ring(h, x, y) for h in p[1:]) for p in polygons)


def german_number(value):
    # Destatis writes decimal commas ("9,881469").
    try:
        return float(str(value).replace(",", "."))
    except ValueError:
        return None


def slim(feature, name):
    geometry = rounded_geometry(feature["geometry"])
    props = {"name": name}
    destatis = feature["properties"].get("destatis") or {}
    if destatis.get("zip"):
        props["postcode"] = str(destatis["zip"])
    lon, lat = german_number(destatis.get("center_lon")), german_number(destatis.get("center_lat"))
    # A centre outside the (simplified) border would put the name on the neighbour: the map then
    # finds a point inside by itself.
    if lon is not None and lat is not None and inside(geometry, lon, lat):
        props["label"] = [round(lon, 5), round(lat, 5)]
    return {"type": "Feature", "properties": props, "geometry": geometry}


def collection(meta, name, features):
    return {
        "type": "FeatureCollection",
        "name": name,
        "attribution": meta["attribution"],
        "source": meta["source"],
        "license": LICENSE,
        "features": features,
    }


def write(path, data):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(data, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--src", default=os.path.join(ROOT, "..", "shared", "data", "boundaries"))
    ap.add_argument("--out", default=os.path.join(ROOT, "public", "data", "base"))
    args = ap.parse_args()
    read = lambda name: json.load(open(os.path.join(args.src, name), encoding="utf-8"))

    district = read(DISTRICT["file"])
    outline = []
    for f in district["features"]:
        p = f["properties"]
        outline.append(slim(f, " ".join(x for x in (p.get("BEZ"), p.get("GEN")) if x)))

    municipalities = read(MUNICIPALITIES["file"])
    areas = [slim(f, f["properties"].get("GEN", "")) for f in municipalities["features"]]

    os.makedirs(args.out, exist_ok=True)
    write(os.path.join(args.out, DISTRICT["file"]), collection(DISTRICT, "Landkreis Harburg", outline))
    write(os.path.join(args.out, MUNICIPALITIES["file"]), collection(MUNICIPALITIES, "Gemeinden im Landkreis Harburg", areas))
    without_label = [f["properties"]["name"] for f in areas if "label" not in f["properties"]]
    print(f"{len(outline)} outline feature(s), {len(areas)} municipalities; without centre point: {without_label or 'none'}")


if __name__ == "__main__":
    main()
