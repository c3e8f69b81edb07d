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
