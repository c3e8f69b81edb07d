//! One table of keys: (keys, action, description, where). The dispatcher, the status-bar
//! hints and the help overlay all read it, so they can never disagree.
//!
//! No action needs a key that German keyboards reach only with AltGr.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::present::words::Lang;

/// What a key asks for; [`super::App::update`] carries it out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    NextPane,
    PrevPane,
    PaneLeft,
    PaneRight,
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    Follow,
    Back,
    Help,
    Problems,
    Close,
    Quit,
    OpenSearch,
    /// A character typed into the search prompt.
    Insert(char),
    CursorLeft,
    CursorRight,
    LineStart,
    LineEnd,
    DeleteBack,
    DeleteWord,
    ClearLine,
    /// Open the matrix view (from the browser) or close it.
    ToggleMatrix,
    ColumnLeft,
    ColumnRight,
    FirstColumn,
    LastColumn,
    SortRows,
    SortColumns,
    PrevYear,
    NextYear,
    AllYears,
    Export,
    Reload,
}

/// Where a binding works: a screen's own keys, or a layer of keys that work in several.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Keys that work on every screen (quit, help).
    Global,
    /// Keys that work on the two views, the browser and the matrix, but not in a prompt
    /// or a popup (where `q` and `?` are text or close).
    Views,
    /// The panes.
    Browser,
    /// A popup over the panes (help, warnings).
    Overlay,
    /// The screen that lists the errors of the data.
    Errors,
    /// The search prompt: every printable key is text there.
    Search,
    /// The matrix view.
    Matrix,
    /// The matrix's filter prompt: every printable key is text there.
    Filter,
}

/// One key: a key code and whether Ctrl is held. For characters, Shift is part of the
/// character (`G`, `?`), so it is not compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

const fn k(code: KeyCode) -> Key {
    Key { code, ctrl: false }
}

const fn c(ch: char) -> Key {
    Key {
        code: KeyCode::Char(ch),
        ctrl: false,
    }
}

const fn ctrl(ch: char) -> Key {
    Key {
        code: KeyCode::Char(ch),
        ctrl: true,
    }
}

pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub context: Context,
    /// The short words of the status bar (English, German), for the few bindings it shows.
    pub bar: Option<(&'static str, &'static str)>,
    pub en: &'static str,
    pub de: &'static str,
}

