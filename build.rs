//! Embeds the shipped data folder `data/` into the binary, so that `ikz` works from any
//! folder with no argument. Generates a table of (relative path, bytes) in `OUT_DIR`.
//! Also names the commit it was built from (`IKZ_COMMIT`, for `ikz --version`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    commit();
    let root = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default()).join("data");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    files.sort();
    let mut out =
        String::from("/// The files of `data/`, as (path relative to `data/`, contents).\n");
    out.push_str("pub static FILES: &[(&str, &[u8])] = &[\n");
    for (rel, abs) in &files {
        println!("cargo:rerun-if-changed={}", abs.display());
        let _ = writeln!(
            out,
            "    ({rel:?}, include_bytes!({:?})),",
            abs.display().to_string()
        );
    }
    out.push_str("];\n");
    let dest = PathBuf::from(env::var_os("OUT_DIR").unwrap_or_default()).join("builtin_data.rs");
    if let Err(e) = fs::write(&dest, out) {
        // A build script says that it failed by panicking: cargo shows the message.
        #[allow(clippy::panic)]
        {
            panic!("cannot write {}: {e}", dest.display());
        }
    }
}

/// Every `.toml` file below `dir`, with its path relative to `root` (always with `/`).
fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(root, &path, files);
        } else if path.extension().is_some_and(|e| e == "toml") {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let rel = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            files.push((rel, path));
        }
    }
}

/// The commit built, as `git` names it (nine digits), or `IKZ_COMMIT` where it is set
/// (a build from an exported tree), or "unknown".
fn commit() {
    println!("cargo:rerun-if-env-changed=IKZ_COMMIT");
    let root = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let git = root.join(".git");
    // A new commit moves HEAD or the branch it names.
    if git.join("HEAD").is_file() {
        println!("cargo:rerun-if-changed={}", git.join("HEAD").display());
    }
    // (Only files that are there: cargo runs this again each time for one that is not.)
    let mut watched = vec![git.join("packed-refs")];
    if let Ok(head) = fs::read_to_string(git.join("HEAD"))
        && let Some(branch) = head.trim().strip_prefix("ref: ")
    {
        watched.push(git.join(branch));
    }
    for file in watched.iter().filter(|f| f.is_file()) {
        println!("cargo:rerun-if-changed={}", file.display());
    }
    let from_git = || {
        let out = std::process::Command::new("git")
            .args(["rev-parse", "--short=9", "HEAD"])
            .current_dir(&root)
            .output()
            .ok()?;
        let id = String::from_utf8(out.stdout).ok()?.trim().to_string();
        (out.status.success() && !id.is_empty()).then_some(id)
    };
    let commit = env::var("IKZ_COMMIT")
        .ok()
        .filter(|c| !c.is_empty())
        .or_else(from_git)
        .unwrap_or_else(|| "unknown".to_string());
    println!("cargo:rustc-env=IKZ_COMMIT={commit}");
}
