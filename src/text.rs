//! Small text helpers shared by loading, the command line and the terminal app:
//! making text safe for a terminal, German-aware folding for matching, and "did you mean".

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

mod ascii;
mod cells;
pub use ascii::{
    AsciiLines, Glyphs, ascii_fallback, ascii_output, ascii_text, set_ascii_output, utf8_locale,
    widen_letters,
};
pub use cells::{as_terminals_count, per_code_point};

/// Characters that must never reach a terminal from a data file: C0 and C1 control
/// characters (escape sequences start with one) and the invisible direction controls
/// (overrides, isolates and marks), which reorder what is shown. A line break is allowed
/// where the caller says so.
pub fn is_forbidden(c: char, allow_newline: bool) -> bool {
    if c == '\n' {
        return !allow_newline;
    }
    c.is_control() || is_direction_control(c)
}

/// Whether a character is one of the ordinary ones of text in Latin script: printable
/// ASCII, the signs and letters of Latin-1 and Latin Extended-A and -B (but the soft
/// hyphen), the euro sign, and the dashes, quotes and marks of General Punctuation (but
/// its invisible, separating and direction characters). None of them is forbidden,
/// invisible or a look-alike: the checks of a text look no further when all its
/// characters are ordinary.
pub fn is_ordinary(c: char) -> bool {
    matches!(
        c,
        ' '..='~'
            | '\u{A0}'..='\u{AC}'
            | '\u{AE}'..='\u{24F}'
            | '\u{2010}'..='\u{2027}'
            | '\u{2030}'..='\u{205E}'
            | '\u{20AC}'
    )
}

/// Whether every character of `s` is ordinary (see [`is_ordinary`]), or a line break
/// where `line_breaks` allows one: then a text needs no closer look. Most of the data is
/// printable ASCII, which is tested 16 bytes at a time without a branch per byte; from
/// the first piece with anything else on, character by character.
pub fn all_ordinary(s: &str, line_breaks: bool) -> bool {
    let printable = |b: u8| (0x20..0x7f).contains(&b) | (line_breaks & (b == b'\n'));
    let ascii = s
        .as_bytes()
        .chunks(16)
        .take_while(|piece| piece.iter().fold(true, |all, &b| all & printable(b)))
        .count()
        * 16;
    // All before `ascii` is ASCII: it is the start of a character.
    s.get(ascii.min(s.len())..)
        .unwrap_or(s)
        .chars()
        .all(|c| is_ordinary(c) || (line_breaks && c == '\n'))
}

