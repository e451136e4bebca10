//! The pipeline driven with files in memory: slow, hanging, failing once or always, truncated,
//! of the wrong type, with ids that clash across files, and arriving out of order.

use super::*;
use crate::model::{Failure, SourceReport};
use std::cell::RefCell;
use std::collections::HashMap;

mod retry;

/// How the test server answers one address, request by request (the last answer repeats).
#[derive(Clone, Debug)]
enum Answer {
    /// The whole file, after `delay` ms.
    File(&'static str, u64),
    /// The file in `n` pieces, `gap` ms apart.
    Pieces(&'static str, usize, u64),
    /// Never answers.
    Silent,
    /// Answers, sends the first `n` bytes, then nothing more.
    Stalls(&'static str, usize),
    Fails(Failure),
}

struct Memory {
    answers: HashMap<String, Vec<Answer>>,
    asked: RefCell<HashMap<String, usize>>,
    events: RefCell<Vec<Event>>,
    /// A clock that moves `step` ms each time it is read, if the test gives one.
    clock: Option<(std::cell::Cell<f64>, f64)>,
    /// Pauses, marks and events in the order they came: which work shares a task.
    steps: RefCell<Vec<String>>,
}

struct Pieces(std::collections::VecDeque<Option<(Vec<u8>, u64)>>);

impl Body for Pieces {
    async fn next(&mut self) -> Result<Option<Vec<u8>>, Failure> {
        match self.0.pop_front() {
            None => Ok(None),
            Some(None) => std::future::pending().await,
            Some(Some((bytes, gap))) => {
                if gap > 0 {
                    tokio::time::sleep(std::time::Duration::from_millis(gap)).await;
                }
                Ok(Some(bytes))
            }
        }
    }
}

impl Host for Memory {
    type Body = Pieces;

    fn resolve(&self, path: &str) -> Result<String, Failure> {
        if path.starts_with("http") {
            return Err(Failure::Address { path: path.into(), foreign: Some("https://elsewhere.example".into()) });
        }
        Ok(format!("/site/{path}"))
    }

    async fn open(&self, url: &str) -> Result<Pieces, Failure> {
        let n = {
            let mut asked = self.asked.borrow_mut();
            let n = asked.entry(url.to_string()).or_default();
            *n += 1;
            *n
        };
        let list = self.answers.get(url).cloned().unwrap_or_else(|| vec![Answer::Fails(not_found())]);
        let answer = list[(n - 1).min(list.len() - 1)].clone();
        let piece = |b: &[u8], gap| Some((b.to_vec(), gap));
        match answer {
            Answer::File(text, delay) => {
                if delay > 0 {
                    tokio::time::sleep(std::time::Duration::from_millis(delay)).await;
                }
                Ok(Pieces([piece(text.as_bytes(), 0)].into()))
            }
            Answer::Pieces(text, n, gap) => {
                let size = text.len().div_ceil(n).max(1);
                Ok(Pieces(text.as_bytes().chunks(size).map(|c| piece(c, gap)).collect()))
            }
            Answer::Silent => std::future::pending().await,
            Answer::Stalls(text, n) => Ok(Pieces([piece(&text.as_bytes()[..n], 0), None].into())),
            Answer::Fails(f) => Err(f),
        }
    }

    async fn sleep(&self, ms: u32) {
        tokio::time::sleep(std::time::Duration::from_millis(ms as u64)).await
    }

    async fn pause(&self) {
        self.steps.borrow_mut().push("pause".into());
        tokio::task::yield_now().await
    }

    fn now_ms(&self) -> Option<f64> {
        let (now, step) = self.clock.as_ref()?;
        now.set(now.get() + step);
        Some(now.get())
    }

    fn emit(&self, event: Event) {
        let kind = format!("{event:?}").split([' ', '(', '{']).next().unwrap_or_default().to_string();
        self.steps.borrow_mut().push(kind);
        self.events.borrow_mut().push(event);
    }

    fn mark(&self, name: &str) {
        self.steps.borrow_mut().push(name.into());
    }
}

impl Memory {
    fn pauses(&self) -> usize {
        self.steps.borrow().iter().filter(|s| *s == "pause").count()
    }
}

fn not_found() -> Failure {
    Failure::Status { code: 404, text: "Not Found".into() }
}

const CONFIG: &str = r##"{"title": "Test", "center": [10, 53.3], "zoom": 10,
  "basemap": {"url": "/tiles/{z}/{x}/{y}.png"},
  "categories": [{"id": "school", "label": "Schulen", "color": "#123456"}],
  "sources": ["a.geojson", "b.geojson"], "timeout": 0.3}"##;

const A: &str = r#"{"type":"FeatureCollection","features":[
  {"type":"Feature","geometry":{"type":"Point","coordinates":[10,53.4]},"properties":{"id":"a1","name":"A eins","category":"school"}},
  {"type":"Feature","geometry":{"type":"Point","coordinates":[10,53.2]},"properties":{"id":"shared","name":"A zwei","category":"school"}}]}"#;

