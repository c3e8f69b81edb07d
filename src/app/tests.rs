//! The update function, fed through the real key table as a user types.

use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use super::*;
use crate::data::{Origin, load, load_memory};
use crate::model::Cell;
use crate::present::layout;
use crate::present::words::Lang;

pub fn options() -> Options {
    Options {
        lang: Lang::En,
        mouse: true,
        color: false,
        glyphs: crate::text::Glyphs::All,
        view: View::Browser,
    }
}

pub(crate) fn app() -> App {
    App::new(load(&Origin::BuiltIn), options(), Rect::new(0, 0, 80, 24))
}

/// Types keys named as in the help: "tab j j enter esc shift-tab ctrl-c f1 pgdn …";
/// any other word is typed character by character.
pub fn press(app: &mut App, keys: &str) {
    for word in keys.split_whitespace() {
        let (code, mods) = match word {
            "tab" => (KeyCode::Tab, KeyModifiers::NONE),
            "shift-tab" => (KeyCode::BackTab, KeyModifiers::SHIFT),
            "enter" => (KeyCode::Enter, KeyModifiers::NONE),
            "esc" => (KeyCode::Esc, KeyModifiers::NONE),
            "up" => (KeyCode::Up, KeyModifiers::NONE),
            "down" => (KeyCode::Down, KeyModifiers::NONE),
            "left" => (KeyCode::Left, KeyModifiers::NONE),
            "right" => (KeyCode::Right, KeyModifiers::NONE),
            "home" => (KeyCode::Home, KeyModifiers::NONE),
            "end" => (KeyCode::End, KeyModifiers::NONE),
            "pgup" => (KeyCode::PageUp, KeyModifiers::NONE),
            "pgdn" => (KeyCode::PageDown, KeyModifiers::NONE),
            "f1" => (KeyCode::F(1), KeyModifiers::NONE),
            "ctrl-c" => (KeyCode::Char('c'), KeyModifiers::CONTROL),
            "ctrl-f" => (KeyCode::Char('f'), KeyModifiers::CONTROL),
            "ctrl-w" => (KeyCode::Char('w'), KeyModifiers::CONTROL),
            "ctrl-u" => (KeyCode::Char('u'), KeyModifiers::CONTROL),
            "ctrl-d" => (KeyCode::Char('d'), KeyModifiers::CONTROL),
            "ctrl-n" => (KeyCode::Char('n'), KeyModifiers::CONTROL),
            "ctrl-p" => (KeyCode::Char('p'), KeyModifiers::CONTROL),
            "ctrl-r" => (KeyCode::Char('r'), KeyModifiers::CONTROL),
            "ctrl-a" => (KeyCode::Char('a'), KeyModifiers::CONTROL),
            "bs" => (KeyCode::Backspace, KeyModifiers::NONE),
            "space" => (KeyCode::Char(' '), KeyModifiers::NONE),
            chars => {
                for c in chars.chars() {
                    app.handle(Input::Key(KeyEvent::new(
                        KeyCode::Char(c),
                        KeyModifiers::NONE,
                    )));
                    // As the terminal loop does once the key is drawn.
                    app.settle();
                }
                continue;
            }
        };
        app.handle(Input::Key(KeyEvent::new(code, mods)));
        app.settle();
    }
}

/// The focused pane of the browser nearest the top.
pub(crate) fn focus(app: &App) -> Pane {
    browser(app).focus
}

pub(crate) fn browser(app: &App) -> &BrowserState {
    app.browser().expect("a browser is open")
}

pub(crate) fn mx(app: &App) -> &MatrixState {
    app.matrix().expect("the matrix is open")
}

pub(crate) fn project_id(app: &App) -> &str {
    app.project
        .map_or("", |p| app.data.model.project(p).id.as_str())
}

pub(crate) fn member_code(app: &App) -> &str {
    app.member
        .map_or("", |m| app.data.model.member(m).code.as_str())
}

#[test]
fn starts_on_the_latest_year_in_the_projects_pane() {
    let app = app();
    assert_eq!(app.selected_year(), Some(2024));
    assert_eq!(focus(&app), Pane::Projects);
    assert_eq!(app.projects().len(), 10);
    assert_eq!(project_id(&app), "kommunales-vergabezentrum");
    // The selected year is scrolled into view.
    let height = browser::height(&app, Pane::Years);
    assert!(
        browser(&app).scroll[0].offset <= app.year
            && app.year < browser(&app).scroll[0].offset + height
    );
}