/// The invisible characters that change the direction of text: marks (LRM, RLM, ALM),
/// embeddings and overrides, isolates.
pub fn is_direction_control(c: char) -> bool {
    matches!(
        c,
        '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// The kinds of character a text may hide, by Unicode's own properties: they show as
/// nothing (or as whatever a font puts there) yet make two texts differ, so an id and its
/// suggestion, or two names, look the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Invisible {
    /// A format character (general category Cf): the zero-width space and joiners, the
    /// soft hyphen, the byte-order mark, the tag characters, the Arabic number signs.
    Format,
    /// Default-ignorable, though no format character: the variation selectors, the
    /// Hangul fillers, the combining grapheme joiner.
    Ignorable,
    /// A line or paragraph separator (Zl, Zp): a line break that shows as none.
    Separator,
    /// A private-use character (Co): it shows as whatever a font puts there.
    PrivateUse,
    /// A noncharacter (U+FFFE, U+FDD0 …): never meant for text.
    Noncharacter,
}

/// Which kind of invisible character `c` is, if it is one (see [`Invisible`]).
pub fn invisible(c: char) -> Option<Invisible> {
    use icu_properties::props::{
        DefaultIgnorableCodePoint, GeneralCategory as G, NoncharacterCodePoint,
    };
    use icu_properties::{CodePointMapData, CodePointSetData};
    // Letters, digits and the usual signs of the Latin scripts are none of them.
    if is_ordinary(c) || c == '\n' {
        return None;
    }
    match CodePointMapData::<G>::new().get(c) {
        G::Format => return Some(Invisible::Format),
        G::LineSeparator | G::ParagraphSeparator => return Some(Invisible::Separator),
        G::PrivateUse => return Some(Invisible::PrivateUse),
        _ => {}
    }
    if CodePointSetData::new::<NoncharacterCodePoint>().contains(c) {
        Some(Invisible::Noncharacter)
    } else if CodePointSetData::new::<DefaultIgnorableCodePoint>().contains(c) {
        Some(Invisible::Ignorable)
    } else {
        None
    }
}

/// The first invisible character of a text (see [`invisible`]), with its kind. What an
/// emoji is made of is not counted: a zero-width joiner between two pictures (👩‍👧, also
/// after a skin tone or an emoji selector: 👩🏽‍💻, 🏳️‍🌈), a variation selector after a
/// character that can be an emoji (❤️; a digit, `#` or `*` only as a keycap, 1️⃣), the tag
/// characters of a subdivision's flag (🏴, tags, the cancel tag).
pub fn first_invisible(s: &str) -> Option<(char, Invisible)> {
    use icu_properties::CodePointSetData;
    use icu_properties::props::{Emoji, ExtendedPictographic};
    let picture = |c: Option<&char>| {
        c.is_some_and(|&c| CodePointSetData::new::<ExtendedPictographic>().contains(c))
    };
    let emoji = |c: Option<&char>| c.is_some_and(|&c| CodePointSetData::new::<Emoji>().contains(c));
    let selector = |c: &char| matches!(c, '\u{FE0E}' | '\u{FE0F}');
    let modifier = |c: &char| ('\u{1F3FB}'..='\u{1F3FF}').contains(c);
    let tag = |c: Option<&char>| c.is_some_and(|c| ('\u{E0020}'..='\u{E007E}').contains(c));
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let Some(kind) = invisible(c) else { continue };
        let before = chars.get(..i).unwrap_or_default();
        let next = chars.get(i + 1);
        // The picture a joiner follows: past its skin tone and emoji selector.
        let base = before.iter().rev().find(|b| !selector(b) && !modifier(b));
        // Where the run of tags around `i` starts and ends.
        let first_tag = before.iter().rev().take_while(|b| tag(Some(b))).count();
        let run_start = i - first_tag;
        let after_flag = run_start
            .checked_sub(1)
            .and_then(|j| chars.get(j))
            .is_some_and(|&f| f == '\u{1F3F4}');
        let cancelled = chars
            .get(i..)
            .unwrap_or_default()
            .iter()
            .find(|t| !tag(Some(t)))
            .is_some_and(|&t| t == '\u{E007F}');
        let part_of_emoji = match c {
            '\u{200D}' => picture(base) && picture(next),
            '\u{FE0E}' | '\u{FE0F}' => match before.last() {
                Some(b) if b.is_ascii() => next == Some(&'\u{20E3}') && emoji(Some(b)),
                b => emoji(b),
            },
            '\u{E0020}'..='\u{E007E}' => after_flag && cancelled,
            '\u{E007F}' => first_tag > 0 && after_flag,
            _ => false,
        };
        if !part_of_emoji {
            return Some((c, kind));
        }
    }
    None
}

