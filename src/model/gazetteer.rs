//! Places a visitor can type to search around ("PLZ oder Ort"), known without asking any geocoding
//! service: the municipalities of the base layer's areas (name, postcode, centre point), the
//! editors' own entries from the config (`localities`), and the towns, town parts and postcodes the
//! data's own places carry (each at the middle of its places).

use super::{Area, Place};
use crate::geo::{LonLat, distance_m};
use crate::search::fold;

/// One entry: what the visitor sees and picks, and the point distances are measured from.
#[derive(Clone, Debug, PartialEq)]
pub struct Locality {
    pub name: String,
    pub postcode: Option<String>,
    pub at: LonLat,
}

impl Locality {
    /// "21244 Buchholz in der Nordheide", or the name alone.
    pub fn label(&self) -> String {
        match &self.postcode {
            Some(p) => format!("{p} {}", self.name),
            None => self.name.clone(),
        }
    }
}

/// The localities, in the order they were added (municipalities first), without repeats.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Gazetteer {
    entries: Vec<Locality>,
    /// Folded label and folded name of each entry, for matching what is typed.
    keys: Vec<String>,
    names: Vec<String>,
}

impl Gazetteer {
    /// The municipalities (areas with a name), then the editors' entries, then the data's towns
    /// and postcodes that neither already names.
    pub fn build(areas: &[Area], editors: &[Locality], places: &[Place]) -> Self {
        let mut g = Self::default();
        for a in areas.iter().filter(|a| !a.name.is_empty()) {
            g.add(Locality { name: a.name.clone(), postcode: a.postcode.clone(), at: a.label_at });
        }
        for l in editors {
            g.add(l.clone());
        }
        // Town (and postcode, where given) of the places: the middle of the places that share them.
        let mut groups: Vec<((String, Option<String>), (f64, f64, usize))> = Vec::new();
        let mut seen: std::collections::HashMap<(&str, Option<&str>), usize> = Default::default();
        for p in places {
            let Some(city) = p.city.as_deref().map(str::trim).filter(|c| !c.is_empty()) else { continue };
            let Some(position) = p.position else { continue };
            let k = *seen.entry((city, p.postcode.as_deref())).or_insert_with(|| {
                groups.push(((city.to_string(), p.postcode.clone()), (0.0, 0.0, 0)));
                groups.len() - 1
            });
            let (lon, lat, n) = &mut groups[k].1;
            *lon += position.lon;
            *lat += position.lat;
            *n += 1;
        }
        for ((name, postcode), (lon, lat, n)) in groups {
            let at = LonLat::new(lon / n as f64, lat / n as f64);
            g.add(Locality { name, postcode, at });
        }
        g
    }

    /// Adds an entry unless one with the same name already has this postcode (or has none).
    pub fn add(&mut self, l: Locality) {
        let name = fold(&l.name);
        let known = self
            .entries
            .iter()
            .zip(&self.names)
            .any(|(e, n)| *n == name && (e.postcode == l.postcode || e.postcode.is_none() || l.postcode.is_none()));
        if !known && l.at.is_valid() && !name.is_empty() {
            self.keys.push(fold(&l.label()));
            self.names.push(name);
            self.entries.push(l);
        }
    }

