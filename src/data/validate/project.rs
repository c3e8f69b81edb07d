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
    ck.slug(f, Noun::new("project", "Projekt"), &p.id);
    let (status, span_years) = check_status_and_years(ck, p, years);
    let seen = check_participants(ck, raw, p, status, span_years, years);
    check_counts(ck, raw, p, span_years, years);
    let members = raw.members.len();
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
    let named = seen.len();
    if p.reported.is_empty() && raw.members_file.is_some() && named < members {
        let id = &p.id.value;
        ck.gap(
            f,
            p.id.span.clone(),
            GapWhat::NoCount {
                project: id.clone(),
                named,
                members,
            },
        );
    }
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
            {
                let id = &p.id.value;
                said!(
                    "project `{id}` names no source",
                    "das Projekt `{id}` nennt keine Quelle"
                )
            },
            Some(said!(
                "add `sources = [\"…\"]` with the text its facts come from",
                "`sources = [\"…\"]` mit dem Text ergänzen, aus dem seine Angaben stammen"
            )),
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
            let names = Status::ALL.map(Status::name);
            let help = closest(&s.value, names).map_or_else(
                || one_of(&names, ""),
                |c| said!("did you mean \"{c}\"?", "meinten Sie \"{c}\"?"),
            );
            let status = &s.value;
            ck.error(
                f,
                s.span.clone(),
                said!(
                    "unknown status \"{status}\"",
                    "unbekannter Status \"{status}\""
                ),
                Some(help),
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
                {
                    let (s, e) = (s.value, e.value);
                    said!(
                        "end {e} is before start {s}",
                        "das Ende {e} liegt vor dem Beginn {s}"
                    )
                },
                None,
            );
        }
        (None, Some(e)) => ck.error(
            f,
            e.span.clone(),
            said!("`end` without `start`", "`end` ohne `start`"),
            Some(said!(
                "add the year the project started",
                "das Jahr ergänzen, in dem das Projekt begann"
            )),
        ),
        _ => {}
    }
    if let (Some(Status::Running | Status::Planned), Some(e)) = (status, &p.end) {
        ck.error(
            f,
            e.span.clone(),
            {
                let status = status.map_or("", Status::name);
                said!(
                    "a {status} project has no `end`",
                    "ein Projekt mit status = \"{status}\" hat kein `end`"
                )
            },
            Some(said!(
                "set status = \"completed\", or remove `end`",
                "status = \"completed\" setzen oder `end` entfernen"
            )),
        );
    }
    let span_years = p
        .start
        .as_ref()
        .map(|s| (s.value, p.end.as_ref().map(|e| e.value)));

    (status, span_years)
}

/// The participants: each a member, listed once, with years that fit each other and the
/// project's. Returns the members listed.
fn check_participants<'r>(
    ck: &mut Check<'_>,
    raw: &'r RawData,
    p: &'r RawProject,
    status: Option<Status>,
    span_years: Option<(u16, Option<u16>)>,
    years: &Option<(u16, u16)>,
) -> HashMap<&'r str, Range<usize>> {
    let f = p.file;
    let mut seen: HashMap<&str, Range<usize>> =
        HashMap::with_capacity_and_hasher(p.participants.len(), Default::default());
    for x in &p.participants {
        if raw.members_file.is_some() {
            check_member_ref(ck, f, &x.member, &raw.members);
        }
        if let Some(first) = seen.get(x.member.value.as_str()) {
            let first = ck.place(f, first);
            ck.error(
                f,
                x.member.span.clone(),
                {
                    let m = &x.member.value;
                    said!("`{m}` is listed twice", "`{m}` ist zweimal aufgeführt")
                },
                Some(said!(
                    "first listed at {first}; one entry per member",
                    "zuerst aufgeführt in {first}; ein Eintrag je Mitglied"
                )),
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
                {
                    let (m, l, j) = (&x.member.value, l.value, j.value);
                    said!(
                        "`{m}` left in {l} before it joined in {j}",
                        "`{m}` schied {l} aus, bevor es {j} beitrat"
                    )
                },
                None,
            );
        }
        if let (Some(j), Some((start, _))) = (&x.joined, span_years)
            && j.value < start
        {
            ck.error(
                f,
                j.span.clone(),
                {
                    let j = j.value;
                    said!(
                        "joined in {j} before the project started in {start}",
                        "beigetreten {j}, bevor das Projekt {start} begann"
                    )
                },
                None,
            );
        }
        if let (Some(l), Some((_, Some(end)))) = (&x.left, span_years)
            && l.value > end
        {
            ck.error(
                f,
                l.span.clone(),
                {
                    let l = l.value;
                    said!(
                        "left in {l} after the project ended in {end}",
                        "ausgeschieden {l}, nachdem das Projekt {end} endete"
                    )
                },
                None,
            );
        }
    }

    seen
}