impl Binding {
    /// The status bar's word for this binding, if the bar shows it.
    pub fn bar_word(&self, lang: Lang) -> Option<&'static str> {
        self.bar
            .map(|(en, de)| if lang == Lang::De { de } else { en })
    }

    pub fn describe(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::De => self.de,
        }
    }

    /// "j, ↓", "Tab", "/, Ctrl-f" (a slash would not do: `/` is a key).
    pub fn keys_label(&self) -> String {
        self.keys
            .iter()
            .map(|k| key_label(*k))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

use Action as A;
use Context::{Browser, Errors, Filter, Global, Matrix, Overlay, Search, Views};
use KeyCode as K;

#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    Binding { keys: &[c('w')], action: A::Problems, context: Views, bar: None, en: "warnings and errors in the data", de: "Warnungen und Fehler in den Daten" },
    Binding { keys: &[c('r')], action: A::Reload, context: Views, bar: None, en: "read the data folder again (it is also watched)", de: "Datenordner neu lesen (er wird auch beobachtet)" },
    Binding { keys: &[c('?')], action: A::Help, context: Views, bar: Some(("help", "Hilfe")), en: "help", de: "Hilfe" },
    Binding { keys: &[c('q')], action: A::Quit, context: Views, bar: Some(("quit", "Ende")), en: "quit", de: "beenden" },
    Binding { keys: &[k(K::F(1))], action: A::Help, context: Global, bar: None, en: "help", de: "Hilfe" },
    Binding { keys: &[ctrl('c')], action: A::Quit, context: Global, bar: None, en: "quit", de: "beenden" },
    Binding { keys: &[k(K::Tab)], action: A::NextPane, context: Browser, bar: None, en: "next pane", de: "nächster Bereich" },
    Binding { keys: &[k(K::BackTab)], action: A::PrevPane, context: Browser, bar: None, en: "previous pane", de: "voriger Bereich" },
    Binding { keys: &[c('h'), k(K::Left)], action: A::PaneLeft, context: Browser, bar: None, en: "pane to the left", de: "Bereich links" },
    Binding { keys: &[c('l'), k(K::Right)], action: A::PaneRight, context: Browser, bar: None, en: "pane to the right", de: "Bereich rechts" },
    Binding { keys: &[c('j'), k(K::Down)], action: A::Down, context: Browser, bar: None, en: "down", de: "abwärts" },
    Binding { keys: &[c('k'), k(K::Up)], action: A::Up, context: Browser, bar: None, en: "up", de: "aufwärts" },
    Binding { keys: &[c('g'), k(K::Home)], action: A::Top, context: Browser, bar: None, en: "first item", de: "erster Eintrag" },
    Binding { keys: &[c('G'), k(K::End)], action: A::Bottom, context: Browser, bar: None, en: "last item", de: "letzter Eintrag" },
    Binding { keys: &[k(K::PageUp)], action: A::PageUp, context: Browser, bar: None, en: "page up", de: "Seite zurück" },
    Binding { keys: &[k(K::PageDown)], action: A::PageDown, context: Browser, bar: None, en: "page down", de: "Seite vor" },
    Binding { keys: &[k(K::Enter)], action: A::Follow, context: Browser, bar: None, en: "follow the link", de: "Verweis folgen" },
    Binding { keys: &[k(K::Esc)], action: A::Back, context: Browser, bar: None, en: "back", de: "zurück" },
    Binding { keys: &[c('/'), ctrl('f')], action: A::OpenSearch, context: Browser, bar: Some(("search", "Suche")), en: "search", de: "suchen" },
    Binding { keys: &[c('m')], action: A::ToggleMatrix, context: Browser, bar: Some(("matrix", "Matrix")), en: "matrix: projects × members", de: "Matrix: Projekte × Mitglieder" },
    Binding { keys: &[c('<')], action: A::PrevYear, context: Browser, bar: None, en: "previous year", de: "voriges Jahr" },
    Binding { keys: &[c('>')], action: A::NextYear, context: Browser, bar: None, en: "next year", de: "nächstes Jahr" },
    Binding { keys: &[c('0')], action: A::AllYears, context: Browser, bar: None, en: "all years", de: "alle Jahre" },
    Binding { keys: &[c('j'), k(K::Down)], action: A::Down, context: Overlay, bar: Some(("scroll", "blättern")), en: "scroll down", de: "abwärts blättern" },
    Binding { keys: &[c('k'), k(K::Up)], action: A::Up, context: Overlay, bar: None, en: "scroll up", de: "aufwärts blättern" },
    Binding { keys: &[k(K::PageUp)], action: A::PageUp, context: Overlay, bar: None, en: "page up", de: "Seite zurück" },
    Binding { keys: &[k(K::PageDown)], action: A::PageDown, context: Overlay, bar: None, en: "page down", de: "Seite vor" },
    Binding { keys: &[k(K::Esc), c('q'), c('?'), k(K::F(1)), c('w')], action: A::Close, context: Overlay, bar: Some(("close", "schließen")), en: "close", de: "schließen" },
    Binding { keys: &[c('j'), k(K::Down)], action: A::Down, context: Errors, bar: Some(("scroll", "blättern")), en: "scroll down", de: "abwärts blättern" },
    Binding { keys: &[c('k'), k(K::Up)], action: A::Up, context: Errors, bar: None, en: "scroll up", de: "aufwärts blättern" },
    Binding { keys: &[k(K::PageUp)], action: A::PageUp, context: Errors, bar: None, en: "page up", de: "Seite zurück" },
    Binding { keys: &[k(K::PageDown)], action: A::PageDown, context: Errors, bar: None, en: "page down", de: "Seite vor" },
    Binding { keys: &[c('r')], action: A::Reload, context: Errors, bar: Some(("reload", "neu lesen")), en: "read the data folder again", de: "Datenordner neu lesen" },
    Binding { keys: &[c('q'), k(K::Esc)], action: A::Quit, context: Errors, bar: Some(("quit", "Ende")), en: "quit", de: "beenden" },
    Binding { keys: &[k(K::Enter)], action: A::Follow, context: Search, bar: Some(("jump", "springen")), en: "jump to the result", de: "zum Treffer springen" },
    Binding { keys: &[k(K::Down), ctrl('n')], action: A::Down, context: Search, bar: Some(("next", "nächster")), en: "next result", de: "nächster Treffer" },
    Binding { keys: &[k(K::Up), ctrl('p')], action: A::Up, context: Search, bar: None, en: "previous result", de: "voriger Treffer" },
    Binding { keys: &[k(K::PageDown)], action: A::PageDown, context: Search, bar: None, en: "results: page down", de: "Treffer: Seite vor" },
    Binding { keys: &[k(K::PageUp)], action: A::PageUp, context: Search, bar: None, en: "results: page up", de: "Treffer: Seite zurück" },
    Binding { keys: &[k(K::Left)], action: A::CursorLeft, context: Search, bar: None, en: "cursor left", de: "Cursor links" },
    Binding { keys: &[k(K::Right)], action: A::CursorRight, context: Search, bar: None, en: "cursor right", de: "Cursor rechts" },
    Binding { keys: &[k(K::Home)], action: A::LineStart, context: Search, bar: None, en: "start of the line", de: "Zeilenanfang" },
    Binding { keys: &[k(K::End)], action: A::LineEnd, context: Search, bar: None, en: "end of the line", de: "Zeilenende" },
    Binding { keys: &[k(K::Backspace)], action: A::DeleteBack, context: Search, bar: None, en: "delete a character", de: "Zeichen löschen" },
    Binding { keys: &[ctrl('w')], action: A::DeleteWord, context: Search, bar: None, en: "delete a word", de: "Wort löschen" },
    Binding { keys: &[ctrl('u')], action: A::ClearLine, context: Search, bar: None, en: "clear the line", de: "Zeile leeren" },
    Binding { keys: &[k(K::Esc)], action: A::Back, context: Search, bar: Some(("close", "schließen")), en: "close the search", de: "Suche schließen" },
    Binding { keys: &[c('j'), k(K::Down)], action: A::Down, context: Matrix, bar: None, en: "next project", de: "nächstes Projekt" },
    Binding { keys: &[c('k'), k(K::Up)], action: A::Up, context: Matrix, bar: None, en: "previous project (above the first: the members)", de: "voriges Projekt (über dem ersten: die Mitglieder)" },
    Binding { keys: &[c('l'), k(K::Right)], action: A::ColumnRight, context: Matrix, bar: None, en: "next member", de: "nächstes Mitglied" },
    Binding { keys: &[c('h'), k(K::Left)], action: A::ColumnLeft, context: Matrix, bar: None, en: "previous member (left of the first: the project)", de: "voriges Mitglied (links vom ersten: das Projekt)" },
    Binding { keys: &[c('g'), k(K::Home)], action: A::Top, context: Matrix, bar: None, en: "first project", de: "erstes Projekt" },
    Binding { keys: &[c('G'), k(K::End)], action: A::Bottom, context: Matrix, bar: None, en: "last project", de: "letztes Projekt" },
    Binding { keys: &[c('H')], action: A::FirstColumn, context: Matrix, bar: None, en: "project column", de: "Projektspalte" },
    Binding { keys: &[c('L')], action: A::LastColumn, context: Matrix, bar: None, en: "last member", de: "letztes Mitglied" },
    Binding { keys: &[k(K::PageUp)], action: A::PageUp, context: Matrix, bar: None, en: "page up", de: "Seite zurück" },
    Binding { keys: &[k(K::PageDown)], action: A::PageDown, context: Matrix, bar: None, en: "page down", de: "Seite vor" },
    Binding { keys: &[k(K::Enter)], action: A::Follow, context: Matrix, bar: Some(("open", "öffnen")), en: "open in the browser: the project (header row: the member)", de: "im Browser öffnen: Projekt (Kopfzeile: Mitglied)" },
    Binding { keys: &[c('s')], action: A::SortRows, context: Matrix, bar: Some(("sort", "sortieren")), en: "sort the projects: title, start year, participation", de: "Projekte sortieren: Titel, Beginn, Beteiligung" },
    Binding { keys: &[c('c')], action: A::SortColumns, context: Matrix, bar: Some(("columns", "Spalten")), en: "sort the members: as in the data, name, projects", de: "Mitglieder sortieren: wie in den Daten, Name, Projekte" },
    Binding { keys: &[c('/'), c('f'), ctrl('f')], action: A::OpenSearch, context: Matrix, bar: Some(("filter", "Filter")), en: "filter the projects", de: "Projekte filtern" },
    Binding { keys: &[c('<')], action: A::PrevYear, context: Matrix, bar: Some(("year", "Jahr")), en: "previous year", de: "voriges Jahr" },
    Binding { keys: &[c('>')], action: A::NextYear, context: Matrix, bar: Some(("year", "Jahr")), en: "next year", de: "nächstes Jahr" },
    Binding { keys: &[c('0')], action: A::AllYears, context: Matrix, bar: None, en: "all years", de: "alle Jahre" },
    Binding { keys: &[c('e')], action: A::Export, context: Matrix, bar: Some(("export", "Export")), en: "export as shown: CSV + Markdown in the current folder", de: "wie gezeigt exportieren: CSV + Markdown im aktuellen Ordner" },
    Binding { keys: &[c('m'), k(K::Esc)], action: A::ToggleMatrix, context: Matrix, bar: Some(("browser", "Browser")), en: "back to the browser", de: "zurück zum Browser" },
    Binding { keys: &[k(K::Enter)], action: A::Close, context: Filter, bar: Some(("keep", "übernehmen")), en: "keep the filter", de: "Filter übernehmen" },
    Binding { keys: &[k(K::Esc)], action: A::Back, context: Filter, bar: Some(("clear", "verwerfen")), en: "drop the filter", de: "Filter verwerfen" },
    Binding { keys: &[k(K::Down), ctrl('n')], action: A::Down, context: Filter, bar: None, en: "next project", de: "nächstes Projekt" },
    Binding { keys: &[k(K::Up), ctrl('p')], action: A::Up, context: Filter, bar: None, en: "previous project", de: "voriges Projekt" },
    Binding { keys: &[k(K::Left)], action: A::CursorLeft, context: Filter, bar: None, en: "cursor left", de: "Cursor links" },
    Binding { keys: &[k(K::Right)], action: A::CursorRight, context: Filter, bar: None, en: "cursor right", de: "Cursor rechts" },
    Binding { keys: &[k(K::Home)], action: A::LineStart, context: Filter, bar: None, en: "start of the line", de: "Zeilenanfang" },
    Binding { keys: &[k(K::End)], action: A::LineEnd, context: Filter, bar: None, en: "end of the line", de: "Zeilenende" },
    Binding { keys: &[k(K::Backspace)], action: A::DeleteBack, context: Filter, bar: None, en: "delete a character", de: "Zeichen löschen" },
    Binding { keys: &[ctrl('w')], action: A::DeleteWord, context: Filter, bar: None, en: "delete a word", de: "Wort löschen" },
    Binding { keys: &[ctrl('u')], action: A::ClearLine, context: Filter, bar: None, en: "clear the line", de: "Zeile leeren" },
];

