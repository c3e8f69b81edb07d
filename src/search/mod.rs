//! Fuzzy search across projects, members and years, German-aware.
//!
//! Built once per load: every searchable text gets a folded [`key::Key`], all keys stored
//! one after the other. A query is folded the same way and split into words; an item
//! matches when every word matches one of its texts (as in fzf). Per keystroke the work
//! is kept small: a byte-subsequence check rejects most texts before the fuzzy-matcher
//! scorer runs, a query that only grew searches only the previous hits, large candidate
//! sets are split over the cores, and highlight positions are computed only for the rows
//! that are drawn ([`Index::highlight`]).

pub mod key;

use std::ops::Range;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use serde::Serialize;

use crate::model::{MemberIdx, Model, ProjectIdx};
use key::{Key, fold_query, is_subsequence};

/// The fuzzy-matcher scorer. Keys and queries are folded to lower case already, so it
/// compares characters as they are: the same scores as ignoring case, with less work.
/// `element_limit(1)` selects the crate's linear scorer, which scores the tightest
/// match it finds instead of filling a matrix for the best one: three times faster on
/// 100,000 items (see BENCHMARKS.md), with the same best results on our ranking table.
fn matcher() -> SkimMatcherV2 {
    SkimMatcherV2::default().respect_case().element_limit(1)
}

/// What a search result points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Target {
    Project(ProjectIdx),
    Member(MemberIdx),
    Year(u16),
}

/// One searchable text of an item.
#[derive(Debug, Clone)]
struct Field {
    original: String,
    /// Range of the folded key in [`Index::keys`].
    key: Range<usize>,
    /// Key character → original character.
    map: Vec<u32>,
    /// How much a match here counts: names count more than summaries.
    weight: i64,
}

#[derive(Debug, Clone)]
struct Item {
    target: Target,
    fields: Range<usize>,
}

/// The search index of one model.
#[derive(Debug, Clone, Default)]
pub struct Index {
    items: Vec<Item>,
    fields: Vec<Field>,
    /// Every folded key, one after the other.
    keys: String,
}

/// A folded query word and the least score that counts as its match.
struct Word {
    text: String,
    least: i64,
}

impl Word {
    fn new(text: &str) -> Word {
        // One character cannot be scattered; from two on, letters can.
        let least = match text.chars().count() {
            0 | 1 => i64::MIN,
            n => MIN_SCORE_PER_CHAR * n as i64,
        };
        Word {
            text: text.to_string(),
            least,
        }
    }
}

/// A ranked result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub item: usize,
    pub score: i64,
    /// The item's field where the first word matched best (the one to show).
    pub field: usize,
}

/// The least raw score per character of a query word that counts as a match: below it,
/// the letters lie scattered over a long text (a "raumfahrt" spelled out across a
/// summary), which nobody means.
pub const MIN_SCORE_PER_CHAR: i64 = 10;

/// Weights of the kinds of text.
pub const NAME: i64 = 3;
pub const LABEL: i64 = 2;
pub const TEXT: i64 = 1;

impl Index {
    /// An index of items, each given as (target, [(text, weight)]); the first text of an
    /// item is its name.
    pub fn from_items(items: impl IntoIterator<Item = (Target, Vec<(String, i64)>)>) -> Index {
        let mut index = Index::default();
        for (target, texts) in items {
            let start = index.fields.len();
            for (text, weight) in texts {
                let k = Key::new(&text);
                let from = index.keys.len();
                index.keys.push_str(&k.folded);
                index.fields.push(Field {
                    original: text,
                    key: from..index.keys.len(),
                    map: k.map,
                    weight,
                });
            }
            index.items.push(Item {
                target,
                fields: start..index.fields.len(),
            });
        }
        index
    }