#[test]
fn tab_h_and_l_move_between_panes() {
    let mut app = app();
    press(&mut app, "tab");
    assert_eq!(focus(&app), Pane::Members);
    press(&mut app, "tab tab");
    assert_eq!(focus(&app), Pane::Years);
    press(&mut app, "shift-tab");
    assert_eq!(focus(&app), Pane::Detail);
    press(&mut app, "l");
    assert_eq!(focus(&app), Pane::Detail, "l stops at the last pane");
    press(&mut app, "h h h h");
    assert_eq!(focus(&app), Pane::Years, "h stops at the first pane");
    press(&mut app, "right left right");
    assert_eq!(focus(&app), Pane::Projects);
}

#[test]
fn moving_stays_within_the_list() {
    let mut app = app();
    press(&mut app, "k");
    assert_eq!(project_id(&app), "kommunales-vergabezentrum");
    press(&mut app, "j j");
    assert_eq!(project_id(&app), "klimaschutz");
    press(&mut app, "G");
    assert_eq!(project_id(&app), "hinweisgeberschutz");
    press(&mut app, "j end");
    assert_eq!(project_id(&app), "hinweisgeberschutz");
    press(&mut app, "g");
    assert_eq!(project_id(&app), "kommunales-vergabezentrum");
    press(&mut app, "pgdn pgdn home");
    assert_eq!(project_id(&app), "kommunales-vergabezentrum");
}

#[test]
fn choosing_a_year_changes_the_projects() {
    let mut app = app();
    press(&mut app, "j j");
    assert_eq!(project_id(&app), "klimaschutz");
    press(&mut app, "h");
    assert_eq!(focus(&app), Pane::Years);
    press(&mut app, "k k k k k");
    assert_eq!(app.selected_year(), Some(2019));
    assert_eq!(app.projects().len(), 5);
    assert_eq!(
        project_id(&app),
        "kommunales-vergabezentrum",
        "the old selection is gone, so the first"
    );
    press(&mut app, "g");
    assert_eq!(app.selected_year(), None);
    assert_eq!(app.projects().len(), 22);
    assert_eq!(
        project_id(&app),
        "kommunales-vergabezentrum",
        "still there in all years, so kept"
    );
}

#[test]
fn the_leading_pane_marks_the_other() {
    let mut app = app();
    // The projects pane leads: members are marked for the selected project.
    let gg = app.data.model.member_by_id("gross-gerau").unwrap();
    let trebur = app.data.model.member_by_id("trebur").unwrap();
    assert_eq!(project_id(&app), "kommunales-vergabezentrum");
    assert_eq!(
        browser(&app)
            .project_participation(&app)
            .map(|p| p.cell(gg)),
        Some(Cell::Unknown)
    );
    assert_eq!(browser(&app).project_mark(&app, app.project.unwrap()), None);
    press(&mut app, "j j");
    assert_eq!(project_id(&app), "klimaschutz");
    assert_eq!(
        browser(&app)
            .project_participation(&app)
            .map(|p| p.cell(gg)),
        Some(Cell::Yes)
    );
    assert_eq!(
        browser(&app)
            .project_participation(&app)
            .map(|p| p.cell(trebur)),
        Some(Cell::No)
    );
    assert_eq!(
        browser(&app)
            .project_participation(&app)
            .map(|p| p.short())
            .as_deref(),
        Some("14/15")
    );
    // The members pane leads: projects are marked for the selected member.
    press(&mut app, "tab");
    assert_eq!(
        browser(&app)
            .project_participation(&app)
            .map(|p| p.cell(gg)),
        None
    );
    let feuerwehr = app.data.model.project_by_id("feuerwehrbedarf").unwrap();
    assert_eq!(browser(&app).project_mark(&app, feuerwehr), Some(Cell::Yes));
    // The detail pane keeps the last leading pane.
    press(&mut app, "tab");
    assert_eq!(browser(&app).subject, Pane::Members);
}

#[test]
fn enter_follows_a_member_to_its_projects_and_esc_goes_back() {
    let mut app = app();
    press(&mut app, "tab j j j j");
    assert_eq!(member_code(&app), "GIG");
    press(&mut app, "enter");
    assert_eq!(focus(&app), Pane::Projects);
    assert_eq!(
        project_id(&app),
        "gaststaettenrecht",
        "its first project of 2024 that names it"
    );
    assert_eq!(app.selected_year(), Some(2024));
    press(&mut app, "esc");
    assert_eq!(focus(&app), Pane::Members);
    assert_eq!(member_code(&app), "GIG");
    press(&mut app, "esc");
    assert_eq!(focus(&app), Pane::Members, "nothing more to go back to");
}

