//! A line of text edited as in a shell: ←/→, Home/End, Backspace, Ctrl-w, Ctrl-u. The
//! search prompt and the matrix filter both use it.

use unicode_width::UnicodeWidthStr;

use super::keymap::Action;
use crate::text::sanitize;

/// The longest line a prompt holds; pasted text beyond it is cut (no title is this long,
/// and a search over a longer query would only slow every keystroke).
pub const MAX_CHARS: usize = 1000;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineEdit {
    pub text: String,
    /// Cursor position in characters.
    pub cursor: usize,
}

/// What an action did to the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edited {
    /// The text changed.
    Text,
    /// Only the cursor moved (or nothing happened).
    Cursor,
    /// Not an editing action: the caller handles it.
    No,
}

impl LineEdit {
    pub fn new(text: &str) -> LineEdit {
        LineEdit {
            text: text.to_string(),
            cursor: text.chars().count(),
        }
    }

    /// Carries out an editing action.
    pub fn apply(&mut self, action: Action) -> Edited {
        let before = self.text.clone();
        match action {
            Action::Insert(c) => self.insert(c),
            Action::CursorLeft => self.cursor = self.grapheme_before(self.cursor),
            Action::CursorRight => self.cursor = self.grapheme_after(self.cursor),
            Action::LineStart => self.cursor = 0,
            Action::LineEnd => self.cursor = self.len(),
            Action::DeleteBack => self.delete_back(),
            Action::DeleteWord => self.delete_word(),
            Action::ClearLine => {
                self.text.clear();
                self.cursor = 0;
            }
            _ => return Edited::No,
        }
        if self.text != before {
            Edited::Text
        } else {
            Edited::Cursor
        }
    }

    /// Inserts pasted text at the cursor in one step (linear in its length): line breaks
    /// and tabs become spaces, other control characters are left out. Returns whether
    /// the text had to be cut to [`MAX_CHARS`].
    pub fn paste(&mut self, pasted: &str) -> bool {
        let room = MAX_CHARS.saturating_sub(self.len());
        let mut clean = String::with_capacity(pasted.len().min(room.saturating_mul(4)));
        let mut taken = 0;
        let mut cut = false;
        let mut chars = pasted.chars().peekable();
        while let Some(c) = chars.next() {
            let c = match c {
                // CR LF is one line break, so one space.
                '\r' if chars.peek() == Some(&'\n') => continue,
                '\r' | '\n' | '\t' => ' ',
                c if c.is_control() => continue,
                c => c,
            };
            if taken == room {
                cut = true;
                break;
            }
            clean.push(c);
            taken += 1;
        }
        let at = self.byte_at(self.cursor);
        self.text.insert_str(at, &clean);
        self.cursor += taken;
        cut
    }

    /// What a prompt `width` columns wide shows of the line, and the cursor's column in
    /// it. The line scrolls so that the cursor stays visible; a `…` at the left says
    /// that text is hidden there.
    pub fn window(&self, width: usize) -> (String, usize) {
        let before = sanitize(&self.before_cursor()).into_owned();
        let after_start = self.byte_at(self.cursor);
        let after = sanitize(self.text.get(after_start..).unwrap_or_default()).into_owned();
        let (bw, aw) = (before.width(), after.width());
        // The cells of the character under the cursor (one, or two for a wide one), and a
        // `…` at the right where the rest is cut.
        let under = after
            .chars()
            .next()
            .and_then(unicode_width::UnicodeWidthChar::width)
            .unwrap_or(1)
            .max(1);
        let right = under + usize::from(bw + aw > width && aw > under);
        let (shown, cursor) = if bw + right <= width {
            (before, bw)
        } else {
            // Keep the end of the text before the cursor, behind a `…`.
            let room = width.saturating_sub(1 + right);
            let mut kept = 0;
            let mut start = before.len();
            for (i, c) in before.char_indices().rev() {
                let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                if kept + w > room {
                    break;
                }
                kept += w;
                start = i;
            }
            let tail = before.get(start..).unwrap_or_default();
            (format!("…{tail}"), kept + 1)
        };
        let mut shown = shown;
        shown.push_str(&after);
        (
            crate::text::truncate(&shown, width),
            cursor.min(width.saturating_sub(1)),
        )
    }

    /// The text before the cursor (to place the terminal's cursor after it).
    pub fn before_cursor(&self) -> String {
        self.text.chars().take(self.cursor).collect()
    }

    fn byte_at(&self, char_pos: usize) -> usize {
        self.text
            .char_indices()
            .nth(char_pos)
            .map_or(self.text.len(), |(i, _)| i)
    }

    fn len(&self) -> usize {
        self.text.chars().count()
    }

    fn insert(&mut self, c: char) {
        let at = self.byte_at(self.cursor);
        self.text.insert(at, c);
        self.cursor += 1;
    }

    /// Where the grapheme (a letter with its marks, a flag, an emoji of several code
    /// points) before character position `at` starts.
    fn grapheme_before(&self, at: usize) -> usize {
        let mut pos = 0;
        for g in unicode_segmentation::UnicodeSegmentation::graphemes(self.text.as_str(), true) {
            let next = pos + g.chars().count();
            if next >= at {
                return pos;
            }
            pos = next;
        }
        pos.min(at)
    }

    /// Where the grapheme at character position `at` ends.
    fn grapheme_after(&self, at: usize) -> usize {
        let mut pos = 0;
        for g in unicode_segmentation::UnicodeSegmentation::graphemes(self.text.as_str(), true) {
            pos += g.chars().count();
            if pos > at {
                return pos;
            }
        }
        self.len()
    }