    pub fn entries(&self) -> &[Locality] {
        &self.entries
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entry the visitor meant by `typed`: its label or name exactly (case, umlauts and spaces
    /// aside), else its postcode, else the only entry whose label begins with it.
    pub fn find(&self, typed: &str) -> Option<&Locality> {
        let t = fold(typed);
        if t.is_empty() {
            return None;
        }
        let exact = (0..self.entries.len()).find(|&i| self.keys[i] == t || self.names[i] == t);
        let postcode = || (0..self.entries.len()).find(|&i| self.entries[i].postcode.as_deref() == Some(typed.trim()));
        let only_prefix = || {
            let mut hits = (0..self.entries.len()).filter(|&i| self.starts(i, &t));
            let first = hits.next()?;
            hits.next().is_none().then_some(first)
        };
        exact.or_else(postcode).or_else(only_prefix).map(|i| &self.entries[i])
    }

    /// Up to `limit` entries for what is typed so far: labels or names beginning with it first,
    /// then those containing it.
    pub fn suggest(&self, typed: &str, limit: usize) -> Vec<&Locality> {
        let t = fold(typed);
        let starting = (0..self.entries.len()).filter(|&i| self.starts(i, &t));
        let containing = (0..self.entries.len()).filter(|&i| !self.starts(i, &t) && self.keys[i].contains(&t));
        starting.chain(containing).take(limit).map(|i| &self.entries[i]).collect()
    }

    /// Whether an entry has this postcode.
    pub fn has_postcode(&self, postcode: &str) -> bool {
        self.entries.iter().any(|e| e.postcode.as_deref() == Some(postcode))
    }

    /// The entry whose postcode an editor most likely meant instead of `wrong`: one of `town`'s
    /// entries (the town as typed, found as `find` finds it), else any; nearest to `at` where the
    /// place is known, else the postcode closest in number (a slip of one digit stays close).
    pub fn postcode_for(&self, town: Option<&str>, at: Option<LonLat>, wrong: &str) -> Option<&Locality> {
        let coded = || self.entries.iter().zip(&self.names).filter(|(e, _)| e.postcode.is_some());
        let name = town.and_then(|t| self.find(t)).map(|l| fold(&l.name));
        let mut pool: Vec<&Locality> = coded().filter(|(_, n)| Some(*n) == name.as_ref()).map(|(e, _)| e).collect();
        if pool.is_empty() {
            pool = coded().map(|(e, _)| e).collect();
        }
        let number = |p: Option<&String>| p.and_then(|p| p.parse::<i64>().ok()).unwrap_or(0);
        let wrong = wrong.parse::<i64>().unwrap_or(0);
        match at {
            Some(p) => pool.into_iter().min_by(|a, b| distance_m(a.at, p).total_cmp(&distance_m(b.at, p))),
            None => pool.into_iter().min_by_key(|e| (number(e.postcode.as_ref()) - wrong).abs()),
        }
    }

    fn starts(&self, i: usize, t: &str) -> bool {
        self.keys[i].starts_with(t) || self.names[i].starts_with(t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Category, parse_source};

    fn area(name: &str, postcode: &str, lon: f64, lat: f64) -> Area {
        Area { name: name.into(), postcode: Some(postcode.into()), rings: vec![], label_at: LonLat::new(lon, lat) }
    }

    fn gazetteer() -> Gazetteer {
        let areas = [
            area("Buchholz in der Nordheide", "21244", 9.88, 53.33),
            area("Winsen (Luhe)", "21423", 10.21, 53.36),
            area("Jesteburg", "21266", 9.96, 53.31),
        ];
        let text = r#"{"type":"FeatureCollection","features":[
          {"type":"Feature","geometry":{"type":"Point","coordinates":[9.90,53.30]},"properties":{"id":"a","name":"A","category":"s","city":"Holm-Seppensen","postcode":"21244"}},
          {"type":"Feature","geometry":{"type":"Point","coordinates":[9.92,53.32]},"properties":{"id":"b","name":"B","category":"s","city":"Holm-Seppensen","postcode":"21244"}},
          {"type":"Feature","geometry":{"type":"Point","coordinates":[9.88,53.33]},"properties":{"id":"c","name":"C","category":"s","city":"Buchholz in der Nordheide","postcode":"21244"}}
        ]}"#;
        let places = parse_source(text, &[Category::plain("s")]).places;
        let editors = [
            Locality { name: "Itzenbüttel".into(), postcode: Some("21266".into()), at: LonLat::new(9.93, 53.30) },
            // Already a municipality: not twice.
            Locality { name: "Jesteburg".into(), postcode: None, at: LonLat::new(0.0, 0.0) },
        ];
        Gazetteer::build(&areas, &editors, &places)
    }

    #[test]
    fn municipalities_then_the_data_s_town_parts() {
        let g = gazetteer();
        let labels: Vec<String> = g.entries().iter().map(Locality::label).collect();
        assert_eq!(
            labels,
            [
                "21244 Buchholz in der Nordheide",
                "21423 Winsen (Luhe)",
                "21266 Jesteburg",
                "21266 Itzenbüttel",
                "21244 Holm-Seppensen"
            ]
        );
        // A town part sits in the middle of its places.
        let holm = g.find("Holm-Seppensen").unwrap();
        assert!((holm.at.lon - 9.91).abs() < 1e-9 && (holm.at.lat - 53.31).abs() < 1e-9);
    }

    #[test]
    fn the_postcode_meant_for_a_town_or_a_position() {
        let g = gazetteer();
        assert!(g.has_postcode("21266") && !g.has_postcode("99999"));
        let code = |town, at, wrong| g.postcode_for(town, at, wrong).and_then(|l| l.postcode.clone());
        assert_eq!(code(Some("Winsen"), None, "99999").as_deref(), Some("21423"), "the town's, however far");
        assert_eq!(code(Some("jesteburg"), None, "21244").as_deref(), Some("21266"));
        // A town with two postcodes: the one nearer the place.
        let near_itzenbuettel = Some(LonLat::new(9.931, 53.301));
        assert_eq!(g.postcode_for(Some("Hamburg"), near_itzenbuettel, "20095").unwrap().name, "Itzenbüttel");
        assert_eq!(code(None, None, "21420").as_deref(), Some("21423"), "closest in number");
        assert_eq!(code(None, None, "02144").as_deref(), Some("21244"));
        assert!(Gazetteer::default().postcode_for(Some("Winsen"), None, "1").is_none());
    }

    #[test]
    fn found_the_way_people_type() {
        let g = gazetteer();
        assert_eq!(g.find("winsen luhe").unwrap().name, "Winsen (Luhe)");
        assert_eq!(g.find("21423").unwrap().name, "Winsen (Luhe)");
        assert_eq!(g.find("21244 Buchholz in der Nordheide").unwrap().name, "Buchholz in der Nordheide");
        assert_eq!(g.find("Jest").unwrap().name, "Jesteburg", "one entry begins so: it is meant");
        assert_eq!(g.find("21244").unwrap().name, "Buchholz in der Nordheide", "the municipality first");
        assert!(g.find("Hamburg").is_none());
        assert_eq!(g.find("itzenbuettel").unwrap().at, LonLat::new(9.93, 53.30), "an editors' entry");
        assert!(g.find("  ").is_none());
        let names: Vec<&str> = g.suggest("holm", 5).iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, ["Holm-Seppensen"]);
        let names: Vec<&str> = g.suggest("2124", 5).iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, ["Buchholz in der Nordheide", "Holm-Seppensen"]);
        let names: Vec<&str> = g.suggest("luhe", 5).iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, ["Winsen (Luhe)"], "a part of the name is enough");
    }
}
