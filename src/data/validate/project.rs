//! One project on its own: its status and years, its participants, its reported counts,
//! its milestones and sources, and what its gaps are.

use super::facts::check_what_it_is;
use super::index::check_milestone;
use super::members::check_member_ref;
use super::*;

/// Every rule of one project, by concern; what is found goes to `ck`.
pub(super) fn check_project(
    ck: &mut Check<'_>,
    raw: &RawData,
    p: &RawProject,
    years: &Option<(u16, u16)>,
    source_ids: &HashSet<&str>,
) {
    let f = p.file;
    ck.slug(f, IdOf::Project, &p.id);
    let (status, span_years) = check_status_and_years(ck, p, years);
    check_participants(ck, raw, p, status, span_years, years);
    check_counts(ck, raw, p, span_years, years);
    // The years the project ran, as `Model::active_years` counts them.
    let run = span_years.map(|(start, end)| {
        let last = match status {
            Some(Status::Running | Status::Planned) => years.map_or(start, |(_, l)| l),
            _ => start,
        };
        (start, end.unwrap_or(last))
    });
    super::entries::check_entries(ck, raw, p, run, years, source_ids);
    // Milestones and sources.
    for m in &p.milestones {
        check_milestone(ck, f, m, years);
        if raw.sources_read {
            ck.sources_exist(f, &m.sources, source_ids);
        }
    }
    check_slips(ck, raw, p, status, years);
    if raw.sources_read {
        ck.sources_exist(f, &p.sources, source_ids);
    }
    check_what_it_is(ck, raw, p, years, source_ids);
    if p.sources.is_empty() {
        let id = &p.id.value;
        ck.gap(
            f,
            p.id.span.clone(),
            GapWhat::NoSource(Uncited::Project(id.clone())),
        );
        ck.warning(
            f,
            p.id.span.clone(),
            ProjectProblem::ProjectNoSource {
                id: p.id.value.clone(),
            },
        );
    }
}

/// The status and the years: a known status, start and end in the data's years and in
/// order, no `end` for a project still running. Returns the status and the years as
/// written (start, and end where given).
fn check_status_and_years(
    ck: &mut Check<'_>,
    p: &RawProject,
    years: &Option<(u16, u16)>,
) -> (Option<Status>, Option<(u16, Option<u16>)>) {
    let f = p.file;
    let status = p.status.as_ref().and_then(|s| {
        let st = Status::parse(&s.value);
        if st.is_none() {
            ck.error(
                f,
                s.span.clone(),
                ProjectProblem::UnknownStatus {
                    status: s.value.clone(),
                    nearest: closest(&s.value, Status::ALL.map(Status::name)),
                },
            );
        }
        st
    });

    // Years of the project.
    ck.year_in(f, &p.start, years);
    ck.year_in(f, &p.end, years);
    match (&p.start, &p.end) {
        (Some(s), Some(e)) if e.value < s.value => {
            ck.error(
                f,
                e.span.clone(),
                ProjectProblem::EndBeforeStart {
                    start: s.value,
                    end: e.value,
                },
            );
        }
        (None, Some(e)) if !p.start_written => {
            ck.error(f, e.span.clone(), ProjectProblem::EndWithoutStart);
        }
        _ => {}
    }
    if let (Some(Status::Running | Status::Planned), Some(e)) = (status, &p.end) {
        ck.error(
            f,
            e.span.clone(),
            ProjectProblem::EndNotCompleted {
                status: status.map_or("", Status::name),
            },
        );
    }
    if let Some(seen) = &p.last_seen {
        ck.year_in(f, &p.last_seen, years);
        let problem = match (status, &p.start, &p.end) {
            (_, _, Some(_)) => Some(ProjectProblem::LastSeenWithEnd),
            (Some(Status::Completed | Status::Unknown), _, _) => {
                Some(ProjectProblem::LastSeenNotRunning)
            }
            (_, Some(start), _) if seen.value < start.value => {
                Some(ProjectProblem::LastSeenBeforeStart {
                    start: start.value,
                    last_seen: seen.value,
                })
            }
            (_, None, _) => Some(ProjectProblem::LastSeenWithoutStart),
            _ => None,
        };
        if let Some(problem) = problem {
            ck.error(f, seen.span.clone(), problem);
        }
    }
    let span_years = p
        .start
        .as_ref()
        .map(|s| (s.value, p.end.as_ref().map(|e| e.value)));

    (status, span_years)
}

