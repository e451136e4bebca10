#!/usr/bin/env python3
"""Synthetic district data for load tests and benchmarks (deterministic).

    scripts/generate-synthetic.py --count 100000 --seed 7 --out dist/synthetic-100k

writes OUT/config.json and OUT/places.geojson: COUNT fictional places ("Testort …", clearly not
real) spread over Landkreis Harburg around its towns, in the shipped three categories, with
offers, audiences and stages. The config asks for no basemap consent and points at no tile host.
"""
import argparse, json, math, os, random

TOWNS = [  # (name, lon, lat, weight) — municipality centres, Destatis
    ("Buchholz in der Nordheide", 9.88147, 53.32926, 8), ("Seevetal", 10.03487, 53.37771, 8),
    ("Winsen (Luhe)", 10.20916, 53.36243, 7), ("Neu Wulmstorf", 9.79559, 53.46289, 5),
    ("Rosengarten", 9.89529, 53.37936, 3), ("Stelle", 10.11033, 53.37958, 3),
    ("Tostedt", 9.71232, 53.28106, 3), ("Hanstedt", 10.01450, 53.25803, 2),
    ("Salzhausen", 10.16930, 53.22583, 2), ("Jesteburg", 9.95279, 53.30643, 2),
    ("Hollenstedt", 9.71537, 53.36705, 2), ("Marschacht", 10.36767, 53.41736, 2),
]
OFFERS = ["Kaufmann/Kauffrau im Einzelhandel", "Tischler:in", "Kfz-Mechatroniker:in", "Bäcker:in",
          "Fachkraft für Lagerlogistik", "Pflegefachfrau/Pflegefachmann", "Koch/Köchin",
          "Elektroniker:in", "Industriemechaniker:in", "Gärtner:in", "Fachinformatiker:in"]
AUDIENCES = ["pupils", "parents", "adults", "immigrants", "employers"]
STAGES = ["orientation", "internship", "apprenticeship", "further_education", "recognition"]
CATS = ["schule", "betrieb", "beratung"]

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    weights = [t[3] for t in TOWNS]
    os.makedirs(a.out, exist_ok=True)
    feats = []
    for i in range(a.count):
        name, lon, lat, _ = rnd.choices(TOWNS, weights)[0]
        r = abs(rnd.gauss(0, 2500)); ang = rnd.random() * math.tau
        plon = lon + r * math.sin(ang) / (111320 * math.cos(math.radians(lat)))
        plat = lat + r * math.cos(ang) / 111320
        cat = CATS[0 if i % 20 == 0 else 2 if i % 7 == 0 else 1]
        feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [round(plon, 6), round(plat, 6)]},
                      "properties": {"id": f"t{i}", "name": f"Testort {i} {name}", "category": cat, "city": name,
                                     "offers": rnd.sample(OFFERS, 2), "audiences": rnd.sample(AUDIENCES, 2),
                                     "stages": rnd.sample(STAGES, 2), "source": "Synthetische Testdaten"}})
    with open(os.path.join(a.out, "places.geojson"), "w", encoding="utf-8") as f:
        json.dump({"type": "FeatureCollection", "features": feats}, f, ensure_ascii=False, separators=(",", ":"))
    cfg = {"title": f"Synthetische Testdaten ({a.count} Orte)", "note": "Synthetische Testdaten, keine echten Orte.",
           "center": [9.99, 53.32], "zoom": 10,
           "basemap": {"url": "/tiles/synthetic/{z}/{x}/{y}.png", "attribution": "© Test", "max_zoom": 18},
           "categories": [
               {"id": "schule", "label": {"de": "Schulen", "en": "Schools"}, "color": "#1a5fb4", "symbol": "S"},
               {"id": "betrieb", "label": {"de": "Ausbildungsbetriebe", "en": "Training firms"}, "color": "#a51d2d", "symbol": "B"},
               {"id": "beratung", "label": {"de": "Beratungsstellen", "en": "Counselling points"}, "color": "#1e6b41", "symbol": "i"}],
           "sources": ["places.geojson"]}
    with open(os.path.join(a.out, "config.json"), "w", encoding="utf-8") as f:
        json.dump(cfg, f, ensure_ascii=False, indent=2)

if __name__ == "__main__":
    main()
