//! The problems of a data folder in English, each sentence whole.

use super::{Sentence, formats};
use crate::data::{FORMATS, PROJECTS_DIR, TOP_FILES};
use crate::diag::{
    Entry, FileProblem, FolderProblem, IdOf, Problem as P, ProjectProblem, SettingProblem, Table,
    TakingPartProblem, TextProblem, Unique, ValueKind, ValueProblem,
};
use crate::text::{Invisible, is_direction_control};
use crate::web::NotWeb;

pub(super) fn said(p: &P) -> Sentence {
    match p {
        P::File(p) => file(p),
        P::Text(p) => text(p),
        P::Value(p) => values(p),
        P::Folder(p) => folder(p),
        P::Project(p) => project(p),
        P::TakingPart(p) => taking_part(p),
        P::Setting(p) => setting(p),
    }
}

fn file(p: &FileProblem) -> Sentence {
    use FileProblem as P;
    match p {
        P::NoFolder { exists } => Sentence::new(
            if *exists {
                "is not a folder".into()
            } else {
                "no such folder".into()
            },
            "give a data folder with ikz.toml, members.toml and projects/",
        ),
        P::UnknownTopFile { nearest } => Sentence::new(
            "not read: not a file ikz knows".into(),
            match nearest {
                Some(f) => format!("did you mean {f}? Projects go into {PROJECTS_DIR}/"),
                None => {
                    let files = TOP_FILES.join(", ");
                    format!("ikz reads {files} and {PROJECTS_DIR}/*.toml")
                }
            },
        ),
        P::FileMissing => Sentence::new(
            "file is missing".into(),
            "every data folder has ikz.toml and members.toml; see docs/data-format.md",
        ),
        P::ProjectsNotFolder { is } => Sentence::new(
            format!("{PROJECTS_DIR} is {}, not a folder", entry(is)),
            format!("{PROJECTS_DIR}/ must be a folder with one file per project (it may be empty)"),
        ),
        P::ProjectsMissing { nearest } => Sentence::new(
            format!("the folder {PROJECTS_DIR}/ is missing"),
            match nearest {
                Some(f) => format!("did you mean {f}/? The folder is named {PROJECTS_DIR}/"),
                None => format!(
                    "create the folder {PROJECTS_DIR}/ with one file per project; it may be empty"
                ),
            },
        ),
        P::CannotReadFolder(e) => Sentence::bare(format!("cannot read folder: {}", e.text)),
        P::CannotRead(e) => Sentence::bare(format!("cannot read: {}", e.text)),
        P::NameNotUtf8 => Sentence::new(
            "not read: the name is not UTF-8".into(),
            "rename the file; data files have names such as klimaschutz.toml",
        ),
        P::NotToml { stem, copy } => Sentence::new(
            "not read: data files end in .toml, in lower case".into(),
            if *copy {
                format!(
                    "ikz reads {stem}.toml; this looks like a copy of it: remove it, or give it a name of its own ending in .toml"
                )
            } else {
                format!("rename it to {stem}.toml if it holds data")
            },
        ),
        P::NotAFile {
            is,
            required,
            in_projects,
        } => Sentence::new(
            if *required {
                format!("this is {}, not a file", entry(is))
            } else {
                format!("not read: this is {}, not a file", entry(is))
            },
            if *in_projects && *is == Entry::Folder {
                "folders inside projects/ are not read: move its files up into projects/"
            } else {
                "a data file must be a plain file; replace it with one, or remove it"
            },
        ),
        P::TooLarge { mib } => Sentence::new(
            format!("file is larger than {mib} MiB"),
            "a data file this large is not one of ours; check that the right file is here",
        ),
        P::Utf16 { big_endian, file } => Sentence::new(
            format!(
                "file is UTF-16 {} (what Notepad calls “Unicode”), not UTF-8",
                if *big_endian { "BE" } else { "LE" }
            ),
            format!(
                "open {file} in your editor and save it as UTF-8; in Notepad: Save as, Encoding “UTF-8”"
            ),
        ),
        P::TwoBoms { file } => Sentence::new(
            "file starts with two byte-order marks".into(),
            format!("save {file} as UTF-8 again, with one byte-order mark or none"),
        ),
        P::NotUtf8 { byte, file } => Sentence::new(
            format!("file is not UTF-8: byte 0x{byte:02X} here"),
            format!(
                "save {file} as UTF-8 in your editor; text copied from Windows programs is often Latin-1"
            ),
        ),
    }
}