/// The participants: each a member, listed once, with years that fit each other and the
/// project's.
fn check_participants<'r>(
    ck: &mut Check<'_>,
    raw: &'r RawData,
    p: &'r RawProject,
    status: Option<Status>,
    span_years: Option<(u16, Option<u16>)>,
    years: &Option<(u16, u16)>,
) {
    let f = p.file;
    let mut seen: HashMap<&str, Range<usize>> =
        HashMap::with_capacity_and_hasher(p.participants.len(), Default::default());
    for x in &p.participants {
        if raw.members_file.is_some() {
            check_member_ref(ck, f, &x.member, &raw.members);
        }
        // In format 2 a member may have entries for years apart (see `entries`).
        if let Some(first) = seen.get(x.member.value.as_str())
            && raw.format() < 2
        {
            let first = ck.place(f, first);
            ck.error(
                f,
                x.member.span.clone(),
                TakingPartProblem::ListedTwice {
                    member: x.member.value.clone(),
                    first,
                },
            );
        } else {
            seen.insert(&x.member.value, x.member.span.clone());
        }
        ck.year_in(f, &x.joined, years);
        ck.year_in(f, &x.left, years);
        check_named_years(ck, f, x, status, span_years, years);
        if let (Some(j), Some(l)) = (&x.joined, &x.left)
            && l.value < j.value
        {
            ck.error(
                f,
                l.span.clone(),
                TakingPartProblem::LeftBeforeJoined {
                    member: x.member.value.clone(),
                    joined: j.value,
                    left: l.value,
                },
            );
        }
        if let (Some(j), Some((start, _))) = (&x.joined, span_years)
            && j.value < start
        {
            ck.error(
                f,
                j.span.clone(),
                TakingPartProblem::JoinedBeforeStart {
                    joined: j.value,
                    start,
                },
            );
        }
        if let (Some(l), Some((_, Some(end)))) = (&x.left, span_years)
            && l.value > end
        {
            ck.error(
                f,
                l.span.clone(),
                TakingPartProblem::LeftAfterEnd { left: l.value, end },
            );
        }
    }
}

/// The reported counts: one a year, in the years the project ran, no more than the
/// members and no fewer than the members listed for that year. (What the counts and
/// names leave open is found on the built model: `data::coverage`.)
fn check_counts(
    ck: &mut Check<'_>,
    raw: &RawData,
    p: &RawProject,
    span_years: Option<(u16, Option<u16>)>,
    years: &Option<(u16, u16)>,
) {
    let f = p.file;
    let members = raw.members.len();
    let mut counted: HashMap<u16, Range<usize>> = HashMap::default();
    for r in &p.reported {
        ck.year_in(f, &Some(r.year.clone()), years);
        if let Some(first) = counted.insert(r.year.value, r.year.span.clone()) {
            let first = ck.place(f, &first);
            ck.error(
                f,
                r.year.span.clone(),
                TakingPartProblem::SecondCount {
                    year: r.year.value,
                    first,
                },
            );
        }
        if let Some((start, end)) = span_years
            && (r.year.value < start || end.is_some_and(|e| r.year.value > e))
        {
            ck.error(
                f,
                r.year.span.clone(),
                TakingPartProblem::CountOutsideYears { year: r.year.value },
            );
        }
        if raw.members_file.is_some() && r.count.value as usize > members {
            ck.error(
                f,
                r.count.span.clone(),
                TakingPartProblem::MoreThanMembers {
                    count: r.count.value,
                    members,
                },
            );
        }
        let y = r.year.value;
        // Ids that are no member were reported already: they do not count again here.
        let known = |x: &&crate::data::raw::RawParticipant| {
            raw.members_file.is_none() || ck.member_ids.contains(x.member.value.as_str())
        };
        let listed = p.participants.iter().filter(known).filter(|x| {
            if x.years.is_empty() {
                x.joined.as_ref().is_none_or(|j| j.value <= y)
                    && x.left.as_ref().is_none_or(|l| y <= l.value)
            } else {
                x.years.iter().any(|n| n.value == y)
            }
        });
        let listed: HashSet<&str> = listed.map(|x| x.member.value.as_str()).collect();
        if listed.len() > r.count.value as usize {
            ck.error(
                f,
                r.count.span.clone(),
                TakingPartProblem::MoreNamedThanCount {
                    year: r.year.value,
                    named: listed.len(),
                    count: r.count.value,
                },
            );
        }
    }
}

