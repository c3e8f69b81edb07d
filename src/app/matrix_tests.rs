//! The matrix view's part of the update function, fed through the real key table.

use ratatui::layout::Rect;

use super::super::tests::{app, click, focus, member_code, mx, press, project_id, tiny, wheel};
use super::super::{App, Effect, Input, Pane, View};
use crate::present::export::Kind;
use crate::query::grid::{ColumnOrder, RowOrder};

fn cursor_project(app: &App) -> &str {
    mx(app)
        .project()
        .map_or("", |p| app.data.model.project(p).id.as_str())
}

fn cursor_member(app: &App) -> &str {
    mx(app)
        .member()
        .map_or("", |m| app.data.model.member(m).code.as_str())
}

#[test]
fn m_opens_the_matrix_on_the_selection_and_m_or_esc_closes_it() {
    let mut app = app();
    press(&mut app, "j tab j j");
    let (project, member) = (project_id(&app).to_string(), member_code(&app).to_string());
    press(&mut app, "m");
    assert_eq!(app.view(), View::Matrix);
    assert_eq!(mx(&app).grid.spec.year, Some(2024));
    assert_eq!(cursor_project(&app), project);
    assert_eq!(cursor_member(&app), member);
    press(&mut app, "m");
    assert_eq!(app.view(), View::Browser);
    press(&mut app, "m esc");
    assert_eq!(app.view(), View::Browser);
    // The browser's selection is where it was.
    assert_eq!(project_id(&app), project);
}

#[test]
fn the_cursor_moves_over_cells_the_header_and_the_project_column() {
    let mut app = app();
    press(&mut app, "0 m g H");
    let rows = mx(&app).grid.rows.len();
    assert_eq!((mx(&app).row, mx(&app).col), (Some(0), None));
    press(&mut app, "k");
    assert_eq!(mx(&app).row, None, "above the first row: the header");
    press(&mut app, "k k");
    assert_eq!(mx(&app).row, None);
    press(&mut app, "j l l");
    assert_eq!((mx(&app).row, mx(&app).col), (Some(0), Some(1)));
    press(&mut app, "G L");
    assert_eq!(mx(&app).row, Some(rows - 1));
    assert_eq!(mx(&app).col, Some(14));
    press(&mut app, "j l right down");
    assert_eq!((mx(&app).row, mx(&app).col), (Some(rows - 1), Some(14)));
    press(&mut app, "h left");
    assert_eq!(mx(&app).col, Some(12));
    press(&mut app, "pgup pgup pgup");
    assert_eq!(mx(&app).row, Some(0), "PgUp stops at the first row");
    press(&mut app, "pgdn");
    assert!(mx(&app).row > Some(0));
    press(&mut app, "home");
    assert_eq!(mx(&app).row, Some(0));
}

#[test]
fn scrolling_keeps_the_cursor_on_screen_and_the_frozen_parts_in_place() {
    let mut app = app();
    press(&mut app, "0 m g H");
    let (rows, cols) = mx(&app).page(&app);
    assert!(
        rows < mx(&app).grid.rows.len(),
        "80×24 cannot show all 22 rows"
    );
    assert!(cols < 15, "nor all 15 members");
    press(&mut app, "G L");
    assert_eq!(mx(&app).rows.offset, mx(&app).grid.rows.len() - rows);
    assert_eq!(mx(&app).cols.offset, 15 - cols);
    press(&mut app, "g H");
    assert_eq!((mx(&app).rows.offset, mx(&app).cols.offset), (0, 0));
    // A smaller window scrolls to keep the cursor in view.
    press(&mut app, "G L");
    app.handle(Input::Resize(60, 15));
    let (rows, cols) = mx(&app).page(&app);
    let (r, c) = (mx(&app).row.unwrap(), mx(&app).col.unwrap());
    assert!((mx(&app).rows.offset..mx(&app).rows.offset + rows).contains(&r));
    assert!((mx(&app).cols.offset..mx(&app).cols.offset + cols).contains(&c));
    for (w, h) in [(1, 1), (0, 0), (59, 14), (300, 100)] {
        app.handle(Input::Resize(w, h));
        press(&mut app, "j l k h G g L H");
    }
}

