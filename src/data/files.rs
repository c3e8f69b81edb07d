//! Finding and reading the files of a data folder (or of the built-in copy of `data/`):
//! which files belong to the data, and whether each is readable UTF-8 of a sane size.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostics, Entry, FileProblem, Severity, SourceText};
use crate::text::closest;

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
    /// A hash of `rel` and `text`, made where the file is read (side by side with the
    /// others): the load's fingerprint is made of these.
    pub hash: u64,
}

/// The files of the built-in data: (path inside the folder, bytes).
pub fn built_in() -> &'static [(&'static str, &'static [u8])] {
    builtin::FILES
}

/// Reads every data file of `origin`. Files that cannot be used are reported and left out.
pub fn collect(origin: &Origin, diags: &mut Diagnostics) -> Vec<InputFile> {
    match origin {
        Origin::BuiltIn => from_memory(crate::diag::BUILT_IN, builtin::FILES, diags),
        Origin::Folder(dir) => collect_folder(dir, diags),
    }
}

/// Reads files given as (path inside the data folder, bytes); `label` stands for the
/// folder in messages.
pub fn from_memory(
    label: &str,
    files: &[(&str, &[u8])],
    diags: &mut Diagnostics,
) -> Vec<InputFile> {
    let names: Vec<String> = files.iter().map(|(rel, _)| rel.to_string()).collect();
    let shown = |rel: &str| format!("{label}/{rel}");
    select(&names, &[], &shown, diags)
        .iter()
        .filter_map(|rel| {
            let (_, bytes) = files.iter().find(|(r, _)| r == rel)?;
            if bytes.len() as u64 > MAX_FILE_BYTES {
                too_large(&shown(rel), diags);
                return None;
            }
            decode(&shown(rel), rel, bytes.to_vec(), diags)
        })
        .collect()
}

/// Picks the data files from the `.toml` files of a folder (paths relative to it) in the
/// order they are read; warns of the ones ikz does not know and reports missing ones.
fn select(
    names: &[String],
    not_files: &[String],
    shown: &dyn Fn(&str) -> String,
    diags: &mut Diagnostics,
) -> Vec<String> {
    let mut top: Vec<&str> = Vec::new();
    let mut projects: Vec<&str> = Vec::new();
    for name in names {
        if TOP_FILES.contains(&name.as_str()) {
            top.push(name);
        } else if name
            .strip_prefix(PROJECTS_DIR)
            .and_then(|r| r.strip_prefix('/'))
            .is_some_and(|r| !r.contains('/'))
        {
            projects.push(name);
        } else {
            diags.file(
                Severity::Warning,
                &shown(name),
                FileProblem::UnknownTopFile {
                    nearest: closest(name, TOP_FILES).map(str::to_string),
                },
            );
        }
    }
    for required in ["ikz.toml", "members.toml"] {
        // One that is there but not a file was reported when the folder was listed.
        if !top.contains(&required) && !not_files.iter().any(|n| n == required) {
            diags.file(Severity::Error, &shown(required), FileProblem::FileMissing);
        }
    }
    top.sort_by_key(|r| TOP_FILES.iter().position(|t| t == r));
    projects.sort();
    top.into_iter()
        .chain(projects)
        .map(str::to_string)
        .collect()
}

