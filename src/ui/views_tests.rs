//! Snapshots of the timeline, profile, compare and gaps screens at 80×24 and 120×40 in
//! both languages, on the shipped data and on the small data set that shows every mark;
//! and checks that the figures on screen are the data's.

use super::tests::{app_with, screen};
use crate::app::tests::press;
use crate::app::views_tests::marks;
use crate::app::{App, Screen};
use crate::model::MemberIdx;
use crate::present::words::Lang;
use crate::query::compare::Side;

/// Opens a view as a user would: `t`, `p` and `!`; `c` compares the first member with
/// the member of code `b`.
fn open(app: &mut App, view: &str) {
    match view {
        "compare" => {
            app.member = Some(MemberIdx(0));
            press(app, "c");
            let b = if app.data.model.members.len() > 5 {
                "MW"
            } else {
                "KG"
            };
            let at = app
                .data
                .model
                .members
                .iter()
                .position(|m| m.code == b)
                .unwrap();
            press(app, &"j ".repeat(at - 1));
            press(app, "enter 0");
        }
        "profile" => {
            let code = if app.data.model.members.len() > 5 {
                "MW"
            } else {
                "AS"
            };
            let m = app.data.model.members.iter().position(|m| m.code == code);
            app.member = m.map(MemberIdx);
            press(app, "p");
        }
        "timeline" => press(app, "t M"),
        "gaps" => press(app, "!"),
        _ => unreachable!(),
    }
}

macro_rules! snapshots {
    ($($name:ident: $data:ident, $view:literal, $lang:ident, $w:literal, $h:literal;)*) => {$(
        #[test]
        fn $name() {
            let mut app = $data(Lang::$lang, $w, $h);
            open(&mut app, $view);
            insta::assert_snapshot!(screen(&app));
        }
    )*};
}

snapshots! {
    timeline_80x24_en: app_with, "timeline", En, 80, 24;
    timeline_80x24_de: app_with, "timeline", De, 80, 24;
    timeline_120x40_en: app_with, "timeline", En, 120, 40;
    timeline_120x40_de: app_with, "timeline", De, 120, 40;
    profile_80x24_en: app_with, "profile", En, 80, 24;
    profile_80x24_de: app_with, "profile", De, 80, 24;
    profile_120x40_en: app_with, "profile", En, 120, 40;
    profile_120x40_de: app_with, "profile", De, 120, 40;
    compare_80x24_en: app_with, "compare", En, 80, 24;
    compare_80x24_de: app_with, "compare", De, 80, 24;
    compare_120x40_en: app_with, "compare", En, 120, 40;
    compare_120x40_de: app_with, "compare", De, 120, 40;
    gaps_80x24_en: app_with, "gaps", En, 80, 24;
    gaps_80x24_de: app_with, "gaps", De, 80, 24;
    gaps_120x40_en: app_with, "gaps", En, 120, 40;
    gaps_120x40_de: app_with, "gaps", De, 120, 40;
    timeline_200x60_en: app_with, "timeline", En, 200, 60;
    timeline_200x60_de: app_with, "timeline", De, 200, 60;
    profile_200x60_en: app_with, "profile", En, 200, 60;
    profile_200x60_de: app_with, "profile", De, 200, 60;
    compare_200x60_en: app_with, "compare", En, 200, 60;
    compare_200x60_de: app_with, "compare", De, 200, 60;
    gaps_200x60_en: app_with, "gaps", En, 200, 60;
    gaps_200x60_de: app_with, "gaps", De, 200, 60;
    marks_timeline_80x24_en: marks, "timeline", En, 80, 24;
    marks_timeline_120x40_de: marks, "timeline", De, 120, 40;
    marks_profile_80x24_en: marks, "profile", En, 80, 24;
    marks_profile_120x40_de: marks, "profile", De, 120, 40;
    marks_compare_80x24_en: marks, "compare", En, 80, 24;
    marks_compare_120x40_de: marks, "compare", De, 120, 40;
    marks_gaps_80x24_en: marks, "gaps", En, 80, 24;
    marks_gaps_120x40_de: marks, "gaps", De, 120, 40;
}

/// The numbers of the screen's row that starts with `label` (after the frame).
fn numbers(screen: &str, label: &str) -> Vec<usize> {
    let line = screen
        .lines()
        .find(|l| l.trim_start_matches(['┃', '│', ' ']).starts_with(label))
        .unwrap_or_else(|| panic!("no row {label:?} in\n{screen}"));
    line.split(|c: char| !c.is_ascii_digit())
        .filter_map(|w| w.parse().ok())
        .collect()
}

#[test]
fn the_timeline_counts_are_the_data_s() {
    for lang in [Lang::En, Lang::De] {
        let mut app = app_with(lang, 200, 60);
        open(&mut app, "timeline");
        let Some(Screen::Timeline(t)) = app.top() else {
            panic!("no timeline")
        };
        let per_year = t.timeline.per_year.clone();
        // The count of each year is the number of projects active in it.
        for (i, &n) in per_year.iter().enumerate() {
            let year = t.timeline.first_year + i as u16;
            assert_eq!(n, app.data.model.projects_in(Some(year)).len(), "{year}");
        }
        let shown = numbers(&screen(&app), lang.texts().timeline.projects_row);
        assert_eq!(shown, per_year);
    }
}

