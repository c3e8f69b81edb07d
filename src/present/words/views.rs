//! The words of the four views of the cooperation as a whole: the timeline, a member's
//! profile, two members compared and the gaps in the data, for their screens and their
//! commands.

use super::problems::shown_path;
use crate::diag::{Gap, GapWhat, Lang, Uncited};
use crate::present::detail::year_runs;
use crate::text::sanitize;

/// The gaps in the data: `ikz gaps` and the gaps screen.
#[derive(Debug)]
pub struct GapWords {
    /// A gap in a sentence of this language.
    pub said: fn(&GapWhat) -> String,
    /// What to write to fill the gap, from the screen or in the file.
    pub fix: fn(&GapWhat) -> String,
    /// How many gaps in all, then the kinds with their counts: "7 gaps in the data, by
    /// kind, the largest first: …".
    pub summary_said: fn(usize, &str) -> String,
    /// Each kind of gap, in the order of `GapKind::ALL`, for the counts at the top.
    pub kinds: [&'static str; 7],
    /// The project-years with neither names nor a count are listed a project a line:
    /// "14 projects with 27 years of neither names nor a count" (lines, years).
    pub as_lines: fn(usize, u32) -> String,
    /// Where there is none.
    pub none: &'static str,
    /// The screen's title and the headings of its columns: where, about what, what.
    pub title: &'static str,
    pub head: [&'static str; 3],
    /// `e` on the data built into the program.
    pub built_in: &'static str,
    /// No editor could be started: what happened, what to do.
    pub no_editor: (&'static str, &'static str),
    pub not_installed: &'static str,
    /// After editing in the system's plain editor, none being chosen: its name.
    pub plain_editor: fn(&str) -> String,
}

impl GapWords {
    /// "path:line:col: the gap in words", safe for a terminal.
    pub fn line(&self, gap: &Gap, lang: Lang) -> String {
        format!(
            "{}:{}:{}: {}",
            shown_path(&gap.path, lang),
            gap.line,
            gap.col,
            sanitize(&(self.said)(&gap.what))
        )
    }

    /// "28 gaps in the data, by kind, the largest first: 2 with a count and fewer names,
    /// …, 14 projects with 27 years of neither names nor a count, …": a gap a line of the
    /// list, so that the parts add up to the whole.
    pub fn summary(&self, gaps: &[Gap]) -> String {
        use crate::diag::GapKind;
        let parts: Vec<String> = GapKind::ALL
            .iter()
            .zip(self.kinds)
            .filter_map(|(&k, kind)| {
                let of_kind = gaps.iter().filter(|g| g.kind == k);
                let lines = of_kind.clone().count();
                (lines > 0).then(|| match k {
                    // A line per project: counted by lines as the others, the years said.
                    GapKind::Nothing => {
                        let years: u32 = of_kind.map(|g| g.amount).sum();
                        (self.as_lines)(lines, years)
                    }
                    _ => format!("{lines} {kind}"),
                })
            })
            .collect();
        (self.summary_said)(gaps.len(), &parts.join(", "))
    }
}

/// The projects over the years: `ikz timeline` and the timeline screen.
#[derive(Debug)]
pub struct TimelineWords {
    /// What the marks mean.
    pub legend: &'static str,
    /// The rows above the projects: how many ran, which years have a report.
    pub projects_row: &'static str,
    /// The same, where a filter or a member narrows the projects shown.
    pub shown_row: &'static str,
    pub reports_row: &'static str,
    pub project_head: &'static str,
    /// Where no project is shown.
    pub none: &'static str,
    pub title: &'static str,
    /// The orders: by start, by field, by title.
    pub orders: [&'static str; 3],
    pub field_head: &'static str,
    /// The mark of the projects that name the marked member.
    pub marked: &'static str,
    /// After it, where only those projects are listed.
    pub only: &'static str,
    /// The years on either side that do not fit the window.
    pub more_years: &'static str,
    /// "2017–2026 (of 2013–2026)".
    pub years_of: &'static str,
    /// Under the list: the milestones of the project under the cursor (its title), or
    /// that it has none.
    pub milestones_of: fn(&str) -> String,
    pub no_milestones: fn(&str) -> String,
}

/// Two members compared: `ikz compare` and the compare screen.
#[derive(Debug)]
pub struct CompareWords {
    pub and: &'static str,
    pub both: &'static str,
    pub only: &'static str,
    /// The sources leave it open for one or both: the long form for the counts, the
    /// short one for a row.
    pub open: &'static str,
    pub open_short: &'static str,
    pub neither: &'static str,
    /// Column headings: which side, the project.
    pub head: [&'static str; 2],
    /// Both names are the same member.
    pub same: &'static str,
    pub title: &'static str,
    /// The list to choose the second member from, and where nothing fits what narrows it.
    pub choose_title: (&'static str, &'static str),
    pub no_member: &'static str,
}

impl CompareWords {
    /// The name of a side: "both", "only MW", "neither".
    pub fn side(&self, side: crate::query::compare::Side, a: &str, b: &str) -> String {
        use crate::query::compare::Side;
        match side {
            Side::Both => self.both.to_string(),
            Side::OnlyA => format!("{} {a}", self.only),
            Side::OnlyB => format!("{} {b}", self.only),
            Side::Open => self.open_short.to_string(),
            Side::Neither => self.neither.to_string(),
        }
    }
}

/// A member's profile: `ikz member` and the profile screen.
#[derive(Debug)]
pub struct ProfileWords {
    /// The profile in a sentence: named in, of, the share in %, may take part in, takes
    /// no part in.
    pub summary_said: fn(usize, usize, usize, usize, usize) -> String,
    pub by_year: &'static str,
    /// Column headings of the years: year, named, possible, not, projects that ran,
    /// bars.
    pub years_head: [&'static str; 6],
    /// Column headings of the projects.
    pub projects_head: [&'static str; 4],
    /// What one mark of a bar stands for, where a mark is more than one project.
    pub per_mark: (&'static str, &'static str),
    pub title: &'static str,
    /// The rows under the bars, and what their marks mean.
    pub named_row: &'static str,
    pub possible_row: &'static str,
    pub no_row: &'static str,
    /// All projects that ran in the year: the three rows above add up to it.
    pub all_row: &'static str,
    pub chart_legend: &'static str,
    /// The same where the window is too low for bars.
    pub rows_legend: &'static str,
}

impl ProfileWords {
    /// "Named in 12 of 25 projects (48 %); may take part in 5 more, whose sources do not
    /// name every participant; takes no part in 8."
    pub fn summary(&self, p: &crate::query::profile::Profile) -> String {
        (self.summary_said)(p.named, p.projects, p.share(), p.possible, p.not)
    }
}

pub const PROFILE_EN: ProfileWords = ProfileWords {
    summary_said: |named, projects, share, possible, not| {
        let mut out = format!("Named in {named} of {projects} projects ({share} %)");
        if possible > 0 {
            out.push_str(&format!(
                "; may take part in {possible} more, whose sources do not name every participant"
            ));
        }
        if not > 0 {
            out.push_str(&format!("; takes no part in {not}"));
        }
        out + "."
    },
    by_year: "Projects by year",
    years_head: [
        "YEAR",
        "NAMED",
        "POSSIBLE",
        "NO",
        "PROJECTS",
        "█ named, ░ possible",
    ],
    projects_head: ["TAKES PART", "YEARS NAMED", "STATUS", "PROJECT"],
    per_mark: ("one mark for", "projects"),
    title: "Profile",
    named_row: "named",
    possible_row: "possible",
    no_row: "no",
    all_row: "all",
    rows_legend: "Projects per year that ran; possible: not known whether it takes part (not every name given)",
    chart_legend: "Projects per year that ran: █ named  ░ possible (not known whether it takes part: not every name given)",
};

pub const COMPARE_EN: CompareWords = CompareWords {
    and: "and",
    both: "both",
    only: "only",
    open: "not known for one or both",
    open_short: "not known",
    neither: "neither",
    head: ["WHO", "PROJECT"],
    same: "both names are the same member: name two different ones",
    title: "Compare",
    choose_title: ("Compare", "with …"),
    no_member: "No member fits.",
};

pub const TIMELINE_EN: TimelineWords = TimelineWords {
    milestones_of: |title| format!("Milestones of {title}:"),
    no_milestones: |title| format!("{title}: no milestones in the sources"),
    legend: "A column a year: = running  # completed that year  - planned  ? status not known  ~ no source shows it, only earlier  . did not run; o at its end: a milestone that year. * annual report",
    projects_row: "projects that ran",
    shown_row: "of these, ran",
    reports_row: "annual report",
    project_head: "PROJECT",
    none: "No project fits.",
    title: "Timeline",
    orders: ["by start", "by field", "by title"],
    field_head: "FIELD",
    marked: "● named:",
    only: ", only these",
    more_years: "◀ ▶ more years: h, l",
    years_of: "of",
};

pub const GAPS_EN: GapWords = GapWords {
    fix: |what| {
        match what {
        GapWhat::PartlyNamed { year, .. } | GapWhat::NamedNoCount { year, .. } | GapWhat::CountOnly { year, .. } => {
            let count = if matches!(what, GapWhat::NamedNoCount { .. }) {
                "A records the count"
            } else {
                "a on the ? cells (* marks the row) records who takes part"
            };
            format!("To fill: in the matrix of {year} (m, then < >), {count}, with the source that says it.")
        }
        GapWhat::Nothing { .. } => {
            "To fill: in the matrix of a year it ran, a records who takes part, A the count.".to_string()
        }
        GapWhat::NoKind { .. } => {
            "To fill: kind = \"Stadt\", \"Gemeinde\" or \"Landkreis\" with its source (e opens the file).".to_string()
        }
        GapWhat::NoSource(_) => "To fill: sources = [\"…\"], the ids of sources.toml that say it (e opens the file).".to_string(),
        GapWhat::NoReport { .. } => {
            "To fill: the report's entry in reports.toml, with its number and source (e opens the file).".to_string()
        }
    }
    },
    said: |what| match what {
        GapWhat::PartlyNamed {
            project,
            year,
            count,
            named,
        } => {
            let missing = count.saturating_sub(u32::try_from(*named).unwrap_or(u32::MAX));
            format!("`{project}` {year}: {count} reported, {named} named – {missing} not named")
        }
        GapWhat::NamedNoCount {
            project,
            year,
            named,
            members,
        } => format!(
            "`{project}` {year}: {named} of {members} members named, no count – whether more take part is not known"
        ),
        GapWhat::CountOnly {
            project,
            year,
            count,
        } => format!("`{project}` {year}: {count} reported, none named"),
        GapWhat::Nothing { project, years } if years.is_empty() => {
            format!("`{project}`: neither a year nor names nor a count")
        }
        GapWhat::Nothing { project, years } => {
            let n = match years.len() {
                1 => "1 year".to_string(),
                n => format!("{n} years"),
            };
            format!(
                "`{project}` {}: neither names nor a count ({n})",
                year_runs(years)
            )
        }
        GapWhat::NoKind { member } => {
            format!("member `{member}`: no source gives its kind (Stadt, Gemeinde, Landkreis)")
        }
        GapWhat::NoSource(Uncited::Project(id)) => format!("project `{id}` cites no source"),
        GapWhat::NoSource(Uncited::Report(n)) => format!("annual report {n} cites no source"),
        GapWhat::NoSource(Uncited::Member(id)) => format!("member `{id}` cites no source"),
        GapWhat::NoSource(Uncited::Composition(year)) => {
            format!("the steering group's composition of {year} cites no source")
        }
        GapWhat::NoSource(Uncited::Participant { project, member }) => {
            format!("`{project}`: that `{member}` takes part cites no source of its own")
        }
        GapWhat::NoSource(Uncited::Absent { project, member }) => {
            format!("`{project}`: that `{member}` does not take part cites no source of its own")
        }
        GapWhat::NoSource(Uncited::Count { project, year }) => {
            format!("`{project}`: the count of {year} cites no source of its own")
        }
        GapWhat::NoReport { year } => format!("no annual report for {year}"),
    },
    summary_said: |total, parts| {
        let gaps = if total == 1 { "gap" } else { "gaps" };
        format!("{total} {gaps} in the data, by kind, the largest first: {parts}")
    },
    kinds: [
        "with a count and fewer names",
        "with names and no count",
        "with a count and no names",
        "project-years with neither names nor a count",
        "without a kind",
        "without a source",
        "without an annual report",
    ],
    as_lines: |n, years| {
        let projects = if n == 1 { "project" } else { "projects" };
        let y = if years == 1 { "year" } else { "years" };
        format!("{n} {projects} with {years} {y} of neither names nor a count")
    },
    none: "No gaps: every participant of every project is named in every year, every member has its kind, everything cites a source, every year has its report.",
    title: "Gaps in the data",
    head: ["WHERE", "ABOUT", "WHAT IS MISSING"],
    built_in: "Make a data folder first: the key a in the browser offers one (or ikz init DIR); the built-in data is part of ikz",
    no_editor: (
        "No editor could be started",
        "choose one with `ikz config set editor COMMAND`",
    ),
    not_installed: "not installed",
    plain_editor: |e| {
        format!(
            "Edited in {e}, as no editor is chosen; `ikz config set editor COMMAND` chooses one"
        )
    },
};

pub const PROFILE_DE: ProfileWords = ProfileWords {
    summary_said: |named, projects, share, possible, not| {
        let mut out = format!("In {named} von {projects} Projekten genannt ({share} %)");
        if possible > 0 {
            out.push_str(&format!(
                "; kann an {possible} weiteren teilnehmen, deren Quellen nicht alle Teilnehmenden nennen"
            ));
        }
        if not > 0 {
            out.push_str(&format!("; an {not} nicht beteiligt"));
        }
        out + "."
    },
    by_year: "Projekte nach Jahr",
    years_head: [
        "JAHR",
        "GENANNT",
        "MÖGLICH",
        "NEIN",
        "PROJEKTE",
        "█ genannt, ░ möglich",
    ],
    projects_head: ["NIMMT TEIL", "GENANNT IN", "STAND", "PROJEKT"],
    per_mark: ("ein Zeichen für", "Projekte"),
    title: "Profil",
    named_row: "genannt",
    possible_row: "möglich",
    no_row: "nein",
    all_row: "alle",
    rows_legend: "Projekte je Jahr, die liefen; möglich: nicht bekannt, ob beteiligt (nicht alle Namen genannt)",
    chart_legend: "Projekte je Jahr, die liefen: █ genannt  ░ möglich (nicht bekannt, ob beteiligt: nicht alle Namen genannt)",
};

pub const COMPARE_DE: CompareWords = CompareWords {
    and: "und",
    both: "beide",
    only: "nur",
    open: "für eines oder beide nicht bekannt",
    open_short: "nicht bekannt",
    neither: "keines",
    head: ["WER", "PROJEKT"],
    same: "beide Namen meinen dasselbe Mitglied: zwei verschiedene nennen",
    title: "Vergleich",
    choose_title: ("", "vergleichen mit …"),
    no_member: "Kein Mitglied passt.",
};

pub const TIMELINE_DE: TimelineWords = TimelineWords {
    milestones_of: |title| format!("Meilensteine von {title}:"),
    no_milestones: |title| format!("{title}: keine Meilensteine in den Quellen"),
    legend: "Eine Spalte je Jahr: = läuft  # im Jahr abgeschlossen  - geplant  ? Stand unbekannt  ~ keine Quelle zeigt es, nur früher  . lief nicht; o an ihrem Ende: ein Meilenstein in dem Jahr. * Jahresbericht",
    projects_row: "Projekte im Jahr",
    shown_row: "davon im Jahr",
    reports_row: "Jahresbericht",
    project_head: "PROJEKT",
    none: "Kein Projekt passt.",
    title: "Zeitleiste",
    orders: ["nach Beginn", "nach Bereich", "nach Titel"],
    field_head: "BEREICH",
    marked: "● genannt:",
    only: ", nur diese",
    more_years: "◀ ▶ weitere Jahre: h, l",
    years_of: "von",
};

pub const GAPS_DE: GapWords = GapWords {
    fix: |what| {
        match what {
        GapWhat::PartlyNamed { year, .. } | GapWhat::NamedNoCount { year, .. } | GapWhat::CountOnly { year, .. } => {
            let count = if matches!(what, GapWhat::NamedNoCount { .. }) {
                "hält A die Anzahl fest"
            } else {
                "hält a auf den ?-Zellen (* markiert die Zeile) fest, wer teilnimmt"
            };
            format!("Zu ergänzen: in der Matrix von {year} (m, dann < >) {count}, mit der Quelle, die es sagt.")
        }
        GapWhat::Nothing { .. } => {
            "Zu ergänzen: in der Matrix eines Jahres, in dem es lief, hält a fest, wer teilnimmt, A die Anzahl.".to_string()
        }
        GapWhat::NoKind { .. } => {
            "Zu ergänzen: kind = \"Stadt\", \"Gemeinde\" oder \"Landkreis\" mit Quelle (e öffnet die Datei).".to_string()
        }
        GapWhat::NoSource(_) => "Zu ergänzen: sources = [\"…\"], die IDs aus sources.toml, die es sagen (e öffnet die Datei).".to_string(),
        GapWhat::NoReport { .. } => {
            "Zu ergänzen: der Eintrag des Berichts in reports.toml, mit Nummer und Quelle (e öffnet die Datei).".to_string()
        }
    }
    },
    said: |what| match what {
        GapWhat::PartlyNamed {
            project,
            year,
            count,
            named,
        } => {
            let missing = count.saturating_sub(u32::try_from(*named).unwrap_or(u32::MAX));
            format!(
                "`{project}` {year}: {count} gemeldet, {named} genannt – {missing} nicht genannt"
            )
        }
        GapWhat::NamedNoCount {
            project,
            year,
            named,
            members,
        } => format!(
            "`{project}` {year}: {named} von {members} Mitgliedern genannt, keine Anzahl – ob weitere teilnehmen, ist nicht bekannt"
        ),
        GapWhat::CountOnly {
            project,
            year,
            count,
        } => format!("`{project}` {year}: {count} gemeldet, kein Mitglied namentlich genannt"),
        GapWhat::Nothing { project, years } if years.is_empty() => {
            format!("`{project}`: weder ein Jahr noch Namen noch eine Anzahl")
        }
        GapWhat::Nothing { project, years } => {
            let n = match years.len() {
                1 => "1 Jahr".to_string(),
                n => format!("{n} Jahre"),
            };
            format!(
                "`{project}` {}: weder Namen noch eine Anzahl ({n})",
                year_runs(years)
            )
        }
        GapWhat::NoKind { member } => {
            format!(
                "Mitglied `{member}`: keine Quelle nennt seine Art (Stadt, Gemeinde, Landkreis)"
            )
        }
        GapWhat::NoSource(Uncited::Project(id)) => format!("Projekt `{id}` nennt keine Quelle"),
        GapWhat::NoSource(Uncited::Report(n)) => format!("Jahresbericht {n} nennt keine Quelle"),
        GapWhat::NoSource(Uncited::Member(id)) => format!("Mitglied `{id}` nennt keine Quelle"),
        GapWhat::NoSource(Uncited::Composition(year)) => {
            format!("die Besetzung der Lenkungsgruppe von {year} nennt keine Quelle")
        }
        GapWhat::NoSource(Uncited::Participant { project, member }) => {
            format!("`{project}`: dass `{member}` teilnimmt, nennt keine eigene Quelle")
        }
        GapWhat::NoSource(Uncited::Absent { project, member }) => {
            format!("`{project}`: dass `{member}` nicht teilnimmt, nennt keine eigene Quelle")
        }
        GapWhat::NoSource(Uncited::Count { project, year }) => {
            format!("`{project}`: die Anzahl für {year} nennt keine eigene Quelle")
        }
        GapWhat::NoReport { year } => format!("kein Jahresbericht für {year}"),
    },
    summary_said: |total, parts| {
        let gaps = if total == 1 { "Lücke" } else { "Lücken" };
        format!("{total} {gaps} in den Daten, nach Art, die größten zuerst: {parts}")
    },
    kinds: [
        "mit einer Anzahl und weniger Namen",
        "mit Namen ohne Anzahl",
        "mit einer Anzahl ohne Namen",
        "Projektjahre weder mit Namen noch mit einer Anzahl",
        "ohne Art",
        "ohne Quelle",
        "ohne Jahresbericht",
    ],
    as_lines: |n, years| {
        let projects = if n == 1 { "Projekt" } else { "Projekte" };
        let y = if years == 1 { "Jahr" } else { "Jahren" };
        format!("{n} {projects} mit {years} {y} weder mit Namen noch mit einer Anzahl")
    },
    none: "Keine Lücken: alle Teilnehmenden jedes Projekts sind in jedem Jahr genannt, jedes Mitglied hat seine Art, alles nennt eine Quelle, jedes Jahr hat seinen Bericht.",
    title: "Lücken in den Daten",
    head: ["WO", "BETRIFFT", "WAS FEHLT"],
    built_in: "Erst einen Datenordner anlegen: die Taste a in der Übersicht bietet einen an (oder ikz init ORDNER); die mitgelieferten Daten sind Teil von ikz",
    no_editor: (
        "Kein Editor ließ sich starten",
        "einen wählen mit `ikz config set editor BEFEHL`",
    ),
    not_installed: "nicht installiert",
    plain_editor: |e| {
        format!(
            "In {e} bearbeitet, da kein Editor gewählt ist; `ikz config set editor BEFEHL` wählt einen"
        )
    },
};

/// The keys of the four views: what each does (help), and the status bar's short words.
#[derive(Debug)]
pub struct ViewKeys {
    pub timeline: &'static str,
    pub profile: &'static str,
    pub compare: &'static str,
    pub gaps: &'static str,
    pub sort_timeline: &'static str,
    pub mark_member: &'static str,
    pub earlier_years: &'static str,
    pub later_years: &'static str,
    pub open_project: &'static str,
    pub open_gap: &'static str,
    pub choose_member: &'static str,
    pub find_member: &'static str,
    pub other_member: &'static str,
    pub compare_years: (&'static str, &'static str, &'static str),
    pub edit: &'static str,
    pub bar_timeline: &'static str,
    pub bar_profile: &'static str,
    pub bar_compare: &'static str,
    pub bar_gaps: &'static str,
    pub bar_choose: &'static str,
    pub bar_mark: &'static str,
    pub bar_edit: &'static str,
    pub bar_back: &'static str,
}

pub const KEYS_EN: ViewKeys = ViewKeys {
    timeline: "timeline: the projects over the years",
    profile: "profile of the selected member",
    compare: "compare the selected member with another",
    gaps: "gaps in the data: what is still missing, by kind",
    sort_timeline: "order: by start, by field, by title",
    mark_member: "mark (●) the projects that name the member selected in the browser; again: list only those; again: all",
    earlier_years: "earlier years (◀: more to the left)",
    later_years: "later years (▶: more to the right)",
    open_project: "open the project in the browser",
    open_gap: "open what the gap is about in the browser",
    choose_member: "compare with this member",
    find_member: "narrow the list: name, code or other name (Enter keeps it, Esc drops it)",
    other_member: "choose another member to compare with",
    compare_years: ("previous year", "next year", "all years"),
    edit: "open the file at this line in $EDITOR (with --data)",
    bar_timeline: "timeline",
    bar_profile: "profile",
    bar_compare: "compare",
    bar_gaps: "gaps",
    bar_choose: "choose",
    bar_mark: "mark",
    bar_edit: "edit",
    bar_back: "back",
};

pub const KEYS_DE: ViewKeys = ViewKeys {
    timeline: "Zeitleiste: die Projekte über die Jahre",
    profile: "Profil des gewählten Mitglieds",
    compare: "gewähltes Mitglied mit einem anderen vergleichen",
    gaps: "Lücken in den Daten: was noch fehlt, nach Art",
    sort_timeline: "Reihenfolge: nach Beginn, nach Bereich, nach Titel",
    mark_member: "die Projekte markieren (●), die das in der Übersicht gewählte Mitglied nennen; noch einmal: nur diese zeigen; noch einmal: alle",
    earlier_years: "frühere Jahre (◀: weitere links)",
    later_years: "spätere Jahre (▶: weitere rechts)",
    open_project: "Projekt in der Übersicht öffnen",
    open_gap: "worum es bei der Lücke geht, in der Übersicht öffnen",
    choose_member: "mit diesem Mitglied vergleichen",
    find_member: "Liste eingrenzen: Name, Kürzel oder anderer Name (Enter behält, Esc verwirft)",
    other_member: "ein anderes Mitglied zum Vergleich wählen",
    compare_years: ("voriges Jahr", "nächstes Jahr", "alle Jahre"),
    edit: "Datei an dieser Zeile in $EDITOR öffnen (mit --data)",
    bar_timeline: "Zeitleiste",
    bar_profile: "Profil",
    bar_compare: "Vergleich",
    bar_gaps: "Lücken",
    bar_choose: "wählen",
    bar_mark: "markieren",
    bar_edit: "bearbeiten",
    bar_back: "zurück",
};