fn collect_folder(dir: &Path, diags: &mut Diagnostics) -> Vec<InputFile> {
    if !dir.is_dir() {
        diags.file(
            Severity::Error,
            &dir.display().to_string(),
            FileProblem::NoFolder {
                exists: dir.exists(),
            },
        );
        return Vec::new();
    }
    let top = list(dir, Place::Top, diags);
    let mut names = top.files;
    let projects = dir.join(PROJECTS_DIR);
    if projects.is_dir() {
        names.extend(
            list(&projects, Place::Projects, diags)
                .files
                .into_iter()
                .map(|n| format!("{PROJECTS_DIR}/{n}")),
        );
    } else if let Some(is) = fs::symlink_metadata(&projects)
        .ok()
        .and_then(|m| what_it_is(&projects, m.file_type()))
        .or_else(|| projects.exists().then_some(Entry::File))
    {
        diags.file(
            Severity::Error,
            &projects.display().to_string(),
            FileProblem::ProjectsNotFolder { is },
        );
    } else {
        let nearest = closest(PROJECTS_DIR, top.folders.iter().map(String::as_str));
        diags.file(
            Severity::Error,
            &projects.display().to_string(),
            FileProblem::ProjectsMissing {
                nearest: nearest.map(str::to_string),
            },
        );
    }
    let shown = |rel: &str| dir.join(rel).display().to_string();
    let selected = select(&names, &top.not_files, &shown, diags);
    // Read side by side: with thousands of project files, the waiting adds up.
    let read = crate::par::map(&selected, |rel| {
        let mut found = Diagnostics::default();
        (read_one(&dir.join(rel), rel, &mut found), found)
    });
    let mut files = Vec::with_capacity(read.len());
    for (file, found) in read {
        diags.extend(found);
        files.extend(file);
    }
    files
}

/// Which folder of the data is listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Top,
    Projects,
}

/// What a folder holds, as far as the data is concerned.
#[derive(Debug, Default)]
struct Listing {
    /// The `.toml` files to consider.
    files: Vec<String>,
    /// The folders (for "did you mean projects/?").
    folders: Vec<String>,
    /// Entries with a data file's name that are not files.
    not_files: Vec<String>,
}

/// What an entry of a folder is, when it is not a plain file (or a link to one).
fn what_it_is(path: &Path, file_type: fs::FileType) -> Option<Entry> {
    let target_type = if file_type.is_symlink() {
        match fs::metadata(path) {
            Ok(m) => m.file_type(),
            Err(_) => {
                let to = fs::read_link(path)
                    .map(|t| t.display().to_string())
                    .unwrap_or_default();
                return Some(Entry::DanglingLink { to });
            }
        }
    } else {
        file_type
    };
    if target_type.is_file() {
        return None;
    }
    if target_type.is_dir() {
        return Some(Entry::Folder);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if target_type.is_fifo() {
            return Some(Entry::Fifo);
        }
        if target_type.is_socket() {
            return Some(Entry::Socket);
        }
        if target_type.is_block_device() || target_type.is_char_device() {
            return Some(Entry::Device);
        }
    }
    Some(Entry::Other)
}

/// Whether a change to this path (inside a data folder, relative to it) can change what
/// loading the folder reads or says: the data files, names that look like them (which
/// get a warning), anything in `projects/` but hidden files, and the folders themselves.
/// Other files (notes, exports, `.git`) do not.
pub fn concerns_data(rel: &Path) -> bool {
    let parts: Vec<&str> = rel
        .components()
        .map(|c| c.as_os_str().to_str().unwrap_or("\u{FFFD}"))
        .collect();
    match parts.as_slice() {
        [] => true,
        [name] => TOP_FILES.contains(name) || *name == PROJECTS_DIR || looks_like_data(name),
        [dir, name] if *dir == PROJECTS_DIR => !name.starts_with('.'),
        _ => false,
    }
}

/// Whether a name was meant for a data file that ikz does not read as it is: `.TOML`,
/// `.toml.txt`, `.toml~`, `x.tml`.
fn looks_like_data(name: &str) -> bool {
    let lower = name.to_lowercase();
    lower.contains(".toml") || lower.ends_with(".tml")
}

