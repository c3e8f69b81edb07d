//! Drawing into ratatui's `TestBackend`: snapshots of each screen (as text) at 80×24 and
//! 120×40 in both languages, plus checks of the styles that carry meaning.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};

use super::draw;
use crate::app::tests::{options, press};
use crate::app::{App, Input, Options};
use crate::data::{Origin, load, load_memory};
use crate::present::words::Lang;

pub(crate) fn app_with(lang: Lang, w: u16, h: u16) -> App {
    App::new(
        load(&Origin::BuiltIn),
        Options { lang, ..options() },
        Rect::new(0, 0, w, h),
    )
}

pub(crate) fn render(app: &App) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(app.size.width, app.size.height)).unwrap();
    terminal.draw(|f| draw(f, app)).unwrap();
    terminal.backend().buffer().clone()
}

/// The screen as text, one line per row, trailing spaces kept visible by a final "|".
pub(crate) fn text(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in 0..area.height {
        for x in 0..area.width {
            out.push_str(buffer[(x, y)].symbol());
        }
        out.push_str("|\n");
    }
    out
}

pub(crate) fn screen(app: &App) -> String {
    text(&render(app))
}

#[test]
fn browser_80x24_en() {
    insta::assert_snapshot!(screen(&app_with(Lang::En, 80, 24)));
}

#[test]
fn browser_80x24_de() {
    insta::assert_snapshot!(screen(&app_with(Lang::De, 80, 24)));
}

#[test]
fn browser_120x40_en() {
    insta::assert_snapshot!(screen(&app_with(Lang::En, 120, 40)));
}

#[test]
fn browser_120x40_de() {
    insta::assert_snapshot!(screen(&app_with(Lang::De, 120, 40)));
}

#[test]
fn browser_200x60_en() {
    insta::assert_snapshot!(screen(&app_with(Lang::En, 200, 60)));
}

#[test]
fn browser_200x60_de() {
    insta::assert_snapshot!(screen(&app_with(Lang::De, 200, 60)));
}