const B: &str = r#"{"type":"FeatureCollection","features":[
  {"type":"Feature","geometry":{"type":"Point","coordinates":[10.1,53.3]},"properties":{"id":"b1","name":"B eins","category":"school"}},
  {"type":"Feature","geometry":{"type":"Point","coordinates":[10.2,53.1]},"properties":{"id":"shared","name":"B zwei","category":"school"}}]}"#;

fn memory(files: &[(&str, Vec<Answer>)]) -> Memory {
    let mut answers: HashMap<String, Vec<Answer>> =
        files.iter().map(|(f, a)| (format!("/site/{f}"), a.clone())).collect();
    answers.entry("/site/config.json".into()).or_insert(vec![Answer::File(CONFIG, 0)]);
    Memory { answers, asked: Default::default(), events: Default::default(), clock: None, steps: Default::default() }
}

fn loader() -> Loader {
    let options = Options { retry_pause_ms: 20, chunk: 1, ..Options::default() };
    Loader::new("/site/config.json", "config.json", options)
}

fn names(l: &Loader) -> Vec<String> {
    let mut n: Vec<String> = l.places().iter().map(|p| p.id.clone()).collect();
    n.sort();
    n
}

fn fatal_of(l: &Loader, file: &str) -> Option<Kind> {
    l.reports().iter().find(|r| r.file == file).and_then(|r| r.fatal.clone()).map(|p| p.kind)
}

#[tokio::test]
async fn every_file_arrives_and_ids_clash_in_the_later_file() {
    let host = memory(&[("a.geojson", vec![Answer::File(A, 60)]), ("b.geojson", vec![Answer::File(B, 0)])]);
    let mut l = loader();
    l.run(&host).await;
    assert_eq!(names(&l), ["a1", "b1", "shared"]);
    let shared = l.places().iter().find(|p| p.id == "shared").unwrap();
    assert_eq!(
        shared.name.get(crate::model::Lang::De),
        "A zwei",
        "the earlier file keeps the id, though it came later"
    );
    let b = &l.reports()[1];
    assert_eq!((b.file.as_str(), b.loaded), ("b.geojson", 1));
    assert!(matches!(&b.problems[0].kind, Kind::DuplicateId { first_file, .. } if first_file == "a.geojson"));
    // b arrived first, so its places were shown before a's: each file on its own.
    let events = host.events.borrow();
    let shown: Vec<usize> = events
        .iter()
        .filter_map(|e| if let Event::Places { places, .. } = e { Some(places.len()) } else { None })
        .collect();
    assert_eq!(shown, [2, 3]);
    assert!(matches!(events.last(), Some(Event::Settled { failed: 0 })));
    // Places north to south.
    let lats: Vec<f64> = l.places().iter().filter_map(|p| p.position).map(|p| p.lat).collect();
    assert!(lats.windows(2).all(|w| w[0] >= w[1]), "{lats:?}");
}

