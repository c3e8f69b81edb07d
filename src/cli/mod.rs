//! The command line: clap definitions and the non-interactive subcommands. They query
//! the same [`Model`] as the terminal app and return their output instead of printing
//! it, so that tests can run them without a process.

mod add;
mod args;
pub mod config;
pub mod console;
mod lists;
mod output;
mod whole;

pub use args::{
    Cli, Command, ConfigAction, Format, MatrixFormat, ProjectYear, StartView, YearArg, command,
    glyphs, lang_of_args, refused,
};
pub use config::note as settings_note;
pub use set::EXIT_CONFLICT;
pub use whole::summary;
use whole::{check, gaps, generate, origin_name, overview};

/// The words of what is said before the language is known (a refused command line, the
/// terminal check, a failed write): English.
const W: &CliWords = &crate::present::words::EN.cli;

mod matrix;
mod profile;
mod set;
pub mod settings;
mod timeline;

use std::fmt::Write as _;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::data::{self, Loaded, Origin};
use crate::model::Model;
use crate::present::table::Dialect;
use crate::present::words::{CliWords, Lang};
use crate::query::grid::{ColumnOrder, RowOrder, Spec};
use crate::text::sanitize_multiline;

/// Exit code: everything fine.
pub const EXIT_OK: u8 = 0;
/// Exit code: the data has errors.
pub const EXIT_DATA: u8 = 1;
/// Exit code: a usage error, or nothing found.
pub const EXIT_USAGE: u8 = 2;
/// Exit code: the output could not be written (a full disk, say).
pub const EXIT_OUTPUT: u8 = 3;

/// How many of the data's errors a command other than `check` shows before it stops.
const FIRST_ERRORS: usize = 10;

/// What a command writes: text for people, JSON, or CSV in its dialect (see
/// `present::csv` for the one rule of CSV).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum As {
    Text,
    Json,
    Csv(Dialect),
}

impl As {
    /// The `--format` given and `--csv-excel`, which makes the CSV the one for Excel.
    fn of(format: Format, csv_excel: bool) -> As {
        match (format, csv_excel) {
            (_, true) => As::Csv(Dialect::Excel),
            (Format::Text, false) => As::Text,
            (Format::Json, false) => As::Json,
            (Format::Csv, false) => As::Csv(Dialect::Standard),
        }
    }
}

/// What a command printed and how it ended.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub code: u8,
}

impl Outcome {
    fn ok(stdout: String) -> Outcome {
        Outcome {
            stdout,
            ..Outcome::default()
        }
    }

    fn usage(message: impl Into<String>) -> Outcome {
        Outcome {
            stderr: format!("ikz: {}\n", message.into()),
            code: EXIT_USAGE,
            ..Outcome::default()
        }
    }
}

/// Runs one command line and returns all it printed (for the tests): the settings from
/// the command line and the environment, no settings file.
pub fn run(cli: &Cli) -> Outcome {
    let env = |k: &str| std::env::var(k).ok();
    let settings = cli.settings(settings::SettingsFile::default(), &env, None);
    let mut out = Vec::new();
    match run_to(cli, &settings, &mut out) {
        Ok(mut outcome) => {
            outcome.stdout = String::from_utf8_lossy(&out).into_owned();
            outcome
        }
        Err(e) => Outcome {
            stdout: String::from_utf8_lossy(&out).into_owned(),
            ..Outcome::usage(e.to_string())
        },
    }
}

