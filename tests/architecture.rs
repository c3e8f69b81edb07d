//! The layers of `src/` import only downwards: base → model → data → queries →
//! presentation → app → ui → terminal and command line (docs/architecture.md). This test
//! reads every source file and names each import that goes up a layer. Test code (from
//! the first `#[cfg(test)]` of a file on, and `*tests.rs` files) may reach anywhere.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::path::{Path, PathBuf};

/// The top modules of the crate, lowest layer first.
const LAYERS: &[&[&str]] = &[
    &["text", "diag", "par", "staged", "web"],
    &["model"],
    &["data"],
    &["query"],
    &["present"],
    &["app"],
    &["ui"],
    &["tui", "cli", "main", "lib"],
];

fn layer(top: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&top))
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The top modules a text names as `crate::name`.
fn imports(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if name.is_empty() {
            // `crate::{a, b}`: every name in the braces.
            if let Some(group) = rest.strip_prefix('{') {
                let end = group.find('}').unwrap_or(group.len());
                for part in group[..end].split(',') {
                    let n: String = part
                        .trim()
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect();
                    if !n.is_empty() {
                        out.push(n);
                    }
                }
            }
        } else {
            out.push(name);
        }
    }
    out
}

#[test]
fn no_layer_imports_from_a_layer_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = Vec::new();
    files(&src, &mut all);
    assert!(all.len() > 20, "found only {} files", all.len());
    let mut wrong = Vec::new();
    for path in &all {
        let rel = path.strip_prefix(&src).unwrap();
        let name = rel.to_string_lossy().replace('\\', "/");
        if name.ends_with("tests.rs") {
            continue;
        }
        let top = name
            .split('/')
            .next()
            .unwrap()
            .trim_end_matches(".rs")
            .to_string();
        let own = layer(&top).unwrap_or_else(|| panic!("{name}: module `{top}` has no layer"));
        let text = std::fs::read_to_string(path).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for used in imports(code) {
            let Some(theirs) = layer(&used) else {
                wrong.push(format!("{name}: `crate::{used}` has no layer"));
                continue;
            };
            if theirs > own {
                wrong.push(format!(
                    "{name} ({top}) imports crate::{used}, a layer above"
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn the_scanner_sees_grouped_imports() {
    assert_eq!(imports("use crate::{app, ui::x};"), ["app", "ui"]);
    assert_eq!(imports("crate::model::Model"), ["model"]);
}
