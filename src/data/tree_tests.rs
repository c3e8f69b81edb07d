//! The tree against `toml`'s own document: the same values at the same places, and
//! the same first error at the same place.

#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use std::collections::BTreeMap;

use proptest::prelude::*;
use toml::de::{DeTable, DeValue};

use super::*;

/// A value as both sides can say it: its kind, its text, its place; tables by key.
#[derive(Debug, PartialEq)]
enum Shape {
    String(String),
    Integer(String, u32),
    Float,
    Boolean(bool),
    Datetime,
    Array(Vec<(Range<usize>, Shape)>),
    Table(BTreeMap<String, (Range<usize>, Range<usize>, Shape)>),
}

fn ours(item: Item<'_, '_>) -> Shape {
    match item.node.kind {
        Kind::String => Shape::String(item.tree.text(item.node.text).to_string()),
        Kind::Integer { radix } => {
            Shape::Integer(item.tree.text(item.node.text).to_string(), radix)
        }
        Kind::Float => Shape::Float,
        Kind::Boolean(b) => Shape::Boolean(b),
        Kind::Datetime => Shape::Datetime,
        Kind::Array { .. } => Shape::Array(item.children().map(|i| (i.span(), ours(i))).collect()),
        Kind::Table { .. } => Shape::Table(
            item.children()
                .map(|i| (i.key().to_string(), (i.key_span(), i.span(), ours(i))))
                .collect(),
        ),
    }
}

fn theirs(value: &DeValue<'_>) -> Shape {
    match value {
        DeValue::String(s) => Shape::String(s.to_string()),
        DeValue::Integer(i) => Shape::Integer(i.as_str().to_string(), i.radix()),
        DeValue::Float(_) => Shape::Float,
        DeValue::Boolean(b) => Shape::Boolean(*b),
        DeValue::Datetime(_) => Shape::Datetime,
        DeValue::Array(a) => {
            Shape::Array(a.iter().map(|v| (v.span(), theirs(v.get_ref()))).collect())
        }
        DeValue::Table(t) => Shape::Table(
            t.iter()
                .map(|(k, v)| {
                    let key = k.get_ref().to_string();
                    (key, (k.span(), v.span(), theirs(v.get_ref())))
                })
                .collect(),
        ),
    }
}

/// Both read `text` alike: the same errors in the same places (in the words the
/// loader shows), or none and the same document.
fn agree(text: &str) -> Result<(), TestCaseError> {
    let mut errors = Vec::new();
    let tree = Tree::parse(text, &mut errors);
    let (doc, their_errors) = DeTable::parse_recoverable(text);
    let mut mine: Vec<_> = errors
        .iter()
        .map(|e| (e.unexpected().map(|s| s.start()..s.end()), message(e)))
        .collect();
    let mut their: Vec<_> = their_errors
        .iter()
        .map(|e| (e.span(), e.message().to_string()))
        .collect();
    let order =
        |(s, m): &(Option<Range<usize>>, String)| (s.as_ref().map(|s| (s.start, s.end)), m.clone());
    mine.sort_by_key(order);
    their.sort_by_key(order);
    // After an error, each side reads on in its own way (`toml` reports a header's
    // clash twice, when the header opens and when it closes): the first error is
    // the same, and any error means the file is not read.
    prop_assert_eq!(mine.first(), their.first(), "errors differ for {:?}", text);
    if their.is_empty() {
        let root = tree.root().unwrap();
        let doc = DeValue::Table(doc.into_inner());
        prop_assert_eq!(ours(root.0), theirs(&doc), "{:?}", text);
    }
    Ok(())
}

fn files_below(dir: &std::path::Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_below(&path, found);
        } else if path.extension().is_some_and(|e| e == "toml") {
            found.push(path);
        }
    }
}

