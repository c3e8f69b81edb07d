//! A TOML document as a tree of values, each with its place in the file, built straight
//! from the events of `toml_parser`.
//!
//! `toml`'s own document (`DeTable`) keeps every table, down to each inline
//! `{ member = "…", joined = 2016 }`, in a B-tree of its own: building and dropping those
//! took twice as long as lexing and parsing (BENCHMARKS.md, "Our own TOML tree"). Here
//! all values of a file sit in one vector; a table or an array links its children,
//! which is all the reading needs (a table holds a few dozen keys at most, looked up
//! one after the other).
//!
//! The rules of TOML 1.1 on keys and tables are those of `toml` itself: a key defined
//! twice, a table defined twice or extended with dotted keys after its `[header]`, an
//! inline table or a plain array extended later are errors, reported with `toml`'s words
//! (`tree_tests.rs` checks that both read every shipped and test file, and generated
//! documents of clashing keys, alike).

use std::borrow::Cow;
use std::cell::RefCell;
use std::ops::Range;

use toml_parser::decoder::{Encoding, ScalarKind};
use toml_parser::lexer::Token;
use toml_parser::parser::{EventReceiver, RecursionGuard, ValidateWhitespace};
use toml_parser::{ErrorSink, Expected, ParseError, Raw, Source, Span};

/// How deep arrays and inline tables may nest, and how many parts a key may have:
/// `toml`'s limit, which keeps a hostile file from taking the stack.
const DEPTH_LIMIT: u32 = 80;

/// The root's index; it is nobody's child, so a link to it means "none".
const ROOT: usize = 0;
const NONE: usize = ROOT;

/// A parsed file: its values in one vector, the root table first.
#[derive(Debug)]
pub struct Tree<'i> {
    src: &'i str,
    nodes: Vec<Node>,
    /// The texts that differ from what the file says (written with escapes).
    kept: Vec<String>,
}

/// A text of a file: where the file says it, or kept aside when decoding changed it.
#[derive(Debug, Clone, Copy)]
enum Text {
    At(usize, usize),
    Kept(usize),
}

impl Text {
    const EMPTY: Text = Text::At(0, 0);

    /// The text itself, from the file or from the texts kept aside.
    fn of<'a>(self, file: &'a str, kept: &'a [String]) -> &'a str {
        match self {
            Text::At(start, end) => file.get(start..end).unwrap_or(""),
            Text::Kept(i) => kept.get(i).map_or("", String::as_str),
        }
    }
}

#[derive(Debug)]
struct Node {
    kind: Kind,
    /// The decoded text of a string; the digits of an integer, a float or a date.
    text: Text,
    start: usize,
    end: usize,
    /// The key under which the value sits in its table ("" in an array).
    key: Text,
    key_start: usize,
    key_end: usize,
    /// The first and last child of a table or an array, and the next sibling.
    first: usize,
    last: usize,
    next: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    String,
    Integer {
        radix: u32,
    },
    Float,
    Boolean(bool),
    Datetime,
    /// `of_tables`: made by `[[key]]` headers, which may add to it.
    Array {
        of_tables: bool,
    },
    /// `implicit`: made only as the parent of another table (`[a.b]` makes `a`) or by a
    /// dotted key (`dotted`); a `[header]` may still define it. `inline`: `{ … }`.
    Table {
        implicit: bool,
        dotted: bool,
        inline: bool,
    },
}

impl Kind {
    const TABLE: Kind = Kind::Table {
        implicit: false,
        dotted: false,
        inline: false,
    };

    /// `toml`'s name of the type, for its messages.
    fn name(self) -> &'static str {
        match self {
            Kind::String => "string",
            Kind::Integer { .. } => "integer",
            Kind::Float => "float",
            Kind::Boolean(_) => "boolean",
            Kind::Datetime => "datetime",
            Kind::Array { .. } => "array",
            Kind::Table { inline: true, .. } => "inline table",
            Kind::Table { .. } => "table",
        }
    }
}