fn text(p: &TextProblem) -> Sentence {
    use TextProblem as P;
    match p {
        P::ForbiddenInToml { c } => Sentence::new(
            format!("{} is not allowed here", forbidden(*c)),
            forbidden_help(*c),
        ),
        P::TomlSyntax { message, first } => Sentence::new(
            format!("TOML syntax: {message}"),
            match first {
                Some((line, col)) => format!("first defined at line {line}, column {col}"),
                None => "see docs/data-format.md for examples".into(),
            },
        ),
        P::NotANumber { written } => Sentence::new(
            format!("TOML syntax: `{written}` is not a number"),
            "write it in digits, such as `2024`",
        ),
        P::Invisible { key, c, kind } => Sentence::new(
            format!(
                "`{key}` contains the invisible character U+{:04X} ({})",
                u32::from(*c),
                invisible(*c, *kind)
            ),
            "delete it: it shows as nothing, yet makes the text differ; text copied from web pages or PDFs often carries it",
        ),
        P::LookAlike { key, c, greek } => Sentence::new(
            format!(
                "`{key}` mixes Latin letters with the look-alike {} letter `{c}` (U+{:04X})",
                if *greek { "Greek" } else { "Cyrillic" },
                u32::from(*c)
            ),
            "type the letter again on a German keyboard",
        ),
        P::LineBreak { key } => Sentence::new(
            format!("`{key}` contains a line break"),
            "this field is one line; put the text on one line",
        ),
        P::ForbiddenInText { key, c } => Sentence::new(
            format!("`{key}` contains {}", forbidden(*c)),
            forbidden_help(*c),
        ),
        P::UnknownKey {
            table: t,
            key,
            nearest,
            known,
        } => Sentence::new(
            format!("unknown key `{key}` in {}", table(*t)),
            match nearest {
                Some(k) => format!("did you mean `{k}`?"),
                None => format!("{} keys are: {}", table(*t), known.join(", ")),
            },
        ),
        P::MissingKey { table: t, key } => Sentence::new(
            format!("{} has no `{key}`", table(*t)),
            format!("add `{key} = …` to this {}", table(*t)),
        ),
        P::WrongType { key, want, is } => Sentence::bare(format!(
            "`{key}` must be {}, not {}",
            value(*want),
            value(*is)
        )),
        P::ItemsNotStrings { key, is } => Sentence::bare(format!(
            "items of `{key}` must be strings, not {}",
            value(*is)
        )),
        P::ItemsNotTables { key, is } => Sentence::bare(format!(
            "items of `{key}` must be tables, not {}",
            value(*is)
        )),
    }
}

fn values(p: &ValueProblem) -> Sentence {
    use ValueProblem as P;
    match p {
        P::Empty { key } => Sentence::new(
            format!("`{key}` is empty"),
            "write the text or remove the key",
        ),
        P::NotACount { key, n } => {
            Sentence::bare(format!("`{key}` must be a count (0 or more), not {n}"))
        }
        P::OddYear { key, written, n } => Sentence::new(
            format!("`{key}` = {written} is written oddly for a year"),
            format!("write it with four digits: {n}"),
        ),
        P::NotAYear { key, n } => Sentence::new(
            format!("`{key}` = {n} is not a year"),
            "write the year with four digits, such as 2024",
        ),
        P::NotAMonth { key, n } => Sentence::new(
            format!("`{key}` = {n} is not a month"),
            "write the month as a number from 1 (January) to 12 (December)",
        ),
        P::NumberInQuotes { key, written } => Sentence::new(
            format!("`{key}` must be a number, not a string"),
            format!("write {key} = {written} without quotes"),
        ),
        P::NumberTooLarge { key } => Sentence::bare(format!("`{key}` is too large")),
        P::NotAnAmount { key, n } => Sentence::new(
            format!(
                "`{key}` must be an amount in euros (more than 0, at most a billion), not {n}"
            ),
            "write whole euros without separators: 100000 for 100.000 €",
        ),
        P::HighlightNotString => {
            Sentence::bare("items of `highlights` must be strings".into())
        }
        P::SeatEitherOr => Sentence::new(
            "a seat has either `member` or `place`".into(),
            "`member = \"raunheim\"` for a member, `place = \"…\"` for a place outside the members",
        ),
        P::AbsentNoYears => Sentence::new(
            "a `not_participating` entry names no year".into(),
            "write `years = [2024]` with the years the source says the member does not take part in",
        ),
        P::YearsEmpty => Sentence::new(
            "`years` is empty".into(),
            "list the years a source names the member in, or remove `years`",
        ),
        P::ParticipantShape => Sentence::bare(
            "a participant must be a member id such as \"raunheim\" or a table such as { member = \"raunheim\", joined = 2021 }".into(),
        ),
    }
}

