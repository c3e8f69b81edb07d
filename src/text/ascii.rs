//! Text for a terminal that shows fewer characters: whether the locale's is UTF-8,
//! which characters a terminal shows, plain ASCII stand-ins of the same width for the
//! others, and German letters as two (ä → ae, ß → ss) where the line has room, for the
//! screen and for the commands alike.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Whether the locale's character set is UTF-8, from the first of `LC_ALL`, `LC_CTYPE`
/// and `LANG` that is set: `de_DE.UTF-8` is, `de_DE.ISO-8859-15@euro` and `de_DE` (whose
/// set is Latin-1) are not. With none set, or `C` and `POSIX`, UTF-8 is assumed, as
/// today's terminals use it.
pub fn utf8_locale(get: impl Fn(&str) -> Option<String>) -> bool {
    let Some(locale) = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|v| get(v).filter(|s| !s.is_empty()))
    else {
        return true;
    };
    let name = locale.split('@').next().unwrap_or_default();
    match name.split_once('.') {
        Some((_, set)) => {
            let set = set.to_ascii_lowercase().replace('-', "");
            set == "utf8"
        }
        None => matches!(name, "C" | "POSIX"),
    }
}

/// Which characters the terminal can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Glyphs {
    /// Every character.
    #[default]
    All,
    /// Those of the fonts of Windows' old console (conhost: Consolas, Lucida Console),
    /// which have the letters, box lines and blocks, and few other marks (the WGL4 set).
    ConsoleFonts,
    /// Plain ASCII: a terminal whose locale is not UTF-8.
    Ascii,
}

impl Glyphs {
    /// `g` as this terminal can show it (see [`ascii_fallback`]).
    pub fn shown(self, g: &str) -> Cow<'_, str> {
        match self {
            Glyphs::All => Cow::Borrowed(g),
            Glyphs::ConsoleFonts if g.chars().all(in_console_fonts) => Cow::Borrowed(g),
            Glyphs::ConsoleFonts | Glyphs::Ascii => ascii_fallback(g),
        }
    }
}

/// Whether the old Windows console's fonts have `c`: the WGL4 character set's letters,
/// punctuation, box drawing, blocks and the few shapes it has (not ✓, ▶ or ◀).
fn in_console_fonts(c: char) -> bool {
    matches!(c,
        '\u{20}'..='\u{7E}'
        | '\u{A0}'..='\u{17F}'
        | '\u{2013}' | '\u{2014}' | '\u{2018}'..='\u{201E}' | '\u{2020}'..='\u{2022}'
        | '\u{2026}' | '\u{2030}' | '\u{2039}' | '\u{203A}' | '\u{20AC}'
        | '\u{2190}'..='\u{2195}' | '\u{2302}'
        | '\u{2500}'..='\u{259F}'
        | '\u{25A0}' | '\u{25A1}' | '\u{25AA}'..='\u{25AC}' | '\u{25B2}' | '\u{25BA}'
        | '\u{25BC}' | '\u{25C4}' | '\u{25CA}' | '\u{25CB}' | '\u{25CF}' | '\u{25D8}'
        | '\u{25D9}' | '\u{25E6}')
}

/// A grapheme as plain ASCII of the same width, for a terminal that shows no more:
/// lines and corners of boxes become `-`, `|` and `+`, marks become letters and signs
/// (`✓` → `x`, `·` → `.`, `▶` → `>`), letters lose their accents (`ä` → `a`, `ß` → `s`),
/// anything else becomes `?`.
pub fn ascii_fallback(g: &str) -> Cow<'_, str> {
    if g.is_ascii() {
        return Cow::Borrowed(g);
    }
    let mut chars = g.chars();
    let Some(c) = chars.next() else {
        return Cow::Borrowed(g);
    };
    let mapped = match c {
        '─' | '━' | '═' | '┄' | '┅' | '┈' | '┉' | '╌' | '╍' | '–' | '—' | '‐' | '−' => {
            '-'
        }
        '│' | '┃' | '║' | '┆' | '┇' | '┊' | '┋' | '╎' | '╏' => '|',
        '\u{2500}'..='\u{257F}' => '+',
        // The light shade stands for "possible" beside the full block's "named".
        '░' => '?',
        '\u{2580}'..='\u{259F}' => '#',
        // A member's mark in the timeline.
        '●' => '+',
        '✓' | '✔' | '×' => 'x',
        '·' | '•' | '…' | '⋯' => '.',
        '▶' | '►' | '▸' | '▷' | '→' | '»' | '›' => '>',
        '◀' | '◄' | '◂' | '◁' | '←' | '«' | '‹' | '⏎' | '↵' => '<',
        '▲' | '△' | '↑' => '^',
        '▼' | '▽' | '↓' => 'v',
        '„' | '“' | '”' => '"',
        '‚' | '‘' | '’' => '\'',
        '€' => 'E',
        // The seat of a project (Sitz).
        '⌂' => 'S',
        'ß' => 's',
        'ẞ' => 'S',
        c => c
            .to_string()
            .nfd()
            .next()
            .filter(char::is_ascii)
            .unwrap_or('?'),
    };
    let mut out = mapped.to_string();
    // A wide character keeps its two columns.
    if g.width() > 1 {
        out.push(mapped);
    }
    Cow::Owned(out)
}

