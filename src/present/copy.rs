//! What `y` copies, as plain text for an e-mail: a project with who takes part and its
//! sources, or a member with its projects; and the OSC 52 text cleaned of
//! control characters (the terminal side puts it on a clipboard: `tui::clipboard`).

use std::fmt::Write as _;

use crate::model::{Cell, MemberIdx, Model, ProjectIdx};
use crate::present::detail::{named_years, taking_part};
use crate::present::words::Lang;

/// Where `y` put the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Copied {
    /// Into the system's clipboard.
    System,
    /// Sent to the terminal (OSC 52): whether it arrives, the terminal decides.
    Terminal,
    /// Into tmux's buffer, and on to the terminal's clipboard as tmux is set.
    Tmux,
    /// Into tmux's buffer only: its `set-clipboard` is off.
    TmuxOnly,
}

/// A project in `year` (`None`: all years): its title, who takes part, who does not,
/// who is not known, and its sources with their addresses.
pub fn project(model: &Model, p: ProjectIdx, year: Option<u16>, lang: Lang) -> String {
    let t = lang.texts();
    let project = model.project(p);
    let part = model.participation(p, year);
    let mut out = project.title.clone();
    if let Some(y) = year {
        let _ = write!(out, " ({y})");
    }
    let _ = writeln!(out, "\n{}: {}", t.participation, part.short());
    for (cell, label) in [
        (Cell::Yes, t.takes_part),
        (Cell::No, t.does_not),
        (Cell::Unknown, t.not_known),
    ] {
        let list: Vec<MemberIdx> = model
            .member_indices()
            .filter(|&m| part.cell(m) == cell)
            .collect();
        if list.is_empty() {
            continue;
        }
        let names = match cell {
            Cell::Yes => taking_part(model, p, &list, year),
            _ => list
                .iter()
                .map(|&m| model.member(m).name.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        };
        let _ = writeln!(out, "{label} ({}): {names}", list.len());
    }
    sources(&mut out, model, &project.cited(), lang);
    out
}

/// A member: its name and code, and the projects a source names it in, with the years.
pub fn member(model: &Model, m: MemberIdx, lang: Lang) -> String {
    let t = lang.texts();
    let member = model.member(m);
    let mut out = format!("{} ({})\n", member.name, member.code);
    let named = model.projects_of_by_year(m);
    let _ = writeln!(out, "{} ({}):", t.projects_by_year, named.len());
    for p in named {
        let _ = writeln!(
            out,
            "- {}: {}",
            named_years(t, model, p, m),
            model.project(p).title
        );
    }
    sources(&mut out, model, &member.sources, lang);
    out
}

fn sources<S: AsRef<str>>(out: &mut String, model: &Model, ids: &[S], lang: Lang) {
    if ids.is_empty() {
        return;
    }
    let t = lang.texts();
    let _ = writeln!(out, "{}:", t.sources);
    // The public sources first, then what offices said (internal), apart.
    let (internal, public): (Vec<&str>, Vec<&str>) = ids
        .iter()
        .map(AsRef::as_ref)
        .partition(|id| model.source_by_id(id).is_some_and(|s| s.internal.is_some()));
    for id in public.into_iter().chain(internal) {
        let Some(s) = model.source_by_id(id) else {
            let _ = writeln!(out, "- {id}");
            continue;
        };
        let note = t
            .source_note(s)
            .map(|n| format!(" ({n})"))
            .unwrap_or_default();
        match &s.url {
            Some(url) => {
                let _ = writeln!(out, "- {}{note}: {url}", s.title);
            }
            None => {
                let _ = writeln!(out, "- {}{note}", s.title);
            }
        }
    }
}

/// The text as it may be copied: no control character (an escape in the data must not
/// reach the terminal or the program the text is pasted into) but the line breaks.
pub fn clean(text: &str) -> String {
    text.chars()
        .filter(|&c| c == '\n' || !crate::text::is_forbidden(c, true))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Origin, load};

    #[test]
    fn no_control_character_is_copied() {
        assert_eq!(clean("a\x1b[2Jb\nc\u{202E}"), "a[2Jb\nc");
    }

    #[test]
    fn a_project_copies_who_takes_part_and_its_sources() {
        let model = load(&Origin::BuiltIn).model;
        let p = model.project_by_id("klimaschutz").unwrap();
        let de = project(&model, p, Some(2024), Lang::De);
        assert!(
            de.starts_with("Klimaschutz (2024)\nBeteiligung: 14/15\n"),
            "{de}"
        );
        assert!(
            de.contains("Beteiligt (14): Biebesheim am Rhein, Bischofsheim,"),
            "{de}"
        );
        assert!(de.contains("Nicht beteiligt (1): Trebur"), "{de}");
        assert!(de.contains("Quellen:\n- "), "{de}");
        assert!(de.contains("https://"), "{de}");
        let m = model.member_by_id("raunheim").unwrap();
        let en = member(&model, m, Lang::En);
        assert!(en.starts_with("Raunheim (RAU)\nProjects by year ("), "{en}");
        assert!(en.contains(": Überwachung des Gaststättenrechts"), "{en}");
    }
}