/// The reported counts: one a year, in the years the project ran, no more than the
/// members and no fewer than the members listed for that year; a count larger than the
/// names is a gap.
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
                {
                    let y = r.year.value;
                    said!("a second count for {y}", "eine zweite Anzahl für {y}")
                },
                Some(said!("first at {first}", "die erste in {first}")),
            );
        }
        if let Some((start, end)) = span_years
            && (r.year.value < start || end.is_some_and(|e| r.year.value > e))
        {
            ck.error(
                f,
                r.year.span.clone(),
                {
                    let y = r.year.value;
                    said!(
                        "a count for {y}, a year the project did not run",
                        "eine Anzahl für {y}, ein Jahr, in dem das Projekt nicht lief"
                    )
                },
                Some(fix_year_or_span()),
            );
        }
        if raw.members_file.is_some() && r.count.value as usize > members {
            ck.error(
                f,
                r.count.span.clone(),
                {
                    let n = r.count.value;
                    said!(
                        "{n} participants, but the cooperation has {members} members",
                        "{n} Teilnehmende, aber die Kooperation hat {members} Mitglieder"
                    )
                },
                None,
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
        if listed.len() < r.count.value as usize && raw.members_file.is_some() {
            let (n, y, count, id) = (listed.len(), r.year.value, r.count.value, &p.id.value);
            ck.gap(
                f,
                r.count.span.clone(),
                GapWhat::Unnamed {
                    project: id.clone(),
                    year: y,
                    count,
                    named: n,
                },
            );
        }
        if listed.len() > r.count.value as usize {
            ck.error(
                f,
                r.count.span.clone(),
                {
                    let (n, y, count) = (listed.len(), r.year.value, r.count.value);
                    said!(
                        "{n} participants are listed for {y}, more than the reported {count}",
                        "für {y} sind {n} Teilnehmende aufgeführt, mehr als die gemeldeten {count}"
                    )
                },
                Some(said!(
                    "fix the count or the list; if a member joined or left, give its `joined` or `left` year",
                    "die Anzahl oder die Liste berichtigen; ist ein Mitglied beigetreten oder ausgeschieden, sein Jahr `joined` oder `left` angeben"
                )),
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
        let (id, year) = (&p.id.value, y.value);
        ck.warning(
            p.file,
            y.span.clone(),
            said!(
                "a milestone of {year} lies outside the years of `{id}` ({shown})",
                "ein Meilenstein von {year} liegt außerhalb der Jahre von `{id}` ({shown})"
            ),
            Some(said!(
                "correct the milestone's year, or the project's `start`, `end` or `status`; what happened before or after the project belongs in its `note`",
                "das Jahr des Meilensteins berichtigen oder `start`, `end` oder `status` des Projekts; was vor oder nach dem Projekt geschah, gehört in seine `note`"
            )),
        );
    }
    let newest = raw.reports.iter().map(|r| r.year.value).max();
    if let (Status::Planned, Some(newest), Some(at)) = (status, newest, &p.status)
        && start.value < newest
    {
        let (id, start) = (&p.id.value, start.value);
        ck.warning(
            p.file,
            at.span.clone(),
            said!(
                "`{id}` is still \"planned\", but it starts in {start}, before {newest}, the year of the newest report",
                "`{id}` ist noch \"planned\", beginnt aber {start}, vor {newest}, dem Jahr des neuesten Berichts"
            ),
            Some(said!(
                "set `status` to what the sources say now: \"running\", \"completed\" or \"unknown\"",
                "`status` auf das setzen, was die Quellen jetzt sagen: \"running\", \"completed\" oder \"unknown\""
            )),
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
            {
                let m = &x.member.value;
                said!(
                    "`{m}` has both `years` and `joined` or `left`",
                    "`{m}` hat sowohl `years` als auch `joined` oder `left`"
                )
            },
            Some(said!(
                "use `years` for the years a source names it, or `joined`/`left` for a span, not both",
                "`years` für die Jahre, in denen eine Quelle es nennt, oder `joined`/`left` für einen Zeitraum, nicht beides"
            )),
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
                {
                    let y = y.value;
                    said!(
                        "{y} is listed twice in `years`",
                        "{y} steht zweimal in `years`"
                    )
                },
                None,
            );
        }
        if let (Some((start, _)), Some(last)) = (span_years, last)
            && !(start..=last).contains(&y.value)
        {
            ck.error(
                f,
                y.span.clone(),
                {
                    let (m, y) = (&x.member.value, y.value);
                    said!(
                        "`{m}` is named for {y}, a year the project did not run ({start}–{last})",
                        "`{m}` ist für {y} genannt, ein Jahr, in dem das Projekt nicht lief ({start}–{last})"
                    )
                },
                Some(fix_year_or_span()),
            );
        }
    }
}
