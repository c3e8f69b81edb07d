//! Format 2 as a user sees it: a member a source says does not take part, and internal
//! and unchecked sources, in the detail, the copied text and the cells, in both
//! languages (the fixture `tests/fixtures/broken/format-2`).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use ikz::data::{Origin, load};
use ikz::model::{Cell, Model};
use ikz::present::detail::{Context, Subject, lines};
use ikz::present::theme::Theme;
use ikz::present::words::Lang;

fn format_2() -> (tempfile::TempDir, Model) {
    let dir = common::broken("format-2");
    let loaded = load(&Origin::Folder(dir.path().to_path_buf()));
    assert!(loaded.diagnostics.iter().all(|d| !d.is_error()));
    (dir, loaded.model)
}

fn detail(model: &Model, lang: Lang, year: Option<u16>) -> String {
    let p = model.project_by_id("klimaschutz").unwrap();
    let cx = Context {
        model,
        lang,
        theme: Theme { color: false },
        year,
        origin: "test",
    };
    lines(&cx, Subject::Project(Some(p)), 100)
        .iter()
        .map(|l| l.to_string().trim_end().to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_member_said_not_to_take_part_shows_as_not_taking_part_that_year() {
    let (_dir, model) = format_2();
    let p = model.project_by_id("klimaschutz").unwrap();
    let kreis = model.member_by_id("kreis-gross-gerau").unwrap();
    let raunheim = model.member_by_id("raunheim").unwrap();
    assert_eq!(model.cell(p, kreis, Some(2024)), Cell::No);
    // 2022: no count, and no source says it of the Kreis.
    assert_eq!(model.cell(p, kreis, Some(2022)), Cell::Unknown);
    // Raunheim's two entries, for years apart, from two sources.
    for y in [2022, 2023, 2024] {
        assert_eq!(model.cell(p, raunheim, Some(y)), Cell::Yes, "{y}");
    }
    let text = detail(&model, Lang::En, Some(2024));
    assert!(text.contains("Kreis Groß-Gerau"), "{text}");
}

#[test]
fn internal_and_unchecked_sources_are_said_apart_from_the_public_ones() {
    let (_dir, model) = format_2();
    let p = model.project_by_id("klimaschutz").unwrap();
    for (lang, internal) in [
        (Lang::En, "internal: Ordnungsamt Raunheim, März 2025"),
        (
            Lang::De,
            "interne Auskunft: Ordnungsamt Raunheim, März 2025",
        ),
    ] {
        let text = detail(&model, lang, Some(2024));
        let (public, office) = (
            text.find("Pressemitteilung").unwrap(),
            text.find("Auskunft zur Teilnahme 2024").unwrap(),
        );
        assert!(public < office, "public sources first:\n{text}");
        assert!(text.contains(internal), "{text}");
        let copied = ikz::present::copy::project(&model, p, Some(2024), lang);
        assert!(copied.contains(internal), "{copied}");
    }
    // The unchecked source of the other project, in the copied text.
    let v = model.project_by_id("vergabe").unwrap();
    let copied = ikz::present::copy::project(&model, v, None, Lang::De);
    assert!(
        copied.contains("Jahresbericht (nicht erneut geprüft"),
        "{copied}"
    );
}

#[test]
fn a_running_project_runs_as_far_as_a_source_shows_it() {
    let (_dir, model) = format_2();
    let g = model.project_by_id("gaststaettenrecht").unwrap();
    let s = model.project_by_id("streusalz").unwrap();
    assert_eq!(model.active_years(g), Some(2019..=2021));
    assert_eq!(model.unknown_years(g), Some(2022..=2024));
    assert_eq!(model.active_years(s), Some(2020..=2023));
    assert_eq!(model.unknown_years(s), Some(2024..=2024));
    assert_eq!(model.status_in(g, Some(2021)), ikz::model::Status::Running);
    assert_eq!(model.status_in(g, Some(2022)), ikz::model::Status::Unknown);
    assert!(!model.projects_in(Some(2022)).contains(&g));
    assert!(model.unknown_in(Some(2022)).contains(&g));
    // Klimaschutz's facts reach the data's last year: no year of unknown status.
    let k = model.project_by_id("klimaschutz").unwrap();
    assert_eq!(model.unknown_years(k), None);

    // The year's detail tells the running from those of unknown status.
    let cx = Context {
        model: &model,
        lang: Lang::De,
        theme: Theme { color: false },
        year: Some(2024),
        origin: "test",
    };
    // The lines joined as one text, wrapped or not.
    let text: String = lines(&cx, Subject::Year(Some(2024)), 100)
        .iter()
        .map(|l| l.to_string())
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        text.contains(
            "1 von einer Quelle im Jahr gezeigt, 2 weitere nur aus früheren Jahren bekannt"
        ),
        "{text}"
    );
}

/// `ikz projects --year` lists a project of unknown status that year after those that
/// ran, with its status as the table and the JSON say it: never "running".
#[test]
fn the_projects_of_a_year_name_those_of_unknown_status() {
    let dir = common::broken("format-2");
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_ikz"))
            .arg("--data")
            .arg(dir.path())
            .args(args)
            .env_remove("IKZ_DATA")
            .env("LANG", "C.UTF-8")
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let text = run(&["projects", "--year", "2022"]);
    let line = text
        .lines()
        .find(|l| l.contains("gaststaettenrecht"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(!line.contains("running"), "{line}");
    // Apart from a status not known in a year a source shows.
    assert!(line.contains("no source that year"), "{line}");
    let json = run(&["projects", "--year", "2022", "--format", "json"]);
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    let row = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "gaststaettenrecht")
        .unwrap_or_else(|| panic!("{json}"));
    assert_eq!(row["status"], "unknown", "{row}");
    // In 2021 it ran.
    let json = run(&["projects", "--year", "2021", "--format", "json"]);
    assert!(json.contains("\"running\""), "{json}");
}

/// The steering group's composition says when a source shows it.
#[test]
fn the_steering_group_says_as_of_when() {
    let (_dir, model) = format_2();
    for (lang, as_of, from_to) in [
        (Lang::De, "Stand: März 2019", "Von 2015 bis 2016"),
        (Lang::En, "As of: März 2019", "From 2015 to 2016"),
    ] {
        let cx = Context {
            model: &model,
            lang,
            theme: Theme { color: false },
            year: None,
            origin: "test",
        };
        let text: String = lines(&cx, Subject::Year(None), 100)
            .iter()
            .map(|l| l.to_string() + "\n")
            .collect();
        assert!(text.contains(as_of) && text.contains(from_to), "{text}");
    }
}

/// The timeline marks the years after the last one a source shows a project in as not
/// known, and does not count them as years it ran.
#[test]
fn the_timeline_marks_years_of_unknown_status() {
    use ikz::query::timeline::{Mark, Order, timeline};
    let (_dir, model) = format_2();
    let keys = ikz::query::grid::Keys::new(&model);
    let tl = timeline(&model, &keys, "", Order::Start, None);
    let g = model.project_by_id("gaststaettenrecht").unwrap();
    let row = tl.rows.iter().find(|r| r.project == g).unwrap();
    let at = |y: u16| row.marks[usize::from(y - tl.first_year)];
    assert_eq!(at(2021), Mark::Running);
    assert_eq!(at(2022), Mark::Unseen);
    assert_eq!(at(2024), Mark::Unseen);
    let i = usize::from(2022 - tl.first_year);
    assert_eq!(tl.per_year[i], model.projects_in(Some(2022)).len());
}

/// A folder of format 1 reads exactly as before format 2: the shipped data as it was
/// (`tests/fixtures/format-1-data`, format 1) checks clean, and the commands answer as
/// they did then, in German (`tests/fixtures/format-1-answers`, the outputs before the
/// shipped data moved to format 2).
#[test]
fn a_folder_of_format_1_reads_as_before() {
    let data =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/format-1-data");
    let answers =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/format-1-answers");
    let loaded = load(&Origin::Folder(data.clone()));
    assert!(loaded.diagnostics.is_empty());
    assert_eq!(loaded.model.format, 1);
    let commands: [(&str, &[&str]); 6] = [
        (
            "participants",
            &["participants", "klimaschutz", "--all-years"],
        ),
        ("years", &["years"]),
        ("member", &["member", "MW"]),
        ("timeline", &["timeline", "--member", "MW"]),
        ("projects_2024", &["projects", "--year", "2024"]),
        ("compare", &["compare", "MW", "TRE", "--year", "2024"]),
    ];
    for (name, args) in commands {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_ikz"))
            .arg("--data")
            .arg(&data)
            .args(args)
            .env_remove("IKZ_DATA")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "de_DE.UTF-8")
            .output()
            .unwrap();
        let expected = std::fs::read_to_string(answers.join(format!("{name}.txt"))).unwrap();
        assert_eq!(
            String::from_utf8(out.stdout).unwrap(),
            expected,
            "ikz {}",
            args.join(" ")
        );
    }
}
