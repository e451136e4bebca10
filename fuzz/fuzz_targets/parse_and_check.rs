//! Arbitrary bytes through every parser an editor's file meets: config, source, spans, CSV.
//! Run: `cargo fuzz run parse_and_check` (needs cargo-fuzz; see README).
#![no_main]

use bildungskarte::check::{csv, spans::Spans};
use bildungskarte::i18n::Describe;
use bildungskarte::model::{Category, Lang, parse_areas, parse_config, parse_outline, parse_source};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = csv::decode(data);
    let cats = [Category::plain("schule")];
    let out = parse_source(&text, &cats);
    for p in out.problems.iter().chain(out.fatal.iter()) {
        let _ = p.describe(Lang::De);
        let _ = p.path();
    }
    let _ = parse_config(&text);
    let _ = parse_outline(&text);
    let _ = parse_areas(&text);
    let spans = Spans::scan(&text);
    let _ = spans.line_col(text.len() / 2, &text);
    let _ = csv::import(&text, Lang::De);
});
