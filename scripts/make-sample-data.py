#!/usr/bin/env python3
"""Writes the sample data in public/data/ (deterministic; re-run after editing this file).

Real institutions and municipality centres come from ../shared/data/harburg-facts.md, which names
its sources. Training firms are fictional and named "Musterbetrieb ..."; they carry no street and
no phone number. Every record says in `source` that it is sample data.
"""
import json
import math
import os

# (Gemeinde, Samtgemeinde or None, main postcode, lon, lat) -- Destatis Gemeindeverzeichnis.
MUNICIPALITIES = [
    ("Buchholz in der Nordheide", None, "21244", 9.88147, 53.32926),
    ("Neu Wulmstorf", None, "21629", 9.79559, 53.46289),
    ("Rosengarten", None, "21224", 9.89529, 53.37936),
    ("Seevetal", None, "21218", 10.03487, 53.37771),
    ("Stelle", None, "21435", 10.11033, 53.37958),
    ("Winsen (Luhe)", None, "21423", 10.20916, 53.36243),
    ("Drage", "Elbmarsch", "21423", 10.26096, 53.40981),
    ("Marschacht", "Elbmarsch", "21436", 10.36767, 53.41736),
    ("Tespe", "Elbmarsch", "21395", 10.41140, 53.40219),
    ("Asendorf", "Hanstedt", "21271", 9.97930, 53.28999),
    ("Brackel", "Hanstedt", "21438", 10.04062, 53.29689),
    ("Egestorf", "Hanstedt", "21272", 10.06328, 53.19467),
    ("Hanstedt", "Hanstedt", "21271", 10.01450, 53.25803),
    ("Marxen", "Hanstedt", "21439", 10.00924, 53.31154),
    ("Undeloh", "Hanstedt", "21274", 9.97578, 53.19743),
    ("Appel", "Hollenstedt", "21279", 9.74497, 53.39068),
    ("Drestedt", "Hollenstedt", "21279", 9.77382, 53.32767),
    ("Halvesbostel", "Hollenstedt", "21646", 9.60121, 53.35927),
    ("Hollenstedt", "Hollenstedt", "21279", 9.71537, 53.36705),
    ("Moisburg", "Hollenstedt", "21647", 9.70245, 53.40494),
    ("Regesbostel", "Hollenstedt", "21649", 9.64521, 53.37852),
    ("Wenzendorf", "Hollenstedt", "21279", 9.77234, 53.35005),
    ("Bendestorf", "Jesteburg", "21227", 9.96579, 53.33986),
    ("Harmstorf", "Jesteburg", "21228", 9.98720, 53.34817),
    ("Jesteburg", "Jesteburg", "21266", 9.95279, 53.30643),
    ("Eyendorf", "Salzhausen", "21376", 10.15367, 53.20235),
    ("Garlstorf", "Salzhausen", "21376", 10.10267, 53.23699),
    ("Garstedt", "Salzhausen", "21441", 10.16048, 53.28591),
    ("Gödenstorf", "Salzhausen", "21376", 10.12346, 53.22852),
    ("Salzhausen", "Salzhausen", "21376", 10.16930, 53.22583),
    ("Toppenstedt", "Salzhausen", "21442", 10.10969, 53.26341),
    ("Vierhöfen", "Salzhausen", "21444", 10.22153, 53.26105),
    ("Wulfsen", "Salzhausen", "21445", 10.14441, 53.30019),
    ("Dohren", "Tostedt", "21255", 9.70182, 53.30531),
    ("Handeloh", "Tostedt", "21256", 9.83334, 53.24482),
    ("Heidenau", "Tostedt", "21258", 9.65280, 53.31433),
    ("Kakenstorf", "Tostedt", "21255", 9.76620, 53.30721),
    ("Königsmoor", "Tostedt", "21255", 9.63996, 53.23210),
    ("Otter", "Tostedt", "21259", 9.74303, 53.24056),
    ("Tostedt", "Tostedt", "21255", 9.71232, 53.28106),
    ("Welle", "Tostedt", "21261", 9.80162, 53.24041),
    ("Wistedt", "Tostedt", "21255", 9.68142, 53.27040),
]
BY_NAME = {m[0]: m for m in MUNICIPALITIES}