    /// Backspace: deletes the grapheme before the cursor (a flag or an emoji of several
    /// code points at once, as it shows as one).
    fn delete_back(&mut self) {
        if self.cursor == 0 {
            return;
        }
        let start = self.grapheme_before(self.cursor);
        let (from, to) = (self.byte_at(start), self.byte_at(self.cursor));
        self.text.replace_range(from..to, "");
        self.cursor = start;
    }

    /// Ctrl-w: deletes the word before the cursor (and the spaces after it).
    fn delete_word(&mut self) {
        let chars: Vec<char> = self.text.chars().collect();
        let mut start = self.cursor.min(chars.len());
        let before = |i: usize| i.checked_sub(1).and_then(|j| chars.get(j)).copied();
        while before(start) == Some(' ') {
            start -= 1;
        }
        while before(start).is_some_and(|c| c != ' ') {
            start -= 1;
        }
        let (from, to) = (self.byte_at(start), self.byte_at(self.cursor));
        self.text.replace_range(from..to, "");
        self.cursor = start;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Action as A;

    fn typed(s: &str) -> LineEdit {
        let mut l = LineEdit::default();
        for c in s.chars() {
            assert_eq!(l.apply(A::Insert(c)), Edited::Text);
        }
        l
    }

    #[test]
    fn a_flag_or_an_emoji_of_several_code_points_is_one_step() {
        for g in ["🇩🇪", "👩\u{200D}👩\u{200D}👧", "👍🏽", "o\u{0308}"] {
            let mut l = typed(&format!("a{g}"));
            l.apply(A::CursorLeft);
            assert_eq!(l.cursor, 1, "{g}");
            l.apply(A::CursorRight);
            assert_eq!(l.cursor, 1 + g.chars().count(), "{g}");
            assert_eq!(l.apply(A::DeleteBack), Edited::Text);
            assert_eq!(l.text, "a", "{g}");
        }
    }

    #[test]
    fn editing_like_a_shell_line() {
        let mut l = typed("mörf");
        assert_eq!((l.text.as_str(), l.cursor), ("mörf", 4));
        l.apply(A::CursorLeft);
        assert_eq!(l.apply(A::CursorLeft), Edited::Cursor);
        l.apply(A::Insert('x'));
        assert_eq!(l.text, "möxrf");
        l.apply(A::DeleteBack);
        assert_eq!(l.apply(A::DeleteBack), Edited::Text);
        assert_eq!((l.text.as_str(), l.cursor), ("mrf", 1));
        l.apply(A::LineStart);
        assert_eq!(l.apply(A::DeleteBack), Edited::Cursor);
        assert_eq!(l.text, "mrf");
        l.apply(A::LineEnd);
        l.apply(A::CursorRight);
        assert_eq!(l.cursor, 3);
        assert_eq!(l.before_cursor(), "mrf");
        assert_eq!(l.apply(A::ClearLine), Edited::Text);
        assert_eq!((l.text.as_str(), l.cursor), ("", 0));
        assert_eq!(l.apply(A::ClearLine), Edited::Cursor);
        assert_eq!(l.apply(A::Down), Edited::No);
    }

    #[test]
    fn paste_inserts_one_line_at_the_cursor() {
        let mut l = typed("ab");
        l.apply(A::CursorLeft);
        assert!(!l.paste("Klima\r\nschutz\tx\u{7}"));
        assert_eq!((l.text.as_str(), l.cursor), ("aKlima schutz xb", 15));
        let mut l = LineEdit::default();
        assert!(!l.paste(&"x".repeat(MAX_CHARS - 1)));
        assert!(l.paste("yz"), "one character too many is a cut too");
        let mut l = LineEdit::default();
        assert!(l.paste(&"x".repeat(MAX_CHARS + 5)));
        assert_eq!((l.len(), l.cursor), (MAX_CHARS, MAX_CHARS));
        assert!(l.paste("more"));
        assert_eq!(l.len(), MAX_CHARS);
    }

    #[test]
    fn a_long_line_scrolls_to_keep_the_cursor_visible() {
        let l = LineEdit::new("abcdefghij");
        assert_eq!(l.window(20), ("abcdefghij".to_string(), 10));
        // The cursor at the end: the start is hidden behind …
        let (shown, cursor) = l.window(6);
        assert_eq!((shown.as_str(), cursor), ("…ghij", 5));
        let mut l = l;
        l.apply(A::LineStart);
        assert_eq!(l.window(6), ("abcde…".to_string(), 0));
        for _ in 0..7 {
            l.apply(A::CursorRight);
        }
        let (shown, cursor) = l.window(6);
        assert_eq!(shown.chars().nth(cursor), Some('h'), "{shown} {cursor}");
        assert_eq!(LineEdit::default().window(0).1, 0);
        // A wide character under the cursor is shown whole, not hidden behind "…".
        let mut l = LineEdit::new("abcdefgh語ij");
        for _ in 0..3 {
            l.apply(A::CursorLeft);
        }
        let (shown, cursor) = l.window(8);
        assert!(shown.contains('語'), "{shown}");
        assert_eq!(shown.chars().nth(cursor), Some('語'), "{shown} {cursor}");
    }

    #[test]
    fn ctrl_w_deletes_the_word_before_the_cursor() {
        let mut l = typed("inf sich  ");
        l.apply(A::DeleteWord);
        assert_eq!(l.text, "inf ");
        l.apply(A::DeleteWord);
        assert_eq!(l.text, "");
        assert_eq!(l.apply(A::DeleteWord), Edited::Cursor);
        let mut l = typed("klaer verw");
        l.apply(A::CursorLeft);
        l.apply(A::CursorLeft);
        l.apply(A::DeleteWord);
        assert_eq!((l.text.as_str(), l.cursor), ("klaer rw", 6));
        assert_eq!(LineEdit::new("kl").cursor, 2);
    }
}