impl<'i> Tree<'i> {
    /// Parses a whole file; every syntax error and every key or table defined twice
    /// goes to `errors`. With errors, the tree holds what could be placed.
    pub fn parse(text: &'i str, errors: &mut Vec<ParseError>) -> Tree<'i> {
        let source = Source::new(text);
        let (mut tokens, nodes) = SPARE.with_borrow_mut(std::mem::take);
        tokens.clear();
        tokens.extend(source.lex());
        let mut builder = Builder::new(source, nodes);
        {
            let mut whitespace = ValidateWhitespace::new(&mut builder, source);
            let mut guard = RecursionGuard::new(&mut whitespace, DEPTH_LIMIT);
            toml_parser::parser::parse_document(&tokens, &mut guard, errors);
        }
        SPARE.with_borrow_mut(|spare| spare.0 = tokens);
        Tree {
            src: text,
            nodes: builder.nodes,
            kept: builder.kept,
        }
    }

    fn text(&self, text: Text) -> &str {
        text.of(self.src, &self.kept)
    }

    /// The document's top-level table (its span is empty, at the start of the file);
    /// `None` only for a tree without a root, which `parse` never makes.
    pub fn root(&self) -> Option<Table<'_, 'i>> {
        let node = self.nodes.get(ROOT)?;
        Some(Table(Item { tree: self, node }))
    }
}

impl Drop for Tree<'_> {
    /// Leaves the vector of values to the thread's next file, unless it is large.
    fn drop(&mut self) {
        if self.nodes.capacity() <= SPARE_NODES {
            let mut nodes = std::mem::take(&mut self.nodes);
            nodes.clear();
            SPARE.with_borrow_mut(|spare| spare.1 = nodes);
        }
    }
}

/// The largest vector of values kept for the next file (half a megabyte).
const SPARE_NODES: usize = 4096;

thread_local! {
    /// The tokens and the vector of values of the thread's last file, for its next:
    /// loading thousands of files then takes no fresh memory for them.
    static SPARE: RefCell<(Vec<Token>, Vec<Node>)> = const { RefCell::new((Vec::new(), Vec::new())) };
}

/// One value of a tree.
#[derive(Clone, Copy)]
pub struct Item<'t, 'i> {
    tree: &'t Tree<'i>,
    node: &'t Node,
}

/// What a value is.
pub enum Value<'t, 'i> {
    String(&'t str),
    /// The digits as written, without `_` and prefix, to be read in `radix`.
    Integer {
        digits: &'t str,
        radix: u32,
    },
    Float,
    Boolean,
    Datetime,
    Array(Array<'t, 'i>),
    Table(Table<'t, 'i>),
}

impl<'t, 'i> Item<'t, 'i> {
    /// Where the value is written: a string with its quotes, a table with its header.
    pub fn span(self) -> Range<usize> {
        self.node.start..self.node.end
    }

    /// The key under which it sits ("" in an array).
    pub fn key(self) -> &'t str {
        self.tree.text(self.node.key)
    }

    pub fn key_span(self) -> Range<usize> {
        self.node.key_start..self.node.key_end
    }

    pub fn value(self) -> Value<'t, 'i> {
        match self.node.kind {
            Kind::String => Value::String(self.tree.text(self.node.text)),
            Kind::Integer { radix } => Value::Integer {
                digits: self.tree.text(self.node.text),
                radix,
            },
            Kind::Float => Value::Float,
            Kind::Boolean(_) => Value::Boolean,
            Kind::Datetime => Value::Datetime,
            Kind::Array { .. } => Value::Array(Array(self)),
            Kind::Table { .. } => Value::Table(Table(self)),
        }
    }

    fn children(self) -> Children<'t, 'i> {
        Children {
            tree: self.tree,
            next: self.node.first,
        }
    }
}

/// A table: its entries, each an [`Item`] with its key.
#[derive(Clone, Copy)]
pub struct Table<'t, 'i>(Item<'t, 'i>);

impl<'t, 'i> Table<'t, 'i> {
    pub fn iter(self) -> impl Iterator<Item = Item<'t, 'i>> {
        self.0.children()
    }

    pub fn get(self, key: &str) -> Option<Item<'t, 'i>> {
        self.iter().find(|item| item.key() == key)
    }

    pub fn span(self) -> Range<usize> {
        self.0.span()
    }
}

/// An array: its items in order.
#[derive(Clone, Copy)]
pub struct Array<'t, 'i>(Item<'t, 'i>);

