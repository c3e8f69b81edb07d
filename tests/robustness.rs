//! No input, however broken, makes loading panic, and every rejection is a located
//! message. A bounded, deterministic set of damaged copies of the shipped files:
//! every truncation point (in steps), flipped bytes, and inserted hostile bytes.
//! (A coverage-guided fuzzer can run the same entry point, `ikz::data::load_memory`.)

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use ikz::data::load_memory;

/// Loads the shipped files with file `i` replaced by `bytes`, and checks every message.
fn load_with(files: &[(String, Vec<u8>)], i: usize, bytes: &[u8]) {
    let mut set: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(r, b)| (r.as_str(), b.as_slice()))
        .collect();
    set[i].1 = bytes;
    let loaded = load_memory(&set);
    for d in &loaded.diagnostics {
        let shown = ikz::present::words::problems::line(d, ikz::present::words::Lang::En);
        assert!(d.line >= 1 && d.col >= 1, "{shown}");
        assert!(d.path.starts_with("<memory>/"), "{shown}");
        assert!(
            !shown.contains('\u{1b}') && !shown.contains('\n'),
            "{shown:?}"
        );
    }
}

/// A small deterministic generator (xorshift), so every run tests the same cases.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn truncated_files_never_panic() {
    let files = common::shipped_files();
    for (i, (_, bytes)) in files.iter().enumerate() {
        let step = (bytes.len() / 40).max(1);
        for cut in (0..bytes.len()).step_by(step) {
            load_with(&files, i, &bytes[..cut]);
        }
    }
}

#[test]
fn damaged_files_never_panic() {
    let files = common::shipped_files();
    let hostile: &[&[u8]] = &[
        b"\x1b[2J",
        b"\xff\xfe",
        b"\xc3",
        b"\0",
        b"\"",
        b"[[",
        b"]]",
        b"{",
        b"=",
        b"\n[member]\n",
        b"\r\n",
        "\u{202e}".as_bytes(),
        b"\\u001b",
        b"9999999999999999999999",
        b"-1",
        b"'''",
        b"\"\"\"",
        b"#",
    ];
    let mut rng = Rng(0x1a2b_3c4d_5e6f_7788);
    for _ in 0..1500 {
        let i = (rng.next() % files.len() as u64) as usize;
        let mut bytes = files[i].1.clone();
        let at = (rng.next() % (bytes.len() as u64 + 1)) as usize;
        match rng.next() % 3 {
            0 if !bytes.is_empty() => {
                let at = at.min(bytes.len() - 1);
                bytes[at] ^= 1 << (rng.next() % 8);
            }
            1 => {
                let h = hostile[(rng.next() % hostile.len() as u64) as usize];
                bytes.splice(at..at, h.iter().copied());
            }
            _ => {
                let end = (at + (rng.next() % 40) as usize).min(bytes.len());
                bytes.drain(at..end);
            }
        }
        load_with(&files, i, &bytes);
    }
}

#[test]
fn missing_and_empty_files() {
    let loaded = load_memory(&[]);
    assert_eq!(loaded.errors(), 2);
    let loaded = load_memory(&[("ikz.toml", b""), ("members.toml", b"")]);
    assert!(loaded.errors() > 0);
    let text: Vec<String> = loaded
        .diagnostics
        .iter()
        .map(|d| ikz::present::words::problems::line(d, ikz::present::words::Lang::En))
        .collect();
    assert!(
        text.iter()
            .any(|t| t.starts_with("<memory>/ikz.toml:1:1: error: ikz.toml has no `format`")),
        "{text:?}"
    );
}
