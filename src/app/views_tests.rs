//! The keys of the timeline, profile, compare and gaps screens, as a user types them.

use std::path::PathBuf;

use ratatui::layout::Rect;

use super::tests::{app, options, press, project_id};
use super::*;
use crate::data::{Origin, load};
use crate::query::compare::Side;
use crate::query::timeline::Order;

/// The small data set that shows every mark, read from its folder (named relative to
/// the crate, where the tests run, so that the screens name it the same on every machine).
pub(crate) fn marks(lang: Lang, w: u16, h: u16) -> App {
    let dir = PathBuf::from("tests/fixtures/marks");
    App::new(
        load(&Origin::Folder(dir)),
        Options { lang, ..options() },
        Rect::new(0, 0, w, h),
    )
}

fn timeline(app: &App) -> &TimelineState {
    match app.top() {
        Some(Screen::Timeline(t)) => t,
        other => panic!("the timeline is not on top: {other:?}"),
    }
}

fn profile(app: &App) -> &ProfileState {
    match app.top() {
        Some(Screen::Profile(p)) => p,
        other => panic!("the profile is not on top: {other:?}"),
    }
}

fn compare(app: &App) -> &CompareState {
    match app.top() {
        Some(Screen::Compare(c)) => c,
        other => panic!("the comparison is not on top: {other:?}"),
    }
}

fn gaps(app: &App) -> &GapsState {
    match app.top() {
        Some(Screen::Gaps(g)) => g,
        other => panic!("the gaps are not on top: {other:?}"),
    }
}

/// The member with this code.
fn member(app: &App, code: &str) -> crate::model::MemberIdx {
    let i = app.data.model.members.iter().position(|m| m.code == code);
    crate::model::MemberIdx(i.expect("a member with this code"))
}

#[test]
fn the_timeline_opens_on_the_selected_project_and_sorts_filters_and_marks() {
    let mut app = app();
    let selected = app.project;
    press(&mut app, "t");
    assert_eq!(app.context(), Context::Timeline);
    let t = timeline(&app);
    assert_eq!(t.timeline.rows.len(), app.data.model.projects.len());
    assert_eq!(
        t.project(),
        selected,
        "the cursor starts on the browser's project"
    );
    assert_eq!(t.order, Order::Start);
    // s: by field, by title, by start again; the cursor stays on its project.
    press(&mut app, "j s");
    let on = timeline(&app).project();
    assert_eq!(timeline(&app).order, Order::Field);
    assert_eq!(timeline(&app).project(), on);
    press(&mut app, "s");
    assert_eq!(timeline(&app).order, Order::Title);
    let titles: Vec<String> = timeline(&app)
        .timeline
        .rows
        .iter()
        .map(|r| crate::text::fold(&app.data.model.project(r.project).title))
        .collect();
    assert!(titles.is_sorted(), "{titles:?}");
    press(&mut app, "s");
    assert_eq!(timeline(&app).order, Order::Start);
    // The filter, like the matrix's: Enter keeps it, Esc in the prompt drops it.
    press(&mut app, "/ klima enter");
    assert_eq!(app.context(), Context::Timeline);
    let t = timeline(&app);
    assert!(t.timeline.rows.len() < app.data.model.projects.len());
    assert_eq!(t.filter, "klima");
    let first = t.project().map(|p| app.data.model.project(p).title.clone());
    assert_eq!(first.as_deref(), Some("Klimaschutz"));
    press(&mut app, "f esc");
    assert!(timeline(&app).filter.is_empty());
    assert_eq!(
        timeline(&app).timeline.rows.len(),
        app.data.model.projects.len()
    );
    // M marks the browser's member, again lists only its projects, again all.
    press(&mut app, "M");
    let m = app.member.unwrap();
    let t = timeline(&app);
    assert_eq!(t.marked, Some(m));
    assert_eq!(t.timeline.rows.len(), app.data.model.projects.len());
    let model = app.data.model.clone();
    let named =
        |p: crate::model::ProjectIdx| model.project(p).participants.iter().any(|x| x.member == m);
    let count = t.timeline.rows.iter().filter(|r| named(r.project)).count();
    assert_eq!(t.marked_count, count);
    press(&mut app, "M");
    let t = timeline(&app);
    assert!(t.only);
    assert_eq!(t.timeline.rows.len(), count);
    assert!(t.timeline.rows.iter().all(|r| named(r.project)));
    press(&mut app, "M");
    assert_eq!(timeline(&app).marked, None);
    assert_eq!(
        timeline(&app).timeline.rows.len(),
        app.data.model.projects.len()
    );
    // What the timeline showed stays for the next time.
    press(&mut app, "s esc t");
    assert_eq!(timeline(&app).order, Order::Field);
    press(&mut app, "s s");
    press(&mut app, "esc");
    assert_eq!(app.context(), Context::Browser);
}

