//! `ikz.toml`: the format, the years the data covers, the cooperation and its steering
//! group; milestones wherever they stand.

use super::members::check_member_ref;
use super::*;

/// `ikz.toml`: the format version and the years covered. Returns the years, if valid.
pub(super) fn check_index(ck: &mut Check<'_>, raw: &RawData) -> Option<(u16, u16)> {
    let (file, ix) = raw.index.as_ref()?;
    let file = *file;
    if let Some(f) = &ix.format
        && !crate::data::FORMATS.contains(&f.value)
    {
        ck.error(
            file,
            f.span.clone(),
            FolderProblem::Format { theirs: f.value },
        );
    }
    let years = match (&ix.first_year, &ix.last_year) {
        (Some(a), Some(b)) if a.value > b.value => {
            ck.error(
                file,
                b.span.clone(),
                FolderProblem::LastBeforeFirst {
                    first: a.value,
                    last: b.value,
                },
            );
            None
        }
        (Some(a), Some(b)) => Some((a.value, b.value)),
        _ => None,
    };
    ck.year_in(file, &ix.since, &years);
    for m in &ix.milestones {
        check_milestone(ck, file, m, &years);
    }
    if let Some(st) = &ix.steering {
        ck.year_in(file, &st.formed, &years);
        check_dated(ck, file, &st.dated, &years);
        for c in &st.earlier {
            check_dated(ck, file, &c.dated, &years);
        }
        // Format 2 never shows a composition as today's: it says when a source shows it.
        let undated =
            st.dated.from.is_none() && st.dated.until.is_none() && st.dated.as_of.is_none();
        if let Some(first) = st.people.first()
            && raw.format() >= 2
            && undated
        {
            let at = first.name.span.clone();
            ck.warning(file, at, FolderProblem::UndatedComposition);
        }
        let people = st
            .people
            .iter()
            .chain(st.earlier.iter().flat_map(|c| &c.people));
        if raw.members_file.is_some() {
            for p in people {
                if let Some(m) = &p.member {
                    check_member_ref(ck, file, m, &raw.members);
                }
            }
        }
        for c in &st.earlier {
            ck.year_in(file, &Some(c.year.clone()), &years);
            if c.sources.is_empty() {
                let y = c.year.value;
                ck.gap(
                    file,
                    c.year.span.clone(),
                    GapWhat::NoSource(Uncited::Composition(y)),
                );
                ck.warning(
                    file,
                    c.year.span.clone(),
                    FolderProblem::CompositionNoSource { year: y },
                );
            }
        }
    }
    if raw.sources_read {
        let known: HashSet<&str> = raw.sources.iter().map(|s| s.id.value.as_str()).collect();
        ck.sources_exist(file, &ix.sources, &known);
        for m in &ix.milestones {
            ck.sources_exist(file, &m.sources, &known);
        }
        if let Some(st) = &ix.steering {
            ck.sources_exist(file, &st.sources, &known);
            for c in &st.earlier {
                ck.sources_exist(file, &c.sources, &known);
            }
        }
    }
    years
}

/// A milestone's year lies in the data's years; a month needs a year.
pub(super) fn check_milestone(
    ck: &mut Check<'_>,
    file: FileIdx,
    m: &crate::data::raw::RawMilestone,
    years: &Option<(u16, u16)>,
) {
    ck.year_in(file, &m.year, years);
    if let (Some(month), None) = (&m.month, &m.year) {
        ck.error(file, month.span.clone(), FolderProblem::MonthWithoutYear);
    }
}

/// A composition's `from` and `until` lie in the data's years and in order.
fn check_dated(
    ck: &mut Check<'_>,
    file: FileIdx,
    d: &crate::data::raw::RawDated,
    years: &Option<(u16, u16)>,
) {
    ck.year_in(file, &d.from, years);
    ck.year_in(file, &d.until, years);
    if let (Some(from), Some(until)) = (&d.from, &d.until)
        && until.value < from.value
    {
        ck.error(
            file,
            until.span.clone(),
            FolderProblem::UntilBeforeFrom {
                from: from.value,
                until: until.value,
            },
        );
    }
}