fn folder(p: &FolderProblem) -> Sentence {
    use FolderProblem as P;
    match p {
        P::Format { theirs } => {
            let newest = FORMATS.end();
            let formats = formats(" and ");
            if theirs > newest {
                Sentence::new(
                    format!(
                        "this folder needs a newer ikz: it is written in data format {theirs}, this ikz reads formats {formats}"
                    ),
                    "update ikz; nothing else of the folder was checked",
                )
            } else {
                Sentence::new(
                    format!("there is no data format {theirs}: this ikz reads formats {formats}"),
                    "write `format = 2` (or 1 for a folder of the first format); see docs/data-format.md",
                )
            }
        }
        P::UndatedComposition => Sentence::new(
            "the steering group's composition says no date".into(),
            "write `as_of = \"…\"` with the date its source shows it for, or `from` and `until`: without it, it would read as today's",
        ),
        P::UntilBeforeFrom { from, until } => {
            Sentence::bare(format!("until {until} is before from {from}"))
        }
        P::InternalNeeds { id, key } => Sentence::new(
            format!("the internal source `{id}` has no `{key}`"),
            if *key == "by" {
                "write the office or the role that said it, not a person's name: `by = \"Ordnungsamt Raunheim\"`"
            } else {
                "write when it was said: `date = \"März 2025\"`"
            },
        ),
        P::InternalWithUrl { id } => Sentence::new(
            format!("the internal source `{id}` has a web address"),
            "a web page is a public source: remove `internal` and `by`, or the address",
        ),
        P::ByWithoutInternal { id } => Sentence::new(
            format!("source `{id}` has `by`, but is not internal"),
            "write `internal = true` for what an office said, or remove `by`",
        ),
        P::NeedsFormat2 { key, more } => Sentence::new(
            match more {
                0 => format!(
                    "`{key}` is a key of data format 2, and this folder is written in format 1"
                ),
                n => format!(
                    "`{key}` is a key of data format 2, and this folder is written in format 1; so are keys at {n} more places"
                ),
            },
            "write `format = 2` in ikz.toml (format 2 reads every folder of format 1), or remove the key",
        ),
        P::LastBeforeFirst { first, last } => {
            Sentence::bare(format!("last_year {last} is before first_year {first}"))
        }
        P::CompositionNoSource { year } => Sentence::new(
            format!("the composition of {year} names no source"),
            "add `sources = [\"…\"]` with the text that lists these people",
        ),
        P::MonthWithoutYear => Sentence::new(
            "`month` without `year`".into(),
            "add the year of the milestone, or remove the month",
        ),
        P::Duplicate { what, shown, first } => Sentence::new(
            format!("duplicate {} `{shown}`", unique(*what)),
            format!(
                "first used at {}",
                super::place(first, crate::diag::Lang::En)
            ),
        ),
        P::YearOutsideData { year, first, last } => Sentence::new(
            format!("year {year} is outside the years of the data, {first}–{last}"),
            "fix the year, or widen [coverage] in ikz.toml",
        ),
        P::NotASlug { what, id, such_as } => Sentence::new(
            format!(
                "{} id `{id}` must be lower-case letters, digits and hyphens",
                match what {
                    IdOf::Project => "project",
                    IdOf::Member => "member",
                    IdOf::Source => "source",
                }
            ),
            if such_as.is_empty() {
                "use lower-case letters, such as `klimaschutz`: the id is how other files name it"
                    .into()
            } else {
                format!("such as `{such_as}`")
            },
        ),
        P::UnknownSource { id, nearest } => Sentence::new(
            format!("unknown source `{id}`"),
            match nearest {
                Some(c) => format!("did you mean `{c}`?"),
                None => "add it to sources.toml".into(),
            },
        ),
        P::NotWeb { id, not } => Sentence::new(
            match not {
                NotWeb::NotAnAddress => {
                    format!("the address of source `{id}` is not a web address")
                }
                NotWeb::Scheme(scheme) => format!(
                    "the address of source `{id}` is a `{scheme}:` address, not a web address"
                ),
            },
            "write the page's address starting with https:// or http://; `o` opens no other",
        ),
        P::ReportNoSource { number } => Sentence::new(
            format!("report {number} names no source"),
            "add `sources = [\"…\"]` with the text it comes from",
        ),
        P::NeverCited { id } => Sentence::new(
            format!("source `{id}` is never cited"),
            "cite it where its facts are used, or remove it",
        ),
        P::NoMembers => Sentence::new(
            "members.toml lists no member".into(),
            "add [[member]] sections",
        ),
        P::BadCode { code } => Sentence::new(
            format!("code `{code}` must be 2 to 4 capital letters"),
            "such as \"GG\" or \"RÜS\"; it heads the member's column",
        ),
        P::UnknownKind { kind, nearest } => Sentence::new(
            format!("unknown kind \"{kind}\""),
            suggest(
                *nearest,
                &crate::model::Kind::ALL.map(crate::model::Kind::name),
                "",
            ),
        ),
        P::NotAMember { id, nearest } => Sentence::new(
            format!("`{id}` is not a member"),
            match nearest {
                Some(s) => format!("did you mean `{s}`?"),
                None => "use an id from members.toml".into(),
            },
        ),
    }
}

