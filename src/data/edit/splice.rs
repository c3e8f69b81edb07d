//! A data file changed as it was written: the changes are ranges of the text the loader
//! reads (no byte-order mark, LF line ends) and what replaces them, and they are put
//! into the file's own bytes. So everything outside the changed ranges stays byte for
//! byte — line ends (CR LF or LF, also mixed), a byte-order mark, a missing final line
//! end, comments — and new lines take the file's line end.
//!
//! On top of that, the arrays of a project file (`participants`, `reported`, …) are
//! changed entry by entry ([`Array`]): a new entry gets a line of its own with the
//! indent and comma of its neighbours; a removed entry takes its own line with it (and
//! a comment at its end), never a comment on a line of its own above it, which may
//! speak of the entries after it too.

use std::ops::Range;

/// One data file's bytes and the changes to make to them.
#[derive(Debug)]
pub struct Doc {
    bytes: Vec<u8>,
    /// 3 where the file starts with a byte-order mark.
    bom: usize,
    /// The text the loader reads.
    text: String,
    /// The positions in `text` of the line ends that were CR LF in the file.
    crs: Vec<usize>,
    /// Whether new lines end in CR LF (most of the file's lines do).
    crlf: bool,
    changes: Vec<(Range<usize>, String)>,
}

impl Doc {
    /// The file's bytes; `None` where they are not UTF-8 text (the loader refused such a
    /// file before any edit could be asked for).
    pub fn new(bytes: Vec<u8>) -> Option<Doc> {
        let bom = if bytes.starts_with(b"\xEF\xBB\xBF") {
            3
        } else {
            0
        };
        let body = std::str::from_utf8(bytes.get(bom..)?).ok()?;
        let mut text = String::with_capacity(body.len());
        let mut crs = Vec::new();
        let mut rest = body;
        while let Some((line, after)) = rest.split_once("\r\n") {
            text.push_str(line);
            crs.push(text.len());
            text.push('\n');
            rest = after;
        }
        text.push_str(rest);
        let lines = text.matches('\n').count();
        let crlf = crs.len() * 2 > lines;
        Some(Doc {
            bytes,
            bom,
            text,
            crs,
            crlf,
            changes: Vec::new(),
        })
    }

    /// The text as the loader reads it; the changes' ranges are of it.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Replaces `range` of the text by `with` (LF line ends; the file's are written).
    /// Changes must not overlap; several insertions at one place keep their order.
    pub fn replace(&mut self, range: Range<usize>, with: impl Into<String>) {
        self.changes.push((range, with.into()));
    }

    /// Whether any change was asked for.
    pub fn is_changed(&self) -> bool {
        !self.changes.is_empty()
    }

    /// The file's bytes with the changes made.
    pub fn finish(mut self) -> Vec<u8> {
        self.changes.sort_by_key(|(r, _)| (r.start, r.end));
        let mut out = Vec::with_capacity(self.bytes.len() + 256);
        let mut at = 0;
        for (range, with) in &self.changes {
            let (start, end) = (self.in_file(range.start), self.in_file(range.end));
            // Overlapping changes are a mistake of the caller: the later one is left out
            // rather than cut into the earlier one.
            if start < at {
                debug_assert!(false, "overlapping changes");
                continue;
            }
            out.extend_from_slice(self.bytes.get(at..start).unwrap_or_default());
            if self.crlf {
                out.extend_from_slice(with.replace('\n', "\r\n").as_bytes());
            } else {
                out.extend_from_slice(with.as_bytes());
            }
            at = end.max(start);
        }
        out.extend_from_slice(self.bytes.get(at..).unwrap_or_default());
        out
    }

    /// The position in the file's bytes of a position of the text.
    fn in_file(&self, at: usize) -> usize {
        self.bom + at + self.crs.partition_point(|&p| p < at)
    }
}

/// Where a line starts: after the line end before `at`.
pub fn line_start(text: &str, at: usize) -> usize {
    text.get(..at)
        .and_then(|t| t.rfind('\n'))
        .map_or(0, |i| i + 1)
}

