//! The in-memory view of a data folder that every front end queries: members, projects,
//! years, who takes part in what in which year, and where the sources know only a count.
//! Built once per load and never changed.

use foldhash::HashMap;
use std::ops::RangeInclusive;

use serde::Serialize;

/// Index of a member in [`Model::members`] (stable for one load).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct MemberIdx(pub usize);

/// Index of a project in [`Model::projects`] (stable for one load).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct ProjectIdx(pub usize);

#[derive(Debug, Clone)]
pub struct Model {
    pub format: u32,
    pub cooperation: Cooperation,
    /// The years this data speaks of (from `ikz.toml`).
    pub years: RangeInclusive<u16>,
    pub sources: Vec<Source>,
    pub members: Vec<Member>,
    pub projects: Vec<Project>,
    /// Sorted by year.
    pub reports: Vec<Report>,
    member_ids: HashMap<String, MemberIdx>,
    project_ids: HashMap<String, ProjectIdx>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Cooperation {
    pub name: String,
    pub short_name: Option<String>,
    pub since: Option<u16>,
    pub website: Option<String>,
    pub summary: Option<String>,
    pub sources: Vec<String>,
    pub steering_group: Option<SteeringGroup>,
    pub milestones: Vec<Milestone>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct SteeringGroup {
    pub formed: Option<u16>,
    /// The date its sources show this composition for (format 2).
    pub dated: Dated,
    pub note: Option<String>,
    pub sources: Vec<String>,
    pub people: Vec<Person>,
    /// Earlier compositions that sources state, oldest first.
    pub earlier: Vec<Composition>,
}

/// The steering group as a source states it for one year.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Composition {
    pub year: u16,
    /// From when, until when, or as of which date a source shows it (format 2).
    pub dated: Dated,
    pub note: Option<String>,
    pub sources: Vec<String>,
    pub people: Vec<Person>,
}

/// When a source shows a composition of the steering group: from a year, until a year,
/// or as of a date it gives (free text, such as "März 2019").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Dated {
    pub from: Option<u16>,
    pub until: Option<u16>,
    pub as_of: Option<String>,
}