impl<'t, 'i> Array<'t, 'i> {
    pub fn iter(self) -> impl Iterator<Item = Item<'t, 'i>> {
        self.0.children()
    }

    pub fn is_empty(self) -> bool {
        self.iter().next().is_none()
    }

    pub fn len(self) -> usize {
        self.iter().count()
    }
}

struct Children<'t, 'i> {
    tree: &'t Tree<'i>,
    next: usize,
}

impl<'t, 'i> Iterator for Children<'t, 'i> {
    type Item = Item<'t, 'i>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.next == NONE {
            return None;
        }
        let node = self.tree.nodes.get(self.next)?;
        self.next = node.next;
        Some(Item {
            tree: self.tree,
            node,
        })
    }
}

/// A key as read: its decoded text and where it is written.
struct Key {
    text: Text,
    span: Span,
}

/// Where the next value goes.
enum Slot {
    /// Into a table, under a key (after `key =`).
    Entry { table: usize, key: Key },
    /// Nowhere: its key was a duplicate (reported); the value is read and dropped.
    Nowhere,
}

/// Builds the tree from the parser's events, as they come.
struct Builder<'i> {
    source: Source<'i>,
    nodes: Vec<Node>,
    kept: Vec<String>,
    /// The parts of the key or header being read.
    keys: Vec<Key>,
    /// Inside `[…]` or `[[…]]`: whether it is `[[…]]`, and where it starts.
    header: Option<(bool, usize)>,
    /// The table the document's `key = value` lines go into.
    current: usize,
    /// The arrays and inline tables being filled, innermost last.
    open: Vec<usize>,
    slot: Option<Slot>,
}

impl<'i> Builder<'i> {
    fn new(source: Source<'i>, mut nodes: Vec<Node>) -> Self {
        nodes.clear();
        nodes.push(Node::new(Kind::TABLE, 0, 0));
        Builder {
            source,
            nodes,
            kept: Vec::new(),
            keys: Vec::new(),
            header: None,
            current: ROOT,
            open: Vec::new(),
            slot: None,
        }
    }

    fn kind(&self, id: usize) -> Option<Kind> {
        self.nodes.get(id).map(|n| n.kind)
    }

    fn set_kind(&mut self, id: usize, kind: Kind) {
        if let Some(n) = self.nodes.get_mut(id) {
            n.kind = kind;
        }
    }

    /// A decoded text: where the file says it when it is a piece of the file (no
    /// escapes), else kept aside.
    fn text(&mut self, text: Cow<'i, str>) -> Text {
        let input = self.source.input();
        if let Cow::Borrowed(piece) = text {
            let start = (piece.as_ptr() as usize).wrapping_sub(input.as_ptr() as usize);
            let end = start.wrapping_add(piece.len());
            if input
                .get(start..end)
                .is_some_and(|t| std::ptr::eq(t, piece))
            {
                return Text::At(start, end);
            }
        }
        self.kept.push(text.into_owned());
        Text::Kept(self.kept.len() - 1)
    }

    fn text_of(&self, text: Text) -> &str {
        text.of(self.source.input(), &self.kept)
    }

    fn add(&mut self, node: Node) -> usize {
        self.nodes.push(node);
        self.nodes.len() - 1
    }

    /// Makes `child` the last child of `parent`.
    fn link(&mut self, parent: usize, child: usize) {
        let Some(last) = self.nodes.get(parent).map(|p| p.last) else {
            return;
        };
        if last == NONE {
            if let Some(p) = self.nodes.get_mut(parent) {
                p.first = child;
            }
        } else if let Some(l) = self.nodes.get_mut(last) {
            l.next = child;
        }
        if let Some(p) = self.nodes.get_mut(parent) {
            p.last = child;
        }
    }

    /// Adds an entry `key` to `table`.
    fn add_entry(&mut self, table: usize, key: Key, mut node: Node) -> usize {
        (node.key_start, node.key_end) = (key.span.start(), key.span.end());
        node.key = key.text;
        let id = self.add(node);
        self.link(table, id);
        id
    }

    fn find(&self, table: usize, key: &str) -> Option<usize> {
        let mut next = self.nodes.get(table).map_or(NONE, |t| t.first);
        while next != NONE {
            let node = self.nodes.get(next)?;
            if self.text_of(node.key) == key {
                return Some(next);
            }
            next = node.next;
        }
        None
    }

