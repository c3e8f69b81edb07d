//! Search across projects, members and years, German-aware, ranked by what a match is.
//!
//! Built once per load: every searchable text gets a folded [`key::Key`] (umlauts in
//! any spelling fold alike) and the places where its words start. A query is folded the
//! same way and split into words; an item matches when every word matches one of its
//! texts, and each word's match has a kind, best first:
//!
//! - the whole text (`MW` is a member's code, `Walldorf` an alias): that item first;
//! - a whole word, then the start of a word (`klima` in "Klimaschutz"), then a piece
//!   inside the text (`schutz` in "Hinweisgeberschutz");
//! - letters in order inside one word that starts with the same letter (`bttlbrn` for
//!   "Büttelborn") — never letters scattered across the words of a long text;
//! - and, only when the query finds fewer than [`FEW`] items so, a word within one edit
//!   (a swapped pair, a missing, extra or wrong letter) of a word or its start
//!   (`kilmaschutz`), ranked below every match of the kinds above; then two letters
//!   count inside a word too (`inf si` while `sich` is typed).
//!
//! A kind's points are weighted by the text (a name counts more than a summary). Per
//! keystroke the work stays small: a query that only grew looks only at what the last
//! one matched, large candidate sets are split over the cores, and only the first
//! [`RANKED`] results are sorted at once.

pub mod key;

use std::ops::Range;

use serde::Serialize;

use crate::model::{MemberIdx, Model, ProjectIdx, SeatAt};
use key::{Key, fold_query, is_subsequence};

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

/// A ranked result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub item: usize,
    pub score: i64,
    /// The item's field where the first word matched best (the one to show).
    pub field: usize,
}

/// Weights of the kinds of text.
pub const NAME: i64 = 3;
pub const LABEL: i64 = 2;
pub const TEXT: i64 = 1;

/// Points of the kinds of match, before the weight of the text.
const WHOLE_TEXT: i64 = 100;
const WHOLE_WORD: i64 = 60;
const WORD_START: i64 = 40;
const INSIDE: i64 = 25;
const IN_ONE_WORD: i64 = 12;
const TYPO: i64 = 6;

/// Below this many results, words within one edit are tried too.
pub const FEW: usize = 5;

/// How many results are put in order at once; the rest follow when asked for.
pub const RANKED: usize = 500;

/// How one query word matched one text: its points, and the key's bytes it matched
/// (only when asked for: for a highlight, not for ranking).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Match {
    points: i64,
    at: Vec<usize>,
}

/// A folded query word, with its substring finder built once per query.
#[derive(Clone)]
struct Word {
    text: String,
    finder: memchr::memmem::Finder<'static>,
    chars: usize,
    /// The query has other words too (which keep two letters inside a word from
    /// matching anything at all).
    among_others: bool,
}

impl Word {
    fn new(text: &str, among_others: bool) -> Word {
        Word {
            text: text.to_string(),
            finder: memchr::memmem::Finder::new(text.as_bytes()).into_owned(),
            chars: text.chars().count(),
            among_others,
        }
    }
}

/// Whether a byte belongs to a word: letters and digits (any byte of a non-ASCII
/// character counts as a letter).
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// The words of a key: byte ranges of its runs of word bytes.
fn word_ranges(key: &[u8]) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = None;
    key.iter()
        .copied()
        .chain(std::iter::once(b' '))
        .enumerate()
        .filter_map(move |(i, b)| {
            if is_word_byte(b) {
                start.get_or_insert(i);
                None
            } else {
                start.take().map(|s| s..i)
            }
        })
}

