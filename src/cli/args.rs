//! The command line's definition (clap): the commands and options, their help in
//! English and German, and what is said when clap refuses a command line.

use super::settings::{Settings, SettingsFile};
use super::*;

#[derive(Debug, Parser)]
#[command(
    name = "ikz",
    // The data formats it reads, as `data::FORMATS` says (a test checks they agree).
    version = concat!(
        env!("CARGO_PKG_VERSION"),
        " (commit ",
        env!("IKZ_COMMIT"),
        "; data formats 1 and 2)"
    ),
    about = "Who takes part in which project of the inter-municipal cooperation (IKZ) of Kreis Groß-Gerau",
    long_about = "Who takes part in which project of the inter-municipal cooperation (IKZ) of \
                  Kreis Groß-Gerau, in which year.\n\nWithout a command, ikz opens the browser \
                  in the terminal. Without --data, it reads the data built into it. Exit codes: \
                  0 ok, 1 the data has errors (or an edit would make one), 2 usage error or \
                  nothing found, 3 the output could not be written, 4 an edit was not written \
                  because a colleague changed the file or holds the data folder's lock."
)]
pub struct Cli {
    /// Read the data from this folder instead of the built-in data (default: the folder
    /// in IKZ_DATA, where it is set and not empty, else `data` of the settings file)
    #[arg(long, global = true, value_name = "DIR")]
    pub data: Option<PathBuf>,

    /// Language of the screens and of the commands' output (default: `lang` of the
    /// settings file, else LC_ALL, LC_MESSAGES or LANG, else the system's language);
    /// JSON is the same in every language
    #[arg(long, value_enum, global = true)]
    pub lang: Option<crate::present::words::Lang>,

    /// Leave the mouse to the terminal (to select text) instead of using it in the browser
    #[arg(long)]
    pub no_mouse: bool,

    /// Read the data folder every 2 s to see changes others make (as on a network drive,
    /// where this is the default: the `poll` setting)
    #[arg(long)]
    pub poll: bool,

    /// The view the browser opens with
    #[arg(long, value_enum, default_value_t = StartView::Browser)]
    pub view: StartView,

    /// The folder the browser's exports (e in the matrix) go into (default: the folder in
    /// IKZ_EXPORT_DIR, where it is set and not empty, else `exports` of the settings
    /// file, else the current folder, Documents after a double-click)
    #[arg(long, value_name = "DIR")]
    pub export_dir: Option<PathBuf>,