#[test]
fn enter_on_a_member_without_projects_that_year_goes_to_all_years() {
    let mut app = app();
    press(&mut app, "h k k k k k");
    assert_eq!(app.selected_year(), Some(2019));
    press(&mut app, "l l j j j j");
    assert_eq!(member_code(&app), "GIG");
    press(&mut app, "enter");
    assert_eq!(app.selected_year(), None);
    assert_eq!(focus(&app), Pane::Projects);
    assert_eq!(project_id(&app), "kommunales-vergabezentrum");
    press(&mut app, "esc");
    assert_eq!(app.selected_year(), Some(2019));
}

#[test]
fn enter_follows_a_project_to_its_participants() {
    let mut app = app();
    press(&mut app, "enter");
    assert_eq!(focus(&app), Pane::Members);
    assert_eq!(member_code(&app), "RIE", "the one member named for 2024");
    // A project whose sources name nobody: Enter says so and stays.
    press(&mut app, "esc j j j j j j");
    assert_eq!(project_id(&app), "klaerschlammverwertung");
    press(&mut app, "enter");
    assert_eq!(focus(&app), Pane::Projects);
    assert!(app.message.is_some());
    press(&mut app, "j");
    assert!(app.message.is_none(), "the note goes with the next key");
}

#[test]
fn enter_on_a_year_goes_to_its_projects() {
    let mut app = app();
    press(&mut app, "h enter");
    assert_eq!(focus(&app), Pane::Projects);
    press(&mut app, "esc");
    assert_eq!(focus(&app), Pane::Years);
}

#[test]
fn the_detail_pane_scrolls_within_its_text() {
    let mut app = app();
    press(&mut app, "h g l l l");
    assert_eq!(focus(&app), Pane::Detail);
    press(&mut app, "j j j");
    assert_eq!(browser(&app).scroll[3].offset, 3);
    press(&mut app, "G");
    let max = browser(&app).scroll[3].offset;
    press(&mut app, "j");
    assert_eq!(browser(&app).scroll[3].offset, max);
    press(&mut app, "g");
    assert_eq!(browser(&app).scroll[3].offset, 0);
}

#[test]
fn help_and_warnings_overlays() {
    let mut app = app();
    press(&mut app, "?");
    assert_eq!(app.overlay(), Some(Overlay::Help));
    assert_eq!(app.context(), Context::Help);
    press(&mut app, "j q");
    assert_eq!(app.overlay(), None);
    assert!(!app.quit, "q closes the help, it does not quit");
    press(&mut app, "f1 esc w");
    assert_eq!(app.overlay(), Some(Overlay::Problems));
    press(&mut app, "ctrl-c");
    assert!(app.quit);
}

#[test]
fn q_and_ctrl_c_quit() {
    let mut app = app();
    press(&mut app, "q");
    assert!(app.quit);
    let mut app = self::app();
    press(&mut app, "ctrl-c");
    assert!(app.quit);
}

#[test]
fn key_releases_do_nothing() {
    let mut app = app();
    let mut key = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE);
    key.kind = KeyEventKind::Release;
    app.handle(Input::Key(key));
    assert_eq!(project_id(&app), "kommunales-vergabezentrum");
}

pub(crate) fn click(app: &mut App, x: u16, y: u16) {
    app.handle(Input::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: x,
        row: y,
        modifiers: KeyModifiers::NONE,
    }));
}

pub(crate) fn wheel(app: &mut App, x: u16, y: u16, down: bool) {
    app.handle(Input::Mouse(MouseEvent {
        kind: if down {
            MouseEventKind::ScrollDown
        } else {
            MouseEventKind::ScrollUp
        },
        column: x,
        row: y,
        modifiers: KeyModifiers::NONE,
    }));
}