/// After Enter on Klimaschutz: the members pane with its marks, named first; the detail
/// on the project.
#[test]
fn enter_on_a_project_80x24_de() {
    let mut app = app_with(Lang::De, 80, 24);
    press(&mut app, "j j enter");
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn enter_on_a_project_120x40_en() {
    let mut app = app_with(Lang::En, 120, 40);
    press(&mut app, "j j enter");
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn the_warnings_popup_is_sized_to_its_text() {
    let mut app = app_with(Lang::En, 80, 24);
    press(&mut app, "w");
    let t = screen(&app);
    assert!(t.contains("Warnings in the data"), "{t}");
    assert!(t.contains("No warnings and no errors in the data."), "{t}");
    assert!(t.contains("Esc, q or w closes this list."), "{t}");
    // Three lines of text and the frame: five rows, not the whole window.
    let lines: Vec<&str> = t.lines().collect();
    let top = lines
        .iter()
        .position(|l| l.contains("Warnings in the data"))
        .unwrap();
    let bottom = lines.iter().position(|l| l.contains('┗')).unwrap();
    assert_eq!(bottom - top + 1, 5, "{t}");
    insta::assert_snapshot!(t);
}

#[test]
fn member_leads_80x24_en() {
    let mut app = app_with(Lang::En, 80, 24);
    press(&mut app, "tab j j j j j");
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn project_with_count_only_120x40_de() {
    let mut app = app_with(Lang::De, 120, 40);
    press(&mut app, "j j j j");
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn all_years_cooperation_120x40_en() {
    let mut app = app_with(Lang::En, 120, 40);
    press(&mut app, "h g");
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn help_80x24_en() {
    let mut app = app_with(Lang::En, 80, 24);
    press(&mut app, "?");
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn help_120x40_de() {
    let mut app = app_with(Lang::De, 120, 40);
    press(&mut app, "?");
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn too_small_en() {
    insta::assert_snapshot!(screen(&app_with(Lang::En, 40, 10)));
}

#[test]
fn too_small_de() {
    insta::assert_snapshot!(screen(&app_with(Lang::De, 40, 10)));
}

fn data_errors(lang: Lang) -> App {
    let loaded = load_memory(&[
        ("ikz.toml", b"format = 1\n[coverage]\nfirst_year = 2020\nlast_year = 2021\n[cooperation]\nname = \"T\"\n"),
        ("members.toml", b"[[member]]\nid = \"a\"\nname = \"A\"\ncode = \"AA\"\n"),
        ("projects/p.toml", b"id = \"p\"\ntitel = \"P\"\nstatus = \"running\"\n"),
    ]);
    App::new(
        loaded,
        Options { lang, ..options() },
        Rect::new(0, 0, 80, 24),
    )
}

#[test]
fn data_errors_80x24_en() {
    insta::assert_snapshot!(screen(&data_errors(Lang::En)));
}

/// The problems themselves in German too, not only the screen around them.
#[test]
fn data_errors_80x24_de() {
    insta::assert_snapshot!(screen(&data_errors(Lang::De)));
}

#[test]
fn every_size_down_to_1x1_draws_without_panic() {
    let mut app = app_with(Lang::De, 80, 24);
    for (w, h) in [
        (1, 1),
        (2, 1),
        (1, 2),
        (10, 3),
        (59, 15),
        (60, 14),
        (60, 15),
        (61, 16),
        (200, 60),
    ] {
        app.handle(Input::Resize(w, h));
        for keys in ["", "?", "esc tab", "tab", "tab", "h g"] {
            press(&mut app, keys);
            let _ = render(&app);
        }
    }
}

/// The row of the screen that contains `needle`.
pub(crate) fn row_of(buffer: &Buffer, needle: &str) -> u16 {
    let t = text(buffer);
    t.lines()
        .position(|l| l.contains(needle))
        .map(|i| i as u16)
        .unwrap_or_else(|| panic!("{needle} not on screen:\n{t}"))
}

#[test]
fn the_selection_is_marked_by_symbol_and_style() {
    let app = app_with(Lang::En, 80, 24);
    let b = render(&app);
    let y = row_of(&b, "▶ Kommunales");
    let x = text(&b)
        .lines()
        .nth(usize::from(y))
        .unwrap()
        .chars()
        .position(|c| c == '▶')
        .unwrap() as u16;
    assert!(
        b[(x + 3, y)].modifier.contains(Modifier::REVERSED),
        "focused selection is reversed"
    );
    // The unfocused selection (the year) is marked ▷ and bold.
    let y = row_of(&b, "▷ 2024");
    let x = text(&b)
        .lines()
        .nth(usize::from(y))
        .unwrap()
        .chars()
        .position(|c| c == '▷')
        .unwrap() as u16;
    assert!(b[(x + 2, y)].modifier.contains(Modifier::BOLD));
}

#[test]
fn no_color_means_no_colour_but_the_same_symbols() {
    let mut colored = app_with(Lang::En, 80, 24);
    colored.options.color = true;
    let plain = app_with(Lang::En, 80, 24);
    let (cb, pb) = (render(&colored), render(&plain));
    assert_eq!(
        text(&cb),
        text(&pb),
        "the same text with and without colour"
    );
    assert!(
        cb.content.iter().any(|c| c.fg != Color::Reset),
        "colours when allowed"
    );
    assert!(
        pb.content
            .iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset),
        "no colour with NO_COLOR"
    );
}

#[test]
fn help_lists_every_browser_key_of_the_key_table() {
    let mut app = app_with(Lang::En, 120, 60);
    press(&mut app, "?");
    let t = text(&render(&app));
    let browser = crate::app::keymap::bindings(crate::app::Context::Browser);
    for b in browser.chain(crate::app::keymap::bindings(crate::app::Context::Search)) {
        let line = b.keys_label(Lang::En, false);
        assert!(
            t.lines()
                .any(|l| l.contains(&line) && l.contains(b.describe(Lang::En))),
            "help lacks {line} {}",
            b.describe(Lang::En)
        );
    }
}

#[test]
fn warnings_show_as_a_count_and_w_lists_them() {
    let loaded = load_memory(&[
        ("ikz.toml", b"format = 1\n[coverage]\nfirst_year = 2020\nlast_year = 2021\n[cooperation]\nname = \"T\"\n"),
        ("members.toml", b"[[member]]\nid = \"a\"\nname = \"A\"\ncode = \"AA\"\n"),
        ("projects/p.toml", b"id = \"p\"\ntitle = \"P\"\nstatus = \"running\"\nstart = 2020\n"),
    ]);
    let mut app = App::new(loaded, options(), Rect::new(0, 0, 100, 30));
    let t = screen(&app);
    assert!(t.lines().last().unwrap().contains("⚠ 1 warning (w)"), "{t}");
    press(&mut app, "w");
    let t = screen(&app);
    assert!(t.contains("Warnings in the data"), "{t}");
    assert!(
        t.contains("<memory>/projects/p.toml:1:6: warning: project `p` names no source"),
        "{t}"
    );
}

#[test]
fn search_80x24_en() {
    let mut app = app_with(Lang::En, 80, 24);
    press(&mut app, "/ klar");
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn search_120x40_de() {
    let mut app = app_with(Lang::De, 120, 40);
    press(&mut app, "/ kompetenz");
    insta::assert_snapshot!(screen(&app));
}

#[test]
fn search_highlights_the_matched_characters() {
    let mut app = app_with(Lang::En, 80, 24);
    press(&mut app, "/ ruess");
    let b = render(&app);
    let y = row_of(&b, "▶ member   Rüsselsheim am Main");
    let line: Vec<char> = text(&b)
        .lines()
        .nth(usize::from(y))
        .unwrap()
        .chars()
        .collect();
    let x = line.iter().position(|&c| c == 'R').unwrap();
    let lit: String = (x..x + 6)
        .filter(|&i| b[(i as u16, y)].modifier.contains(Modifier::UNDERLINED))
        .map(|i| line[i])
        .collect();
    assert_eq!(lit, "Rüss", "r, ü (for u and e), s, s");
}

/// At the smallest width, every project's cut title still reads differently.
#[test]
fn narrow_titles_stay_apart() {
    for lang in [Lang::En, Lang::De] {
        for (w, h) in [(60, 15), (60, 24), (70, 24)] {
            let mut app = app_with(lang, w, h);
            for years in ["", "g"] {
                press(&mut app, &format!("h {years} l"));
                let b = render(&app);
                let a = app.areas().unwrap();
                let inner = crate::present::layout::inner(a.projects);
                let rows: Vec<String> = (inner.y..inner.y + inner.height)
                    .map(|y| {
                        (inner.x..inner.x + inner.width)
                            .map(|x| b[(x, y)].symbol().to_string())
                            .collect::<String>()
                    })
                    .filter(|r| !r.trim().is_empty())
                    .collect();
                let mut titles: Vec<String> = rows
                    .iter()
                    .map(|r| {
                        r.chars()
                            .skip(2)
                            .take_while(|&c| c != '…')
                            .collect::<String>()
                    })
                    .map(|t| t.split("  ").next().unwrap_or_default().trim().to_string())
                    .collect();
                let n = titles.len();
                titles.sort();
                titles.dedup();
                assert_eq!(titles.len(), n, "{lang:?} {w}×{h}: {rows:#?}");
            }
        }
    }
}

/// The browser in German at 80×24 on a terminal that shows only ASCII.
fn ascii_app() -> App {
    App::new(
        load(&Origin::BuiltIn),
        Options {
            lang: Lang::De,
            glyphs: crate::text::Glyphs::Ascii,
            ..options()
        },
        Rect::new(0, 0, 80, 24),
    )
}

#[test]
fn a_terminal_without_utf8_gets_plain_ascii_with_the_legend_alike() {
    let mut app = ascii_app();
    let browser = screen(&app);
    assert!(browser.is_ascii(), "{browser}");
    // German letters as two where the row has room, never as one (Buttelborn).
    for two in [
        "Buettelborn",
        "Gross-Gerau",
        "Ueberwachung",
        "Klaerschlammverwertung",
        "oeffentlich-rechtliche",
        // Cut to make room, and saying so.
        "Moerfelden-Wa.",
    ] {
        assert!(browser.contains(two), "{two}:\n{browser}");
    }
    assert!(!browser.contains("Buttelborn"), "{browser}");
    // The boxes keep their width: every line as wide as the first.
    let width = browser.lines().next().map_or(0, str::len);
    assert!(browser.lines().all(|l| l.len() == width), "{browser}");
    insta::assert_snapshot!(browser);
    // The help names the arrow keys in words: `<` and `>` are the keys of the years.
    press(&mut app, "?");
    let help = screen(&app);
    assert!(help.contains("h, Links"), "{help}");
    assert!(!help.contains("h, <"), "{help}");
    press(&mut app, "esc");
    press(&mut app, "m");
    let matrix = screen(&app);
    assert!(matrix.is_ascii(), "{matrix}");
    assert!(
        matrix.contains("x beteiligt;  . nicht beteiligt"),
        "the legend explains the mark shown:\n{matrix}"
    );
}

/// On a terminal that shows only ASCII, the prompt's cursor stands after what was typed
/// as it is shown: "Buettelborn", one column further than "Büttelborn".
#[test]
fn the_cursor_follows_the_widened_letters() {
    use ratatui::backend::Backend as _;
    let mut app = ascii_app();
    press(&mut app, "/");
    for c in "Büttelborn".chars() {
        app.handle(crate::app::Input::Paste(c.to_string()));
    }
    app.settle();
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal.draw(|f| draw(f, &app)).unwrap();
    let at = terminal.backend_mut().get_cursor_position().unwrap();
    let row = text(terminal.backend().buffer())
        .lines()
        .nth(usize::from(at.y))
        .unwrap()
        .to_string();
    let before: String = row.chars().take(usize::from(at.x)).collect();
    assert!(before.ends_with("/ Buettelborn"), "{before:?} in {row:?}");
}

#[test]
fn search_with_more_results_than_rows_says_which_are_shown() {
    let mut app = app_with(Lang::En, 80, 24);
    press(&mut app, "/ k");
    let text = screen(&app);
    let n = app.search().map_or(0, |s| s.hits().len());
    assert!(n > 11, "{n}");
    assert!(text.contains(&format!("1–11/{n} ▼")), "{text}");
}

#[test]
fn a_leading_member_sees_the_projects_it_hosts_marked() {
    let mut app = app_with(Lang::De, 120, 40);
    // The members pane, down to Raunheim (the tenth member).
    press(&mut app, "tab j j j j j j j j j");
    let shown = screen(&app);
    assert!(shown.contains("┃▶ RAU  Raunheim"), "{shown}");
    assert!(
        shown.contains("│  ⌂ Überwachung des Gaststättenrechts"),
        "{shown}"
    );
    // Its other projects keep ✓; the detail says what it hosts; the legend explains ⌂.
    assert!(shown.contains("│  ✓ Klimaschutz"), "{shown}");
    assert!(
        shown.contains("Sitz von")
            && shown.contains("⌂ Überwachung des Gaststättenrechts (Ordnungsamt)"),
        "{shown}"
    );
    assert!(shown.contains("⌂ Sitz der Stelle (beteiligt)"), "{shown}");
}

/// At the smallest size every screen says how to get help and how to go back or quit,
/// in both languages; a long legend or message gives way first.
#[test]
fn every_screen_at_60x15_shows_help_and_the_way_out() {
    for lang in [Lang::En, Lang::De] {
        let (help, out): (&[&str], &[&str]) = match lang {
            Lang::En => (
                &["? help", "F1 help"],
                &["q quit", "Esc back", "Esc close", "m browser", "Esc clear"],
            ),
            Lang::De => (
                &["? Hilfe", "F1 Hilfe"],
                &[
                    "q beenden",
                    "Esc zurück",
                    "Esc schließen",
                    "m zurück",
                    "Esc verwerfen",
                ],
            ),
        };
        for keys in [
            "", "m", "t", "p", "!", "/", "m /", "?", "m a", "tab", "tab tab", "c",
        ] {
            let mut app = app_with(lang, 60, 15);
            press(&mut app, keys);
            let screen = screen(&app);
            let bar = screen.lines().last().unwrap_or_default();
            // Over the help itself, the way out is what counts (F1 closes it there).
            if keys != "?" {
                assert!(
                    help.iter().any(|h| bar.contains(h)),
                    "{lang:?} {keys:?}: {bar}"
                );
            }
            assert!(
                out.iter().any(|o| bar.contains(o)),
                "{lang:?} {keys:?}: {bar}"
            );
        }
    }
}

#[test]
fn the_choice_of_files_to_export_80x24_de() {
    let mut app = app_with(Lang::De, 80, 24);
    app.export_folder = "/home/anna/Dokumente".into();
    press(&mut app, "m e j space");
    insta::assert_snapshot!(screen(&app));
}
