//! The sources' addresses on screen as links (OSC 8), for terminals known to show them.
//!
//! ratatui's buffer holds one symbol per cell and counts the bytes of an escape sequence
//! as width, so a link cannot be drawn into it. Instead, after each frame, the cells of
//! an address are found in the finished buffer and written once more, the same symbols in
//! the same style, between the sequences that open and close a link. The next frame
//! overwrites them like any other cells; where they did not change, the terminal keeps
//! the link. Only addresses of the sources of what is shown are linked: a text that
//! merely looks like an address is not, and a cut one ("https://…/berich…") links to
//! the whole address it is the start of.

use ratatui::buffer::Buffer;
use ratatui::style::Style;

/// One address on screen: where it starts, its cells (symbol and style) and where it
/// leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub x: u16,
    pub y: u16,
    pub cells: Vec<(String, Style)>,
    pub url: String,
}

/// Whether the terminal shows OSC 8 links, from its environment: `FORCE_HYPERLINK` decides
/// where set (`0` for no); inside tmux or screen, no (they pass links on only when told
/// to); Windows Terminal, VTE 0.50 and later (GNOME Terminal, Tilix), Konsole, kitty,
/// WezTerm, iTerm2, foot, Ghostty, Alacritty and VS Code's terminal, yes; any other, no,
/// since one that does not know the sequence may show it as text.
pub fn supported(env: impl Fn(&str) -> Option<String>) -> bool {
    let set = |k: &str| env(k).filter(|v| !v.is_empty());
    if let Some(force) = set("FORCE_HYPERLINK") {
        return force != "0";
    }
    let term = set("TERM").unwrap_or_default();
    if set("TMUX").is_some() || term.starts_with("screen") || term.starts_with("tmux") {
        return false;
    }
    if set("WT_SESSION").is_some() || set("KONSOLE_VERSION").is_some() {
        return true;
    }
    if set("VTE_VERSION").and_then(|v| v.parse::<u32>().ok()) >= Some(5000) {
        return true;
    }
    let program = set("TERM_PROGRAM").unwrap_or_default();
    ["iTerm.app", "WezTerm", "vscode", "ghostty"].contains(&program.as_str())
        || ["xterm-kitty", "alacritty", "foot", "xterm-ghostty"]
            .iter()
            .any(|t| term.starts_with(t))
}

/// The addresses among `known` as the buffer shows them, each with its cells. An address
/// runs from `http://` or `https://` to the next blank, frame line or the row's end.
pub fn find(buffer: &Buffer, known: &[&str]) -> Vec<Link> {
    if known.is_empty() {
        return Vec::new();
    }
    let area = buffer.area;
    let mut links = Vec::new();
    for y in area.top()..area.bottom() {
        let row: Vec<(u16, &str, Style)> = (area.left()..area.right())
            .filter_map(|x| buffer.cell((x, y)).map(|c| (x, c.symbol(), c.style())))
            .collect();
        let mut i = 0;
        while i < row.len() {
            let starts = |scheme: &str| {
                scheme
                    .chars()
                    .enumerate()
                    .all(|(k, ch)| row.get(i + k).is_some_and(|c| c.1 == ch.to_string()))
            };
            if !(starts("https://") || starts("http://")) {
                i += 1;
                continue;
            }
            let end = (i..row.len())
                .find(|&j| {
                    row.get(j)
                        .is_some_and(|c| c.1 == " " || c.1 == "│" || c.1 == "|")
                })
                .unwrap_or(row.len());
            let cells: Vec<(String, Style)> = row
                .get(i..end)
                .unwrap_or_default()
                .iter()
                .map(|c| (c.1.to_string(), c.2))
                .collect();
            let text: String = cells.iter().map(|c| c.0.as_str()).collect();
            let url = match text.strip_suffix('…') {
                Some(start) => {
                    let mut whole = known.iter().filter(|u| u.starts_with(start));
                    match (whole.next(), whole.next()) {
                        (Some(u), None) => Some(*u),
                        _ => None,
                    }
                }
                None => known.iter().find(|u| **u == text).copied(),
            };
            if let (Some(url), Some(first)) = (url, row.get(i)) {
                links.push(Link {
                    x: first.0,
                    y,
                    cells,
                    url: url.to_string(),
                });
            }
            i = end;
        }
    }
    links
}