/// The two ASCII letters a German letter is written with where a terminal cannot show
/// it: `ä` → `ae`, `ß` → `ss`, `Ü` → `Ue`.
fn two_letters(g: &str) -> Option<(&'static str, &'static str)> {
    Some(match g {
        "ä" => ("a", "e"),
        "ö" => ("o", "e"),
        "ü" => ("u", "e"),
        "Ä" => ("A", "e"),
        "Ö" => ("O", "e"),
        "Ü" => ("U", "e"),
        "ß" => ("s", "s"),
        "ẞ" => ("S", "S"),
        _ => return None,
    })
}

/// Where a widened letter cannot take a space from beyond: a box line, or a wide
/// character (whose second cell is no space to take).
fn stops(g: &str) -> bool {
    g.chars().any(|c| ('\u{2500}'..='\u{257F}').contains(&c)) || g.width() > 1
}

/// A row of cells (the screen's, or a line's graphemes) with each German letter written
/// as two ASCII letters (`ä` → `ae`, `ß` → `ss`), keeping what follows in place: the row
/// is read as texts (words with single spaces between) and the gaps after them (two or
/// more spaces, or the spaces before a box line). A text's added letters take spaces of
/// its own gap — all but one between two columns, all of them before a box line — so
/// table columns stay aligned and a box keeps its width. Where its gap has too few, a
/// line that may `grow` (a command's output) gets longer at its end; otherwise the text
/// is cut and ends in `…` ("Moerfelden-Wa…", never "Morfelden"). `symbol` reads a cell,
/// `set` writes one. Returns where each cell of the row went (for the cursor of a
/// prompt).
pub fn widen_letters<T: Clone>(
    row: &mut Vec<T>,
    grow: bool,
    symbol: impl Fn(&T) -> &str,
    set: impl Fn(&mut T, &str),
) -> Vec<usize> {
    let space = |j: usize| row.get(j).is_some_and(|c| symbol(c) == " ");
    let stop = |j: usize| row.get(j).is_some_and(|c| stops(symbol(c)));
    let capital = |j: Option<usize>| {
        j.and_then(|j| row.get(j)).is_some_and(|c| {
            let s = symbol(c);
            !s.is_empty() && s.chars().all(|ch| ch.is_alphabetic() && ch.is_uppercase())
        })
    };
    let len = row.len();
    let mut out: Vec<T> = Vec::with_capacity(len + 8);
    let mut went = vec![0; len];
    let mut i = 0;
    while i < len {
        if stop(i) {
            note(&mut went, i, out.len());
            out.extend(row.get(i).cloned());
            i += 1;
            continue;
        }
        // The text: up to two spaces in a row, a box line or the end.
        let mut end = i;
        while end < len && !stop(end) && !(space(end) && space(end + 1)) {
            end += 1;
        }
        // A single space before a box line belongs to the gap.
        if end > i && stop(end) && space(end - 1) {
            end -= 1;
        }
        let mut gap_end = end;
        while space(gap_end) {
            gap_end += 1;
        }
        let gap = gap_end - end;
        let letters = (i..end)
            .filter(|&j| row.get(j).is_some_and(|c| two_letters(symbol(c)).is_some()))
            .count();
        let spare = if gap_end == len {
            if grow { usize::MAX } else { gap }
        } else if stop(gap_end) {
            gap
        } else {
            gap.saturating_sub(1)
        };
        // A text of one cell keeps its one letter rather than become "…".
        let taken = if end - i < 2 && spare == 0 {
            0
        } else {
            letters.min(spare)
        };
        let start = out.len();
        for j in i..end {
            note(&mut went, j, out.len());
            let Some(cell) = row.get(j) else { break };
            match two_letters(symbol(cell)) {
                Some((first, second)) if letters > 0 && (taken > 0 || end - i >= 2) => {
                    // In a word of capitals, both are capitals: "KÜRZEL" → "KUERZEL".
                    let shouting = first.chars().all(|c| c.is_ascii_uppercase())
                        && (capital(Some(j + 1)) || capital(j.checked_sub(1)));
                    let second = if shouting {
                        second.to_ascii_uppercase()
                    } else {
                        second.to_string()
                    };
                    let mut a = cell.clone();
                    set(&mut a, first);
                    let mut b = cell.clone();
                    set(&mut b, &second);
                    out.extend([a, b]);
                }
                Some((first, _)) => {
                    let mut a = cell.clone();
                    set(&mut a, first);
                    out.push(a);
                }
                None => out.push(cell.clone()),
            }
        }
        // Too few spaces: the text is cut to the cells it has room for, and says so.
        let room = (end - i) + taken;
        if out.len() - start > room {
            out.truncate(start + room);
            if let Some(last) = out.last_mut().filter(|_| room > 0) {
                set(last, "…");
            }
            for w in went.iter_mut().take(end).skip(i) {
                *w = (*w).min(start + room.saturating_sub(1));
            }
        }
        // The gap, less what the text took.
        let kept = gap.saturating_sub(taken.min(gap));
        for (n, j) in (end..gap_end).enumerate() {
            note(
                &mut went,
                j,
                out.len().min(start + room + n.saturating_sub(gap - kept)),
            );
            if n >= gap - kept {
                out.extend(row.get(j).cloned());
            }
        }
        i = gap_end;
    }
    *row = out;
    went
}

