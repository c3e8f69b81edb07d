//! What can be wrong with a data folder, one variant per rule, with the parts its
//! sentence needs. No words here: `present::words` says each problem in each language,
//! when it is shown, so a rule without a German sentence does not compile.

/// One problem found while loading a data folder, by what it concerns.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Problem {
    File(FileProblem),
    Text(TextProblem),
    Value(ValueProblem),
    Folder(FolderProblem),
    Project(ProjectProblem),
    TakingPart(TakingPartProblem),
    Setting(SettingProblem),
}

/// The folder and its files.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FileProblem {
    /// The data folder is missing (`exists: false`) or is not a folder.
    NoFolder { exists: bool },
    /// A file at the top of the folder that ikz does not read; the nearest it knows.
    UnknownTopFile { nearest: Option<String> },
    /// `ikz.toml` or `members.toml` is missing.
    FileMissing,
    /// `projects` is there but is not a folder.
    ProjectsNotFolder { is: Entry },
    /// There is no `projects/`; the nearest folder name there is.
    ProjectsMissing { nearest: Option<String> },
    /// A folder could not be listed.
    CannotReadFolder(IoFailure),
    /// A file could not be read.
    CannotRead(IoFailure),
    /// A file whose name is not UTF-8 (not read).
    NameNotUtf8,
    /// A file that does not end in `.toml` (not read); `copy` where `stem.toml` exists.
    NotToml { stem: String, copy: bool },
    /// An entry that is not a plain file; `required` for ikz.toml and members.toml (an
    /// error), others are not read; `in_projects` for one inside `projects/`.
    NotAFile {
        is: Entry,
        required: bool,
        in_projects: bool,
    },
    /// A file larger than `mib` MiB.
    TooLarge { mib: u64 },
    /// A file saved as UTF-16; `big_endian` by its byte order; `file` as the folder names it.
    Utf16 { big_endian: bool, file: String },
    /// A file that starts with two byte-order marks.
    TwoBoms { file: String },
    /// A file that is not UTF-8: the first byte that is not.
    NotUtf8 { byte: u8, file: String },
}

impl From<FileProblem> for Problem {
    fn from(p: FileProblem) -> Problem {
        Problem::File(p)
    }
}

/// TOML, the keys of a table and the kinds of values, and the characters of a text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TextProblem {
    /// A control or direction character where TOML allows none.
    ForbiddenInToml {
        c: char,
    },
    /// The parser's own message (English); for a key defined twice, where it was first
    /// (line, column).
    TomlSyntax {
        message: String,
        first: Option<(usize, usize)>,
    },
    /// An integer whose digits are not digits of its radix (`2_02x`, `0x`).
    NotANumber {
        written: String,
    },
    /// An invisible character in a text.
    Invisible {
        key: String,
        c: char,
        kind: crate::text::Invisible,
    },
    /// A Greek (`greek`) or Cyrillic letter that looks Latin, among Latin letters.
    LookAlike {
        key: String,
        c: char,
        greek: bool,
    },
    /// A line break in a one-line text (its key).
    LineBreak {
        key: String,
    },
    /// A control or direction character in a text (its key).
    ForbiddenInText {
        key: String,
        c: char,
    },
    /// A key a table does not have; the nearest it has, or all it has.
    UnknownKey {
        table: Table,
        key: String,
        nearest: Option<&'static str>,
        known: &'static [&'static str],
    },
    /// A key a table must have.
    MissingKey {
        table: Table,
        key: String,
    },
    WrongType {
        key: String,
        want: ValueKind,
        is: ValueKind,
    },
    ItemsNotStrings {
        key: String,
        is: ValueKind,
    },
    ItemsNotTables {
        key: String,
        is: ValueKind,
    },
}

impl From<TextProblem> for Problem {
    fn from(p: TextProblem) -> Problem {
        Problem::Text(p)
    }
}