/// The action of a key in a context, if any. Only presses act: terminals that also
/// report releases (Windows) would otherwise act twice.
pub fn action(context: Context, key: KeyEvent) -> Option<Action> {
    if key.kind != KeyEventKind::Press {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let pressed = Key {
        code: key.code,
        ctrl,
    };
    // The screen's own keys first, then the layers under them.
    let bound = layers(context).iter().find_map(|&layer| {
        BINDINGS
            .iter()
            .filter(|b| b.context == layer)
            .find(|b| b.keys.contains(&pressed))
            .map(|b| b.action)
    });
    // In a prompt every other printable key is text: `q` types a q.
    match (bound, context, key.code) {
        (None, Context::Search | Context::Filter, KeyCode::Char(c))
            if !ctrl && !key.modifiers.contains(KeyModifiers::ALT) && !c.is_control() =>
        {
            Some(Action::Insert(c))
        }
        _ => bound,
    }
}

/// The layers of keys that work in a context, its own first.
pub fn layers(context: Context) -> &'static [Context] {
    match context {
        Browser => &[Browser, Views, Global],
        Matrix => &[Matrix, Views, Global],
        Search => &[Search, Global],
        Filter => &[Filter, Global],
        Overlay => &[Overlay, Global],
        Errors => &[Errors, Global],
        Views => &[Views, Global],
        Global => &[Global],
    }
}

