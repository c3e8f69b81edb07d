//! The commands about the data as a whole: `check`, `gaps`, the overview without a
//! command, and `generate`.

use super::*;
use crate::present::csv::Csv;
use crate::present::words::problems::shown_path;

/// `ikz generate`: a synthetic data folder, into a folder that is new or empty (so
/// that no file of other data makes it invalid).
pub(super) fn generate(
    w: &CliWords,
    dir: &std::path::Path,
    size: crate::data::generate::Size,
) -> Outcome {
    let occupied = std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some());
    if occupied {
        return Outcome::usage(format!("{} {}", dir.display(), w.not_empty));
    }
    match crate::data::generate::write(dir, size) {
        Ok(files) => Outcome::ok(format!(
            "{} {} {} {}: {}, {}, {} {}\n",
            w.wrote.0,
            w.file.count(files),
            w.wrote.1,
            dir.display(),
            w.member.count(size.members),
            w.project.count(size.projects),
            size.years,
            w.years
        )),
        Err(e) => Outcome::usage(format!("{} {}: {e}", w.cannot_write, dir.display())),
    }
}

/// `ikz init`: the built-in data into a folder that is new or empty, and how to use it.
pub(super) fn init(w: &CliWords, dir: &std::path::Path) -> Outcome {
    match crate::data::init::make(dir) {
        Ok((whole, files)) => {
            // Quoted where a shell would split it, so the line can be copied as it is.
            let shown = whole.display().to_string();
            let shown = if shown.contains(char::is_whitespace) {
                format!("\"{shown}\"")
            } else {
                shown
            };
            Outcome::ok(format!("{}\n", (w.init_wrote)(files, &shown)))
        }
        Err(crate::data::init::NotMade::NotEmpty) => {
            Outcome::usage(format!("{} {}", dir.display(), w.not_empty))
        }
        Err(crate::data::init::NotMade::Io(e)) => Outcome {
            code: EXIT_OUTPUT,
            stderr: format!("ikz: {} {}: {e}\n", w.cannot_write, dir.display()),
            ..Outcome::default()
        },
    }
}

/// One line that says what was loaded: "15 members, 20 projects, 7 reports, 2013–2024".
pub fn summary(w: &CliWords, model: &Model) -> String {
    format!(
        "{}, {}, {}, {}–{}",
        w.member.count(model.members.len()),
        w.project.count(model.projects.len()),
        w.report.count(model.reports.len()),
        model.years.start(),
        model.years.end()
    )
}

/// The data's origin as the commands name it: its folder, or the built-in data in the
/// language of the output.
pub(super) fn origin_name(w: &CliWords, origin: &Origin) -> String {
    match origin {
        Origin::BuiltIn => w.builtin_data.to_string(),
        Origin::Folder(_) => origin.describe(),
    }
}

#[derive(serde::Serialize)]
struct GapJson<'a> {
    kind: &'static str,
    subject: &'a str,
    year: Option<u16>,
    /// The years of nothing known of who takes part (kind `nothing`).
    #[serde(skip_serializing_if = "Option::is_none")]
    years: Option<&'a [u16]>,
    amount: u32,
    path: &'a str,
    line: usize,
    col: usize,
}

/// `ikz gaps`: what the data still lacks, by kind, the largest first, each where it is
/// completed.
pub(super) fn gaps(w: &CliWords, lang: Lang, loaded: &Loaded, format: As) -> Outcome {
    let gaps = loaded.gaps.list(&loaded.model);
    if let As::Csv(dialect) = format {
        let mut c = Csv::new(dialect, lang);
        let (h, t) = (c.heads(), c.texts());
        c.head(&[
            ("kind", h.gap),
            ("subject", h.subject),
            ("year", h.year),
            ("amount", h.amount),
            ("path", h.path),
            ("line", h.line),
            ("col", h.column),
            ("message", h.message),
        ]);
        for g in gaps {
            let kind = crate::diag::GapKind::ALL
                .iter()
                .zip(t.gaps.kinds)
                .find(|(k, _)| **k == g.kind)
                .map_or("", |(_, word)| word);
            c.row(vec![
                c.word(g.kind.key(), kind),
                g.subject.clone(),
                g.year.map(|y| y.to_string()).unwrap_or_default(),
                g.amount.to_string(),
                c.word(&g.path, &shown_path(&g.path, c.lang())),
                g.line.to_string(),
                g.col.to_string(),
                (t.gaps.said)(&g.what),
            ]);
        }
        return Outcome::ok(c.finish());
    }
    if format == As::Json {
        let rows: Vec<GapJson<'_>> = gaps
            .iter()
            .map(|g| GapJson {
                kind: g.kind.key(),
                subject: &g.subject,
                year: g.year,
                years: match &g.what {
                    crate::diag::GapWhat::Nothing { years, .. } => Some(years.as_slice()),
                    _ => None,
                },
                amount: g.amount,
                path: &g.path,
                line: g.line,
                col: g.col,
            })
            .collect();
        return lists::json(w, &rows);
    }
    let gw = &lang.texts().gaps;
    if gaps.is_empty() {
        return Outcome::ok(format!("{}\n", gw.none));
    }
    let mut out = format!("{}\n\n", gw.summary(gaps));
    for g in gaps {
        let _ = writeln!(out, "{}", gw.line(g, lang));
    }
    Outcome::ok(out)
}

pub(super) fn check(w: &CliWords, lang: Lang, loaded: &Loaded) -> Outcome {
    let mut out = String::new();
    for d in &loaded.diagnostics {
        let _ = writeln!(out, "{}", crate::present::words::problems::line(d, lang));
    }
    let (errors, warnings) = (loaded.errors(), loaded.warnings());
    let origin = origin_name(w, &loaded.origin);
    if errors > 0 {
        let _ = writeln!(
            out,
            "{origin}: {}, {} {} {}",
            w.error.count(errors),
            w.warning.count(warnings),
            w.in_word,
            w.file.count(loaded.files)
        );
        Outcome {
            stdout: out,
            code: EXIT_DATA,
            ..Outcome::default()
        }
    } else {
        let _ = writeln!(
            out,
            "{}: {origin}: {} ({}, {})",
            w.ok,
            summary(w, &loaded.model),
            w.file.count(loaded.files),
            w.warning.count(warnings)
        );
        Outcome::ok(out)
    }
}

/// `ikz` without a command, when standard output is not a terminal: the browser needs
/// one, so point to the commands instead.
pub(super) fn overview(w: &CliWords, loaded: &Loaded) -> Outcome {
    let mut err = format!("ikz: {}\n", w.not_a_terminal);
    if loaded.errors() > 0 {
        let _ = writeln!(
            err,
            "ikz: {} {} {} {}",
            w.note_that,
            origin_name(w, &loaded.origin),
            w.has,
            w.error.count(loaded.errors())
        );
    }
    Outcome {
        stderr: err,
        code: EXIT_USAGE,
        ..Outcome::default()
    }
}