/// Where the line of `at` ends, after its line end (or the end of the text).
fn line_end(text: &str, at: usize) -> usize {
    text.get(at..)
        .and_then(|t| t.find('\n'))
        .map_or(text.len(), |i| at + i + 1)
}

/// What follows an entry on its line: spaces, a comma, a comment, then the line end.
/// `Some(whether there is a comma)` where nothing else follows it there.
fn rest_of_line(text: &str, end: usize) -> Option<bool> {
    let rest = text.get(end..line_end(text, end))?;
    let rest = rest.trim_start_matches([' ', '\t']);
    let (comma, rest) = match rest.strip_prefix(',') {
        Some(r) => (true, r.trim_start_matches([' ', '\t'])),
        None => (false, rest),
    };
    (rest.is_empty() || rest.starts_with('#') || rest.starts_with('\n')).then_some(comma)
}

/// An array value of the file, as written: the span of `[` … `]`, the start of its key,
/// and the spans of its entries.
#[derive(Debug, Clone)]
pub struct Array {
    pub key: Range<usize>,
    pub span: Range<usize>,
    pub items: Vec<Range<usize>>,
}

/// What becomes of an array: for each entry, kept, replaced or removed; and new
/// entries after an entry (by its number), or before the first (`None`).
#[derive(Debug, Default, Clone)]
pub struct ArrayChange {
    pub replace: Vec<(usize, String)>,
    pub remove: Vec<usize>,
    pub insert: Vec<(Option<usize>, String)>,
}

impl ArrayChange {
    pub fn is_empty(&self) -> bool {
        self.replace.is_empty() && self.remove.is_empty() && self.insert.is_empty()
    }
}

/// Why an array is not changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Layout {
    /// Entries share lines with each other and with comments: the change would have to
    /// move a comment.
    Unusual,
}

/// Makes `change` to `array` in `doc`.
pub fn change_array(doc: &mut Doc, array: &Array, change: &ArrayChange) -> Result<(), Layout> {
    if change.is_empty() {
        return Ok(());
    }
    let text = doc.text();
    let inner = text
        .get(array.span.start + 1..array.span.end.saturating_sub(1))
        .unwrap_or_default();
    let own_lines = !array.items.is_empty()
        && array.items.iter().all(|r| {
            owns_line(text, r).is_some() && !text.get(r.clone()).unwrap_or("").contains('\n')
        });
    let removed_all = array.items.len() == change.remove.len() && change.insert.is_empty();
    if removed_all && !inner.contains('#') {
        // Nothing left: the key goes, with its lines, where it stands on lines of its own.
        let from = line_start(text, array.key.start);
        let before = text.get(from..array.key.start).unwrap_or("x");
        if before.trim().is_empty() && rest_of_line(text, array.span.end).is_some() {
            let to = line_end(text, array.span.end);
            doc.replace(from..to, "");
            return Ok(());
        }
    }
    if own_lines {
        one_a_line(doc, array, change);
        return Ok(());
    }
    if inner.contains('#') {
        return Err(Layout::Unusual);
    }
    on_one_line(doc, array, change);
    Ok(())
}

/// `Some(its line)` where an entry is alone on its line (a comment may follow it).
fn owns_line(text: &str, item: &Range<usize>) -> Option<Range<usize>> {
    let start = line_start(text, item.start);
    let before = text.get(start..item.start)?;
    if !before.trim_matches([' ', '\t']).is_empty() {
        return None;
    }
    rest_of_line(text, item.end)?;
    Some(start..line_end(text, item.end))
}

