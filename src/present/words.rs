//! The words of the interface in German and English. Data is shown as written.

use crate::model::{Participation, Status};
use crate::query::grid::{ColumnOrder, RowOrder};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Lang {
    De,
    #[default]
    En,
}

impl Lang {
    /// The language of the locale: `LC_ALL`, else `LC_MESSAGES`, else `LANG`; German if
    /// it starts with "de", English otherwise. The first variable that is set decides.
    pub fn from_locale(get: impl Fn(&str) -> Option<String>) -> Lang {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|v| get(v).filter(|s| !s.is_empty()));
        match locale {
            Some(l) if l.to_ascii_lowercase().starts_with("de") => Lang::De,
            _ => Lang::En,
        }
    }

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
    /// "members" / "projects" after a number.
    pub n_members: &'static str,
    pub n_projects: &'static str,
    pub all_years: &'static str,
    pub report: &'static str,
    pub field: &'static str,
    pub status: &'static str,
    pub summary: &'static str,
    pub milestones: &'static str,
    pub sources: &'static str,
    pub note: &'static str,
    pub takes_part: &'static str,
    pub does_not: &'static str,
    pub not_known: &'static str,
    pub participation: &'static str,
    pub kind: &'static str,
    pub kind_unknown: &'static str,
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
    pub keys: &'static str,
    pub help_title: &'static str,
    pub help_mouse: &'static str,
    pub help_no_mouse: &'static str,
    pub help_close: &'static str,
    pub help_search: &'static str,
    /// Heading of the keys that work in every view.
    pub help_everywhere: &'static str,
    pub problems_title: &'static str,
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
    pub reloaded: &'static str,
    pub not_watched: &'static str,
    /// "… and 12 more (…)", around the number.
    pub more: (&'static str, &'static str),
    pub reload_builtin: &'static str,
    /// The status bar while the files have errors and the last good data is shown.
    pub stale: &'static str,
    pub stale_title: &'static str,
    pub help_matrix: &'static str,
    pub help_filter: &'static str,
    pub matrix: MatrixTexts,
}

/// The words of the matrix view.
#[derive(Debug)]
pub struct MatrixTexts {
    pub title: &'static str,
    /// Heading of the project column.
    pub project: &'static str,
    /// Label of the row of column totals.
    pub named_in: &'static str,
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
    pub first_year: &'static str,
    pub last_year: &'static str,
    pub all_years_shown: &'static str,
    pub exported: &'static str,
    pub export_failed: &'static str,
    /// "named in 3 projects" (before and after the number).
    pub named_in_n: (&'static str, &'static str),
    /// What the total column means.
    pub total_legend: &'static str,
    pub enter_opens: &'static str,
}

pub const EN: Texts = Texts {
    years: "Years",
    projects: "Projects",
    members: "Members",
    detail: "Detail",
    n_members: "members",
    n_projects: "projects",
    all_years: "All years",
    report: "Report",
    field: "Field",
    status: "Status",
    summary: "Summary",
    milestones: "Milestones",
    sources: "Sources",
    note: "Note",
    takes_part: "Takes part",
    does_not: "Does not take part",
    not_known: "Not known",
    participation: "Participation",
    kind: "Kind",
    kind_unknown: "not stated in the sources",
    code: "Code",
    aliases: "Also called",
    projects_by_year: "Projects by year",
    no_projects_named: "No source names this member in a project.",
    may_take_part: "may take part (the source gives only a count)",
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
    keys: "Keys",
    help_title: "Help — keys",
    help_mouse: "Mouse: a click selects, the wheel scrolls the pane under the pointer. To select text while ikz holds the mouse, drag with Shift held (in most terminals), or start ikz --no-mouse.",
    help_no_mouse: "The mouse is left to the terminal (--no-mouse): drag to select text.",
    help_close: "Esc, q or ? closes this help.",
    help_search: "In the search (every other key is text):",
    help_everywhere: "In every view:",
    problems_title: "Warnings in the data",
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
    legend: "✓ takes part  · does not  ? not known",
    reloaded: "Data reloaded.",
    more: ("… and", "more (the matrix, m, shows them all)"),
    not_watched: "Not watching for changes (r reloads)",
    reload_builtin: "The built-in data does not change; start ikz --data DIR to watch a folder.",
    stale: "the files have errors: showing the last good data (w)",
    stale_title: "Errors in the files (the last good data is shown)",
    help_matrix: "In the matrix:",
    help_filter: "In the matrix's filter (every other key is text):",
    matrix: MatrixTexts {
        title: "Matrix",
        project: "Project",
        named_in: "Σ projects",
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
        first_year: "This is the first year of the data.",
        last_year: "This is the last year of the data (0 shows all years).",
        all_years_shown: "All years are shown; < steps back from the latest year.",
        exported: "Exported:",
        export_failed: "Export failed",
        named_in_n: ("named in", "of the projects shown"),
        total_legend: "Σ named of all (reported count where it differs)",
        enter_opens: "Enter opens it in the browser",
    },
};

