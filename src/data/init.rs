//! `ikz init DIR`: the built-in data written into a folder of its own, to keep and
//! extend, with a note of which data it began as (`.ikz-origin`, hidden, so the loader
//! passes it by); `ikz check` says when this ikz brings other built-in data.

use std::path::Path;

/// The hidden file that says which built-in data a folder began as.
pub const ORIGIN_FILE: &str = ".ikz-origin";

/// Which built-in data a folder began as: the release and commit of the ikz that wrote
/// it, and a fingerprint of its files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Began {
    pub release: String,
    pub commit: String,
    pub data: String,
}

impl Began {
    /// The built-in data of this ikz.
    pub fn this() -> Began {
        Began {
            release: env!("CARGO_PKG_VERSION").to_string(),
            commit: env!("IKZ_COMMIT").to_string(),
            data: fingerprint(),
        }
    }

    fn text(&self) -> String {
        format!(
            "# Written by `ikz init`: the built-in data this folder began as.\n\
             release = \"{}\"\ncommit = \"{}\"\ndata = \"{}\"\n",
            self.release, self.commit, self.data
        )
    }

    /// What `dir`'s note says, where it has one that reads.
    pub fn of(dir: &Path) -> Option<Began> {
        let text = std::fs::read_to_string(dir.join(ORIGIN_FILE)).ok()?;
        let table: toml::Table = text.parse().ok()?;
        let field = |k: &str| table.get(k)?.as_str().map(str::to_string);
        Some(Began {
            release: field("release")?,
            commit: field("commit")?,
            data: field("data")?,
        })
    }
}

/// A fingerprint of the built-in data's files (names and bytes), as hex.
fn fingerprint() -> String {
    use std::hash::{BuildHasher, Hash, Hasher};
    let mut h = foldhash::fast::FixedState::with_seed(0x1417).build_hasher();
    for (name, bytes) in super::files::built_in() {
        name.hash(&mut h);
        bytes.hash(&mut h);
    }
    format!("{:016x}", h.finish())
}

/// Why a data folder was not made.
#[derive(Debug)]
pub enum NotMade {
    /// The folder has files in it already.
    NotEmpty,
    Io(std::io::Error),
}

/// Makes a data folder of the built-in data at `dir` (relative to the current folder),
/// which must be new or empty: the whole path, and how many data files were written.
pub fn make(dir: &Path) -> Result<(std::path::PathBuf, usize), NotMade> {
    let occupied = std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some());
    if occupied {
        return Err(NotMade::NotEmpty);
    }
    let whole = std::env::current_dir().map_or_else(|_| dir.to_path_buf(), |h| h.join(dir));
    let n = write(&whole).map_err(NotMade::Io)?;
    Ok((whole, n))
}

/// Writes the built-in data and its note into `dir`, which must be new or empty.
/// Returns how many data files were written.
pub fn write(dir: &Path) -> std::io::Result<usize> {
    std::fs::create_dir_all(dir.join(super::PROJECTS_DIR))?;
    let files = super::files::built_in();
    for (name, bytes) in files {
        let path = name
            .split('/')
            .fold(dir.to_path_buf(), |p, part| p.join(part));
        std::fs::write(path, bytes)?;
    }
    std::fs::write(dir.join(ORIGIN_FILE), Began::this().text())?;
    Ok(files.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_folder_reads_as_the_built_in_data_and_knows_where_it_began() {
        let dir = tempfile::tempdir().unwrap();
        let n = write(dir.path()).unwrap();
        assert_eq!(n, super::super::files::built_in().len());
        let folder = super::super::load(&super::super::Origin::Folder(dir.path().to_path_buf()));
        let built_in = super::super::load(&super::super::Origin::BuiltIn);
        assert_eq!(folder.diagnostics, built_in.diagnostics);
        assert_eq!(folder.model.projects.len(), built_in.model.projects.len());
        assert_eq!(Began::of(dir.path()), Some(Began::this()));
    }
}