    /// The index of a model: projects (title, field, summary, milestones), members (name,
    /// aliases, code) and years (year, report). Equal scores rank in this order.
    pub fn new(model: &Model) -> Index {
        // The most recent projects first: among equal scores they are what people look for.
        let mut recent: Vec<ProjectIdx> = model.project_indices().collect();
        recent.sort_by_key(|&p| std::cmp::Reverse(model.active_years(p).map(|r| *r.end())));
        let projects = recent.into_iter().map(|p| {
            let x = model.project(p);
            let mut texts = vec![(x.title.clone(), NAME)];
            texts.extend(x.field.iter().map(|f| (f.clone(), LABEL)));
            texts.extend(x.summary.iter().map(|s| (s.replace('\n', " "), TEXT)));
            texts.extend(
                x.milestones
                    .iter()
                    .map(|m| (m.text.replace('\n', " "), TEXT)),
            );
            (Target::Project(p), texts)
        });
        let members = model.member_indices().map(|m| {
            let x = model.member(m);
            let mut texts = vec![(x.name.clone(), NAME)];
            texts.extend(x.aliases.iter().map(|a| (a.clone(), LABEL)));
            texts.push((x.code.clone(), LABEL));
            (Target::Member(m), texts)
        });
        let years = model.years.clone().map(|y| {
            let mut texts = vec![(y.to_string(), NAME)];
            if let Some(r) = model.report_for(y) {
                let title = r.title.clone().unwrap_or_default();
                texts.push((
                    format!("#{} {title}", r.number).trim_end().to_string(),
                    LABEL,
                ));
            }
            (Target::Year(y), texts)
        });
        Index::from_items(projects.chain(members).chain(years).collect::<Vec<_>>())
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn target(&self, item: usize) -> Target {
        self.items[item].target
    }

    /// The name of an item (its first text).
    pub fn name(&self, item: usize) -> &str {
        let f = self.items[item].fields.start;
        self.fields.get(f).map_or("", |f| f.original.as_str())
    }

    pub fn field_text(&self, field: usize) -> &str {
        &self.fields[field].original
    }

    /// Whether a field is its item's name.
    pub fn is_name(&self, item: usize, field: usize) -> bool {
        self.items[item].fields.start == field
    }

    fn key(&self, field: &Field) -> &str {
        &self.keys[field.key.clone()]
    }

    /// Scores one item against folded query words: the sum over words of the best
    /// weighted score among its fields. `Err(true)` when every word passes the byte
    /// pre-check somewhere but some word scores too low (the item may still match a
    /// longer query), `Err(false)` when a word cannot match at all.
    fn score_item(
        &self,
        matcher: &SkimMatcherV2,
        item: usize,
        words: &[Word],
    ) -> Result<Hit, bool> {
        let fields = self.items[item].fields.clone();
        // First the cheap check of every word: an item that one word cannot match is
        // not scored for the others.
        for word in words {
            let possible = fields.clone().any(|f| {
                is_subsequence(word.text.as_bytes(), self.key(&self.fields[f]).as_bytes())
            });
            if !possible {
                return Err(false);
            }
        }
        let mut total = 0;
        let mut shown = fields.start;
        let mut scored = true;
        for (w, word) in words.iter().enumerate() {
            let mut best: Option<(i64, usize)> = None;
            for f in fields.clone() {
                let field = &self.fields[f];
                let key = self.key(field);
                if !is_subsequence(word.text.as_bytes(), key.as_bytes()) {
                    continue;
                }
                if let Some(s) = matcher
                    .fuzzy_match(key, &word.text)
                    .filter(|&s| s >= word.least)
                {
                    let s = s * field.weight;
                    if best.is_none_or(|(b, _)| s > b) {
                        best = Some((s, f));
                    }
                }
            }
            match best {
                Some((s, f)) => {
                    total += s;
                    if w == 0 {
                        shown = f;
                    }
                }
                None => scored = false,
            }
        }
        if !scored {
            return Err(true);
        }
        Ok(Hit {
            item,
            score: total,
            field: shown,
        })
    }

    /// Ranks the `candidates` (item numbers, ascending) for a query, best first; ties
    /// keep the items' order. An empty query matches nothing.
    pub fn search_in(&self, query: &str, candidates: &[usize]) -> Vec<Hit> {
        self.search_with_survivors(query, candidates).0
    }

    /// The hits, and every candidate that could still match a longer query (the hits
    /// among them): what a query that only grows needs to look at next.
    fn search_with_survivors(&self, query: &str, candidates: &[usize]) -> (Vec<Hit>, Vec<usize>) {
        let words: Vec<Word> = fold_query(query)
            .split_whitespace()
            .map(Word::new)
            .collect();
        if words.is_empty() {
            return (Vec::new(), Vec::new());
        }
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(8);
        let run = |part: &[usize]| -> (Vec<Hit>, Vec<usize>) {
            let matcher = matcher();
            let mut hits = Vec::new();
            let mut survivors = Vec::new();
            for &i in part {
                match self.score_item(&matcher, i, &words) {
                    Ok(hit) => {
                        hits.push(hit);
                        survivors.push(i);
                    }
                    Err(true) => survivors.push(i),
                    Err(false) => {}
                }
            }
            (hits, survivors)
        };
        let (mut hits, survivors) = if threads > 1 && candidates.len() >= 4096 {
            let chunk = candidates.len().div_ceil(threads);
            std::thread::scope(|s| {
                let handles: Vec<_> = candidates
                    .chunks(chunk)
                    .map(|part| s.spawn(move || run(part)))
                    .collect();
                let mut all = (Vec::new(), Vec::new());
                for h in handles {
                    let (hits, survivors) = h.join().unwrap_or_default();
                    all.0.extend(hits);
                    all.1.extend(survivors);
                }
                all
            })
        } else {
            run(candidates)
        };
        hits.sort_unstable_by_key(|h| (std::cmp::Reverse(h.score), h.item));
        (hits, survivors)
    }

    /// Ranks every item for a query.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let all: Vec<usize> = (0..self.items.len()).collect();
        self.search_in(query, &all)
    }

