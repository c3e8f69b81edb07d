//! Reading values out of a parsed TOML table while collecting every problem, each at
//! its exact place: unknown keys (with "did you mean"), missing keys, wrong types,
//! impossible years and forbidden characters in text.
//!
//! We read from toml's spanned document (`DeTable`) rather than through serde so that
//! one pass reports *all* problems of a file, not just the first.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diag::{Diagnostics, Lang, Noun, Said, Severity, SourceText, said};
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
    pub fn error(&mut self, span: Range<usize>, msg: Said, help: Option<Said>) {
        self.diags.at(self.src, Severity::Error, span, msg, help);
    }

    /// The text value, checked: a forbidden character is reported (see
    /// [`Ctx::check_text`]) and shown escaped, but the value is kept, so that a bad
    /// character in a name does not also make its member unknown everywhere.
    pub fn checked_text(&mut self, at: At<String>, multiline: bool, key: &str) -> At<String> {
        if self.check_text(&at, multiline) {
            self.check_look(&at, key);
            return at;
        }
        let value = if multiline {
            crate::text::sanitize_multiline(&at.value).into_owned()
        } else {
            crate::text::sanitize(&at.value).into_owned()
        };
        At { value, ..at }
    }

    /// Reports a character that hides in a text: an invisible one (in a name or id an
    /// error, since two names could then look the same; elsewhere a warning), or a Greek
    /// or Cyrillic letter among Latin ones in a name.
    pub fn check_look(&mut self, at: &At<String>, key: &str) {
        if at.value.is_ascii() {
            return;
        }
        let name = NAME_KEYS.contains(&key);
        let raw = self.src.text.get(at.span.clone()).unwrap_or("");
        let place = |c: char| {
            let offset = raw.find(c).map_or(at.span.start, |i| at.span.start + i);
            offset..offset + c.len_utf8()
        };
        if let Some((c, what)) = crate::text::first_invisible(&at.value) {
            let (code, en, de) = (u32::from(c), what.en, what.de);
            let severity = if name {
                Severity::Error
            } else {
                Severity::Warning
            };
            self.diags.at(
                self.src,
                severity,
                place(c),
                said!(
                    "`{key}` contains the invisible character U+{code:04X} ({en})",
                    "`{key}` enthält das unsichtbare Zeichen U+{code:04X} ({de})"
                ),
                Some(said!(
                    "delete it: it shows as nothing, yet makes the text differ; text copied from web pages or PDFs often carries it",
                    "löschen: es ist nicht zu sehen, macht den Text aber zu einem anderen; aus Webseiten oder PDFs kopierter Text bringt es oft mit"
                )),
            );
        } else if let Some(c) = name.then(|| crate::text::confusable(&at.value)).flatten() {
            let (code, greek) = (u32::from(c), ('\u{0370}'..='\u{03FF}').contains(&c));
            let (en, de) = if greek {
                ("Greek", "griechischen")
            } else {
                ("Cyrillic", "kyrillischen")
            };
            self.error(
                place(c),
                said!(
                    "`{key}` mixes Latin letters with the look-alike {en} letter `{c}` (U+{code:04X})",
                    "`{key}` mischt lateinische Buchstaben mit dem ähnlich aussehenden {de} Buchstaben `{c}` (U+{code:04X})"
                ),
                Some(said!(
                    "type the letter again on a German keyboard",
                    "den Buchstaben auf einer deutschen Tastatur neu tippen"
                )),
            );
        }
    }

    /// Reports the first forbidden character of a text value at its own position
    /// (or at the string when it was written as an escape such as `\u001b`).
    pub fn check_text(&mut self, at: &At<String>, multiline: bool) -> bool {
        // Most text is printable ASCII: no character to look at one by one.
        let plain = at
            .value
            .bytes()
            .all(|b| (0x20..0x7f).contains(&b) || (multiline && b == b'\n'));
        if plain {
            return true;
        }
        let Some(bad) = at.value.chars().find(|&c| is_forbidden(c, multiline)) else {
            return true;
        };
        let raw = self.src.text.get(at.span.clone()).unwrap_or("");
        let offset = raw.find(bad).map_or(at.span.start, |i| at.span.start + i);
        let (message, help) = if bad == '\n' {
            (
                said!(
                    "text contains a line break",
                    "der Text enthält einen Zeilenumbruch"
                ),
                said!(
                    "this field is one line; put the text on one line",
                    "dieses Feld ist einzeilig: den Text in eine Zeile schreiben"
                ),
            )
        } else {
            let name = crate::text::forbidden_name(bad);
            let (en, de) = (name.get(Lang::En), name.get(Lang::De));
            (
                said!("text contains {en}", "der Text enthält {de}"),
                crate::text::forbidden_help(bad),
            )
        };
        self.error(offset..offset + bad.len_utf8(), message, Some(help));
        false
    }
}