#[test]
fn enter_in_the_timeline_opens_the_project_and_esc_comes_back() {
    let mut app = app();
    press(&mut app, "t G");
    let last = timeline(&app).project();
    press(&mut app, "enter");
    assert_eq!(app.context(), Context::Browser);
    assert_eq!(app.project, last);
    assert_eq!(app.browser().map(|b| b.focus), Some(Pane::Projects));
    press(&mut app, "esc");
    assert_eq!(timeline(&app).project(), last);
    // y copies the project under the cursor.
    press(&mut app, "y");
    let title = last
        .map(|p| app.data.model.project(p).title.clone())
        .unwrap();
    assert!(
        matches!(app.take_effect(), Some(Effect::Copy(t)) if t.contains(&title)),
        "{title}"
    );
}

#[test]
fn a_narrow_timeline_scrolls_through_the_years() {
    let mut app = app();
    app.handle(Input::Resize(60, 20));
    press(&mut app, "t");
    let cols = timeline(&app).columns_at(&app);
    let n = timeline(&app).timeline.per_year.len();
    assert!(cols.years.len() < n, "14 years do not fit 60 columns");
    assert_eq!(cols.years.end, n, "the latest years show first");
    press(&mut app, "h h");
    assert_eq!(timeline(&app).columns_at(&app).years.end, n - 2);
    // Far to the left stops at the first year; l goes back.
    press(&mut app, "h h h h h h h h h h h h h h h h h h h h");
    assert_eq!(timeline(&app).columns_at(&app).years.start, 0);
    press(&mut app, "l");
    assert_eq!(timeline(&app).columns_at(&app).years.start, 1);
}

#[test]
fn the_profile_shows_the_selected_member_and_opens_its_projects() {
    let mut app = app();
    let mw = member(&app, "MW");
    app.member = Some(mw);
    press(&mut app, "p");
    assert_eq!(app.context(), Context::Profile);
    let p = &profile(&app).profile;
    assert_eq!(p.member, mw);
    assert_eq!(p.rows.len(), app.data.model.projects.len());
    assert_eq!(p.named + p.possible + p.not, p.projects);
    press(&mut app, "g enter");
    let first = profile_row(&app);
    assert_eq!(app.context(), Context::Browser);
    assert_eq!(app.member, Some(mw));
    assert_eq!(app.project, Some(first));
    press(&mut app, "esc");
    assert_eq!(app.context(), Context::Profile);
    // c compares this member with another; Esc comes back.
    press(&mut app, "c");
    assert_eq!(app.context(), Context::Choose);
    assert_eq!(compare(&app).a, mw);
    press(&mut app, "esc");
    assert_eq!(app.context(), Context::Profile);
    press(&mut app, "esc");
    assert_eq!(app.context(), Context::Browser);
}

/// The project of the first row of the profile below the browser.
fn profile_row(app: &App) -> crate::model::ProjectIdx {
    app.stack
        .iter()
        .find_map(|s| match s {
            Screen::Profile(p) => p.profile.rows.first().map(|r| r.project),
            _ => None,
        })
        .unwrap()
}