/// An array with each entry on a line of its own: lines are added and removed.
fn one_a_line(doc: &mut Doc, array: &Array, change: &ArrayChange) {
    let text = doc.text().to_string();
    let lines: Vec<Range<usize>> = array
        .items
        .iter()
        .filter_map(|r| owns_line(&text, r))
        .collect();
    let last = array.items.len().saturating_sub(1);
    let indent = |i: usize| {
        let (Some(line), Some(item)) = (lines.get(i), array.items.get(i)) else {
            return "  ".to_string();
        };
        text.get(line.start..item.start).unwrap_or("  ").to_string()
    };
    let comma = |i: usize| {
        array
            .items
            .get(i)
            .and_then(|r| rest_of_line(&text, r.end))
            .unwrap_or(true)
    };
    // The comma style: a comma after the last entry, or not.
    let trailing = comma(last);
    let after_last: Vec<&String> = change
        .insert
        .iter()
        .filter(|(after, _)| *after == Some(last))
        .map(|(_, t)| t)
        .collect();
    let last_removed = change.remove.contains(&last);
    for (i, with) in &change.replace {
        if let Some(r) = array.items.get(*i) {
            doc.replace(r.clone(), with.clone());
        }
    }
    for i in &change.remove {
        if let Some(line) = lines.get(*i) {
            doc.replace(line.clone(), "");
        }
    }
    for (after, entry) in &change.insert {
        let (at, pad) = match after {
            None => (lines.first().map_or(0, |l| l.start), indent(0)),
            Some(i) => (lines.get(*i).map_or(0, |l| l.end), indent(*i)),
        };
        let own_comma = if !trailing && !last_removed && *after == Some(last) {
            // Without a trailing comma, the new last entry has none; the one before it does.
            after_last.last().is_none_or(|l| !std::ptr::eq(*l, entry))
        } else {
            true
        };
        let comma = if own_comma { "," } else { "" };
        doc.replace(at..at, format!("{pad}{entry}{comma}\n"));
    }
    if !trailing
        && !last_removed
        && !after_last.is_empty()
        && let Some(r) = array.items.get(last)
    {
        doc.replace(r.end..r.end, ",");
    }
}

/// An array written on one line (or with entries sharing lines, without comments): it
/// is written again on one line, its entries as they were, joined as the first two were.
fn on_one_line(doc: &mut Doc, array: &Array, change: &ArrayChange) {
    let text = doc.text().to_string();
    let join = match (array.items.first(), array.items.get(1)) {
        (Some(a), Some(b)) => text.get(a.end..b.start).unwrap_or(", ").trim().to_string() + " ",
        _ => ", ".to_string(),
    };
    let mut out: Vec<String> = Vec::new();
    let push_inserted = |after: Option<usize>, out: &mut Vec<String>| {
        out.extend(
            change
                .insert
                .iter()
                .filter(|(a, _)| *a == after)
                .map(|(_, t)| t.clone()),
        );
    };
    push_inserted(None, &mut out);
    for (i, r) in array.items.iter().enumerate() {
        if let Some((_, with)) = change.replace.iter().find(|(j, _)| *j == i) {
            out.push(with.clone());
        } else if !change.remove.contains(&i) {
            out.push(text.get(r.clone()).unwrap_or_default().to_string());
        }
        push_inserted(Some(i), &mut out);
    }
    let inside = match (array.items.first(), array.items.last()) {
        (Some(first), Some(last)) => first.start..last.end,
        _ => array.span.start + 1..array.span.end.saturating_sub(1),
    };
    let joined = out.join(&join);
    if array.items.is_empty() && !joined.is_empty() {
        doc.replace(inside, format!("\n  {joined},\n"));
    } else {
        doc.replace(inside, joined);
    }
}

