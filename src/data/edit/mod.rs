//! Edits of the data (`ikz set`): whether a member takes part in a project in some
//! years, and how many take part in a year, each with the source that says it.
//!
//! An edit is made to the project file's text as it was written ([`splice`]): the
//! member's entries for those years are taken out of `participants` and
//! `not_participating` (an entry for a span of years is split around them), and the new
//! fact goes into one entry `{ member, years, sources }` — into an entry of the member
//! with the same one source where there is one, else a new line after the member's
//! other entries, or in the members' order. A count is `{ year, count, sources }` in
//! year order. One normal form, so that the same edit always writes the same bytes.
//! Writing it, under the folder's lock and only over the file it was based on, is
//! [`commit`]'s.

pub mod add;
pub mod commit;
pub mod plan;
pub mod splice;

use std::ops::{Range, RangeInclusive};

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use splice::{Array, ArrayChange, Doc};

/// What an edit names: a project, a member, a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Thing {
    Project,
    Member,
    Source,
}

/// Whether a member takes part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum State {
    Yes,
    No,
    /// Not known: what the file said of the years is taken out.
    Unknown,
}

/// One edit of a project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// Whether `member` (an id) takes part in the years, as `source` (an id) says.
    Takes {
        member: String,
        years: RangeInclusive<u16>,
        state: State,
        source: Option<String>,
    },
    /// How many take part in `year` (`None`: not known, the count is taken out).
    Count {
        year: u16,
        count: Option<u32>,
        source: Option<String>,
    },
}

/// What an edit needs to know of the data beyond the project's file.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The member ids in the order of `members.toml`: new entries go in this order.
    pub members: &'a [String],
    /// The project's first year, where one is known.
    pub start: Option<u16>,
    /// The last year the project is known to run (its end, or the last year a source
    /// shows it): a span of years is not split into years after it.
    pub last: Option<u16>,
}

/// Why an edit cannot be made to a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// The file is not UTF-8 TOML as the loader reads it.
    NotToml,
    /// An array's entries share lines with comments (the key): the edit would move one.
    Layout(&'static str),
}

/// The project file's bytes with the edit made; `Ok(None)` where the file says so
/// already (nothing would change).
pub fn apply(bytes: Vec<u8>, edit: &Edit, cx: &Context<'_>) -> Result<Option<Vec<u8>>, Refused> {
    let original = bytes.clone();
    let mut doc = Doc::new(bytes).ok_or(Refused::NotToml)?;
    let parsed = Parsed::of(doc.text()).ok_or(Refused::NotToml)?;
    match edit {
        Edit::Takes {
            member,
            years,
            state,
            source,
        } => {
            let years: Vec<u16> = years.clone().collect();
            takes(
                &mut doc,
                &parsed,
                member,
                &years,
                *state,
                source.as_deref(),
                cx,
            )?;
        }
        Edit::Count {
            year,
            count,
            source,
        } => counts(&mut doc, &parsed, *year, *count, source.as_deref())?,
    }
    let after = doc.finish();
    Ok((after != original).then_some(after))
}

/// `ikz.toml` saying `format = 2`, where it says an older format or none; `None`
/// where it says 2 already (or a newer one, which the loader refused).
pub fn format_2(bytes: Vec<u8>) -> Option<Vec<u8>> {
    let mut doc = Doc::new(bytes)?;
    let table = DeTable::parse(doc.text()).ok()?;
    match table.get_ref().get("format") {
        Some(v) => {
            let old = int(v.get_ref())?;
            if old >= 2 {
                return None;
            }
            doc.replace(v.span(), "2");
        }
        None => {
            // Before the first key or table, after the comments that open the file.
            let first = table
                .get_ref()
                .iter()
                .map(|(k, _)| k.span().start)
                .min()
                .unwrap_or(doc.text().len());
            let at = splice::line_start(doc.text(), first);
            doc.replace(at..at, "format = 2\n");
        }
    }
    Some(doc.finish())
}