#[test]
fn a_click_focuses_and_selects() {
    let mut app = app();
    let a = app.areas().unwrap();
    let members = layout::inner(a.members);
    click(&mut app, members.x + 3, members.y + 5);
    assert_eq!(focus(&app), Pane::Members);
    assert_eq!(member_code(&app), "GG");
    // A click below the last row of a list only focuses (2019 has five projects).
    press(&mut app, "h h k k k k k");
    assert_eq!(app.selected_year(), Some(2019));
    let projects = layout::inner(a.projects);
    click(&mut app, projects.x + 2, projects.y + projects.height - 1);
    assert_eq!(focus(&app), Pane::Projects);
    assert_eq!(project_id(&app), "kommunales-vergabezentrum");
    // On the status bar: nothing.
    click(&mut app, 2, a.status.y);
    assert_eq!(focus(&app), Pane::Projects);
}

#[test]
fn the_wheel_scrolls_the_pane_under_the_pointer() {
    let mut app = app();
    let a = app.areas().unwrap();
    let members = layout::inner(a.members);
    wheel(&mut app, members.x + 1, members.y + 1, true);
    assert_eq!(browser(&app).scroll[2].offset, 3);
    assert_eq!(
        focus(&app),
        Pane::Projects,
        "scrolling does not move the focus"
    );
    for _ in 0..10 {
        wheel(&mut app, members.x + 1, members.y + 1, true);
    }
    assert_eq!(
        browser(&app).scroll[2].offset,
        15 - usize::from(members.height)
    );
    wheel(&mut app, members.x + 1, members.y + 1, false);
    assert_eq!(
        browser(&app).scroll[2].offset,
        15 - usize::from(members.height) - 3
    );
}

#[test]
fn resizing_keeps_the_selection_visible_and_tiny_sizes_are_safe() {
    let mut app = app();
    press(&mut app, "tab G");
    app.handle(Input::Resize(60, 15));
    let height = browser::height(&app, Pane::Members);
    assert!(browser(&app).scroll[2].offset + height > 14);
    app.handle(Input::Resize(1, 1));
    click(&mut app, 0, 0);
    press(&mut app, "j k tab enter esc G g pgdn");
    app.handle(Input::Resize(300, 100));
    press(&mut app, "j");
}

pub(crate) fn tiny(projects: &[&str]) -> App {
    let index = "format = 1\n[coverage]\nfirst_year = 2020\nlast_year = 2021\n[cooperation]\nname = \"T\"\n";
    let members = "[[member]]\nid = \"a\"\nname = \"A\"\ncode = \"AA\"\n";
    let mut files: Vec<(&str, &[u8])> = vec![
        ("ikz.toml", index.as_bytes()),
        ("members.toml", members.as_bytes()),
    ];
    let names: Vec<String> = (0..projects.len())
        .map(|i| format!("projects/p{i}.toml"))
        .collect();
    for (name, text) in names.iter().zip(projects) {
        files.push((name, text.as_bytes()));
    }
    App::new(load_memory(&files), options(), Rect::new(0, 0, 80, 24))
}

#[test]
fn an_empty_project_list_is_safe() {
    let mut app = tiny(&[]);
    assert!(app.data.errors.is_empty(), "{:?}", app.data.errors);
    assert_eq!(app.project, None);
    press(&mut app, "j k G g pgdn enter esc tab enter h h enter");
    assert_eq!(app.project, None);
}

#[test]
fn a_one_item_list_stays_put() {
    let mut app = tiny(&[
        "id = \"p\"\ntitle = \"P\"\nstatus = \"running\"\nstart = 2020\nparticipants = [\"a\"]\nsources = []\n",
    ]);
    press(&mut app, "j j G k");
    assert_eq!(project_id(&app), "p");
    press(&mut app, "tab j enter");
    assert_eq!(member_code(&app), "AA");
    assert_eq!(project_id(&app), "p");
    assert_eq!(focus(&app), Pane::Projects);
}

#[test]
fn data_with_errors_shows_only_the_errors() {
    let mut app = tiny(&["id = \"p\"\ntitel = \"P\"\n"]);
    assert!(!app.data.errors.is_empty());
    assert_eq!(app.context(), Context::Errors);
    press(&mut app, "j tab ?");
    assert_eq!(app.overlay(), None);
    // Everything fits on the screen: there is nothing to scroll.
    assert_eq!(errors_scroll(&app), crate::app::ItemScroll::default());
    press(&mut app, "q");
    assert!(app.quit);
}

fn errors_scroll(app: &App) -> crate::app::ItemScroll {
    match app.top() {
        Some(Screen::Errors(e)) => e.scroll,
        _ => crate::app::ItemScroll {
            item: usize::MAX,
            line: 0,
        },
    }
}

