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

/// A weighted score and the field of the first word's best match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Scored {
    score: i64,
    field: usize,
}

impl Scored {
    /// The score of the words so far and one more; `None` if either scored too low.
    /// The field stays that of the first word (`usize::MAX` stands for none yet).
    fn add(so_far: Option<Scored>, next: Option<Scored>) -> Option<Scored> {
        let (h, n) = (so_far?, next?);
        Some(Scored {
            score: h.score + n.score,
            field: if h.field == usize::MAX {
                n.field
            } else {
                h.field
            },
        })
    }
}

/// An item that may match the current query or a longer one: its score for the words
/// before the last (`head`) and for all words (`full`); `None` where a word scored too low.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Survivor {
    item: usize,
    head: Option<Scored>,
    full: Option<Scored>,
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

// `from_items` builds the items, their fields and the keys' text together: every range
// or index kept in one points into the others, so indexing them cannot fail.
#[allow(
    clippy::indexing_slicing,
    reason = "items, fields and keys are built together"
)]
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
    /// The field that holds an item's name (its first text).
    pub fn name_field(&self, item: usize) -> Option<usize> {
        let fields = self.items.get(item)?.fields.clone();
        (!fields.is_empty()).then_some(fields.start)
    }

    pub fn is_name(&self, item: usize, field: usize) -> bool {
        self.items[item].fields.start == field
    }

    fn key(&self, field: &Field) -> &str {
        &self.keys[field.key.clone()]
    }

    /// The best weighted score of one word among an item's fields: `Err(())` when no
    /// field passes the byte pre-check, `Ok(None)` when the word scores too low.
    fn score_word(
        &self,
        matcher: &SkimMatcherV2,
        item: usize,
        word: &Word,
    ) -> Result<Option<Scored>, ()> {
        let mut possible = false;
        let mut best: Option<Scored> = None;
        for f in self.items[item].fields.clone() {
            let field = &self.fields[f];
            let key = self.key(field);
            if !is_subsequence(word.text.as_bytes(), key.as_bytes()) {
                continue;
            }
            possible = true;
            if let Some(s) = matcher
                .fuzzy_match(key, &word.text)
                .filter(|&s| s >= word.least)
            {
                let score = s * field.weight;
                if best.is_none_or(|b| score > b.score) {
                    best = Some(Scored { score, field: f });
                }
            }
        }
        if possible { Ok(best) } else { Err(()) }
    }

    /// Whether an item can still match the words, and its scores. `head` is what is
    /// already known of the words before the last (from the previous keystroke), if so.
    fn survive(
        &self,
        matcher: &SkimMatcherV2,
        item: usize,
        words: &[Word],
        head: Option<Option<Scored>>,
    ) -> Option<Survivor> {
        let (last, before) = words.split_last()?;
        let head = match head {
            Some(known) => known,
            None => {
                // The cheap check of every word first: an item that one word cannot
                // match is not scored for the others.
                let fields = self.items[item].fields.clone();
                let all_possible = words.iter().all(|w| {
                    fields.clone().any(|f| {
                        is_subsequence(w.text.as_bytes(), self.key(&self.fields[f]).as_bytes())
                    })
                });
                if !all_possible {
                    return None;
                }
                let mut head = Some(Scored {
                    score: 0,
                    field: usize::MAX,
                });
                for word in before {
                    let scored = self.score_word(matcher, item, word).ok()?;
                    head = Scored::add(head, scored);
                }
                head
            }
        };
        let last = self.score_word(matcher, item, last).ok()?;
        let full = Scored::add(head, last);
        Some(Survivor { item, head, full })
    }

    /// Ranks the `candidates` (item numbers, ascending) for a query, best first; ties
    /// keep the items' order. An empty query matches nothing.
    pub fn search_in(&self, query: &str, candidates: &[usize]) -> Vec<Hit> {
        let words = words(query);
        let candidates: Vec<(usize, Option<Option<Scored>>)> =
            candidates.iter().map(|&i| (i, None)).collect();
        hits_of(&self.survivors(&words, &candidates))
    }

    /// Every candidate that may match the words or a longer query, with its scores;
    /// split over the cores when there are many.
    fn survivors(
        &self,
        words: &[Word],
        candidates: &[(usize, Option<Option<Scored>>)],
    ) -> Vec<Survivor> {
        if words.is_empty() {
            return Vec::new();
        }
        let run = |part: &[(usize, Option<Option<Scored>>)]| -> Vec<Survivor> {
            let matcher = matcher();
            part.iter()
                .filter_map(|&(i, head)| self.survive(&matcher, i, words, head))
                .collect()
        };
        crate::par::map_chunks(candidates, 4096, run)
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

/// The folded words of a query.
fn words(query: &str) -> Vec<Word> {
    fold_query(query)
        .split_whitespace()
        .map(Word::new)
        .collect()
}

/// The hits among survivors, best first; equal scores keep the items' order.
fn hits_of(survivors: &[Survivor]) -> Vec<Hit> {
    let mut hits: Vec<Hit> = survivors
        .iter()
        .filter_map(|s| {
            s.full.map(|f| Hit {
                item: s.item,
                score: f.score,
                field: f.field,
            })
        })
        .collect();
    hits.sort_unstable_by_key(|h| (std::cmp::Reverse(h.score), h.item));
    hits
}

/// Search as one types. Typing only ever adds to the query, so the next query can only
/// match items the last one kept (its survivors), and the words before the last one are
/// unchanged: their scores are kept, and only the last word is scored again.
#[derive(Debug, Clone, Default)]
pub struct Searcher {
    query: String,
    words: Vec<String>,
    hits: Vec<Hit>,
    survivors: Vec<Survivor>,
}

impl Searcher {
    pub fn hits(&self) -> &[Hit] {
        &self.hits
    }

    pub fn query(&self) -> &str {
        &self.query
    }

    pub fn update(&mut self, index: &Index, query: &str) {
        if query == self.query {
            return;
        }
        let words = words(query);
        let texts: Vec<String> = words.iter().map(|w| w.text.clone()).collect();
        if texts == self.words && !texts.is_empty() {
            // Only spaces changed ("gross" → "gross "): the same words, the same results.
            self.query = query.to_string();
            return;
        }
        let grew = !self.query.trim().is_empty() && query.starts_with(&self.query);
        let candidates: Vec<(usize, Option<Option<Scored>>)> = if grew {
            let (n, old) = (texts.len(), &self.words);
            // What is known of the words before the last: the same words scored before.
            let head = texts.split_last().map(|(_, head)| head);
            let same_head = old.len() == n && head.is_some_and(|h| old.starts_with(h));
            let one_more = old.len() + 1 == n && head.is_some_and(|h| old.as_slice() == h);
            self.survivors
                .iter()
                .map(|s| {
                    let head = if same_head {
                        Some(s.head)
                    } else if one_more {
                        Some(s.full)
                    } else {
                        None
                    };
                    (s.item, head)
                })
                .collect()
        } else {
            (0..index.len()).map(|i| (i, None)).collect()
        };
        self.survivors = index.survivors(&words, &candidates);
        self.hits = hits_of(&self.survivors);
        self.words = texts;
        self.query = query.to_string();
    }
}

#[cfg(test)]
mod tests;
