//! The loading pipeline: config → data files → places, problems and a search index.
//!
//! Every file goes its own way: its places are shown as soon as it has arrived and been read,
//! whatever the others do. A file that sends nothing for a while is given up; a passing failure
//! (broken connection, timeout, 5xx) is tried once more by itself; what still failed can be asked
//! again with [`Loader::run`] without touching what arrived. Fetching, waiting and telling the
//! widget go through a [`Host`], so native tests drive the whole pipeline with files in memory.

mod fetch;
#[cfg(test)]
mod tests;

pub use fetch::{Body, Host, download, text_of};

use crate::geo::LonLat;
use crate::model::{
    Area, Config, Dataset, Kind, Place, Problem, SourceParser, SourceReport, parse_areas, parse_config, parse_outline,
};
use crate::search::{Glossary, IndexBuilder, SearchIndex, Synonyms};
use futures::StreamExt;
use futures::stream::FuturesUnordered;
use std::sync::Arc;

/// How loading behaves; the defaults suit a district's web server.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// Milliseconds a file may send nothing before it is given up (the config's `timeout` wins).
    pub timeout_ms: u32,
    /// Milliseconds before a passing failure is tried again.
    pub retry_pause_ms: u32,
    /// Features read (or indexed) between two looks at the clock; with a host without a clock,
    /// per task.
    pub chunk: usize,
    /// Milliseconds of reading after which the loader lets the page draw and take input: below
    /// the 50 ms of a "long task", whatever the device's speed.
    pub task_ms: f64,
    /// Bytes above which receiving a file and reading it are separate tasks.
    pub big_file: usize,
}

impl Default for Options {
    fn default() -> Self {
        Self { timeout_ms: 15_000, retry_pause_ms: 1_500, chunk: 500, task_ms: 40.0, big_file: 4_000_000 }
    }
}

/// What loading tells the widget, in the order it happens.
#[derive(Clone, Debug)]
pub enum Event {
    /// The config was read: title, view, categories, and the files to come.
    Config(Arc<Config>),
    /// The config did not arrive or cannot be used; nothing else comes. `retry`: asking again may
    /// help (it did not arrive), as opposed to a config that must be fixed.
    ConfigFailed {
        file: String,
        problems: Vec<Problem>,
        retry: bool,
        /// It is being asked for once more: a `Config` or another `ConfigFailed` follows.
        retrying: bool,
    },
    /// A large file is read over several tasks: a good moment for the page to do other things.
    Reading,
    /// Every place read so far, north to south (markers then tab in reading order). `index` comes
    /// along when it already covers them; else an `Index` follows.
    Places {
        places: Arc<Vec<Place>>,
        index: Option<Arc<SearchIndex>>,
    },
    /// The search index of the places last sent.
    Index(Arc<SearchIndex>),
    /// How each file fared so far, in the config's order.
    Reports(Vec<SourceReport>),
    Outline(Arc<Vec<Vec<LonLat>>>),
    Areas(Arc<Vec<Area>>),
    /// Every file asked for has arrived or failed; `failed` files may be asked for again.
    Settled {
        failed: usize,
    },
}

/// A file the config names, and what it is for.
#[derive(Clone, Debug, PartialEq)]
enum Role {
    Source,
    Outline,
    Areas,
}

/// When the current task began, to end it once it has run `task_ms` (`Options`).
struct Task(Option<f64>);

impl Task {
    fn start<H: Host>(host: &H) -> Self {
        Task(host.now_ms())
    }

    /// This task has run its time (always, for a host without a clock).
    fn due<H: Host>(&self, host: &H, task_ms: f64) -> bool {
        match (self.0, host.now_ms()) {
            (Some(start), Some(now)) => now - start >= task_ms,
            _ => true,
        }
    }

    /// Lets the page draw and take input; what follows is a new task.
    async fn pause<H: Host>(&mut self, host: &H) {
        host.pause().await;
        self.0 = host.now_ms();
    }
}

/// One widget's loading, kept between runs so that trying again fetches only what failed.
pub struct Loader {
    config_url: String,
    config_name: String,
    options: Options,
    config: Option<Arc<Config>>,
    /// The config's files by slot: sources in their order, then the base layer.
    files: Vec<(String, Role)>,
    dataset: Dataset,
    places: Arc<Vec<Place>>,
}

impl Loader {
    /// `config_url` is fetched through the host; `config_name` names it in messages.
    pub fn new(config_url: &str, config_name: &str, options: Options) -> Self {
        Self {
            config_url: config_url.to_string(),
            config_name: config_name.to_string(),
            options,
            config: None,
            files: Vec::new(),
            dataset: Dataset::default(),
            places: Arc::new(Vec::new()),
        }
    }

    pub fn config_url(&self) -> &str {
        &self.config_url
    }

