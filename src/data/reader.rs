//! Reading values out of a parsed TOML table while collecting every problem, each at
//! its exact place: unknown keys (with "did you mean"), missing keys, wrong types,
//! impossible years and forbidden characters in text.
//!
//! We read from toml's spanned document (`DeTable`) rather than through serde so that
//! one pass reports *all* problems of a file, not just the first.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diag::{
    Diagnostics, Problem, Severity, SourceText, Table, TextProblem, ValueKind, ValueProblem,
};
use crate::text::{closest, is_forbidden};

/// A value together with the byte span it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct At<T> {
    pub value: T,
    pub span: Range<usize>,
}

/// The years any data may speak of; a number outside is a typo, not a year.
const PLAUSIBLE_YEARS: std::ops::RangeInclusive<i64> = 1900..=2200;

/// The keys whose text names or identifies something: an invisible or look-alike
/// character there is an error (see [`Ctx::check_look`]).
const NAME_KEYS: [&str; 6] = ["id", "name", "code", "aliases", "title", "member"];

/// The file being read and where its problems go.
pub struct Ctx<'a> {
    pub src: &'a SourceText<'a>,
    pub diags: &'a mut Diagnostics,
}

impl Ctx<'_> {
    pub fn error(&mut self, span: Range<usize>, problem: impl Into<Problem>) {
        self.diags.at(self.src, Severity::Error, span, problem);
    }

    /// The text value, checked: a forbidden character is reported (see
    /// [`Ctx::check_text`]) and shown escaped, but the value is kept, so that a bad
    /// character in a name does not also make its member unknown everywhere.
    pub fn checked_text(&mut self, at: At<String>, multiline: bool, key: &str) -> At<String> {
        if self.checked(&at, multiline, key) {
            return at;
        }
        let value = if multiline {
            crate::text::sanitize_multiline(&at.value).into_owned()
        } else {
            crate::text::sanitize(&at.value).into_owned()
        };
        At { value, ..at }
    }

    /// Checks a text for a forbidden character (see [`Ctx::check_text`]) and, where it
    /// has none, for one that hides (see [`Ctx::check_look`]); whether it has no
    /// forbidden one.
    pub fn checked(&mut self, at: &At<String>, multiline: bool, key: &str) -> bool {
        // Most texts have nothing to look at closer.
        if crate::text::all_ordinary(&at.value, multiline) {
            return true;
        }
        let ok = self.check_text(at, multiline, key);
        if ok {
            self.check_look(at, key);
        }
        ok
    }

    /// Reports a character that hides in a text: an invisible one (in a name or id an
    /// error, since two names could then look the same; elsewhere a warning), or a Greek
    /// or Cyrillic letter among Latin ones in a name.
    fn check_look(&mut self, at: &At<String>, key: &str) {
        // Most text is ASCII, or Latin letters with typographic signs: nothing hides there.
        if crate::text::all_ordinary(&at.value, true) {
            return;
        }
        let name = NAME_KEYS.contains(&key);
        let raw = self.src.text.get(at.span.clone()).unwrap_or("");
        let place = |c: char| {
            let offset = raw.find(c).map_or(at.span.start, |i| at.span.start + i);
            offset..offset + c.len_utf8()
        };
        if let Some((c, kind)) = crate::text::first_invisible(&at.value) {
            let severity = if name {
                Severity::Error
            } else {
                Severity::Warning
            };
            self.diags.at(
                self.src,
                severity,
                place(c),
                TextProblem::Invisible {
                    key: key.to_string(),
                    c,
                    kind,
                },
            );
        } else if let Some(c) = name.then(|| crate::text::confusable(&at.value)).flatten() {
            self.error(
                place(c),
                TextProblem::LookAlike {
                    key: key.to_string(),
                    c,
                    greek: ('\u{0370}'..='\u{03FF}').contains(&c),
                },
            );
        }
    }

    /// Reports the first forbidden character of a text value (of `key`) at its own
    /// position, or at its escape where it was written as one (`\u001b`, `\t`).
    fn check_text(&mut self, at: &At<String>, multiline: bool, key: &str) -> bool {
        // Most text is Latin letters with typographic signs: nothing is forbidden there.
        if crate::text::all_ordinary(&at.value, multiline) {
            return true;
        }
        let Some(bad) = at.value.chars().find(|&c| is_forbidden(c, multiline)) else {
            return true;
        };
        let raw = self.src.text.get(at.span.clone()).unwrap_or("");
        let (offset, len) = raw
            .find(bad)
            .map(|i| (i, bad.len_utf8()))
            .or_else(|| escape_of(raw, bad))
            .map_or((at.span.start, 1), |(i, len)| (at.span.start + i, len));
        let key = key.to_string();
        let problem = if bad == '\n' {
            TextProblem::LineBreak { key }
        } else {
            TextProblem::ForbiddenInText { key, c: bad }
        };
        self.error(offset..offset + len, problem);
        false
    }
}

