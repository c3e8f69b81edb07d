//! The colours as the terminal understands them. crossterm writes every colour in the
//! 256-colour form (`ESC[38;5;2m`), which a terminal of 16 colours — the Linux console
//! (`TERM=linux`), `ansi`, `cons25`, a plain `screen` — may misread or ignore. There the
//! output goes through [`BasicColors`], which writes the same colours in the form of 16
//! (`ESC[32m`), a 256-colour one as the nearest of the 16.

use std::io::{self, Write};

/// Whether `TERM` names a terminal of at most 16 colours.
pub fn sixteen(term: Option<&str>) -> bool {
    let Some(term) = term else { return false };
    matches!(
        term,
        "linux" | "ansi" | "screen" | "cons25" | "cons25-m" | "pcansi"
    ) || term.starts_with("linux-")
        || term.starts_with("cons25")
}

/// A writer that passes everything through, but, where `on`, writes the colours of
/// crossterm's 256-colour form in the form of 16. Escape sequences may come in pieces;
/// one is held until it is whole.
pub struct BasicColors<W: Write> {
    inner: W,
    on: bool,
    /// An escape sequence begun and not yet ended.
    held: Vec<u8>,
}

impl<W: Write> BasicColors<W> {
    pub fn new(inner: W, on: bool) -> BasicColors<W> {
        BasicColors {
            inner,
            on,
            held: Vec::new(),
        }
    }

    /// Writes the escape sequence held, rewritten where it is a colour.
    fn release(&mut self) -> io::Result<()> {
        let held = std::mem::take(&mut self.held);
        match rewritten(&held) {
            Some(basic) => self.inner.write_all(basic.as_bytes()),
            None => self.inner.write_all(&held),
        }
    }
}

/// A colour sequence (`ESC[…m`) with each 256-colour part (`38;5;N` a foreground,
/// `48;5;N` a background, as crossterm writes them, alone or with others such as
/// `38;5;6;49`) in the form of 16; `None` where it has none.
fn rewritten(seq: &[u8]) -> Option<String> {
    let body = std::str::from_utf8(seq)
        .ok()?
        .strip_prefix("\x1b[")?
        .strip_suffix('m')?;
    let mut parts = body.split(';');
    let mut out: Vec<String> = Vec::new();
    let mut changed = false;
    while let Some(p) = parts.next() {
        let ground = match p {
            "38" => 30,
            "48" => 40,
            _ => {
                out.push(p.to_string());
                continue;
            }
        };
        let kind = parts.next();
        let n: u8 = match kind {
            Some("5") => parts.next().and_then(|n| n.parse().ok())?,
            // A true colour (`38;2;r;g;b`) as it came, its three parts with it.
            Some("2") => {
                out.extend([p, "2"].map(String::from));
                out.extend(parts.by_ref().take(3).map(String::from));
                continue;
            }
            _ => return None,
        };
        // A dark grey background (the matrix's crosshair) as blue: the Linux console
        // shows no bright backgrounds, and black would not show on black.
        let (color, bright) = match (ground, n) {
            (40, 232..=243) => (4, false),
            _ => nearest(n),
        };
        out.push((ground + color + if bright { 60 } else { 0 }).to_string());
        changed = true;
    }
    changed.then(|| format!("\x1b[{}m", out.join(";")))
}

/// The nearest of the 16 colours to one of the 256: its number (0 black … 7 white) and
/// whether it is the bright one.
fn nearest(n: u8) -> (u8, bool) {
    match n {
        0..=7 => (n, false),
        8..=15 => (n - 8, true),
        // The 6×6×6 cube: each part on where it is more than half, bright where any is
        // at its top.
        16..=231 => {
            let c = n - 16;
            let (r, g, b) = (c / 36, (c / 6) % 6, c % 6);
            let on = |x: u8| u8::from(x >= 3);
            let color = on(r) | on(g) << 1 | on(b) << 2;
            (color, r.max(g).max(b) >= 4)
        }
        // The greys, dark to light: dark grey, grey, white.
        232..=243 => (0, true),
        244..=249 => (7, false),
        _ => (7, true),
    }
}

impl<W: Write> Write for BasicColors<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if !self.on {
            return self.inner.write(buf);
        }
        let mut plain = 0;
        for (i, &b) in buf.iter().enumerate() {
            if self.held.is_empty() {
                if b == 0x1b {
                    self.inner
                        .write_all(buf.get(plain..i).unwrap_or_default())?;
                    self.held.push(b);
                }
                continue;
            }
            self.held.push(b);
            // `ESC [` then parameters; a byte from `@` to `~` ends it. Anything but a
            // CSI, or one grown past any colour's length, goes out as it came.
            let csi = self.held.get(1) == Some(&b'[');
            let ended = self.held.len() > 2 && (0x40..=0x7e).contains(&b);
            if !csi && self.held.len() >= 2 || ended || self.held.len() > 64 {
                self.release()?;
            }
            plain = i + 1;
        }
        if self.held.is_empty() {
            self.inner.write_all(buf.get(plain..).unwrap_or_default())?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(pieces: &[&[u8]]) -> String {
        let mut w = BasicColors::new(Vec::new(), true);
        for p in pieces {
            w.write_all(p).unwrap();
        }
        String::from_utf8(w.inner).unwrap()
    }

    #[test]
    fn colours_come_in_the_form_of_sixteen_even_in_pieces() {
        assert_eq!(through(&[b"a\x1b[38;5;2mb"]), "a\x1b[32mb");
        assert_eq!(through(&[b"\x1b[48;5;236m"]), "\x1b[44m");
        assert_eq!(through(&[b"\x1b[38;5;236m"]), "\x1b[90m");
        assert_eq!(through(&[b"\x1b[38;5;10m"]), "\x1b[92m");
        assert_eq!(through(&[b"\x1b[48;5;8m"]), "\x1b[100m");
        // ratatui sets both at once.
        assert_eq!(through(&[b"\x1b[38;5;6;49m"]), "\x1b[36;49m");
        assert_eq!(through(&[b"\x1b[38;5;3;48;5;236m"]), "\x1b[33;44m");
        // A true colour keeps its parts, whatever their numbers.
        assert_eq!(
            through(&[b"\x1b[38;2;38;5;1;48;5;2m"]),
            "\x1b[38;2;38;5;1;42m"
        );
        // crossterm writes a colour in several pieces.
        assert_eq!(
            through(&[b"x\x1b[", b"38;", b"5;11", "mé".as_bytes()]),
            "x\x1b[93mé"
        );
        // Everything else as it came: other sequences, text, the cursor.
        for other in [
            "\x1b[1m",
            "\x1b[2J\x1b[10;5H",
            "\x1b]8;;http://x\x07",
            "ä✓",
            "\x1b7",
        ] {
            assert_eq!(through(&[other.as_bytes()]), other);
        }
        // Off: nothing changes.
        let mut w = BasicColors::new(Vec::new(), false);
        w.write_all(b"\x1b[38;5;2m").unwrap();
        assert_eq!(w.inner, b"\x1b[38;5;2m");
    }

    #[test]
    fn which_terminals_have_sixteen_colours() {
        assert!(sixteen(Some("linux")));
        assert!(sixteen(Some("cons25")));
        assert!(!sixteen(Some("xterm-256color")));
        assert!(!sixteen(Some("tmux-256color")));
        assert!(!sixteen(None));
    }
}