#[test]
fn the_error_screen_scrolls_to_its_last_line_and_no_further() {
    // Two errors and sixty warnings (projects that cite no source): far more lines than
    // the screen has, and more than the number of errors.
    let mut files = vec![
        "id = \"p\"\ntitel = \"P\"\n".to_string(),
        "id = \"q\"\nstatus = \"running\"\n".to_string(),
    ];
    for i in 0..60 {
        files.push(format!(
            "id = \"w{i}\"\ntitle = \"W{i}\"\nstatus = \"running\"\nstart = 2020\n"
        ));
    }
    let texts: Vec<&str> = files.iter().map(String::as_str).collect();
    let mut app = tiny(&texts);
    assert!(app.data.errors.len() >= 2, "{:?}", app.data.errors);
    assert_eq!(app.data.warnings.len(), 60);
    let last = |app: &App| {
        crate::app::ItemScroll::last(
            &crate::app::ErrorItems(app),
            ErrorsState::width(app),
            ErrorsState::height(app),
        )
    };
    assert!(last(&app).item > 30, "{:?}", last(&app));
    for _ in 0..30 {
        press(&mut app, "pgdn");
    }
    assert_eq!(errors_scroll(&app), last(&app), "down to the last line");
    let screen = crate::ui::tests::screen(&app);
    assert!(
        screen.contains("w59"),
        "the last warning is reachable:\n{screen}"
    );
    // The mark counts messages, as the title counts errors: the last one is the last.
    let n = app.data.errors.len() + app.data.warnings.len();
    assert!(screen.contains(&format!("–{n}/{n} ")), "{screen}");
    press(&mut app, "j j pgdn");
    assert_eq!(errors_scroll(&app), last(&app), "and no further");
    // A larger window shows more lines at once: the scroll comes back within them.
    app.handle(Input::Resize(120, 60));
    assert_eq!(errors_scroll(&app), last(&app));
    let screen = crate::ui::tests::screen(&app);
    assert!(screen.contains("w59"), "{screen}");
}

fn search_input(app: &App) -> String {
    app.search()
        .map_or_else(|| "(closed)".into(), |s| s.line.text.clone())
}

#[test]
fn slash_opens_the_search_and_q_is_text_there() {
    let mut app = app();
    press(&mut app, "/");
    assert_eq!(app.context(), Context::Search);
    press(&mut app, "q ? j");
    assert_eq!(search_input(&app), "q?j");
    assert!(!app.quit);
    press(&mut app, "ctrl-u esc");
    assert_eq!(search_input(&app), "(closed)");
    press(&mut app, "ctrl-f");
    assert_eq!(app.context(), Context::Search);
}

#[test]
fn search_and_jump_to_a_member_then_back() {
    let mut app = app();
    press(&mut app, "/ moerf");
    let st = app.search().unwrap();
    assert_eq!(app.data.index.name(st.hits()[0].item), "Mörfelden-Walldorf");
    press(&mut app, "enter");
    assert!(app.search().is_none());
    assert_eq!(focus(&app), Pane::Members);
    assert_eq!(member_code(&app), "MW");
    press(&mut app, "esc");
    assert_eq!(
        focus(&app),
        Pane::Projects,
        "Esc returns to where the search started"
    );
}

#[test]
fn jumping_to_a_project_of_other_years_lands_in_its_latest_year() {
    let mut app = app();
    // Klärschlammentsorgung ran 2017–2019.
    press(&mut app, "/ klaerschlammentsorgung enter");
    assert_eq!(project_id(&app), "klaerschlammentsorgung");
    assert_eq!(app.selected_year(), Some(2019));
    assert_eq!(focus(&app), Pane::Projects);
    // A project of the selected year keeps the year.
    let mut app = self::app();
    press(&mut app, "/ klima enter");
    assert_eq!(project_id(&app), "klimaschutz");
    assert_eq!(app.selected_year(), Some(2024));
}

#[test]
fn jumping_to_a_year_selects_it() {
    let mut app = app();
    press(&mut app, "/ 2019 enter");
    assert_eq!(focus(&app), Pane::Years);
    assert_eq!(app.selected_year(), Some(2019));
}