/// The best match of one folded query word in one folded key, typos only if `typos`;
/// the bytes matched only if `positions`. Ranking calls it for every candidate, so the
/// common cases are found with one substring search and no allocation.
#[allow(
    clippy::indexing_slicing,
    reason = "offsets come from memmem and memchr on the same key, and stay within it"
)]
fn match_word(key: &str, q: &Word, typos: bool, positions: bool) -> Option<Match> {
    let (k, qb) = (key.as_bytes(), q.text.as_bytes());
    if qb.is_empty() || k.is_empty() {
        return None;
    }
    let span = |from: usize, len: usize| -> Vec<usize> {
        if positions {
            (from..from + len).collect()
        } else {
            Vec::new()
        }
    };
    if k == qb {
        return Some(Match {
            points: WHOLE_TEXT,
            at: span(0, qb.len()),
        });
    }
    // Where the first word starts (a key may begin with "#" or a space).
    let lead = k.iter().take_while(|&&b| !is_word_byte(b)).count();
    let mut best: Option<(i64, usize)> = None;
    for i in q.finder.find_iter(k) {
        let starts = i == 0 || !is_word_byte(k[i - 1]);
        let after = i + qb.len();
        let ends = after == k.len() || !is_word_byte(k[after]);
        let first = if i == lead { 3 } else { 0 };
        let points = if starts && ends {
            WHOLE_WORD + first
        } else if starts {
            // A tighter fit counts a little more: "klima" in "klimaschutz".
            let word_end = k[i..]
                .iter()
                .position(|&b| !is_word_byte(b))
                .map_or(k.len(), |n| i + n);
            WORD_START + first + (qb.len() * 4 / (word_end - i).max(1)) as i64
        } else if q.chars >= 3 || (typos && q.chars == 2 && q.among_others) {
            // Two letters inside a word only in the second pass, beside other words:
            // "inf si" keeps its result while "sich" is typed; "MW" stays a code.
            INSIDE
        } else {
            continue;
        };
        if best.is_none_or(|(b, _)| points > b) {
            best = Some((points, i));
        }
    }
    if let Some((points, i)) = best {
        return Some(Match {
            points,
            at: span(i, qb.len()),
        });
    }
    // Letters in order inside one word that starts with the same letter, close
    // together: "bttlbrn" in "buttelborn", not a long word spelled out.
    if q.chars >= 3 && is_subsequence(qb, k) {
        for start in memchr::memchr_iter(qb[0], k) {
            if start > 0 && is_word_byte(k[start - 1]) {
                continue;
            }
            let end = k[start..]
                .iter()
                .position(|&b| !is_word_byte(b))
                .map_or(k.len(), |n| start + n);
            if let Some(at) = in_order(&k[start..end], qb)
                && at.last().is_some_and(|&l| l < 2 * qb.len())
            {
                let first = if start == lead { 3 } else { 0 };
                return Some(Match {
                    points: IN_ONE_WORD + first,
                    at: if positions {
                        at.into_iter().map(|p| start + p).collect()
                    } else {
                        Vec::new()
                    },
                });
            }
        }
    }
    if typos && q.chars >= 4 {
        for w in word_ranges(k) {
            if let Some(len) = typo(&key[w.clone()], &q.text) {
                return Some(Match {
                    points: TYPO,
                    at: span(w.start, len),
                });
            }
        }
    }
    None
}

/// Byte offsets in `word` of the bytes of `q`, in order, if all are there (the first at
/// the word's first byte).
fn in_order(word: &[u8], q: &[u8]) -> Option<Vec<usize>> {
    let mut at = Vec::with_capacity(q.len());
    let mut from = 0;
    for &b in q {
        let i = from + memchr::memchr(b, word.get(from..)?)?;
        at.push(i);
        from = i + 1;
    }
    (at.first() == Some(&0)).then_some(at)
}