    /// Places a new value where it belongs: under the key just read, or as the next
    /// item of the array being filled. Returns its index.
    fn place(&mut self, node: Node) -> usize {
        match self.slot.take() {
            Some(Slot::Entry { table, key }) => self.add_entry(table, key, node),
            Some(Slot::Nowhere) => self.add(node),
            None => {
                let id = self.add(node);
                let innermost = self.open.last().copied();
                if let Some(array) = innermost
                    && matches!(self.kind(array), Some(Kind::Array { .. }))
                {
                    self.link(array, id);
                }
                id
            }
        }
    }

    /// After `key =`: finds or makes the tables of a dotted key and checks that the
    /// last part is new, then waits for the value.
    fn key_value(&mut self, errors: &mut dyn ErrorSink) {
        let mut keys = std::mem::take(&mut self.keys);
        let Some(last) = keys.pop().filter(|_| !too_deep(&keys, errors)) else {
            self.slot = Some(Slot::Nowhere);
            return;
        };
        let inline = match self.open.last() {
            Some(&inner) => match self.kind(inner) {
                Some(Kind::Table { .. }) => Some(inner),
                _ => {
                    self.slot = Some(Slot::Nowhere);
                    return;
                }
            },
            None => None,
        };
        let table = match inline {
            Some(inner) => self.descend_inline(inner, keys, errors),
            None => self.descend_dotted(self.current, keys, &last, errors),
        };
        self.slot = Some(match table {
            Some(table) => match self.find(table, self.text_of(last.text)) {
                Some(old) => {
                    errors.report_error(duplicate(&last, self.nodes.get(old)));
                    Slot::Nowhere
                }
                None => Slot::Entry { table, key: last },
            },
            None => Slot::Nowhere,
        });
    }

    /// The tables of a dotted key inside an inline table: only tables this inline table
    /// made for dotted keys may be extended.
    fn descend_inline(
        &mut self,
        mut table: usize,
        path: Vec<Key>,
        errors: &mut dyn ErrorSink,
    ) -> Option<usize> {
        for key in path {
            table = match self.find(table, self.text_of(key.text)) {
                None => {
                    let kind = Kind::Table {
                        implicit: true,
                        dotted: true,
                        inline: true,
                    };
                    let span = key.span;
                    self.add_entry(table, key, Node::new(kind, span.start(), span.end()))
                }
                Some(found) => match self.kind(found) {
                    Some(Kind::Table { implicit: true, .. }) => found,
                    Some(Kind::Table { .. }) => {
                        errors.report_error(
                            ParseError::new("duplicate key").with_unexpected(key.span),
                        );
                        return None;
                    }
                    Some(kind) => {
                        errors.report_error(cannot_extend(kind, &key, self.nodes.get(found)));
                        return None;
                    }
                    None => return None,
                },
            };
        }
        Some(table)
    }

    /// The tables of a dotted key in the document (`dotted`) or of a `[header]`: makes
    /// the missing ones, steps into the last table of an array of tables, and refuses
    /// other values and inline tables; a dotted key may not reach into a table that a
    /// header defined.
    fn descend(
        &mut self,
        mut table: usize,
        path: Vec<Key>,
        dotted: bool,
        errors: &mut dyn ErrorSink,
    ) -> Option<usize> {
        for key in path {
            let Some(found) = self.find(table, self.text_of(key.text)) else {
                let kind = Kind::Table {
                    implicit: true,
                    dotted,
                    inline: false,
                };
                let span = key.span;
                table = self.add_entry(table, key, Node::new(kind, span.start(), span.end()));
                continue;
            };
            table = match self.kind(found) {
                Some(Kind::Array { of_tables: true }) => {
                    let last = self.nodes.get(found).map_or(NONE, |a| a.last);
                    match self.kind(last) {
                        Some(Kind::Table { .. }) if last != NONE => last,
                        _ => return None,
                    }
                }
                Some(kind @ Kind::Table { inline: true, .. }) => {
                    errors.report_error(cannot_extend(kind, &key, None));
                    return None;
                }
                Some(Kind::Table {
                    implicit, inline, ..
                }) if dotted => {
                    if !implicit {
                        errors.report_error(
                            ParseError::new("duplicate key").with_unexpected(key.span),
                        );
                        return None;
                    }
                    // Made for a header's path, now also by a dotted key: a header can
                    // no longer define it.
                    let kind = Kind::Table {
                        implicit,
                        dotted: true,
                        inline,
                    };
                    self.set_kind(found, kind);
                    found
                }
                Some(Kind::Table { .. }) => found,
                Some(kind) => {
                    errors.report_error(cannot_extend(kind, &key, self.nodes.get(found)));
                    return None;
                }
                None => return None,
            };
        }
        Some(table)
    }

