//! The members: ids, names, codes, kinds and aliases that must be unique and well
//! formed; a member named anywhere must exist.

use super::*;

pub(super) fn check_members(ck: &mut Check<'_>, raw: &RawData, source_ids: &HashSet<&str>) {
    if let Some(file) = raw.members_file
        && raw.members.is_empty()
    {
        ck.error(file, 0..0, FolderProblem::NoMembers);
    }
    ck.unique(
        Unique::MemberId,
        raw.members.iter().map(|m| by_text(m.file, &m.id)),
    );
    ck.unique(
        Unique::MemberCode,
        raw.members.iter().map(|m| by_text(m.file, &m.code)),
    );
    ck.unique(
        Unique::MemberName,
        raw.members.iter().flat_map(|m| {
            std::iter::once(&m.name).chain(&m.aliases).map(move |a| {
                let shown = Cow::Borrowed(a.value.as_str());
                (m.file, a.span.clone(), shown, Cow::Owned(fold(&a.value)))
            })
        }),
    );
    for m in &raw.members {
        ck.slug(m.file, IdOf::Member, &m.id);
        let n = m.code.value.chars().count();
        if !(2..=4).contains(&n) || !m.code.value.chars().all(char::is_uppercase) {
            ck.error(
                m.file,
                m.code.span.clone(),
                FolderProblem::BadCode {
                    code: m.code.value.clone(),
                },
            );
        }
        if let Some(k) = &m.kind
            && Kind::parse(&k.value).is_none()
        {
            ck.error(
                m.file,
                k.span.clone(),
                FolderProblem::UnknownKind {
                    kind: k.value.clone(),
                    nearest: closest(&k.value, Kind::ALL.map(Kind::name)),
                },
            );
        }
        if raw.sources_read {
            ck.sources_exist(m.file, &m.sources, source_ids);
        }
        let id = &m.id.value;
        if m.kind.is_none() {
            ck.gap(
                m.file,
                m.id.span.clone(),
                GapWhat::NoKind { member: id.clone() },
            );
        }
        if m.sources.is_empty() {
            ck.gap(
                m.file,
                m.id.span.clone(),
                GapWhat::NoSource(Uncited::Member(id.clone())),
            );
        }
    }
}

/// A member id used somewhere: it must be a member; suggest the closest one.
pub(super) fn check_member_ref(
    ck: &mut Check<'_>,
    file: FileIdx,
    id: &At<String>,
    members: &[RawMember],
) -> bool {
    if ck.member_ids.contains(id.value.as_str()) {
        return true;
    }
    let by_name = members.iter().find(|m| {
        folded_eq(&m.name.value, &id.value)
            || folded_eq(&m.code.value, &id.value)
            || m.aliases.iter().any(|a| folded_eq(&a.value, &id.value))
    });
    let suggestion = by_name
        .map(|m| m.id.value.as_str())
        .or_else(|| closest(&id.value, members.iter().map(|m| m.id.value.as_str())));
    ck.error(
        file,
        id.span.clone(),
        FolderProblem::NotAMember {
            id: id.value.clone(),
            nearest: suggestion.map(str::to_string),
        },
    );
    false
}