/// A value of a key: empty, not a number, year, month or amount, or of the wrong shape.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ValueProblem {
    Empty {
        key: String,
    },
    NotACount {
        key: String,
        n: i64,
    },
    /// A year written oddly (`02024`, `2_024`), which is `n`.
    OddYear {
        key: String,
        written: String,
        n: i64,
    },
    NotAYear {
        key: String,
        n: i64,
    },
    NotAMonth {
        key: String,
        n: i64,
    },
    /// A number written in quotes.
    NumberInQuotes {
        key: String,
        written: String,
    },
    NumberTooLarge {
        key: String,
    },
    NotAnAmount {
        key: String,
        n: i64,
    },
    /// An item of a report's `highlights` that is not a text.
    HighlightNotString,
    /// A seat with both `member` and `place`, or neither.
    SeatEitherOr,
    /// A participant's `years = []`.
    YearsEmpty,
    /// A `not_participating` entry without a year.
    AbsentNoYears,
    /// A participant that is neither a member id nor a table.
    ParticipantShape,
}

impl From<ValueProblem> for Problem {
    fn from(p: ValueProblem) -> Problem {
        Problem::Value(p)
    }
}

/// What needs more than one value or file: the index, ids, sources, members.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FolderProblem {
    /// `format` is not one this program reads (`data::FORMATS`): newer, or none.
    Format {
        theirs: u32,
    },
    /// Keys of format 2 in a folder of format 1: the first, and how many more places
    /// use such keys (one message for the folder, not one per entry).
    NeedsFormat2 {
        key: &'static str,
        more: usize,
    },
    /// The steering group's composition without `from`, `until` or `as_of` (format 2).
    UndatedComposition,
    UntilBeforeFrom {
        from: u16,
        until: u16,
    },
    /// An internal source without `by` or `date`.
    InternalNeeds {
        id: String,
        key: &'static str,
    },
    /// An internal source with a web address.
    InternalWithUrl {
        id: String,
    },
    /// `by` on a source that is not internal.
    ByWithoutInternal {
        id: String,
    },
    LastBeforeFirst {
        first: u16,
        last: u16,
    },
    /// A steering-group composition of a year without sources.
    CompositionNoSource {
        year: u16,
    },
    MonthWithoutYear,
    /// The same id, code, name or number twice.
    Duplicate {
        what: Unique,
        shown: String,
        first: Place,
    },
    /// A year outside `[coverage]`.
    YearOutsideData {
        year: u16,
        first: u16,
        last: u16,
    },
    /// An id that is not a slug; `such_as` the slug of it, where it has letters.
    NotASlug {
        what: IdOf,
        id: String,
        such_as: String,
    },
    UnknownSource {
        id: String,
        nearest: Option<String>,
    },
    /// A source's address that is not a web address.
    NotWeb {
        id: String,
        not: crate::web::NotWeb,
    },
    ReportNoSource {
        number: u32,
    },
    NeverCited {
        id: String,
    },
    NoMembers,
    BadCode {
        code: String,
    },
    UnknownKind {
        kind: String,
        nearest: Option<&'static str>,
    },
    /// A name where a member id is expected; `nearest` a member id like it.
    NotAMember {
        id: String,
        nearest: Option<String>,
    },
}

impl From<FolderProblem> for Problem {
    fn from(p: FolderProblem) -> Problem {
        Problem::Folder(p)
    }
}

/// What a project is: its sources, status, years, milestones, seat and form.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ProjectProblem {
    /// `last_seen` beside `end`.
    LastSeenWithEnd,
    /// `last_seen` on a project that is not running or planned.
    LastSeenNotRunning,
    LastSeenBeforeStart {
        start: u16,
        last_seen: u16,
    },
    LastSeenWithoutStart,
    ProjectNoSource {
        id: String,
    },
    UnknownStatus {
        status: String,
        nearest: Option<&'static str>,
    },
    EndBeforeStart {
        start: u16,
        end: u16,
    },
    EndWithoutStart,
    /// An `end` on a project whose status is not "completed".
    EndNotCompleted {
        status: &'static str,
    },
    MilestoneOutside {
        year: u16,
        project: String,
        years: String,
    },
    PlannedButStarted {
        project: String,
        start: u16,
        newest: u16,
    },
    SeatNotParticipant {
        member: String,
    },
    /// A seat given as a place that is a member's name.
    PlaceIsMember {
        place: String,
        id: String,
    },
    UnknownForm {
        name: String,
        nearest: Option<&'static str>,
    },
}

