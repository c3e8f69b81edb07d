//! Finding a member or a project from what a person types: an id, a short code, a name,
//! an alias, part of a title, or a fuzzy query. German-aware: "moerfelden", "morfelden"
//! and "Mörfelden" find the same member.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use crate::model::{MemberIdx, Model, ProjectIdx};
use crate::text::{fold, fold_plain, folded_contains, folded_eq};

/// What a query found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found<T> {
    One(T),
    /// Several fit equally well: the candidates, best first.
    Many(Vec<T>),
    None,
}

/// Finds a member by id, code, name or alias (exactly, then as part, then fuzzily).
pub fn member(model: &Model, query: &str) -> Found<MemberIdx> {
    if let Some(m) = model.member_by_id(query) {
        return Found::One(m);
    }
    let keys = model.member_indices().map(|i| {
        let m = model.member(i);
        let mut k = vec![m.id.as_str(), m.code.as_str(), m.name.as_str()];
        k.extend(m.aliases.iter().map(String::as_str));
        (i, k)
    });
    best(keys.collect(), query)
}

/// Finds a project by id or title (exactly, then as part, then fuzzily).
pub fn project(model: &Model, query: &str) -> Found<ProjectIdx> {
    if let Some(p) = model.project_by_id(query) {
        return Found::One(p);
    }
    let keys = model.project_indices().map(|i| {
        let p = model.project(i);
        (i, vec![p.id.as_str(), p.title.as_str()])
    });
    best(keys.collect(), query)
}

/// The items whose keys match the query best: exact matches beat parts, parts beat
/// fuzzy matches; within one level, one match is an answer and several are a choice.
fn best<T: Copy>(items: Vec<(T, Vec<&str>)>, query: &str) -> Found<T> {
    let query = query.trim();
    if query.is_empty() {
        return Found::None;
    }
    let exact: Vec<T> = items
        .iter()
        .filter(|(_, keys)| keys.iter().any(|k| folded_eq(k, query)))
        .map(|(i, _)| *i)
        .collect();
    if !exact.is_empty() {
        return one_or_many(exact);
    }
    let part: Vec<T> = items
        .iter()
        .filter(|(_, keys)| keys.iter().any(|k| folded_contains(k, query)))
        .map(|(i, _)| *i)
        .collect();
    if !part.is_empty() {
        return one_or_many(part);
    }
    let matcher = SkimMatcherV2::default();
    let (q, qp) = (fold(query), fold_plain(query));
    let mut scored: Vec<(i64, T)> = items
        .iter()
        .filter_map(|(i, keys)| {
            keys.iter()
                .filter_map(|k| {
                    let a = matcher.fuzzy_match(&fold(k), &q);
                    let b = matcher.fuzzy_match(&fold_plain(k), &qp);
                    a.max(b)
                })
                .max()
                .map(|s| (s, *i))
        })
        .collect();
    scored.sort_by_key(|&(s, _)| std::cmp::Reverse(s));
    one_or_many(scored.into_iter().map(|(_, i)| i).collect())
}

fn one_or_many<T>(mut v: Vec<T>) -> Found<T> {
    match v.len() {
        0 => Found::None,
        1 => Found::One(v.remove(0)),
        _ => Found::Many(v),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Origin, load};

    fn code(model: &Model, q: &str) -> String {
        match member(model, q) {
            Found::One(m) => model.member(m).code.clone(),
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn members_by_id_code_name_alias_and_fuzzy() {
        let m = load(&Origin::BuiltIn).model;
        assert_eq!(code(&m, "moerfelden-walldorf"), "MW");
        assert_eq!(code(&m, "MW"), "MW");
        assert_eq!(code(&m, "walldorf"), "MW");
        assert_eq!(code(&m, "Mörfelden"), "MW");
        assert_eq!(code(&m, "morf"), "MW");
        assert_eq!(code(&m, "moerf"), "MW");
        assert_eq!(code(&m, "Rüsselsheim"), "RÜS");
        assert_eq!(code(&m, "russ"), "RÜS");
        assert_eq!(code(&m, "ruess"), "RÜS");
        assert_eq!(code(&m, "gustavsburg"), "GIG");
        // The town, not the Kreis, although both names contain it.
        assert_eq!(code(&m, "gross-gerau"), "GG");
        assert_eq!(code(&m, "GROSS-GERAU"), "GG");
        assert_eq!(member(&m, "Frankfurt"), Found::None);
        assert_eq!(member(&m, "   "), Found::None);
        assert!(matches!(member(&m, "heim"), Found::Many(v) if v.len() >= 4));
    }

    #[test]
    fn projects_by_id_title_part_and_fuzzy() {
        let m = load(&Origin::BuiltIn).model;
        let id = |q: &str| match project(&m, q) {
            Found::One(p) => m.project(p).id.clone(),
            other => format!("{other:?}"),
        };
        assert_eq!(id("klimaschutz"), "klimaschutz");
        assert_eq!(id("Hitzeaktionsplanung"), "hitzeaktionsplanung");
        assert_eq!(id("feuerwehr"), "feuerwehrbedarf");
        assert_eq!(id("klärschlammverwertung"), "klaerschlammverwertung");
        assert_eq!(id("hinwgeb"), "hinweisgeberschutz");
        match project(&m, "klaer") {
            Found::Many(v) => assert_eq!(v.len(), 2),
            other => panic!("{other:?}"),
        }
    }
}
