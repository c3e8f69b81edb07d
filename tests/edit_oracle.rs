//! `ikz set` against an oracle: random sequences of edits, made by the real binary to a
//! copy of the small valid folder (format 1, with bare members, `joined`, `left`, an
//! array on one line and counts), and then the folder's answers (`ikz matrix --format
//! json` of every year) compared with a plain map of (project, member, year) → state
//! built from the commands alone. The map also says which edits the count of a year
//! refuses, and each edit is made twice: the second time it changes no byte.
//!
//! Cases: `PROPTEST_CASES` (16 by default: each step starts the binary).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

use proptest::prelude::*;

const MEMBERS: [&str; 3] = ["moerfelden-walldorf", "raunheim", "kreis-gross-gerau"];
/// The projects of the folder and their years.
const PROJECTS: [(&str, u16, u16); 2] = [("klimaschutz", 2022, 2024), ("vergabe", 2017, 2019)];
/// The counts the folder reports.
const COUNTS: [(&str, u16, usize); 2] = [("klimaschutz", 2024, 3), ("vergabe", 2019, 1)];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Yes,
    No,
    Unknown,
}

#[derive(Debug, Clone)]
struct Set {
    project: usize,
    member: usize,
    first: u16,
    last: u16,
    state: State,
    source: &'static str,
}

fn edit() -> impl Strategy<Value = Set> {
    (
        0..2usize,
        0..3usize,
        0..3u16,
        0..3u16,
        0..3u8,
        any::<bool>(),
    )
        .prop_map(|(project, member, a, b, state, pm)| {
            let (_, start, _) = PROJECTS[project];
            let (a, b) = (a.min(b), a.max(b));
            Set {
                project,
                member,
                first: start + a,
                last: start + b,
                state: [State::Yes, State::No, State::Unknown][state as usize],
                source: if pm { "pm" } else { "bericht" },
            }
        })
}

fn ikz(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_ikz"))
        .arg("--data")
        .arg(dir)
        .args(args)
        .env("LANG", "C.UTF-8")
        .env("IKZ_CONFIG", dir.join("no-settings.toml"))
        .output()
        .unwrap()
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to.join("projects")).unwrap();
    for entry in walk(from) {
        let rel = entry.strip_prefix(from).unwrap();
        std::fs::copy(&entry, to.join(rel)).unwrap();
    }
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// Every cell the folder answers: (project, member, year) → state.
fn answers(dir: &Path) -> HashMap<(String, String, u16), State> {
    let mut cells = HashMap::new();
    for year in 2017..=2024u16 {
        let o = ikz(
            dir,
            &["matrix", "--format", "json", "--year", &year.to_string()],
        );
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        let members: Vec<String> = v["members"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["id"].as_str().unwrap().to_string())
            .collect();
        for p in v["projects"].as_array().unwrap() {
            let id = p["id"].as_str().unwrap().to_string();
            for (m, cell) in members.iter().zip(p["cells"].as_array().unwrap()) {
                let state = match cell.as_str().unwrap() {
                    "yes" => State::Yes,
                    "no" => State::No,
                    _ => State::Unknown,
                };
                cells.insert((id.clone(), m.clone(), year), state);
            }
        }
    }
    cells
}

/// The oracle: what the sources say (yes, no, or nothing), and the cells that follow
/// from it as the model reads them (a member not named is "no" where everyone is named:
/// a count reached, or every member named as taking part or not).
struct Oracle {
    said: HashMap<(String, String, u16), State>,
}

impl Oracle {
    fn count(project: &str, year: u16) -> Option<usize> {
        COUNTS
            .iter()
            .find(|(p, y, _)| *p == project && *y == year)
            .map(|c| c.2)
    }

    fn named(&self, project: &str, year: u16, state: State) -> usize {
        MEMBERS
            .iter()
            .filter(|m| self.said.get(&(project.into(), (**m).into(), year)) == Some(&state))
            .count()
    }