#[test]
fn sorting_keeps_the_cursor_on_the_same_project_and_member() {
    let mut app = app();
    press(&mut app, "0 m");
    press(&mut app, "/ klimaschutz enter");
    press(&mut app, "esc");
    // The filter is dropped only in its prompt; esc left the matrix.
    assert_eq!(app.view(), View::Browser);
    press(&mut app, "m / ctrl-u esc");
    assert_eq!(mx(&app).grid.spec.filter, "");
    assert_eq!(mx(&app).grid.rows.len(), 22);
    // Put the cursor on Klimaschutz × RAU.
    let row = (0..22)
        .find(|&r| app.data.model.project(mx(&app).grid.rows[r].project).id == "klimaschutz")
        .unwrap();
    press(&mut app, "g H l");
    for _ in 0..row {
        press(&mut app, "j");
    }
    for _ in 0..9 {
        press(&mut app, "l");
    }
    assert_eq!(cursor_project(&app), "klimaschutz");
    assert_eq!(cursor_member(&app), "RAU");
    for (rows, columns) in [
        (RowOrder::Start, ColumnOrder::Data),
        (RowOrder::Count, ColumnOrder::Data),
        (RowOrder::Count, ColumnOrder::Name),
        (RowOrder::Count, ColumnOrder::Count),
        (RowOrder::Title, ColumnOrder::Count),
    ] {
        if mx(&app).grid.spec.rows != rows {
            press(&mut app, "s");
        }
        if mx(&app).grid.spec.columns != columns {
            press(&mut app, "S");
        }
        assert_eq!(mx(&app).grid.spec.rows, rows);
        assert_eq!(mx(&app).grid.spec.columns, columns);
        assert_eq!(cursor_project(&app), "klimaschutz");
        assert_eq!(cursor_member(&app), "RAU");
    }
}

#[test]
fn the_filter_narrows_the_rows_as_one_types() {
    let mut app = app();
    press(&mut app, "0 m f");
    assert_eq!(app.context(), super::super::Context::Filter);
    press(&mut app, "k l a e r");
    assert_eq!(mx(&app).filter_text(), "klaer");
    let titles: Vec<&str> = mx(&app)
        .grid
        .rows
        .iter()
        .map(|r| app.data.model.project(r.project).title.as_str())
        .collect();
    assert!(titles.contains(&"Klärschlammverwertung"), "{titles:?}");
    assert!(!titles.contains(&"Klimaschutz"), "{titles:?}");
    // In the prompt, q is text and does not quit.
    press(&mut app, "q");
    assert!(!app.quit);
    assert_eq!(mx(&app).filter_text(), "klaerq");
    press(&mut app, "bs enter");
    assert_eq!(mx(&app).prompt, None);
    assert_eq!(mx(&app).grid.spec.filter, "klaer");
    assert_eq!(mx(&app).grid.unfiltered, 22);
    // Open again: the filter is there to edit; Esc drops it.
    press(&mut app, "/");
    assert_eq!(mx(&app).filter_text(), "klaer");
    press(&mut app, "esc");
    assert_eq!(mx(&app).grid.spec.filter, "");
    assert_eq!(mx(&app).grid.rows.len(), 22);
    assert_eq!(app.view(), View::Matrix);
}

#[test]
fn a_filter_that_matches_nothing_leaves_a_safe_empty_matrix() {
    let mut app = app();
    press(&mut app, "m ctrl-f z z z z enter");
    assert!(mx(&app).grid.rows.is_empty());
    assert_eq!(mx(&app).row, None);
    press(&mut app, "j k G g l h L H pgdn pgup s S enter e");
    assert_eq!(app.view(), View::Matrix);
    assert_eq!(mx(&app).row, None);
    // Enter on the header opens the member; with no rows that is all it can do.
    let empty = tiny(&[]);
    let mut empty = empty;
    press(&mut empty, "m j l enter s S < > 0");
    assert!(mx(&empty).grid.rows.is_empty());
}

#[test]
fn year_keys_step_through_the_years() {
    let mut app = app();
    press(&mut app, "m");
    assert_eq!(mx(&app).grid.spec.year, Some(2024));
    press(&mut app, "<");
    assert_eq!(mx(&app).grid.spec.year, Some(2023));
    press(&mut app, ">");
    assert_eq!(mx(&app).grid.spec.year, Some(2024));
    press(&mut app, "> >");
    assert_eq!(mx(&app).grid.spec.year, Some(2025));
    assert!(app.message.is_some(), "says it is the last year");
    press(&mut app, "0");
    assert_eq!(mx(&app).grid.spec.year, None);
    assert_eq!(mx(&app).grid.rows.len(), 22);
    press(&mut app, ">");
    assert_eq!(
        mx(&app).grid.spec.year,
        Some(2013),
        "from all years to the first"
    );
    press(&mut app, "0 <");
    assert_eq!(
        mx(&app).grid.spec.year,
        Some(2025),
        "from all years to the latest"
    );
    for _ in 0..20 {
        press(&mut app, "<");
    }
    assert_eq!(mx(&app).grid.spec.year, Some(2013));
    assert!(app.message.is_some(), "says it is the first year");
    // The browser follows the same year.
    press(&mut app, "m");
    assert_eq!(app.selected_year(), Some(2013));
    press(&mut app, "> >");
    assert_eq!(app.selected_year(), Some(2015));
}