    /// The table of a dotted key in the document: it may not add to a table that a
    /// header defined (or to a table of an array of tables); the key is then wrong.
    fn descend_dotted(
        &mut self,
        table: usize,
        path: Vec<Key>,
        key: &Key,
        errors: &mut dyn ErrorSink,
    ) -> Option<usize> {
        if path.is_empty() {
            return Some(table);
        }
        let found = self.descend(table, path, true, errors)?;
        if !matches!(self.kind(found), Some(Kind::Table { implicit: true, .. })) {
            errors.report_error(ParseError::new("duplicate key").with_unexpected(key.span));
            return None;
        }
        Some(found)
    }

    /// At the `]` of a `[header]` or the `]]` of an `[[header]]`: the table that the
    /// following lines fill.
    fn close_header(&mut self, end: usize, errors: &mut dyn ErrorSink) {
        let Some((array, start)) = self.header.take() else {
            return;
        };
        let mut keys = std::mem::take(&mut self.keys);
        self.open.clear();
        self.slot = None;
        // Whatever goes wrong, the lines below go somewhere: a table outside the tree.
        let detached = |b: &mut Self| b.add(Node::new(Kind::TABLE, start, end));
        let Some(last) = keys.pop().filter(|_| !too_deep(&keys, errors)) else {
            self.current = detached(self);
            return;
        };
        let Some(parent) = self.descend(ROOT, keys, false, errors) else {
            self.current = detached(self);
            return;
        };
        let found = self.find(parent, self.text_of(last.text));
        self.current = match (array, found) {
            (false, None) => self.add_entry(parent, last, Node::new(Kind::TABLE, start, end)),
            (false, Some(old)) => match self.kind(old) {
                Some(Kind::Table {
                    implicit: true,
                    dotted: false,
                    ..
                }) => {
                    // Defined now: it takes the header's place.
                    if let Some(n) = self.nodes.get_mut(old) {
                        n.kind = Kind::TABLE;
                        (n.start, n.end) = (start, end);
                        (n.key_start, n.key_end) = (last.span.start(), last.span.end());
                    }
                    old
                }
                kind => {
                    errors.report_error(duplicate(&last, self.nodes.get(old)));
                    match kind {
                        Some(Kind::Table { .. }) => old,
                        _ => detached(self),
                    }
                }
            },
            (true, None) => {
                let list = Node::new(Kind::Array { of_tables: true }, start, end);
                let list = self.add_entry(parent, last, list);
                let table = self.add(Node::new(Kind::TABLE, start, end));
                self.link(list, table);
                table
            }
            (true, Some(old)) => match self.kind(old) {
                Some(Kind::Array { of_tables: true }) => {
                    let table = self.add(Node::new(Kind::TABLE, start, end));
                    self.link(old, table);
                    table
                }
                _ => {
                    let old_span = self
                        .nodes
                        .get(old)
                        .map(|n| Span::new_unchecked(n.start, n.end));
                    let mut e = ParseError::new("duplicate key").with_unexpected(last.span);
                    if let Some(old_span) = old_span {
                        e = e.with_context(old_span);
                    }
                    errors.report_error(e);
                    detached(self)
                }
            },
        };
    }