/// What a project's years and status say against its milestones and the reports: a
/// milestone outside the years the project ran (a year moved in one place only), and a
/// project still `planned` though it starts before the year of the newest report (a
/// status nobody updated). Both are warnings: the data reads, but one of two places is
/// likely wrong.
fn check_slips(
    ck: &mut Check<'_>,
    raw: &RawData,
    p: &RawProject,
    status: Option<Status>,
    years: &Option<(u16, u16)>,
) {
    let (Some(status), Some(start), Some((_, last))) = (status, &p.start, years) else {
        return;
    };
    let ran = status.years(start.value, p.end.as_ref().map(|e| e.value), *last);
    let (a, b) = (*ran.start(), *ran.end());
    let shown = if a == b {
        a.to_string()
    } else {
        format!("{a}–{b}")
    };
    for m in &p.milestones {
        let Some(y) = &m.year else { continue };
        if ran.contains(&y.value) {
            continue;
        }
        ck.warning(
            p.file,
            y.span.clone(),
            ProjectProblem::MilestoneOutside {
                year: y.value,
                project: p.id.value.clone(),
                years: shown.clone(),
            },
        );
    }
    let newest = raw.reports.iter().map(|r| r.year.value).max();
    if let (Status::Planned, Some(newest), Some(at)) = (status, newest, &p.status)
        && start.value < newest
    {
        ck.warning(
            p.file,
            at.span.clone(),
            ProjectProblem::PlannedButStarted {
                project: p.id.value.clone(),
                start: start.value,
                newest,
            },
        );
    }
}

/// `years = […]` of a participant: not together with `joined` or `left`, not empty, each
/// year once and in a year the project ran.
fn check_named_years(
    ck: &mut Check<'_>,
    f: FileIdx,
    x: &crate::data::raw::RawParticipant,
    status: Option<Status>,
    span_years: Option<(u16, Option<u16>)>,
    years: &Option<(u16, u16)>,
) {
    if x.years.is_empty() {
        return;
    }
    if let Some(other) = x.joined.as_ref().or(x.left.as_ref()) {
        ck.error(
            f,
            other.span.clone(),
            TakingPartProblem::YearsAndSpan {
                member: x.member.value.clone(),
            },
        );
    }
    // The last year the project ran, as `Model::active_years` counts it.
    let last = span_years.map(|(start, end)| {
        end.unwrap_or(match status {
            Some(Status::Running | Status::Planned) => years.map_or(start, |(_, l)| l),
            _ => start,
        })
    });
    let mut seen: HashSet<u16> = HashSet::default();
    for y in &x.years {
        ck.year_in(f, &Some(y.clone()), years);
        if !seen.insert(y.value) {
            ck.error(
                f,
                y.span.clone(),
                TakingPartProblem::YearTwice { year: y.value },
            );
        }
        if let (Some((start, _)), Some(last)) = (span_years, last)
            && !(start..=last).contains(&y.value)
        {
            ck.error(
                f,
                y.span.clone(),
                TakingPartProblem::NamedOutsideYears {
                    member: x.member.value.clone(),
                    year: y.value,
                    start,
                    last,
                },
            );
        }
    }
}