/// Adds `key = [ … ]` with `entries`, each on a line of its own, after the line of the
/// value that ends at `after` (or at the start, where it is `None`).
pub fn new_array(doc: &mut Doc, after: usize, key: &str, entries: &[String]) {
    let at = line_end(doc.text(), after);
    let mut lines = String::new();
    if at > 0 && !doc.text().get(..at).unwrap_or("\n").ends_with('\n') {
        // The value was on the file's last line, which has no line end.
        lines.push('\n');
    }
    lines.push_str(key);
    lines.push_str(" = [\n");
    for e in entries {
        lines.push_str("  ");
        lines.push_str(e);
        lines.push_str(",\n");
    }
    lines.push_str("]\n");
    doc.replace(at..at, lines);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn array(text: &str, key: &str) -> Array {
        let doc = toml::de::DeTable::parse(text).unwrap();
        let (k, v) = doc.get_ref().get_key_value(key).unwrap();
        let toml::de::DeValue::Array(items) = v.get_ref() else {
            panic!("not an array")
        };
        Array {
            key: k.span(),
            span: v.span(),
            items: items.iter().map(|i| i.span()).collect(),
        }
    }

    fn changed(text: &str, change: ArrayChange) -> String {
        let bytes = text.as_bytes().to_vec();
        let mut doc = Doc::new(bytes).unwrap();
        let a = array(doc.text(), "a");
        change_array(&mut doc, &a, &change).unwrap();
        String::from_utf8(doc.finish()).unwrap()
    }

    #[test]
    fn nothing_changed_is_the_same_bytes() {
        for text in ["a = 1\r\nb = 2\n", "\u{feff}a = [\r\n  1,\r\n]", "x = 1"] {
            let doc = Doc::new(text.as_bytes().to_vec()).unwrap();
            assert_eq!(doc.finish(), text.as_bytes());
        }
    }

    #[test]
    fn line_ends_and_the_mark_stay_and_new_lines_take_the_files() {
        let text = "\u{feff}# c\r\na = [\r\n  1, # one\r\n  2,\r\n]\r\nz = 0";
        let mut doc = Doc::new(text.as_bytes().to_vec()).unwrap();
        let a = array(doc.text(), "a");
        let change = ArrayChange {
            insert: vec![(Some(0), "5".into())],
            ..Default::default()
        };
        change_array(&mut doc, &a, &change).unwrap();
        let out = String::from_utf8(doc.finish()).unwrap();
        assert_eq!(
            out,
            "\u{feff}# c\r\na = [\r\n  1, # one\r\n  5,\r\n  2,\r\n]\r\nz = 0"
        );
    }

    #[test]
    fn entries_on_lines_of_their_own() {
        let text = "a = [\n  # the first\n  1, # one\n    2,\n]\n";
        let insert_after_last = ArrayChange {
            insert: vec![(Some(1), "3".into()), (Some(1), "4".into())],
            ..Default::default()
        };
        assert_eq!(
            changed(text, insert_after_last),
            "a = [\n  # the first\n  1, # one\n    2,\n    3,\n    4,\n]\n"
        );
        let remove_first = ArrayChange {
            remove: vec![0],
            ..Default::default()
        };
        assert_eq!(
            changed(text, remove_first),
            "a = [\n  # the first\n    2,\n]\n"
        );
        let before_first = ArrayChange {
            insert: vec![(None, "0".into())],
            replace: vec![(1, "22".into())],
            ..Default::default()
        };
        assert_eq!(
            changed(text, before_first),
            "a = [\n  # the first\n  0,\n  1, # one\n    22,\n]\n"
        );
    }

    #[test]
    fn without_a_trailing_comma_the_new_last_has_none() {
        let text = "a = [\n  1,\n  2\n]\n";
        let change = ArrayChange {
            insert: vec![(Some(1), "3".into())],
            ..Default::default()
        };
        assert_eq!(changed(text, change), "a = [\n  1,\n  2,\n  3\n]\n");
    }

    #[test]
    fn an_array_on_one_line() {
        let text = "a = [1,2] # c\n";
        let change = ArrayChange {
            insert: vec![(Some(0), "5".into())],
            remove: vec![1],
            ..Default::default()
        };
        assert_eq!(changed(text, change), "a = [1, 5] # c\n");
        let empty = "a = []\nb = 1\n";
        let change = ArrayChange {
            insert: vec![(None, "5".into())],
            ..Default::default()
        };
        assert_eq!(changed(empty, change), "a = [\n  5,\n]\nb = 1\n");
    }

    #[test]
    fn an_array_left_empty_goes_with_its_key() {
        let text = "x = 1\na = [\n  1,\n]\nb = 2\n";
        let change = ArrayChange {
            remove: vec![0],
            ..Default::default()
        };
        assert_eq!(changed(text, change), "x = 1\nb = 2\n");
    }

    #[test]
    fn a_new_array_after_a_value_on_the_last_line_without_a_line_end() {
        let mut doc = Doc::new(b"x = 1\r\ny = 2".to_vec()).unwrap();
        let end = doc.text().len();
        new_array(&mut doc, end, "a", &["1".to_string()]);
        assert_eq!(doc.finish(), b"x = 1\r\ny = 2\r\na = [\r\n  1,\r\n]\r\n");
    }
}