#[test]
fn compare_chooses_the_second_member_then_counts_each_side() {
    let mut app = app();
    let (mw, tre) = (member(&app, "MW"), member(&app, "TRE"));
    app.member = Some(mw);
    press(&mut app, "c");
    assert_eq!(app.context(), Context::Choose);
    let others = compare(&app).others(&app);
    assert_eq!(others.len(), app.data.model.members.len() - 1);
    assert!(!others.contains(&mw));
    let at = others.iter().position(|&m| m == tre).unwrap();
    press(&mut app, &"j ".repeat(at));
    press(&mut app, "enter");
    assert_eq!(app.context(), Context::Compare);
    let c = compare(&app).comparison.clone().unwrap();
    assert_eq!(c.b, tre);
    assert_eq!(c.year, app.selected_year());
    let sum: usize = Side::ALL.iter().map(|&s| c.count(s)).sum();
    assert_eq!(sum, c.rows.len());
    // 0: all years, as `ikz compare MW TRE`.
    press(&mut app, "0");
    let all = compare(&app).comparison.clone().unwrap();
    assert_eq!(all.year, None);
    assert_eq!(
        all,
        crate::query::compare::compare(&app.data.model, mw, tre, None)
    );
    // Enter opens the project; Esc comes back; c chooses another; Esc keeps this one.
    press(&mut app, "enter");
    assert_eq!(app.context(), Context::Browser);
    assert_eq!(app.project, all.rows.first().map(|r| r.project));
    press(&mut app, "esc c");
    assert_eq!(app.context(), Context::Choose);
    press(&mut app, "esc");
    assert_eq!(app.context(), Context::Compare);
    assert_eq!(compare(&app).comparison.as_ref().map(|c| c.b), Some(tre));
    press(&mut app, "esc");
    assert_eq!(app.context(), Context::Browser);
}

#[test]
fn the_gaps_open_their_item_and_edit_only_files_on_disk() {
    let mut app = app();
    press(&mut app, "!");
    assert_eq!(app.context(), Context::Gaps);
    assert_eq!(gaps(&app).list.at, 0);
    let first = app.data.gaps().first().cloned().unwrap();
    assert_eq!(first.kind, crate::diag::GapKind::PartlyNamed, "by kind");
    // Enter: the project in the year the count concerns.
    press(&mut app, "enter");
    assert_eq!(app.context(), Context::Browser);
    assert_eq!(project_id(&app), first.subject);
    assert_eq!(app.selected_year(), first.year);
    press(&mut app, "esc");
    // The data built into the program has no file to edit.
    press(&mut app, "e");
    assert_eq!(app.take_effect(), None);
    assert_eq!(app.message.as_deref(), Some(Lang::En.texts().gaps.built_in));

    // Read from a folder, e asks the terminal side for the editor at the line.
    let mut app = marks(Lang::En, 80, 24);
    press(&mut app, "! G");
    let last = app.data.gaps().last().cloned().unwrap();
    press(&mut app, "e");
    assert_eq!(
        app.take_effect(),
        Some(Effect::Edit {
            path: last.path.clone().into(),
            line: last.line
        })
    );
    // A missing report (the shipped data's last gap, 2023) opens its year.
    let mut app = self::app();
    press(&mut app, "! G");
    let last = app.data.gaps().last().cloned().unwrap();
    assert_eq!(last.kind, crate::diag::GapKind::NoReport);
    press(&mut app, "enter");
    assert_eq!(app.selected_year(), last.year);
    assert_eq!(app.browser().map(|b| b.focus), Some(Pane::Years));
}

#[test]
fn every_gap_leads_somewhere() {
    let app = marks(Lang::En, 80, 24);
    assert!(!app.data.gaps().is_empty());
    for gap in app.data.gaps() {
        assert!(
            gaps::target(&app.data.model, gap).is_some(),
            "{}",
            Lang::En.texts().gaps.line(gap, Lang::En)
        );
    }
}

#[test]
fn the_views_keep_their_place_over_a_reload_and_survive_any_key() {
    let mut app = app();
    press(&mut app, "t j j");
    let on = timeline(&app).project();
    let old = app.data.model.clone();
    let mut stack = std::mem::take(&mut app.stack);
    for s in &mut stack {
        s.reload(&app, &old);
    }
    app.stack = stack;
    assert_eq!(timeline(&app).project(), on);
    // Every key in every view at every size does not panic, down to 1×1.
    for (w, h) in [(80, 24), (60, 15), (1, 1), (200, 60)] {
        let mut app = super::tests::app();
        app.handle(Input::Resize(w, h));
        for view in ["t", "p", "c", "c j enter", "!", "m t", "m p", "m !"] {
            press(&mut app, view);
            press(
                &mut app,
                "j k G g pgdn pgup h l s M / x enter < > 0 enter esc esc",
            );
            press(&mut app, "esc esc esc");
            let _ = crate::ui::tests::screen(&app);
        }
    }
}