/// The `.toml` files directly in `dir` that are plain files (hidden ones left out), with
/// a located warning for each entry that looks meant as data but is not read: another
/// case or suffix, a folder, a FIFO, a link that leads nowhere, a name that is not UTF-8;
/// in `projects/` every entry counts as meant.
fn list(dir: &Path, place: Place, diags: &mut Diagnostics) -> Listing {
    let mut listing = Listing::default();
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            diags.file(
                Severity::Error,
                &dir.display().to_string(),
                FileProblem::CannotReadFolder((&e).into()),
            );
            return listing;
        }
    };
    let warn = |diags: &mut Diagnostics, path: &Path, problem: FileProblem| {
        diags.file(Severity::Warning, &path.display().to_string(), problem);
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Some(name) = entry.file_name().to_str().map(str::to_string) else {
            warn(diags, &path, FileProblem::NameNotUtf8);
            continue;
        };
        if name.starts_with('.') {
            continue;
        }
        let Ok(file_type) = entry.file_type() else {
            continue;
        };
        let what = what_it_is(&path, file_type);
        if place == Place::Top && matches!(what, Some(Entry::Folder)) {
            listing.folders.push(name.clone());
            if name == PROJECTS_DIR {
                continue;
            }
        }
        // A plain file is meant as data when its name says so; anything else in
        // projects/ (a folder, a FIFO, a link that leads nowhere) is named too.
        let meant = looks_like_data(&name) || (place == Place::Projects && what.is_some());
        match what {
            None if name.ends_with(".toml") => listing.files.push(name),
            None if meant => {
                let stem = name.split('.').next().unwrap_or_default();
                let copy = dir.join(format!("{stem}.toml")).exists();
                let stem = stem.to_string();
                warn(diags, &path, FileProblem::NotToml { stem, copy });
            }
            None => {}
            Some(what) if meant => {
                if name.ends_with(".toml") && place == Place::Top {
                    listing.not_files.push(name.clone());
                }
                // A required file that is not a file is an error, and gets no second
                // message in `select`.
                let required =
                    place == Place::Top && ["ikz.toml", "members.toml"].contains(&name.as_str());
                diags.file(
                    if required {
                        Severity::Error
                    } else {
                        Severity::Warning
                    },
                    &path.display().to_string(),
                    FileProblem::NotAFile {
                        is: what,
                        required,
                        in_projects: place == Place::Projects,
                    },
                );
            }
            Some(_) => {}
        }
    }
    listing
}

fn too_large(shown: &str, diags: &mut Diagnostics) {
    diags.file(
        Severity::Error,
        shown,
        FileProblem::TooLarge {
            mib: MAX_FILE_BYTES / 1024 / 1024,
        },
    );
}

fn read_one(path: &Path, rel: &str, diags: &mut Diagnostics) -> Option<InputFile> {
    let shown = path.display().to_string();
    let read = fs::File::open(path).and_then(|file| {
        // Into a buffer kept by the thread, then copied at its size: no question for the
        // file's size first (one call less for each of thousands of files), and no
        // growing buffer for each file.
        READ_BUFFER.with_borrow_mut(|buf| {
            buf.clear();
            let read = file.take(MAX_FILE_BYTES + 1).read_to_end(buf);
            let bytes = (buf.len() as u64 <= MAX_FILE_BYTES).then(|| buf.to_vec());
            // A thread that lives on does not keep a large file's room.
            buf.clear();
            buf.shrink_to(READ_ROOM);
            read.map(|_| bytes)
        })
    });
    match read {
        Ok(Some(bytes)) => decode(&shown, rel, bytes, diags),
        Ok(None) => {
            too_large(&shown, diags);
            None
        }
        Err(e) => {
            diags.file(
                Severity::Error,
                &shown,
                FileProblem::CannotRead((&e).into()),
            );
            None
        }
    }
}

thread_local! {
    /// Room for a data file of common size; it grows for a larger one.
    static READ_BUFFER: std::cell::RefCell<Vec<u8>> =
        std::cell::RefCell::new(Vec::with_capacity(READ_ROOM));
}

const READ_ROOM: usize = 64 * 1024;

fn content_hash(rel: &str, text: &str) -> u64 {
    use std::hash::{BuildHasher, Hash, Hasher};
    let mut h = foldhash::fast::FixedState::with_seed(0x1c2).build_hasher();
    rel.hash(&mut h);
    text.hash(&mut h);
    h.finish()
}

