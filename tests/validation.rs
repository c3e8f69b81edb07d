//! One test per validation rule: each loads the valid fixture with one small broken
//! overlay from `tests/fixtures/broken/<rule>/` and compares the output of `ikz check`
//! with the `expected.txt` beside it (the temporary folder's path written as `DATA`).
//!
//! After a deliberate change of a message, rewrite the expected files with
//! `IKZ_BLESS=1 cargo test --test validation` and review the diff.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use std::fs;

use ikz::cli::{Cli, Command, run};
use ikz::present::words::Lang;

/// `ikz check` of a folder.
fn check(dir: &std::path::Path, lang: Lang) -> ikz::cli::Outcome {
    run(&Cli {
        data: Some(dir.to_path_buf()),
        command: Some(Command::Check),
        lang: Some(lang),
        no_mouse: false,
        poll: false,
        export_dir: None,
        output: None,
        csv_excel: false,
        view: Default::default(),
    })
}

fn check_fixture(name: &str) {
    check_fixture_in(name, Lang::En, "expected.txt");
    check_fixture_in(name, Lang::De, "expected.de.txt");
}

/// English words of the messages that a German line must not show (outside the quoted
/// values from the data, and the file names).
const ENGLISH: [&str; 14] = [
    ": error:",
    ": warning:",
    " is ",
    " must ",
    " not ",
    "did you mean",
    "unknown",
    " the ",
    "add ",
    " or ",
    "listed",
    " no ",
    " has ",
    "use ",
];

/// A German line with its quoted parts (`…` and "…") and its location left out.
fn german_words(line: &str) -> String {
    let rest = line.splitn(4, ':').nth(3).unwrap_or(line);
    let mut out = String::new();
    let mut quote = None;
    for c in rest.chars() {
        match (quote, c) {
            (None, '`' | '"') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, c) => out.push(c),
            _ => {}
        }
    }
    out
}

fn check_fixture_in(name: &str, lang: Lang, expected_file: &str) {
    let dir = common::broken(name);
    let outcome = check(dir.path(), lang);
    let shown = outcome
        .stdout
        .replace(&dir.path().display().to_string(), "DATA");
    if lang == Lang::De {
        for line in shown.lines().filter(|l| l.starts_with("DATA")) {
            let words = german_words(line);
            for english in ENGLISH {
                assert!(
                    !words.contains(english),
                    "English {english:?} in the German message of fixture {name}: {line}"
                );
            }
        }
    }
    let expected_path = common::fixtures()
        .join("broken")
        .join(name)
        .join(expected_file);
    if std::env::var_os("IKZ_BLESS").is_some() {
        fs::write(&expected_path, &shown).unwrap();
    }
    let expected = fs::read_to_string(&expected_path).unwrap_or_else(|_| {
        panic!(
            "{} is missing; run with IKZ_BLESS=1 once",
            expected_path.display()
        )
    });
    assert_eq!(shown, expected, "output of `ikz check` for fixture {name}");
    let has_error = expected
        .lines()
        .any(|l| l.contains(": error: ") || l.contains(": Fehler: "));
    assert_eq!(
        outcome.code,
        if has_error { 1 } else { 0 },
        "exit code for fixture {name}"
    );
    assert!(outcome.stderr.is_empty());
}

macro_rules! fixture_tests {
    ($($test:ident => $dir:literal,)*) => {
        $(
            #[test]
            fn $test() {
                check_fixture($dir);
            }
        )*

        /// Every fixture folder has a test above, so none is silently left out.
        #[test]
        fn every_fixture_has_a_test() {
            let tested = [$($dir),*];
            for entry in fs::read_dir(common::fixtures().join("broken")).unwrap() {
                let name = entry.unwrap().file_name().to_string_lossy().to_string();
                assert!(tested.contains(&name.as_str()), "fixture {name} has no test");
            }
        }
    };
}

