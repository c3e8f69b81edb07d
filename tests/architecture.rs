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
    &["lang", "text", "diag", "par", "staged", "web"],
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

/// Each source file's path below `src/` (with `/`) and its code outside tests: up to its
/// first `#[cfg(test)]`; `*tests.rs` files are left out.
fn code_files() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = Vec::new();
    files(&src, &mut all);
    all.iter()
        .map(|path| {
            let name = path
                .strip_prefix(&src)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let text = std::fs::read_to_string(path).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            (name, code.to_string())
        })
        .filter(|(name, _)| !name.ends_with("tests.rs"))
        .collect()
}

/// The imports between the top modules (code outside tests), each module with the
/// modules it uses, sorted.
fn graph() -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    let mut graph: std::collections::BTreeMap<String, std::collections::BTreeSet<String>> =
        Default::default();
    for (name, code) in code_files() {
        if name == "lib.rs" || name == "main.rs" {
            continue;
        }
        let top = name.split('/').next().unwrap().trim_end_matches(".rs");
        let uses = graph.entry(top.to_string()).or_default();
        for used in imports(&code) {
            if used != top {
                uses.insert(used);
            }
        }
    }
    graph
}

/// No two top modules import each other, directly or through others.
#[test]
fn the_modules_import_each_other_in_no_cycle() {
    let graph = graph();
    // Depth-first, with the path so far: a module met again on its own path is a cycle.
    fn visit(
        m: &str,
        graph: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut std::collections::BTreeSet<String>,
    ) {
        if let Some(i) = path.iter().position(|p| p == m) {
            panic!("import cycle: {} → {m}", path[i..].join(" → "));
        }
        if !done.insert(m.to_string()) {
            return;
        }
        path.push(m.to_string());
        for used in graph.get(m).into_iter().flatten() {
            visit(used, graph, path, done);
        }
        path.pop();
    }
    let mut done = Default::default();
    for m in graph.keys() {
        visit(m, &graph, &mut Vec::new(), &mut done);
    }
}

/// docs/architecture.md draws the graph as the code has it: the block between its
/// "imports:begin" and "imports:end" marks is this list. After a change of imports, the
/// test's message shows the block to put there.
#[test]
fn the_architecture_notes_show_the_imports_of_the_code() {
    let block: String = graph()
        .iter()
        .map(|(m, uses)| {
            let uses: Vec<&str> = uses.iter().map(String::as_str).collect();
            format!(
                "{m:<8} → {}\n",
                if uses.is_empty() {
                    "—".to_string()
                } else {
                    uses.join(", ")
                }
            )
        })
        .collect();
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/architecture.md"))
        .unwrap();
    let shown = doc
        .split("<!-- imports:begin -->\n```\n")
        .nth(1)
        .and_then(|rest| rest.split("```\n<!-- imports:end -->").next())
        .unwrap_or_default();
    assert_eq!(
        shown, block,
        "docs/architecture.md: put this between the marks:\n{block}"
    );
}

/// Outside `present/`, code speaks no language: no message in two languages (`said!`,
/// `Said`, a two-language `Noun`), and no `match` on the language. What is wrong is a
/// value (`diag::Problem`, `diag::GapWhat`); `present::words` says it. The English doc
/// comments of the command line, which clap shows, are the one exception: comments are
/// not looked at.
#[test]
fn only_present_speaks() {
    let mut wrong = Vec::new();
    for (name, code) in code_files() {
        if name.starts_with("present/") {
            continue;
        }
        for (i, line) in code.lines().enumerate() {
            let line = line.split("//").next().unwrap_or_default();
            if let Some(why) = speaks(line) {
                wrong.push(format!("src/{name}:{}: {why}: {}", i + 1, line.trim()));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// What in a line of code (comments cut off) speaks a language outside `present/`.
fn speaks(line: &str) -> Option<&'static str> {
    let words = |s: &str| {
        s.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '!'))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let w = words(line);
    if w.iter().any(|t| t == "said!" || t == "Said") {
        return Some("a message in two languages");
    }
    if w.iter().any(|t| t == "Noun") {
        return Some("a word in two languages");
    }
    // A pattern on the language: `Lang::De =>`, `Lang::En |`, `(_, Lang::De) =>`.
    for lang in ["Lang::De", "Lang::En"] {
        let mut rest = line;
        while let Some(i) = rest.find(lang) {
            rest = &rest[i + lang.len()..];
            let after = rest.trim_start().trim_start_matches(')').trim_start();
            if after.starts_with("=>") || after.starts_with('|') {
                return Some("a match on the language");
            }
        }
    }
    None
}

#[test]
fn the_speaking_check_sees_what_it_looks_for() {
    assert!(speaks(r#"said!("a", "b")"#).is_some());
    assert!(speaks("fn f() -> Said {").is_some());
    assert!(speaks(r#"Noun::new("seat", "Sitz")"#).is_some());
    assert!(speaks("        Lang::De => x,").is_some());
    assert!(speaks("        (_, Lang::En) => x,").is_some());
    assert!(speaks(r#"        Some("de") => Lang::De,"#).is_none());
    assert!(speaks("    problem: Problem::Empty { key },").is_none());
}