impl From<ProjectProblem> for Problem {
    fn from(p: ProjectProblem) -> Problem {
        Problem::Project(p)
    }
}

/// Who takes part in a project, and the counts.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TakingPartProblem {
    /// Two entries of one member cover the same year (format 2).
    Overlap {
        member: String,
        year: u16,
        first: Place,
    },
    /// A member named as taking part and as not taking part in the same year.
    YesAndNo {
        member: String,
        year: u16,
        first: Place,
    },
    /// A count larger than the members less those a source says do not take part.
    CountAboveAbsent {
        year: u16,
        count: u32,
        absent: usize,
        members: usize,
    },
    /// An entry or count without sources of its own (format 2).
    NoOwnSource(crate::diag::Uncited),
    ListedTwice {
        member: String,
        first: Place,
    },
    LeftBeforeJoined {
        member: String,
        joined: u16,
        left: u16,
    },
    JoinedBeforeStart {
        joined: u16,
        start: u16,
    },
    LeftAfterEnd {
        left: u16,
        end: u16,
    },
    YearsAndSpan {
        member: String,
    },
    YearTwice {
        year: u16,
    },
    NamedOutsideYears {
        member: String,
        year: u16,
        start: u16,
        last: u16,
    },
    SecondCount {
        year: u16,
        first: Place,
    },
    CountOutsideYears {
        year: u16,
    },
    MoreThanMembers {
        count: u32,
        members: usize,
    },
    MoreNamedThanCount {
        year: u16,
        named: usize,
        count: u32,
    },
}

impl From<TakingPartProblem> for Problem {
    fn from(p: TakingPartProblem) -> Problem {
        Problem::TakingPart(p)
    }
}

/// The settings file (`config.toml`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SettingProblem {
    /// A value that is none of those `key` allows; the nearest of them.
    NotOneOf {
        key: &'static str,
        value: String,
        allowed: &'static [&'static str],
        nearest: Option<&'static str>,
    },
}

impl From<SettingProblem> for Problem {
    fn from(p: SettingProblem) -> Problem {
        Problem::Setting(p)
    }
}

/// A place in a file, for "first used at".
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Place {
    pub path: String,
    pub line: usize,
    pub col: usize,
}

/// Why the system could not read: its kind, and its own text for the rest.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct IoFailure {
    pub kind: std::io::ErrorKind,
    pub text: String,
}

impl From<&std::io::Error> for IoFailure {
    fn from(e: &std::io::Error) -> Self {
        IoFailure {
            kind: e.kind(),
            text: e.to_string(),
        }
    }
}

/// What a folder entry is, where a file or a folder was expected.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Entry {
    Folder,
    File,
    /// A symbolic link to a path that does not exist.
    DanglingLink {
        to: String,
    },
    Fifo,
    Socket,
    Device,
    Other,
}

/// The tables of the data files, as messages name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Table {
    IkzToml,
    Cooperation,
    Coverage,
    SteeringGroup,
    EarlierComposition,
    Person,
    Milestone,
    SourcesToml,
    Source,
    MembersToml,
    Member,
    ReportsToml,
    Report,
    Project,
    ReportedCount,
    Seat,
    Form,
    Funding,
    Award,
    Participant,
    NotParticipating,
    Settings,
}

/// The kinds of TOML values, as messages name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ValueKind {
    String,
    Integer,
    Float,
    Boolean,
    Date,
    Array,
    Table,
    /// What a participant entry may be.
    StringOrTable,
}

/// What must be unique across the folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unique {
    MemberId,
    MemberCode,
    MemberName,
    SourceId,
    ReportNumber,
    ReportYear,
    ProjectId,
}

/// Whose id must be a slug.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IdOf {
    Project,
    Member,
    Source,
}