impl Dated {
    pub fn is_dated(&self) -> bool {
        self.from.is_some() || self.until.is_some() || self.as_of.is_some()
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Person {
    pub name: String,
    pub role: Option<String>,
    /// The member id this person speaks for.
    pub member: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Milestone {
    pub year: Option<u16>,
    /// 1 to 12, where the source gives the month.
    pub month: Option<u8>,
    pub text: String,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Source {
    pub id: String,
    pub title: String,
    /// The address as the file writes it (shown and copied as written).
    pub url: Option<String>,
    /// The address parsed once at load, where it is a web address: the only kind `o`
    /// opens and a link on screen leads to.
    #[serde(skip)]
    pub web: Option<crate::web::WebAddress>,
    pub publisher: Option<String>,
    pub date: Option<String>,
    /// Where the source is what an office or a colleague said, not a public text: the
    /// office or role that said it (format 2).
    pub internal: Option<String>,
    /// Whether someone read it again to check it (format 2: `checked = false` where
    /// nobody could).
    pub checked: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Kind {
    Stadt,
    Gemeinde,
    Landkreis,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Stadt, Kind::Gemeinde, Kind::Landkreis];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Stadt => "Stadt",
            Kind::Gemeinde => "Gemeinde",
            Kind::Landkreis => "Landkreis",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == s)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Member {
    pub id: String,
    pub name: String,
    /// `None` where no source says whether it is a Stadt or a Gemeinde.
    pub kind: Option<Kind>,
    pub code: String,
    pub aliases: Vec<String>,
    pub note: Option<String>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Planned,
    Running,
    Completed,
    /// The sources show the project in some years and say nothing of it later.
    Unknown,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Planned,
        Status::Running,
        Status::Completed,
        Status::Unknown,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::Running => "running",
            Status::Completed => "completed",
            Status::Unknown => "unknown",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|k| k.name() == s)
    }

    /// The years a project of this status ran, as far as known: `start..=end`, a running
    /// or planned project without `end` up to `last_year` (the last year of the data), a
    /// completed one or one of unknown status without `end` in its start year only.
    pub fn years(self, start: u16, end: Option<u16>, last_year: u16) -> RangeInclusive<u16> {
        let end = end.unwrap_or(match self {
            Status::Running | Status::Planned => last_year,
            Status::Completed | Status::Unknown => start,
        });
        start..=end.max(start)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Project {
    pub id: String,
    pub title: String,
    pub field: Option<String>,
    pub summary: Option<String>,
    pub status: Status,
    /// The first year the project is known to run; `None` where no source gives a year.
    pub start: Option<u16>,
    /// The last year it ran (completed) or was reported (status unknown).
    pub end: Option<u16>,
    /// Format 2, a running or planned project without `end`: the last year a dated fact
    /// (a count, a participant's year, a milestone, a grant, an award) or `last_seen`
    /// shows it; later years are of unknown status. `None` in format 1, where such a
    /// project runs to the last year of the data.
    pub last_seen: Option<u16>,
    pub participants: Vec<Participant>,
    /// Members a source says do not take part, in some years (format 2).
    pub absent: Vec<Absent>,
    /// Counts of participants that sources report, by year, sorted by year.
    pub reported: Vec<(u16, u32)>,
    /// The sources of the counts that name their own (format 2), by year.
    pub reported_sources: Vec<(u16, Vec<String>)>,
    pub milestones: Vec<Milestone>,
    pub sources: Vec<String>,
    pub note: Option<String>,
    /// Where the project's office sits (not who leads it: a lead may sit elsewhere).
    pub seat: Option<Seat>,
    /// Its legal or organisational form.
    pub form: Option<Stated<Form>>,
    /// Grants it received, in the order of the file.
    pub funding: Vec<Funding>,
    /// Prizes it won, in the order of the file.
    pub awards: Vec<Award>,
}

/// A fact with the sources that state it (empty: the project's sources apply).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stated<T> {
    pub value: T,
    pub sources: Vec<String>,
}

/// Where a project's office sits: with a member, or at a place outside the members.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Seat {
    pub at: SeatAt,
    /// The office there, as the source names it ("Ordnungsamt", "Rathaus").
    pub office: Option<String>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SeatAt {
    Member(MemberIdx),
    Place(String),
}

/// The legal or organisational form of a project, as German administrative law names it.
/// In JSON each form is a fixed English key (see `Form::key`), whatever the language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Form {
    /// Öffentlich-rechtliche Vereinbarung: one member does a task for the others.
    #[serde(rename = "public-law-agreement")]
    Agreement,
    /// Zweckverband: an association of its own with its own bodies.
    #[serde(rename = "special-purpose-association")]
    Zweckverband,
    /// Gemeinsamer Verwaltungsbehördenbezirk (HSOG): one authority for several members.
    #[serde(rename = "joint-administrative-district")]
    AuthorityDistrict,
    /// Anstalt des öffentlichen Rechts (AöR).
    #[serde(rename = "public-law-institution")]
    Institution,
    /// Kommunale Arbeitsgemeinschaft.
    #[serde(rename = "working-group")]
    WorkingGroup,
    /// Beschaffungsgemeinschaft: members buying together.
    #[serde(rename = "purchasing-group")]
    ProcurementGroup,
    /// A project without a form of its own.
    #[serde(rename = "no-form-of-its-own")]
    Project,
}

impl Form {
    pub const ALL: [Form; 7] = [
        Form::Agreement,
        Form::Zweckverband,
        Form::AuthorityDistrict,
        Form::Institution,
        Form::WorkingGroup,
        Form::ProcurementGroup,
        Form::Project,
    ];

    /// The name as the data writes it, in German.
    pub fn name(self) -> &'static str {
        match self {
            Form::Agreement => "öffentlich-rechtliche Vereinbarung",
            Form::Zweckverband => "Zweckverband",
            Form::AuthorityDistrict => "gemeinsamer Verwaltungsbehördenbezirk",
            Form::Institution => "Anstalt des öffentlichen Rechts",
            Form::WorkingGroup => "Arbeitsgemeinschaft",
            Form::ProcurementGroup => "Beschaffungsgemeinschaft",
            Form::Project => "Projekt ohne eigene Form",
        }
    }

    /// The name in English, for English screens (beside the German term).
    pub fn english(self) -> &'static str {
        match self {
            Form::Agreement => "public-law agreement",
            Form::Zweckverband => "special-purpose association",
            Form::AuthorityDistrict => "joint administrative district",
            Form::Institution => "public-law institution",
            Form::WorkingGroup => "working group",
            Form::ProcurementGroup => "joint purchasing group",
            Form::Project => "project without a form of its own",
        }
    }