/// Checks that the bytes are UTF-8 (a leading byte-order mark is dropped).
///
/// Files as editors write them: a file saved as UTF-16 (Notepad's "Unicode") is named
/// as such; one byte-order mark is dropped, a second is an error; Windows line ends
/// (CR LF) become LF, which is how TOML reads them outside strings and how the standard
/// allows a multi-line string's line breaks to be read (a lone CR stays an error of the
/// parser). Lines and columns stay the same.
fn decode(path: &str, rel: &str, mut bytes: Vec<u8>, diags: &mut Diagnostics) -> Option<InputFile> {
    const BOM: &[u8] = b"\xEF\xBB\xBF";
    let mut at_start = |problem| {
        diags.at(&SourceText::new(path, ""), Severity::Error, 0..0, problem);
        None
    };
    if let Some(big_endian) = utf16(&bytes) {
        return at_start(FileProblem::Utf16 {
            big_endian,
            file: rel.to_string(),
        });
    }
    if bytes.starts_with(BOM) {
        bytes.drain(..3);
        if bytes.starts_with(BOM) {
            return at_start(FileProblem::TwoBoms {
                file: rel.to_string(),
            });
        }
    }
    // The bytes become the text without a copy; only Windows line ends cost one.
    let crlf = memchr::memmem::find(&bytes, b"\r\n").is_some();
    match String::from_utf8(bytes) {
        Ok(text) => {
            let text = if crlf {
                text.replace("\r\n", "\n")
            } else {
                text
            };
            Some(InputFile {
                path: path.to_string(),
                rel: rel.to_string(),
                hash: content_hash(rel, &text),
                text,
            })
        }
        Err(e) => {
            let bytes = e.as_bytes();
            let e = e.utf8_error();
            let good =
                std::str::from_utf8(bytes.get(..e.valid_up_to()).unwrap_or_default()).unwrap_or("");
            let src = SourceText::new(path, good);
            diags.at(
                &src,
                Severity::Error,
                good.len()..good.len(),
                FileProblem::NotUtf8 {
                    byte: bytes.get(e.valid_up_to()).copied().unwrap_or(0),
                    file: rel.to_string(),
                },
            );
            None
        }
    }
}

/// One file's bytes decoded as the loader decodes them, shown as `path`, at `rel` in
/// the folder.
pub(super) fn decode_as(
    path: &str,
    rel: &str,
    bytes: Vec<u8>,
    diags: &mut Diagnostics,
) -> Option<InputFile> {
    decode(path, rel, bytes, diags)
}

/// One file's bytes decoded as the loader decodes them (see [`decode`]).
pub(super) fn decode_one(path: &str, bytes: Vec<u8>, diags: &mut Diagnostics) -> Option<InputFile> {
    decode(path, path, bytes, diags)
}

/// Whether the bytes are UTF-16 big-endian (`Some(true)`) or little-endian (`Some(false)`):
/// a byte-order mark of UTF-16, or, without
/// one, zero bytes (which UTF-8 text of a data file never has) nearly all in every
/// second place, as the Latin letters of UTF-16 have them.
fn utf16(bytes: &[u8]) -> Option<bool> {
    if bytes.starts_with(b"\xFF\xFE") {
        return Some(false);
    }
    if bytes.starts_with(b"\xFE\xFF") {
        return Some(true);
    }
    let head = bytes.get(..bytes.len().min(512)).unwrap_or_default();
    let (mut even, mut odd) = (0usize, 0usize);
    for (i, b) in head.iter().enumerate() {
        if *b == 0 {
            if i % 2 == 0 { even += 1 } else { odd += 1 }
        }
    }
    let pairs = head.len() / 2;
    if odd * 3 >= pairs && even * 10 <= odd && pairs >= 2 {
        Some(false)
    } else if even * 3 >= pairs && odd * 10 <= even && pairs >= 2 {
        Some(true)
    } else {
        None
    }
}

#[cfg(test)]
mod concern_tests {
    use super::*;

    #[test]
    fn only_changes_to_the_data_concern_it() {
        for (rel, yes) in [
            ("", true),
            ("members.toml", true),
            ("member.toml", true),
            ("projects", true),
            ("projects/klimaschutz.toml", true),
            ("projects/4913", true),
            ("projects/.klimaschutz.toml.swp", false),
            ("notes.txt", false),
            ("ikz-matrix-2024.csv", false),
            (".git/index", false),
            ("projects/old/a.toml", false),
        ] {
            assert_eq!(concerns_data(Path::new(rel)), yes, "{rel}");
        }
    }
}