fn type_name(v: &DeValue<'_>) -> Noun {
    match v {
        DeValue::String(_) => A_STRING,
        DeValue::Integer(_) => AN_INTEGER,
        DeValue::Float(_) => Noun::new("a float", "eine Kommazahl"),
        DeValue::Boolean(_) => Noun::new("a boolean", "ein Wahrheitswert"),
        DeValue::Datetime(_) => Noun::new("a date", "ein Datum"),
        DeValue::Array(_) => AN_ARRAY,
        DeValue::Table(_) => A_TABLE,
    }
}

const A_STRING: Noun = Noun::new("a string", "ein Text");
const AN_INTEGER: Noun = Noun::new("an integer", "eine ganze Zahl");
const AN_ARRAY: Noun = Noun::new("an array", "eine Liste");
const A_TABLE: Noun = Noun::new("a table", "eine Tabelle");

/// The largest grant `amount` taken: a billion euros.
pub const MAX_EUROS: u64 = 1_000_000_000;

/// Reads one table; `what` names it in messages ("project", "member", …).
pub struct Fields<'t, 'i> {
    table: &'t DeTable<'i>,
    span: Range<usize>,
    what: Noun,
}

impl<'t, 'i> Fields<'t, 'i> {
    /// Starts reading a table whose allowed keys are `known`; every other key is
    /// reported at once as an error, with the nearest known key as a suggestion.
    pub fn new(
        cx: &mut Ctx<'_>,
        table: &'t DeTable<'i>,
        span: Range<usize>,
        what: Noun,
        known: &[&'static str],
    ) -> Self {
        let (en, de) = (what.en, what.de);
        for (key, _) in table.iter() {
            let name: &str = key.get_ref();
            if !known.contains(&name) {
                let help = match closest(name, known.iter().copied()) {
                    Some(k) => said!("did you mean `{k}`?", "meinten Sie `{k}`?"),
                    None => {
                        let keys = known.join(", ");
                        said!("{en} keys are: {keys}", "erlaubt sind: {keys}")
                    }
                };
                cx.error(
                    key.span(),
                    said!(
                        "unknown key `{name}` in {en}",
                        "{de}: unbekannter Schlüssel `{name}`"
                    ),
                    Some(help),
                );
            }
        }
        Fields { table, span, what }
    }

    fn get(&self, key: &str) -> Option<&'t Spanned<DeValue<'i>>> {
        self.table.get(key)
    }

    fn missing(&self, cx: &mut Ctx<'_>, key: &str) {
        let (en, de) = (self.what.en, self.what.de);
        cx.error(
            self.span.start..self.span.start,
            said!("{en} has no `{key}`", "{de}: `{key}` fehlt"),
            Some(said!(
                "add `{key} = …` to this {en}",
                "`{key} = …` hier ergänzen"
            )),
        );
    }

    fn wrong_type(&self, cx: &mut Ctx<'_>, key: &str, v: &Spanned<DeValue<'_>>, want: Noun) {
        let is = type_name(v.get_ref());
        let (want_en, is_en, want_de, is_de) = (want.en, is.en, want.de, is.de);
        cx.error(
            v.span(),
            said!(
                "`{key}` must be {want_en}, not {is_en}",
                "`{key}` muss {want_de} sein; hier steht {is_de}"
            ),
            None,
        );
    }

    /// A text value; `None` (after reporting why) when absent, of another type, empty
    /// or unsafe to show.
    pub fn opt_str(&self, cx: &mut Ctx<'_>, key: &str, multiline: bool) -> Option<At<String>> {
        let v = self.get(key)?;
        let DeValue::String(s) = v.get_ref() else {
            self.wrong_type(cx, key, v, A_STRING);
            return None;
        };
        let at = At {
            value: s.to_string(),
            span: v.span(),
        };
        if at.value.trim().is_empty() {
            cx.error(
                v.span(),
                said!("`{key}` is empty", "`{key}` ist leer"),
                Some(said!(
                    "write the text or remove the key",
                    "den Text schreiben oder den Schlüssel entfernen"
                )),
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
                    said!(
                        "`{key}` must be a count (0 or more), not {n}",
                        "`{key}` muss eine Anzahl sein (0 oder mehr), nicht {n}"
                    ),
                    None,
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

    /// A calendar year such as 2024.
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
                said!(
                    "`{key}` = {written} is written oddly for a year",
                    "`{key}` = {written} ist keine übliche Schreibweise eines Jahres"
                ),
                Some(said!(
                    "write it with four digits: {n}",
                    "mit vier Ziffern schreiben: {n}"
                )),
            );
            return None;
        }
        if !PLAUSIBLE_YEARS.contains(&n) {
            cx.error(
                v.span(),
                said!("`{key}` = {n} is not a year", "`{key}` = {n} ist kein Jahr"),
                Some(said!(
                    "write the year with four digits, such as 2024",
                    "das Jahr mit vier Ziffern schreiben, etwa 2024"
                )),
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
                    said!(
                        "`{key}` = {n} is not a month",
                        "`{key}` = {n} ist kein Monat"
                    ),
                    Some(said!(
                        "write the month as a number from 1 (January) to 12 (December)",
                        "den Monat als Zahl von 1 (Januar) bis 12 (Dezember) schreiben"
                    )),
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
                    said!(
                        "`{key}` must be a number, not a string",
                        "`{key}` muss eine Zahl sein, kein Text"
                    ),
                    Some({
                        let n = s.trim();
                        said!(
                            "write {key} = {n} without quotes",
                            "{key} = {n} ohne Anführungszeichen schreiben"
                        )
                    }),
                );
            } else {
                self.wrong_type(cx, key, v, AN_INTEGER);
            }
            return None;
        };
        // Digits that are not of the radix never get here (the TOML stage refuses them):
        // what fails is a number too large.
        let n = i64::from_str_radix(i.as_str(), i.radix()).ok();
        if n.is_none() {
            cx.error(
                v.span(),
                said!("`{key}` is too large", "`{key}` ist zu groß"),
                None,
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
                let is = type_name(other);
                let (en, de) = (is.en, is.de);
                cx.error(
                    item.span(),
                    said!(
                        "items of `{key}` must be strings, not {en}",
                        "die Einträge von `{key}` müssen Texte sein; hier steht {de}"
                    ),
                    None,
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
                let is = type_name(other);
                let (en, de) = (is.en, is.de);
                cx.error(
                    item.span(),
                    said!(
                        "items of `{key}` must be tables, not {en}",
                        "die Einträge von `{key}` müssen Tabellen sein; hier steht {de}"
                    ),
                    None,
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
            self.wrong_type(cx, key, v, AN_ARRAY);
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
                self.wrong_type(
                    cx,
                    key,
                    v,
                    Noun::new("a text or a table", "ein Text oder eine Tabelle"),
                );
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
                    said!(
                        "`{key}` must be an amount in euros (more than 0, at most a billion), not {n}",
                        "`{key}` muss ein Betrag in Euro sein (mehr als 0, höchstens eine Milliarde), nicht {n}"
                    ),
                    Some(said!(
                        "write whole euros without separators: 100000 for 100.000 €",
                        "ganze Euro ohne Trennzeichen schreiben: 100000 für 100.000 €"
                    )),
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
                self.wrong_type(cx, key, v, A_TABLE);
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