    /// Reads a form as written; case, umlauts (ae, oe, ue) and the abbreviation AöR
    /// are forgiven.
    pub fn parse(s: &str) -> Option<Form> {
        let key = crate::text::fold(s.trim());
        if key == crate::text::fold("AöR") {
            return Some(Form::Institution);
        }
        Form::ALL
            .into_iter()
            .find(|f| crate::text::fold(f.name()) == key)
    }
}

/// A grant a project received.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Funding {
    pub year: Option<u16>,
    /// In whole euros.
    pub amount: u64,
    /// Who paid: "Land Hessen".
    pub by: String,
    pub note: Option<String>,
    pub sources: Vec<String>,
}

/// A prize a project won.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Award {
    pub year: Option<u16>,
    pub name: String,
    pub by: Option<String>,
    pub sources: Vec<String>,
}

impl Project {
    /// The member the project's office sits with, if it sits with a member.
    pub fn seat_member(&self) -> Option<MemberIdx> {
        match self.seat.as_ref().map(|s| &s.at) {
            Some(SeatAt::Member(m)) => Some(*m),
            _ => None,
        }
    }

    /// Every source it cites, each once, in the order first cited: its own, then those
    /// of its seat, form, grants and awards.
    pub fn cited(&self) -> Vec<&str> {
        let lists = std::iter::once(&self.sources)
            .chain(self.participants.iter().map(|x| &x.sources))
            .chain(self.absent.iter().map(|a| &a.sources))
            .chain(self.reported_sources.iter().map(|(_, s)| s))
            .chain(self.seat.iter().map(|s| &s.sources))
            .chain(self.form.iter().map(|f| &f.sources))
            .chain(self.funding.iter().map(|f| &f.sources))
            .chain(self.awards.iter().map(|a| &a.sources));
        let mut out: Vec<&str> = Vec::new();
        for id in lists.flatten() {
            if !out.contains(&id.as_str()) {
                out.push(id);
            }
        }
        out
    }

    /// The sum of its grants, in euros.
    pub fn funded(&self) -> u64 {
        self.funding
            .iter()
            .fold(0, |sum: u64, f| sum.saturating_add(f.amount))
    }