    /// The text at `span`, to be decoded as `encoding` says.
    fn raw(&self, span: Span, encoding: Option<Encoding>) -> Option<Raw<'i>> {
        let text = self.source.input().get(span.start()..span.end())?;
        Some(Raw::new_unchecked(text, encoding, span))
    }

    /// A new array or inline table, open until its closing bracket.
    fn open_container(&mut self, kind: Kind, span: Span) {
        let id = self.place(Node::new(kind, span.start(), span.end()));
        self.open.push(id);
    }

    fn close_container(&mut self, span: Span, is_array: bool) {
        let Some(&inner) = self.open.last() else {
            return;
        };
        if matches!(self.kind(inner), Some(Kind::Array { .. })) != is_array {
            return;
        }
        self.open.pop();
        if let Some(n) = self.nodes.get_mut(inner) {
            n.end = span.end();
        }
        self.keys.clear();
        self.slot = None;
    }
}

impl Node {
    fn new(kind: Kind, start: usize, end: usize) -> Self {
        Node {
            kind,
            text: Text::EMPTY,
            start,
            end,
            key: Text::EMPTY,
            key_start: start,
            key_end: start,
            first: NONE,
            last: NONE,
            next: NONE,
        }
    }
}

/// The most common keys and values, taken as written: a bare key, a `"…"` text without
/// escapes or anything TOML forbids in it, a year or count in plain digits. The decoder
/// would find them to be what they look like; everything else goes to it.
fn plain(input: &str, span: Span, encoding: Option<Encoding>, ok: fn(u8) -> bool) -> Option<Text> {
    let (start, end) = (span.start(), span.end());
    let (start, end) = match encoding {
        None => (start, end),
        Some(Encoding::BasicString) => (start.checked_add(1)?, end.checked_sub(1)?),
        Some(_) => return None,
    };
    let bytes = input.as_bytes().get(span.start()..span.end())?;
    let quoted = encoding.is_some();
    if quoted && (bytes.len() < 2 || bytes.first() != Some(&b'"') || bytes.last() != Some(&b'"')) {
        return None;
    }
    let inner = input.as_bytes().get(start..end)?;
    (!inner.is_empty() || quoted)
        .then_some(())
        .filter(|()| inner.iter().all(|&b| ok(b)))
        .map(|()| Text::At(start, end))
}

/// A byte of a bare key: `A-Za-z0-9_-`.
fn is_bare_key_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

/// A byte a basic string may hold as it is: no escape, no quote, no control character
/// (a tab is allowed); any byte of a non-ASCII character.
fn is_plain_string_byte(b: u8) -> bool {
    (b >= 0x20 || b == b'\t') && b != 0x7f && b != b'\\' && b != b'"'
}

/// A plain text (see [`plain`]) or a number of up to four digits without a leading zero.
fn plain_scalar(input: &str, span: Span, encoding: Option<Encoding>) -> Option<Node> {
    let kind = match encoding {
        Some(Encoding::BasicString) => Kind::String,
        None => {
            let digits = input.as_bytes().get(span.start()..span.end())?;
            let simple = (1..=4).contains(&digits.len())
                && digits.iter().all(u8::is_ascii_digit)
                && (digits.first() != Some(&b'0') || digits.len() == 1);
            if !simple {
                return None;
            }
            Kind::Integer { radix: 10 }
        }
        Some(_) => return None,
    };
    let text = plain(input, span, encoding, is_plain_string_byte)?;
    let mut node = Node::new(kind, span.start(), span.end());
    node.text = text;
    Some(node)
}

/// An error in words: its description and, where the parser knows, what it expected
/// ("missing value, expected `]`"). The same words as `toml` uses for its errors.
pub fn message(error: &ParseError) -> String {
    let mut message = error.description().to_string();
    if let Some(expected) = error.expected() {
        message.push_str(", expected ");
        if expected.is_empty() {
            message.push_str("nothing");
        }
        for (i, expected) in expected.iter().enumerate() {
            if i > 0 {
                message.push_str(", ");
            }
            match expected {
                Expected::Literal("\n") => message.push_str("newline"),
                Expected::Literal("`") => message.push_str("'`'"),
                Expected::Literal(s) if s.chars().all(|c| c.is_ascii_control()) => {
                    message.push_str(&format!("`{}`", s.escape_debug()));
                }
                Expected::Literal(s) => message.push_str(&format!("`{s}`")),
                Expected::Description(s) => message.push_str(s),
                _ => message.push_str("etc"),
            }
        }
    }
    message
}

/// A key of more parts than `toml` takes.
fn too_deep(path: &[Key], errors: &mut dyn ErrorSink) -> bool {
    let deep = path.len() >= DEPTH_LIMIT as usize;
    if deep {
        errors.report_error(ParseError::new("recursion limit"));
    }
    deep
}

