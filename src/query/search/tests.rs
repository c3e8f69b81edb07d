//! Ranking on the shipped data: the expected best result for real queries, German
//! spellings and typos included; highlights on umlaut text; narrowing.

use super::*;
use crate::data::{Origin, load};

fn index() -> (Model, Index) {
    let model = load(&Origin::BuiltIn).model;
    let index = Index::new(&model);
    (model, index)
}

fn best(index: &Index, q: &str) -> String {
    index
        .search(q)
        .first()
        .map_or_else(|| "(none)".into(), |h| index.name(h.item).to_string())
}

/// Real queries over the shipped data and the result each must put first: plain words,
/// word starts, umlaut spellings, codes and aliases, several words, and typos of every
/// kind. The browser's search, the matrix filter and `ikz search` all use this ranking;
/// `tests/cli.rs` and the grid tests check the table there too.
/// The ranking table: (query, name of the item it must put first); see the file.
pub fn ranking() -> Vec<(&'static str, &'static str)> {
    table(include_str!("../../../tests/fixtures/search-ranking.tsv"))
}

/// Queries and an item that must not be among their results; see the file.
pub fn noise() -> Vec<(&'static str, &'static str)> {
    table(include_str!("../../../tests/fixtures/search-noise.tsv"))
}

fn table(text: &'static str) -> Vec<(&'static str, &'static str)> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
        .collect()
}

/// Queries and an item that must not be among their results: letters scattered over
/// the words of a long text, nobody means.