    /// The count of participants a source reports for `year`; a count speaks of its own
    /// year only (a later year may have other participants). Over all years (`None`), the
    /// largest.
    pub fn reported_in(&self, year: Option<u16>) -> Option<u32> {
        match year {
            Some(year) => self
                .reported
                .iter()
                .find(|(y, _)| *y == year)
                .map(|&(_, n)| n),
            None => self.reported.iter().map(|&(_, n)| n).max(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Participant {
    pub member: MemberIdx,
    pub joined: Option<u16>,
    /// The last year it took part.
    pub left: Option<u16>,
    /// Where a source names it for some years only: those years, sorted. In the other
    /// years of the project, whether it takes part is not known. Empty: it takes part
    /// from `joined` (or the start) to `left` (or the end).
    pub years: Vec<u16>,
    /// The sources of this entry (empty: the project's apply).
    pub sources: Vec<String>,
}

/// A member that a source says does not take part in a project, in some years.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Absent {
    pub member: MemberIdx,
    /// The years the source speaks of, sorted.
    pub years: Vec<u16>,
    /// The sources that say it (empty: the project's apply).
    pub sources: Vec<String>,
}

impl Participant {
    /// Whether it takes part in `year` (`None`: in any year).
    pub fn in_year(&self, year: Option<u16>) -> bool {
        year.is_none_or(|y| {
            if self.years.is_empty() {
                self.joined.is_none_or(|j| j <= y) && self.left.is_none_or(|l| y <= l)
            } else {
                self.years.binary_search(&y).is_ok()
            }
        })
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub number: u32,
    /// The year whose results it reports.
    pub year: u16,
    pub title: Option<String>,
    pub period: Option<String>,
    pub published: Option<String>,
    pub pages: Option<u32>,
    pub highlights: Vec<String>,
    pub sources: Vec<String>,
}

/// One year of the data: its report and how many projects ran.
#[derive(Debug, Clone, Serialize)]
pub struct YearInfo {
    pub year: u16,
    pub projects: usize,
    pub report: Option<u32>,
}

impl Model {
    /// Assembles a model; builds the id indexes and sorts the reports by year.
    pub fn new(
        format: u32,
        cooperation: Cooperation,
        years: RangeInclusive<u16>,
        sources: Vec<Source>,
        members: Vec<Member>,
        projects: Vec<Project>,
        mut reports: Vec<Report>,
    ) -> Model {
        reports.sort_by_key(|r| (r.year, r.number));
        let member_ids = members
            .iter()
            .enumerate()
            .map(|(i, m)| (m.id.clone(), MemberIdx(i)))
            .collect();
        let project_ids = projects
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.clone(), ProjectIdx(i)))
            .collect();
        Model {
            format,
            cooperation,
            years,
            sources,
            members,
            projects,
            reports,
            member_ids,
            project_ids,
        }
    }

    // A MemberIdx or ProjectIdx is made only by this model (or its loader) for its own
    // lists, which never change after the load: it is always in range.
    #[allow(
        clippy::indexing_slicing,
        reason = "indices are made by this model for its own lists"
    )]
    pub fn member(&self, i: MemberIdx) -> &Member {
        &self.members[i.0]
    }

