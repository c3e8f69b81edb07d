//! A search key: a text folded for matching (NFKC, lower case, umlauts without their dots
//! or e, ß→ss), with a map from each character of the key back to the character of the
//! original text it came from, so that highlights land on the right letters.
//!
//! One folding serves every way of typing an umlaut: "Klär", "Klaer" and "Klar" all fold
//! to "klar" (an e after a, o or u is dropped, in keys and queries alike), so "ruess",
//! "russ" and "rüss" all find Rüsselsheim as a prefix.

use unicode_normalization::UnicodeNormalization;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    pub folded: String,
    /// For each character of `folded`, the index of the character of the original text.
    pub map: Vec<u32>,
}

impl Key {
    pub fn new(original: &str) -> Key {
        if original.is_ascii() {
            return Key::ascii(original);
        }
        let mut folded = String::with_capacity(original.len() + 4);
        let mut map = Vec::with_capacity(original.len() + 4);
        for (i, c) in original.chars().enumerate() {
            let i = u32::try_from(i).unwrap_or(u32::MAX);
            // Each original character folds on its own (its NFKC form: a fullwidth `Ｋ` is
            // a K, a ligature `ﬁ` is fi), so the map stays exact for composed text; a
            // decomposed umlaut (u + ◌̈) folds through the u alone.
            for n in std::iter::once(c).nfkc() {
                crate::text::fold_char(n, crate::text::Umlauts::Plain, |f| {
                    // "ae", "oe", "ue" are how umlauts are typed without the key.
                    if f == 'e' && folded.ends_with(['a', 'o', 'u']) {
                        return;
                    }
                    folded.push(f);
                    map.push(i);
                });
            }
        }
        Key { folded, map }
    }

    /// The same folding for ASCII text, a byte at a time (most keys, and much faster).
    fn ascii(original: &str) -> Key {
        let mut folded = String::with_capacity(original.len());
        let mut map = Vec::with_capacity(original.len());
        for (i, b) in original.bytes().enumerate() {
            let f = b.to_ascii_lowercase();
            if f == b'e' && folded.ends_with(['a', 'o', 'u']) {
                continue;
            }
            folded.push(char::from(f));
            map.push(u32::try_from(i).unwrap_or(u32::MAX));
        }
        Key { folded, map }
    }
}

/// Folds a query the same way as keys.
pub fn fold_query(q: &str) -> String {
    Key::new(q).folded
}

/// Whether the bytes of `needle` occur in `hay` in order: a cheap necessary condition
/// for a fuzzy match (a subsequence of characters is a subsequence of bytes).
#[inline]
pub fn is_subsequence(needle: &[u8], hay: &[u8]) -> bool {
    let mut rest = hay;
    for &b in needle {
        match memchr::memchr(b, rest) {
            Some(i) => rest = rest.get(i + 1..).unwrap_or_default(),
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_and_maps_back() {
        let k = Key::new("Klärschlamm");
        assert_eq!(k.folded, "klarschlamm");
        assert_eq!(k.map[..4], [0, 1, 2, 3]);
        assert_eq!(Key::new("Klaerschlamm").folded, "klarschlamm");
        assert_eq!(k.map[2..4], [2, 3]);
        let k = Key::new("Groß-Gerau");
        assert_eq!(k.folded, "gross-gerau");
        // Both letters of "ss" map back to the ß.
        assert_eq!(k.map[3..6], [3, 3, 4]);
        let k = Key::new("Bu\u{0308}ttelborn");
        assert_eq!(k.folded, "buttelborn");
        // The combining diaeresis is folded away: the t after it is the third character.
        assert_eq!(k.map[1..3], [1, 3]);
    }

    #[test]
    fn ascii_text_folds_as_any_text_does() {
        for text in [
            "Klaerschlamm Gross-Gerau",
            "MOERFELDEN",
            "Feuer aue",
            "#11 IKZ",
        ] {
            let fast = Key::ascii(text);
            let mut slow = Key::new(&format!("{text}ä"));
            slow.folded.pop();
            slow.map.pop();
            assert_eq!(fast, slow, "{text}");
        }
    }

    #[test]
    fn subsequence_pre_check() {
        assert!(is_subsequence(b"klar", b"klaerschlammverwertung"));
        assert!(is_subsequence(b"", b"x"));
        assert!(!is_subsequence(b"klx", b"klaerschlamm"));
        assert!(!is_subsequence(b"ba", b"ab"));
    }
}