fn project(p: &ProjectProblem) -> Sentence {
    use ProjectProblem as P;
    match p {
        P::LastSeenWithEnd => Sentence::new(
            "`last_seen` beside `end`".into(),
            "a project that ended is `completed` with its `end`; `last_seen` is for one still running",
        ),
        P::LastSeenNotRunning => Sentence::new(
            "`last_seen` on a project that is not running".into(),
            "`last_seen` says how long a running or planned project is known to run; remove it, or set the status",
        ),
        P::LastSeenBeforeStart { start, last_seen } => {
            Sentence::bare(format!("last_seen {last_seen} is before the start {start}"))
        }
        P::LastSeenWithoutStart => Sentence::new(
            "`last_seen` without `start`".into(),
            "add the year the project started",
        ),
        P::ProjectNoSource { id } => Sentence::new(
            format!("project `{id}` names no source"),
            "add `sources = [\"…\"]` with the text its facts come from",
        ),
        P::UnknownStatus { status, nearest } => Sentence::new(
            format!("unknown status \"{status}\""),
            suggest(
                *nearest,
                &crate::model::Status::ALL.map(crate::model::Status::name),
                "",
            ),
        ),
        P::EndBeforeStart { start, end } => {
            Sentence::bare(format!("end {end} is before start {start}"))
        }
        P::EndWithoutStart => Sentence::new(
            "`end` without `start`".into(),
            "add the year the project started",
        ),
        P::EndNotCompleted { status } => Sentence::new(
            format!("a {status} project has no `end`"),
            "set status = \"completed\", or remove `end`",
        ),
        P::MilestoneOutside {
            year,
            project,
            years,
        } => Sentence::new(
            format!("a milestone of {year} lies outside the years of `{project}` ({years})"),
            "correct the milestone's year, or the project's `start`, `end` or `status`; what happened before or after the project belongs in its `note`",
        ),
        P::PlannedButStarted {
            project,
            start,
            newest,
        } => Sentence::new(
            format!(
                "`{project}` is still \"planned\", but it starts in {start}, before {newest}, the year of the newest report"
            ),
            "set `status` to what the sources say now: \"running\", \"completed\" or \"unknown\"",
        ),
        P::SeatNotParticipant { member } => Sentence::new(
            format!("the seat `{member}` is not among the participants"),
            "add it to `participants` where a source names it, or check the seat",
        ),
        P::PlaceIsMember { place, id } => Sentence::new(
            format!("the place `{place}` is a member"),
            format!("write `member = \"{id}\"` so that the member is shown as the seat"),
        ),
        P::UnknownForm { name, nearest } => Sentence::new(
            format!("unknown form \"{name}\""),
            suggest(
                *nearest,
                &crate::model::Form::ALL.map(crate::model::Form::name),
                ":",
            ),
        ),
    }
}

