//! The screens through a terminal that counts cells per code point, as tmux and glibc
//! do (the `vt100` crate): random text — flags, emoji joined into one, skin tones,
//! variation selectors, keycaps, wide and combining characters, any other character —
//! in every text field of the data, drawn by the real crossterm backend at three sizes,
//! one frame after another. After every frame each cell of the terminal holds what the
//! frame drew there: no stale character stays from an earlier one.
//!
//! Cases: `PROPTEST_CASES` (64 by default, so CI stays quick).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use proptest::prelude::*;
use ratatui::backend::CrosstermBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use unicode_width::UnicodeWidthStr;

use ikz::app::{App, Input, Options, View};
use ikz::present::words::Lang;

/// The graphemes whose cells differ between terminals, and others around them.
const PIECES: &[&str] = &[
    "🇩🇪",
    "🇫🇷",
    "👩\u{200D}👩\u{200D}👧",
    "👨\u{200D}🚒",
    "👍🏽",
    "❤\u{FE0F}",
    "☺\u{FE0F}",
    "1\u{FE0F}\u{20E3}",
    "🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}",
    "🚒",
    "語",
    "ＡＢ",
    "o\u{0308}",
    "e\u{0301}\u{0302}",
    "ä",
    "ß",
    " ",
    "Rhein",
    "-",
];

/// A text of pieces and any other characters (those the loader refuses make the errors
/// screen, which is drawn all the same).
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(PIECES).prop_map(str::to_string),
        // Not U+FFFD: the model's parser takes it for its own mark of broken UTF-8 and
        // shows nothing, where terminals show the replacement character.
        1 => any::<char>().prop_filter("U+FFFD", |&c| c != '\u{FFFD}').prop_map(|c| c.to_string()),
    ];
    proptest::collection::vec(piece, 1..12).prop_map(|p| p.concat())
}

/// `content` with the first line that starts with `key = ` (and, for a multi-line
/// string, the lines up to its end) set to `value`, as a TOML string.
fn set(content: &str, key: &str, value: &str) -> String {
    let quoted = toml::Value::String(value.to_string()).to_string();
    let start = format!("{key} = ");
    let Some(at) = content.find(&format!("\n{start}")).map(|i| i + 1) else {
        return content.to_string();
    };
    let rest = &content[at + start.len()..];
    let end = if let Some(body) = rest.strip_prefix("\"\"\"") {
        at + start.len() + 3 + body.find("\"\"\"").unwrap() + 3
    } else {
        at + rest
            .find('\n')
            .map_or(content.len() - at, |i| i + start.len())
    };
    format!("{}{start}{quoted}{}", &content[..at], &content[end..])
}

/// The shipped data with `texts` in every text field the screens show: members' names,
/// a project's title, field, summary, note and milestones, the sources' titles.
fn data_with(texts: &[String]) -> ikz::data::Loaded {
    let text = |i: usize| texts[i % texts.len()].as_str();
    let mut files = common::shipped_texts();
    for (rel, content) in &mut files {
        match rel.as_str() {
            "members.toml" => {
                *content = content
                    .replacen("name = \"Bischofsheim\"", "name = \"@0\"", 1)
                    .replacen("name = \"Büttelborn\"", "name = \"@1\"", 1);
                for i in 0..2 {
                    let quoted = toml::Value::String(text(i).to_string()).to_string();
                    *content = content.replacen(&format!("\"@{i}\""), &quoted, 1);
                }
            }
            "projects/klimaschutz.toml" => {
                for (i, key) in ["title", "field", "summary", "note"]
                    .into_iter()
                    .enumerate()
                {
                    *content = set(content, key, text(i + 2));
                }
                *content = content
                    .lines()
                    .enumerate()
                    .map(|(i, l)| match l.strip_prefix("text = ") {
                        Some(_) => format!("text = {}", toml::Value::String(text(i).to_string())),
                        None => l.to_string(),
                    })
                    .collect::<Vec<_>>()
                    .join("\n");
            }
            "sources.toml" => {
                *content = content
                    .lines()
                    .enumerate()
                    .map(|(i, l)| match l.strip_prefix("title = ") {
                        Some(_) => format!("title = {}", toml::Value::String(text(i).to_string())),
                        None => l.to_string(),
                    })
                    .collect::<Vec<_>>()
                    .join("\n");
            }
            _ => {}
        }
    }
    common::load_texts(&files)
}