TRADES = [
    ("Einzelhandel", ["Kaufmann/Kauffrau im Einzelhandel", "Verkäufer:in"]),
    ("Tischlerei", ["Tischler:in"]),
    ("Kfz-Werkstatt", ["Kfz-Mechatroniker:in"]),
    ("Elektrotechnik", ["Elektroniker:in für Energie- und Gebäudetechnik"]),
    ("Pflegedienst", ["Pflegefachfrau/Pflegefachmann", "Praktikum Pflege"]),
    ("Bäckerei", ["Bäcker:in", "Fachverkäufer:in im Lebensmittelhandwerk"]),
    ("Logistik", ["Fachkraft für Lagerlogistik", "Berufskraftfahrer:in"]),
    ("Büro und Verwaltung", ["Kaufmann/Kauffrau für Büromanagement"]),
    ("Garten- und Landschaftsbau", ["Gärtner:in, Garten- und Landschaftsbau"]),
    ("Hotel und Gastronomie", ["Koch/Köchin", "Hotelfachmann/Hotelfachfrau"]),
    ("Metallbau", ["Metallbauer:in", "Industriemechaniker:in"]),
    ("Sanitär, Heizung, Klima", ["Anlagenmechaniker:in SHK"]),
    ("IT-Dienstleistungen", ["Fachinformatiker:in Anwendungsentwicklung"]),
    ("Landwirtschaft", ["Landwirt:in", "Praktikum Landwirtschaft"]),
]

FIRM_SOURCE = "Beispieldaten – fiktiver Betrieb, keine echte Adresse"
APPROX = "Beispieldaten – Lage ungefähr"


def offset(lon, lat, seed, metres):
    """A point `metres` away from (lon, lat) in a direction given by `seed` (golden angle)."""
    angle = seed * 2.399963
    dlat = metres * math.cos(angle) / 111_320
    dlon = metres * math.sin(angle) / (111_320 * math.cos(math.radians(lat)))
    return [round(lon + dlon, 6), round(lat + dlat, 6)]


def feature(props, coords):
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": coords}, "properties": props}


def municipality_of(town):
    m = BY_NAME[town]
    return f"Samtgemeinde {m[1]}" if m[1] else m[0]


def centre(town, seed, metres):
    m = BY_NAME[town]
    return offset(m[3], m[4], seed, metres)


def schools():
    return [
        feature({
            "id": "bbs-winsen", "stages": ["orientation", "apprenticeship", "further_education"], "name": "Berufsbildende Schulen Winsen (Luhe)", "category": "schule",
            "street": "Bürgerweide 20", "postcode": "21423", "city": "Winsen (Luhe)", "municipality": "Winsen (Luhe)",
            "phone": "04171 8819-0", "website": "https://bbs-winsen.de",
            "description": "Berufsbildende Schulen im Schulzentrum Bürgerweide.",
            "audiences": ["pupils", "adults"],
            "source": "Beispieldaten aus öffentlichen Angaben: Schulliste Niedersachsen (Datenschule schulscraper-data, 2017); Hamburger Abendblatt 2023",
        }, [10.224183, 53.364249]),
        feature({
            "id": "bbs-buchholz", "stages": ["orientation", "apprenticeship", "further_education"], "name": "Berufsbildende Schulen Buchholz i. d. N.", "category": "schule",
            "street": "Sprötzer Weg 33", "postcode": "21244", "city": "Buchholz in der Nordheide",
            "municipality": "Buchholz in der Nordheide", "phone": "04181 9094-0",
            "description": "Rund 1.600 bis 1.700 Schülerinnen und Schüler in 26 Bildungsgängen.",
            "audiences": ["pupils", "adults"],
            "source": "Beispieldaten aus öffentlichen Angaben: Schulliste Niedersachsen (Datenschule schulscraper-data, 2017); Kreiszeitung Wochenblatt",
        }, [9.839277, 53.323076]),
        feature({
            "id": "gesundheitsfachschule-buchholz", "stages": ["apprenticeship"],
            "name": "Gesundheitsfachschule und Bildungszentrum (Krankenhaus Buchholz und Winsen)", "category": "schule",
            "street": "Müllerstraße 13a", "city": "Buchholz in der Nordheide", "municipality": "Buchholz in der Nordheide",
            "description": "Ausbildung in Gesundheitsberufen. Die Lage auf der Karte ist ungefähr (Ortsmitte Buchholz).",
            "offers": ["Pflegefachfrau/Pflegefachmann"], "audiences": ["pupils", "adults"],
            "source": APPROX + " (Kreiszeitung Wochenblatt 2018)",
        }, centre("Buchholz in der Nordheide", 1, 500)),
        feature({
            "id": "kvhs-harburg", "stages": ["further_education"], "name": "Kreisvolkshochschule (KVHS) Landkreis Harburg", "category": "schule",
            "street": "Lindenstraße (Kabenhof)", "city": "Buchholz in der Nordheide",
            "municipality": "Buchholz in der Nordheide", "website": "kvhs-harburg.de",
            "description": "Weiterbildung für Erwachsene. Die Lage auf der Karte ist ungefähr.",
            "audiences": ["adults", "immigrants"],
            "source": APPROX + " (Hamburger Abendblatt, Kreiszeitung Wochenblatt)",
        }, centre("Buchholz in der Nordheide", 2, 350)),
    ]