/// The first letter of a name that looks like a Latin letter but is Greek or Cyrillic,
/// where the name also has Latin letters ("Rаunheim" with a Cyrillic а).
pub fn confusable(s: &str) -> Option<char> {
    let foreign = |c: char| matches!(c, '\u{0370}'..='\u{03FF}' | '\u{0400}'..='\u{04FF}');
    if !s.chars().any(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    s.chars().find(|&c| foreign(c) && c.is_alphabetic())
}

/// Text made safe to print: every forbidden character (line breaks included) is shown
/// as a visible escape such as `\u{1b}`, never sent to the terminal.
pub fn sanitize(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| is_forbidden(c, false)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_forbidden(c, false) {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Like [`sanitize`], but keeps line breaks (for multi-line text such as summaries).
pub fn sanitize_multiline(s: &str) -> Cow<'_, str> {
    if s.contains('\n') {
        Cow::Owned(s.split('\n').map(sanitize).collect::<Vec<_>>().join("\n"))
    } else {
        sanitize(s)
    }
}

/// A writer that makes everything written through it safe for a terminal, as
/// [`sanitize_multiline`] does: output can stream (row by row) and still pass one filter.
/// A character split across two writes is held back until its rest arrives.
pub struct Sanitizing<W: std::io::Write> {
    inner: W,
    /// The start of a character whose other bytes are still to come.
    carry: Vec<u8>,
    /// Escapes as JSON does (`\u202e`), so that JSON stays valid.
    json: bool,
}

impl<W: std::io::Write> Sanitizing<W> {
    pub fn new(inner: W) -> Sanitizing<W> {
        Sanitizing {
            inner,
            carry: Vec::new(),
            json: false,
        }
    }

    /// For JSON: a forbidden character can only be inside a string there (serde_json
    /// escapes the C0 controls itself, not C1 controls or direction marks), and becomes
    /// a JSON escape, which a reader turns back into the same text.
    pub fn json(inner: W) -> Sanitizing<W> {
        Sanitizing {
            json: true,
            ..Sanitizing::new(inner)
        }
    }
}

/// JSON text with every forbidden character written as a JSON escape (see
/// [`Sanitizing::json`]).
pub fn sanitize_json(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| is_forbidden(c, true)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 12);
    for c in s.chars() {
        if is_forbidden(c, true) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

impl<W: std::io::Write> std::io::Write for Sanitizing<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let joined;
        let bytes = if self.carry.is_empty() {
            buf
        } else {
            joined = [std::mem::take(&mut self.carry).as_slice(), buf].concat();
            &joined
        };
        let (text, rest) = match std::str::from_utf8(bytes) {
            Ok(text) => (Cow::Borrowed(text), &[][..]),
            // An unfinished character at the end waits for the next write.
            Err(e) if e.error_len().is_none() => {
                let (good, rest) = bytes.split_at(e.valid_up_to());
                (String::from_utf8_lossy(good), rest)
            }
            Err(_) => (String::from_utf8_lossy(bytes), &[][..]),
        };
        // Nearly all output is clean: then it passes as it is, without a copy.
        if text.chars().any(|c| is_forbidden(c, true)) {
            let safe = if self.json {
                sanitize_json(&text)
            } else {
                sanitize_multiline(&text)
            };
            self.inner.write_all(safe.as_bytes())?;
        } else {
            self.inner.write_all(text.as_bytes())?;
        }
        self.carry = rest.to_vec();
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if !self.carry.is_empty() {
            let rest = String::from_utf8_lossy(&std::mem::take(&mut self.carry)).into_owned();
            self.inner.write_all(rest.as_bytes())?;
        }
        self.inner.flush()
    }
}

/// The characters of `s` in NFC (composed) form, without the work of composing when
/// they already are (as nearly all text is).
fn nfc(s: &str) -> Box<dyn Iterator<Item = char> + '_> {
    // Compatibility forms too (NFKC): `ＫＬＩＭＡ` typed on a fullwidth keyboard finds
    // Klima, `ﬁ` finds fi.
    match unicode_normalization::is_nfkc_quick(s.chars()) {
        unicode_normalization::IsNormalized::Yes => Box::new(s.chars()),
        _ => Box::new(s.nfkc()),
    }
}

/// How a folding spells the umlauts: as people write them without the key (ä→ae), or
/// without the dots (ä→a, for a keyboard without umlauts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Umlauts {
    WithE,
    Plain,
}

/// The one German folding, a character at a time: lower case, the umlauts as chosen,
/// ß→ss. `c` should be in NFC; a lone combining diaeresis (u + ◌̈) counts as the e.
pub fn fold_char(c: char, umlauts: Umlauts, mut push: impl FnMut(char)) {
    for l in c.to_lowercase() {
        let rep: &str = match (l, umlauts) {
            ('ä', Umlauts::WithE) => "ae",
            ('ö', Umlauts::WithE) => "oe",
            ('ü', Umlauts::WithE) => "ue",
            ('\u{0308}', Umlauts::WithE) => "e",
            ('ä', Umlauts::Plain) => "a",
            ('ö', Umlauts::Plain) => "o",
            ('ü', Umlauts::Plain) => "u",
            ('\u{0308}', Umlauts::Plain) => "",
            ('ß', _) => "ss",
            _ => {
                push(l);
                continue;
            }
        };
        rep.chars().for_each(&mut push);
    }
}

fn fold_with(s: &str, umlauts: Umlauts) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len() + 4);
    for c in nfc(s) {
        fold_char(c, umlauts, |f| out.push(f));
    }
    out
}

/// German-aware folding for matching what people type: NFKC, lower case, and
/// ä→ae, ö→oe, ü→ue, ß→ss. So "Mörfelden", "MOERFELDEN" and "moerfelden" fold alike.
pub fn fold(s: &str) -> String {
    fold_with(s, Umlauts::WithE)
}

/// Like [`fold`], but drops the umlaut dots instead (ä→a, ö→o, ü→u), for people who
/// type "morfelden" on a keyboard without umlauts.
pub fn fold_plain(s: &str) -> String {
    fold_with(s, Umlauts::Plain)
}