#[tokio::test]
async fn truncated_html_and_wrong_types_are_named_and_lose_nothing_else() {
    let cut = &B[..B.len() / 2];
    let cut: &'static str = Box::leak(cut.to_string().into_boxed_str());
    for (bad, expect) in [
        (cut, "invalid-json"),
        ("<!DOCTYPE html><html><body>Seite nicht gefunden</body></html>", "invalid-json"),
        (r#"{"type": "Feature", "geometry": null, "properties": {}}"#, "not-feature-collection"),
        ("[1, 2, 3]", "not-feature-collection"),
    ] {
        let host = memory(&[("a.geojson", vec![Answer::File(A, 0)]), ("b.geojson", vec![Answer::File(bad, 0)])]);
        let mut l = loader();
        l.run(&host).await;
        assert_eq!(names(&l), ["a1", "shared"], "{bad}");
        assert_eq!(l.reports()[1].fatal.as_ref().map(|p| p.code()), Some(expect), "{bad}");
        assert_eq!(host.asked.borrow()["/site/b.geojson"], 1, "a broken file is not fetched again: {bad}");
    }
}

#[tokio::test]
async fn a_byte_order_mark_and_bad_bytes_do_not_lose_the_file() {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(A.replace("A eins", "A \u{1}eins").as_bytes());
    let text = text_of(bytes);
    assert!(text.starts_with('{'));
    assert_eq!(text_of(vec![b'a', 0xFF, b'b']), "a\u{FFFD}b");
}

#[tokio::test]
async fn the_base_layer_comes_with_the_sources_and_a_broken_one_is_reported() {
    let config =
        CONFIG.replace("\"timeout\"", "\"base\": {\"outline\": \"o.geojson\", \"areas\": \"g.geojson\"}, \"timeout\"");
    let config: &'static str = Box::leak(config.into_boxed_str());
    let outline = r#"{"type":"Polygon","coordinates":[[[9,53],[10,53],[10,54],[9,53]]]}"#;
    let host = memory(&[
        ("config.json", vec![Answer::File(config, 0)]),
        ("a.geojson", vec![Answer::File(A, 0)]),
        ("b.geojson", vec![Answer::File(B, 0)]),
        ("o.geojson", vec![Answer::File(outline, 0)]),
        ("g.geojson", vec![Answer::File("{\"type\": \"FeatureCollection\", \"features\": []}", 0)]),
    ]);
    let mut l = loader();
    l.run(&host).await;
    assert!(host.events.borrow().iter().any(|e| matches!(e, Event::Outline(r) if r.len() == 1)));
    assert_eq!(
        l.reports().iter().map(|r| r.file.as_str()).collect::<Vec<_>>(),
        ["a.geojson", "b.geojson", "o.geojson", "g.geojson"]
    );
    assert_eq!(l.reports()[3].fatal.as_ref().map(|p| p.code()), Some("invalid-layer"));
}

/// A file cut at every length never panics and never costs another file's places: every offset
/// of the two small sample files, every 37th of the large one.
#[tokio::test]
async fn truncation_at_every_offset_loses_only_that_file() {
    let samples = [
        (include_str!("../../../public/data/beratung.geojson"), 1),
        (include_str!("../../../public/data/schulen.geojson"), 1),
        (include_str!("../../../public/data/betriebe.geojson"), 37),
    ];
    let mut runs = 0;
    for (sample, step) in samples {
        for at in (0..sample.len()).step_by(step) {
            // Only whitespace cut off is no cut.
            if !sample.is_char_boundary(at) || sample[..at].trim_end() == sample.trim_end() {
                continue;
            }
            let cut: &'static str = Box::leak(sample[..at].to_string().into_boxed_str());
            let host = memory(&[("a.geojson", vec![Answer::File(A, 0)]), ("b.geojson", vec![Answer::File(cut, 0)])]);
            let mut l = loader();
            l.run(&host).await;
            assert!(l.places().iter().filter(|p| p.id == "a1").count() == 1, "cut at {at}");
            assert!(l.reports()[1].fatal.is_some(), "a cut file is reported (at {at})");
            runs += 1;
        }
    }
    assert!(runs > 6000, "{runs}");
}

/// `n` schools in a row, one feature each.
fn schools(n: usize) -> &'static str {
    let features: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"type":"Feature","geometry":{{"type":"Point","coordinates":[10,{}]}},"properties":{{"id":"s{i}","name":"Schule {i}","category":"school"}}}}"#,
                53.0 + i as f64 / 1000.0
            )
        })
        .collect();
    (String::from(r#"{"type":"FeatureCollection","features":["#) + &features.join(",") + "]}").leak()
}

#[tokio::test]
async fn reading_pauses_when_a_task_has_run_its_time_not_after_a_count() {
    let run = |n: usize, step: f64| async move {
        let file = schools(n);
        let mut host = memory(&[("a.geojson", vec![Answer::File(file, 0)]), ("b.geojson", vec![Answer::File(B, 0)])]);
        host.clock = Some((Default::default(), step));
        let options = Options { chunk: 1, task_ms: 40.0, ..Options::default() };
        let mut l = Loader::new("/site/config.json", "config.json", options);
        l.run(&host).await;
        assert_eq!(l.places().len(), n + 2);
        host.pauses()
    };
    // A fast device (0.01 ms a feature) pauses only between the stages, however long the file;
    // a slow one (20 ms a feature) every other feature, for reading and again for indexing.
    let (fast, fast_long, slow) = (run(40, 0.01).await, run(400, 0.01).await, run(40, 20.0).await);
    assert_eq!(fast, fast_long, "the count of features does not decide");
    assert!(slow >= fast + 30, "fast {fast} pauses, slow {slow}");
}

#[tokio::test]
async fn ranking_the_names_and_drawing_what_the_index_changes_are_tasks_of_their_own() {
    let mut host =
        memory(&[("a.geojson", vec![Answer::File(schools(40), 0)]), ("b.geojson", vec![Answer::File(B, 0)])]);
    host.clock = Some((Default::default(), 0.01));
    let options = Options { chunk: 1, task_ms: 40.0, ..Options::default() };
    let mut l = Loader::new("/site/config.json", "config.json", options);
    l.run(&host).await;
    let steps = host.steps.borrow();
    let at = |name: &str| steps.iter().position(|s| s == name).unwrap_or_else(|| panic!("{name} in {steps:?}"));
    let (drawn, ranked, index) = (at("Places"), at("bk-index-finish"), at("Index"));
    assert!(drawn < ranked && ranked < index, "{steps:?}");
    // The markers' task ends before the index is built; the ranking ends before its effects are drawn.
    assert_eq!(steps[drawn + 1], "pause", "{steps:?}");
    assert_eq!(steps[ranked - 1], "pause", "{steps:?}");
    assert_eq!(steps[index - 1], "pause", "{steps:?}");
    assert!(steps[ranked + 1..index].iter().all(|s| s == "pause"), "{steps:?}");
}