    pub fn config(&self) -> Option<&Arc<Config>> {
        self.config.as_ref()
    }

    /// The places read so far, north to south.
    pub fn places(&self) -> &Arc<Vec<Place>> {
        &self.places
    }

    pub fn reports(&self) -> &[SourceReport] {
        &self.dataset.reports
    }

    /// The files that did not arrive, by slot.
    fn failed(&self) -> Vec<usize> {
        let reported: Vec<usize> = self.dataset.reports.iter().map(|r| r.slot).collect();
        let missing = (0..self.files.len()).filter(|s| !reported.contains(s));
        let failed = self.dataset.reports.iter().filter(|r| r.failure().is_some()).map(|r| r.slot);
        let mut all: Vec<usize> = missing.chain(failed).collect();
        crate::sort::sort(&mut all);
        all
    }

    /// The first run loads the config and every file; a later run fetches only what did not
    /// arrive (the config too, if it was that). Places, reports and the view state stay.
    pub async fn run<H: Host>(&mut self, host: &H) {
        if self.config.is_none() && !self.load_config(host).await {
            return;
        }
        let pending = self.failed();
        let config = self.config.clone().expect("loaded above");
        let timeout = config.timeout_s.map_or(self.options.timeout_ms, |s| (s * 1000.0).round() as u32);
        let pause = self.options.retry_pause_ms;
        // A failure that may pass is named at once (a file that sends nothing within the timeout,
        // not after a second full timeout) while the file is asked for once more after a pause.
        let attempt = |slot: usize, url: String, first: bool| async move {
            if !first {
                host.sleep(pause).await;
            }
            let result = download(host, &url, timeout).await;
            (slot, url, first, result)
        };
        let mut arriving = FuturesUnordered::new();
        for &slot in &pending {
            let name = self.files[slot].0.clone();
            match host.resolve(&name) {
                Ok(url) => arriving.push(attempt(slot, url, true)),
                Err(failure) => self.dataset.add_failed(slot, &name, failure, false),
            }
        }
        // Files asked for again by the visitor: their notices are busy until they are in or fail.
        self.dataset.retrying(&pending);
        // Addresses the widget will not load from are said at once; each file's report as it arrives.
        host.emit(Event::Reports(self.dataset.reports.clone()));
        // What the config set up (title, filters, legend) is drawn in this task; reading the files,
        // which may have arrived already, begins in the next.
        host.pause().await;
        while let Some((slot, url, first, result)) = arriving.next().await {
            let name = self.files[slot].0.clone();
            match result {
                Ok(bytes) => self.read(host, slot, bytes).await,
                Err(failure) if first && failure.transient() => {
                    self.dataset.add_failed(slot, &name, failure, true);
                    arriving.push(attempt(slot, url, false));
                }
                Err(failure) => self.dataset.add_failed(slot, &name, failure, false),
            }
            host.emit(Event::Reports(self.dataset.reports.clone()));
        }
        host.mark("bk-sources-fetched");
        host.emit(Event::Settled { failed: self.failed().len() });
    }

    /// Fetches and reads the config; false (and said so) when it cannot be used.
    async fn load_config<H: Host>(&mut self, host: &H) -> bool {
        // The widget has just been drawn empty (one task); the config is read in the next.
        host.pause().await;
        host.mark("bk-load");
        let o = &self.options;
        let failed = |problems, retry, retrying| Event::ConfigFailed {
            file: self.config_name.clone(),
            problems,
            retry,
            retrying,
        };
        // As with the files: a failure that may pass is said at once, while it is tried once more.
        let bytes = match download(host, &self.config_url, o.timeout_ms).await {
            Err(failure) if failure.transient() => {
                host.emit(failed(vec![Problem::error(Kind::Unreachable { failure })], true, true));
                host.sleep(o.retry_pause_ms).await;
                download(host, &self.config_url, o.timeout_ms).await
            }
            first => first,
        };
        let bytes = match bytes {
            Ok(b) => b,
            Err(failure) => {
                let retry = failure.retry_may_help();
                host.emit(failed(vec![Problem::error(Kind::Unreachable { failure })], retry, false));
                return false;
            }
        };
        host.mark("bk-config-fetched");
        let config = match parse_config(&text_of(bytes)) {
            Ok(c) => Arc::new(c),
            Err(problems) => {
                host.emit(failed(problems, false, false));
                return false;
            }
        };
        let sources = config.sources.iter().map(|f| (f.clone(), Role::Source));
        let base = config.base.outline.iter().map(|f| (f.clone(), Role::Outline));
        let areas = config.base.areas.iter().map(|f| (f.clone(), Role::Areas));
        self.files = sources.chain(base).chain(areas).collect();
        self.config = Some(config.clone());
        host.emit(Event::Config(config));
        true
    }