    #[allow(
        clippy::indexing_slicing,
        reason = "indices are made by this model for its own lists"
    )]
    pub fn project(&self, i: ProjectIdx) -> &Project {
        &self.projects[i.0]
    }

    pub fn member_by_id(&self, id: &str) -> Option<MemberIdx> {
        self.member_ids.get(id).copied()
    }

    /// The projects whose office sits with this member, in the model's order.
    pub fn hosted(&self, m: MemberIdx) -> Vec<ProjectIdx> {
        (0..self.projects.len())
            .map(ProjectIdx)
            .filter(|&p| self.project(p).seat_member() == Some(m))
            .collect()
    }

    pub fn project_by_id(&self, id: &str) -> Option<ProjectIdx> {
        self.project_ids.get(id).copied()
    }

    pub fn source_by_id(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn member_indices(&self) -> impl Iterator<Item = MemberIdx> + '_ {
        (0..self.members.len()).map(MemberIdx)
    }

    pub fn project_indices(&self) -> impl Iterator<Item = ProjectIdx> + '_ {
        (0..self.projects.len()).map(ProjectIdx)
    }

    /// The years a project ran, as far as known: `start..=end`, running projects up to the
    /// last year of the data, projects of unknown status only in their start year when no
    /// end is given. `None` where no source gives a year.
    pub fn active_years(&self, p: ProjectIdx) -> Option<RangeInclusive<u16>> {
        let p = self.project(p);
        let last = *self.years.end();
        let end = p.end.or(match p.status {
            Status::Running | Status::Planned => p.last_seen.map(|y| y.min(last)),
            Status::Completed | Status::Unknown => None,
        });
        Some(p.status.years(p.start?, end, last))
    }

    /// Format 2: the years after the last one a source shows a running project in, up
    /// to the last year of the data: neither running nor ended, its status not known.
    pub fn unknown_years(&self, p: ProjectIdx) -> Option<RangeInclusive<u16>> {
        let known = self.active_years(p)?;
        let project = self.project(p);
        let last = *self.years.end();
        (project.last_seen.is_some() && project.end.is_none() && *known.end() < last)
            .then(|| known.end() + 1..=last)
    }

    /// The projects whose status is not known in `year` (format 2; see
    /// [`Model::unknown_years`]), in data order; none for `None`.
    pub fn unknown_in(&self, year: Option<u16>) -> Vec<ProjectIdx> {
        let Some(y) = year else {
            return Vec::new();
        };
        self.project_indices()
            .filter(|&p| self.unknown_years(p).is_some_and(|r| r.contains(&y)))
            .collect()
    }

    /// The status of a project in `year`: a project completed in 2022 was running in
    /// 2021. Over all years (`None`), and for a project not known to run that year, its
    /// last status.
    pub fn status_in(&self, p: ProjectIdx, year: Option<u16>) -> Status {
        let project = self.project(p);
        if let Some(y) = year
            && self.unknown_years(p).is_some_and(|r| r.contains(&y))
        {
            return Status::Unknown;
        }
        match (project.status, year, project.end) {
            (Status::Completed, Some(y), Some(end)) if y < end && self.is_active(p, year) => {
                Status::Running
            }
            (status, _, _) => status,
        }
    }

    /// Whether the project ran in `year` (`None`: every project counts).
    pub fn is_active(&self, p: ProjectIdx, year: Option<u16>) -> bool {
        match year {
            None => true,
            Some(y) => self.active_years(p).is_some_and(|r| r.contains(&y)),
        }
    }

    /// The year the browser and the commands open on: that of the latest annual report,
    /// the latest year the sources describe in full; without reports, the last year.
    pub fn opening_year(&self) -> u16 {
        let last = *self.years.end();
        self.reports
            .iter()
            .map(|r| r.year)
            .max()
            .map_or(last, |y| y.clamp(*self.years.start(), last))
    }

    /// The year a project is shown in when `year` is asked for: that year if it ran then,
    /// else the latest year it ran (a project of 2017 only is shown in 2017); `None` for
    /// a project of no known year.
    pub fn year_of(&self, p: ProjectIdx, year: u16) -> Option<u16> {
        if self.is_active(p, Some(year)) {
            return Some(year);
        }
        self.years
            .clone()
            .rev()
            .find(|&y| self.is_active(p, Some(y)))
    }

    /// The projects that ran in `year` (all projects for `None`), in data order.
    pub fn projects_in(&self, year: Option<u16>) -> Vec<ProjectIdx> {
        self.project_indices()
            .filter(|&p| self.is_active(p, year))
            .collect()
    }

    /// Who takes part in a project in `year`; for `None`, everyone named in any year
    /// and the largest reported count.
    pub fn participation(&self, p: ProjectIdx, year: Option<u16>) -> Participation {
        let project = self.project(p);
        let mut listed: Vec<MemberIdx> = project
            .participants
            .iter()
            .filter(|x| x.in_year(year))
            .map(|x| x.member)
            .collect();
        listed.sort_unstable();
        listed.dedup();
        let mut absent: Vec<MemberIdx> = project
            .absent
            .iter()
            .map(|a| a.member)
            .filter(|&m| self.is_absent(p, m, year) && listed.binary_search(&m).is_err())
            .collect();
        absent.sort_unstable();
        absent.dedup();
        let reported = project.reported_in(year);
        let complete = self.is_complete(p, year, listed.len());
        Participation {
            listed,
            absent,
            reported,
            members: self.members.len(),
            complete,
        }
    }

    /// Whether a source says that member `m` does not take part in project `p` in
    /// `year`; over all years (`None`), in every year the project ran.
    fn is_absent(&self, p: ProjectIdx, m: MemberIdx, year: Option<u16>) -> bool {
        let project = self.project(p);
        let said = |y: u16| {
            project
                .absent
                .iter()
                .any(|a| a.member == m && a.years.binary_search(&y).is_ok())
        };
        match (year, self.active_years(p)) {
            (Some(y), _) => said(y),
            (None, Some(years)) => years.into_iter().all(said),
            (None, None) => false,
        }
    }

    /// How many members a source says do not take part in project `p` in `year`.
    fn absent_in(&self, p: ProjectIdx, year: u16) -> usize {
        // Most projects name nobody as not taking part: asked for every cell of the
        // matrix, that answer costs nothing.
        let absent = &self.project(p).absent;
        if absent.is_empty() {
            return 0;
        }
        let mut members: Vec<MemberIdx> = absent
            .iter()
            .filter(|a| a.years.binary_search(&year).is_ok())
            .map(|a| a.member)
            .collect();
        members.sort_unstable();
        members.dedup();
        members.len()
    }

    /// Whether every participant of a project is named in `year`, `listed` being how
    /// many are named then: a source's count is reached, or every member is named.
    /// Over all years (`None`), that must hold in every year the project ran, so that a
    /// member shows as not taking part only where no year leaves it open.
    /// Every member is also complete where each is named as taking part or as not.
    fn is_complete(&self, p: ProjectIdx, year: Option<u16>, listed: usize) -> bool {
        if listed == self.members.len() {
            return true;
        }
        let project = self.project(p);
        let reached =
            |y: Option<u16>, n: usize| project.reported_in(y).is_some_and(|r| n >= r as usize);
        let everyone = |y: u16, n: usize| n + self.absent_in(p, y) >= self.members.len();
        match (year, self.active_years(p)) {
            (Some(y), _) => reached(year, listed) || everyone(y, listed),
            (None, Some(years)) => years.into_iter().all(|y| {
                let n = project
                    .participants
                    .iter()
                    .filter(|x| x.in_year(Some(y)))
                    .count();
                n == self.members.len() || reached(Some(y), n) || everyone(y, n)
            }),
            (None, None) => reached(None, listed),
        }
    }

    /// Whether one member takes part in one project in `year`: the same as
    /// `self.participation(p, year).cell(m)`, without building the whole list.
    pub fn cell(&self, p: ProjectIdx, m: MemberIdx, year: Option<u16>) -> Cell {
        let project = self.project(p);
        let mut listed = 0;
        let mut found = false;
        for x in project.participants.iter().filter(|x| x.in_year(year)) {
            listed += 1;
            found |= x.member == m;
        }
        if found {
            return Cell::Yes;
        }
        if self.is_complete(p, year, listed) || self.is_absent(p, m, year) {
            Cell::No
        } else {
            Cell::Unknown
        }
    }

    /// The projects a member takes part in (named by a source) in `year`.
    pub fn projects_of(&self, m: MemberIdx, year: Option<u16>) -> Vec<ProjectIdx> {
        self.projects_in(year)
            .into_iter()
            .filter(|&p| {
                self.project(p)
                    .participants
                    .iter()
                    .any(|x| x.member == m && x.in_year(year))
            })
            .collect()
    }

    /// The years a source names a member in a project (ascending): within the years the
    /// project ran, those its entry covers. Empty where no source gives the project's
    /// years.
    pub fn named_years(&self, p: ProjectIdx, m: MemberIdx) -> Vec<u16> {
        let Some(years) = self.active_years(p) else {
            return Vec::new();
        };
        let entries: Vec<&Participant> = self
            .project(p)
            .participants
            .iter()
            .filter(|x| x.member == m)
            .collect();
        years
            .filter(|&y| entries.iter().any(|x| x.in_year(Some(y))))
            .collect()
    }

    /// The projects a source names a member in (in any year), by the first year it is
    /// named in, then by title; projects whose years no source gives come last.
    pub fn projects_of_by_year(&self, m: MemberIdx) -> Vec<ProjectIdx> {
        let mut named = self.projects_of(m, None);
        named.sort_by_cached_key(|&p| {
            let project = self.project(p);
            // Of all its entries (format 2 may give several, years apart).
            let first = self
                .named_years(p, m)
                .first()
                .copied()
                .or(project.start)
                .unwrap_or(u16::MAX);
            (first, crate::text::fold(&project.title))
        });
        named
    }

    pub fn report_for(&self, year: u16) -> Option<&Report> {
        self.reports.iter().find(|r| r.year == year)
    }

    /// Every year of the data, with its report and the number of projects that ran.
    pub fn year_infos(&self) -> Vec<YearInfo> {
        self.years
            .clone()
            .map(|y| YearInfo {
                year: y,
                projects: self.projects_in(Some(y)).len(),
                report: self.report_for(y).map(|r| r.number),
            })
            .collect()
    }
}

mod participation;
pub use participation::{Cell, Known, Participation};

#[cfg(test)]
#[path = "model_tests.rs"]
mod tests;