pub const DE: Texts = Texts {
    years: "Jahre",
    projects: "Projekte",
    members: "Mitglieder",
    detail: "Details",
    n_members: "Mitglieder",
    n_projects: "Projekte",
    all_years: "Alle Jahre",
    report: "Bericht",
    field: "Bereich",
    status: "Stand",
    summary: "Zusammenfassung",
    milestones: "Meilensteine",
    sources: "Quellen",
    note: "Hinweis",
    takes_part: "Nimmt teil",
    does_not: "Nimmt nicht teil",
    not_known: "Nicht bekannt",
    participation: "Beteiligung",
    kind: "Art",
    kind_unknown: "in den Quellen nicht angegeben",
    code: "Kürzel",
    aliases: "Auch genannt",
    projects_by_year: "Projekte nach Jahr",
    no_projects_named: "Keine Quelle nennt dieses Mitglied in einem Projekt.",
    may_take_part: "vielleicht beteiligt (die Quelle nennt nur eine Anzahl)",
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
    built_in: "eingebaut",
    keys: "Tasten",
    help_title: "Hilfe – Tasten",
    help_mouse: "Maus: Klick wählt aus, das Rad blättert im Bereich unter dem Zeiger. Um Text zu markieren, während ikz die Maus nutzt, mit gedrückter Umschalttaste ziehen (in den meisten Terminals) oder ikz --no-mouse starten.",
    help_no_mouse: "Die Maus bleibt dem Terminal überlassen (--no-mouse): Text durch Ziehen markieren.",
    help_close: "Esc, q oder ? schließt diese Hilfe.",
    help_search: "In der Suche (alle anderen Tasten sind Text):",
    help_everywhere: "In jeder Ansicht:",
    problems_title: "Warnungen in den Daten",
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
    legend: "✓ nimmt teil  · nicht  ? nicht bekannt",
    reloaded: "Daten neu gelesen.",
    more: ("… und", "weitere (die Matrix, m, zeigt alle)"),
    not_watched: "Änderungen werden nicht beobachtet (r liest neu)",
    reload_builtin: "Die eingebauten Daten ändern sich nicht; ikz --data ORDNER beobachtet einen Ordner.",
    stale: "die Dateien haben Fehler: gezeigt werden die letzten guten Daten (w)",
    stale_title: "Fehler in den Dateien (gezeigt werden die letzten guten Daten)",
    help_matrix: "In der Matrix:",
    help_filter: "Im Filter der Matrix (alle anderen Tasten sind Text):",
    matrix: MatrixTexts {
        title: "Matrix",
        project: "Projekt",
        named_in: "Σ Projekte",
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
        first_year: "Das ist das erste Jahr der Daten.",
        last_year: "Das ist das letzte Jahr der Daten (0 zeigt alle Jahre).",
        all_years_shown: "Alle Jahre sind gezeigt; < geht vom letzten Jahr zurück.",
        exported: "Exportiert:",
        export_failed: "Export fehlgeschlagen",
        named_in_n: ("genannt in", "der gezeigten Projekte"),
        total_legend: "Σ genannt von allen (gemeldete Anzahl, wo sie abweicht)",
        enter_opens: "Enter öffnet es im Browser",
    },
};

impl MatrixTexts {
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
        p.gap()?;
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
