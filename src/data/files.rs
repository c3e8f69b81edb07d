//! Finding and reading the files of a data folder (or of the built-in copy of `data/`):
//! which files belong to the data, and whether each is readable UTF-8 of a sane size.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostics, Severity, SourceText};
use crate::text::{closest, sanitize};

/// A data file larger than this is refused rather than read.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// The files at the top of a data folder, in the order they are read.
pub const TOP_FILES: [&str; 4] = ["ikz.toml", "sources.toml", "members.toml", "reports.toml"];
/// The folder with one file per project.
pub const PROJECTS_DIR: &str = "projects";

mod builtin {
    include!(concat!(env!("OUT_DIR"), "/builtin_data.rs"));
}

/// Where data comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The copy of `data/` built into the binary.
    BuiltIn,
    /// A data folder on disk.
    Folder(PathBuf),
}

impl Origin {
    /// How the origin is named on screen.
    pub fn describe(&self) -> String {
        match self {
            Origin::BuiltIn => "built-in data".to_string(),
            Origin::Folder(p) => p.display().to_string(),
        }
    }
}

/// One data file, read and decoded.
#[derive(Debug)]
pub struct InputFile {
    /// The path as shown in messages.
    pub path: String,
    /// The path inside the data folder, with `/`: `members.toml`, `projects/klimaschutz.toml`.
    pub rel: String,
    pub text: String,
}

/// Reads every data file of `origin`. Files that cannot be used are reported and left out.
pub fn collect(origin: &Origin, diags: &mut Diagnostics) -> Vec<InputFile> {
    match origin {
        Origin::BuiltIn => builtin::FILES
            .iter()
            .filter_map(|(rel, bytes)| decode(&format!("<built-in>/{rel}"), rel, bytes, diags))
            .collect(),
        Origin::Folder(dir) => collect_folder(dir, diags),
    }
}

fn collect_folder(dir: &Path, diags: &mut Diagnostics) -> Vec<InputFile> {
    let shown = dir.display().to_string();
    if !dir.is_dir() {
        let msg = if dir.exists() {
            "is not a folder"
        } else {
            "no such folder"
        };
        diags.file(
            Severity::Error,
            &shown,
            msg,
            Some("give a data folder with ikz.toml, members.toml and projects/".into()),
        );
        return Vec::new();
    }
    let mut rels: Vec<String> = Vec::new();
    for name in toml_files(dir, diags) {
        if TOP_FILES.contains(&name.as_str()) {
            rels.push(name);
        } else {
            let help = match closest(&name, TOP_FILES) {
                Some(f) => format!("did you mean {f}? Projects go into {PROJECTS_DIR}/"),
                None => format!(
                    "ikz reads {} and {PROJECTS_DIR}/*.toml",
                    TOP_FILES.join(", ")
                ),
            };
            diags.file(
                Severity::Warning,
                &dir.join(&name).display().to_string(),
                "not read: not a file ikz knows",
                Some(help),
            );
        }
    }
    for required in ["ikz.toml", "members.toml"] {
        if !rels.iter().any(|r| r == required) {
            diags.file(
                Severity::Error,
                &dir.join(required).display().to_string(),
                "missing",
                Some(
                    "every data folder has ikz.toml and members.toml; see docs/data-format.md"
                        .into(),
                ),
            );
        }
    }
    rels.sort_by_key(|r| TOP_FILES.iter().position(|t| t == r));
    let projects = dir.join(PROJECTS_DIR);
    if projects.is_dir() {
        let mut names = toml_files(&projects, diags);
        names.sort();
        rels.extend(names.into_iter().map(|n| format!("{PROJECTS_DIR}/{n}")));
    }
    rels.iter()
        .filter_map(|rel| read_one(&dir.join(rel), rel, diags))
        .collect()
}

/// The names of the `.toml` files directly in `dir` (hidden files left out).
fn toml_files(dir: &Path, diags: &mut Diagnostics) -> Vec<String> {
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            diags.file(
                Severity::Error,
                &dir.display().to_string(),
                format!("cannot read folder: {e}"),
                None,
            );
            return Vec::new();
        }
    };
    entries
        .flatten()
        .filter(|e| e.path().is_file())
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .filter(|n| n.ends_with(".toml") && !n.starts_with('.'))
        .collect()
}

fn read_one(path: &Path, rel: &str, diags: &mut Diagnostics) -> Option<InputFile> {
    let shown = path.display().to_string();
    let too_large = |diags: &mut Diagnostics| {
        diags.file(
            Severity::Error,
            &shown,
            format!("file is larger than {} MiB", MAX_FILE_BYTES / 1024 / 1024),
            Some(
                "a data file this large is not one of ours; check that the right file is here"
                    .into(),
            ),
        );
    };
    let file = fs::File::open(path).and_then(|f| f.metadata().map(|m| (f, m.len())));
    let (file, len) = match file {
        Ok(x) => x,
        Err(e) => {
            diags.file(Severity::Error, &shown, format!("cannot read: {e}"), None);
            return None;
        }
    };
    if len > MAX_FILE_BYTES {
        too_large(diags);
        return None;
    }
    let mut bytes = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    if let Err(e) = file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes) {
        diags.file(Severity::Error, &shown, format!("cannot read: {e}"), None);
        return None;
    }
    if bytes.len() as u64 > MAX_FILE_BYTES {
        too_large(diags);
        return None;
    }
    decode(&shown, rel, &bytes, diags)
}

/// Checks that the bytes are UTF-8 (a leading byte-order mark is dropped).
fn decode(path: &str, rel: &str, bytes: &[u8], diags: &mut Diagnostics) -> Option<InputFile> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Some(InputFile {
            path: path.to_string(),
            rel: rel.to_string(),
            text: text.to_string(),
        }),
        Err(e) => {
            let good = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or("");
            let src = SourceText::new(path, good);
            diags.at(
                &src,
                Severity::Error,
                good.len()..good.len(),
                format!(
                    "file is not UTF-8 (byte 0x{:02X} here)",
                    bytes.get(e.valid_up_to()).copied().unwrap_or(0)
                ),
                Some(format!(
                    "save {} as UTF-8 in your editor; text copied from Windows programs is often Latin-1",
                    sanitize(rel)
                )),
            );
            None
        }
    }
}
