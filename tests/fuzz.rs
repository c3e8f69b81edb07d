//! A fuzz harness that runs under `cargo test`: arbitrary bytes as a data file, fed to
//! the loader and validation in every role (`ikz.toml`, `members.toml`, `sources.toml`,
//! `reports.toml`, a project file), beside the shipped files. No input may make it
//! panic, and every problem it reports is located: a path, a line and a column inside
//! the file, in one line without control characters.
//!
//! Three kinds of input: raw bytes, a soup of TOML tokens (which gets past the parser
//! more often than raw bytes), and shipped files with bytes spliced in. Cases:
//! `PROPTEST_CASES` (256 by default). Inputs that once failed are kept: proptest's seeds
//! in `tests/fuzz.proptest-regressions`, files in `tests/fixtures/fuzz/` (run every time).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use std::path::Path;

use proptest::prelude::*;

use ikz::data::load_memory;

const ROLES: &[&str] = &[
    "ikz.toml",
    "members.toml",
    "sources.toml",
    "reports.toml",
    "projects/klimaschutz.toml",
    "projects/zz-neu.toml",
];

/// Loads the shipped files with `role` replaced by (or added as) `bytes`, and checks
/// that nothing panicked and every message is located inside its file.
fn check(files: &[(String, Vec<u8>)], role: &str, bytes: &[u8]) -> Result<(), TestCaseError> {
    let mut set: Vec<(&str, &[u8])> = files
        .iter()
        .filter(|(r, _)| r != role)
        .map(|(r, b)| (r.as_str(), b.as_slice()))
        .collect();
    set.push((role, bytes));
    let loaded = load_memory(&set);
    for d in &loaded.diagnostics {
        let shown = ikz::present::words::problems::line(d, ikz::present::words::Lang::En);
        prop_assert!(d.line >= 1 && d.col >= 1, "{shown}");
        prop_assert!(d.path.starts_with("<memory>/"), "{shown}");
        prop_assert!(
            !shown.chars().any(|c| c.is_control()),
            "control character in {shown:?}"
        );
        prop_assert!(
            shown.contains(": error: ") || shown.contains(": warning: "),
            "{shown}"
        );
        if d.path == format!("<memory>/{role}") {
            let lines = bytes.split(|&b| b == b'\n').count();
            prop_assert!(d.line <= lines + 1, "line {} of {lines}: {shown}", d.line);
        }
    }
    Ok(())
}

fn token_soup() -> impl Strategy<Value = Vec<u8>> {
    let tokens = vec![
        "\n",
        " ",
        "=",
        "[",
        "]",
        "[[",
        "]]",
        "{",
        "}",
        ",",
        ".",
        "\"",
        "'",
        "\"\"\"",
        "#",
        "id",
        "title",
        "member",
        "participants",
        "reported",
        "year",
        "count",
        "start",
        "end",
        "status",
        "running",
        "format",
        "coverage",
        "first_year",
        "last_year",
        "code",
        "name",
        "sources",
        "1",
        "2024",
        "-1",
        "1e9",
        "true",
        "\"klimaschutz\"",
        "\"Groß\"",
        "\u{1b}[31m",
        "\u{202e}",
        "\u{0301}",
        "👩‍👩‍👧",
        "\\u0000",
        "\\",
        "\r\n",
        "\t",
        "joined",
        "left",
        "milestone",
        "text",
        "report",
        "number",
        "kind",
        "\"Stadt\"",
    ];
    proptest::collection::vec(proptest::sample::select(tokens), 0..120)
        .prop_map(|t| t.concat().into_bytes())
}

fn mutated() -> impl Strategy<Value = (usize, usize, Vec<u8>, usize)> {
    (
        0usize..1000,
        0usize..10_000,
        proptest::collection::vec(any::<u8>(), 0..16),
        0usize..64,
    )
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(256)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_in_any_role(role in 0..ROLES.len(), bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        check(&common::shipped_files(), ROLES[role], &bytes)?;
    }

    #[test]
    fn token_soup_in_any_role(role in 0..ROLES.len(), bytes in token_soup()) {
        check(&common::shipped_files(), ROLES[role], &bytes)?;
    }

    #[test]
    fn shipped_files_with_bytes_spliced_in((file, at, insert, cut) in mutated()) {
        let files = common::shipped_files();
        let (role, original) = &files[file % files.len()];
        let mut bytes = original.clone();
        let at = at % (bytes.len() + 1);
        let end = (at + cut).min(bytes.len());
        bytes.splice(at..end, insert);
        check(&files, role, &bytes)?;
    }
}

#[test]
fn kept_regression_inputs() {
    let files = common::shipped_files();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        for role in ROLES {
            check(&files, role, &bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        }
        n += 1;
    }
    assert!(n >= 5, "the regression inputs are missing");
}
