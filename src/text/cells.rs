//! Graphemes as every terminal counts them. ratatui gives a grapheme the width Unicode's
//! rules give the whole — a flag (🇩🇪) two cells, a family joined by zero-width joiners
//! (👩‍👩‍👧) two, a heart with its emoji selector (❤️) two — and takes the cells after its
//! first for blank, while tmux, glibc and many terminals count each code point: a flag
//! is two letters of one cell each, the family six cells, the heart one. Where the two
//! differ, the terminal shows something (or its cursor ends) where ratatui believes a
//! blank, and those cells are never drawn again: stale characters stay on screen. One
//! rule, for every screen: a grapheme of more than one code point of width, or whose
//! width is not the sum of its code points', is drawn as single code points — a flag as
//! its two letters (🇩🇪 → D E), any other as its first (👩‍👩‍👧 → 👩, 👍🏽 → 👍, ❤️ → ❤,
//! 1️⃣ → 1); so is one too long for a terminal's cell.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The most bytes a terminal keeps of one cell: tmux keeps 21, others fewer, and cut a
/// longer grapheme (a subdivision's flag, 🏴 and six tags, is 28; a pile of accents
/// more) where ratatui keeps it whole.
const CELL_BYTES: usize = 16;

/// The cells a grapheme is drawn as where terminals could count it otherwise than
/// ratatui (see the module's notes), each one code point wide as ratatui and the
/// terminal count it alike; `None` where it is drawn as it is.
pub fn per_code_point(g: &str) -> Option<Vec<char>> {
    let mut chars = g.chars();
    let first = chars.next()?;
    // One code point (most cells), or a letter with combining marks of no width.
    chars.clone().next()?;
    // Drawn as it is where the terminal puts it into the cells ratatui gives it, as
    // one: a single code point of width, the rest marks of none.
    let widths = g.chars().map(|c| c.width().unwrap_or(0));
    let wide = widths.clone().filter(|&w| w > 0).count();
    if wide <= 1 && widths.sum::<usize>() == g.width() && g.len() <= CELL_BYTES {
        return None;
    }
    let letter = |c: char| {
        let n = u32::from(c).checked_sub(0x1F1E6)?;
        (n < 26).then(|| char::from(b'A' + n as u8))
    };
    match (letter(first), chars.next().and_then(letter)) {
        (Some(a), Some(b)) => Some(vec![a, b]),
        _ => Some(vec![first]),
    }
}

/// A text with each grapheme drawn as [`per_code_point`] says (for text that is laid
/// out in columns: the commands' tables).
pub fn as_terminals_count(s: &str) -> std::borrow::Cow<'_, str> {
    use unicode_segmentation::UnicodeSegmentation;
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut changed = false;
    for g in s.graphemes(true) {
        match per_code_point(g) {
            Some(parts) => {
                out.extend(parts);
                changed = true;
            }
            None => out.push_str(g),
        }
    }
    if changed {
        std::borrow::Cow::Owned(out)
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graphemes_terminals_count_otherwise_become_their_parts() {
        assert_eq!(per_code_point("🇩🇪"), Some(vec!['D', 'E']));
        assert_eq!(per_code_point("👩\u{200D}👩\u{200D}👧"), Some(vec!['👩']));
        assert_eq!(per_code_point("👍🏽"), Some(vec!['👍']));
        assert_eq!(per_code_point("❤\u{FE0F}"), Some(vec!['❤']));
        assert_eq!(per_code_point("1\u{FE0F}\u{20E3}"), Some(vec!['1']));
        // Too long for a terminal's cell: a subdivision's flag, a pile of accents.
        let england = "🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}";
        assert_eq!(per_code_point(england), Some(vec!['🏴']));
        assert_eq!(
            per_code_point(&format!("e{}", "\u{0301}".repeat(9))),
            Some(vec!['e'])
        );
        // Drawn as they are: one code point, or a letter with its combining marks.
        for kept in ["a", "語", "🚒", "o\u{0308}", "e\u{0301}\u{0302}", "🇩"] {
            assert_eq!(per_code_point(kept), None, "{kept}");
        }
    }
}