/// The bindings of one context or layer (not those under it), for the help overlay.
pub fn bindings(context: Context) -> impl Iterator<Item = &'static Binding> {
    BINDINGS.iter().filter(move |b| b.context == context)
}

/// Every binding that works in a context, its own first; a key that the context binds
/// itself is not listed again from a layer below (F1 closes the help, say).
pub fn working(context: Context) -> Vec<&'static Binding> {
    let mut out: Vec<&'static Binding> = Vec::new();
    for &layer in layers(context) {
        for b in bindings(layer) {
            let shadowed = b
                .keys
                .iter()
                .all(|k| out.iter().any(|o| o.keys.contains(k)));
            if !shadowed {
                out.push(b);
            }
        }
    }
    out
}

pub fn key_label(key: Key) -> String {
    let name = match key.code {
        K::Char(ch) => ch.to_string(),
        K::Tab => "Tab".into(),
        K::BackTab => "Shift-Tab".into(),
        K::Left => "←".into(),
        K::Right => "→".into(),
        K::Up => "↑".into(),
        K::Down => "↓".into(),
        K::Home => "Home".into(),
        K::End => "End".into(),
        K::PageUp => "PgUp".into(),
        K::PageDown => "PgDn".into(),
        K::Enter => "Enter".into(),
        K::Backspace => "Backspace".into(),
        K::Esc => "Esc".into(),
        K::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    if key.ctrl {
        format!("Ctrl-{name}")
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn presses_act_and_releases_do_not() {
        let mut e = press(KeyCode::Char('j'), KeyModifiers::NONE);
        assert_eq!(action(Browser, e), Some(A::Down));
        e.kind = KeyEventKind::Release;
        assert_eq!(action(Browser, e), None);
    }

    #[test]
    fn shift_is_part_of_the_character_and_ctrl_is_not() {
        assert_eq!(
            action(Browser, press(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            Some(A::Bottom)
        );
        assert_eq!(
            action(Browser, press(KeyCode::Char('?'), KeyModifiers::SHIFT)),
            Some(A::Help)
        );
        assert_eq!(
            action(Browser, press(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            Some(A::Quit)
        );
        assert_eq!(
            action(Browser, press(KeyCode::Char('c'), KeyModifiers::NONE)),
            None
        );
        assert_eq!(
            action(Browser, press(KeyCode::BackTab, KeyModifiers::SHIFT)),
            Some(A::PrevPane)
        );
    }

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for ctx in [
            Global, Views, Browser, Overlay, Errors, Search, Matrix, Filter,
        ] {
            let keys: Vec<Key> = bindings(ctx).flat_map(|b| b.keys.iter().copied()).collect();
            for (i, key) in keys.iter().enumerate() {
                assert!(!keys[i + 1..].contains(key), "{key:?} twice in {ctx:?}");
            }
        }
    }

    #[test]
    fn every_action_has_a_key_without_altgr() {
        // On German keyboards these need AltGr.
        let altgr = ['[', ']', '{', '}', '\\', '|', '~', '@'];
        for b in BINDINGS {
            assert!(
                b.keys
                    .iter()
                    .any(|k| !matches!(k.code, KeyCode::Char(c) if altgr.contains(&c))),
                "{} needs AltGr",
                b.en
            );
        }
    }

    #[test]
    fn in_the_search_prompt_letters_are_text() {
        let key = |c| press(KeyCode::Char(c), KeyModifiers::NONE);
        assert_eq!(action(Search, key('q')), Some(A::Insert('q')));
        assert_eq!(action(Search, key('?')), Some(A::Insert('?')));
        assert_eq!(
            action(Search, press(KeyCode::Char('Ö'), KeyModifiers::SHIFT)),
            Some(A::Insert('Ö'))
        );
        assert_eq!(
            action(Search, press(KeyCode::Char('w'), KeyModifiers::CONTROL)),
            Some(A::DeleteWord)
        );
        assert_eq!(
            action(Search, press(KeyCode::Char('x'), KeyModifiers::CONTROL)),
            None
        );
        assert_eq!(action(Browser, key('/')), Some(A::OpenSearch));
        assert_eq!(
            action(Browser, press(KeyCode::Char('f'), KeyModifiers::CONTROL)),
            Some(A::OpenSearch)
        );
    }

    #[test]
    fn layers_give_every_screen_quit_and_help() {
        let key = |code| press(code, KeyModifiers::NONE);
        for ctx in [Browser, Overlay, Errors, Search, Matrix, Filter] {
            assert_eq!(
                action(ctx, press(KeyCode::Char('c'), KeyModifiers::CONTROL)),
                Some(A::Quit),
                "{ctx:?}"
            );
            let f1 = action(ctx, key(KeyCode::F(1)));
            assert!(matches!(f1, Some(A::Help | A::Close)), "{ctx:?}");
        }
        // q quits the views but is text in a prompt and closes a popup.
        assert_eq!(action(Matrix, key(KeyCode::Char('q'))), Some(A::Quit));
        assert_eq!(
            action(Filter, key(KeyCode::Char('q'))),
            Some(A::Insert('q'))
        );
        assert_eq!(action(Overlay, key(KeyCode::Char('q'))), Some(A::Close));
        // A screen's own list shows F1 once, as its own.
        let f1: Vec<_> = working(Overlay)
            .into_iter()
            .filter(|b| b.keys.contains(&k(KeyCode::F(1))))
            .collect();
        assert_eq!(f1.len(), 1);
        assert_eq!(f1[0].action, A::Close);
    }

    #[test]
    fn labels() {
        let left = BINDINGS.iter().find(|b| b.action == A::PaneLeft).unwrap();
        assert_eq!(left.keys_label(), "h, ←");
        assert_eq!(key_label(ctrl('c')), "Ctrl-c");
        assert_eq!(key_label(k(KeyCode::F(1))), "F1");
    }
}