#[test]
fn every_query_of_the_ranking_table_finds_its_target_first() {
    let (_, index) = index();
    assert!(ranking().len() >= 40);
    let mut wrong = Vec::new();
    for (q, want) in ranking() {
        let got = best(&index, q);
        if got != want {
            wrong.push(format!("{q:?}: want {want:?}, got {got:?}"));
        }
        // As one types it, letter by letter: the same first result.
        let mut s = Searcher::default();
        for end in q.char_indices().map(|(i, c)| i + c.len_utf8()) {
            s.update(&index, &q[..end]);
        }
        let typed = s
            .hits()
            .first()
            .map(|h| index.name(h.item))
            .unwrap_or("(none)");
        if typed != want {
            wrong.push(format!("{q:?} typed: want {want:?}, got {typed:?}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn two_letters_keep_a_result_while_the_word_is_typed() {
    let (_, index) = index();
    for q in ["inf s", "inf si", "inf sic", "inf sich"] {
        assert_eq!(best(&index, q), "Informationssicherheit", "{q}");
    }
}

#[test]
fn scattered_letters_are_no_match() {
    let (_, index) = index();
    let mut noisy = Vec::new();
    for (q, not) in noise() {
        let names: Vec<&str> = index.search(q).iter().map(|h| index.name(h.item)).collect();
        if names.contains(&not) {
            noisy.push(format!("{q:?} lists {not:?}: {names:?}"));
        }
    }
    assert!(noisy.is_empty(), "{noisy:#?}");
}

#[test]
fn every_word_must_match() {
    let (_, index) = index();
    let hits = index.search("klima xyzzy");
    assert!(hits.is_empty());
    assert!(index.search("   ").is_empty());
    // A word found only in a summary still finds the project.
    assert_eq!(best(&index, "Kompetenzstelle"), "Informationssicherheit");
}

#[test]
fn highlights_land_on_the_original_umlauts() {
    let (_, index) = index();
    let hit = index.search("klaer")[0];
    assert!(index.is_name(hit.item, hit.field));
    // K l ä r: the a and e of the query both light the ä.
    assert_eq!(index.highlight(hit.field, "klaer"), [0, 1, 2, 3]);
    assert_eq!(index.highlight(hit.field, "klar"), [0, 1, 2, 3]);
    // A query that spells "ue" lights both letters of the text's "ue".
    let hit = index.search("feuerwehr")[0];
    let shown = index.field_text(hit.field);
    let lit: String = index
        .highlight(hit.field, "feuerwehr")
        .iter()
        .filter_map(|&i| shown.chars().nth(i))
        .collect();
    assert_eq!(lit.to_lowercase(), "feuerwehr", "{shown}");
    let hit = index.search("gross")[0];
    assert_eq!(index.name(hit.item), "Groß-Gerau");
    assert_eq!(index.highlight(hit.field, "gross"), [0, 1, 2, 3]);
    let hit = index.search("inf sich")[0];
    let name: Vec<char> = index.name(hit.item).chars().collect();
    let lit: String = index
        .highlight(hit.field, "inf sich")
        .iter()
        .map(|&i| name[i])
        .collect();
    assert_eq!(lit, "Infsich");
}

#[test]
fn narrowing_gives_the_same_results_as_a_fresh_search() {
    let (_, index) = index();
    let mut s = Searcher::default();
    for q in [
        "k",
        "kl",
        "kla",
        "klae",
        "klaer",
        "klaer ",
        "klaer v",
        "klaer ve",
        "klaer verw",
    ] {
        s.update(&index, q);
        assert_eq!(s.hits(), index.search(q).as_slice(), "{q}");
    }
    s.update(&index, "kli");
    assert_eq!(s.hits(), index.search("kli").as_slice());
    s.update(&index, "");
    assert!(s.hits().is_empty());
}

#[test]
fn large_candidate_sets_use_threads_and_agree() {
    let items = (0..20_000).map(|i| {
        let name = format!("Projekt {i} Mörfelden Klärschlamm {}", i % 97);
        (Target::Year(2000), vec![(name, NAME)])
    });
    let index = Index::from_items(items.collect::<Vec<_>>());
    let all: Vec<usize> = (0..index.len()).collect();
    let threaded = index.search_in("klar 42", &all);
    let single: Vec<Hit> = {
        let mut hits = Vec::new();
        for part in all.chunks(1000) {
            hits.extend(index.search_in("klar 42", part));
        }
        hits.sort_by_key(|h| (std::cmp::Reverse(h.score), h.item));
        hits
    };
    assert_eq!(threaded, single);
    assert!(!threaded.is_empty());
}

#[test]
fn projects_are_found_by_their_form_and_by_where_their_office_sits() {
    let loaded = crate::data::load_memory(&[
        (
            "ikz.toml",
            b"format = 1\n[coverage]\nfirst_year = 2020\nlast_year = 2024\n[cooperation]\nname = \"T\"\n",
        ),
        (
            "members.toml",
            b"[[member]]\nid = \"raunheim\"\nname = \"Raunheim\"\ncode = \"RAU\"\n[[member]]\nid = \"trebur\"\nname = \"Trebur\"\ncode = \"TRE\"\n",
        ),
        (
            "projects/abwasser.toml",
            b"id = \"abwasser\"\ntitle = \"Abwasser\"\nstatus = \"running\"\nstart = 2020\nparticipants = [\"raunheim\", \"trebur\"]\nseat = { member = \"trebur\", office = \"Bauamt\" }\nform = \"Zweckverband\"\n",
        ),
        (
            "projects/bauhof.toml",
            b"id = \"bauhof\"\ntitle = \"Bauhof\"\nstatus = \"running\"\nstart = 2020\nparticipants = [\"raunheim\"]\n",
        ),
    ]);
    assert_eq!(loaded.errors(), 0, "{:?}", loaded.diagnostics);
    let index = Index::new(&loaded.model);
    let names = |q: &str| -> Vec<String> {
        index
            .search(q)
            .iter()
            .map(|h| index.name(h.item).to_string())
            .collect()
    };
    // The form by its German and its English name; nothing else says "Zweckverband".
    assert_eq!(names("zweckverband"), ["Abwasser"]);
    assert_eq!(names("special-purpose association"), ["Abwasser"]);
    // The seat: the member first, then the project its office sits with.
    assert_eq!(names("trebur"), ["Trebur", "Abwasser"]);
    assert_eq!(names("bauamt"), ["Abwasser"]);
    // Taking part alone is not a text of the project.
    assert_eq!(names("raunheim"), ["Raunheim"]);
}