fixture_tests! {
    toml_syntax_error_is_located => "toml-syntax",
    a_key_or_table_defined_twice_says_where_first => "duplicate-key",
    unknown_keys_are_errors_with_suggestion => "unknown-key",
    unknown_member_suggests_the_member => "unknown-member",
    an_unknown_member_is_one_error_not_two => "unknown-member-with-count",
    duplicate_member_id => "duplicate-member-id",
    duplicate_project_id => "duplicate-project-id",
    duplicate_short_code => "duplicate-code",
    participant_listed_twice => "duplicate-participant",
    left_before_joined => "left-before-joined",
    participant_named_for_some_years => "participant-years",
    milestone_month => "milestone-month",
    earlier_steering_group => "steering-earlier",
    end_before_start => "end-before-start",
    // A `start` that is no year is its own error; its `end` is not "without `start`".
    end_without_start => "end-without-start",
    years_outside_the_range => "year-out-of-range",
    more_listed_than_reported => "too-many-participants",
    project_without_source_is_a_warning => "no-source",
    unknown_source_id => "unknown-source",
    control_characters_in_text => "control-characters",
    escaped_control_characters_and_bidi_overrides => "escaped-control-characters",
    file_not_utf8 => "not-utf8",
    a_newer_format_is_the_one_error => "format-version",
    keys_of_format_2_in_a_folder_of_format_1 => "format-2-keys-in-format-1",
    format_2_each_fact_with_its_own_sources => "format-2",
    format_2_entries_that_overlap_or_contradict => "format-2-entries",
    internal_sources_say_who_and_when => "internal-sources",
    values_of_the_wrong_type => "wrong-types",
    missing_required_keys => "missing-keys",
    bad_id_code_kind_and_alias => "bad-values",
    unknown_status_with_suggestion => "bad-status",
    running_project_with_end => "running-with-end",
    unknown_file_is_a_warning => "unknown-file",
    missing_members_file => "missing-members",
    files_meant_as_data_but_not_read_are_named => "unread-files",
    a_missing_projects_folder_is_an_error => "missing-projects",
    invisible_and_look_alike_characters_and_odd_years => "invisible-characters",
    every_problem_in_one_pass => "many-problems",
    seat_member_place_and_keys => "seat",
    unknown_form_with_suggestion => "unknown-form",
    funding_amount_giver_and_year => "funding",
    award_name_year_and_source => "award",
    milestones_outside_the_years_and_stale_planned_status => "slips",
    source_addresses_that_are_not_web_addresses => "source-addresses",
    windows_line_ends_and_a_byte_order_mark_read_as_written => "crlf-and-bom",
    a_file_saved_as_utf16_says_so => "utf-16",
    two_byte_order_marks => "two-boms",
    integers_are_checked_as_written => "not-a-number",
}

/// Every `.toml` file below `dir`, rewritten by `change`.
fn rewrite(dir: &std::path::Path, change: &dyn Fn(Vec<u8>) -> Vec<u8>) {
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rewrite(&p, change);
        } else if p.extension().is_some_and(|x| x == "toml") {
            let bytes = fs::read(&p).unwrap();
            fs::write(&p, change(bytes)).unwrap();
        }
    }
}

/// Files as Notepad and Git for Windows write them: each fixture, its files converted to
/// Windows line ends, or given a byte-order mark, says the same as written (same lines,
/// same columns).
#[test]
fn every_fixture_reads_the_same_with_windows_line_ends_and_a_byte_order_mark() {
    let crlf = |bytes: Vec<u8>| {
        let mut out = Vec::with_capacity(bytes.len() + bytes.len() / 16);
        let mut last = 0u8;
        for b in bytes {
            if b == b'\n' && last != b'\r' {
                out.push(b'\r');
            }
            out.push(b);
            last = b;
        }
        out
    };
    let bom = |bytes: Vec<u8>| {
        if bytes.starts_with(b"\xEF\xBB\xBF")
            || bytes.starts_with(b"\xFF\xFE")
            || bytes.starts_with(b"\xFE\xFF")
        {
            return bytes;
        }
        [b"\xEF\xBB\xBF".as_slice(), &bytes].concat()
    };
    let mut checked = 0;
    for entry in fs::read_dir(common::fixtures().join("broken")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().to_string();
        // A fixture made of its bytes: UTF-16 has no lines to convert.
        if name == "utf-16" {
            continue;
        }
        let expected = fs::read_to_string(
            common::fixtures()
                .join("broken")
                .join(&name)
                .join("expected.txt"),
        )
        .unwrap();
        for (how, change) in [
            ("CRLF", &crlf as &dyn Fn(Vec<u8>) -> Vec<u8>),
            ("BOM", &bom),
        ] {
            let dir = common::broken(&name);
            rewrite(dir.path(), change);
            let shown = check(dir.path(), Lang::En)
                .stdout
                .replace(&dir.path().display().to_string(), "DATA");
            assert_eq!(shown, expected, "fixture {name} with {how}");
            checked += 1;
        }
    }
    assert!(checked > 80, "{checked}");
}

