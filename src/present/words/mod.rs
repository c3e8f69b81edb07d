//! The words of the interface in German and English. Data is shown as written.

use crate::model::{Participation, Status};
use crate::query::grid::{ColumnOrder, RowOrder};
use crate::web::NotWeb;

pub use crate::diag::Lang;
pub use views::{CompareWords, GapWords, ProfileWords, TimelineWords, ViewKeys};

mod views;

impl Lang {
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::De => &DE,
            Lang::En => &EN,
        }
    }
}

/// Every fixed text of the interface.
#[derive(Debug)]
pub struct Texts {
    pub years: &'static str,
    pub projects: &'static str,
    pub members: &'static str,
    pub detail: &'static str,
    pub all_years: &'static str,
    pub report: &'static str,
    pub field: &'static str,
    pub status: &'static str,
    pub milestones: &'static str,
    pub sources: &'static str,
    pub note: &'static str,
    pub takes_part: &'static str,
    pub does_not: &'static str,
    pub not_known: &'static str,
    pub participation: &'static str,
    pub kind: &'static str,
    pub kind_unknown: &'static str,
    /// The kinds of member, in the order of `Kind::ALL`.
    pub kinds: [&'static str; 3],
    pub code: &'static str,
    pub aliases: &'static str,
    pub projects_by_year: &'static str,
    pub no_projects_named: &'static str,
    pub may_take_part: &'static str,
    pub pages: &'static str,
    pub period: &'static str,
    pub published: &'static str,
    pub highlights: &'static str,
    pub events: &'static str,
    pub no_report: &'static str,
    pub steering_group: &'static str,
    /// Heading of an earlier composition of the steering group, before its year.
    pub composition_in: &'static str,
    pub website: &'static str,
    pub since: &'static str,
    pub year_unknown: &'static str,
    pub no_items: &'static str,
    pub built_in: &'static str,
    pub help_title: &'static str,
    pub help_mouse: &'static str,
    pub help_no_mouse: &'static str,
    pub help_close: &'static str,
    pub help_search: &'static str,
    /// Heading of the keys that work in every view.
    pub help_everywhere: &'static str,
    /// Heading of the keys that work everywhere, on a screen that is no view.
    pub help_also: &'static str,
    pub problems_title: &'static str,
    /// The same list when the files of a reload had errors too.
    pub problems_title_errors: &'static str,
    pub problems_none: &'static str,
    pub problems_close: &'static str,
    pub errors_title: &'static str,
    pub errors_intro: &'static str,
    pub errors_fix: &'static str,
    pub warnings: &'static str,
    pub warning: &'static str,
    pub too_small: &'static str,
    pub planned: &'static str,
    pub running: &'static str,
    pub completed: &'static str,
    pub status_unknown: &'static str,
    pub legend: &'static str,
    /// One line per pane that uses symbols or numbers, shown in the status bar while the
    /// pane has the focus, and in the help.
    /// The order of the projects list: by start year (then title), or marked first.
    pub order_start: &'static str,
    pub order_marks: &'static str,
    pub legend_years: &'static str,
    pub legend_projects: &'static str,
    pub legend_members: &'static str,
    pub legend_status: &'static str,
    pub legend_selection: &'static str,
    /// "Data": where the data comes from, in the cooperation's detail.
    pub data_origin: &'static str,
    pub reloaded: &'static str,
    pub reload_unchanged: &'static str,
    pub not_watched: &'static str,
    pub paste_cut: &'static str,
    pub cannot_suspend: &'static str,
    /// "… and 12 more (…)", around the number.
    pub more: (&'static str, &'static str),
    pub reload_builtin: &'static str,
    /// The status bar while the files have errors and the last good data is shown.
    pub stale: &'static str,
    pub stale_title: &'static str,
    pub help_matrix: &'static str,
    /// The search popup's title, and the result counted: one, many.
    pub search_title: &'static str,
    pub nothing_found: &'static str,
    pub results: (&'static str, &'static str),
    /// What a search result is.
    pub target_project: &'static str,
    pub target_member: &'static str,
    pub target_year: &'static str,
    /// The status in a few letters, for the projects list.
    pub status_short: [&'static str; 4],
    /// Before a year: "running in 2021", "läuft 2021".
    pub in_year: &'static str,
    /// Whether a member takes part, as a short answer: yes, no, not known.
    pub answers: [&'static str; 3],
    pub help_filter: &'static str,
    pub matrix: MatrixTexts,
    pub keys: KeyWords,
    /// The names of keys as printed on the keyboards of the language.
    pub key_names: KeyNames,
    pub export: ExportWords,
    pub cli: CliWords,
    pub profile: ProfileWords,
    pub compare: CompareWords,
    pub timeline: TimelineWords,
    pub gaps: GapWords,
    /// After `y`: what went to the terminal's clipboard, and how many lines.
    pub copied: (&'static str, &'static str),
    /// After `o`: source 1 of 3, titled, opens; none has an address; this one's address
    /// is not a web address (its title, its address, why); no browser could be started
    /// (the address).
    pub opening: fn(usize, usize, &str) -> String,
    pub no_address: &'static str,
    pub not_web: fn(&str, &str, &crate::web::NotWeb) -> String,
    pub no_browser: fn(&str) -> String,
    /// A project's seat, form, grants and awards; a member's hosted projects.
    pub seat: &'static str,
    pub form: &'static str,
    pub funding: &'static str,
    /// "in all", after the sum of the grants.
    pub in_all: &'static str,
    pub awards: &'static str,
    pub hosts: &'static str,
    /// Around an amount of euros, and the separator of thousands: "€100,000", "100.000 €".
    pub euros: (&'static str, &'static str),
    pub thousands: char,
    /// English screens name a form in English with the German term beside it.
    pub forms_in_english: bool,
}

/// The words of the key table: what each key does, and the status bar's short words.
#[derive(Debug)]
pub struct KeyWords {
    pub detail_down: &'static str,
    pub detail_up: &'static str,
    pub detail_page_down: &'static str,
    pub detail_page_up: &'static str,
    pub all_years: &'static str,
    pub back: &'static str,
    pub back_to_the_browser: &'static str,
    pub clear_the_line: &'static str,
    pub close: &'static str,
    pub close_the_search: &'static str,
    pub cursor_left: &'static str,
    pub cursor_right: &'static str,
    pub delete_a_character: &'static str,
    pub delete_a_word: &'static str,
    pub down: &'static str,
    pub drop_the_filter: &'static str,
    pub end_of_the_line: &'static str,
    pub export: &'static str,
    pub filter_the_projects: &'static str,
    pub first_item: &'static str,
    pub first_project: &'static str,
    pub follow_the_link: &'static str,
    pub help: &'static str,
    pub jump_to_the_result: &'static str,
    pub keep_the_filter: &'static str,
    pub last_item: &'static str,
    pub last_member: &'static str,
    pub last_project: &'static str,
    pub matrix: &'static str,
    pub next_member: &'static str,
    pub next_pane: &'static str,
    pub next_project: &'static str,
    pub next_result: &'static str,
    pub next_year: &'static str,
    pub open_in_browser: &'static str,
    pub page_down: &'static str,
    pub page_up: &'static str,
    pub pane_to_the_left: &'static str,
    pub pane_to_the_right: &'static str,
    pub previous_member: &'static str,
    pub previous_pane: &'static str,
    pub previous_project_or_members: &'static str,
    pub previous_result: &'static str,
    pub previous_year: &'static str,
    pub project_column: &'static str,
    pub quit: &'static str,
    pub read_again_watched: &'static str,
    pub copy: &'static str,
    pub open_source: &'static str,
    pub suspend: &'static str,
    pub read_again: &'static str,
    pub results_page_down: &'static str,
    pub results_page_up: &'static str,
    pub scroll_down: &'static str,
    pub scroll_up: &'static str,
    pub search: &'static str,
    pub sort_members: &'static str,
    pub sort_projects: &'static str,
    pub start_of_the_line: &'static str,
    pub up: &'static str,
    pub warnings: &'static str,
    pub bar_browser: &'static str,
    pub bar_clear: &'static str,
    pub bar_close: &'static str,
    pub bar_columns: &'static str,
    pub bar_export: &'static str,
    pub bar_filter: &'static str,
    pub bar_help: &'static str,
    pub bar_jump: &'static str,
    pub bar_keep: &'static str,
    pub bar_matrix: &'static str,
    pub bar_next: &'static str,
    pub bar_open: &'static str,
    pub bar_quit: &'static str,
    pub bar_reload: &'static str,
    pub bar_scroll: &'static str,
    pub bar_search: &'static str,
    pub bar_sort: &'static str,
    pub bar_year: &'static str,
    /// The keys of the timeline, profile, compare and gaps screens.
    pub views: ViewKeys,
}

/// Keys by their names on the keyboard: German keyboards print Pos1, Bild↑, Strg.
#[derive(Debug)]
pub struct KeyNames {
    pub tab: &'static str,
    pub shift_tab: &'static str,
    pub home: &'static str,
    pub end: &'static str,
    pub page_up: &'static str,
    pub page_down: &'static str,
    pub enter: &'static str,
    pub backspace: &'static str,
    pub esc: &'static str,
    pub ctrl: &'static str,
}

/// A noun counted: "1 error", "2 errors".
#[derive(Debug, Clone, Copy)]
pub struct Noun {
    pub one: &'static str,
    pub many: &'static str,
}

impl Noun {
    pub fn count(self, n: usize) -> String {
        format!("{n} {}", if n == 1 { self.one } else { self.many })
    }
}

/// The words of the command line. (The commands speak English for now; the German words
/// stand ready beside them.)
#[derive(Debug)]
pub struct CliWords {
    pub error: Noun,
    pub warning: Noun,
    pub file: Noun,
    pub member: Noun,
    pub project: Noun,
    pub report: Noun,
    /// "{origin} has {n errors}; fix them first (…)".
    pub has: &'static str,
    pub fix_first: &'static str,
    /// "the data has no year {y}; it covers {a}–{b}".
    pub no_year: &'static str,
    pub covers: &'static str,
    /// "{n warnings} in the data (…)".
    pub in_the_data: &'static str,
    pub not_empty: &'static str,
    pub wrote: (&'static str, &'static str),
    pub years: &'static str,
    pub cannot_write: &'static str,
    /// `ikz matrix --format xlsx` without a file; where `--output` wrote.
    pub xlsx_needs_output: &'static str,
    /// The built-in data, as `ikz check` names it; "year" in a search result.
    pub builtin_data: &'static str,
    pub year_word: &'static str,
    pub wrote_to: &'static str,
    pub note_that: &'static str,
    pub in_word: &'static str,
    pub ok: &'static str,
    pub not_a_terminal: &'static str,
    pub cannot_write_json: &'static str,
    pub cannot_write_output: &'static str,
    pub year_digits: &'static str,
    pub no_full_screen: &'static str,
    /// "ikz: the terminal failed: …": the browser could not go on drawing.
    pub terminal_failed: &'static str,
    pub use_commands: &'static str,
    pub count_digits: &'static str,
    /// Column headings of the lists.
    pub members_head: [&'static str; 5],
    pub projects_head: [&'static str; 5],
    pub this_member: &'static str,
    /// `ikz projects --funded`: the column of the sums, the line of the total.
    pub funded_head: &'static str,
    pub funded_total: (&'static str, &'static str),
    /// `ikz projects --form` with a form that is none.
    pub no_form: &'static str,
    pub forms_are: &'static str,
    pub years_head: [&'static str; 5],
    pub participants_head: [&'static str; 4],
    pub projects_of: &'static str,
    pub no_projects: &'static str,
    /// "no member fits `x` (`ikz members` lists them)"; "`x` fits 2 projects:".
    pub no: &'static str,
    pub fits: &'static str,
    /// Before a number of items ("passt auf 2 Mitglieder": no dative needed).
    pub fits_many: &'static str,
    pub lists_them: &'static str,
    pub name_one: &'static str,
    pub did_not_run: (&'static str, &'static str),
    pub taking_part: &'static str,
    pub sources: &'static str,
    pub none_named: &'static str,
    pub unnamed_unknown: &'static str,
    pub named_in: &'static str,
    pub until: &'static str,
    pub nothing_fits: &'static str,
    pub empty_query: &'static str,
    /// "… and 7 projects may include it: …"
    pub and: &'static str,
    pub may_include: &'static str,
    /// What the participation column says.
    pub notation: &'static str,
}

/// The words of the matrix written out whole (`ikz matrix`, the export).
#[derive(Debug)]
pub struct ExportWords {
    /// "Projects × members", then the year or `all_years`.
    pub title: &'static str,
    pub all_years: &'static str,
    /// "20 projects"; "3 of 20 projects match the filter".
    pub projects: &'static str,
    pub match_filter: (&'static str, &'static str),
    /// How the rows and the columns are sorted, in the order of `RowOrder::ALL` and
    /// `ColumnOrder::ALL`.
    pub rows: [&'static str; 3],
    pub columns: [&'static str; 3],
    /// The headings of the table and of its row of totals.
    pub project: &'static str,
    pub total: &'static str,
    pub named_in: &'static str,
    pub may_be_in: &'static str,
    pub legend: &'static str,
    /// Before the list of the members' codes and names.
    pub members: &'static str,
    /// The CSV's header keys: the project's id and title, how many are named, the count
    /// reported.
    pub csv_keys: [&'static str; 4],
    /// The CSV's cells: takes part, does not, not known.
    pub csv_values: [&'static str; 3],
    /// The workbook's headings of the id, title, named and reported columns.
    pub sheet_keys: [&'static str; 4],
    /// The workbook's sheets: the matrix, the legend; the heading of the sources.
    pub sheets: [&'static str; 2],
    pub sources: &'static str,
}

/// The words of the matrix view.
#[derive(Debug)]
pub struct MatrixTexts {
    pub title: &'static str,
    /// Heading of the project column.
    pub project: &'static str,
    /// Labels of the two rows of column totals: named in; may take part in more.
    pub named_in: &'static str,
    pub may_be_in: &'static str,
    pub filter: &'static str,
    /// How the projects and the members are sorted: "projects by", "members".
    pub rows_by: &'static str,
    pub columns_by: &'static str,
    pub by_title: &'static str,
    pub by_start: &'static str,
    pub by_count: &'static str,
    pub as_in_data: &'static str,
    pub by_name: &'static str,
    pub by_projects: &'static str,
    pub no_projects: &'static str,
    pub nothing_matches: &'static str,
    /// How to clear a kept filter.
    pub filter_clear: &'static str,
    pub first_year: &'static str,
    pub last_year: &'static str,
    pub exported: &'static str,
    pub export_failed: &'static str,
    /// Why a file could not be written, in words: the folder does not exist, no
    /// permission, the disk is full, the disk is read-only, not a folder.
    pub write_reasons: [&'static str; 5],
    pub exporting: &'static str,
    pub export_running: &'static str,
    /// "named in 3 projects" (before and after the number).
    pub named_in_n: (&'static str, &'static str),
    /// What the total column means.
    pub total_legend: &'static str,
    /// What the two rows of totals count, for the help.
    pub totals_help: &'static str,
    pub enter_opens: &'static str,
}

pub const EN: Texts = Texts {
    opening: |n, of, title| format!("Opening source {n} of {of} in the web browser: {title}"),
    no_address: "No source of this has a web address.",
    not_web: |title, address, why| match why {
        NotWeb::NotAnAddress => format!(
            "Not opened: the address of “{title}” is not a web address ({address}); only http and https addresses are opened."
        ),
        NotWeb::Scheme(scheme) => format!(
            "Not opened: the address of “{title}” is a “{scheme}:” address, not a web address; only http and https addresses are opened."
        ),
    },
    no_browser: |url| format!("No web browser could be started – y copies the addresses: {url}"),
    copied: ("Copied to the clipboard (through the terminal):", "lines"),
    seat: "Seat",
    form: "Form",
    funding: "Funding",
    in_all: "in all",
    awards: "Awards",
    hosts: "Seat of",
    euros: ("€", ""),
    thousands: ',',
    forms_in_english: true,
    years: "Years",
    projects: "Projects",
    members: "Members",
    detail: "Detail",
    all_years: "All years",
    report: "Report",
    field: "Field",
    status: "Status",
    milestones: "Milestones",
    sources: "Sources",
    note: "Note",
    takes_part: "Takes part",
    does_not: "Does not take part",
    not_known: "Not known",
    participation: "Participation",
    kind: "Kind",
    kind_unknown: "not stated in the sources",
    kinds: [
        "town (Stadt)",
        "municipality (Gemeinde)",
        "district (Landkreis)",
    ],
    code: "Code",
    aliases: "Also called",
    projects_by_year: "Projects by year",
    no_projects_named: "No source names this member in a project.",
    may_take_part: "may take part: the sources give no names, or not all",
    pages: "Pages",
    period: "Period",
    published: "Published",
    highlights: "Highlights",
    events: "Events",
    no_report: "No annual report for this year in the data.",
    steering_group: "Steering group",
    composition_in: "Members in",
    website: "Website",
    since: "since",
    year_unknown: "year not known",
    no_items: "(none)",
    built_in: "built-in",
    help_title: "Help — keys",
    help_mouse: "Mouse: a click selects, the wheel scrolls the pane under the pointer. To select text while ikz holds the mouse, drag with Shift held (in most terminals), or start ikz --no-mouse.",
    help_no_mouse: "The mouse is left to the terminal (--no-mouse): drag to select text.",
    help_close: "Esc, q or ? closes this help.",
    help_search: "In the search (every other key is text):",
    help_everywhere: "In every view:",
    help_also: "Also:",
    problems_title: "Warnings in the data",
    problems_title_errors: "Errors in the files and warnings in the data",
    problems_none: "No warnings and no errors in the data.",
    problems_close: "Esc, q or w closes this list.",
    errors_title: "The data has errors",
    errors_intro: "ikz cannot show this data until these errors are fixed:",
    errors_fix: "Fix each place in the file named at the start of its line and save it: ikz reads the folder again by itself (r reads it now; ikz check lists the same). q quits.",
    warnings: "warnings",
    warning: "warning",
    too_small: "Window too small",
    planned: "planned",
    running: "running",
    completed: "completed",
    status_unknown: "unknown",
    legend: "✓ takes part;  · does not;  ? not known;  ⌂ seat of the office (takes part)",
    order_start: "by start",
    order_marks: "✓ first",
    legend_years: "#8: number of the year's annual report (if one is known); last: projects that year",
    legend_projects: "n/15: named of all; (14): count reported; (?): no count",
    legend_members: "✓ takes part;  · does not;  ? not known;  ⌂ seat of the office (takes part)",
    legend_status: "Status in the year shown: planned, running, completed, – not known",
    legend_selection: "▶ the selected row where the keys act; ▷ the selected row of another list",
    data_origin: "Data",
    reloaded: "Data reloaded.",
    reload_unchanged: "Data read again: nothing changed.",
    more: ("… and", "more (the matrix, m, shows them all)"),
    not_watched: "Not watching for changes (r reloads)",
    paste_cut: "The pasted text was cut to 1000 characters",
    cannot_suspend: "Ctrl-z: this system cannot pause a program",
    reload_builtin: "The built-in data does not change; start ikz --data DIR to watch a folder.",
    stale: "the files have errors: showing the last good data (w)",
    stale_title: "Errors in the files (the last good data is shown)",
    help_matrix: "In the matrix:",
    search_title: "Search",
    nothing_found: "Nothing found.",
    results: ("result", "results"),
    target_project: "project",
    target_member: "member",
    target_year: "year",
    status_short: ["planned", "running", "completed", "–"],
    in_year: "in ",
    answers: ["yes", "no", "not known"],
    help_filter: "In the filter (every other key is text):",
    matrix: MatrixTexts {
        title: "Matrix",
        project: "Project",
        named_in: "Σ ✓ named in",
        may_be_in: "Σ ? may be in",
        filter: "Filter",
        rows_by: "projects",
        columns_by: "members",
        by_title: "by title",
        by_start: "by start year",
        by_count: "by participation",
        as_in_data: "as in the data",
        by_name: "by name",
        by_projects: "by projects",
        no_projects: "No projects in this year.",
        nothing_matches: "No project matches the filter.",
        filter_clear: "/ then Esc clears it",
        first_year: "This is the first year of the data.",
        last_year: "This is the last year of the data (0 shows all years).",
        exported: "Exported:",
        export_failed: "Export failed",
        write_reasons: [
            "the folder does not exist",
            "no permission to write there",
            "the disk is full",
            "the disk is read-only",
            "this is not a folder",
        ],
        exporting: "Exporting…",
        export_running: "An export is still being written; e works again once it is done",
        named_in_n: ("named in", "of the projects shown"),
        total_legend: "n/15: named of all; (14): count reported; (?): no count",
        totals_help: "Σ ✓ named in: how many of the projects shown name the member; Σ ? may be in: in how many more it may take part (their sources give no names, or not all).",
        enter_opens: "Enter opens it in the browser",
    },
    keys: KeyWords {
        detail_down: "detail: scroll down (from any pane)",
        detail_up: "detail: scroll up",
        detail_page_down: "detail: page down",
        detail_page_up: "detail: page up",
        all_years: "all years",
        back: "back",
        back_to_the_browser: "back to the browser",
        clear_the_line: "clear the line",
        close: "close",
        close_the_search: "close the search",
        cursor_left: "cursor left",
        cursor_right: "cursor right",
        delete_a_character: "delete a character",
        delete_a_word: "delete a word",
        down: "down",
        drop_the_filter: "drop the filter",
        end_of_the_line: "end of the line",
        export: "export as shown: CSV, Markdown, Excel",
        filter_the_projects: "filter the projects",
        first_item: "first item",
        first_project: "first project",
        follow_the_link: "follow the link",
        help: "help",
        jump_to_the_result: "jump to the result",
        keep_the_filter: "keep the filter",
        last_item: "last item",
        last_member: "last member",
        last_project: "last project",
        matrix: "matrix: projects × members",
        next_member: "next member",
        next_pane: "next pane",
        next_project: "next project",
        next_result: "next result",
        next_year: "next year",
        open_in_browser: "open in the browser: the project (header row: the member)",
        page_down: "page down",
        page_up: "page up",
        pane_to_the_left: "pane to the left",
        pane_to_the_right: "pane to the right",
        previous_member: "previous member (left of the first: the project)",
        previous_pane: "previous pane",
        previous_project_or_members: "previous project (above the first: the members)",
        previous_result: "previous result",
        previous_year: "previous year",
        project_column: "project column",
        quit: "quit",
        read_again_watched: "read the data folder again (it is also watched)",
        copy: "copy what is shown as text, with its sources",
        open_source: "open a source in the web browser (again: the next)",
        suspend: "pause ikz and return to the shell (fg comes back)",
        read_again: "read the data folder again",
        results_page_down: "results: page down",
        results_page_up: "results: page up",
        scroll_down: "scroll down",
        scroll_up: "scroll up",
        search: "search",
        sort_members: "sort the members: as in the data, name, projects",
        sort_projects: "sort the projects: title, start year, participation",
        start_of_the_line: "start of the line",
        up: "up",
        warnings: "warnings and errors in the data",
        bar_browser: "browser",
        bar_clear: "clear",
        bar_close: "close",
        bar_columns: "columns",
        bar_export: "export",
        bar_filter: "filter",
        bar_help: "help",
        bar_jump: "jump",
        bar_keep: "keep",
        bar_matrix: "matrix",
        bar_next: "next",
        bar_open: "open",
        bar_quit: "quit",
        bar_reload: "reload",
        bar_scroll: "scroll",
        bar_search: "search",
        bar_sort: "sort",
        bar_year: "year",
        views: views::KEYS_EN,
    },
    export: ExportWords {
        title: "Projects × members",
        all_years: "all years",
        projects: "projects",
        match_filter: ("of", "projects match the filter"),
        rows: [
            "rows by title",
            "rows by start year",
            "rows by participation, most first",
        ],
        columns: [
            "columns as in the data",
            "columns by name",
            "columns by projects, most first",
        ],
        project: "Project",
        total: "Named (reported)",
        named_in: "Named in (projects)",
        may_be_in: "May be in (projects)",
        legend: "✓ takes part;  · does not;  ? not known (the sources give no names, or not all);  ⌂ takes part, the project's office sits here\nn/15: members named, of all; (14): the count a source reports; (?): no count known",
        members: "Members",
        csv_keys: ["id", "title", "listed", "reported"],
        csv_values: ["yes", "no", "unknown"],
        sheets: ["Matrix", "Legend"],
        sheet_keys: ["ID", "Title", "Named", "Reported"],
        sources: "Sources",
    },
    key_names: KeyNames {
        tab: "Tab",
        shift_tab: "Shift-Tab",
        home: "Home",
        end: "End",
        page_up: "PgUp",
        page_down: "PgDn",
        enter: "Enter",
        backspace: "Backspace",
        esc: "Esc",
        ctrl: "Ctrl",
    },
    profile: views::PROFILE_EN,
    compare: views::COMPARE_EN,
    timeline: views::TIMELINE_EN,
    gaps: views::GAPS_EN,
    cli: CliWords {
        error: Noun {
            one: "error",
            many: "errors",
        },
        warning: Noun {
            one: "warning",
            many: "warnings",
        },
        file: Noun {
            one: "file",
            many: "files",
        },
        member: Noun {
            one: "member",
            many: "members",
        },
        project: Noun {
            one: "project",
            many: "projects",
        },
        report: Noun {
            one: "report",
            many: "reports",
        },
        has: "has",
        fix_first: "fix them first (`ikz check` lists every problem)",
        no_year: "the data has no year",
        covers: "it covers",
        in_the_data: "in the data (`ikz check` shows them)",
        not_empty: "is not empty; give a new or empty folder",
        wrote: ("wrote", "to"),
        years: "years",
        cannot_write: "cannot write",
        xlsx_needs_output: "a workbook is written into a file: add --output FILE.xlsx",
        builtin_data: "built-in data",
        year_word: "year",
        wrote_to: "ikz: wrote",
        note_that: "note that",
        in_word: "in",
        ok: "ok",
        not_a_terminal: "standard output is not a terminal, so the browser does not start.\nFor scripts, use a command: ikz check | members | projects | years | participants | matrix\n(ikz --help describes them)",
        cannot_write_json: "cannot write JSON",
        cannot_write_output: "cannot write the output",
        year_digits: "a year is written with four digits, such as 2024",
        no_full_screen: "this terminal cannot show the browser",
        terminal_failed: "the terminal failed",
        use_commands: "The commands work here: ikz projects, ikz participants PROJECT, ikz matrix, ikz search QUERY (ikz --help lists them all).",
        count_digits: "give a number of 1 or more, such as 20",
        members_head: ["CODE", "NAME", "KIND", "ID", "ALIASES"],
        projects_head: ["ID", "TITLE", "STATUS", "YEARS", "TAKING PART"],
        this_member: "THIS MEMBER",
        funded_head: "FUNDING",
        funded_total: ("Funding in all:", "for"),
        no_form: "no form matches",
        forms_are: "the forms are",
        years_head: ["YEAR", "PROJECTS", "REPORT", "PAGES", "EVENTS"],
        participants_head: ["CODE", "MEMBER", "TAKES PART", "YEARS"],
        projects_of: "Projects of",
        no_projects: "No projects",
        no: "no",
        fits: "fits",
        fits_many: "fits",
        lists_them: "lists them",
        name_one: "name one of them by its id",
        did_not_run: ("did not run in", "years"),
        taking_part: "Taking part",
        sources: "Sources",
        none_named: "They name none of the participants: who takes part is not known.",
        unnamed_unknown: "Members they do not name are shown as \"not known\".",
        named_in: "named in",
        until: "until",
        nothing_fits: "nothing fits",
        empty_query: "give something to look for, such as: ikz search klima",
        and: "And",
        may_include: "may include it: their sources give no names, or not all (--all lists them).",
        notation: "TAKING PART: the members a source names, of all; (14) the count a source reports, where it is larger; (?) no count is known.",
    },
};

pub const DE: Texts = Texts {
    opening: |n, of, title| format!("Quelle {n} von {of} wird im Webbrowser geöffnet: {title}"),
    no_address: "Keine Quelle dazu hat eine Webadresse.",
    not_web: |title, address, why| match why {
        NotWeb::NotAnAddress => format!(
            "Nicht geöffnet: Die Adresse von „{title}“ ist keine Webadresse ({address}); geöffnet werden nur http- und https-Adressen."
        ),
        NotWeb::Scheme(scheme) => format!(
            "Nicht geöffnet: Die Adresse von „{title}“ ist eine „{scheme}:“-Adresse, keine Webadresse; geöffnet werden nur http- und https-Adressen."
        ),
    },
    no_browser: |url| format!("Kein Webbrowser ließ sich starten – y kopiert die Adressen: {url}"),
    copied: (
        "In die Zwischenablage kopiert (über das Terminal):",
        "Zeilen",
    ),
    seat: "Sitz",
    form: "Form",
    funding: "Förderung",
    in_all: "insgesamt",
    awards: "Auszeichnungen",
    hosts: "Sitz von",
    euros: ("", " €"),
    thousands: '.',
    forms_in_english: false,
    years: "Jahre",
    projects: "Projekte",
    members: "Mitglieder",
    detail: "Details",
    all_years: "Alle Jahre",
    report: "Bericht",
    field: "Bereich",
    status: "Stand",
    milestones: "Meilensteine",
    sources: "Quellen",
    note: "Hinweis",
    takes_part: "Beteiligt",
    does_not: "Nicht beteiligt",
    not_known: "Nicht bekannt",
    participation: "Beteiligung",
    kind: "Art",
    kind_unknown: "in den Quellen nicht angegeben",
    kinds: ["Stadt", "Gemeinde", "Landkreis"],
    code: "Kürzel",
    aliases: "Auch genannt",
    projects_by_year: "Projekte nach Jahr",
    no_projects_named: "Keine Quelle nennt dieses Mitglied in einem Projekt.",
    may_take_part: "vielleicht beteiligt: die Quellen nennen keine oder nicht alle Namen",
    pages: "Seiten",
    period: "Zeitraum",
    published: "Erschienen",
    highlights: "Schwerpunkte",
    events: "Ereignisse",
    no_report: "Für dieses Jahr enthalten die Daten keinen Jahresbericht.",
    steering_group: "Lenkungsgruppe",
    composition_in: "Besetzung",
    website: "Website",
    since: "seit",
    year_unknown: "Jahr nicht bekannt",
    no_items: "(keine)",
    built_in: "mitgeliefert",
    help_title: "Hilfe – Tasten",
    help_mouse: "Maus: Klick wählt aus, das Rad blättert im Bereich unter dem Zeiger. Um Text zu markieren, während ikz die Maus nutzt, mit gedrückter Umschalttaste ziehen (in den meisten Terminals) oder ikz --no-mouse starten.",
    help_no_mouse: "Die Maus bleibt dem Terminal überlassen (--no-mouse): Text durch Ziehen markieren.",
    help_close: "Esc, q oder ? schließt diese Hilfe.",
    help_search: "In der Suche (alle anderen Tasten sind Text):",
    help_everywhere: "In jeder Ansicht:",
    help_also: "Außerdem:",
    problems_title: "Warnungen in den Daten",
    problems_title_errors: "Fehler in den Dateien und Warnungen in den Daten",
    problems_none: "Keine Warnungen und keine Fehler in den Daten.",
    problems_close: "Esc, q oder w schließt diese Liste.",
    errors_title: "Die Daten enthalten Fehler",
    errors_intro: "ikz kann diese Daten erst zeigen, wenn diese Fehler behoben sind:",
    errors_fix: "Jede Stelle in der Datei beheben, die am Zeilenanfang steht, und speichern: ikz liest den Ordner von selbst neu (r liest sofort; ikz check zeigt dasselbe). q beendet.",
    warnings: "Warnungen",
    warning: "Warnung",
    too_small: "Fenster zu klein",
    planned: "geplant",
    running: "läuft",
    completed: "abgeschlossen",
    status_unknown: "unbekannt",
    legend: "✓ beteiligt;  · nicht beteiligt;  ? nicht bekannt;  ⌂ Sitz der Stelle (beteiligt)",
    order_start: "nach Beginn",
    order_marks: "✓ zuerst",
    legend_years: "#8: Nummer des Jahresberichts (wenn einer bekannt ist); zuletzt: Projekte im Jahr",
    legend_projects: "n/15: genannt von allen; (14): gemeldete Anzahl; (?): keine Anzahl",
    legend_members: "✓ beteiligt;  · nicht beteiligt;  ? nicht bekannt;  ⌂ Sitz der Stelle (beteiligt)",
    legend_status: "Stand im gezeigten Jahr: geplant, läuft, abgeschlossen, – nicht bekannt",
    legend_selection: "▶ die gewählte Zeile, auf die die Tasten wirken; ▷ die gewählte Zeile einer anderen Liste",
    data_origin: "Daten",
    reloaded: "Daten neu gelesen.",
    reload_unchanged: "Daten neu gelesen: nichts geändert.",
    more: ("… und", "weitere (die Matrix, m, zeigt alle)"),
    not_watched: "Änderungen werden nicht beobachtet (r liest neu)",
    paste_cut: "Der eingefügte Text wurde auf 1000 Zeichen gekürzt",
    cannot_suspend: "Strg-z: dieses System kann Programme nicht anhalten",
    reload_builtin: "Die eingebauten Daten ändern sich nicht; ikz --data ORDNER beobachtet einen Ordner.",
    stale: "die Dateien haben Fehler: gezeigt werden die letzten guten Daten (w)",
    stale_title: "Fehler in den Dateien (gezeigt werden die letzten guten Daten)",
    help_matrix: "In der Matrix:",
    search_title: "Suche",
    nothing_found: "Nichts gefunden.",
    results: ("Treffer", "Treffer"),
    target_project: "Projekt",
    target_member: "Mitglied",
    target_year: "Jahr",
    status_short: ["geplant", "läuft", "abgeschlossen", "–"],
    in_year: "",
    answers: ["ja", "nein", "nicht bekannt"],
    help_filter: "Im Filter (alle anderen Tasten sind Text):",
    matrix: MatrixTexts {
        title: "Matrix",
        project: "Projekt",
        named_in: "Σ ✓ genannt in",
        may_be_in: "Σ ? vielleicht in",
        filter: "Filter",
        rows_by: "Projekte",
        columns_by: "Mitglieder",
        by_title: "nach Titel",
        by_start: "nach Beginn",
        by_count: "nach Beteiligung",
        as_in_data: "wie in den Daten",
        by_name: "nach Name",
        by_projects: "nach Projekten",
        no_projects: "Keine Projekte in diesem Jahr.",
        nothing_matches: "Kein Projekt passt zum Filter.",
        filter_clear: "/ und Esc hebt ihn auf",
        first_year: "Das ist das erste Jahr der Daten.",
        last_year: "Das ist das letzte Jahr der Daten (0 zeigt alle Jahre).",
        exported: "Exportiert:",
        export_failed: "Export fehlgeschlagen",
        write_reasons: [
            "den Ordner gibt es nicht",
            "keine Berechtigung, dort zu schreiben",
            "der Datenträger ist voll",
            "der Datenträger ist schreibgeschützt",
            "das ist kein Ordner",
        ],
        exporting: "Exportiere…",
        export_running: "Ein Export wird noch geschrieben; e geht wieder, sobald er fertig ist",
        named_in_n: ("genannt in", "der gezeigten Projekte"),
        total_legend: "n/15: genannt von allen; (14): gemeldete Anzahl; (?): keine Anzahl",
        totals_help: "Σ ✓ genannt in: in wie vielen der gezeigten Projekte das Mitglied genannt ist; Σ ? vielleicht in: in wie vielen weiteren es beteiligt sein kann (ihre Quellen nennen keine oder nicht alle Namen).",
        enter_opens: "Enter öffnet es in der Übersicht",
    },
    keys: KeyWords {
        detail_down: "Details: abwärts blättern (aus jedem Bereich)",
        detail_up: "Details: aufwärts blättern",
        detail_page_down: "Details: Seite vor",
        detail_page_up: "Details: Seite zurück",
        all_years: "alle Jahre",
        back: "zurück",
        back_to_the_browser: "zurück zur Übersicht",
        clear_the_line: "Zeile leeren",
        close: "schließen",
        close_the_search: "Suche schließen",
        cursor_left: "Cursor links",
        cursor_right: "Cursor rechts",
        delete_a_character: "Zeichen löschen",
        delete_a_word: "Wort löschen",
        down: "abwärts",
        drop_the_filter: "Filter verwerfen",
        end_of_the_line: "Zeilenende",
        export: "wie gezeigt exportieren: CSV, Markdown, Excel",
        filter_the_projects: "Projekte filtern",
        first_item: "erster Eintrag",
        first_project: "erstes Projekt",
        follow_the_link: "Verweis folgen",
        help: "Hilfe",
        jump_to_the_result: "zum Treffer springen",
        keep_the_filter: "Filter übernehmen",
        last_item: "letzter Eintrag",
        last_member: "letztes Mitglied",
        last_project: "letztes Projekt",
        matrix: "Matrix: Projekte × Mitglieder",
        next_member: "nächstes Mitglied",
        next_pane: "nächster Bereich",
        next_project: "nächstes Projekt",
        next_result: "nächster Treffer",
        next_year: "nächstes Jahr",
        open_in_browser: "in der Übersicht öffnen: Projekt (Kopfzeile: Mitglied)",
        page_down: "Seite vor",
        page_up: "Seite zurück",
        pane_to_the_left: "Bereich links",
        pane_to_the_right: "Bereich rechts",
        previous_member: "voriges Mitglied (links vom ersten: das Projekt)",
        previous_pane: "voriger Bereich",
        previous_project_or_members: "voriges Projekt (über dem ersten: die Mitglieder)",
        previous_result: "voriger Treffer",
        previous_year: "voriges Jahr",
        project_column: "Projektspalte",
        quit: "beenden",
        read_again_watched: "Datenordner neu lesen (er wird auch beobachtet)",
        copy: "das Gezeigte als Text kopieren, mit Quellen",
        open_source: "eine Quelle im Browser öffnen (nochmals: die nächste)",
        suspend: "ikz anhalten, zurück zur Shell (fg setzt fort)",
        read_again: "Datenordner neu lesen",
        results_page_down: "Treffer: Seite vor",
        results_page_up: "Treffer: Seite zurück",
        scroll_down: "abwärts blättern",
        scroll_up: "aufwärts blättern",
        search: "suchen",
        sort_members: "Mitglieder sortieren: wie in den Daten, Name, Projekte",
        sort_projects: "Projekte sortieren: Titel, Beginn, Beteiligung",
        start_of_the_line: "Zeilenanfang",
        up: "aufwärts",
        warnings: "Warnungen und Fehler in den Daten",
        bar_browser: "zurück",
        bar_clear: "verwerfen",
        bar_close: "schließen",
        bar_columns: "Spalten",
        bar_export: "Export",
        bar_filter: "Filter",
        bar_help: "Hilfe",
        bar_jump: "springen",
        bar_keep: "übernehmen",
        bar_matrix: "Matrix",
        bar_next: "nächster",
        bar_open: "öffnen",
        bar_quit: "beenden",
        bar_reload: "neu lesen",
        bar_scroll: "blättern",
        bar_search: "Suche",
        bar_sort: "sortieren",
        bar_year: "Jahr",
        views: views::KEYS_DE,
    },
    export: ExportWords {
        title: "Projekte × Mitglieder",
        all_years: "alle Jahre",
        projects: "Projekte",
        match_filter: ("von", "Projekten passen zum Filter"),
        rows: [
            "Zeilen nach Titel",
            "Zeilen nach Beginn",
            "Zeilen nach Beteiligung, die meisten zuerst",
        ],
        columns: [
            "Spalten wie in den Daten",
            "Spalten nach Name",
            "Spalten nach Projekten, die meisten zuerst",
        ],
        project: "Projekt",
        total: "Genannt (gemeldet)",
        named_in: "Genannt in (Projekten)",
        may_be_in: "Vielleicht in (Projekten)",
        legend: "✓ beteiligt;  · nicht beteiligt;  ? nicht bekannt (die Quellen nennen keine oder nicht alle Namen);  ⌂ beteiligt, hier sitzt die Stelle des Projekts\nn/15: genannte Mitglieder von allen; (14): die von einer Quelle gemeldete Anzahl; (?): keine Anzahl bekannt",
        members: "Mitglieder",
        csv_keys: ["id", "titel", "genannt", "gemeldet"],
        csv_values: ["ja", "nein", "unbekannt"],
        sheets: ["Matrix", "Legende"],
        sheet_keys: ["ID", "Titel", "Genannt", "Gemeldet"],
        sources: "Quellen",
    },
    key_names: KeyNames {
        tab: "Tab",
        shift_tab: "Umschalt-Tab",
        home: "Pos1",
        end: "Ende",
        page_up: "Bild↑",
        page_down: "Bild↓",
        enter: "Enter",
        backspace: "Rücktaste",
        esc: "Esc",
        ctrl: "Strg",
    },
    profile: views::PROFILE_DE,
    compare: views::COMPARE_DE,
    timeline: views::TIMELINE_DE,
    gaps: views::GAPS_DE,
    cli: CliWords {
        error: Noun {
            one: "Fehler",
            many: "Fehler",
        },
        warning: Noun {
            one: "Warnung",
            many: "Warnungen",
        },
        file: Noun {
            one: "Datei",
            many: "Dateien",
        },
        member: Noun {
            one: "Mitglied",
            many: "Mitglieder",
        },
        project: Noun {
            one: "Projekt",
            many: "Projekte",
        },
        report: Noun {
            one: "Bericht",
            many: "Berichte",
        },
        has: "hat",
        fix_first: "bitte zuerst beheben (`ikz check` zeigt jedes Problem)",
        no_year: "die Daten haben kein Jahr",
        covers: "sie umfassen",
        in_the_data: "in den Daten (`ikz check` zeigt sie)",
        not_empty: "ist nicht leer; bitte einen neuen oder leeren Ordner angeben",
        wrote: ("geschrieben:", "nach"),
        years: "Jahre",
        cannot_write: "kann nicht schreiben:",
        xlsx_needs_output: "eine Arbeitsmappe wird in eine Datei geschrieben: --output DATEI.xlsx angeben",
        builtin_data: "mitgelieferte Daten",
        year_word: "Jahr",
        wrote_to: "ikz: geschrieben:",
        note_that: "Hinweis:",
        in_word: "in",
        ok: "in Ordnung",
        not_a_terminal: "Die Standardausgabe ist kein Terminal, daher startet die Übersicht nicht.\nFür Skripte gibt es Befehle: ikz check | members | projects | years | participants | matrix\n(ikz --help beschreibt sie)",
        cannot_write_json: "JSON kann nicht geschrieben werden",
        cannot_write_output: "die Ausgabe kann nicht geschrieben werden",
        year_digits: "ein Jahr wird mit vier Ziffern geschrieben, etwa 2024",
        no_full_screen: "dieses Terminal kann den Browser nicht zeigen",
        terminal_failed: "das Terminal versagte",
        use_commands: "Die Befehle gehen hier: ikz projects, ikz participants PROJEKT, ikz matrix, ikz search SUCHE (ikz --help nennt alle).",
        count_digits: "eine Zahl ab 1 angeben, etwa 20",
        members_head: ["KÜRZEL", "NAME", "ART", "ID", "AUCH"],
        projects_head: ["ID", "TITEL", "STAND", "JAHRE", "BETEILIGUNG"],
        funded_head: "FÖRDERUNG",
        funded_total: ("Förderung insgesamt:", "für"),
        no_form: "keine Form passt zu",
        forms_are: "die Formen sind",
        this_member: "DIESES MITGLIED",
        years_head: ["JAHR", "PROJEKTE", "BERICHT", "SEITEN", "EREIGNISSE"],
        participants_head: ["KÜRZEL", "MITGLIED", "NIMMT TEIL", "JAHRE"],
        projects_of: "Projekte von",
        no_projects: "Keine Projekte",
        no: "kein",
        fits: "passt zu",
        fits_many: "passt auf",
        lists_them: "listet sie",
        name_one: "bitte einen davon mit seiner ID nennen",
        did_not_run: ("lief nicht im Jahr", "Jahre"),
        taking_part: "Beteiligung",
        sources: "Quellen",
        none_named: "Sie nennen keine Beteiligten: wer teilnimmt, ist nicht bekannt.",
        unnamed_unknown: "Mitglieder, die sie nicht nennen, erscheinen als „nicht bekannt“.",
        named_in: "genannt",
        until: "bis",
        nothing_fits: "nichts passt zu",
        empty_query: "etwas zum Suchen angeben, etwa: ikz search klima",
        and: "Und",
        may_include: "schließen es vielleicht ein: ihre Quellen nennen keine oder nicht alle Namen (--all listet sie).",
        notation: "BETEILIGUNG: die Mitglieder, die eine Quelle nennt, von allen; (14) die Anzahl, die eine Quelle meldet, wo sie größer ist; (?) keine Anzahl bekannt.",
    },
};

impl ExportWords {
    /// A cell of the CSV in this language.
    pub fn csv_value(&self, cell: crate::model::Cell) -> &'static str {
        let [yes, no, unknown] = self.csv_values;
        match cell {
            crate::model::Cell::Yes => yes,
            crate::model::Cell::No => no,
            crate::model::Cell::Unknown => unknown,
        }
    }
}

impl MatrixTexts {
    /// Why writing failed, in words: for the common reasons this language's own; else
    /// the system's text without its error number.
    pub fn write_reason(&self, e: &std::io::Error) -> String {
        use std::io::ErrorKind as K;
        let [none, denied, full, read_only, not_folder] = self.write_reasons;
        match e.kind() {
            K::NotFound => none.to_string(),
            K::PermissionDenied => denied.to_string(),
            K::StorageFull => full.to_string(),
            K::ReadOnlyFilesystem => read_only.to_string(),
            K::NotADirectory => not_folder.to_string(),
            _ => {
                let text = e.to_string();
                match text.find(" (os error") {
                    Some(i) => text.get(..i).unwrap_or(&text).to_string(),
                    None => text,
                }
            }
        }
    }

    pub fn rows(&self, o: RowOrder) -> &'static str {
        match o {
            RowOrder::Title => self.by_title,
            RowOrder::Start => self.by_start,
            RowOrder::Count => self.by_count,
        }
    }

    pub fn columns(&self, o: ColumnOrder) -> &'static str {
        match o {
            ColumnOrder::Data => self.as_in_data,
            ColumnOrder::Name => self.by_name,
            ColumnOrder::Count => self.by_projects,
        }
    }
}

impl Texts {
    /// The status in a few letters, for lists.
    pub fn status_short(&self, s: Status) -> &'static str {
        let i = Status::ALL.iter().position(|&x| x == s).unwrap_or(0);
        self.status_short.get(i).copied().unwrap_or_default()
    }

    /// Whether a member takes part, as a short answer.
    pub fn answer(&self, cell: crate::model::Cell) -> &'static str {
        let i = match cell {
            crate::model::Cell::Yes => 0,
            crate::model::Cell::No => 1,
            crate::model::Cell::Unknown => 2,
        };
        self.answers.get(i).copied().unwrap_or_default()
    }

    /// "Search · 1 result", "Suche · 3 Treffer".
    /// A kind of member in this language (English keeps the German term beside it).
    pub fn kind(&self, kind: crate::model::Kind) -> &'static str {
        crate::model::Kind::ALL
            .iter()
            .position(|&k| k == kind)
            .and_then(|i| self.kinds.get(i))
            .copied()
            .unwrap_or_else(|| kind.name())
    }

    /// An amount of euros as this language writes it: "€100,000", "100.000 €".
    pub fn euros(&self, amount: u64) -> String {
        let digits = amount.to_string();
        let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push(self.thousands);
            }
            grouped.push(c);
        }
        format!("{}{grouped}{}", self.euros.0, self.euros.1)
    }

    /// A legal or organisational form: in German as the data writes it; in English
    /// translated, with the German term beside it.
    pub fn form(&self, form: crate::model::Form) -> String {
        if self.forms_in_english {
            format!("{} ({})", form.english(), form.name())
        } else {
            form.name().to_string()
        }
    }

    pub fn search_count(&self, n: usize) -> String {
        let word = if n == 1 {
            self.results.0
        } else {
            self.results.1
        };
        format!("{} · {n} {word}", self.search_title)
    }

    pub fn status(&self, s: Status) -> &'static str {
        match s {
            Status::Planned => self.planned,
            Status::Running => self.running,
            Status::Completed => self.completed,
            Status::Unknown => self.status_unknown,
        }
    }

    /// "13 of 15 reported, 9 named" / "13 von 15 gemeldet, 9 genannt", if there is a gap.
    pub fn gap(&self, lang: Lang, p: &Participation) -> Option<String> {
        if !p.has_gap() {
            return None;
        }
        let listed = p.listed.len();
        Some(match (lang, p.reported) {
            (Lang::En, Some(r)) => format!("{r} of {} reported, {listed} named", p.members),
            (Lang::De, Some(r)) => format!(
                "{r} von {} gemeldet, {listed} namentlich genannt",
                p.members
            ),
            (Lang::En, None) => format!("no count reported, {listed} named"),
            (Lang::De, None) => format!("keine Anzahl gemeldet, {listed} namentlich genannt"),
        })
    }

    /// "Reloading failed: 2 errors in the files; the last good data stays (w lists them)".
    pub fn reload_failed(&self, lang: Lang, n: usize) -> String {
        match lang {
            Lang::De => format!(
                "Neu lesen: {n} Fehler in den Dateien; die letzten guten Daten bleiben (w zeigt sie)"
            ),
            Lang::En => {
                let s = if n == 1 { "" } else { "s" };
                format!(
                    "Reload: {n} error{s} in the files; the last good data stays (w lists them)"
                )
            }
        }
    }

    /// "… and 12 more (the matrix, m, shows them all)".
    pub fn and_more(&self, n: usize) -> String {
        format!("{} {n} {}", self.more.0, self.more.1)
    }

    /// "too small: 40×10, needs 60×15".
    pub fn too_small_detail(&self, lang: Lang, have: (u16, u16), need: (u16, u16)) -> String {
        match lang {
            Lang::En => format!(
                "{}×{} — ikz needs at least {}×{}",
                have.0, have.1, need.0, need.1
            ),
            Lang::De => format!(
                "{}×{} – ikz braucht mindestens {}×{}",
                have.0, have.1, need.0, need.1
            ),
        }
    }
}

/// A legend that writes the participation notation as "n/15" for the data it explains:
/// "n/500" where the data has 500 members.
pub fn of_members(text: &str, members: usize) -> std::borrow::Cow<'_, str> {
    if members == 15 || !text.contains("n/15") {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(text.replace("n/15", &format!("n/{members}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn language_from_locale() {
        assert_eq!(Lang::from_locale(env(&[("LANG", "de_DE.UTF-8")])), Lang::De);
        assert_eq!(Lang::from_locale(env(&[("LANG", "en_US.UTF-8")])), Lang::En);
        assert_eq!(
            Lang::from_locale(env(&[("LC_ALL", "C"), ("LANG", "de_DE")])),
            Lang::En
        );
        assert_eq!(
            Lang::from_locale(env(&[("LC_MESSAGES", "de_AT"), ("LANG", "en")])),
            Lang::De
        );
        assert_eq!(
            Lang::from_locale(env(&[("LC_ALL", ""), ("LANG", "de")])),
            Lang::De
        );
        assert_eq!(Lang::from_locale(env(&[])), Lang::En);
    }
}