fn setting(p: &SettingProblem) -> Sentence {
    use SettingProblem as P;
    match p {
        P::NotOneOf {
            key,
            value,
            allowed,
            nearest,
        } => Sentence::new(
            format!(
                "`{key}` cannot be \"{value}\"; the other sources decide (`ikz config` shows which)"
            ),
            match nearest {
                Some(n) => format!("did you mean \"{n}\"? It is one of: {}", allowed.join(", ")),
                None => format!("it is one of: {}", allowed.join(", ")),
            },
        ),
    }
}

fn taking_part(p: &TakingPartProblem) -> Sentence {
    use TakingPartProblem as P;
    match p {
        P::Overlap {
            member,
            year,
            first,
        } => Sentence::new(
            format!("a second entry of `{member}` for {year}"),
            format!(
                "the first is at {}; the years of one member's entries must not overlap",
                super::place(first, crate::diag::Lang::En)
            ),
        ),
        P::YesAndNo {
            member,
            year,
            first,
        } => Sentence::new(
            format!("`{member}` does not take part in {year}, but is named as taking part then"),
            format!(
                "named at {}; check which source is right and keep that one",
                super::place(first, crate::diag::Lang::En)
            ),
        ),
        P::CountAboveAbsent {
            year,
            count,
            absent,
            members,
        } => Sentence::new(
            format!(
                "a count of {count} for {year}, more than the {members} members less those not taking part then ({absent}): {}",
                members.saturating_sub(*absent)
            ),
            "fix the count or the entries of `not_participating`",
        ),
        P::NoOwnSource(uncited) => Sentence::new(
            match uncited {
                crate::diag::Uncited::Count { year, .. } => {
                    format!("the count of {year} cites no source of its own")
                }
                _ => "this entry cites no source of its own".into(),
            },
            "add `sources = [\"…\"]` with the page that states it; until then the project's sources are shown",
        ),
        P::ListedTwice { member, first } => Sentence::new(
            format!("`{member}` is listed twice"),
            format!(
                "first listed at {}; one entry per member",
                super::place(first, crate::diag::Lang::En)
            ),
        ),
        P::LeftBeforeJoined {
            member,
            joined,
            left,
        } => Sentence::bare(format!(
            "`{member}` left in {left} before it joined in {joined}"
        )),
        P::JoinedBeforeStart { joined, start } => Sentence::bare(format!(
            "joined in {joined} before the project started in {start}"
        )),
        P::LeftAfterEnd { left, end } => {
            Sentence::bare(format!("left in {left} after the project ended in {end}"))
        }
        P::YearsAndSpan { member } => Sentence::new(
            format!("`{member}` has both `years` and `joined` or `left`"),
            "use `years` for the years a source names it, or `joined`/`left` for a span, not both",
        ),
        P::YearTwice { year } => Sentence::bare(format!("{year} is listed twice in `years`")),
        P::NamedOutsideYears {
            member,
            year,
            start,
            last,
        } => Sentence::new(
            format!(
                "`{member}` is named for {year}, a year the project did not run ({start}–{last})"
            ),
            FIX_YEAR_OR_SPAN,
        ),
        P::SecondCount { year, first } => Sentence::new(
            format!("a second count for {year}"),
            format!("first at {}", super::place(first, crate::diag::Lang::En)),
        ),
        P::CountOutsideYears { year } => Sentence::new(
            format!("a count for {year}, a year the project did not run"),
            FIX_YEAR_OR_SPAN,
        ),
        P::MoreThanMembers { count, members } => Sentence::bare(format!(
            "{count} participants, but the cooperation has {members} members"
        )),
        P::MoreNamedThanCount { year, named, count } => Sentence::new(
            format!("{named} participants are listed for {year}, more than the reported {count}"),
            "fix the count or the list; if a member joined or left, give its `joined` or `left` year",
        ),
    }
}