    /// Write the command's output into this file (UTF-8; required for matrix --format
    /// xlsx); it appears whole or not at all. In PowerShell use it instead of `>`, which
    /// writes another encoding
    #[arg(long, short, global = true, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// CSV for a double-click in Excel: headings and words in the language of the
    /// output, semicolons and a byte-order mark (--format csv is the one for scripts)
    #[arg(long, global = true)]
    pub csv_excel: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// What `ikz config` does besides showing the settings.
#[derive(Debug, Subcommand)]
pub enum ConfigAction {
    /// Write one setting into the settings file (the others and their comments stay)
    Set {
        /// The setting: data, lang, exports, editor, colors or poll
        key: String,
        /// Its value: a folder (data, exports), de or en (lang), a command (editor),
        /// auto, always or never (colors, poll)
        value: String,
    },
    /// Take one setting out of the settings file: what holds without it applies
    Unset {
        /// The setting: data, lang, exports, editor, colors or poll
        key: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate the data: print a summary, or every problem (exit 1 if there are errors)
    Check,
    /// Show the settings: where the settings file is, and each setting with where it
    /// comes from (option, variable, file, system, default); `set` writes one
    Config {
        #[command(subcommand)]
        action: Option<ConfigAction>,
    },
    /// List the members of the cooperation
    Members {
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
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
        #[command(flatten)]
        year: YearArg,
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
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// List the years of the data with their annual reports
    Years {
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Show who takes part in a project, and who does not
    Participants {
        /// The project: its id, its title, or part of the title
        project: String,
        #[command(flatten)]
        year: ProjectYear,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Show a member's profile: its projects by year, those it may take part in, its
    /// share of all projects, the offices it is the seat of
    Member {
        /// The member: its id, code, name or another name
        member: String,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Compare two members: the projects both take part in, only one of them, neither,
    /// and where the sources leave it open
    Compare {
        /// The first member: id, code, name or another name
        a: String,
        /// The second member
        b: String,
        #[command(flatten)]
        year: YearArg,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
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
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// List what the data still lacks, by kind, each where it is completed: who takes
    /// part, by the classes of `ikz years` (a count and fewer names, names and no count,
    /// a count and no names, neither), members without a kind, what cites no source,
    /// years without a report
    Gaps {
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Search projects, members and years; best results first
    Search {
        /// What to look for; several words must all match ("inf sich")
        #[arg(required = true, value_name = "QUERY")]
        query: Vec<String>,
        /// At most this many results
        #[arg(long, default_value_t = 20, allow_negative_numbers = true, value_parser = parse_count)]
        limit: usize,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Show projects × members: who takes part in what
    Matrix {
        #[command(flatten)]
        year: YearArg,
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
    },
    /// Write the built-in data into a new folder, to keep and extend as the cooperation's
    /// own (then point ikz at it: ikz config set data DIR)
    Init {
        /// The folder to write (new or empty)
        dir: PathBuf,
    },
    /// Record in the data folder what a source says: whether a member takes part in a
    /// project in a year or years (yes, no, unknown), or how many take part in a year
    /// (--count). Takes ids, codes and names only whole, and says what it took them for
    Set {
        /// The project: its id or its whole title
        project: String,
        /// The member: its id, code, name or another name, whole (not with --count)
        member: Option<String>,
        /// Whether the member takes part
        #[arg(value_enum, ignore_case = true)]
        state: Option<SetState>,
        /// The year
        #[arg(long, value_name = "YEAR", value_parser = parse_year, conflicts_with = "years")]
        year: Option<u16>,
        /// The years, first to last, such as 2023-2025
        #[arg(long, value_name = "FIRST-LAST", value_parser = parse_years)]
        years: Option<(u16, u16)>,
        /// How many take part in the year: a number, or unknown to take the count out
        #[arg(long, value_name = "N", value_parser = parse_set_count)]
        count: Option<SetCount>,
        /// The source that says it: its id in sources.toml (not with unknown)
        #[arg(long, value_name = "ID")]
        source: Option<String>,
        /// Where the edit contradicts the year's count, change the count to fit, from the
        /// same source
        #[arg(long)]
        adjust_count: bool,
        /// Show the change as the lines of a diff; write nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// Add a source or a project to the data folder
    Add {
        #[command(subcommand)]
        what: AddWhat,
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
        /// How many years, from 2013 on (at most 188: to 2200, the last year a data file
        /// takes)
        #[arg(long, default_value_t = 12, value_parser = clap::value_parser!(u16).range(1..=188))]
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

/// Years as `--years` takes them: `2023-2025` (or one year).
fn parse_years(s: &str) -> Result<(u16, u16), String> {
    let (a, b) = s.split_once(['-', '–']).unwrap_or((s, s));
    match (parse_year(a.trim()), parse_year(b.trim())) {
        (Ok(a), Ok(b)) if a <= b => Ok((a, b)),
        _ => Err(W.years_span.to_string()),
    }
}

/// What `ikz add` adds.
#[derive(Debug, Subcommand)]
pub enum AddWhat {
    /// A source: a public text with its web address, or internal (what an office or a
    /// role said, and when); facts cite it by its id
    #[command(group(clap::ArgGroup::new("kind").required(true).args(["url", "internal"])))]
    Source {
        /// What it is, as its publisher names it
        #[arg(long)]
        title: String,
        /// Its web address (http or https)
        #[arg(long, conflicts_with = "internal")]
        url: Option<String>,
        /// Who published it
        #[arg(long)]
        publisher: Option<String>,
        /// When it was published or said: 2025, März 2025, 20.01.2020
        #[arg(long)]
        date: Option<String>,
        /// What an office or a role said, not a public text (with --by and --date)
        #[arg(long, requires_all = ["by", "date"])]
        internal: bool,
        /// With --internal: the office or the role that said it, never a person's name
        /// (the folder is shared and copied, and outlives who holds a post)
        #[arg(long, requires = "internal", value_name = "OFFICE")]
        by: Option<String>,
        /// Its id, as facts cite it (default: made from the title)
        #[arg(long)]
        id: Option<String>,
        /// Show what would be added; write nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// A project: a file of its own in projects/, named after its title
    Project {
        /// Its title
        #[arg(long)]
        title: String,
        /// Its field of work, for grouping
        #[arg(long)]
        field: Option<String>,
        /// The first year a source shows it
        #[arg(long, value_name = "YEAR", value_parser = parse_year)]
        start: u16,
        /// Its status
        #[arg(long, value_enum, ignore_case = true, default_value_t = NewStatus::Running)]
        status: NewStatus,
        /// The source that shows it: its id in sources.toml
        #[arg(long, value_name = "ID")]
        source: String,
        /// Its id (default: made from the title)
        #[arg(long)]
        id: Option<String>,
        /// Show what would be added; write nothing
        #[arg(long)]
        dry_run: bool,
    },
}

/// A new project's status, as `ikz add project` takes it (in English or German).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NewStatus {
    #[value(alias = "geplant")]
    Planned,
    #[value(alias = "laufend")]
    Running,
    #[value(alias = "abgeschlossen")]
    Completed,
    #[value(alias = "unbekannt")]
    Unknown,
}

/// Whether a member takes part, as `ikz set` takes it (in English or German).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SetState {
    /// takes part
    #[value(alias = "ja")]
    Yes,
    /// does not take part
    #[value(alias = "nein")]
    No,
    /// not known: what the data says of it is taken out
    #[value(alias = "unbekannt")]
    Unknown,
}

/// A count as `ikz set --count` takes it: a number, or not known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SetCount(pub Option<u32>);

fn parse_set_count(s: &str) -> Result<SetCount, String> {
    match s {
        "unknown" | "unbekannt" => Ok(SetCount(None)),
        _ => match s.parse::<u32>() {
            Ok(n) if s.bytes().all(|b| b.is_ascii_digit()) => Ok(SetCount(Some(n))),
            _ => Err(W.set_count_value.to_string()),
        },
    }
}

/// A number of results: 1 or more, in digits.
fn parse_count(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(n) if n > 0 && s.bytes().all(|b| b.is_ascii_digit()) => Ok(n),
        _ => Err(W.count_digits.to_string()),
    }
}

/// The year `projects`, `compare` and `matrix` answer for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::Args)]
pub struct YearArg {
    /// Only the projects of this year, with who takes part in it (default: the year of
    /// the latest annual report, as the browser opens on)
    #[arg(long, value_name = "YEAR", allow_negative_numbers = true, value_parser = parse_year)]
    pub year: Option<u16>,
    /// Every year at once instead of one: every project, everyone named in any year
    #[arg(long, conflicts_with = "year")]
    pub all_years: bool,
}

/// The year `participants` answers for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::Args)]
pub struct ProjectYear {
    /// Who takes part in this year (default: the year of the latest annual report, as
    /// the browser opens on; for a project that did not run then, its last year)
    #[arg(long, value_name = "YEAR", allow_negative_numbers = true, value_parser = parse_year)]
    pub year: Option<u16>,
    /// Everyone named in any year instead of one year
    #[arg(long, conflicts_with = "year")]
    pub all_years: bool,
}

impl ProjectYear {
    /// The year for `project`: the one given, none for all years, else the browser's or
    /// the project's last (see [`Model::year_of`]).
    pub fn resolve(
        self,
        model: &crate::model::Model,
        project: crate::model::ProjectIdx,
    ) -> Option<u16> {
        match self {
            ProjectYear {
                all_years: true, ..
            } => None,
            ProjectYear { year: Some(y), .. } => Some(y),
            ProjectYear { year: None, .. } => model.year_of(project, model.opening_year()),
        }
    }

    /// One year, given.
    pub fn of(year: u16) -> ProjectYear {
        ProjectYear {
            year: Some(year),
            all_years: false,
        }
    }
}

impl YearArg {
    /// The year asked for: the one given, `None` for all years, else the browser's.
    pub fn resolve(self, model: &crate::model::Model) -> Option<u16> {
        match self {
            YearArg {
                all_years: true, ..
            } => None,
            YearArg { year, .. } => Some(year.unwrap_or_else(|| model.opening_year())),
        }
    }

    /// One year, given.
    pub fn of(year: u16) -> YearArg {
        YearArg {
            year: Some(year),
            all_years: false,
        }
    }

    /// Every year.
    pub const ALL: YearArg = YearArg {
        year: None,
        all_years: true,
    };
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum StartView {
    /// The linked panes of years, projects and members
    #[default]
    Browser,
    /// The participation matrix, projects × members
    Matrix,
}

/// The formats of every command but `matrix`: text for people, JSON and CSV for
/// scripts (fixed English keys in every language; `--csv-excel` for the CSV in the
/// language of the screens).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
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

impl Command {
    /// The `--format` the command writes in, as the command line names it ("text",
    /// "json", …); `None` for a command without one.
    pub fn format_name(&self) -> Option<String> {
        use clap::ValueEnum;
        let name = |v: Option<clap::builder::PossibleValue>| v.map(|v| v.get_name().to_string());
        match self {
            Command::Members { format }
            | Command::Projects { format, .. }
            | Command::Years { format }
            | Command::Participants { format, .. }
            | Command::Member { format, .. }
            | Command::Search { format, .. } => name(format.to_possible_value()),
            Command::Compare { format, .. }
            | Command::Timeline { format, .. }
            | Command::Gaps { format } => name(format.to_possible_value()),
            Command::Matrix { format, .. } => name(format.to_possible_value()),
            Command::Check
            | Command::Config { .. }
            | Command::Init { .. }
            | Command::Set { .. }
            | Command::Add { .. }
            | Command::Generate { .. } => None,
        }
    }
}

impl Cli {
    /// The settings, each by its order (see [`Settings::resolve`]).
    pub fn settings(
        &self,
        file: SettingsFile,
        env: &dyn Fn(&str) -> Option<String>,
        system: Option<&str>,
    ) -> Settings {
        let options = super::settings::Options {
            lang: self.lang,
            data: self.data.as_deref(),
            exports: self.export_dir.as_deref(),
            poll: self.poll,
        };
        Settings::resolve(options, file, env, system)
    }

    /// The options of the browser: the language and the colours of the settings, plain
    /// ASCII where the locale is not UTF-8.
    pub fn app_options(
        &self,
        settings: &Settings,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> crate::app::Options {
        crate::app::Options {
            lang: settings.lang.value,
            mouse: !self.no_mouse,
            view: match self.view {
                StartView::Browser => crate::app::View::Browser,
                StartView::Matrix => crate::app::View::Matrix,
            },
            color: settings.color(env("TERM").as_deref()),
            glyphs: glyphs(env, cfg!(windows)),
        }
    }
}

/// The characters the terminal can show: plain ASCII where the locale is not UTF-8; on
/// Windows, those of the old console's fonts unless a terminal that names itself
/// (Windows Terminal's `WT_SESSION`, `TERM_PROGRAM` of VS Code and others, ConEmu's
/// `ConEmuPID`) shows the rest.
pub fn glyphs(env: &dyn Fn(&str) -> Option<String>, windows: bool) -> crate::text::Glyphs {
    use crate::text::Glyphs;
    if !crate::text::utf8_locale(env) {
        return Glyphs::Ascii;
    }
    let modern = ["WT_SESSION", "TERM_PROGRAM", "ConEmuPID"]
        .iter()
        .any(|v| env(v).is_some_and(|s| !s.is_empty()));
    if windows && !modern {
        Glyphs::ConsoleFonts
    } else {
        Glyphs::All
    }
}

/// The language the command line asks for before clap reads it (so that `--help` can
/// answer in it): the last `--lang X` or `--lang=X`, else the settings file, the locale
/// and the system, as [`super::settings::lang`] orders them.
pub fn lang_of_args(
    args: impl IntoIterator<Item = std::ffi::OsString>,
    file: &SettingsFile,
    env: &dyn Fn(&str) -> Option<String>,
    system: Option<&str>,
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
    let option = match asked {
        Some("de") => Some(Lang::De),
        Some("en") => Some(Lang::En),
        _ => None,
    };
    super::settings::lang(option, file, env, system).value
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

/// The command line's definition in `lang`: the doc comments above are its English;
/// `present::words` puts in another language's texts.
pub fn command(lang: Lang) -> clap::Command {
    (lang.texts().cli.command)(<Cli as clap::CommandFactory>::command())
}

/// What clap says of a command line it refused (or of `--help` and `--version`), made safe
/// for the terminal like all other output: an argument such as `--lang $'\e]2;x\a'` is
/// shown escaped, never run. Returns the exit code clap chose.
pub fn refused(e: &clap::Error, lang: Lang) -> u8 {
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
            EXIT_OUTPUT
        }
        _ => u8::try_from(e.exit_code()).unwrap_or(EXIT_USAGE),
    }
}
