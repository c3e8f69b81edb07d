//! The members: ids, names, codes, kinds and aliases that must be unique and well
//! formed; a member named anywhere must exist.

use super::*;

pub(super) fn check_members(ck: &mut Check<'_>, raw: &RawData, source_ids: &HashSet<&str>) {
    if let Some(file) = raw.members_file
        && raw.members.is_empty()
    {
        ck.error(
            file,
            0..0,
            said!(
                "members.toml lists no member",
                "members.toml nennt kein Mitglied"
            ),
            Some(said!(
                "add [[member]] sections",
                "Abschnitte [[member]] ergänzen"
            )),
        );
    }
    ck.unique(
        Noun::new("member id", "Mitglieds-ID"),
        raw.members.iter().map(|m| by_text(m.file, &m.id)),
    );
    ck.unique(
        Noun::new("member code", "Mitgliedskürzel"),
        raw.members.iter().map(|m| by_text(m.file, &m.code)),
    );
    ck.unique(
        Noun::new("member name or alias", "Mitgliedsname oder anderer Name"),
        raw.members.iter().flat_map(|m| {
            std::iter::once(&m.name).chain(&m.aliases).map(move |a| {
                let shown = Cow::Borrowed(a.value.as_str());
                (m.file, a.span.clone(), shown, Cow::Owned(fold(&a.value)))
            })
        }),
    );
    for m in &raw.members {
        ck.slug(m.file, Noun::new("member", "Mitglieds"), &m.id);
        let n = m.code.value.chars().count();
        if !(2..=4).contains(&n) || !m.code.value.chars().all(char::is_uppercase) {
            ck.error(
                m.file,
                m.code.span.clone(),
                {
                    let code = &m.code.value;
                    said!(
                        "code `{code}` must be 2 to 4 capital letters",
                        "das Kürzel `{code}` muss aus 2 bis 4 Großbuchstaben bestehen"
                    )
                },
                Some(said!(
                    "such as \"GG\" or \"RÜS\"; it heads the member's column",
                    "etwa \"GG\" oder \"RÜS\"; es steht über der Spalte des Mitglieds"
                )),
            );
        }
        if let Some(k) = &m.kind
            && Kind::parse(&k.value).is_none()
        {
            let names = Kind::ALL.map(Kind::name);
            let help = closest(&k.value, names).map_or_else(
                || one_of(&names, ""),
                |c| said!("did you mean \"{c}\"?", "meinten Sie \"{c}\"?"),
            );
            let kind = &k.value;
            ck.error(
                m.file,
                k.span.clone(),
                said!("unknown kind \"{kind}\"", "unbekannte Art \"{kind}\""),
                Some(help),
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
    let help = suggestion.map_or_else(
        || {
            said!(
                "use an id from members.toml",
                "eine ID aus members.toml verwenden"
            )
        },
        |s| said!("did you mean `{s}`?", "meinten Sie `{s}`?"),
    );
    let (span, id) = (id.span.clone(), &id.value);
    ck.error(
        file,
        span,
        said!("`{id}` is not a member", "`{id}` ist kein Mitglied"),
        Some(help),
    );
    false
}