/// The bytes that write `links` over what is on screen: each address between the
/// sequences that open and close a link. An address with a control character in it (the
/// data forbids them) is left as it is.
pub fn sequences(links: &[Link]) -> Vec<u8> {
    use ratatui::backend::IntoCrossterm as _;
    use ratatui::crossterm::Command as _;
    use ratatui::crossterm::cursor::MoveTo;
    use ratatui::crossterm::style::{PrintStyledContent, StyledContent};
    let mut out = String::new();
    for link in links
        .iter()
        .filter(|l| !l.url.chars().any(char::is_control))
    {
        let _ = MoveTo(link.x, link.y).write_ansi(&mut out);
        out.push_str("\x1b]8;;");
        out.push_str(&link.url);
        out.push_str("\x1b\\");
        // Cells of one style in one piece: an address is mostly one style.
        for piece in link.cells.chunk_by(|a, b| a.1 == b.1) {
            let text: String = piece.iter().map(|c| c.0.as_str()).collect();
            let style = piece.first().map(|c| c.1).unwrap_or_default();
            let _ = PrintStyledContent(StyledContent::new(style.into_crossterm(), text))
                .write_ansi(&mut out);
        }
        out.push_str("\x1b]8;;\x1b\\");
    }
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| {
            vars.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn only_terminals_known_to_show_links_get_them() {
        assert!(!supported(env(&[("TERM", "xterm-256color")])));
        assert!(supported(env(&[("WT_SESSION", "x")])));
        assert!(supported(env(&[
            ("TERM", "xterm-256color"),
            ("VTE_VERSION", "7200")
        ])));
        assert!(!supported(env(&[("VTE_VERSION", "4800")])));
        assert!(supported(env(&[("TERM", "xterm-kitty")])));
        assert!(!supported(env(&[
            ("TERM", "xterm-kitty"),
            ("TMUX", "/tmp/t,1,0")
        ])));
        assert!(!supported(env(&[
            ("TERM", "screen-256color"),
            ("WT_SESSION", "x")
        ])));
        assert!(supported(env(&[
            ("TERM", "screen"),
            ("FORCE_HYPERLINK", "1")
        ])));
        assert!(!supported(env(&[
            ("WT_SESSION", "x"),
            ("FORCE_HYPERLINK", "0")
        ])));
    }

    #[test]
    fn whole_and_cut_addresses_of_known_sources_are_found_with_their_cells() {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 40, 4));
        buffer.set_string(
            0,
            0,
            "│ https://a.de/bericht.pdf │",
            Style::new().fg(ratatui::style::Color::Blue),
        );
        buffer.set_string(2, 1, "https://b.de/lang…", Style::new());
        buffer.set_string(2, 2, "https://unknown.de", Style::new());
        buffer.set_string(2, 3, "https://c.de/x…", Style::new());
        let known = [
            "https://a.de/bericht.pdf",
            "https://b.de/lange-adresse",
            "https://c.de/x1",
            "https://c.de/x2",
        ];
        let links = find(&buffer, &known);
        let found: Vec<(u16, u16, usize, &str)> = links
            .iter()
            .map(|l| (l.x, l.y, l.cells.len(), l.url.as_str()))
            .collect();
        // The unknown one is not a source; the last could be either of two.
        assert_eq!(
            found,
            [
                (2, 0, 24, "https://a.de/bericht.pdf"),
                (2, 1, 18, "https://b.de/lange-adresse"),
            ]
        );
        assert_eq!(links[0].cells[0].1.fg, Some(ratatui::style::Color::Blue));
    }

    #[test]
    fn the_sequences_open_and_close_each_link_around_its_text() {
        let link = Link {
            x: 3,
            y: 1,
            cells: "https://a.de"
                .chars()
                .map(|c| (c.to_string(), Style::new()))
                .collect(),
            url: "https://a.de".into(),
        };
        let text = String::from_utf8(sequences(std::slice::from_ref(&link))).unwrap_or_default();
        assert!(
            text.starts_with("\x1b[2;4H\x1b]8;;https://a.de\x1b\\"),
            "{text:?}"
        );
        assert!(text.ends_with("\x1b]8;;\x1b\\"), "{text:?}");
        assert!(text.contains("https://a.de\x1b"), "one piece: {text:?}");
        let bad = Link {
            url: "https://a.de/\x1b]2;x\x07".into(),
            ..link
        };
        assert!(sequences(&[bad]).is_empty());
    }
}