#[test]
fn the_timeline_says_what_the_milestones_of_the_row_under_the_cursor_were() {
    for (w, h, lines) in [(80, 24, 1), (120, 40, 5), (200, 60, 9)] {
        let mut app = app_with(Lang::De, w, h);
        open(&mut app, "timeline");
        let shown = screen(&app);
        assert!(
            shown.contains("Meilensteine von Kommunales Vergabezentrum Groß-Gerau:"),
            "{w}×{h}:\n{shown}"
        );
        // Each with its year, as many as there is room for.
        let of_years = shown.lines().filter(|l| l.contains("┃o 20")).count();
        assert!(of_years >= lines.min(4), "{w}×{h}: {of_years}\n{shown}");
        assert!(
            shown.contains("o 2014: Die gemeinsame Organisation"),
            "{shown}"
        );
        // They follow the cursor.
        press(&mut app, "j");
        let shown = screen(&app);
        assert!(
            shown.contains("Meilensteine von Strom- und Gaseinkauf:"),
            "{shown}"
        );
    }
}

#[test]
fn the_profile_counts_are_the_data_s() {
    let mut app = app_with(Lang::En, 200, 60);
    open(&mut app, "profile");
    let Some(Screen::Profile(p)) = app.top() else {
        panic!("no profile")
    };
    let p = p.profile.clone();
    let s = screen(&app);
    let words = &Lang::En.texts().profile;
    let named: Vec<usize> = p.years.iter().map(|y| y.named).collect();
    let possible: Vec<usize> = p.years.iter().map(|y| y.possible).collect();
    assert_eq!(numbers(&s, words.named_row), named);
    assert_eq!(numbers(&s, words.possible_row), possible);
    // Named in a year: the projects whose participants name the member in that year.
    for y in &p.years {
        let n = (0..app.data.model.projects.len())
            .map(crate::model::ProjectIdx)
            .filter(|&q| app.data.model.named_years(q, p.member).contains(&y.year))
            .count();
        assert_eq!(y.named, n, "{}", y.year);
    }
}

#[test]
fn the_compare_counts_are_the_data_s() {
    for lang in [Lang::En, Lang::De] {
        let mut app = app_with(lang, 120, 40);
        open(&mut app, "compare");
        let Some(Screen::Compare(c)) = app.top() else {
            panic!("no comparison")
        };
        let c = c.comparison.clone().unwrap();
        let s = screen(&app);
        let cw = &lang.texts().compare;
        let (a, b) = (
            &app.data.model.member(c.a).code,
            &app.data.model.member(c.b).code,
        );
        for side in Side::ALL {
            let name = match side {
                Side::Open => cw.open.to_string(),
                _ => cw.side(side, a, b),
            };
            let shown = numbers(&s, &name);
            assert_eq!(shown.last(), Some(&c.count(side)), "{name}");
        }
    }
}

#[test]
fn the_gaps_screen_lists_every_gap() {
    let mut app = app_with(Lang::En, 200, 60);
    open(&mut app, "gaps");
    let s = screen(&app);
    let total = app.data.gaps().len();
    assert!(s.contains(&format!("{total} gaps in the data")), "{s}");
    for gap in app.data.gaps() {
        // Each row: the file and line, the name of what it is about, what is missing (the
        // message, without the id the name stands for).
        let message = (Lang::En.texts().gaps.said)(&gap.what);
        let what = message
            .strip_prefix(&format!("`{}` ", gap.subject))
            .unwrap_or(&message);
        let file = gap.path.rsplit('/').next().unwrap();
        let row = format!("{file}:{}", gap.line);
        assert!(
            s.lines().any(|l| l.contains(&row) && l.contains(what)),
            "{}\n{s}",
            Lang::En.texts().gaps.line(gap, Lang::En)
        );
    }
}

#[test]
fn no_color_keeps_every_mark() {
    // The marks carry the meaning: the same screen with and without colour.
    let mut app = marks(Lang::En, 80, 24);
    open(&mut app, "timeline");
    let plain = screen(&app);
    app.options.color = true;
    assert_eq!(screen(&app), plain);
    for mark in ["==", "##", "--", "??", "..", "=o", "●"] {
        assert!(plain.contains(mark), "{mark} in\n{plain}");
    }
}

#[test]
fn an_empty_list_says_why() {
    let mut app = app_with(Lang::De, 80, 24);
    press(&mut app, "t / qqqqxx enter");
    let s = screen(&app);
    assert!(s.contains(Lang::De.texts().timeline.none), "{s}");
    press(&mut app, "esc");
    open(&mut app, "compare");
    // 2013: the first year of the data, before any project.
    press(&mut app, "< < < < < < < < < < < < < < < <");
    let s = screen(&app);
    assert!(s.contains("· 2013"), "{s}");
    assert!(s.contains(Lang::De.texts().matrix.no_projects), "{s}");
}

#[test]
fn without_unicode_the_charts_are_plain_and_their_legends_alike() {
    let mut app = marks(Lang::En, 120, 40);
    app.options.glyphs = crate::text::Glyphs::Ascii;
    open(&mut app, "profile");
    let s = screen(&app);
    assert!(s.is_ascii(), "{s}");
    // █ named and ░ possible become # and ?, in the bars and in the legend.
    assert!(s.contains("# named ? possible"), "{s}");
    assert!(s.contains("##") && s.contains("??"), "{s}");
    press(&mut app, "esc t M");
    let s = screen(&app);
    assert!(s.is_ascii(), "{s}");
    assert!(s.contains("+ named: AS, 2 projects"), "{s}");
}