/// Notes where cell `at` went.
fn note(went: &mut [usize], at: usize, to: usize) {
    if let Some(w) = went.get_mut(at) {
        *w = to;
    }
}

/// Whether standard output is a terminal that shows only ASCII (set once by `main`):
/// the text tables then measure their cells as they are shown (`present::table`).
static ASCII_OUTPUT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Marks standard output as a terminal that shows only ASCII (see [`AsciiLines`]).
pub fn set_ascii_output(on: bool) {
    ASCII_OUTPUT.store(on, std::sync::atomic::Ordering::Relaxed);
}

/// Whether standard output shows only ASCII.
pub fn ascii_output() -> bool {
    ASCII_OUTPUT.load(std::sync::atomic::Ordering::Relaxed)
}

/// A line as a terminal of ASCII shows it: German letters as two (the line grows), every
/// other character as its [`ascii_fallback`].
pub fn ascii_text(line: &str) -> String {
    let mut cells: Vec<String> = line.graphemes(true).map(str::to_string).collect();
    let _ = widen_letters(&mut cells, true, |c| c.as_str(), |c, s| *c = s.to_string());
    let mut out = String::with_capacity(cells.len());
    for c in &cells {
        out.push_str(&ascii_fallback(c));
    }
    out
}

/// A writer for a terminal that shows only ASCII: each line as [`widen_letters`] makes
/// it (a line of a command's output may grow), then every other character as its
/// [`ascii_fallback`].
pub struct AsciiLines<W: std::io::Write> {
    inner: W,
    /// The line so far: its bytes up to the next line break.
    line: Vec<u8>,
}

impl<W: std::io::Write> AsciiLines<W> {
    pub fn new(inner: W) -> AsciiLines<W> {
        AsciiLines {
            inner,
            line: Vec::new(),
        }
    }

    fn write_line(&mut self) -> std::io::Result<()> {
        let out = ascii_text(&String::from_utf8_lossy(&self.line));
        self.line.clear();
        self.inner.write_all(out.as_bytes())
    }
}

