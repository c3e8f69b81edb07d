//! The command line: clap definitions and the non-interactive subcommands. They query
//! the same [`Model`] as the terminal app and return their output instead of printing
//! it, so that tests can run them without a process.

mod lists;

/// The words of the commands (English until the commands speak German too).
/// The words of what is said before the language is known (a refused command line, the
/// terminal check, a failed write): English.
const W: &CliWords = &crate::present::words::EN.cli;

mod matrix;
mod profile;
mod timeline;

use std::fmt::Write as _;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::data::{self, Loaded, Origin};
use crate::model::Model;
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

#[derive(Debug, Parser)]
#[command(
    name = "ikz",
    version,
    about = "Who takes part in which project of the inter-municipal cooperation (IKZ) of Kreis Groß-Gerau",
    long_about = "Who takes part in which project of the inter-municipal cooperation (IKZ) of \
                  Kreis Groß-Gerau, in which year.\n\nWithout a command, ikz opens the browser \
                  in the terminal. Without --data, it reads the data built into it. Exit codes: \
                  0 ok, 1 the data has errors, 2 usage error or nothing found, 3 the output \
                  could not be written."
)]
pub struct Cli {
    /// Read the data from this folder instead of the built-in data (default: the folder
    /// in IKZ_DATA, where it is set and not empty)
    #[arg(long, global = true, value_name = "DIR")]
    pub data: Option<PathBuf>,

    /// Language of the screens and of the commands' output (default: from LC_ALL,
    /// LC_MESSAGES or LANG); JSON is the same in every language
    #[arg(long, value_enum, global = true)]
    pub lang: Option<crate::present::words::Lang>,

    /// Leave the mouse to the terminal (to select text) instead of using it in the browser
    #[arg(long)]
    pub no_mouse: bool,

    /// The view the browser opens with
    #[arg(long, value_enum, default_value_t = StartView::Browser)]
    pub view: StartView,