    /// Positions (character indices in the original text of `field`) of the characters
    /// that the query's words match there.
    pub fn highlight(&self, field: usize, query: &str) -> Vec<usize> {
        let Some(f) = self.fields.get(field) else {
            return Vec::new();
        };
        let matcher = matcher();
        let key = self.key(f);
        let mut positions: Vec<usize> = Vec::new();
        for word in fold_query(query).split_whitespace() {
            if let Some((_, idx)) = matcher.fuzzy_indices(key, word) {
                positions.extend(
                    idx.iter()
                        .filter_map(|&p| f.map.get(p).map(|&o| o as usize)),
                );
            }
        }
        positions.sort_unstable();
        positions.dedup();
        positions
    }
}

/// Search as one types: remembers the last query and its hits, so that a query that
/// only grew searches only those.
#[derive(Debug, Clone, Default)]
pub struct Searcher {
    query: String,
    hits: Vec<Hit>,
    /// The items that may match a longer query, ascending.
    survivors: Vec<usize>,
}

impl Searcher {
    pub fn hits(&self) -> &[Hit] {
        &self.hits
    }

    pub fn query(&self) -> &str {
        &self.query
    }

    /// Runs `query`, looking only at the last query's survivors when the query extends
    /// the last one (any item a longer query matches, the shorter one kept).
    pub fn update(&mut self, index: &Index, query: &str) {
        if query == self.query {
            return;
        }
        let grew = !self.query.trim().is_empty() && query.starts_with(&self.query);
        let (hits, survivors) = if grew {
            index.search_with_survivors(query, &self.survivors)
        } else {
            let all: Vec<usize> = (0..index.len()).collect();
            index.search_with_survivors(query, &all)
        };
        self.hits = hits;
        self.survivors = survivors;
        self.query = query.to_string();
    }
}

#[cfg(test)]
mod tests;