impl<W: std::io::Write> std::io::Write for AsciiLines<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        for part in buf.split_inclusive(|&b| b == b'\n') {
            self.line.extend_from_slice(part);
            if part.ends_with(b"\n") {
                self.write_line()?;
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if !self.line.is_empty() {
            self.write_line()?;
        }
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_locale_says_whether_the_terminal_shows_utf8() {
        let env = |v: &'static str| move |k: &str| (k == "LANG").then(|| v.to_string());
        assert!(utf8_locale(env("de_DE.UTF-8")));
        assert!(utf8_locale(env("en_US.utf8")));
        assert!(utf8_locale(env("C")));
        assert!(utf8_locale(|_| None));
        assert!(!utf8_locale(env("de_DE.ISO-8859-15@euro")));
        assert!(!utf8_locale(env("de_DE")));
        assert!(!utf8_locale(env("de_DE@euro")));
    }

    #[test]
    fn the_old_console_keeps_its_fonts_letters_and_lines_and_loses_the_rest() {
        let g = Glyphs::ConsoleFonts;
        for kept in ["ä", "ß", "─", "┃", "█", "░", "–", "…", "●", "€", "⌂"] {
            assert_eq!(g.shown(kept), kept);
        }
        assert_eq!(g.shown("✓"), "x");
        assert_eq!(g.shown("▶"), ">");
        assert_eq!(Glyphs::Ascii.shown("ä"), "a");
        assert_eq!(Glyphs::All.shown("✓"), "✓");
    }

    #[test]
    fn ascii_fallbacks_keep_the_width_and_the_meaning() {
        for (g, a) in [
            ("─", "-"),
            ("┃", "|"),
            ("┏", "+"),
            ("✓", "x"),
            ("·", "."),
            ("▶", ">"),
            ("▼", "v"),
            ("ä", "a"),
            ("Ü", "U"),
            ("ß", "s"),
            ("…", "."),
            ("語", "??"),
            ("k", "k"),
        ] {
            assert_eq!(ascii_fallback(g), a, "{g}");
        }
    }

    fn widened(s: &str, grow: bool) -> String {
        let mut cells: Vec<String> = s.graphemes(true).map(str::to_string).collect();
        let _ = widen_letters(&mut cells, grow, |c| c.as_str(), |c, s| *c = s.to_string());
        cells.concat()
    }

    #[test]
    fn german_letters_take_a_space_of_the_next_gap_so_columns_stay() {
        // A table: the column after the widened name stays where it was.
        assert_eq!(widened("Büttelborn   ja\nX", false), "Buettelborn  ja\nX");
        assert_eq!(
            widened("Groß-Gerau (GG)   ja", false),
            "Gross-Gerau (GG)  ja"
        );
        // A box keeps its width: the gap before the line is taken, not the line.
        assert_eq!(widened("│ Rüsselsheim  │", false), "│ Ruesselsheim │");
        // No gap before the box line: the text is cut by one, and says so.
        assert_eq!(widened("│Rüsselsheim│", false), "│Ruesselshe…│");
        assert_eq!(widened("│Mörfelden-Wal…│", false), "│Moerfelden-Wa…│");
        assert_eq!(widened("│Rüsselsheim │", false), "│Ruesselsheim│");
        // A command's line may grow at its end.
        assert_eq!(widened("Mörfelden-Walldorf", true), "Moerfelden-Walldorf");
        assert_eq!(widened("Mörfelden-Walldorf", false), "Moerfelden-Walldo…");
        // A letter alone in its box keeps its one cell.
        assert_eq!(widened("│ü│", false), "│u│");
        // Two letters of one text share its gap; the next column stays.
        assert_eq!(
            widened("Müller Jürgen   ja   x", false),
            "Mueller Juergen ja   x"
        );
        assert_eq!(
            widened("Müller Jürgen  ja   x", false),
            "Mueller Juerg… ja   x"
        );
        // The last space before a box line may be taken.
        assert_eq!(widened("│ Menü │", false), "│ Menue│");
        // Where each cell went: after "Bü" one more.
        let mut cells: Vec<String> = "Bütt  x".graphemes(true).map(str::to_string).collect();
        let went = widen_letters(&mut cells, false, |c| c.as_str(), |c, s| *c = s.to_string());
        assert_eq!(cells.concat(), "Buett x");
        assert_eq!(went, [0, 1, 3, 4, 5, 5, 6]);
        assert_eq!(widened("ÄÖÜ ẞ", true), "AEOEUE SS");
        assert_eq!(widened("Über", true), "Ueber");
    }

    proptest::proptest! {
        /// A row of the screen keeps its width and its box lines where they were, and
        /// every German letter of it becomes an ASCII letter.
        #[test]
        fn a_screen_row_keeps_its_width_and_its_lines(
            row in proptest::collection::vec(
                proptest::sample::select(vec!["a", "ä", "Ü", "ß", " ", "│", "x", "…"]),
                0..40,
            )
        ) {
            let mut cells: Vec<String> = row.iter().map(|c| c.to_string()).collect();
            let went = widen_letters(&mut cells, false, |c| c.as_str(), |c, s| *c = s.to_string());
            proptest::prop_assert_eq!(went.len(), row.len());
            proptest::prop_assert!(went.windows(2).all(|w| w[0] <= w[1]));
            proptest::prop_assert_eq!(cells.len(), row.len());
            for (i, c) in row.iter().enumerate() {
                if *c == "│" {
                    proptest::prop_assert_eq!(cells.get(i).map(String::as_str), Some("│"));
                }
            }
            proptest::prop_assert!(!cells.iter().any(|c| ["ä", "Ü", "ß"].contains(&c.as_str())));
        }
    }

    #[test]
    fn a_command_writes_ascii_lines_with_two_letters_for_one() {
        use std::io::Write as _;
        let mut out = AsciiLines::new(Vec::new());
        // Written in pieces that split a letter and a line.
        let text = "KÜRZEL  NAME\nBÜT     Büttelborn ✓\nläuft";
        let bytes = text.as_bytes();
        out.write_all(&bytes[..3]).unwrap();
        out.write_all(&bytes[3..20]).unwrap();
        out.write_all(&bytes[20..]).unwrap();
        out.flush().unwrap();
        let got = String::from_utf8(out.inner).unwrap();
        assert_eq!(got, "KUERZEL NAME\nBUET    Buettelborn x\nlaeuft");
    }
}