/// An entry of `participants` or `not_participating`, as read.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    member: String,
    /// Where the entry names years: them, sorted.
    years: Vec<u16>,
    joined: Option<u16>,
    left: Option<u16>,
    sources: Option<Vec<String>>,
}

impl Entry {
    fn is_span(&self) -> bool {
        self.years.is_empty()
    }

    /// Whether it speaks of `year`.
    fn covers(&self, year: u16, cx: &Context<'_>) -> bool {
        if self.is_span() {
            self.joined.or(cx.start).is_none_or(|j| j <= year)
                && self.left.or(cx.last).is_none_or(|l| year <= l)
        } else {
            self.years.contains(&year)
        }
    }

    fn render(&self) -> String {
        let mut parts = vec![format!("member = {}", quote(&self.member))];
        if let Some(j) = self.joined {
            parts.push(format!("joined = {j}"));
        }
        if let Some(l) = self.left {
            parts.push(format!("left = {l}"));
        }
        if !self.years.is_empty() {
            let years: Vec<String> = self.years.iter().map(u16::to_string).collect();
            parts.push(format!("years = [{}]", years.join(", ")));
        }
        if let Some(s) = &self.sources {
            parts.push(format!("sources = {}", list(s)));
        }
        format!("{{ {} }}", parts.join(", "))
    }

    /// What is left of it without `years`: itself, or nothing, or the parts before and
    /// after them.
    fn without(&self, years: &[u16], cx: &Context<'_>) -> Vec<Entry> {
        let (Some(&first), Some(&last)) = (years.first(), years.last()) else {
            return vec![self.clone()];
        };
        if !self.is_span() {
            let kept: Vec<u16> = self
                .years
                .iter()
                .copied()
                .filter(|y| !years.contains(y))
                .collect();
            if kept.is_empty() {
                return Vec::new();
            }
            return vec![Entry {
                years: kept,
                ..self.clone()
            }];
        }
        let from = self.joined.or(cx.start);
        let until = self.left.or(cx.last);
        let overlaps = from.is_none_or(|f| f <= last) && until.is_none_or(|u| first <= u);
        if !overlaps {
            return vec![self.clone()];
        }
        let mut parts = Vec::new();
        if from.is_none_or(|f| f < first) {
            parts.push(Entry {
                left: Some(first.saturating_sub(1)),
                ..self.clone()
            });
        }
        if until.is_some_and(|u| last < u) {
            parts.push(Entry {
                joined: Some(last.saturating_add(1)),
                ..self.clone()
            });
        }
        parts
    }
}

/// A count of `reported`, as read.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Count {
    year: u16,
    count: u32,
    sources: Option<Vec<String>>,
}

impl Count {
    fn render(&self) -> String {
        let mut s = format!("{{ year = {}, count = {}", self.year, self.count);
        if let Some(src) = &self.sources {
            s.push_str(&format!(", sources = {}", list(src)));
        }
        s.push_str(" }");
        s
    }
}

/// What the edit needs of the project file: its arrays, their entries, and where the
/// keys a new array goes after end.
struct Parsed {
    participants: Option<(Array, Vec<Option<Entry>>)>,
    absent: Option<(Array, Vec<Option<Entry>>)>,
    reported: Option<(Array, Vec<Option<Count>>)>,
    /// The end of each root key's value, by key.
    ends: Vec<(String, usize)>,
}

