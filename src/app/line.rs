//! A line of text edited as in a shell: ←/→, Home/End, Backspace, Ctrl-w, Ctrl-u. The
//! search prompt and the matrix filter both use it.

use super::keymap::Action;

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
            Action::CursorLeft => self.cursor = self.cursor.saturating_sub(1),
            Action::CursorRight => self.cursor = (self.cursor + 1).min(self.len()),
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

    /// Backspace: deletes the character before the cursor.
    fn delete_back(&mut self) {
        if self.cursor == 0 {
            return;
        }
        let (from, to) = (self.byte_at(self.cursor - 1), self.byte_at(self.cursor));
        self.text.replace_range(from..to, "");
        self.cursor -= 1;
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
