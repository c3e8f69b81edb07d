//! Format 2's facts of who takes part: each entry with its own sources, a member's
//! entries for years apart, and members a source says do not take part.

use super::members::check_member_ref;
use super::*;
use crate::data::raw::RawParticipant;

/// The entries of one project in format 2 (or their keys' errors in format 1, which the
/// loader reports): own sources, overlapping entries, who does not take part, and counts
/// that the members not taking part leave no room for.
pub(super) fn check_entries(
    ck: &mut Check<'_>,
    raw: &RawData,
    p: &RawProject,
    run: Option<(u16, u16)>,
    years: &Option<(u16, u16)>,
    source_ids: &HashSet<&str>,
) {
    let f = p.file;
    let format_2 = raw.format() >= 2;
    let Some((first, last)) = run.or(*years) else {
        return;
    };
    let in_years = |x: &RawParticipant| -> Vec<u16> {
        if x.years.is_empty() {
            let from = x.joined.as_ref().map_or(first, |j| j.value);
            let to = x.left.as_ref().map_or(last, |l| l.value);
            (from..=to).collect()
        } else {
            x.years.iter().map(|y| y.value).collect()
        }
    };
    // The years each member is named in, by one entry or the other.
    let mut named: HashMap<&str, Vec<(u16, Range<usize>)>> = HashMap::default();
    for x in &p.participants {
        let at = named.entry(x.member.value.as_str()).or_default();
        if format_2 {
            for y in in_years(x) {
                if let Some((_, first)) = at.iter().find(|(seen, _)| *seen == y) {
                    let first = ck.place(f, first);
                    ck.error(
                        f,
                        x.member.span.clone(),
                        TakingPartProblem::Overlap {
                            member: x.member.value.clone(),
                            year: y,
                            first,
                        },
                    );
                    break;
                }
            }
        }
        at.extend(in_years(x).into_iter().map(|y| (y, x.member.span.clone())));
        own_sources(
            ck,
            raw,
            p,
            &x.sources,
            &x.member,
            Entry::Participant,
            source_ids,
        );
    }
    let mut absent_in: HashMap<u16, HashSet<&str>> = HashMap::default();
    for a in &p.absent {
        let known = raw.members_file.is_none() || check_member_ref(ck, f, &a.member, &raw.members);
        own_sources(ck, raw, p, &a.sources, &a.member, Entry::Absent, source_ids);
        for y in &a.years {
            ck.year_in(f, &Some(y.clone()), years);
            if !(first..=last).contains(&y.value) {
                ck.error(
                    f,
                    y.span.clone(),
                    TakingPartProblem::NamedOutsideYears {
                        member: a.member.value.clone(),
                        year: y.value,
                        start: first,
                        last,
                    },
                );
                continue;
            }
            if let Some((_, yes)) = named
                .get(a.member.value.as_str())
                .and_then(|at| at.iter().find(|(seen, _)| *seen == y.value))
            {
                let first = ck.place(f, yes);
                ck.error(
                    f,
                    y.span.clone(),
                    TakingPartProblem::YesAndNo {
                        member: a.member.value.clone(),
                        year: y.value,
                        first,
                    },
                );
            } else if known {
                absent_in
                    .entry(y.value)
                    .or_default()
                    .insert(&a.member.value);
            }
        }
    }
    let members = raw.members.len();
    for r in &p.reported {
        own_count_sources(ck, raw, p, r, source_ids);
        let absent = absent_in.get(&r.year.value).map_or(0, HashSet::len);
        if raw.members_file.is_some() && absent > 0 && r.count.value as usize + absent > members {
            ck.error(
                f,
                r.count.span.clone(),
                TakingPartProblem::CountAboveAbsent {
                    year: r.year.value,
                    count: r.count.value,
                    absent,
                    members,
                },
            );
        }
    }
}

/// Which kind of entry cites its sources.
#[derive(Clone, Copy)]
enum Entry {
    Participant,
    Absent,
}

/// In format 2 an entry names its own sources: each must exist; one without them is
/// read with the project's and gets a warning and a gap.
fn own_sources(
    ck: &mut Check<'_>,
    raw: &RawData,
    p: &RawProject,
    sources: &Option<Vec<At<String>>>,
    member: &At<String>,
    entry: Entry,
    source_ids: &HashSet<&str>,
) {
    let (project, id) = (p.id.value.clone(), member.value.clone());
    let uncited = match entry {
        Entry::Participant => Uncited::Participant {
            project,
            member: id,
        },
        Entry::Absent => Uncited::Absent {
            project,
            member: id,
        },
    };
    cited(
        ck,
        raw,
        p,
        sources,
        member.span.clone(),
        uncited,
        source_ids,
    );
}

/// A reported count's own sources, as [`own_sources`].
fn own_count_sources(
    ck: &mut Check<'_>,
    raw: &RawData,
    p: &RawProject,
    r: &crate::data::raw::RawReported,
    source_ids: &HashSet<&str>,
) {
    let uncited = Uncited::Count {
        project: p.id.value.clone(),
        year: r.year.value,
    };
    cited(
        ck,
        raw,
        p,
        &r.sources,
        r.count.span.clone(),
        uncited,
        source_ids,
    );
}

fn cited(
    ck: &mut Check<'_>,
    raw: &RawData,
    p: &RawProject,
    sources: &Option<Vec<At<String>>>,
    span: Range<usize>,
    uncited: Uncited,
    source_ids: &HashSet<&str>,
) {
    match sources {
        Some(list) if raw.sources_read => ck.sources_exist(p.file, list, source_ids),
        Some(_) => {}
        None if raw.format() >= 2 => {
            ck.gap(p.file, span.clone(), GapWhat::NoSource(uncited.clone()));
            ck.warning(p.file, span, TakingPartProblem::NoOwnSource(uncited));
        }
        None => {}
    }
}