impl Parsed {
    fn of(text: &str) -> Option<Parsed> {
        let doc = DeTable::parse(text).ok()?;
        let root = doc.get_ref();
        let array = |key: &str| -> Option<(Array, Vec<&Spanned<DeValue<'_>>>)> {
            let (k, v) = root.get_key_value(key)?;
            let DeValue::Array(items) = v.get_ref() else {
                return None;
            };
            let a = Array {
                key: k.span(),
                span: v.span(),
                items: items.iter().map(Spanned::span).collect(),
            };
            Some((a, items.iter().collect()))
        };
        let entries =
            |key: &str| array(key).map(|(a, items)| (a, items.into_iter().map(entry).collect()));
        let reported =
            array("reported").map(|(a, items)| (a, items.into_iter().map(count).collect()));
        let ends = root
            .iter()
            .map(|(k, v)| (k.get_ref().to_string(), v.span().end))
            .collect();
        Some(Parsed {
            participants: entries("participants"),
            absent: entries("not_participating"),
            reported,
            ends,
        })
    }

    /// Where a new array goes: after the first of `keys` the file has, else after the
    /// last of the keys that open a project.
    fn after(&self, keys: &[&str]) -> usize {
        let end = |k: &str| self.ends.iter().find(|(key, _)| key == k).map(|(_, e)| *e);
        keys.iter()
            .find_map(|k| end(k))
            .or_else(|| {
                [
                    "last_seen",
                    "end",
                    "start",
                    "status",
                    "note",
                    "summary",
                    "field",
                    "title",
                    "id",
                ]
                .iter()
                .filter_map(|k| end(k))
                .max()
            })
            .unwrap_or(0)
    }
}

fn entry(v: &Spanned<DeValue<'_>>) -> Option<Entry> {
    match v.get_ref() {
        DeValue::String(s) => Some(Entry {
            member: s.to_string(),
            years: Vec::new(),
            joined: None,
            left: None,
            sources: None,
        }),
        DeValue::Table(t) => {
            let mut years: Vec<u16> = match t.get("years").map(Spanned::get_ref) {
                Some(DeValue::Array(a)) => a.iter().filter_map(|y| year(y.get_ref())).collect(),
                _ => Vec::new(),
            };
            years.sort_unstable();
            years.dedup();
            Some(Entry {
                member: text(t.get("member")?.get_ref())?,
                years,
                joined: t.get("joined").and_then(|v| year(v.get_ref())),
                left: t.get("left").and_then(|v| year(v.get_ref())),
                sources: t.get("sources").map(|v| texts(v.get_ref())),
            })
        }
        _ => None,
    }
}

fn count(v: &Spanned<DeValue<'_>>) -> Option<Count> {
    let DeValue::Table(t) = v.get_ref() else {
        return None;
    };
    Some(Count {
        year: year(t.get("year")?.get_ref())?,
        count: u32::try_from(int(t.get("count")?.get_ref())?).ok()?,
        sources: t.get("sources").map(|v| texts(v.get_ref())),
    })
}

fn int(v: &DeValue<'_>) -> Option<i64> {
    let DeValue::Integer(i) = v else {
        return None;
    };
    i64::from_str_radix(i.as_str(), i.radix()).ok()
}

fn year(v: &DeValue<'_>) -> Option<u16> {
    u16::try_from(int(v)?).ok()
}

fn text(v: &DeValue<'_>) -> Option<String> {
    match v {
        DeValue::String(s) => Some(s.to_string()),
        _ => None,
    }
}

fn texts(v: &DeValue<'_>) -> Vec<String> {
    match v {
        DeValue::Array(a) => a.iter().filter_map(|s| text(s.get_ref())).collect(),
        _ => Vec::new(),
    }
}

/// A TOML basic string.
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| quote(s)).collect();
    format!("[{}]", quoted.join(", "))
}

/// The new forms of one array's entries: for each entry as read, what it becomes
/// (itself, nothing, or several), and new entries after an entry (or before the first).
struct Plan<T> {
    now: Vec<Vec<T>>,
    added: Vec<(Option<usize>, T)>,
}

impl<T: Clone + PartialEq> Plan<T> {
    fn of(read: &[Option<T>]) -> Plan<T> {
        Plan {
            now: read.iter().map(|e| e.iter().cloned().collect()).collect(),
            added: Vec::new(),
        }
    }

