//! Recording a fact from the matrix, as a user types it, with the terminal side's work
//! (planning, writing, reading anew) done as the terminal loop does it: the form, the
//! preview, the write into a data folder, undo and redo, and a colleague who was faster.

use super::edits::Way;
use super::record::{Field, Kind, Stage, State, Value};
use super::tests::{options, press};
use super::*;
use crate::data::edit::plan;
use crate::data::{Origin, load};
use crate::model::Cell;

/// A data folder of the built-in data (as `ikz init` writes it), open in the app at
/// 120×40 with the matrix of `year` on `project` and `member`.
pub(crate) fn folder_app(year: u16, project: &str, member: &str) -> (tempfile::TempDir, App) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("daten");
    crate::data::init::write(&dir).unwrap();
    let mut app = App::new(
        load(&Origin::Folder(dir)),
        options(),
        Rect::new(0, 0, 120, 40),
    );
    let row = (0..app.year_count())
        .find(|&r| app.year_at(r) == Some(year))
        .unwrap();
    app.set_year(row);
    app.project = app.data.model.project_by_id(project);
    app.member = app.data.model.member_by_id(member);
    press(&mut app, "m");
    (tmp, app)
}

/// The terminal side's work, as the loop does it after each key.
pub(crate) fn run_effects(app: &mut App) {
    while let Some(effect) = app.take_effect() {
        let wrote = matches!(effect, Effect::Write(_));
        crate::tui::edit_effect(app, effect);
        if wrote {
            let origin = app.data.from.clone();
            app.reload(load(&origin));
        }
    }
}

fn file(app: &App, rel: &str) -> String {
    let Origin::Folder(dir) = &app.data.from else {
        panic!("not a folder")
    };
    std::fs::read_to_string(dir.join(rel)).unwrap()
}

fn cell(app: &App, project: &str, member: &str, year: u16) -> Cell {
    let m = &app.data.model;
    m.participation(m.project_by_id(project).unwrap(), Some(year))
        .cell(m.member_by_id(member).unwrap())
}

fn source(app: &App) -> Option<&str> {
    form(app).pick().and_then(|p| p.source(&app.data.model))
}

fn form(app: &App) -> &RecordState {
    match app.top() {
        Some(Screen::Record(f)) => f,
        other => panic!("not the form: {other:?}"),
    }
}