def counselling():
    return [
        feature({
            "id": "afa-buchholz", "stages": ["orientation", "internship", "apprenticeship"], "name": "Agentur für Arbeit Lüneburg-Uelzen, Geschäftsstelle Buchholz", "category": "beratung",
            "city": "Buchholz in der Nordheide", "municipality": "Buchholz in der Nordheide",
            "description": "Berufsberatung. Straße nicht bestätigt; die Lage auf der Karte ist ungefähr.",
            "audiences": ["pupils", "parents", "adults"],
            "source": APPROX + " (Pressemitteilung der Agentur für Arbeit 70/2025)",
        }, centre("Buchholz in der Nordheide", 3, 250)),
        feature({
            "id": "afa-winsen", "stages": ["orientation", "internship", "apprenticeship"], "name": "Agentur für Arbeit Lüneburg-Uelzen, Geschäftsstelle Winsen", "category": "beratung",
            "city": "Winsen (Luhe)", "municipality": "Winsen (Luhe)",
            "description": "Berufsberatung. Straße nicht bestätigt; die Lage auf der Karte ist ungefähr.",
            "audiences": ["pupils", "parents", "adults"],
            "source": APPROX + " (Pressemitteilung der Agentur für Arbeit 70/2025)",
        }, centre("Winsen (Luhe)", 4, 300)),
        feature({
            "id": "pace-winsen", "stages": ["orientation"], "name": "Pro-Aktiv-Centrum (PACE), Reso-Fabrik e.V.", "category": "beratung",
            "city": "Winsen (Luhe)", "municipality": "Winsen (Luhe)",
            "description": "Beratung für junge Menschen; aufsuchend auch in Buchholz, Neu Wulmstorf, Tostedt, Meckelfeld und Salzhausen.",
            "audiences": ["pupils"],
            "source": APPROX + " (Kreiszeitung Wochenblatt)",
        }, centre("Winsen (Luhe)", 5, 450)),
        feature({
            "id": "jugendwerkstatt-buchholz", "stages": ["orientation", "internship"], "name": "Jugendwerkstatt „Chancen schaffen“ (Stadt Buchholz)", "category": "beratung",
            "street": "Lohbergenstraße", "city": "Buchholz in der Nordheide", "municipality": "Buchholz in der Nordheide",
            "description": "Berufsorientierung für junge Menschen.",
            "audiences": ["pupils"],
            "source": APPROX + " (buchholzconnect.de 2020)",
        }, centre("Buchholz in der Nordheide", 6, 650)),
        feature({
            "id": "migrationsberatung-diakonie", "stages": ["recognition", "further_education"],
            "name": "Migrationsberatung, Diakonisches Werk der Kirchenkreise Hittfeld und Winsen", "category": "beratung",
            "city": "Buchholz in der Nordheide", "municipality": "Buchholz in der Nordheide", "phone": "04171 69260",
            "description": "Beratung für Zugewanderte, auch zur Anerkennung ausländischer Abschlüsse.",
            "audiences": ["immigrants", "adults"],
            "source": APPROX + " (diakonie-hittfeld-winsen.de)",
        }, centre("Buchholz in der Nordheide", 7, 800)),
        feature({
            "id": "lk-harburg-kreisentwicklung", "stages": ["orientation"],
            "name": "Landkreis Harburg, Kreisentwicklung / Wirtschaftsförderung", "category": "beratung",
            "street": "Schloßplatz 6", "postcode": "21423", "city": "Winsen (Luhe)", "municipality": "Winsen (Luhe)",
            "phone": "04171 693-9725",
            "description": "Ansprechpartner für das Bildungsnetzwerk „Bildungsketten“ im Landkreis.",
            "audiences": ["parents", "employers", "teachers"],
            "source": APPROX + " (Pressemitteilung des Landkreises vom 09.05.2022)",
        }, centre("Winsen (Luhe)", 8, 150)),
        # Offers without a fixed place: listed under "Ohne festen Ort", never on the map.
        {"type": "Feature", "geometry": None, "properties": {
            "id": "afa-telefon", "name": "Agentur für Arbeit Lüneburg-Uelzen (telefonisch)", "category": "beratung",
            "modes": ["phone"], "phone": "0800 4 5555 00",
            "description": "Telefonnummer der Agentur für Arbeit Lüneburg-Uelzen, die für den Landkreis zuständig ist.",
            "audiences": ["pupils", "parents", "adults"], "stages": ["orientation", "apprenticeship"],
            "source": "Pressemitteilung der Agentur für Arbeit 70/2025",
        }},
        {"type": "Feature", "geometry": None, "properties": {
            "id": "beispiel-online-sprechstunde", "name": "Beispiel: Online-Sprechstunde zur Ausbildungswahl", "category": "beratung",
            "modes": ["video", "online"],
            "description": "Fiktives Angebot für die Vorführung der Karte – keine echte Sprechstunde.",
            "audiences": ["pupils", "parents"], "stages": ["orientation"],
            "source": "Beispieldaten – fiktives Angebot",
        }},
    ]