#[test]
fn enter_opens_the_cell_in_the_browser_and_esc_comes_back() {
    let mut app = app();
    press(&mut app, "0 m g H");
    press(&mut app, "j j l l l");
    let (project, member) = (
        cursor_project(&app).to_string(),
        cursor_member(&app).to_string(),
    );
    press(&mut app, "enter");
    assert_eq!(app.view(), View::Browser);
    assert_eq!(focus(&app), Pane::Projects);
    assert_eq!(project_id(&app), project);
    assert_eq!(member_code(&app), member);
    assert_eq!(app.selected_year(), None);
    press(&mut app, "esc");
    assert_eq!(app.view(), View::Matrix);
    assert_eq!(cursor_project(&app), project);
    assert_eq!(cursor_member(&app), member);
    // On the header row: the member.
    press(&mut app, "g k enter");
    assert_eq!(app.view(), View::Browser);
    assert_eq!(focus(&app), Pane::Members);
    assert_eq!(member_code(&app), member);
    // On the project column: the project.
    press(&mut app, "esc j H enter");
    assert_eq!(focus(&app), Pane::Projects);
}

#[test]
fn e_asks_for_an_export_and_the_status_says_where_it_went() {
    let mut app = app();
    press(&mut app, "e");
    assert_eq!(app.take_effect(), None, "no export from the browser");
    // The choice of files: the workbook ticked at first; the choice is kept.
    press(&mut app, "m e");
    assert_eq!(app.take_effect(), None, "nothing before Enter");
    press(&mut app, "enter");
    assert_eq!(
        app.take_effect(),
        Some(Effect::Export(vec![Kind::Workbook]))
    );
    press(&mut app, "e space j space j j space enter");
    assert_eq!(
        app.take_effect(),
        Some(Effect::Export(vec![Kind::CsvExcel, Kind::Markdown]))
    );
    press(&mut app, "e j space j j space enter");
    assert_eq!(app.take_effect(), None, "none ticked: nothing written");
    assert_eq!(
        app.message.as_deref(),
        Some("No file ticked: space ticks one.")
    );
    press(&mut app, "esc");
    let dir = tempfile::tempdir().unwrap();
    let result = crate::present::export::write(
        dir.path(),
        &app.data.model,
        &mx(&app).grid,
        crate::present::words::Lang::En,
        &[Kind::Csv, Kind::Markdown],
        &Default::default(),
    );
    app.exported(result);
    let message = app.message.clone().unwrap_or_default();
    assert!(message.contains("ikz-matrix-2024.csv"), "{message}");
    assert!(message.contains("ikz-matrix-2024.md"), "{message}");
    app.exported(Err(crate::present::export::Failed {
        path: "/home/amt/exporte".into(),
        error: std::io::Error::from(std::io::ErrorKind::StorageFull),
    }));
    assert_eq!(
        app.message.clone().unwrap_or_default(),
        "Export failed: /home/amt/exporte: the disk is full"
    );
}

#[test]
fn the_mouse_puts_the_cursor_and_the_wheel_scrolls() {
    let mut app = app();
    press(&mut app, "0 m g H");
    let g = crate::present::layout::matrix(app.size, &mx(&app).grid).unwrap();
    // The third row, the second member.
    click(&mut app, g.cells_x + g.cell_width + 1, g.body.y + 2);
    assert_eq!((mx(&app).row, mx(&app).col), (Some(2), Some(1)));
    click(&mut app, g.title_x + 1, g.body.y + 1);
    assert_eq!((mx(&app).row, mx(&app).col), (Some(1), None));
    click(&mut app, g.cells_x + 1, g.head.y);
    assert_eq!((mx(&app).row, mx(&app).col), (None, Some(0)));
    wheel(&mut app, g.cells_x, g.body.y, true);
    assert!(mx(&app).rows.offset > 0);
    wheel(&mut app, g.cells_x, g.body.y, false);
    assert_eq!(mx(&app).rows.offset, 0);
    // Clicks outside the cells change nothing and never panic.
    for (x, y) in [(0, 0), (79, 23), (g.cells_x, g.foot.y), (200, 200)] {
        click(&mut app, x, y);
    }
}

#[test]
fn view_matrix_opens_the_matrix_at_start() {
    let app = App::new(
        crate::data::load(&crate::data::Origin::BuiltIn),
        super::super::Options {
            view: View::Matrix,
            ..super::super::tests::options()
        },
        Rect::new(0, 0, 120, 40),
    );
    assert_eq!(app.view(), View::Matrix);
    assert_eq!(mx(&app).grid.rows.len(), 10);
    assert_eq!(cursor_project(&app), "kommunales-vergabezentrum");
}