#[test]
fn a_fact_recorded_from_the_matrix_is_written_and_undone_and_redone() {
    let (_tmp, mut app) = folder_app(2022, "gaststaettenrecht", "buettelborn");
    let original = file(&app, "projects/gaststaettenrecht.toml");
    assert_eq!(
        cell(&app, "gaststaettenrecht", "buettelborn", 2022),
        Cell::Unknown
    );
    press(&mut app, "a");
    // Offered first: takes part (the cell is not known), the source's field in focus;
    // Tab to the state, → does not take part, Shift-Tab back to the sources.
    assert_eq!(form(&app).state(), State::Yes);
    press(&mut app, "tab right");
    assert_eq!(form(&app).state(), State::No);
    press(&mut app, "shift-tab");
    // Typed text filters the sources; the first that fits is chosen.
    press(&mut app, "Lenkungsgruppe space 11.");
    assert_eq!(source(&app), Some("pm-2024"));
    press(&mut app, "enter");
    assert!(matches!(form(&app).stage, Stage::Planning));
    run_effects(&mut app);
    let Stage::Preview { lines, .. } = &form(&app).stage else {
        panic!("no preview: {:?}", form(&app).why)
    };
    assert!(
        lines.contains(
            &r#"+   { member = "buettelborn", years = [2022], sources = ["pm-2024"] },"#
                .to_string()
        ),
        "{lines:?}"
    );
    // Nothing is written before Enter on the preview.
    assert_eq!(file(&app, "projects/gaststaettenrecht.toml"), original);
    press(&mut app, "enter");
    run_effects(&mut app);
    assert!(app.top().is_some_and(|s| matches!(s, Screen::Matrix(_))));
    assert!(
        app.message
            .as_deref()
            .unwrap_or("")
            .starts_with("Written (u undoes it): "),
        "{:?}",
        app.message
    );
    assert_eq!(
        cell(&app, "gaststaettenrecht", "buettelborn", 2022),
        Cell::No
    );
    let written = file(&app, "projects/gaststaettenrecht.toml");
    assert!(
        written.contains(r#"{ member = "buettelborn", years = [2022], sources = ["pm-2024"] }"#)
    );
    // The state and the source written are offered first the next time.
    assert_eq!(app.last_state, Some(State::No));
    assert_eq!(
        app.last_sources.first().map(String::as_str),
        Some("pm-2024")
    );
    // u: the file as it was, byte for byte; Ctrl-r: as written again.
    press(&mut app, "u");
    run_effects(&mut app);
    assert_eq!(file(&app, "projects/gaststaettenrecht.toml"), original);
    assert_eq!(
        cell(&app, "gaststaettenrecht", "buettelborn", 2022),
        Cell::Unknown
    );
    press(&mut app, "ctrl-r");
    run_effects(&mut app);
    assert_eq!(file(&app, "projects/gaststaettenrecht.toml"), written);
    press(&mut app, "ctrl-r");
    assert_eq!(app.message.as_deref(), Some("Nothing to redo."));
}

#[test]
fn a_refused_edit_keeps_the_form_and_says_why() {
    // 14 reported in 2024, 14 named: Trebur taking part would make 15.
    let (_tmp, mut app) = folder_app(2024, "klimaschutz", "trebur");
    press(&mut app, "a pm-2024 enter");
    run_effects(&mut app);
    let f = form(&app);
    assert!(matches!(f.stage, Stage::Form));
    let why = f.why.as_deref().unwrap_or_default();
    assert!(why.contains("a source reports 14 taking part"), "{why}");
    assert!(why.contains("Ctrl-a makes the count 15"), "{why}");
    // Ctrl-a: planned again with the count changed to fit, from the same source.
    press(&mut app, "ctrl-a");
    run_effects(&mut app);
    let Stage::Preview { lines, notes, .. } = &form(&app).stage else {
        panic!("no preview: {:?}", form(&app).why)
    };
    assert!(
        notes.iter().any(|n| n.contains("from 14 to 15")),
        "{notes:?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("+   { year = 2024, count = 15")),
        "{lines:?}"
    );
    press(&mut app, "esc");
    // Esc: nothing written, the matrix again.
    press(&mut app, "esc");
    assert!(app.top().is_some_and(|s| matches!(s, Screen::Matrix(_))));
    assert!(app.history.done.is_empty());
}

#[test]
fn a_colleague_faster_writes_nothing_over_and_the_edit_stays() {
    let (_tmp, mut app) = folder_app(2024, "klimaschutz", "trebur");
    press(&mut app, "a tab right shift-tab pm-2024 enter");
    run_effects(&mut app);
    assert!(matches!(form(&app).stage, Stage::Preview { .. }));
    // A colleague saves the file between the preview and Enter.
    let Origin::Folder(dir) = app.data.from.clone() else {
        panic!()
    };
    let path = dir.join("projects/klimaschutz.toml");
    let theirs = std::fs::read_to_string(&path)
        .unwrap()
        .replace("field = ", "# note\nfield = ");
    std::fs::write(&path, &theirs).unwrap();
    press(&mut app, "enter");
    run_effects(&mut app);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), theirs);
    let f = form(&app);
    assert!(matches!(f.stage, Stage::Form));
    assert!(
        f.why
            .as_deref()
            .unwrap_or_default()
            .contains("was changed by someone else after the preview"),
        "{:?}",
        f.why
    );
    assert!(app.history.done.is_empty());
    // Enter again: planned on what is there now, and written beside their change.
    press(&mut app, "enter");
    run_effects(&mut app);
    press(&mut app, "enter");
    run_effects(&mut app);
    let now = std::fs::read_to_string(&path).unwrap();
    assert!(now.contains("# note\n") && now.contains(r#"member = "trebur", years = [2024]"#));
    // An undo over a colleague's later change is refused.
    std::fs::write(&path, now.replace("# note\n", "# note 2\n")).unwrap();
    press(&mut app, "u");
    let Some(Effect::Write(w)) = app.take_effect() else {
        panic!("no write")
    };
    assert_eq!(w.way, Way::Undo);
    let r = plan::write(&app.data.from, &w.changes);
    app.written(w, r);
    assert!(
        app.message
            .as_deref()
            .unwrap_or_default()
            .starts_with("Cannot be undone any more: "),
        "{:?}",
        app.message
    );
    // It never can be: it leaves the list.
    assert!(app.history.done.is_empty());
}

#[test]
fn where_there_is_nothing_to_record_in_it_says_why() {
    let mut app = super::tests::app();
    // On the built-in data: the form that makes a data folder of it.
    press(&mut app, "m a");
    assert_eq!(form(&app).kind, Kind::Folder);
    press(&mut app, "esc");
    let (_tmp, mut app) = folder_app(2024, "klimaschutz", "trebur");
    press(&mut app, "0 a");
    assert!(
        app.message
            .as_deref()
            .unwrap_or_default()
            .contains("Choose a year")
    );
    press(&mut app, "u");
    assert!(
        app.message
            .as_deref()
            .unwrap_or_default()
            .starts_with("Nothing to undo")
    );
}

#[test]
fn a_whole_row_recorded_at_once_is_one_write_and_one_undo() {
    let (_tmp, mut app) = folder_app(2022, "gaststaettenrecht", "buettelborn");
    let original = file(&app, "projects/gaststaettenrecht.toml");
    // `*` marks the row, space takes one mark off again, `#` marks and unmarks a column.
    press(&mut app, "*");
    assert!(
        app.message
            .as_deref()
            .unwrap_or("")
            .starts_with("15 cells marked"),
        "{:?}",
        app.message
    );
    press(&mut app, "space");
    assert!(
        app.message
            .as_deref()
            .unwrap_or("")
            .starts_with("14 cells marked")
    );
    press(&mut app, "space");
    // The column of 4 projects: 3 more; again: all 4 off, the cursor's too; space: back.
    press(&mut app, "#");
    assert_eq!(app.matrix().unwrap().marks.len(), 18);
    press(&mut app, "# space");
    assert_eq!(app.matrix().unwrap().marks.len(), 15);
    press(&mut app, "a");
    assert!(matches!(&form(&app).kind, Kind::Takes(c) if c.len() == 15));
    assert_eq!(form(&app).title(&app), "Record: 15 cells · 2022");
    press(&mut app, "pm-2024 enter");
    run_effects(&mut app);
    let Stage::Preview { lines, .. } = &form(&app).stage else {
        panic!("no preview: {:?}", form(&app).why)
    };
    assert_eq!(
        lines.iter().filter(|l| l.starts_with("+ ")).count(),
        15,
        "{lines:?}"
    );
    press(&mut app, "enter");
    run_effects(&mut app);
    let m = &app.data.model;
    let part = m.participation(m.project_by_id("gaststaettenrecht").unwrap(), Some(2022));
    assert_eq!(part.listed.len(), 15);
    assert!(
        app.matrix().unwrap().marks.is_empty(),
        "the marks go with the write"
    );
    assert_eq!(app.history.done.len(), 1);
    press(&mut app, "u");
    run_effects(&mut app);
    assert_eq!(file(&app, "projects/gaststaettenrecht.toml"), original);
}

#[test]
fn not_known_of_a_cell_the_count_decides_says_what_to_change_instead() {
    // Klimaschutz 2024: 14 reported and 14 named, so Trebur reads "does not" by the count.
    let (_tmp, mut app) = folder_app(2024, "klimaschutz", "trebur");
    assert_eq!(cell(&app, "klimaschutz", "trebur", 2024), Cell::No);
    press(&mut app, "a tab left");
    assert_eq!(form(&app).state(), State::Unknown);
    press(&mut app, "enter");
    run_effects(&mut app);
    let why = form(&app).why.clone().unwrap_or_default();
    assert!(
        why.contains("only because everyone the count reports is named"),
        "{why}"
    );
    // Nothing was written: the next form offers what it offers at first.
    press(&mut app, "esc a");
    assert_eq!(form(&app).state(), State::Yes);
}

#[test]
fn in_the_browser_the_selected_project_and_member_are_recorded() {
    let (_tmp, mut app) = folder_app(2022, "gaststaettenrecht", "buettelborn");
    // Back to the browser: the project and member stay selected.
    press(&mut app, "m a");
    assert_eq!(
        form(&app).title(&app),
        "Record: Überwachung des Gaststättenrechts · Büttelborn · 2022"
    );
    press(&mut app, "pm-2024 enter");
    run_effects(&mut app);
    press(&mut app, "enter");
    run_effects(&mut app);
    assert_eq!(
        cell(&app, "gaststaettenrecht", "buettelborn", 2022),
        Cell::Yes
    );
    assert!(matches!(app.top(), Some(Screen::Browser(_))));
}

#[test]
fn a_range_of_years_is_one_entry_and_years_that_are_none_say_so() {
    let (_tmp, mut app) = folder_app(2022, "gaststaettenrecht", "buettelborn");
    // From the sources' field: Tab to the state, Tab to the years.
    press(&mut app, "a tab tab ctrl-u 2020-2021 tab pm-2024 enter");
    run_effects(&mut app);
    let Stage::Preview { lines, .. } = &form(&app).stage else {
        panic!("no preview: {:?}", form(&app).why)
    };
    assert!(
        lines
            .iter()
            .any(|l| l.contains(r#"member = "buettelborn", years = [2020, 2021]"#)),
        "{lines:?}"
    );
    assert!(form(&app).said.contains("2020–2021"), "{}", form(&app).said);
    press(&mut app, "esc tab tab ctrl-u 2023-2021 enter");
    assert_eq!(
        form(&app).why.as_deref(),
        Some("Years: a year such as 2024, or a range such as 2022-2024.")
    );
    assert!(app.take_effect().is_none(), "nothing is planned");
}

#[test]
fn a_count_is_recorded_and_an_empty_one_takes_it_out() {
    let (_tmp, mut app) = folder_app(2024, "klimaschutz", "trebur");
    press(&mut app, "A");
    assert_eq!(form(&app).title(&app), "Record the count: Klimaschutz");
    // The count there is, offered to change.
    assert!(matches!(form(&app).value(Field::Count), Some(Value::Text(l)) if l.text == "14"));
    press(&mut app, "ctrl-u 15 tab tab pm-2024 enter");
    run_effects(&mut app);
    let Stage::Preview { lines, .. } = &form(&app).stage else {
        panic!("no preview: {:?}", form(&app).why)
    };
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("+ ") && l.contains("count = 15")),
        "{lines:?}"
    );
    press(&mut app, "enter");
    run_effects(&mut app);
    let m = &app.data.model;
    let p = m.project_by_id("klimaschutz").unwrap();
    assert_eq!(m.participation(p, Some(2024)).reported, Some(15));
    // Not a number: said in the form.
    press(&mut app, "A ctrl-u viele enter");
    assert_eq!(
        form(&app).why.as_deref(),
        Some("`viele` is not a count: a whole number, or empty for not known.")
    );
    // Empty: not known, without a source.
    press(&mut app, "ctrl-u enter");
    run_effects(&mut app);
    press(&mut app, "enter");
    run_effects(&mut app);
    let m = &app.data.model;
    let p = m.project_by_id("klimaschutz").unwrap();
    assert_eq!(m.participation(p, Some(2024)).reported, None);
}

#[test]
fn a_new_source_is_made_in_the_form_and_chosen_there() {
    let (_tmp, mut app) = folder_app(2022, "gaststaettenrecht", "buettelborn");
    // Nothing fits what is typed: the last entry, a new source, is chosen.
    press(&mut app, "a Schreiben space Ordnungsamt");
    let pick = form(&app).pick().unwrap();
    assert!(pick.new_chosen(&app.data.model));
    press(&mut app, "enter");
    assert_eq!(form(&app).kind, Kind::Source);
    // Internal at first, the title what was typed; who said it is needed, and when.
    assert!(form(&app).internal());
    press(&mut app, "enter");
    assert_eq!(
        form(&app).why.as_deref(),
        Some("An internal source says when it was said: the date.")
    );
    press(&mut app, "tab tab 2025-03-12 enter");
    run_effects(&mut app);
    assert_eq!(
        form(&app).why.as_deref(),
        Some("Say which office or role said it.")
    );
    // A web address that is none.
    press(
        &mut app,
        "shift-tab shift-tab shift-tab right tab ftp://x enter",
    );
    run_effects(&mut app);
    assert_eq!(
        form(&app).why.as_deref(),
        Some("`ftp://x` is not a web address (http or https); what an office said is internal.")
    );
    press(
        &mut app,
        "shift-tab left tab ctrl-u Ordnungsamt space Raunheim enter",
    );
    run_effects(&mut app);
    assert!(
        form(&app)
            .said
            .starts_with("new internal source schreiben-ordnungsamt: Schreiben Ordnungsamt"),
        "{}",
        form(&app).said
    );
    press(&mut app, "enter");
    run_effects(&mut app);
    // Back in the first form, the new source chosen.
    assert!(matches!(form(&app).kind, Kind::Takes(_)));
    assert_eq!(source(&app), Some("schreiben-ordnungsamt"));
    assert!(file(&app, "sources.toml").contains("by = \"Ordnungsamt Raunheim\""));
    press(&mut app, "enter");
    run_effects(&mut app);
    press(&mut app, "enter");
    run_effects(&mut app);
    assert_eq!(
        cell(&app, "gaststaettenrecht", "buettelborn", 2022),
        Cell::Yes
    );
    // Two edits: undone one after the other, the source last.
    press(&mut app, "u");
    run_effects(&mut app);
    press(&mut app, "u");
    run_effects(&mut app);
    assert!(!file(&app, "sources.toml").contains("Ordnungsamt Raunheim"));
}

#[test]
fn a_new_project_is_a_file_of_its_own_that_undo_names() {
    let (_tmp, mut app) = folder_app(2024, "klimaschutz", "trebur");
    press(&mut app, "N");
    assert_eq!(form(&app).title(&app), "New project");
    press(
        &mut app,
        "Gemeinsame space Bauhöfe tab Bauen tab tab right tab pm-2024 enter",
    );
    run_effects(&mut app);
    let Stage::Preview { lines, .. } = &form(&app).stage else {
        panic!("no preview: {:?}", form(&app).why)
    };
    assert_eq!(
        lines.first().map(String::as_str),
        Some("projects/gemeinsame-bauhoefe.toml")
    );
    assert!(
        lines.contains(&"+ status = \"planned\"".to_string()),
        "{lines:?}"
    );
    press(&mut app, "enter");
    run_effects(&mut app);
    let p = app.data.model.project_by_id("gemeinsame-bauhoefe").unwrap();
    assert_eq!(app.data.model.project(p).start, Some(2024));
    // The same title again is refused in the form.
    press(
        &mut app,
        "N Gemeinsame space Bauhöfe tab tab tab tab pm-2024 enter",
    );
    run_effects(&mut app);
    assert_eq!(
        form(&app).why.as_deref(),
        Some("There is a project titled `Gemeinsame Bauhöfe` already (gemeinsame-bauhoefe).")
    );
    press(&mut app, "esc");
    // u does not delete a file: it says which, and leaves the list.
    press(&mut app, "u");
    assert!(
        app.message
            .as_deref()
            .unwrap_or_default()
            .starts_with("A new file is not taken away by undo: delete "),
        "{:?}",
        app.message
    );
    assert!(app.history.done.is_empty());
}

#[test]
fn on_the_built_in_data_the_first_edit_asks_for_a_folder() {
    let mut app = super::tests::app();
    app.new_folder = "/home/x/Dokumente/IKZ-Daten".into();
    press(&mut app, "m A");
    assert_eq!(form(&app).kind, Kind::Folder);
    assert_eq!(form(&app).folder_typed(), "/home/x/Dokumente/IKZ-Daten");
    press(&mut app, "ctrl-u enter");
    assert_eq!(form(&app).why.as_deref(), Some("Type the folder to make."));
    press(&mut app, "S:\\IKZ enter");
    assert_eq!(
        app.take_effect(),
        Some(Effect::Init(std::path::PathBuf::from("S:\\IKZ")))
    );
}

#[test]
fn a_long_preview_scrolls() {
    let (_tmp, mut app) = folder_app(2022, "gaststaettenrecht", "buettelborn");
    press(&mut app, "* a pm-2024 enter");
    run_effects(&mut app);
    press(&mut app, "down down pgdn");
    let Stage::Preview { scroll, .. } = &form(&app).stage else {
        panic!("no preview")
    };
    assert_eq!(*scroll, 12);
    press(&mut app, "up pgup pgup");
    let Stage::Preview { scroll, .. } = &form(&app).stage else {
        panic!("no preview")
    };
    assert_eq!(*scroll, 0);
}

#[test]
fn text_pasted_into_a_form_passes_the_loaders_rules() {
    let (_tmp, mut app) = folder_app(2022, "gaststaettenrecht", "buettelborn");
    press(&mut app, "N");
    app.handle(Input::Paste("Bau\u{202E}höfe".to_string()));
    press(&mut app, "tab tab tab tab pm-2024 enter");
    run_effects(&mut app);
    // Refused in the form, at its place in the file as it would be written.
    let why = form(&app).why.clone().unwrap_or_default();
    assert!(
        why.contains("projects/bau-hoefe.toml:2:13: error: `title` contains the invisible direction control U+202E"),
        "{why}"
    );
    assert!(matches!(form(&app).stage, Stage::Form));
}