def firms():
    towns = [m[0] for m in MUNICIPALITIES]
    # The larger towns get a second firm, so there are 52 in all.
    towns += ["Buchholz in der Nordheide", "Seevetal", "Winsen (Luhe)", "Neu Wulmstorf", "Tostedt",
              "Rosengarten", "Stelle", "Hanstedt", "Salzhausen", "Jesteburg"]
    out = []
    used = set()
    for i, town in enumerate(towns):
        # A town's second firm gets another trade, so no two places share a name.
        k = i % len(TRADES)
        while (town, k) in used:
            k = (k + 1) % len(TRADES)
        used.add((town, k))
        trade, offers = TRADES[k]
        m = BY_NAME[town]
        props = {
            "id": f"musterbetrieb-{i + 1:03d}",
            "name": f"Musterbetrieb {trade} {town}",
            "category": "betrieb",
            "postcode": m[2], "city": town, "municipality": municipality_of(town),
            "description": "Fiktiver Ausbildungsbetrieb für die Vorführung der Karte – kein echtes Unternehmen.",
            "offers": offers,
            "audiences": ["pupils"] if i % 3 else ["pupils", "adults"],
            "stages": ["internship", "apprenticeship"] if i % 2 else ["apprenticeship"],
            "updated": "2026-10-01",
            "source": FIRM_SOURCE,
        }
        if i % 3 == 1:
            # An apprenticeship may name the training year it starts in (invented like the firm).
            props["offers"] = [{"de": offers[0], "year": 2027}] + offers[1:]
        if i % 2 == 0:
            props["email"] = f"ausbildung@musterbetrieb-{i + 1:03d}.example"
        if i % 4 == 0:
            # Invented like the firms: a few of the forms real data has, for "open now".
            props["opening_hours"] = [
                "Mo-Fr 08:00-16:00; PH off",
                "Mo-Th 07:30-16:30; Fr 07:30-13:00; PH off",
                "Mo-Fr 08:00-12:00,13:00-17:00; Sa 09:00-12:00; PH off",
            ][(i // 4) % 3]
        if i % 5 == 0:
            props["wheelchair"] = ["yes", "limited", "no"][i % 3]
        if i % 3 == 0:
            # Invented dates for the invented firms, and said to be so.
            props["events"] = EVENTS[(i // 3) % len(EVENTS)]
        out.append(feature(props, centre(town, i + 11, 700 + 90 * (i % 7))))
    names = [f["properties"]["name"] for f in out]
    assert len(names) == len(set(names)), "firm names must be unique"
    return out


# Sample dates (fictional, like the firms): each firm with dates gets one of these sets.
EVENTS = [
    [
        {"title": "Tag der offenen Tür (Beispieltermin)", "kind": "open_day", "start": "2027-01-16T10:00", "end": "2027-01-16T14:00"},
        {"title": "Bewerbungsschluss Ausbildung 2027 (Beispieltermin)", "kind": "deadline", "start": "2027-03-31"},
    ],
    [
        {"title": "Infoabend für Schülerinnen, Schüler und Eltern (Beispieltermin)", "kind": "info_evening", "start": "2027-02-10T18:00", "end": "2027-02-10T20:00"},
        {"title": "Praktikumswoche (Beispieltermin)", "kind": "internship_week", "start": "2027-02-15", "end": "2027-02-19"},
    ],
    [
        {"title": "Ausbildungsbeginn 2027 (Beispieltermin)", "kind": "training_start", "start": "2027-08-01"},
        {"title": "Tag der offenen Tür (Beispieltermin)", "kind": "open_day", "start": "2027-04-24T09:00", "end": "2027-04-24T13:00"},
    ],
]


def write(path, title, features):
    fc = {"type": "FeatureCollection", "name": title, "features": features}
    with open(path, "w", encoding="utf-8") as f:
        f.write('{"type": "FeatureCollection", "name": ' + json.dumps(title, ensure_ascii=False) + ', "features": [\n')
        f.write(",\n".join(json.dumps(x, ensure_ascii=False) for x in fc["features"]))
        f.write("\n]}\n")


if __name__ == "__main__":
    here = os.path.join(os.path.dirname(__file__), "..", "public", "data")
    os.makedirs(here, exist_ok=True)
    write(os.path.join(here, "schulen.geojson"), "Schulen und Bildungsträger (Beispieldaten)", schools())
    write(os.path.join(here, "beratung.geojson"), "Beratungsstellen (Beispieldaten)", counselling())
    write(os.path.join(here, "betriebe.geojson"), "Ausbildungsbetriebe (fiktive Beispieldaten)", firms())