const FIX_YEAR_OR_SPAN: &str = "fix the year, or the project's start and end";

/// "did you mean "x"?", else "one of a, b, c"; `colon` after "one of".
fn suggest(nearest: Option<&str>, names: &[&str], colon: &str) -> String {
    match nearest {
        Some(c) => format!("did you mean \"{c}\"?"),
        None => format!("one of{colon} {}", names.join(", ")),
    }
}

fn entry(e: &Entry) -> String {
    match e {
        Entry::Folder => "a folder".into(),
        Entry::File => "a file".into(),
        Entry::DanglingLink { to } => {
            format!("a symbolic link to {to}, which does not exist")
        }
        Entry::Fifo => "a FIFO (named pipe)".into(),
        Entry::Socket => "a socket".into(),
        Entry::Device => "a device".into(),
        Entry::Other => "an entry of another kind".into(),
    }
}

fn table(t: Table) -> &'static str {
    match t {
        Table::IkzToml => "ikz.toml",
        Table::Cooperation => "cooperation",
        Table::Coverage => "coverage",
        Table::SteeringGroup => "steering_group",
        Table::EarlierComposition => "earlier composition",
        Table::Person => "person",
        Table::Milestone => "milestone",
        Table::SourcesToml => "sources.toml",
        Table::Source => "source",
        Table::MembersToml => "members.toml",
        Table::Member => "member",
        Table::ReportsToml => "reports.toml",
        Table::Report => "report",
        Table::Project => "project",
        Table::ReportedCount => "reported count",
        Table::Seat => "seat",
        Table::Form => "form",
        Table::Funding => "funding",
        Table::Award => "award",
        Table::NotParticipating => "`not_participating` entry",
        Table::Settings => "settings",
        Table::Participant => "participant",
    }
}

fn value(v: ValueKind) -> &'static str {
    match v {
        ValueKind::String => "a string",
        ValueKind::Integer => "an integer",
        ValueKind::Float => "a float",
        ValueKind::Boolean => "a boolean",
        ValueKind::Date => "a date",
        ValueKind::Array => "an array",
        ValueKind::Table => "a table",
        ValueKind::StringOrTable => "a text or a table",
    }
}

fn unique(u: Unique) -> &'static str {
    match u {
        Unique::MemberId => "member id",
        Unique::MemberCode => "member code",
        Unique::MemberName => "member name or alias",
        Unique::SourceId => "source id",
        Unique::ReportNumber => "report number",
        Unique::ReportYear => "report for the year",
        Unique::ProjectId => "project id",
    }
}

/// An invisible character in words: its name where it is a common one, else its kind.
fn invisible(c: char, kind: Invisible) -> &'static str {
    match c {
        '\u{00AD}' => "soft hyphen",
        '\u{200B}' => "zero-width space",
        '\u{200C}' => "zero-width non-joiner",
        '\u{200D}' => "zero-width joiner",
        '\u{2060}' => "word joiner",
        '\u{FEFF}' => "byte-order mark",
        '\u{FE00}'..='\u{FE0F}' => "variation selector",
        '\u{E0000}'..='\u{E007F}' => "tag character",
        _ => match kind {
            Invisible::Format => "a format character",
            Invisible::Ignorable => "a character that is not shown",
            Invisible::Separator => "a line or paragraph separator",
            Invisible::PrivateUse => "a private-use character",
            Invisible::Noncharacter => "a noncharacter, not meant for text",
        },
    }
}

/// "the control character U+001B", "the invisible direction control U+202E".
fn forbidden(c: char) -> String {
    let code = u32::from(c);
    if is_direction_control(c) {
        format!("the invisible direction control U+{code:04X}")
    } else {
        format!("the control character U+{code:04X}")
    }
}

fn forbidden_help(c: char) -> &'static str {
    if is_direction_control(c) {
        "remove it: it reorders the text on screen unseen; text copied from a PDF often carries it"
    } else {
        "remove it: control characters can take over the terminal that shows this text"
    }
}