    /// The change to the array that turns `read` into this plan.
    fn change(&self, read: &[Option<T>], render: impl Fn(&T) -> String) -> ArrayChange {
        let mut change = ArrayChange::default();
        for (i, (was, now)) in read.iter().zip(&self.now).enumerate() {
            let same = match (was, now.as_slice()) {
                (Some(w), [n]) => w == n,
                (None, _) => true,
                _ => false,
            };
            if same {
                continue;
            }
            match now.split_first() {
                None => change.remove.push(i),
                Some((first, rest)) => {
                    change.replace.push((i, render(first)));
                    change
                        .insert
                        .extend(rest.iter().map(|e| (Some(i), render(e))));
                }
            }
        }
        change
            .insert
            .extend(self.added.iter().map(|(at, e)| (*at, render(e))));
        change
    }
}

fn takes(
    doc: &mut Doc,
    parsed: &Parsed,
    member: &str,
    years: &[u16],
    state: State,
    source: Option<&str>,
    cx: &Context<'_>,
) -> Result<(), Refused> {
    let read_p = parsed.participants.as_ref().map_or(&[][..], |(_, e)| e);
    let read_n = parsed.absent.as_ref().map_or(&[][..], |(_, e)| e);
    let mut plan_p = Plan::of(read_p);
    let mut plan_n = Plan::of(read_n);
    let target_is_p = state == State::Yes;
    let target_read = if target_is_p { read_p } else { read_n };
    // The years by the sources that are to say them. A year the data says already as the
    // edit does keeps its sources, with this one added (none where it is among them); a
    // year that changes is said by this source alone.
    let mut groups: Vec<(Option<Vec<String>>, Vec<u16>)> = Vec::new();
    for &y in years {
        let sources = match (state, source) {
            (State::Unknown, _) | (_, None) => None,
            (_, Some(x)) => {
                let prior = target_read
                    .iter()
                    .flatten()
                    .find(|e| e.member == member && e.covers(y, cx))
                    .map(|e| e.sources.clone());
                Some(match prior {
                    Some(Some(s)) if s.iter().any(|p| p == x) => continue,
                    Some(Some(mut s)) => {
                        s.push(x.to_string());
                        s
                    }
                    _ => vec![x.to_string()],
                })
            }
        };
        match groups.iter_mut().find(|(s, _)| *s == sources) {
            Some((_, ys)) => ys.push(y),
            None => groups.push((sources, vec![y])),
        }
    }
    for (sources, ys) in groups {
        // The entry the years go into: the member's entry of years from these sources.
        let into = |e: &Entry| e.member == member && !e.is_span() && e.sources == sources;
        for (plan, is_p) in [(&mut plan_p, true), (&mut plan_n, false)] {
            let target = state != State::Unknown && is_p == target_is_p;
            for now in &mut plan.now {
                *now = now
                    .iter()
                    .flat_map(|e| {
                        if e.member != member || (target && into(e)) {
                            vec![e.clone()]
                        } else {
                            e.without(&ys, cx)
                        }
                    })
                    .collect();
            }
        }
        let target = match state {
            State::Yes => Some((&mut plan_p, read_p)),
            State::No => Some((&mut plan_n, read_n)),
            State::Unknown => None,
        };
        if let Some((plan, read)) = target {
            let new = Entry {
                member: member.to_string(),
                years: ys.clone(),
                joined: None,
                left: None,
                sources: sources.clone(),
            };
            if let Some(e) = plan.now.iter_mut().flatten().find(|e| into(e)) {
                e.years.extend_from_slice(&ys);
                e.years.sort_unstable();
                e.years.dedup();
            } else if let Some(slot) = emptied(read, &plan.now, member) {
                // In the place (and beside the comment) of an entry of the member that
                // the edit emptied.
                if let Some(n) = plan.now.get_mut(slot) {
                    *n = vec![new];
                }
            } else {
                plan.added.push((anchor(read, member, cx.members), new));
            }
        }
    }
    let keys = [
        // `participants` after the keys that open a project; `not_participating`
        // after the participants.
        ("participants", &parsed.participants, plan_p, &[][..]),
        (
            "not_participating",
            &parsed.absent,
            plan_n,
            &["participants"][..],
        ),
    ];
    for (key, read, plan, after) in keys {
        let entries = read.as_ref().map_or(&[][..], |(_, e)| e);
        let change = plan.change(entries, Entry::render);
        match read {
            Some((array, _)) => {
                splice::change_array(doc, array, &change).map_err(|_| Refused::Layout(key))?;
            }
            None if !change.insert.is_empty() => {
                let entries: Vec<String> = change.insert.into_iter().map(|(_, e)| e).collect();
                splice::new_array(doc, parsed.after(after), key, &entries);
            }
            None => {}
        }
    }
    Ok(())
}