/// A lower-case id of German text, as data files want them: "Groß-Gerau" → "gross-gerau".
pub fn slug(s: &str) -> String {
    fold(s)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// Whether `needle` occurs in `haystack` under either folding.
pub fn folded_contains(haystack: &str, needle: &str) -> bool {
    let n = fold(needle);
    fold(haystack).contains(&n) || fold_plain(haystack).contains(&fold_plain(needle))
}

/// Whether two texts are equal under either folding.
pub fn folded_eq(a: &str, b: &str) -> bool {
    fold(a) == fold(b) || fold_plain(a) == fold_plain(b)
}

/// Edit distance (insertions, deletions, substitutions, and swaps of neighbours) between
/// two strings, counted in characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    strsim::osa_distance(a, b)
}

/// Whether a typed name is a name whole: the same letters under the German folding,
/// or the same words (`gross gerau` is `Groß-Gerau`; two spaces are one).
pub fn same_name(name: &str, typed: &str) -> bool {
    folded_eq(name, typed) || {
        let s = slug(typed);
        !s.is_empty() && slug(name) == s
    }
}

/// The closest candidate to a mistyped word, if it is close enough to be a likely typo
/// (at most a third of the word's length, and at least one edit, is allowed).
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let folded = fold(word);
    let limit = (folded.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|c| (edit_distance(&folded, &fold(c)), c))
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

/// Text cut to at most `width` display columns, with "…" where it was cut.
pub fn truncate(s: &str, width: usize) -> String {
    use unicode_truncate::UnicodeTruncateStr;
    // Printable ASCII (a web address, most titles) is a column a byte: no grapheme to
    // find.
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return match (s.len() <= width, width.checked_sub(1)) {
            (true, _) => s.to_string(),
            (false, Some(room)) => format!("{}…", s.get(..room).unwrap_or(s)),
            (false, None) => String::new(),
        };
    }
    if s.width() <= width {
        return s.to_string();
    }
    match width.checked_sub(1) {
        Some(room) => format!("{}…", s.unicode_truncate(room).0),
        None => String::new(),
    }
}