fn duplicate(key: &Key, old: Option<&Node>) -> ParseError {
    let e = ParseError::new("duplicate key").with_unexpected(key.span);
    match old {
        Some(old) => e.with_context(Span::new_unchecked(old.key_start, old.key_end)),
        None => e,
    }
}

fn cannot_extend(kind: Kind, key: &Key, old: Option<&Node>) -> ParseError {
    let name = kind.name();
    let e = ParseError::new(format!(
        "cannot extend value of type {name} with a dotted key"
    ))
    .with_unexpected(key.span);
    match old {
        Some(old) => e.with_context(Span::new_unchecked(old.start, old.end)),
        None => e,
    }
}

impl<'i> EventReceiver for Builder<'i> {
    fn std_table_open(&mut self, span: Span, _error: &mut dyn ErrorSink) {
        self.header = Some((false, span.start()));
        self.keys.clear();
    }

    fn std_table_close(&mut self, span: Span, error: &mut dyn ErrorSink) {
        self.close_header(span.end(), error);
    }

    fn array_table_open(&mut self, span: Span, _error: &mut dyn ErrorSink) {
        self.header = Some((true, span.start()));
        self.keys.clear();
    }

    fn array_table_close(&mut self, span: Span, error: &mut dyn ErrorSink) {
        self.close_header(span.end(), error);
    }

    fn inline_table_open(&mut self, span: Span, _error: &mut dyn ErrorSink) -> bool {
        let kind = Kind::Table {
            implicit: false,
            dotted: false,
            inline: true,
        };
        self.open_container(kind, span);
        true
    }

    fn inline_table_close(&mut self, span: Span, _error: &mut dyn ErrorSink) {
        self.close_container(span, false);
    }

    fn array_open(&mut self, span: Span, _error: &mut dyn ErrorSink) -> bool {
        self.open_container(Kind::Array { of_tables: false }, span);
        true
    }

    fn array_close(&mut self, span: Span, _error: &mut dyn ErrorSink) {
        self.close_container(span, true);
    }

    fn simple_key(&mut self, span: Span, encoding: Option<Encoding>, error: &mut dyn ErrorSink) {
        if let Some(text) = plain(self.source.input(), span, encoding, is_bare_key_byte) {
            self.keys.push(Key { text, span });
            return;
        }
        let Some(raw) = self.raw(span, encoding) else {
            return;
        };
        let mut text = Cow::Borrowed("");
        raw.decode_key(&mut text, error);
        let text = self.text(text);
        self.keys.push(Key { text, span });
    }

    fn key_val_sep(&mut self, _span: Span, error: &mut dyn ErrorSink) {
        self.key_value(error);
    }

    fn scalar(&mut self, span: Span, encoding: Option<Encoding>, error: &mut dyn ErrorSink) {
        if let Some(node) = plain_scalar(self.source.input(), span, encoding) {
            self.place(node);
            return;
        }
        let Some(raw) = self.raw(span, encoding) else {
            return;
        };
        let mut text = Cow::Borrowed("");
        let kind = match raw.decode_scalar(&mut text, error) {
            ScalarKind::String => Kind::String,
            ScalarKind::Boolean(b) => Kind::Boolean(b),
            ScalarKind::Float => Kind::Float,
            ScalarKind::Integer(radix) => Kind::Integer {
                radix: radix.value(),
            },
            ScalarKind::DateTime => {
                if let Err(e) = text.parse::<toml_datetime::Datetime>() {
                    error.report_error(ParseError::new(e.to_string()).with_unexpected(span));
                }
                Kind::Datetime
            }
        };
        let mut node = Node::new(kind, span.start(), span.end());
        node.text = self.text(text);
        self.place(node);
    }

    fn value_sep(&mut self, _span: Span, _error: &mut dyn ErrorSink) {
        self.keys.clear();
        self.slot = None;
    }

    fn newline(&mut self, _span: Span, _error: &mut dyn ErrorSink) {
        if self.open.is_empty() {
            self.keys.clear();
            self.slot = None;
        }
    }
}

#[cfg(test)]
#[path = "tree_tests.rs"]
mod tests;