/// The first entry of `member` that the edit left with no years.
fn emptied(read: &[Option<Entry>], now: &[Vec<Entry>], member: &str) -> Option<usize> {
    read.iter()
        .zip(now)
        .position(|(was, now)| was.as_ref().is_some_and(|e| e.member == member) && now.is_empty())
}

/// After which entry a new one of `member` goes: after the member's last, else after
/// the last of a member before it in the members' order, else first.
fn anchor(read: &[Option<Entry>], member: &str, members: &[String]) -> Option<usize> {
    let rank = |id: &str| members.iter().position(|m| m == id);
    let own = read
        .iter()
        .rposition(|e| e.as_ref().is_some_and(|e| e.member == member));
    own.or_else(|| {
        let mine = rank(member)?;
        read.iter().rposition(|e| {
            e.as_ref()
                .and_then(|e| rank(&e.member))
                .is_some_and(|r| r < mine)
        })
    })
}

fn counts(
    doc: &mut Doc,
    parsed: &Parsed,
    year: u16,
    count: Option<u32>,
    source: Option<&str>,
) -> Result<(), Refused> {
    let read = parsed.reported.as_ref().map_or(&[][..], |(_, c)| c);
    let mut plan = Plan::of(read);
    // The same count from another source: said by both.
    let sources = match (read.iter().flatten().find(|c| c.year == year), source) {
        (Some(c), Some(x)) if Some(c.count) == count => match &c.sources {
            Some(s) if s.iter().any(|p| p == x) => return Ok(()),
            Some(s) => Some(s.iter().cloned().chain([x.to_string()]).collect()),
            None => Some(vec![x.to_string()]),
        },
        _ => source.map(|s| vec![s.to_string()]),
    };
    let new = count.map(|count| Count {
        year,
        count,
        sources,
    });
    let mut placed = false;
    for now in &mut plan.now {
        if now.first().is_some_and(|c| c.year == year) {
            *now = if placed {
                Vec::new()
            } else {
                new.iter().cloned().collect()
            };
            placed = true;
        }
    }
    if let Some(new) = new
        && !placed
    {
        let at = read
            .iter()
            .rposition(|c| c.as_ref().is_some_and(|c| c.year < year));
        plan.added.push((at, new));
    }
    let change = plan.change(read, Count::render);
    match &parsed.reported {
        Some((array, _)) => {
            splice::change_array(doc, array, &change).map_err(|_| Refused::Layout("reported"))?;
        }
        None if !change.insert.is_empty() => {
            let entries: Vec<String> = change.insert.into_iter().map(|(_, e)| e).collect();
            let at = parsed.after(&["not_participating", "participants"]);
            splice::new_array(doc, at, "reported", &entries);
        }
        None => {}
    }
    Ok(())
}

/// The span of a root key's value in a file's text (for messages).
pub fn value_span(text: &str, key: &str) -> Option<Range<usize>> {
    let doc = DeTable::parse(text).ok()?;
    doc.get_ref().get(key).map(Spanned::span)
}

#[cfg(test)]
mod tests;