/// Text broken into lines of at most `width` display columns, at spaces where possible;
/// a word longer than a line is broken inside. Line breaks in the text are kept.
pub fn wrap(s: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    for para in s.split('\n') {
        let mut line = String::new();
        let mut used = 0;
        for word in para.split(' ').filter(|w| !w.is_empty()) {
            let ww = word.width();
            if used > 0 && used + 1 + ww <= width {
                line.push(' ');
                line.push_str(word);
                used += 1 + ww;
                continue;
            }
            if used > 0 {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            for c in word.chars() {
                let cw = c.width().unwrap_or(0);
                if used + cw > width && used > 0 {
                    lines.push(std::mem::take(&mut line));
                    used = 0;
                }
                line.push(c);
                used += cw;
            }
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_ordinary_character_is_forbidden_invisible_or_a_look_alike() {
        let ordinary: Vec<char> = ('\0'..=char::MAX).filter(|&c| is_ordinary(c)).collect();
        assert!(ordinary.contains(&'ä') && ordinary.contains(&'„') && ordinary.contains(&'–'));
        for c in ordinary {
            assert!(!is_forbidden(c, false), "{c:?}");
            assert_eq!(invisible(c), None, "{c:?}");
            assert_eq!(confusable(&format!("a{c}")), None, "{c:?}");
        }
    }

    #[test]
    fn a_text_is_ordinary_when_each_of_its_characters_is() {
        let long = "Interkommunale Zusammenarbeit im Kreis ".repeat(3);
        for (text, line_breaks, expected) in [
            (String::new(), false, true),
            ("Klimaschutz".to_string(), false, true),
            (long.clone(), false, true),
            (format!("{long}Mörfelden-Walldorf – „Vergabe“"), false, true),
            (format!("{long}a\nb"), false, false),
            (format!("{long}a\nb"), true, true),
            (format!("{long}a\tb"), true, false),
            (format!("{long}a\u{7f}"), true, false),
            (format!("{long}Ö\u{200B}"), false, false),
            (format!("ä{long}\u{1b}"), false, false),
        ] {
            assert_eq!(all_ordinary(&text, line_breaks), expected, "{text:?}");
            let each = text
                .chars()
                .all(|c| is_ordinary(c) || (line_breaks && c == '\n'));
            assert_eq!(each, expected, "{text:?}");
        }
    }

    use proptest::strategy::Strategy as _;

    proptest::proptest! {
        /// The quick test of a text says what asking each character says, wherever in
        /// the text (before, across or after its ASCII pieces of 16) the other ones are.
        #[test]
        fn the_quick_test_of_a_text_is_the_rule_for_each_character(
            text in proptest::collection::vec(
                proptest::prop_oneof![
                    24 => proptest::sample::select(vec![
                        "a", "Z", " ", "~", "ä", "ß", "–", "„", "€", "abcdefghijklmnop",
                    ]),
                    2 => proptest::strategy::Just("\n"),
                    1 => proptest::sample::select(vec![
                        "\t", "\u{7f}", "\u{ad}", "\u{200b}", "\u{202e}", "\u{1b}", "Ω", "🙂",
                    ]),
                ],
                0..40,
            ).prop_map(|parts: Vec<&str>| parts.concat()),
            line_breaks in proptest::bool::ANY,
        ) {
            let each = text.chars().all(|c| is_ordinary(c) || (line_breaks && c == '\n'));
            proptest::prop_assert_eq!(all_ordinary(&text, line_breaks), each);
        }
    }

    #[test]
    fn invisible_characters_are_known_by_their_unicode_properties() {
        use Invisible as I;
        for (c, kind) in [
            ('\u{200B}', I::Format),
            ('\u{00AD}', I::Format),
            ('\u{FEFF}', I::Format),
            ('\u{2060}', I::Format),
            // Tag characters, Arabic number signs, interlinear annotation marks.
            ('\u{E0041}', I::Format),
            ('\u{0600}', I::Format),
            ('\u{FFF9}', I::Format),
            ('\u{3164}', I::Ignorable),
            ('\u{034F}', I::Ignorable),
            ('\u{FE0F}', I::Ignorable),
            ('\u{2028}', I::Separator),
            ('\u{E000}', I::PrivateUse),
            ('\u{F0000}', I::PrivateUse),
            ('\u{FFFE}', I::Noncharacter),
            ('\u{FDD0}', I::Noncharacter),
        ] {
            assert_eq!(invisible(c), Some(kind), "U+{:04X}", u32::from(c));
        }
        for visible in ['a', 'ß', '€', '–', '語', '👩', '\u{1F3FB}', ' '] {
            assert_eq!(invisible(visible), None, "{visible}");
        }
        assert_eq!(
            first_invisible("Raun\u{200B}heim"),
            Some(('\u{200B}', I::Format))
        );
        // What emoji are made of passes: joiners between pictures, a variation
        // selector after an emoji, a keycap, skin tones, a subdivision's flag.
        for emoji in [
            "Familie 👩\u{200D}👩\u{200D}👧 ❤\u{FE0F}",
            "1\u{FE0F}\u{20E3}",
            "👍\u{1F3FD}",
            "🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}",
            "🇩🇪",
            // After a skin tone or an emoji selector.
            "👩\u{1F3FD}\u{200D}💻",
            "🏳\u{FE0F}\u{200D}🌈",
            "❤\u{FE0F}\u{200D}🔥",
            "©\u{FE0F}",
        ] {
            assert_eq!(first_invisible(emoji), None, "{emoji}");
        }
        // A selector after a digit that is no keycap, tags that end in no cancel tag.
        assert_eq!(
            first_invisible("Projekt 2\u{FE0F}024").map(|x| x.0),
            Some('\u{FE0F}')
        );
        assert_eq!(
            first_invisible("🏴\u{E0067}\u{E0062}").map(|x| x.0),
            Some('\u{E0067}')
        );
        // The same characters elsewhere do not.
        assert_eq!(
            first_invisible("Raun\u{200D}heim").map(|x| x.0),
            Some('\u{200D}')
        );
        assert_eq!(
            first_invisible("A\u{FE0F}"),
            Some(('\u{FE0F}', I::Ignorable))
        );
        assert_eq!(
            first_invisible("A\u{E0041}").map(|x| x.0),
            Some('\u{E0041}')
        );
        assert_eq!(confusable("R\u{0430}unheim"), Some('\u{0430}'));
        assert_eq!(confusable("Raunheim"), None);
        assert_eq!(confusable("Москва"), None, "wholly Cyrillic is no disguise");
        assert_eq!(confusable("Groß-Gerau"), None);
    }

    #[test]
    fn json_stays_valid_json_with_direction_marks_and_c1_controls() {
        let text = serde_json::to_string(&"a\u{202e}b\u{85}c").unwrap();
        let safe = sanitize_json(&text);
        assert_eq!(safe, "\"a\\u202eb\\u0085c\"");
        let back: String = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, "a\u{202e}b\u{85}c");
    }

    #[test]
    fn the_sanitizing_writer_filters_streamed_text_even_split_inside_a_character() {
        use std::io::Write;
        let mut out = Sanitizing::new(Vec::new());
        let text = "Bü\u{1b}[2Jttelborn\nGroß";
        let bytes = text.as_bytes();
        // Split inside the two bytes of ü.
        out.write_all(&bytes[..2]).unwrap();
        out.write_all(&bytes[2..]).unwrap();
        out.flush().unwrap();
        let written = String::from_utf8(out.inner).unwrap();
        assert_eq!(written, sanitize_multiline(text));
        assert_eq!(written, "Bü\\u{1b}[2Jttelborn\nGroß");
    }

    #[test]
    fn sanitize_escapes_escape_sequences_and_bidi_overrides() {
        assert_eq!(sanitize("Trebur"), "Trebur");
        assert!(matches!(sanitize("Trebur"), Cow::Borrowed(_)));
        assert_eq!(sanitize("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(sanitize("x\u{202E}y"), "x\\u{202e}y");
        assert_eq!(sanitize("a\nb"), "a\\u{a}b");
        assert_eq!(sanitize_multiline("a\nb\u{7}"), "a\nb\\u{7}");
    }

    #[test]
    fn forbidden_characters() {
        assert!(is_forbidden('\u{1b}', true));
        assert!(is_forbidden('\u{9b}', true)); // C1 CSI
        assert!(is_forbidden('\t', true));
        assert!(is_forbidden('\u{2067}', true));
        assert!(!is_forbidden('\n', true));
        assert!(is_forbidden('\n', false));
        assert!(!is_forbidden('ß', false));
        assert!(!is_forbidden('\u{0301}', false)); // combining accent is text
    }

    #[test]
    fn folding_is_german_aware() {
        assert_eq!(fold("Mörfelden-Walldorf"), "moerfelden-walldorf");
        assert_eq!(fold("Groß-Gerau"), "gross-gerau");
        assert_eq!(fold_plain("Rüsselsheim"), "russelsheim");
        // A decomposed ü (u + combining diaeresis) folds like the composed one.
        assert_eq!(fold("Bu\u{0308}ttelborn"), "buettelborn");
        assert!(folded_contains("Klärschlammverwertung", "klaer"));
        assert!(folded_contains("Klärschlammverwertung", "klar"));
        assert!(!folded_contains("Klärschlammverwertung", "klimaschutz"));
        assert!(folded_eq("GROSS-GERAU", "Groß-Gerau"));
    }

    #[test]
    fn edit_distance_counts_swaps_as_one() {
        assert_eq!(edit_distance("participants", "particpants"), 1);
        assert_eq!(edit_distance("ab", "ba"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn truncate_respects_width() {
        assert_eq!(truncate("Klärschlammverwertung", 8), "Klärsch…");
        assert_eq!(truncate("GG", 8), "GG");
        assert_eq!(truncate("GG", 0), "");
        assert_eq!(truncate("https://www.kreisgg.de/x", 12), "https://www…");
        assert_eq!(
            truncate("https://www.kreisgg.de/x", 24),
            "https://www.kreisgg.de/x"
        );
        assert_eq!(truncate("https://", 1), "…");
        assert_eq!(truncate("https://", 0), "");
    }

    #[test]
    fn wrap_at_spaces_and_inside_long_words() {
        assert_eq!(
            wrap("Die 15 Kreiskommunen arbeiten zusammen", 12),
            ["Die 15", "Kreiskommune", "n arbeiten", "zusammen"]
        );
        assert_eq!(wrap("a\n\nb", 5), ["a", "", "b"]);
        assert_eq!(wrap("", 5), [""]);
        assert!(
            wrap("Hitzeaktionsplanung", 1)
                .iter()
                .all(|l| l.width() <= 1)
        );
    }

    #[test]
    fn closest_suggests_only_likely_typos() {
        let keys = ["participants", "summary", "sources"];
        assert_eq!(closest("particpants", keys), Some("participants"));
        assert_eq!(closest("sourcse", keys), Some("sources"));
        assert_eq!(closest("colour", keys), None);
    }
}
