//! The matrix view drawn into ratatui's `TestBackend`: snapshots at 80×24 and 120×40 in
//! both languages, scrolled, sorted and filtered, and the marks that carry meaning.

use ratatui::style::{Color, Modifier};

use crate::app::tests::press;
use crate::app::{Context, keymap};
use crate::present::words::Lang;
use crate::ui::tests::{app_with, render, row_of, screen, text};

fn matrix(lang: Lang, w: u16, h: u16, keys: &str) -> String {
    let mut app = app_with(lang, w, h);
    press(&mut app, keys);
    screen(&app)
}

#[test]
fn matrix_80x24_en() {
    insta::assert_snapshot!(matrix(Lang::En, 80, 24, "m"));
}

#[test]
fn matrix_200x60_en() {
    insta::assert_snapshot!(matrix(Lang::En, 200, 60, "m"));
}

#[test]
fn matrix_200x60_de() {
    insta::assert_snapshot!(matrix(Lang::De, 200, 60, "m"));
}

#[test]
fn matrix_80x24_de() {
    insta::assert_snapshot!(matrix(Lang::De, 80, 24, "m"));
}

#[test]
fn matrix_120x40_en() {
    insta::assert_snapshot!(matrix(Lang::En, 120, 40, "0 m"));
}

#[test]
fn matrix_120x40_de() {
    insta::assert_snapshot!(matrix(Lang::De, 120, 40, "0 m"));
}

#[test]
fn matrix_scrolled_80x24_en() {
    // All years, the cursor on the last row and the last member: both axes scrolled.
    insta::assert_snapshot!(matrix(Lang::En, 80, 24, "0 m G L"));
}

#[test]
fn matrix_sorted_120x40_en() {
    // Rows by participation, columns by how many projects name the member.
    insta::assert_snapshot!(matrix(Lang::En, 120, 40, "0 m s s c c"));
}

#[test]
fn matrix_sorted_80x24_de() {
    insta::assert_snapshot!(matrix(Lang::De, 80, 24, "0 m s c"));
}

#[test]
fn matrix_filter_80x24_de() {
    insta::assert_snapshot!(matrix(Lang::De, 80, 24, "0 m / k l a e r"));
}

#[test]
fn matrix_header_row_120x40_en() {
    insta::assert_snapshot!(matrix(Lang::En, 120, 40, "0 m g k l l"));
}

#[test]
fn matrix_nothing_matches_80x24_en() {
    insta::assert_snapshot!(matrix(Lang::En, 80, 24, "m / z z z z enter"));
}

#[test]
fn matrix_help_lists_every_matrix_key() {
    let mut app = app_with(Lang::En, 120, 80);
    press(&mut app, "m ?");
    let t = text(&render(&app));
    for b in keymap::bindings(Context::Matrix).chain(keymap::bindings(Context::Filter)) {
        let line = format!("{}  ", b.keys_label(Lang::En, false));
        assert!(t.contains(&line), "help lacks {}:\n{t}", line);
        assert!(
            t.contains(b.describe(Lang::En)),
            "help lacks {}",
            b.describe(Lang::En)
        );
    }
}

#[test]
fn the_cursor_is_marked_by_symbols_and_style() {
    let mut app = app_with(Lang::En, 120, 40);
    press(&mut app, "0 m g H l l");
    let b = render(&app);
    let t = text(&b);
    // The row: ▶ before the title; the column: its code in brackets; the cell: [mark].
    let y = row_of(&b, "▶ Aufbau eines");
    let line: Vec<&str> = t.lines().collect();
    assert!(line[usize::from(y)].contains("[?]"), "{t}");
    let head = row_of(&b, "Project");
    // The cursor's column: its code underlined (the cell has the brackets).
    let bis = line[usize::from(head)].find("BIS").unwrap();
    let x_bis = line[usize::from(head)][..bis].chars().count() as u16;
    assert!(
        b[(x_bis, head)].modifier.contains(Modifier::UNDERLINED),
        "{t}"
    );
    let x = line[usize::from(y)].chars().position(|c| c == '[').unwrap() as u16;
    assert!(b[(x + 1, y)].modifier.contains(Modifier::REVERSED));
    // The total column shows the named count, "(?)" where no source gives the number.
    assert!(line[usize::from(y)].contains("1/15 (?)"), "{t}");
}

#[test]
fn no_color_keeps_every_mark() {
    let mut colored = app_with(Lang::En, 120, 40);
    colored.options.color = true;
    let mut plain = app_with(Lang::En, 120, 40);
    for app in [&mut colored, &mut plain] {
        press(app, "0 m j j l l");
    }
    let (cb, pb) = (render(&colored), render(&plain));
    assert_eq!(text(&cb), text(&pb));
    assert!(
        cb.content.iter().any(|c| c.bg != Color::Reset),
        "a crosshair in colour"
    );
    assert!(
        pb.content
            .iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset)
    );
}

#[test]
fn every_size_draws_the_matrix_without_panic() {
    let mut app = app_with(Lang::De, 80, 24);
    press(&mut app, "0 m G L");
    for (w, h) in [
        (1, 1),
        (2, 1),
        (1, 2),
        (59, 15),
        (60, 14),
        (60, 15),
        (61, 16),
        (300, 100),
    ] {
        app.handle(crate::app::Input::Resize(w, h));
        let t = screen(&app);
        if w < 60 || h < 15 {
            assert!(
                t.contains("Fenster zu klein") || w * h < 40,
                "{w}×{h}:\n{t}"
            );
        }
    }
}

#[test]
fn the_notation_names_the_members_of_the_data() {
    let loaded = crate::data::generate::load(crate::data::generate::Size {
        members: 40,
        projects: 30,
        years: 3,
        seed: 2,
    });
    let mut app = crate::app::App::new(
        loaded,
        crate::app::tests::options(),
        ratatui::layout::Rect::new(0, 0, 200, 50),
    );
    let browser = crate::ui::tests::screen(&app);
    crate::app::tests::press(&mut app, "tab m");
    let matrix = crate::ui::tests::screen(&app);
    assert!(matrix.contains("n/40"), "{matrix}");
    assert!(!matrix.contains("n/15"), "{matrix}");
    assert!(!browser.contains("n/15"), "{browser}");
}

#[test]
fn a_cut_info_line_ends_with_an_ellipsis() {
    use ratatui::text::Span;
    let spans = vec![
        Span::raw("Takes part: "),
        Span::raw("Büttelborn × Klimaschutz"),
    ];
    let cut = super::cut_to(spans.clone(), 20);
    let text: String = cut.iter().map(|s| s.content.to_string()).collect();
    assert_eq!(text, "Takes part: Büttelb…");
    assert_eq!(super::cut_to(spans, 80).len(), 2);
}