    /// The folder the browser's exports (e in the matrix) go into (default: the folder in
    /// IKZ_EXPORT_DIR, where it is set and not empty, else the current folder)
    #[arg(long, value_name = "DIR")]
    pub export_dir: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate the data: print a summary, or every problem (exit 1 if there are errors)
    Check,
    /// List the members of the cooperation
    Members {
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// List the projects: of a year, of a member, by seat or form, or those with grants
    Projects {
        /// Only the projects a source names this member in (id, code, name or alias);
        /// then how many more may include it
        #[arg(long, value_name = "MEMBER")]
        member: Option<String>,
        /// With --member: every project, with whether the member takes part (yes, no, not
        /// known)
        #[arg(long, requires = "member")]
        all: bool,
        /// Only projects that ran in this year
        #[arg(long, value_name = "YEAR", allow_negative_numbers = true, value_parser = parse_year)]
        year: Option<u16>,
        /// Only the projects whose office sits with this member (id, code, name or alias)
        #[arg(long, value_name = "MEMBER")]
        seat: Option<String>,
        /// Only the projects of this legal or organisational form ("Zweckverband",
        /// "öffentlich-rechtliche Vereinbarung", or a part of the name: "vereinbarung")
        #[arg(long, value_name = "FORM")]
        form: Option<String>,
        /// Only the projects with a grant, with the sum per project and in all
        #[arg(long)]
        funded: bool,
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// List the years of the data with their annual reports
    Years {
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Show who takes part in a project, and who does not
    Participants {
        /// The project: its id, its title, or part of the title
        project: String,
        /// Participation in this year (default: in any year)
        #[arg(long, value_name = "YEAR", allow_negative_numbers = true, value_parser = parse_year)]
        year: Option<u16>,
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Show a member's profile: its projects by year, those it may take part in, its
    /// share of all projects, the offices it is the seat of
    Member {
        /// The member: its id, code, name or another name
        member: String,
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Compare two members: the projects both take part in, only one of them, neither,
    /// and where the sources leave it open
    Compare {
        /// The first member: id, code, name or another name
        a: String,
        /// The second member
        b: String,
        /// Only the projects of this year, with participation in that year
        #[arg(long, value_name = "YEAR", allow_negative_numbers = true, value_parser = parse_year)]
        year: Option<u16>,
        #[arg(long, value_enum, default_value_t = TableFormat::Text)]
        format: TableFormat,
    },
    /// Show the projects over the years: when each ran, completed, planned, its
    /// milestones, how many ran each year, the years with an annual report
    Timeline {
        /// Order of the projects
        #[arg(long, value_enum, default_value_t = crate::query::timeline::Order::Start)]
        sort: crate::query::timeline::Order,
        /// Only the projects whose title or field matches this fuzzy query
        #[arg(long, value_name = "QUERY")]
        filter: Option<String>,
        /// Only the projects a source names this member in (id, code, name or alias)
        #[arg(long, value_name = "MEMBER")]
        member: Option<String>,
        #[arg(long, value_enum, default_value_t = TableFormat::Text)]
        format: TableFormat,
    },
    /// List what the data still lacks, worst first, each where it is completed: counts
    /// larger than the names, projects without a count, members without a kind, what
    /// cites no source, years without a report
    Gaps {
        #[arg(long, value_enum, default_value_t = TableFormat::Text)]
        format: TableFormat,
    },
    /// Search projects, members and years; best results first
    Search {
        /// What to look for; several words must all match ("inf sich")
        #[arg(required = true, value_name = "QUERY")]
        query: Vec<String>,
        /// At most this many results
        #[arg(long, default_value_t = 20, allow_negative_numbers = true, value_parser = parse_count)]
        limit: usize,
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Show projects × members: who takes part in what
    Matrix {
        /// Only the projects of this year, with participation in that year
        #[arg(long, value_name = "YEAR", allow_negative_numbers = true, value_parser = parse_year)]
        year: Option<u16>,
        /// Only the projects whose title or field matches this fuzzy query
        #[arg(long, value_name = "QUERY")]
        filter: Option<String>,
        /// Order of the rows
        #[arg(long, value_enum, default_value_t = RowOrder::Title)]
        sort: RowOrder,
        /// Order of the columns
        #[arg(long, value_enum, default_value_t = ColumnOrder::Data)]
        columns: ColumnOrder,
        #[arg(long, value_enum, default_value_t = MatrixFormat::Text)]
        format: MatrixFormat,
        /// Write into this file instead of the output (required for xlsx); it appears
        /// whole or not at all
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// With --format csv: semicolons and a byte-order mark, as German Excel opens by
        /// double-click (the plain CSV is for scripts)
        #[arg(long)]
        csv_excel: bool,
    },
    /// Write a synthetic data folder of any size, for benchmarks and tests
    #[command(hide = true)]
    Generate {
        /// How many members
        #[arg(long, default_value_t = 15, value_parser = clap::value_parser!(u32).range(1..=100_000))]
        members: u32,
        /// How many projects
        #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u32).range(0..=1_000_000))]
        projects: u32,
        /// How many years, from 2013 on
        #[arg(long, default_value_t = 12, value_parser = clap::value_parser!(u16).range(1..=200))]
        years: u16,
        /// Another seed gives other data of the same size
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The folder to write (created if missing)
        out_dir: PathBuf,
    },
}

/// A year as the options take it: four digits, such as 2024 (`-1`, `+2024` or `24` get
/// this message rather than clap's own).
fn parse_year(s: &str) -> Result<u16, String> {
    match s.parse::<u16>() {
        Ok(y) if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) => Ok(y),
        _ => Err(W.year_digits.to_string()),
    }
}

/// A number of results: 1 or more, in digits.
fn parse_count(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(n) if n > 0 && s.bytes().all(|b| b.is_ascii_digit()) => Ok(n),
        _ => Err(W.count_digits.to_string()),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum StartView {
    /// The linked panes of years, projects and members
    #[default]
    Browser,
    /// The participation matrix, projects × members
    Matrix,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}

/// The formats of the commands whose answer is one table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TableFormat {
    Text,
    Json,
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MatrixFormat {
    Text,
    Csv,
    Markdown,
    Json,
    /// An Excel workbook (needs --output)
    Xlsx,
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

impl Cli {
    /// The options of the browser: language from `--lang` or the locale, colour unless
    /// `NO_COLOR` is set (and not empty), plain ASCII where the locale is not UTF-8.
    pub fn app_options(&self, env: impl Fn(&str) -> Option<String>) -> crate::app::Options {
        crate::app::Options {
            lang: self
                .lang
                .unwrap_or_else(|| crate::present::words::Lang::from_locale(&env)),
            mouse: !self.no_mouse,
            view: match self.view {
                StartView::Browser => crate::app::View::Browser,
                StartView::Matrix => crate::app::View::Matrix,
            },
            color: env("NO_COLOR").is_none_or(|v| v.is_empty()),
            ascii: !crate::text::utf8_locale(&env),
        }
    }

    /// The language of the commands' output: `--lang`, else the locale (LC_ALL,
    /// LC_MESSAGES, LANG), as for the browser. JSON is the same in every language.
    pub fn command_lang(
        &self,
        env: impl Fn(&str) -> Option<String>,
    ) -> crate::present::words::Lang {
        self.lang
            .unwrap_or_else(|| crate::present::words::Lang::from_locale(&env))
    }

    /// Where the browser's exports go: `--export-dir`, else `IKZ_EXPORT_DIR` (an empty one
    /// counts as unset), else the current folder; made absolute, so that the message
    /// after an export names the whole path.
    pub fn export_dir(&self, env: impl Fn(&str) -> Option<String>) -> PathBuf {
        let chosen = self
            .export_dir
            .clone()
            .or_else(|| {
                env("IKZ_EXPORT_DIR")
                    .filter(|v| !v.is_empty())
                    .map(PathBuf::from)
            })
            .unwrap_or_default();
        match std::env::current_dir() {
            Ok(here) => here.join(chosen),
            Err(_) => chosen,
        }
    }

    /// Where the data comes from: `--data`, else `IKZ_DATA` (an empty one counts as
    /// unset, as the shells' `IKZ_DATA= ikz` means), else the built-in data.
    pub fn origin(&self) -> Origin {
        let from_env = || {
            std::env::var_os("IKZ_DATA")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        };
        match self.data.clone().or_else(from_env) {
            Some(dir) => Origin::Folder(dir),
            None => Origin::BuiltIn,
        }
    }
}

/// Runs one command line and returns all it printed (for the tests).
pub fn run(cli: &Cli) -> Outcome {
    let mut out = Vec::new();
    match run_to(cli, &mut out) {
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
pub fn run_to(cli: &Cli, out: &mut dyn std::io::Write) -> std::io::Result<Outcome> {
    // Buffered before the filter, so that it sees large pieces, not each `write!`.
    let mut safe = std::io::BufWriter::with_capacity(1 << 16, crate::text::Sanitizing::new(out));
    let outcome = run_unfiltered(cli, &mut safe)?;
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

fn run_unfiltered(cli: &Cli, out: &mut dyn std::io::Write) -> std::io::Result<Outcome> {
    let lang = cli.command_lang(|k| std::env::var(k).ok());
    let w = &lang.texts().cli;
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
    let loaded = data::load(&cli.origin());
    let Some(command) = &cli.command else {
        return Ok(overview(w, &loaded));
    };
    if let Command::Check = command {
        return Ok(check(w, lang, &loaded));
    }
    if loaded.errors() > 0 {
        let mut err = String::new();
        for d in loaded.diagnostics.iter().filter(|d| d.is_error()) {
            let _ = writeln!(err, "{}", d.in_lang(lang));
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
    let year_error = |y: &Option<u16>| {
        y.filter(|y| !model.years.contains(y)).map(|y| {
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
        Command::Gaps { format } => gaps(w, lang, &loaded, *format),
        Command::Generate { .. } => Outcome::usage("generate runs before loading"),
        Command::Members { format } => lists::members(model, *format, lang),
        Command::Projects {
            member,
            all,
            year,
            seat,
            form,
            funded,
            format,
        } => year_error(year).unwrap_or_else(|| {
            let only = lists::Only {
                seat: seat.as_deref(),
                form: form.as_deref(),
                funded: *funded,
            };
            lists::projects(model, member.as_deref(), *all, *year, only, *format, lang)
        }),
        Command::Years { format } => lists::years(model, *format, lang),
        Command::Participants {
            project,
            year,
            format,
        } => year_error(year)
            .unwrap_or_else(|| lists::participants(model, project, *year, *format, lang)),
        Command::Member { member, format } => profile::member(model, member, *format, lang),
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
            *format,
            lang,
        ),
        Command::Compare { a, b, year, format } => {
            year_error(year).unwrap_or_else(|| profile::compare(model, a, b, *year, *format, lang))
        }
        Command::Search {
            query,
            limit,
            format,
        } => lists::search(model, &query.join(" "), *limit, *format, lang),
        Command::Matrix {
            year,
            filter,
            sort,
            columns,
            format,
            output,
            csv_excel,
        } => match year_error(year) {
            Some(error) => error,
            None => {
                let spec = Spec {
                    year: *year,
                    filter: filter.clone().unwrap_or_default(),
                    rows: *sort,
                    columns: *columns,
                };
                let how = matrix::How {
                    format: *format,
                    excel: *csv_excel,
                    lang,
                };
                match output {
                    Some(path) => matrix::to_file(path, model, spec, how),
                    None => matrix::matrix(out, model, spec, how)?,
                }
            }
        },
    };
    if loaded.warnings() > 0 {
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

/// The language the command line asks for before clap reads it (so that `--help` can
/// answer in it): the last `--lang X` or `--lang=X`, else the locale.
pub fn lang_of_args(
    args: impl IntoIterator<Item = std::ffi::OsString>,
    env: impl Fn(&str) -> Option<String>,
) -> Lang {
    let args: Vec<String> = args
        .into_iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let asked = args.iter().enumerate().rev().find_map(|(i, a)| {
        a.strip_prefix("--lang=").or_else(|| {
            (a == "--lang")
                .then(|| args.get(i + 1).map(String::as_str))
                .flatten()
        })
    });
    match asked {
        Some("de") => Lang::De,
        Some("en") => Lang::En,
        _ => Lang::from_locale(env),
    }
}

impl Cli {
    /// Reads the command line with help texts in `lang`.
    pub fn try_parse_in(lang: Lang) -> Result<Cli, clap::Error> {
        use clap::FromArgMatches as _;
        command(lang)
            .try_get_matches()
            .and_then(|m| Cli::from_arg_matches(&m))
    }
}

/// The command line's definition in `lang`: in English the doc comments above, in German
/// the texts of [`crate::present::help_de`] put in, with clap's headings and its notes on
/// defaults and values in German too.
pub fn command(lang: Lang) -> clap::Command {
    let mut cmd = <Cli as clap::CommandFactory>::command();
    match lang {
        Lang::En => cmd,
        Lang::De => {
            // Built first, so that the help and version options and the help command
            // that clap adds are there to be translated.
            cmd.build();
            german(cmd, "")
        }
    }
}

fn german(cmd: clap::Command, name: &str) -> clap::Command {
    use crate::present::help_de as de;
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        de::USAGE
    );
    let mut cmd = cmd
        .help_template(template)
        .subcommand_help_heading(de::COMMANDS_HEADING)
        .mut_args(|a| german_arg(a, name));
    if let Some((_, about)) = de::COMMANDS.iter().find(|(c, _)| *c == name) {
        cmd = cmd.about(*about).long_about(*about);
    }
    if name.is_empty() {
        cmd = cmd.long_about(de::LONG_ABOUT);
    }
    cmd.mut_subcommands(|s| {
        let name = s.get_name().to_string();
        german(s, &name)
    })
}

fn german_arg(a: clap::Arg, command: &str) -> clap::Arg {
    use crate::present::help_de as de;
    let id = a.get_id().as_str().to_string();
    let own = de::OPTIONS
        .iter()
        .find(|(c, i, _)| *c == command && *i == id);
    let shared = de::OPTIONS
        .iter()
        .find(|(c, i, _)| c.is_empty() && *i == id);
    let mut text = own
        .or(shared)
        .map_or_else(String::new, |(_, _, t)| (*t).to_string());
    let mut notes = Vec::new();
    if a.get_action().takes_values() {
        let values: Vec<String> = a
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| {
                let value = v.get_name();
                match de::VALUES.iter().find(|(i, n, _)| *i == id && *n == value) {
                    Some((_, _, help)) => format!("{value} ({help})"),
                    None => value.to_string(),
                }
            })
            .collect();
        if !values.is_empty() {
            notes.push(format!("{}: {}", de::POSSIBLE, values.join(", ")));
        }
        let defaults: Vec<String> = a
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        if !defaults.is_empty() {
            notes.push(format!("{}: {}", de::DEFAULT, defaults.join(", ")));
        }
    }
    if !notes.is_empty() {
        let sep = if text.is_empty() { "" } else { " " };
        text = format!("{text}{sep}[{}]", notes.join("; "));
    }
    let heading = if a.is_positional() {
        de::ARGUMENTS_HEADING
    } else {
        de::OPTIONS_HEADING
    };
    a.help(text.clone())
        .long_help(text)
        .hide_possible_values(true)
        .hide_default_value(true)
        .help_heading(heading)
}

/// What clap says of a command line it refused (or of `--help` and `--version`), made safe
/// for the terminal like all other output: an argument such as `--lang $'\e]2;x\a'` is
/// shown escaped, never run. Returns the exit code clap chose.
pub fn refused(e: &clap::Error, lang: Lang) -> std::process::ExitCode {
    use std::io::Write as _;
    let text = sanitize_multiline(&e.render().to_string()).into_owned();
    let written = if e.use_stderr() {
        std::io::stderr().lock().write_all(text.as_bytes())
    } else {
        // `--help` and `--version`: their output is checked like any other.
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes()).and_then(|()| out.flush())
    };
    match written {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("{}", output_error(&e, lang));
            std::process::ExitCode::from(EXIT_OUTPUT)
        }
        _ => std::process::ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(EXIT_USAGE)),
    }
}

/// The message when standard output cannot be written: "ikz: cannot write the output:
/// No space left on device (os error 28)".
pub fn output_error(e: &std::io::Error, lang: Lang) -> String {
    let words = &lang.texts().cli;
    sanitize_multiline(&format!("ikz: {}: {e}", words.cannot_write_output)).into_owned()
}

/// `ikz generate`: a synthetic data folder, into a folder that is new or empty (so
/// that no file of other data makes it invalid).
fn generate(w: &CliWords, dir: &std::path::Path, size: crate::data::generate::Size) -> Outcome {
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
fn origin_name(w: &CliWords, origin: &Origin) -> String {
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
    amount: u32,
    path: &'a str,
    line: usize,
    col: usize,
}

/// `ikz gaps`: what the data still lacks, worst first, each where it is completed.
fn gaps(w: &CliWords, lang: Lang, loaded: &Loaded, format: TableFormat) -> Outcome {
    use crate::diag::GapKind;
    if format == TableFormat::Csv {
        let head = [
            "kind", "subject", "year", "amount", "path", "line", "column", "message",
        ];
        let rows = std::iter::once(head.map(String::from).to_vec())
            .chain(loaded.gaps.iter().map(|g| {
                vec![
                    g.kind.key().to_string(),
                    g.subject.clone(),
                    g.year.map(|y| y.to_string()).unwrap_or_default(),
                    g.amount.to_string(),
                    g.path.clone(),
                    g.line.to_string(),
                    g.col.to_string(),
                    g.message.get(lang).to_string(),
                ]
            }))
            .collect::<Vec<_>>();
        return Outcome::ok(crate::present::table::csv(&rows));
    }
    if format == TableFormat::Json {
        let rows: Vec<GapJson<'_>> = loaded
            .gaps
            .iter()
            .map(|g| GapJson {
                kind: g.kind.key(),
                subject: &g.subject,
                year: g.year,
                amount: g.amount,
                path: &g.path,
                line: g.line,
                col: g.col,
            })
            .collect();
        return lists::json(w, &rows);
    }
    let gw = &lang.texts().gaps;
    if loaded.gaps.is_empty() {
        return Outcome::ok(format!("{}\n", gw.none));
    }
    let counts = GapKind::ALL.map(|k| loaded.gaps.iter().filter(|g| g.kind == k).count());
    let mut out = format!("{}\n\n", gw.summary(lang, &counts));
    for g in &loaded.gaps {
        let _ = writeln!(out, "{}", g.in_lang(lang));
    }
    Outcome::ok(out)
}

fn check(w: &CliWords, lang: Lang, loaded: &Loaded) -> Outcome {
    let mut out = String::new();
    for d in &loaded.diagnostics {
        let _ = writeln!(out, "{}", d.in_lang(lang));
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
fn overview(w: &CliWords, loaded: &Loaded) -> Outcome {
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
        let mut commands = vec![("".to_string(), cmd.clone())];
        commands.extend(
            cmd.get_subcommands()
                .map(|s| (s.get_name().to_string(), s.clone())),
        );
        let mut used_options = vec![false; de::OPTIONS.len()];
        let mut used_values = vec![false; de::VALUES.len()];
        for (name, c) in &commands {
            assert!(
                de::COMMANDS.iter().any(|(n, _)| n == name),
                "no German about for command {name:?}"
            );
            for a in c.get_arguments() {
                let id = a.get_id().as_str();
                let found = de::OPTIONS
                    .iter()
                    .position(|(n, i, _)| n == name && *i == id)
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
        assert_eq!(lang_of_args(args(&["ikz", "--help"]), german), Lang::De);
        assert_eq!(lang_of_args(args(&["ikz", "--help"]), none), Lang::En);
        assert_eq!(
            lang_of_args(args(&["ikz", "--lang", "de", "-h"]), none),
            Lang::De
        );
        assert_eq!(
            lang_of_args(args(&["ikz", "--lang=en", "-h"]), german),
            Lang::En
        );
        assert_eq!(
            lang_of_args(args(&["ikz", "--lang=en", "--lang", "de"]), none),
            Lang::De
        );
        // A value clap will refuse leaves the locale to decide.
        assert_eq!(
            lang_of_args(args(&["ikz", "--lang", "fr"]), german),
            Lang::De
        );
    }
}
