//! Arbitrary bytes as one data file among good ones, through the whole loader (bytes → text →
//! parser → merge → index): it never panics, and the good file's places are all there, once.
//! Run: `cargo +nightly fuzz run load_bytes` (needs cargo-fuzz; see README).
#![no_main]

use bildungskarte::load::{Body, Event, Host, Loader, Options};
use bildungskarte::model::Failure;
use libfuzzer_sys::fuzz_target;

const CONFIG: &str = r##"{"title": "Fuzz", "center": [10, 53.3], "zoom": 10,
  "basemap": {"url": "/t/{z}/{x}/{y}.png"},
  "categories": [{"id": "schule", "label": "S", "color": "#123456"}, {"id": "beratung", "label": "B", "color": "#654321"}],
  "sources": ["good.geojson", "fuzz.geojson"]}"##;
const GOOD: &str = include_str!("../../public/data/beratung.geojson");

struct Memory<'a>(&'a [u8]);
struct Once(Option<Vec<u8>>);

impl Body for Once {
    async fn next(&mut self) -> Result<Option<Vec<u8>>, Failure> {
        Ok(self.0.take())
    }
}

impl Host for Memory<'_> {
    type Body = Once;
    fn resolve(&self, path: &str) -> Result<String, Failure> {
        Ok(path.to_string())
    }
    async fn open(&self, url: &str) -> Result<Once, Failure> {
        Ok(Once(Some(match url {
            "config.json" => CONFIG.as_bytes().to_vec(),
            "good.geojson" => GOOD.as_bytes().to_vec(),
            _ => self.0.to_vec(),
        })))
    }
    async fn sleep(&self, _ms: u32) {}
    async fn pause(&self) {}
    fn emit(&self, _event: Event) {}
}

fuzz_target!(|data: &[u8]| {
    let mut loader = Loader::new("config.json", "config.json", Options { chunk: 3, ..Options::default() });
    futures::executor::block_on(loader.run(&Memory(data)));
    let good = bildungskarte::model::parse_source(GOOD, &loader.config().unwrap().categories);
    for p in &good.places {
        assert_eq!(loader.places().iter().filter(|q| q.id == p.id).count(), 1, "{} lost or doubled", p.id);
    }
});