/// Where `raw` (a TOML string as written) has `c` as an escape, and how long the escape
/// is: `\t`, `\n`, `\u001b`, `\U0000001B`, `\e` (hex digits in either case).
fn escape_of(raw: &str, c: char) -> Option<(usize, usize)> {
    let code = u32::from(c);
    let short = match c {
        '\t' => Some("\\t"),
        '\n' => Some("\\n"),
        '\r' => Some("\\r"),
        '\u{8}' => Some("\\b"),
        '\u{c}' => Some("\\f"),
        '\u{1b}' => Some("\\e"),
        _ => None,
    };
    let lower = raw.to_ascii_lowercase();
    [
        short.map(str::to_string),
        Some(format!("\\u{code:04x}")),
        Some(format!("\\u{code:08x}")),
    ]
    .into_iter()
    .flatten()
    .filter_map(|e| lower.find(&e).map(|i| (i, e.len())))
    .min()
}

fn type_name(v: &DeValue<'_>) -> ValueKind {
    match v {
        DeValue::String(_) => ValueKind::String,
        DeValue::Integer(_) => ValueKind::Integer,
        DeValue::Float(_) => ValueKind::Float,
        DeValue::Boolean(_) => ValueKind::Boolean,
        DeValue::Datetime(_) => ValueKind::Date,
        DeValue::Array(_) => ValueKind::Array,
        DeValue::Table(_) => ValueKind::Table,
    }
}

/// The largest grant `amount` taken: a billion euros.
pub const MAX_EUROS: u64 = 1_000_000_000;

/// Reads one table; `what` names it in messages ("project", "member", …).
pub struct Fields<'t, 'i> {
    table: &'t DeTable<'i>,
    span: Range<usize>,
    what: Table,
}