/// Whether `q` is within one edit (optimal string alignment: a swapped pair counts one)
/// of `word` or of its start; the length of the start it matched. The first letter must
/// agree, or be one of a swapped first pair: typos there are rare, and the check cheap.
fn typo(word: &str, q: &str) -> Option<usize> {
    let mut qc = q.chars();
    let (q0, q1) = (qc.next()?, qc.next()?);
    let mut wc = word.chars();
    let (w0, w1) = (wc.next()?, wc.next()?);
    if q0 != w0 && !(q0 == w1 && q1 == w0) {
        return None;
    }
    let n = q.chars().count();
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    // The word's start of about the query's length, or the whole word.
    for len in [n, n.saturating_sub(1), n + 1] {
        if len < 2 || len > chars.len() {
            continue;
        }
        let end = chars.get(len).map_or(word.len(), |&(i, _)| i);
        let start = word.get(..end)?;
        if strsim::osa_distance(start, q) <= 1 {
            return Some(end);
        }
    }
    None
}

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
        let items: Vec<(Target, Vec<(String, i64)>)> = items.into_iter().collect();
        // Folding is most of the work: side by side on all cores.
        let keys: Vec<Vec<Key>> = crate::par::map(&items, |(_, texts)| {
            texts.iter().map(|(text, _)| Key::new(text)).collect()
        });
        let mut index = Index::default();
        index
            .keys
            .reserve(keys.iter().flatten().map(|k| k.folded.len()).sum());
        for ((target, texts), keys) in items.into_iter().zip(keys) {
            let start = index.fields.len();
            for ((text, weight), k) in texts.into_iter().zip(keys) {
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
            // Its form by name (German, and English), where its office sits, its awards.
            if let Some(form) = &x.form {
                texts.push((form.value.name().to_string(), LABEL));
                texts.push((form.value.english().to_string(), TEXT));
            }
            if let Some(seat) = &x.seat {
                let at = match &seat.at {
                    SeatAt::Member(m) => model.member(*m).name.as_str(),
                    SeatAt::Place(place) => place.as_str(),
                };
                let office = seat
                    .office
                    .as_ref()
                    .map_or_else(String::new, |o| format!(", {o}"));
                texts.push((format!("{at}{office}"), TEXT));
            }
            texts.extend(x.awards.iter().map(|a| (a.name.clone(), TEXT)));
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

    /// An item's score for the query words, and the field of the first word's best
    /// match; `None` unless every word matches one of its texts.
    fn score(&self, item: usize, words: &[Word], typos: bool) -> Option<Hit> {
        let mut total = 0;
        let mut shown = None;
        for word in words {
            let mut best: Option<(i64, usize)> = None;
            for f in self.items[item].fields.clone() {
                let field = &self.fields[f];
                if let Some(m) = match_word(self.key(field), word, typos, false) {
                    let points = m.points * field.weight;
                    if best.is_none_or(|(b, _)| points > b) {
                        best = Some((points, f));
                    }
                }
            }
            let (points, field) = best?;
            total += points;
            shown.get_or_insert(field);
        }
        Some(Hit {
            item,
            score: total,
            field: shown?,
        })
    }

    /// The candidates (item numbers, ascending) that match every word, scored; split
    /// over the cores when there are many.
    fn matching(&self, words: &[Word], candidates: &[usize], typos: bool) -> Vec<Hit> {
        if words.is_empty() {
            return Vec::new();
        }
        crate::par::map_chunks(candidates, 4096, |part: &[usize]| {
            part.iter()
                .filter_map(|&i| self.score(i, words, typos))
                .collect::<Vec<Hit>>()
        })
    }

    /// Ranks the `candidates` (item numbers, ascending) for a query, best first; ties
    /// keep the items' order. An empty query matches nothing. Typos count when the
    /// query finds fewer than [`FEW`] items otherwise.
    pub fn search_in(&self, query: &str, candidates: &[usize]) -> Vec<Hit> {
        let words = words(query);
        let mut hits = self.matching(&words, candidates, false);
        if hits.len() < FEW && words.iter().any(|w| w.chars >= 2) {
            hits = self.matching(&words, candidates, true);
        }
        rank(&mut hits, usize::MAX);
        hits
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
        let key = self.key(f);
        let mut positions: Vec<usize> = Vec::new();
        for word in words(query) {
            if let Some(m) = match_word(key, &word, true, true) {
                // Byte offsets of the key → its characters → the original's, with the
                // letters the folding left out between them (the e of "ue").
                for c in
                    m.at.iter()
                        .filter_map(|&b| key.get(..b).map(|s| s.chars().count()))
                {
                    let Some(&from) = f.map.get(c) else { continue };
                    let to = f.map.get(c + 1).map_or(from + 1, |&n| n.max(from + 1));
                    positions.extend((from..to).map(|o| o as usize));
                }
            }
        }
        positions.sort_unstable();
        positions.dedup();
        positions
    }
}

/// Puts the best `n` hits first, in order (best score first; equal scores keep the
/// items' order); the rest stay behind them, unordered.
fn rank(hits: &mut [Hit], n: usize) {
    let order = |h: &Hit| (std::cmp::Reverse(h.score), h.item);
    if n < hits.len() {
        hits.select_nth_unstable_by_key(n, order);
        if let Some(top) = hits.get_mut(..n) {
            top.sort_unstable_by_key(order);
        }
    } else {
        hits.sort_unstable_by_key(order);
    }
}

/// The folded words of a query.
fn words(query: &str) -> Vec<Word> {
    let folded = fold_query(query);
    let many = folded.split_whitespace().nth(1).is_some();
    folded
        .split_whitespace()
        .map(|w| Word::new(w, many))
        .collect()
}

/// Search as one types. A query that only grew (a letter more, a word more) can only
/// match items the last one matched without typos, so only those are looked at again.
/// Only the first [`RANKED`] results are put in order at once ([`Searcher::rank_all`]
/// orders the rest, for a list scrolled that far).
#[derive(Debug, Clone, Default)]
pub struct Searcher {
    query: String,
    hits: Vec<Hit>,
    /// How many of the hits are in order.
    ranked: usize,
    /// The items the query matched without typos, ascending.
    matched: Vec<usize>,
}

impl Searcher {
    pub fn hits(&self) -> &[Hit] {
        &self.hits
    }

    /// How many hits, from the first, are in their final order.
    pub fn ranked(&self) -> usize {
        self.ranked
    }

    pub fn query(&self) -> &str {
        &self.query
    }

    pub fn update(&mut self, index: &Index, query: &str) {
        if query == self.query {
            return;
        }
        let query_words = words(query);
        // Words of one or two letters match only whole words and word starts; from three
        // on, pieces inside too: only then does a longer query match a subset.
        let grew = !self.query.trim().is_empty()
            && query.starts_with(&self.query)
            && words(&self.query).iter().all(|w| w.chars >= 3);
        let all: Vec<usize>;
        let candidates: &[usize] = if grew {
            &self.matched
        } else {
            all = (0..index.len()).collect();
            &all
        };
        let mut hits = index.matching(&query_words, candidates, false);
        let mut matched: Vec<usize> = hits.iter().map(|h| h.item).collect();
        matched.sort_unstable();
        if hits.len() < FEW && query_words.iter().any(|w| w.chars >= 2) {
            let all: Vec<usize> = (0..index.len()).collect();
            hits = index.matching(&query_words, &all, true);
        }
        self.ranked = RANKED.min(hits.len());
        rank(&mut hits, self.ranked);
        self.hits = hits;
        self.matched = matched;
        self.query = query.to_string();
    }

    /// Puts every hit in order (once the first [`RANKED`] are not enough).
    pub fn rank_all(&mut self) {
        if self.ranked < self.hits.len() {
            rank(&mut self.hits, usize::MAX);
            self.ranked = self.hits.len();
        }
    }
}

#[cfg(test)]
pub(crate) mod tests;