/// Runs one command line, writing its output to `out` as it goes (a matrix row by row);
/// returns what goes to standard error and the exit code. What it writes is made safe
/// for a terminal here, in one place: a control character from a data file or an
/// argument is shown escaped. An error writing `out` ends the command.
pub fn run_to(
    cli: &Cli,
    settings: &settings::Settings,
    out: &mut dyn std::io::Write,
) -> std::io::Result<Outcome> {
    if let Some(refused) = csv_excel_refused(cli, settings.lang.value) {
        return Ok(refused);
    }
    if let Some(path) = &cli.output {
        let format = match cli.csv_excel {
            true => Some("csv".to_string()),
            false => cli.command.as_ref().and_then(Command::format_name),
        };
        if let (Some(asked), Some(is)) = (output::name_asks(path, format.as_deref()), &format) {
            let w = &settings.lang.value.texts().cli;
            let shown = path.display().to_string();
            let said = match cli.csv_excel {
                true => (w.name_asks_csv_excel)(&shown, asked),
                false => (w.name_asks)(&shown, asked, is),
            };
            return Ok(Outcome::usage(said));
        }
        if !matches!(cli.command, Some(Command::Matrix { .. })) {
            return Ok(into_file(cli, settings, path));
        }
    }
    streamed(cli, settings, out)
}

/// Why `--csv-excel` is refused, where it is: a command that writes no table, or a
/// `--format` other than CSV beside it.
fn csv_excel_refused(cli: &Cli, lang: Lang) -> Option<Outcome> {
    if !cli.csv_excel {
        return None;
    }
    let w = &lang.texts().cli;
    let format = cli.command.as_ref().and_then(Command::format_name);
    match format.as_deref() {
        None => Some(Outcome::usage(w.csv_excel_no_table)),
        Some("text" | "csv") => None,
        Some(other) => Some(Outcome::usage((w.csv_excel_not_with)(other))),
    }
}

/// [`run_to`], into `out` whatever `--output` says.
fn streamed(
    cli: &Cli,
    settings: &settings::Settings,
    out: &mut dyn std::io::Write,
) -> std::io::Result<Outcome> {
    // Buffered before the filter, so that it sees large pieces, not each `write!`.
    let mut safe = std::io::BufWriter::with_capacity(1 << 16, crate::text::Sanitizing::new(out));
    let mut outcome = run_unfiltered(cli, settings, &mut safe)?;
    // The settings file's mistakes and a data folder away are said before anything the
    // command says on standard error (`ikz config` shows them itself).
    if !matches!(cli.command, Some(Command::Config { .. })) {
        let notes = config::notes(settings.lang.value, settings);
        outcome.stderr.insert_str(0, &notes);
    }
    let written = std::io::Write::write_all(&mut safe, outcome.stdout.as_bytes())
        .and_then(|()| std::io::Write::flush(&mut safe));
    match written {
        // The reader went away after the command's end was known: its exit code stands
        // (`ikz check | head -1` on broken data still exits 1).
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        other => other?,
    }
    Ok(Outcome {
        stdout: String::new(),
        stderr: sanitize_multiline(&outcome.stderr).into_owned(),
        code: outcome.code,
    })
}

/// A command whose output goes where `--output` says (see [`output`]): a file whole,
/// and only where the command answers (it succeeds, or `check` lists the data's
/// errors). Says where it went, or why not.
fn into_file(cli: &Cli, settings: &settings::Settings, path: &std::path::Path) -> Outcome {
    let lang = settings.lang.value;
    let data = settings.data.value.as_deref();
    let answered = |o: &Outcome| {
        o.code == EXIT_OK || (o.code == EXIT_DATA && matches!(cli.command, Some(Command::Check)))
    };
    output::write(
        path,
        data,
        false,
        lang,
        |out| streamed(cli, settings, out),
        answered,
    )
}

