//! What a project is: its seat, its form, its grants and its awards.

use super::members::check_member_ref;
use super::*;

/// The seat, the form, the grants and the awards of a project.
pub(super) fn check_what_it_is(
    ck: &mut Check<'_>,
    raw: &RawData,
    p: &RawProject,
    years: &Option<(u16, u16)>,
    source_ids: &HashSet<&str>,
) {
    let f = p.file;
    let mut cited: Vec<&[At<String>]> = Vec::new();
    if let Some(seat) = &p.seat {
        if let Some(m) = &seat.member
            && raw.members_file.is_some()
            && check_member_ref(ck, f, m, &raw.members)
            && !p.participants.is_empty()
            && !p.participants.iter().any(|x| x.member.value == m.value)
        {
            ck.warning(
                f,
                m.span.clone(),
                ProjectProblem::SeatNotParticipant {
                    member: m.value.clone(),
                },
            );
        }
        // A place that is a member's name is meant as that member.
        if let Some(place) = &seat.place
            && let Some(member) = raw.members.iter().find(|m| {
                folded_eq(&m.name.value, &place.value)
                    || m.aliases.iter().any(|a| folded_eq(&a.value, &place.value))
            })
        {
            ck.warning(
                f,
                place.span.clone(),
                ProjectProblem::PlaceIsMember {
                    place: place.value.clone(),
                    id: member.id.value.clone(),
                },
            );
        }
        cited.push(&seat.sources);
    }
    if let Some(form) = &p.form {
        if Form::parse(&form.name.value).is_none() {
            ck.error(
                f,
                form.name.span.clone(),
                ProjectProblem::UnknownForm {
                    name: form.name.value.clone(),
                    nearest: closest(&form.name.value, Form::ALL.map(Form::name)),
                },
            );
        }
        cited.push(&form.sources);
    }
    for g in &p.funding {
        ck.year_in(f, &g.year, years);
        cited.push(&g.sources);
    }
    for a in &p.awards {
        ck.year_in(f, &a.year, years);
        cited.push(&a.sources);
    }
    if raw.sources_read {
        for list in cited {
            ck.sources_exist(f, list, source_ids);
        }
    }
}