#[test]
fn moving_in_the_results_and_editing_the_prompt() {
    let mut app = app();
    press(&mut app, "/ klar");
    let n = app.search().unwrap().hits().len();
    assert!(n >= 2);
    press(&mut app, "down ctrl-n up ctrl-p ctrl-n");
    assert_eq!(app.search().unwrap().selected, 1);
    press(&mut app, "enter");
    assert_eq!(project_id(&app), "klaerschlammentsorgung");
    let mut app = self::app();
    press(&mut app, "/ inf space sich ctrl-w");
    assert_eq!(search_input(&app), "inf ");
    press(&mut app, "left left home x end bs");
    assert_eq!(search_input(&app), "xinf");
    // Nothing to jump to: Enter keeps the search open.
    press(&mut app, "ctrl-u xyzzy enter");
    assert_eq!(app.context(), Context::Search);
    // F1 shows the help over the search; closing it returns to the search.
    press(&mut app, "f1");
    assert_eq!(app.context(), Context::Help);
    press(&mut app, "esc");
    assert_eq!(app.context(), Context::Search);
}

#[test]
fn typing_is_drawn_before_the_search_runs() {
    let mut app = app();
    press(&mut app, "/");
    app.handle(Input::Key(KeyEvent::new(
        KeyCode::Char('k'),
        KeyModifiers::NONE,
    )));
    let st = app.search().unwrap();
    assert!(st.dirty, "the search waits until the character is drawn");
    assert_eq!(st.line.text, "k");
    assert!(st.hits().is_empty());
    app.settle();
    assert!(!app.search().unwrap().hits().is_empty());
}

#[test]
fn enter_on_a_project_keeps_its_marks_and_its_detail() {
    let mut app = app();
    press(&mut app, "j j");
    assert_eq!(project_id(&app), "klimaschutz");
    press(&mut app, "enter");
    assert_eq!(focus(&app), Pane::Members);
    // The project still leads: its marks stay, named members first, Trebur last.
    let b = browser(&app);
    assert_eq!(b.subject, Pane::Projects);
    let order = b.member_rows(&app);
    let codes: Vec<&str> = order
        .iter()
        .map(|&m| app.data.model.member(m).code.as_str())
        .collect();
    assert_eq!(codes.first(), Some(&"BIE"));
    assert_eq!(codes.last(), Some(&"TRE"));
    assert!(b.project_participation(&app).is_some());
    // Moving through the members keeps the detail on the project.
    press(&mut app, "j j");
    let lines = browser(&app).detail_lines(&app, 78);
    assert_eq!(
        lines.first().map(ToString::to_string).as_deref(),
        Some("Klimaschutz")
    );
    // Tab moves on; the members pane leads again and lists the members in their order.
    press(&mut app, "esc");
    assert_eq!(focus(&app), Pane::Projects);
}

#[test]
fn enter_on_a_member_keeps_its_marks() {
    let mut app = app();
    press(&mut app, "tab");
    let trebur = app.data.model.member_by_id("trebur").unwrap();
    while app.member != Some(trebur) {
        press(&mut app, "j");
    }
    press(&mut app, "enter");
    assert_eq!(focus(&app), Pane::Projects);
    let b = browser(&app);
    assert_eq!(b.subject, Pane::Members);
    let rows = b.project_rows(&app);
    let marks: Vec<Option<Cell>> = rows.iter().map(|&p| b.project_mark(&app, p)).collect();
    // Named first, then not known, then the projects it does not take part in.
    assert_eq!(marks.first(), Some(&Some(Cell::Yes)));
    assert_eq!(marks.last(), Some(&Some(Cell::No)));
    assert!(marks.windows(2).all(|w| {
        let r = |c: &Option<Cell>| match c {
            Some(Cell::Yes) => 0,
            Some(Cell::Unknown) => 1,
            _ => 2,
        };
        r(&w[0]) <= r(&w[1])
    }));
}

#[test]
fn shift_j_and_k_scroll_the_detail_from_any_pane() {
    let mut app = app();
    assert_eq!(focus(&app), Pane::Projects);
    press(&mut app, "J J J");
    assert_eq!(browser(&app).scroll_of(Pane::Detail).offset, 3);
    assert_eq!(focus(&app), Pane::Projects, "the focus stays");
    assert_eq!(project_id(&app), "kommunales-vergabezentrum");
    press(&mut app, "K");
    assert_eq!(browser(&app).scroll_of(Pane::Detail).offset, 2);
    // Page by page down to the last line, and no further.
    for _ in 0..40 {
        press(&mut app, "ctrl-d");
    }
    let b = browser(&app);
    let lines = b.rows(&app, Pane::Detail);
    let h = browser::height(&app, Pane::Detail);
    assert_eq!(b.scroll_of(Pane::Detail).offset, lines - h);
}