fn run_unfiltered(
    cli: &Cli,
    settings: &settings::Settings,
    out: &mut dyn std::io::Write,
) -> std::io::Result<Outcome> {
    let lang = settings.lang.value;
    let w = &lang.texts().cli;
    if let Some(Command::Config { action }) = &cli.command {
        return Ok(match action {
            None => config::show(lang, settings),
            Some(ConfigAction::Set { key, value }) => {
                config::change(lang, settings, key, Some(value))
            }
            Some(ConfigAction::Unset { key }) => config::change(lang, settings, key, None),
        });
    }
    if let Some(Command::Generate {
        members,
        projects,
        years,
        seed,
        out_dir,
    }) = &cli.command
    {
        let size = crate::data::generate::Size {
            members: *members as usize,
            projects: *projects as usize,
            years: *years,
            seed: *seed,
        };
        return Ok(generate(w, out_dir, size));
    }
    if let Some(Command::Init { dir }) = &cli.command {
        return Ok(whole::init(w, dir));
    }
    let loaded = data::load(&settings.origin());
    let Some(command) = &cli.command else {
        return Ok(overview(w, &loaded));
    };
    if let Command::Check = command {
        let mut outcome = check(w, lang, &loaded);
        if let data::Origin::Folder(dir) = &loaded.origin
            && let Some(began) = data::init::Began::of(dir)
            && began.data != data::init::Began::this().data
        {
            let shown = dir.display().to_string();
            let said = (w.began_as_other)(&shown, &began.release, &began.commit);
            let _ = writeln!(outcome.stderr, "{said}");
        }
        return Ok(outcome);
    }
    if loaded.errors() > 0 {
        // The first errors, to start with; `ikz check` lists them all.
        let mut err = String::new();
        for d in loaded
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .take(FIRST_ERRORS)
        {
            let _ = writeln!(err, "{}", crate::present::words::problems::line(d, lang));
        }
        if loaded.errors() > FIRST_ERRORS {
            let _ = writeln!(err, "{}", (w.more_errors)(loaded.errors() - FIRST_ERRORS));
        }
        let _ = writeln!(
            err,
            "ikz: {} {} {}; {}",
            origin_name(w, &loaded.origin),
            w.has,
            w.error.count(loaded.errors()),
            w.fix_first
        );
        return Ok(Outcome {
            stderr: err,
            code: EXIT_DATA,
            ..Outcome::default()
        });
    }
    let model = &loaded.model;
    let as_ = |format: &Format| As::of(*format, cli.csv_excel);
    let year_of = |asked: &YearArg| asked.resolve(model);
    let year_error = |year: Option<u16>| {
        year.filter(|y| !model.years.contains(y)).map(|y| {
            Outcome::usage(format!(
                "{} {y}; {} {}–{}",
                w.no_year,
                w.covers,
                model.years.start(),
                model.years.end()
            ))
        })
    };
    let mut outcome = match command {
        Command::Check => check(w, lang, &loaded),
        Command::Gaps { format } => gaps(w, lang, &loaded, as_(format)),
        Command::Generate { .. } | Command::Config { .. } | Command::Init { .. } => {
            Outcome::usage("generate, init and config run before loading")
        }
        Command::Set {
            project,
            member,
            state,
            year,
            years,
            count,
            source,
            adjust_count,
            dry_run,
        } => set::set(
            lang,
            &loaded,
            &set::Asked {
                project,
                member: member.as_deref(),
                state: *state,
                year: *year,
                years: *years,
                count: *count,
                source: source.as_deref(),
                adjust_count: *adjust_count,
                dry_run: *dry_run,
            },
        ),
        Command::Add { what } => add::add(lang, &loaded, what),
        Command::Members { format } => lists::members(model, as_(format), lang),
        Command::Projects {
            member,
            all,
            year,
            seat,
            form,
            funded,
            format,
        } => year_error(year.year).unwrap_or_else(|| {
            let only = lists::Only {
                seat: seat.as_deref(),
                form: form.as_deref(),
                funded: *funded,
            };
            let year = year_of(year);
            lists::projects(
                model,
                member.as_deref(),
                *all,
                year,
                only,
                as_(format),
                lang,
            )
        }),
        Command::Years { format } => lists::years(model, as_(format), lang),
        Command::Participants {
            project,
            year,
            format,
        } => year_error(year.year)
            .unwrap_or_else(|| lists::participants(model, project, *year, as_(format), lang)),
        Command::Member { member, format } => profile::member(model, member, as_(format), lang),
        Command::Timeline {
            sort,
            filter,
            member,
            format,
        } => timeline::run(
            model,
            filter.as_deref(),
            *sort,
            member.as_deref(),
            as_(format),
            lang,
        ),
        Command::Compare { a, b, year, format } => year_error(year.year)
            .unwrap_or_else(|| profile::compare(model, a, b, year_of(year), as_(format), lang)),
        Command::Search {
            query,
            limit,
            format,
        } => lists::search(model, &query.join(" "), *limit, as_(format), lang),
        Command::Matrix {
            year,
            filter,
            sort,
            columns,
            format,
        } => match year_error(year.year) {
            Some(error) => error,
            None => {
                let spec = Spec {
                    year: year_of(year),
                    filter: filter.clone().unwrap_or_default(),
                    rows: *sort,
                    columns: *columns,
                };
                let excel = cli.csv_excel;
                let how = matrix::How {
                    // `--csv-excel` alone asks for the CSV.
                    format: if excel { MatrixFormat::Csv } else { *format },
                    dialect: if excel {
                        Dialect::Excel
                    } else {
                        Dialect::Standard
                    },
                    lang,
                };
                match &cli.output {
                    Some(path) => {
                        let data = settings.data.value.as_deref();
                        let binary = *format == MatrixFormat::Xlsx;
                        let fill = |out: &mut dyn std::io::Write| {
                            matrix::write_all(out, model, spec, how).map(|()| Outcome::default())
                        };
                        output::write(path, data, binary, lang, fill, |_| true)
                    }
                    None => matrix::matrix(out, model, spec, how)?,
                }
            }
        },
    };
    // An edit says the warnings of the data as it made it (see `set::write_plan`).
    let edits = matches!(command, Command::Set { .. } | Command::Add { .. });
    if loaded.warnings() > 0 && !edits {
        let _ = writeln!(
            outcome.stderr,
            "ikz: {} {}",
            w.warning.count(loaded.warnings()),
            w.in_the_data
        );
    }
    Ok(outcome)
}