    fn cell(&self, project: &str, member: &str, year: u16) -> State {
        match self.said.get(&(project.into(), member.into(), year)) {
            Some(State::Yes) => State::Yes,
            Some(State::No) => State::No,
            _ => {
                let yes = self.named(project, year, State::Yes);
                let no = self.named(project, year, State::No);
                let complete = yes == MEMBERS.len()
                    || Self::count(project, year).is_some_and(|c| yes >= c)
                    || yes + no >= MEMBERS.len();
                if complete { State::No } else { State::Unknown }
            }
        }
    }

    /// Makes the edit; `false` where the year's count refuses it (nothing changes).
    fn set(&mut self, e: &Set) -> bool {
        let (project, _, _) = PROJECTS[e.project];
        let mut next = self.said.clone();
        for y in e.first..=e.last {
            let key = (project.to_string(), MEMBERS[e.member].to_string(), y);
            match e.state {
                State::Unknown => next.remove(&key),
                s => next.insert(key, s),
            };
        }
        let before = std::mem::replace(&mut self.said, next);
        let fits = (e.first..=e.last).all(|y| {
            let yes = self.named(project, y, State::Yes);
            let no = self.named(project, y, State::No);
            Self::count(project, y).is_none_or(|c| yes <= c && c <= MEMBERS.len() - no)
        });
        if !fits {
            self.said = before;
        }
        fits
    }
}

fn check(dir: &Path, oracle: &Oracle) -> Result<(), TestCaseError> {
    let got = answers(dir);
    for (project, start, end) in PROJECTS {
        for y in start..=end {
            for m in MEMBERS {
                let key = (project.to_string(), m.to_string(), y);
                let Some(&cell) = got.get(&key) else {
                    return Err(TestCaseError::fail(format!("no answer for {key:?}")));
                };
                prop_assert_eq!(cell, oracle.cell(project, m, y), "{:?}", key);
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(16)
    ))]

    #[test]
    fn edits_mean_what_the_commands_say(edits in proptest::collection::vec(edit(), 1..8)) {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("data");
        copy(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid"), &dir);
        // What the folder says at first, as the sources say it (explicitly, not as
        // inferred from a count).
        let mut oracle = Oracle { said: HashMap::new() };
        for ((p, m, y), s) in answers(&dir) {
            if s == State::Yes {
                oracle.said.insert((p, m, y), s);
            }
        }
        check(&dir, &oracle)?;
        for e in &edits {
            let (project, _, _) = PROJECTS[e.project];
            let years = format!("{}-{}", e.first, e.last);
            let state = match e.state {
                State::Yes => "yes",
                State::No => "nein",
                State::Unknown => "unknown",
            };
            let mut args = vec!["set", project, MEMBERS[e.member], state, "--years", &years];
            if e.state != State::Unknown {
                args.extend(["--source", e.source]);
            }
            let o = ikz(&dir, &args);
            let fits = oracle.set(e);
            let code = o.status.code().unwrap();
            prop_assert_eq!(
                code == 0,
                fits,
                "{:?}: exit {}: {}",
                e,
                code,
                String::from_utf8_lossy(&o.stderr)
            );
            if fits {
                // The same edit again: said already, no byte changed.
                let before: Vec<Vec<u8>> = walk(&dir).iter().map(|p| std::fs::read(p).unwrap()).collect();
                let again = ikz(&dir, &args);
                prop_assert!(again.status.success());
                prop_assert!(String::from_utf8_lossy(&again.stdout).contains("already"));
                let after: Vec<Vec<u8>> = walk(&dir).iter().map(|p| std::fs::read(p).unwrap()).collect();
                prop_assert_eq!(before, after);
            }
            let check_o = ikz(&dir, &["check"]);
            prop_assert!(check_o.status.success(), "{}", String::from_utf8_lossy(&check_o.stderr));
        }
        check(&dir, &oracle)?;
    }
}