#[test]
fn the_members_to_compare_with_can_be_narrowed() {
    let mut app = app();
    app.member = Some(member(&app, "TRE"));
    press(&mut app, "c / moerf");
    assert_eq!(app.context(), Context::Filter);
    let others = compare(&app).others(&app);
    assert_eq!(others, vec![member(&app, "MW")]);
    // The only member left: one Enter chooses it.
    press(&mut app, "enter");
    assert_eq!(app.context(), Context::Compare);
    assert_eq!(
        compare(&app).comparison.as_ref().map(|c| c.b),
        Some(member(&app, "MW"))
    );
    // Nothing fits: Enter chooses nothing; Esc in the prompt drops what narrows.
    press(&mut app, "c / zzz enter enter");
    assert_eq!(app.context(), Context::Choose);
    assert!(compare(&app).others(&app).is_empty());
    press(&mut app, "/ esc");
    assert_eq!(
        compare(&app).others(&app).len(),
        app.data.model.members.len() - 1
    );
}

#[test]
fn the_help_of_a_view_lists_its_keys_and_its_filter() {
    let mut app = app();
    press(&mut app, "t ?");
    let text = help_text(&app);
    let t = Lang::En.texts();
    for words in [
        t.keys.views.sort_timeline,
        t.keys.views.mark_member,
        t.help_filter,
        t.keys.keep_the_filter,
        t.timeline.legend,
    ] {
        let first = words.split(' ').take(4).collect::<Vec<_>>().join(" ");
        assert!(text.contains(&first), "{first:?} in\n{text}");
    }
    assert!(!text.contains(t.help_matrix), "{text}");
    // From inside the filter: its keys, nothing of the matrix.
    press(&mut app, "esc / f1");
    let text = help_text(&app);
    assert!(text.contains(t.keys.keep_the_filter), "{text}");
    assert!(!text.contains(t.help_matrix), "{text}");
}

/// The matrix's help explains the cursor's brackets and the notation over all years,
/// besides that of one year.
#[test]
fn the_help_of_the_matrix_explains_its_brackets() {
    let mut app = app();
    press(&mut app, "m ?");
    let text = help_text(&app);
    let t = Lang::En.texts();
    for words in [
        t.help_matrix,
        t.matrix.cursor_help,
        t.legend_projects,
        t.legend_projects_all,
    ] {
        assert!(text.contains(words), "{words:?} in\n{text}");
    }
}

/// The help popup on top, as text.
fn help_text(app: &App) -> String {
    let Some(Screen::Help(p)) = app.top() else {
        panic!("no help")
    };
    let items = p.items(app, 200);
    (0..items.count())
        .flat_map(|i| items.lines(i, 200))
        .map(|l| format!("{l}\n"))
        .collect()
}

#[test]
fn the_views_open_from_the_matrix_too() {
    let mut app = app();
    press(&mut app, "m t");
    assert_eq!(app.context(), Context::Timeline);
    press(&mut app, "esc");
    assert_eq!(app.context(), Context::Matrix);
    // The profile of the cursor's member.
    press(&mut app, "j l l p");
    assert_eq!(app.context(), Context::Profile);
    press(&mut app, "esc !");
    assert_eq!(app.context(), Context::Gaps);
}

#[test]
fn the_comparisons_year_is_its_own() {
    let mut app = app();
    let before = app.selected_year();
    app.member = Some(member(&app, "TRE"));
    press(&mut app, "c / moerf enter");
    let year = |app: &App| compare(app).comparison.as_ref().map(|c| c.year);
    assert_eq!(year(&app), Some(before));
    press(&mut app, "< <");
    assert_eq!(year(&app), Some(before.map(|y| y - 2)));
    // The browser's year and selection stay where the user left them.
    assert_eq!(app.selected_year(), before);
    assert_eq!(app.member, Some(member(&app, "TRE")));
}

#[test]
fn a_view_open_further_down_is_gone_back_to_not_stacked_again() {
    let mut app = app();
    press(&mut app, "t j j");
    let at = timeline(&app).project();
    // Enter opens the project in a browser over the timeline; t there: the same timeline.
    press(&mut app, "enter");
    assert_eq!(app.stack.len(), 3);
    press(&mut app, "t");
    assert_eq!(app.stack.len(), 2);
    assert_eq!(app.context(), Context::Timeline);
    assert_eq!(timeline(&app).project(), at);
    // Opened again and again, the stack does not grow.
    for _ in 0..5 {
        press(&mut app, "enter t");
    }
    assert_eq!(app.stack.len(), 2);
}
