//! Helpers shared by the integration tests: fixture data folders in temporary folders.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A copy of the valid fixture folder with the files of `tests/fixtures/broken/<name>/`
/// laid over it (and the files named in its `REMOVE` taken away). `expected.txt` and
/// `REMOVE` are not copied.
pub fn broken(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixtures().join("valid"), dir.path());
    let overlay = fixtures().join("broken").join(name);
    assert!(overlay.is_dir(), "no fixture {}", overlay.display());
    copy_dir(&overlay, dir.path());
    fs::remove_file(dir.path().join("expected.txt")).ok();
    if let Ok(list) = fs::read_to_string(overlay.join("REMOVE")) {
        for f in list.lines().filter(|l| !l.trim().is_empty()) {
            let path = dir.path().join(f.trim());
            if path.is_dir() {
                fs::remove_dir_all(path).unwrap();
            } else {
                fs::remove_file(path).unwrap();
            }
        }
        fs::remove_file(dir.path().join("REMOVE")).unwrap();
    }
    dir
}

/// A copy of the valid fixture folder.
pub fn valid() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixtures().join("valid"), dir.path());
    dir
}

/// A copy of the shipped data folder, to change.
pub fn shipped() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("data"),
        dir.path(),
    );
    dir
}

/// The shipped data files as (path inside the folder, bytes), sorted by path.
pub fn shipped_files() -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let mut files = vec![];
    for rel in ["ikz.toml", "sources.toml", "members.toml", "reports.toml"] {
        files.push((rel.to_string(), fs::read(root.join(rel)).unwrap()));
    }
    for entry in fs::read_dir(root.join("projects")).unwrap() {
        let path = entry.unwrap().path();
        let rel = format!("projects/{}", path.file_name().unwrap().to_string_lossy());
        files.push((rel, fs::read(path).unwrap()));
    }
    files.sort();
    files
}

/// The shipped data files as (path inside the folder, text), to change in memory.
pub fn shipped_texts() -> Vec<(String, String)> {
    shipped_files()
        .into_iter()
        .map(|(r, b)| (r, String::from_utf8(b).unwrap()))
        .collect()
}

/// Loads files given as (path inside a data folder, text), as `data::load_memory` does.
pub fn load_texts(files: &[(String, String)]) -> ikz::data::Loaded {
    let borrowed: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(r, c)| (r.as_str(), c.as_bytes()))
        .collect();
    ikz::data::load_memory(&borrowed)
}