#[test]
fn reads_every_shipped_and_test_file_as_toml_does() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    files_below(&root.join("data"), &mut files);
    files_below(&root.join("tests/fixtures"), &mut files);
    assert!(files.len() > 60, "{}", files.len());
    for path in files {
        let bytes = std::fs::read(&path).unwrap();
        if let Ok(text) = std::str::from_utf8(&bytes) {
            agree(text).unwrap();
        }
    }
}

/// The rules of keys and tables, each in a few lines.
#[test]
fn keys_and_tables_follow_the_rules_of_toml() {
    let cases = [
        "a = 1\na = 2",
        "a.b = 1\na.c = 2",
        "a.b = 1\na = 2",
        "a = 1\na.b = 2",
        "[a]\nb = 1\n[a]\nc = 2",
        "[a.b]\nx = 1\n[a]\ny = 2",
        "[a.b]\nx = 1\n[a]\nb = 2",
        "[a]\nb.c = 1\n[a.b]\nd = 2",
        "a.b.c = 1\n[a.b]",
        "[a]\nx = 1\n[b]\na.x = 2",
        "a = {}\n[a]",
        "a = {}\na.b = 1",
        "a = { b = 1 }\n[a.c]",
        "a = { b.c = 1, b.d = 2 }",
        "a = { b = { c = 1 }, b.d = 2 }",
        "a = { b.c = 1, b = 2 }",
        "a = { x = 1, x = 2 }",
        "a = [1]\n[[a]]",
        "a = [1]\na.b = 2",
        "[[a]]\nx = 1\n[[a]]\nx = 2\n[a.b]\ny = 3",
        "[[a]]\n[a]",
        "[a]\n[[a]]",
        "[[a]]\na.b = 1",
        "[[a.b]]\n[[a.b]]\n[a]\nc = 1",
        "[[a]]\nb.c = 1\n[a.b]",
        "a.b = 1\n[a]",
        "[x]\n[x.y.z]\n[x]\ny.w = 1",
        "[[a.b]]\n[a]\nb.a = 1",
        "\"a\" = [{ a = 1 }, {}]\n[a]\na.b = 1\n[a]\na.b = 1",
        "\"a b\" = 1\n'a b' = 2",
        "\"\\u0061\" = 1\na = 2",
        "a = \"x\\ty\"\nb = '''\nz'''\nc = 0x7E4\nd = 1_000\ne = -5\nf = 1.5\ng = true",
        "d = 1979-05-27\ne = 1979-13-45T25:00:00",
        "a = [ { b = 1 }, [ 2, { c = [] } ] ]",
        "a = 1 # comment\n# another\n[b] # here\nc = 2",
        "a =\nb = 1",
        "= 1",
        "[a\nb = 1",
        "a = [1, 2\nb = 3",
        "a = { b = 1\nc = 2",
    ];
    for case in cases {
        agree(case).unwrap();
    }
}

fn line() -> impl Strategy<Value = String> {
    let key = prop::sample::select(vec!["a", "b", "a.b", "b.a", "a.a", "\"a\"", "a . b"]);
    let value = prop::sample::select(vec![
        "1",
        "\"x\"",
        "[1, 2]",
        "{}",
        "{ a = 1 }",
        "{ a.b = 1, a.c = 2 }",
        "[{ a = 1 }, {}]",
        "[[1], []]",
        "1979-05-27",
        "true",
        "0x10",
        "1.5e3",
        "{ a = 1, a = 2 }",
        "[",
        "{ a = [1, 2], b.c = { d = 1 } }",
    ]);
    prop_oneof![
        (key.clone(), value).prop_map(|(k, v)| format!("{k} = {v}")),
        key.clone().prop_map(|k| format!("[{k}]")),
        key.prop_map(|k| format!("[[{k}]]")),
        Just(String::from("# note")),
        Just(String::new()),
    ]
}

proptest! {
    /// Documents of a few lines over the same few keys: every rule of TOML's
    /// tables meets every other.
    #[test]
    fn reads_documents_of_clashing_keys_as_toml_does(
        lines in prop::collection::vec(line(), 0..8)
    ) {
        agree(&lines.join("\n"))?;
    }
}