#[test]
fn a_search_typed_before_the_index_is_built_runs_once_it_is() {
    let loaded = load(&Origin::BuiltIn);
    let mut app = App::without_index(loaded, options(), Rect::new(0, 0, 120, 40));
    assert!(!app.index_ready());
    press(&mut app, "/ k l i m a");
    assert!(!app.needs_settle(), "nothing to search in yet");
    press(&mut app, "enter");
    assert!(app.search().is_some(), "Enter waits for the index too");
    let model = std::sync::Arc::clone(&app.data.model);
    let (index, keys) = (
        crate::query::search::Index::new(&model),
        crate::query::grid::Keys::new(&model),
    );
    app.install(&model, index, keys);
    assert!(app.needs_settle());
    app.settle();
    let first = app
        .search()
        .and_then(|s| s.hits().first().copied())
        .unwrap();
    assert_eq!(app.data.index.name(first.item), "Klimaschutz");
    // The matrix builds its keys itself when it opens first.
    let mut app = App::without_index(load(&Origin::BuiltIn), options(), Rect::new(0, 0, 120, 40));
    press(&mut app, "m");
    assert_eq!(app.view(), View::Matrix);
    assert_eq!(mx(&app).grid.rows.len(), 10);
}

#[test]
fn y_copies_the_member_when_the_members_pane_leads_and_the_row_in_the_matrix() {
    let mut app = app();
    // The members pane leads, on Raunheim (the tenth member).
    press(&mut app, "tab j j j j j j j j j y");
    match app.take_effect() {
        Some(Effect::Copy(text)) => {
            assert!(text.starts_with("Raunheim (RAU)\n"), "{text}");
        }
        other => panic!("no copy: {other:?}"),
    }
    // The matrix copies the project of the cursor's row, in the matrix's year.
    press(&mut app, "m y");
    match app.take_effect() {
        Some(Effect::Copy(text)) => {
            let first = text.lines().next().unwrap_or_default();
            assert!(first.ends_with("(2024)"), "{text}");
        }
        other => panic!("no copy: {other:?}"),
    }
}

#[test]
fn o_opens_the_sources_of_what_is_shown_one_after_another() {
    let mut app = app();
    let p = app.project.unwrap();
    let urls: Vec<String> = app
        .data
        .model
        .project(p)
        .sources
        .iter()
        .filter_map(|id| app.data.model.source_by_id(id)?.url.clone())
        .collect();
    assert!(urls.len() >= 2, "{urls:?}");
    let mut opened = Vec::new();
    for _ in 0..=urls.len() {
        press(&mut app, "o");
        match app.take_effect() {
            Some(Effect::Open(url)) => opened.push(url.as_str().to_string()),
            other => panic!("nothing opened: {other:?}"),
        }
    }
    // Each in turn, then the first again.
    assert_eq!(&opened[..urls.len()], &urls[..]);
    assert_eq!(opened.last(), urls.first());
    let message = app.message.clone().unwrap_or_default();
    assert!(
        message.starts_with(&format!("Opening source 1 of {}", urls.len())),
        "{message}"
    );
    // A failure names the address, so that it can be opened by hand.
    app.open_failed("https://example.org/x");
    assert_eq!(
        app.message.as_deref(),
        Some("No web browser could be started – y copies the addresses: https://example.org/x")
    );
}