#[test]
fn file_larger_than_16_mib_is_refused() {
    let dir = common::valid();
    let big = dir.path().join("projects/big.toml");
    let f = fs::File::create(&big).unwrap();
    f.set_len(ikz::data::MAX_FILE_BYTES + 1).unwrap();
    let loaded = ikz::data::load(&ikz::data::Origin::Folder(dir.path().to_path_buf()));
    let errors: Vec<String> = loaded
        .diagnostics
        .iter()
        .map(|d| ikz::present::words::problems::line(d, ikz::present::words::Lang::En))
        .collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].contains("big.toml:1:1: error: file is larger than 16 MiB"),
        "{errors:?}"
    );
    // The good files are still there.
    assert_eq!(loaded.model.projects.len(), 2);
}

#[test]
fn the_valid_fixture_has_no_problem() {
    let dir = common::valid();
    let loaded = ikz::data::load(&ikz::data::Origin::Folder(dir.path().to_path_buf()));
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
}

/// What `ikz check` says of a copy of the valid fixture after `change` (the folder's
/// path written as `DATA`), with its exit code.
fn check_after(change: impl FnOnce(&std::path::Path)) -> (String, u8) {
    let dir = common::valid();
    change(dir.path());
    let outcome = check(dir.path(), Lang::En);
    (
        outcome
            .stdout
            .replace(&dir.path().display().to_string(), "DATA"),
        outcome.code,
    )
}

#[cfg(unix)]
#[test]
fn fifos_links_that_lead_nowhere_and_names_that_are_not_utf8_are_named() {
    use std::os::unix::ffi::OsStrExt;
    let (out, code) = check_after(|d| {
        let fifo = d.join("projects/pipe.toml");
        assert!(
            std::process::Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .unwrap()
                .success()
        );
        std::os::unix::fs::symlink("nowhere.toml", d.join("projects/gone.toml")).unwrap();
        let name = std::ffi::OsStr::from_bytes(b"caf\xe9.toml");
        fs::write(d.join("projects").join(name), "id = \"x\"\n").unwrap();
    });
    assert_eq!(code, 0, "{out}");
    for expected in [
        "DATA/projects/pipe.toml:1:1: warning: not read: this is a FIFO (named pipe), not a file",
        "DATA/projects/gone.toml:1:1: warning: not read: this is a symbolic link to nowhere.toml, which does not exist, not a file",
        "warning: not read: the name is not UTF-8",
        "6 files, 3 warnings)",
    ] {
        assert!(out.contains(expected), "{expected}\n{out}");
    }
}

#[cfg(unix)]
#[test]
fn a_required_file_that_is_not_a_file_says_what_it_is() {
    let (out, code) = check_after(|d| {
        fs::remove_file(d.join("ikz.toml")).unwrap();
        std::os::unix::fs::symlink("elsewhere/ikz.toml", d.join("ikz.toml")).unwrap();
        fs::remove_file(d.join("members.toml")).unwrap();
        fs::create_dir(d.join("members.toml")).unwrap();
    });
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("DATA/ikz.toml:1:1: error: this is a symbolic link to elsewhere/ikz.toml, which does not exist, not a file"),
        "{out}"
    );
    assert!(
        out.contains("DATA/members.toml:1:1: error: this is a folder, not a file"),
        "{out}"
    );
    assert!(!out.contains("missing"), "{out}");
}

#[test]
fn other_files_of_a_data_folder_are_left_alone() {
    let (out, code) = check_after(|d| {
        fs::write(d.join("README.md"), "# Data\n").unwrap();
        fs::write(d.join("ikz-matrix-2024.csv"), "id\n").unwrap();
        fs::create_dir(d.join(".git")).unwrap();
        fs::write(d.join("projects/.klimaschutz.toml.swp"), "x").unwrap();
    });
    assert_eq!(code, 0);
    assert!(out.contains("0 warnings"), "{out}");
}

#[test]
fn a_projects_that_is_not_a_folder_says_what_it_is() {
    let (out, code) = check_after(|d| {
        fs::remove_dir_all(d.join("projects")).unwrap();
        fs::write(d.join("projects"), "klimaschutz\n").unwrap();
    });
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("DATA/projects:1:1: error: projects is a file, not a folder"),
        "{out}"
    );
}
