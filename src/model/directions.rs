//! Links for getting there. Only links: nothing is requested until the visitor follows one.

use super::Place;
use super::encode_component;

/// HVV journey planner with the place's address as destination (the district is in the HVV).
pub const HVV_TEMPLATE: &str = "https://www.hvv.de/de/fahrplaene/verbindungssuche?to={address}";

/// What a journey planner understands as destination: the address, or name and town without one.
pub fn destination(p: &Place) -> String {
    match (&p.street, p.address()) {
        (Some(_), Some(a)) => a,
        _ => [Some(p.name.get(super::Lang::De).to_string()), p.postcode.clone(), p.city.clone()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" "),
    }
}

pub fn transit_link(p: &Place) -> String {
    HVV_TEMPLATE.replace("{address}", &encode_component(&destination(p)))
}

/// OpenStreetMap's router with the place as destination (start left to the visitor); none for an
/// offer without a fixed place.
pub fn route_link(p: &Place) -> Option<String> {
    let (lat, lon) = (p.position?.lat, p.position?.lon);
    Some(format!("https://www.openstreetmap.org/directions?route=%3B{lat:.6}%2C{lon:.6}#map=16/{lat:.6}/{lon:.6}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Category, parse_source};

    #[test]
    fn links_carry_the_address() {
        let cats = vec![Category::plain("s")];
        let text = r#"{"type":"FeatureCollection","features":[
          {"type":"Feature","geometry":{"type":"Point","coordinates":[10.224183,53.364249]},"properties":{"id":"a","name":"BBS Winsen","category":"s","street":"Bürgerweide 20","postcode":"21423","city":"Winsen (Luhe)"}},
          {"type":"Feature","geometry":{"type":"Point","coordinates":[9.88,53.33]},"properties":{"id":"b","name":"KVHS","category":"s","city":"Buchholz"}}]}"#;
        let ps = parse_source(text, &cats).places;
        assert_eq!(
            transit_link(&ps[0]),
            "https://www.hvv.de/de/fahrplaene/verbindungssuche?to=B%C3%BCrgerweide%2020%2C%2021423%20Winsen%20%28Luhe%29"
        );
        assert_eq!(destination(&ps[1]), "KVHS Buchholz");
        assert_eq!(
            route_link(&ps[0]).as_deref(),
            Some("https://www.openstreetmap.org/directions?route=%3B53.364249%2C10.224183#map=16/53.364249/10.224183")
        );
    }
}