/// A source's `url` from a shared folder: only web addresses reach the opener, written
/// out as parsed; anything else is named, with why, and nothing is started.
#[test]
fn o_opens_only_web_addresses() {
    let sources = [
        ("opt", "-S touch /tmp/ikz-pwned"),
        ("file", "file:///etc/passwd"),
        ("js", "javascript:alert(1)"),
        ("web", "https://Example.org/a b"),
    ];
    let mut text = String::new();
    for (id, url) in sources {
        text.push_str(&format!(
            "[[source]]\nid = \"{id}\"\ntitle = \"Quelle {id}\"\nurl = \"{url}\"\n"
        ));
    }
    let project = "id = \"p\"\ntitle = \"P\"\nstatus = \"running\"\nstart = 2020\n\
        sources = [\"opt\", \"file\", \"js\", \"web\"]\n";
    let index = "format = 1\n[coverage]\nfirst_year = 2020\nlast_year = 2021\n\
        [cooperation]\nname = \"T\"\n";
    let members = "[[member]]\nid = \"a\"\nname = \"A\"\ncode = \"AA\"\n";
    let files: Vec<(&str, &[u8])> = vec![
        ("ikz.toml", index.as_bytes()),
        ("members.toml", members.as_bytes()),
        ("sources.toml", text.as_bytes()),
        ("projects/p.toml", project.as_bytes()),
    ];
    let mut app = App::new(load_memory(&files), options(), Rect::new(0, 0, 80, 24));
    assert!(app.data.errors.is_empty(), "{:?}", app.data.errors);
    let mut said = Vec::new();
    for _ in 0..4 {
        press(&mut app, "o");
        said.push(app.message.clone().unwrap_or_default());
        match app.take_effect() {
            Some(Effect::Open(url)) => said.push(format!("OPEN {}", url.as_str())),
            None => {}
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(
        said,
        [
            "Source 1 of 4 not opened: not a web address (only http and https are opened): -S touch /tmp/ikz-pwned",
            "Source 2 of 4 not opened: a “file:” address, not a web address (only http and https are opened)",
            "Source 3 of 4 not opened: a “javascript:” address, not a web address (only http and https are opened)",
            "Opening source 4 of 4 in the web browser: Quelle web",
            "OPEN https://example.org/a%20b",
        ]
    );
    // Links on screen lead only to the web address.
    assert_eq!(app.shown_addresses(), ["https://Example.org/a b"]);
}

#[test]
fn a_count_without_names_is_never_said_as_nobody_and_all_years_name_their_years() {
    let mut app = app();
    // Hinweisgeberschutz: a count reported, nobody named.
    app.project = app.data.model.project_by_id("hinweisgeberschutz");
    let p = app.project.unwrap();
    let year = (1..app.year_count())
        .find(|&r| {
            let y = app.year_at(r);
            let part = app.data.model.participation(p, y);
            part.reported.is_some_and(|n| n > 0) && part.listed.is_empty()
        })
        .expect("a year with a count and no names");
    app.set_year(year);
    app.project = Some(p);
    press(&mut app, "enter");
    let said = app.message.clone().unwrap_or_default();
    assert!(said.starts_with("A source reports "), "{said}");
    assert!(!said.contains("(none)"), "{said}");
    // All years: each name with the years a source names it in, on screen and copied.
    app.set_year(0);
    app.project = app.data.model.project_by_id("kommunales-vergabezentrum");
    press(&mut app, "y");
    match app.take_effect() {
        Some(Effect::Copy(text)) => {
            let line = text
                .lines()
                .find(|l| l.starts_with("Takes part ("))
                .unwrap_or_default();
            assert!(line.contains("Biebesheim am Rhein (2017)"), "{text}");
        }
        other => panic!("no copy: {other:?}"),
    }
}

#[test]
fn the_help_can_be_searched() {
    let mut app = app();
    press(&mut app, "? / matrix");
    assert_eq!(app.context(), Context::Filter);
    let Some(Screen::Help(p)) = app.top() else {
        panic!("no help")
    };
    let items = p.items(&app, 100);
    let text: Vec<String> = (0..items.count())
        .flat_map(|i| items.lines(i, 100))
        .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
        .collect();
    assert!(text[0].starts_with("/ matrix — "), "{text:?}");
    assert!(
        text.len() > 2
            && text[2..]
                .iter()
                .all(|l| l.to_lowercase().contains("matrix")),
        "{text:?}"
    );
    drop(items);
    // Enter keeps the words and closes the prompt; / and Esc show all again; q closes.
    press(&mut app, "enter");
    assert_eq!(app.context(), Context::Help);
    press(&mut app, "/ esc");
    let Some(Screen::Help(p)) = app.top() else {
        panic!("no help")
    };
    assert!(p.find.is_empty());
    press(&mut app, "q");
    assert_eq!(app.overlay(), None);
}

#[test]
fn fullwidth_letters_find_what_they_spell() {
    let mut app = app();
    press(&mut app, "/ ＫＬＩＭＡＳ enter");
    assert_eq!(project_id(&app), "klimaschutz");
    assert!(crate::text::folded_contains("Klimaschutz", "ＫＬＩＭＡ"));
}