    /// Reads one arrived file and tells the widget what it brought.
    async fn read<H: Host>(&mut self, host: &H, slot: usize, bytes: Vec<u8>) {
        let (name, role) = self.files[slot].clone();
        // A file of many megabytes: receiving it, decoding it and reading it are tasks of their own.
        let big = bytes.len() > self.options.big_file;
        if big {
            host.pause().await;
        }
        let text = text_of(bytes);
        if big {
            host.pause().await;
        }
        match role {
            Role::Source => self.read_source(host, slot, &name, &text).await,
            Role::Outline => match parse_outline(&text) {
                Ok(rings) => self.layer_read(host, slot, &name, Event::Outline(Arc::new(rings))),
                Err(message) => self.layer_broken(slot, &name, message),
            },
            Role::Areas => match parse_areas(&text) {
                Ok(areas) => self.layer_read(host, slot, &name, Event::Areas(Arc::new(areas))),
                Err(message) => self.layer_broken(slot, &name, message),
            },
        }
    }

    fn layer_read<H: Host>(&mut self, host: &H, slot: usize, name: &str, event: Event) {
        self.dataset.add_in(slot, name, Default::default());
        host.emit(event);
    }

    fn layer_broken(&mut self, slot: usize, name: &str, message: String) {
        let fatal = Some(Problem::error(Kind::InvalidLayer { message }));
        self.dataset.add_in(slot, name, crate::model::SourceOutcome { fatal, ..Default::default() });
    }

    async fn read_source<H: Host>(&mut self, host: &H, slot: usize, name: &str, text: &str) {
        let config = self.config.clone().expect("files come from the config");
        let chunk = self.options.chunk;
        let outcome = match SourceParser::new(text) {
            Ok(mut parser) => {
                let mut told = false;
                let mut task = Task::start(host);
                // Features until the task has run its time, then let the page breathe (input, paint).
                while !parser.step(chunk, &config.categories) {
                    if task.due(host, self.options.task_ms) {
                        if !std::mem::replace(&mut told, true) {
                            host.emit(Event::Reading);
                        }
                        task.pause(host).await;
                    }
                }
                let outcome = parser.finish();
                // Large files: checking ids and sorting get tasks of their own, after the last chunk.
                if outcome.places.len() > chunk {
                    host.pause().await;
                }
                outcome
            }
            Err(fatal) => fatal,
        };
        if outcome.places.is_empty() {
            self.dataset.add_in(slot, name, outcome);
            return;
        }
        let first = self.places.is_empty();
        self.dataset.places = Arc::unwrap_or_clone(std::mem::take(&mut self.places));
        self.dataset.add_in(slot, name, outcome);
        let mut places = std::mem::take(&mut self.dataset.places);
        // Many places: checking ids, sorting, drawing (and clustering), ranking the index and
        // drawing what it changes are each about as long as a task may be, so each has its own.
        let many = places.len() > chunk;
        if many {
            host.pause().await;
        }
        // North to south (reading order for markers); offers without a fixed place last, by name.
        crate::sort::sort_by(&mut places, |a, b| match (a.position, b.position) {
            (Some(p), Some(q)) => q.lat.total_cmp(&p.lat).then(p.lon.total_cmp(&q.lon)),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => a.name.get(crate::model::Lang::De).cmp(b.name.get(crate::model::Lang::De)),
        });
        self.places = Arc::new(places);
        host.mark("bk-places-merged");
        if many {
            host.pause().await;
        }
        if first {
            // Markers first; the search index follows once the page has drawn them.
            host.emit(Event::Places { places: self.places.clone(), index: None });
            host.pause().await;
            let index = self.index(host, &config).await;
            if many {
                host.pause().await;
            }
            host.emit(Event::Index(index));
        } else {
            // Later files come with their index, so what the visitor filtered stays filtered.
            let index = self.index(host, &config).await;
            if many {
                host.pause().await;
            }
            host.emit(Event::Places { places: self.places.clone(), index: Some(index) });
        }
    }

    /// The search index of all places so far, built a chunk per task. Audiences, stages and
    /// categories are found by their words in both languages.
    async fn index<H: Host>(&self, host: &H, config: &Config) -> Arc<SearchIndex> {
        let mut index = IndexBuilder::new(
            Glossary::from_locales(&config.categories)
                .with_synonyms(Synonyms::new(config.synonyms.iter().map(Vec::as_slice))),
        );
        let many = self.places.len() > self.options.chunk;
        let mut task = Task::start(host);
        for chunk in self.places.chunks(self.options.chunk) {
            index.add(chunk);
            if many && task.due(host, self.options.task_ms) {
                task.pause(host).await;
            }
        }
        // Ranking the names (a sort of every place) is a task of its own.
        if many {
            host.pause().await;
        }
        host.mark("bk-index-finish");
        Arc::new(index.finish())
    }
}