#[test]
fn the_texts_go_where_the_screens_show_them() {
    let loaded = data_with(&["Eins 🇩🇪".to_string(), "Zwei".to_string()]);
    assert_eq!(loaded.errors(), 0, "{:#?}", loaded.diagnostics);
    let m = &loaded.model;
    let p = m.projects.iter().find(|p| p.id == "klimaschutz").unwrap();
    assert_eq!(p.title, "Eins 🇩🇪");
    assert_eq!(p.field.as_deref(), Some("Zwei"));
    assert_eq!(p.summary.as_deref(), Some("Eins 🇩🇪"));
    assert!(
        p.milestones
            .iter()
            .all(|x| x.text == "Eins 🇩🇪" || x.text == "Zwei")
    );
    assert!(m.members.iter().any(|x| x.name == "Eins 🇩🇪"));
    assert!(
        m.sources
            .iter()
            .all(|x| x.title == "Eins 🇩🇪" || x.title == "Zwei")
    );
}

fn keys(app: &mut App, keys: &str) {
    for c in keys.chars() {
        let code = match c {
            '\n' => KeyCode::Enter,
            '\t' => KeyCode::Tab,
            '\u{1b}' => KeyCode::Esc,
            c => KeyCode::Char(c),
        };
        app.handle(Input::Key(KeyEvent::new(code, KeyModifiers::NONE)));
        app.settle();
    }
}

/// Bytes written, shared with whoever reads them.
#[derive(Clone, Default)]
struct Tap(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl std::io::Write for Tap {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A terminal that draws into bytes, and the per-code-point terminal that reads them.
struct Screens {
    terminal: Terminal<CrosstermBackend<Tap>>,
    tap: Tap,
    model: vt100::Parser,
}

impl Screens {
    fn new(w: u16, h: u16) -> Screens {
        let options = TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, w, h)),
        };
        let tap = Tap::default();
        let nonzero = |n: u16| std::num::NonZeroU16::new(n).unwrap();
        Screens {
            terminal: Terminal::with_options(CrosstermBackend::new(tap.clone()), options).unwrap(),
            tap,
            model: vt100::Parser::new(nonzero(h), nonzero(w), 0),
        }
    }

    /// Draws the app as the browser does, passes the bytes to the model and returns what
    /// the frame drew.
    fn draw(&mut self, app: &App) -> Buffer {
        let frame = self.terminal.draw(|f| ikz::ui::draw(f, app)).unwrap();
        let drawn = frame.buffer.clone();
        let bytes = std::mem::take(&mut *self.tap.0.borrow_mut());
        self.model.process(&bytes);
        drawn
    }

    /// Every cell of the model holds what the frame drew there.
    fn agree(&self, drawn: &Buffer, what: &str) -> Result<(), TestCaseError> {
        let screen = self.model.screen();
        for y in 0..drawn.area.height {
            let mut x = 0;
            while x < drawn.area.width {
                let symbol = drawn[(x, y)].symbol();
                let width = symbol.width().max(1) as u16;
                let cell = screen.cell(y, x).unwrap();
                let shown = if cell.contents().is_empty() {
                    " ".to_string()
                } else {
                    cell.contents().to_string()
                };
                prop_assert_eq!(
                    &shown,
                    symbol,
                    "{} at {},{}: the terminal shows {:?} where the frame drew {:?}\nterminal:\n{}",
                    what,
                    x,
                    y,
                    shown,
                    symbol,
                    screen.contents()
                );
                x += width;
            }
        }
        Ok(())
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(64),
        ..ProptestConfig::default()
    })]

    #[test]
    fn no_stale_cell_in_a_terminal_that_counts_code_points(
        texts in proptest::collection::vec(text(), 5),
    ) {
        for (w, h) in [(60, 15), (80, 24), (120, 40)] {
            let options = Options {
                lang: Lang::De,
                mouse: true,
                color: true,
                glyphs: ikz::text::Glyphs::All,
                view: View::Browser,
            };
            let mut app = App::new(data_with(&texts), options, Rect::new(0, 0, w, h));
            let mut screens = Screens::new(w, h);
            // The browser; then the project and members moved over, the matrix, the
            // timeline, the search: each frame over the one before.
            let drawn = screens.draw(&app);
            screens.agree(&drawn, "first frame")?;
            for step in ["jjj", "\tj", "\tjj", "m", "ll", "m", "t", "j", "\u{1b}", "/klima", "\u{1b}", "!"] {
                keys(&mut app, step);
                let drawn = screens.draw(&app);
                screens.agree(&drawn, &format!("{w}×{h} after {step:?}"))?;
            }
        }
    }
}