impl<'t, 'i> Fields<'t, 'i> {
    /// Starts reading a table whose allowed keys are `known`; every other key is
    /// reported at once as an error, with the nearest known key as a suggestion.
    pub fn new(
        cx: &mut Ctx<'_>,
        table: &'t DeTable<'i>,
        span: Range<usize>,
        what: Table,
        known: &'static [&'static str],
    ) -> Self {
        for (key, _) in table.iter() {
            let name: &str = key.get_ref();
            if !known.contains(&name) {
                cx.error(
                    key.span(),
                    TextProblem::UnknownKey {
                        table: what,
                        key: name.to_string(),
                        nearest: closest(name, known.iter().copied()),
                        known,
                    },
                );
            }
        }
        Fields { table, span, what }
    }

    fn get(&self, key: &str) -> Option<&'t Spanned<DeValue<'i>>> {
        self.table.get(key)
    }

    /// Notes each of `keys` that the table has as a key of format 2 (an error in a
    /// folder of format 1, see [`Diagnostics::format_2_key`]).
    pub fn format_2(&self, cx: &mut Ctx<'_>, keys: &[&'static str]) {
        for &key in keys {
            if let Some((k, _)) = self.table.get_key_value(key) {
                cx.diags.format_2_key(cx.src, k.span(), key);
            }
        }
    }

    pub fn missing(&self, cx: &mut Ctx<'_>, key: &str) {
        cx.error(
            self.span.start..self.span.start,
            TextProblem::MissingKey {
                table: self.what,
                key: key.to_string(),
            },
        );
    }

    fn wrong_type(&self, cx: &mut Ctx<'_>, key: &str, v: &Spanned<DeValue<'_>>, want: ValueKind) {
        cx.error(
            v.span(),
            TextProblem::WrongType {
                key: key.to_string(),
                want,
                is: type_name(v.get_ref()),
            },
        );
    }

    /// A text value; `None` (after reporting why) when absent, of another type, empty
    /// or unsafe to show.
    pub fn opt_str(&self, cx: &mut Ctx<'_>, key: &str, multiline: bool) -> Option<At<String>> {
        let v = self.get(key)?;
        let DeValue::String(s) = v.get_ref() else {
            self.wrong_type(cx, key, v, ValueKind::String);
            return None;
        };
        let at = At {
            value: s.to_string(),
            span: v.span(),
        };
        if at.value.trim().is_empty() {
            cx.error(
                v.span(),
                ValueProblem::Empty {
                    key: key.to_string(),
                },
            );
            return None;
        }
        Some(cx.checked_text(at, multiline, key))
    }

    pub fn req_str(&self, cx: &mut Ctx<'_>, key: &str, multiline: bool) -> Option<At<String>> {
        if self.get(key).is_none() {
            self.missing(cx, key);
        }
        self.opt_str(cx, key, multiline)
    }

    /// A non-negative integer.
    pub fn opt_count(&self, cx: &mut Ctx<'_>, key: &str) -> Option<At<u32>> {
        let v = self.get(key)?;
        let n = self.int(cx, key, v)?;
        match u32::try_from(n) {
            Ok(n) => Some(At {
                value: n,
                span: v.span(),
            }),
            Err(_) => {
                cx.error(
                    v.span(),
                    ValueProblem::NotACount {
                        key: key.to_string(),
                        n,
                    },
                );
                None
            }
        }
    }

    pub fn req_count(&self, cx: &mut Ctx<'_>, key: &str) -> Option<At<u32>> {
        if self.get(key).is_none() {
            self.missing(cx, key);
        }
        self.opt_count(cx, key)
    }

    /// `true` or `false`.
    pub fn opt_bool(&self, cx: &mut Ctx<'_>, key: &str) -> Option<At<bool>> {
        let v = self.get(key)?;
        match v.get_ref() {
            DeValue::Boolean(b) => Some(At {
                value: *b,
                span: v.span(),
            }),
            _ => {
                self.wrong_type(cx, key, v, ValueKind::Boolean);
                None
            }
        }
    }

    /// A calendar year such as 2024.
    /// Whether the table has `key`, whatever its value.
    pub fn has(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    pub fn opt_year(&self, cx: &mut Ctx<'_>, key: &str) -> Option<At<u16>> {
        let v = self.get(key)?;
        self.year_value(cx, key, v)
    }

    fn year_value(&self, cx: &mut Ctx<'_>, key: &str, v: &Spanned<DeValue<'_>>) -> Option<At<u16>> {
        let n = self.int(cx, key, v)?;
        // TOML also reads 0x7E4, +2024 and 2_024 as 2024; a year is written as one.
        let written = cx.src.text.get(v.span()).unwrap_or_default();
        if PLAUSIBLE_YEARS.contains(&n)
            && !(written.len() == 4 && written.bytes().all(|b| b.is_ascii_digit()))
        {
            cx.error(
                v.span(),
                ValueProblem::OddYear {
                    key: key.to_string(),
                    written: written.to_string(),
                    n,
                },
            );
            return None;
        }
        if !PLAUSIBLE_YEARS.contains(&n) {
            cx.error(
                v.span(),
                ValueProblem::NotAYear {
                    key: key.to_string(),
                    n,
                },
            );
            return None;
        }
        u16::try_from(n).ok().map(|y| At {
            value: y,
            span: v.span(),
        })
    }

    /// A list of years (`years = [2017, 2024]`); a missing key is an empty list.
    pub fn year_list(&self, cx: &mut Ctx<'_>, key: &str) -> Vec<At<u16>> {
        self.list(cx, key, |cx, item| self.year_value(cx, key, item))
    }

    /// A month of the year, 1 to 12.
    pub fn opt_month(&self, cx: &mut Ctx<'_>, key: &str) -> Option<At<u8>> {
        let v = self.get(key)?;
        let n = self.int(cx, key, v)?;
        match u8::try_from(n).ok().filter(|m| (1..=12).contains(m)) {
            Some(m) => Some(At {
                value: m,
                span: v.span(),
            }),
            None => {
                cx.error(
                    v.span(),
                    ValueProblem::NotAMonth {
                        key: key.to_string(),
                        n,
                    },
                );
                None
            }
        }
    }

    pub fn req_year(&self, cx: &mut Ctx<'_>, key: &str) -> Option<At<u16>> {
        if self.get(key).is_none() {
            self.missing(cx, key);
        }
        self.opt_year(cx, key)
    }

    fn int(&self, cx: &mut Ctx<'_>, key: &str, v: &Spanned<DeValue<'_>>) -> Option<i64> {
        let DeValue::Integer(i) = v.get_ref() else {
            if let DeValue::String(s) = v.get_ref()
                && s.trim().parse::<i64>().is_ok()
            {
                cx.error(
                    v.span(),
                    ValueProblem::NumberInQuotes {
                        key: key.to_string(),
                        written: s.trim().to_string(),
                    },
                );
            } else {
                self.wrong_type(cx, key, v, ValueKind::Integer);
            }
            return None;
        };
        // Digits that are not of the radix never get here (the TOML stage refuses them):
        // what fails is a number too large.
        let n = i64::from_str_radix(i.as_str(), i.radix()).ok();
        if n.is_none() {
            cx.error(
                v.span(),
                ValueProblem::NumberTooLarge {
                    key: key.to_string(),
                },
            );
        }
        n
    }

    /// A list of texts; a missing key is an empty list. Bad items are reported and left out.
    pub fn str_list(&self, cx: &mut Ctx<'_>, key: &str) -> Vec<At<String>> {
        self.list(cx, key, |cx, item| match item.get_ref() {
            DeValue::String(s) => {
                let at = At {
                    value: s.to_string(),
                    span: item.span(),
                };
                Some(cx.checked_text(at, false, key))
            }
            other => {
                cx.error(
                    item.span(),
                    TextProblem::ItemsNotStrings {
                        key: key.to_string(),
                        is: type_name(other),
                    },
                );
                None
            }
        })
    }

    /// A list of tables, written either as `[[key]]` sections or as an inline array of
    /// `{ … }` tables. Each table is read with `read`; a missing key is an empty list.
    pub fn tables<T>(
        &self,
        cx: &mut Ctx<'_>,
        key: &str,
        mut read: impl FnMut(&mut Ctx<'_>, &'t DeTable<'i>, Range<usize>) -> Option<T>,
    ) -> Vec<T> {
        self.list(cx, key, |cx, item| match item.get_ref() {
            DeValue::Table(t) => read(cx, t, item.span()),
            other => {
                cx.error(
                    item.span(),
                    TextProblem::ItemsNotTables {
                        key: key.to_string(),
                        is: type_name(other),
                    },
                );
                None
            }
        })
    }

    /// Each item of an array, read with `read`; a missing key is an empty list.
    pub fn list<T>(
        &self,
        cx: &mut Ctx<'_>,
        key: &str,
        mut read: impl FnMut(&mut Ctx<'_>, &'t Spanned<DeValue<'i>>) -> Option<T>,
    ) -> Vec<T> {
        let Some(v) = self.get(key) else {
            return Vec::new();
        };
        let DeValue::Array(items) = v.get_ref() else {
            self.wrong_type(cx, key, v, ValueKind::Array);
            return Vec::new();
        };
        // As long as the array: most lists hold no bad item, and grow no more.
        let mut list = Vec::with_capacity(items.len());
        list.extend(items.iter().filter_map(|item| read(cx, item)));
        list
    }

    /// A key written either as a text, short for the table's main key, or as a table:
    /// `seat = "raunheim"` or `[seat]` with more. `short` makes the record of the text.
    pub fn text_or_table<T>(
        &self,
        cx: &mut Ctx<'_>,
        key: &str,
        table: impl FnOnce(&mut Ctx<'_>, &'t DeTable<'i>, Range<usize>) -> Option<T>,
        short: impl FnOnce(At<String>) -> T,
    ) -> Option<T> {
        let v = self.get(key)?;
        match v.get_ref() {
            DeValue::Table(t) => table(cx, t, v.span()),
            DeValue::String(_) => self.opt_str(cx, key, false).map(short),
            _ => {
                self.wrong_type(cx, key, v, ValueKind::StringOrTable);
                None
            }
        }
    }

    /// An amount of money in whole euros, more than 0.
    pub fn req_amount(&self, cx: &mut Ctx<'_>, key: &str) -> Option<At<u64>> {
        let Some(v) = self.get(key) else {
            self.missing(cx, key);
            return None;
        };
        let n = self.int(cx, key, v)?;
        // More than a billion euros is a typo, not a grant to towns; the cap also keeps
        // every sum of grants far from overflowing.
        match u64::try_from(n).ok().filter(|&n| n > 0 && n <= MAX_EUROS) {
            Some(n) => Some(At {
                value: n,
                span: v.span(),
            }),
            None => {
                cx.error(
                    v.span(),
                    ValueProblem::NotAnAmount {
                        key: key.to_string(),
                        n,
                    },
                );
                None
            }
        }
    }

    /// A sub-table `[key]` (or `key = { … }`).
    pub fn table(&self, cx: &mut Ctx<'_>, key: &str) -> Option<(&'t DeTable<'i>, Range<usize>)> {
        let v = self.get(key)?;
        match v.get_ref() {
            DeValue::Table(t) => Some((t, v.span())),
            _ => {
                self.wrong_type(cx, key, v, ValueKind::Table);
                None
            }
        }
    }

    pub fn req_table(
        &self,
        cx: &mut Ctx<'_>,
        key: &str,
    ) -> Option<(&'t DeTable<'i>, Range<usize>)> {
        if self.get(key).is_none() {
            self.missing(cx, key);
        }
        self.table(cx, key)
    }
}
