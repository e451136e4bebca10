//! Every parser against mutated files and random bytes.

use crate::check::{csv, spans::Spans};
use crate::i18n::Describe;
use crate::model::{Category, Lang, parse_areas, parse_config, parse_outline, parse_source};

/// A cheap stand-in for the fuzzer in every test run: mutated real files and random bytes
/// through all parsers must never panic.
#[test]
fn arbitrary_input_never_panics() {
    let seeds = [
        include_str!("../../public/data/schulen.geojson"),
        include_str!("../../public/config.json"),
        include_str!("../../tests/checker/fehler.geojson"),
        // Small: the shipped base files are one long line, which makes `csv::import` slow.
        r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"A","label":[10.05,53.05]},"geometry":{"type":"Polygon","coordinates":[[[10,53],[10.1,53],[10.1,53.1],[10,53]],[[10.02,53.01],[10.05,53.01],[10.05,53.02],[10.02,53.01]]]}}]}"#,
    ];
    let cats = [Category::plain("schule")];
    let mut s: u64 = 0x5eed;
    let mut next = move || {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        s
    };
    for round in 0..3000 {
        let seed = seeds[round % seeds.len()].as_bytes();
        let mut bytes = seed.to_vec();
        for _ in 0..(next() % 8 + 1) {
            let at = (next() as usize) % bytes.len().max(1);
            match next() % 4 {
                // A truncation may have emptied the text: nothing to overwrite then.
                0 => bytes.get_mut(at).into_iter().for_each(|b| *b = next() as u8),
                1 => {
                    bytes.truncate(at);
                }
                2 => bytes.insert(at, b"{[\\\"},:]"[next() as usize % 8]),
                _ => bytes.splice(at..at, (0..(next() % 16)).map(|_| next() as u8)).for_each(drop),
            }
        }
        let text = csv::decode(&bytes);
        let out = parse_source(&text, &cats);
        for p in out.problems.iter().chain(out.fatal.iter()) {
            let _ = p.describe(Lang::En);
        }
        let _ = parse_config(&text);
        let _ = parse_areas(&text);
        let _ = parse_outline(&text);
        let spans = Spans::scan(&text);
        let _ = spans.line_col(text.len(), &text);
        let _ = csv::import(&text, Lang::De);
    }
}
