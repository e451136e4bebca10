//! Where the checker reads its files: the disk, or files held in memory.

use std::path::{Path, PathBuf};

/// Where the checker reads files: the disk for the command line, the files an editor dropped on
/// the check page (`pruefen.html`). Paths are as given, or a config's folder joined with a name
/// from the config.
pub trait Files {
    fn read(&self, path: &Path) -> Result<Vec<u8>, String>;
    /// The config that gives a lone GeoJSON file its categories, if there is one.
    fn config_for(&self, path: &Path) -> Option<PathBuf>;
}

/// The command line's files.
pub struct Disk;

impl Files for Disk {
    fn read(&self, path: &Path) -> Result<Vec<u8>, String> {
        std::fs::read(path).map_err(|e| e.to_string())
    }

    /// `config.json` next to the file or one folder up.
    fn config_for(&self, path: &Path) -> Option<PathBuf> {
        let dir = path.parent()?;
        [dir.join("config.json"), dir.parent()?.join("config.json")].into_iter().find(|p| p.is_file())
    }
}

/// Files held in memory, found by their name alone: what an editor picks in the browser has no
/// folders, so a config's `data/schulen.geojson` is the picked `schulen.geojson`.
#[derive(Default)]
pub struct InMemory {
    pub files: Vec<(String, Vec<u8>)>,
    /// Why a file the config names cannot be read: it was not picked (in the page's language).
    pub missing: String,
    /// The config among the files, which gives lone GeoJSON files their categories.
    pub config: Option<String>,
}

impl InMemory {
    fn named(&self, path: &Path) -> Option<&(String, Vec<u8>)> {
        let name = path.file_name()?.to_str()?;
        self.files.iter().find(|(n, _)| n == name || Path::new(n).file_name().and_then(|f| f.to_str()) == Some(name))
    }
}

impl Files for InMemory {
    fn read(&self, path: &Path) -> Result<Vec<u8>, String> {
        self.named(path).map(|(_, b)| b.clone()).ok_or_else(|| self.missing.clone())
    }

    fn config_for(&self, _path: &Path) -> Option<PathBuf> {
        self.config.as_ref().map(PathBuf::from)
    }
}