/// Why the browser cannot start in this terminal, if it cannot: on Unix, a terminal that
/// says it is `dumb` (an editor's shell buffer, a serial console) or says nothing (no
/// `TERM`) cannot draw a full screen. The commands work everywhere; the message names them.
pub fn no_full_screen(term: Option<&str>, lang: Lang) -> Option<String> {
    if !cfg!(unix) {
        return None;
    }
    let shown = match term {
        None | Some("") => "TERM is not set".to_string(),
        Some("dumb") => "TERM=dumb".to_string(),
        Some(_) => return None,
    };
    Some(
        sanitize_multiline(&format!(
            "ikz: {} ({shown}).\n{}\n",
            lang.texts().cli.no_full_screen,
            lang.texts().cli.use_commands
        ))
        .into_owned(),
    )
}

/// The message when standard output cannot be written: "ikz: cannot write the output:
/// No space left on device (os error 28)".
pub fn output_error(e: &std::io::Error, lang: Lang) -> String {
    let words = &lang.texts().cli;
    sanitize_multiline(&format!("ikz: {}: {e}", words.cannot_write_output)).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::help_de as de;

    /// Every option and argument of every command has its German help, and every German
    /// text belongs to one that exists: a new option cannot stay English, a renamed one
    /// cannot leave its text behind.
    #[test]
    fn the_german_help_covers_every_option_and_nothing_else() {
        let mut cmd = <Cli as clap::CommandFactory>::command();
        cmd.build();
        // Every command, those inside a command too (`config set`).
        let mut commands = vec![("".to_string(), cmd.clone())];
        let mut i = 0;
        while let Some((parent, c)) = commands.get(i) {
            let inner: Vec<_> = c
                .get_subcommands()
                .map(|s| (de::sub_name(parent, s.get_name()), s.clone()))
                .collect();
            commands.extend(inner);
            i += 1;
        }
        let mut used_options = vec![false; de::OPTIONS.len()];
        let mut used_values = vec![false; de::VALUES.len()];
        for (name, c) in &commands {
            let help = name == "help" || name.ends_with(" help");
            assert!(
                de::COMMANDS
                    .iter()
                    .any(|(n, _)| n == name || (help && *n == "help")),
                "no German about for command {name:?}"
            );
            for a in c.get_arguments() {
                let id = a.get_id().as_str();
                let found = de::OPTIONS
                    .iter()
                    .position(|(n, i, _)| (n == name || (help && *n == "help")) && *i == id)
                    .or_else(|| {
                        de::OPTIONS
                            .iter()
                            .position(|(n, i, _)| n.is_empty() && *i == id)
                    });
                let Some(found) = found else {
                    panic!("no German help for {id} of {name:?}");
                };
                used_options[found] = true;
                for v in a.get_possible_values() {
                    if let Some(i) = de::VALUES
                        .iter()
                        .position(|(o, n, _)| *o == id && *n == v.get_name())
                    {
                        used_values[i] = true;
                    }
                }
            }
        }
        for (i, used) in used_options.iter().enumerate() {
            assert!(used, "German help for no option: {:?}", de::OPTIONS[i]);
        }
        for (i, used) in used_values.iter().enumerate() {
            assert!(used, "German help for no value: {:?}", de::VALUES[i]);
        }
    }

    #[test]
    fn the_language_of_the_help_comes_from_the_arguments_before_the_locale() {
        let args = |a: &[&str]| a.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        let german = |k: &str| (k == "LANG").then(|| "de_DE.UTF-8".to_string());
        let none = |_: &str| None;
        let nofile = settings::SettingsFile::default();
        assert_eq!(
            lang_of_args(args(&["ikz", "--help"]), &nofile, &german, None),
            Lang::De
        );
        assert_eq!(
            lang_of_args(args(&["ikz", "--help"]), &nofile, &none, None),
            Lang::En
        );
        assert_eq!(
            lang_of_args(args(&["ikz", "--lang", "de", "-h"]), &nofile, &none, None),
            Lang::De
        );
        assert_eq!(
            lang_of_args(args(&["ikz", "--lang=en", "-h"]), &nofile, &german, None),
            Lang::En
        );
        assert_eq!(
            lang_of_args(
                args(&["ikz", "--lang=en", "--lang", "de"]),
                &nofile,
                &none,
                None
            ),
            Lang::De
        );
        // A value clap will refuse leaves the locale to decide.
        assert_eq!(
            lang_of_args(args(&["ikz", "--lang", "fr"]), &nofile, &german, None),
            Lang::De
        );
        // The settings file before the locale, the system after it.
        let (settings, _) = crate::data::settings::read("config.toml", b"lang = 'de'".to_vec());
        let file = settings::SettingsFile {
            settings,
            ..settings::SettingsFile::default()
        };
        let english = |k: &str| (k == "LANG").then(|| "en_US.UTF-8".to_string());
        assert_eq!(
            lang_of_args(args(&["ikz", "-h"]), &file, &english, None),
            Lang::De
        );
        assert_eq!(
            lang_of_args(args(&["ikz", "-h"]), &nofile, &none, Some("de-DE")),
            Lang::De
        );
    }

    #[test]
    fn the_old_windows_console_gets_the_marks_its_fonts_have() {
        use crate::text::Glyphs;
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(glyphs(&env(&[]), true), Glyphs::ConsoleFonts);
        assert_eq!(glyphs(&env(&[("WT_SESSION", "1f0c")]), true), Glyphs::All);
        assert_eq!(
            glyphs(&env(&[("TERM_PROGRAM", "vscode")]), true),
            Glyphs::All
        );
        assert_eq!(glyphs(&env(&[]), false), Glyphs::All);
        assert_eq!(glyphs(&env(&[("LANG", "de_DE")]), false), Glyphs::Ascii);
    }
}
