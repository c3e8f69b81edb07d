//! `ikz set` as a user runs it: each kind of edit as its diff (snapshots), what it
//! says back, refused edits that change no byte, a format-1 folder, and two colleagues
//! at once: one saves between the other's read and write.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn ikz_in(dir: &Path, args: &[&str], lang: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ikz"))
        .arg("--data")
        .arg(dir)
        .args(args)
        .env_remove("IKZ_DATA")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang)
        .env("IKZ_CONFIG", "/nonexistent/ikz-tests/config.toml")
        .output()
        .unwrap()
}

fn ikz(dir: &Path, args: &[&str]) -> Output {
    ikz_in(dir, args, "C.UTF-8")
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn code(o: &Output) -> i32 {
    o.status.code().unwrap()
}

/// A new folder of the built-in data (by `ikz init`).
fn folder() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("daten");
    let o = Command::new(env!("CARGO_BIN_EXE_ikz"))
        .arg("init")
        .arg(&dir)
        .env("IKZ_CONFIG", "/nonexistent/ikz-tests/config.toml")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", err(&o));
    (tmp, dir)
}

/// Every file of the folder and its bytes.
fn bytes(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                todo.push(p);
            } else {
                let b = std::fs::read(&p).unwrap();
                files.push((p, b));
            }
        }
    }
    files.sort();
    files
}

/// What `ikz participants --format json` says of a member in a project and year.
fn takes_part(dir: &Path, project: &str, year: u16, member: &str) -> String {
    let year = year.to_string();
    let o = ikz(
        dir,
        &["participants", project, "--year", &year, "--format", "json"],
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    v["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["member"] == member)
        .and_then(|m| m["takes_part"].as_str())
        .unwrap_or_default()
        .to_string()
}

/// The output with the folder's path as `DIR`.
fn shown(o: &Output, dir: &Path) -> String {
    let text = format!("{}{}", out(o), err(o));
    text.replace(&dir.display().to_string(), "DIR")
}

/// Each kind of edit, as `--dry-run` shows it, and then written: the folder checks
/// clean and answers as the edit says.
#[test]
fn each_kind_of_edit_as_its_diff() {
    let (_tmp, dir) = folder();
    let edits: [(&str, &[&str]); 7] = [
        (
            "set_no_new_array",
            &[
                "set",
                "klimaschutz",
                "trebur",
                "no",
                "--year",
                "2024",
                "--source",
                "pm-2024",
            ],
        ),
        (
            "set_yes_in_the_members_order",
            &[
                "set",
                "gaststaettenrecht",
                "Büttelborn",
                "yes",
                "--year",
                "2022",
                "--source",
                "pm-2024",
            ],
        ),
        (
            "set_unknown_takes_out_a_year",
            &["set", "klimaschutz", "RAU", "unknown", "--year", "2025"],
        ),
        (
            "set_a_year_joins_the_entry_of_its_source",
            &[
                "set",
                "Klimaschutz",
                "raunheim",
                "yes",
                "--year",
                "2023",
                "--source",
                "gg-klimaschutz-2024",
            ],
        ),
        (
            "set_count_new",
            &[
                "set",
                "klimaschutz",
                "--year",
                "2023",
                "--count",
                "12",
                "--source",
                "pm-2024",
            ],
        ),
        (
            "set_adjust_count",
            &[
                "set",
                "klimaschutz",
                "trebur",
                "yes",
                "--year",
                "2024",
                "--source",
                "pm-2024",
                "--adjust-count",
            ],
        ),
        (
            "set_german",
            &[
                "set",
                "klimaschutz",
                "Trebur",
                "nein",
                "--years",
                "2024-2025",
                "--source",
                "pm-2024",
            ],
        ),
    ];
    for (name, args) in edits {
        let mut dry = args.to_vec();
        dry.push("--dry-run");
        let lang = if name == "set_german" {
            "de_DE.UTF-8"
        } else {
            "C.UTF-8"
        };
        let before = bytes(&dir);
        let o = ikz_in(&dir, &dry, lang);
        assert_eq!(code(&o), 0, "{name}: {}", err(&o));
        insta::assert_snapshot!(name, shown(&o, &dir));
        assert_eq!(bytes(&dir), before, "{name}: --dry-run writes nothing");
    }
    // Written, one after the other where they fit together.
    let o = ikz(&dir, edits[0].1);
    assert_eq!(code(&o), 0, "{}", err(&o));
    assert!(
        out(&o).contains(
            "Wrote DIR/projects/klimaschutz.toml."
                .replace("DIR", &dir.display().to_string())
                .as_str()
        ),
        "{}",
        out(&o)
    );
    let o = ikz(&dir, &["check"]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    assert_eq!(takes_part(&dir, "klimaschutz", 2024, "trebur"), "no");
}

/// An edit that would make the data wrong, or that is not one, writes nothing, says
/// why, and ends with its own code.
#[test]
fn refused_edits_change_no_byte() {
    let (_tmp, dir) = folder();
    let before = bytes(&dir);
    let cases: [(&[&str], i32, &str); 9] = [
        (
            &[
                "set",
                "klimaschutz",
                "trebur",
                "yes",
                "--year",
                "2024",
                "--source",
                "pm-2024",
            ],
            1,
            "add --adjust-count",
        ),
        (
            &[
                "set", "klima", "trebur", "yes", "--year", "2024", "--source", "pm-2024",
            ],
            2,
            "did you mean klimaschutz?",
        ),
        (
            &[
                "set",
                "klimaschutz",
                "treb",
                "no",
                "--year",
                "2024",
                "--source",
                "pm-2024",
            ],
            2,
            "did you mean trebur?",
        ),
        (
            &[
                "set",
                "klimaschutz",
                "trebur",
                "no",
                "--year",
                "2024",
                "--source",
                "pm",
            ],
            2,
            "sources.toml has no source with the id `pm`",
        ),
        (
            &["set", "klimaschutz", "trebur", "no", "--year", "2024"],
            2,
            "need --source ID",
        ),
        (
            &[
                "set",
                "klimaschutz",
                "trebur",
                "no",
                "--year",
                "2019",
                "--source",
                "pm-2024",
            ],
            1,
            "a year the project did not run",
        ),
        (
            &[
                "set",
                "klimaschutz",
                "trebur",
                "--year",
                "2024",
                "--count",
                "3",
                "--source",
                "pm-2024",
            ],
            2,
            "--count is the project's",
        ),
        (
            &[
                "set",
                "klimaschutz",
                "--year",
                "2024",
                "--count",
                "3",
                "--source",
                "pm-2024",
            ],
            1,
            "count",
        ),
        (
            &["set", "klimaschutz", "trebur", "no", "--source", "pm-2024"],
            2,
            "--year",
        ),
    ];
    for (args, want, says) in cases {
        let o = ikz(&dir, args);
        assert_eq!(code(&o), want, "{args:?}: {}{}", out(&o), err(&o));
        assert!(err(&o).contains(says), "{args:?}: {}", err(&o));
        assert_eq!(bytes(&dir), before, "{args:?} changed a byte");
    }
    // The built-in data is not a folder to write.
    let o = Command::new(env!("CARGO_BIN_EXE_ikz"))
        .args([
            "set",
            "klimaschutz",
            "trebur",
            "no",
            "--year",
            "2024",
            "--source",
            "pm-2024",
        ])
        .env_remove("IKZ_DATA")
        .env("IKZ_CONFIG", "/nonexistent/ikz-tests/config.toml")
        .output()
        .unwrap();
    assert_eq!(code(&o), 2);
    assert!(err(&o).contains("ikz init DIR"), "{}", err(&o));
}

/// A folder of format 1 (the valid fixture): the edit's entry cites its source, so
/// `ikz.toml` says format 2 with it, and the folder checks clean.
#[test]
fn a_format_1_folder_becomes_format_2() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    std::fs::create_dir_all(dir.join("projects")).unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
    for f in [
        "ikz.toml",
        "members.toml",
        "reports.toml",
        "sources.toml",
        "projects/klimaschutz.toml",
        "projects/vergabe.toml",
    ] {
        std::fs::copy(fixture.join(f), dir.join(f)).unwrap();
    }
    let o = ikz(
        &dir,
        &[
            "set", "vergabe", "MW", "no", "--year", "2018", "--source", "pm",
        ],
    );
    assert_eq!(code(&o), 0, "{}", err(&o));
    assert!(out(&o).contains("format = 2"), "{}", out(&o));
    let index = std::fs::read_to_string(dir.join("ikz.toml")).unwrap();
    assert!(index.contains("\nformat = 2\n"), "{index}");
    let vergabe = std::fs::read_to_string(dir.join("projects/vergabe.toml")).unwrap();
    assert!(
        vergabe.contains("participants = [\"raunheim\", { member = \"kreis-gross-gerau\", left = 2018 }]\nnot_participating = [\n  { member = \"moerfelden-walldorf\", years = [2018], sources = [\"pm\"] },\n]\n"),
        "{vergabe}"
    );
    let o = ikz(&dir, &["check"]);
    assert_eq!(code(&o), 0, "{}", err(&o));
}

/// Two colleagues: A's edit is made while B holds the folder's lock; B saves the file
/// and lets go; A finds the file changed since it read it, writes nothing over it and
/// says so (exit 4). Run again, A's edit goes in beside B's change: nothing is lost.
#[cfg(unix)]
#[test]
fn a_colleague_saving_between_read_and_write() {
    let (_tmp, dir) = folder();
    let file = dir.join("projects/klimaschutz.toml");
    let lock = dir.join(".ikz-lock");
    std::fs::write(
        &lock,
        format!(
            "host = \"rathaus-pc-17\"\npid = 4242\nsince = {}\n",
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_secs()
        ),
    )
    .unwrap();
    let args = [
        "set",
        "klimaschutz",
        "trebur",
        "no",
        "--year",
        "2024",
        "--source",
        "pm-2024",
    ];
    let a = Command::new(env!("CARGO_BIN_EXE_ikz"))
        .arg("--data")
        .arg(&dir)
        .args(args)
        .env("LANG", "C.UTF-8")
        .env("IKZ_CONFIG", "/nonexistent/ikz-tests/config.toml")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // A has read the file and waits for the lock; B saves and lets go.
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let text = std::fs::read_to_string(&file).unwrap();
    let b = text.replace(
        "note = \"Trebur ist",
        "# B: Anmerkung der Kollegin\nnote = \"Trebur ist",
    );
    std::fs::write(&file, &b).unwrap();
    std::fs::remove_file(&lock).unwrap();
    let a = a.wait_with_output().unwrap();
    assert_eq!(code(&a), 4, "{}{}", out(&a), err(&a));
    assert!(
        err(&a).contains("changed on disk since ikz read it"),
        "{}",
        err(&a)
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), b);
    assert!(!lock.exists());
    // Again: on B's version.
    let o = ikz(&dir, &args);
    assert_eq!(code(&o), 0, "{}", err(&o));
    let now = std::fs::read_to_string(&file).unwrap();
    assert!(now.contains("# B: Anmerkung der Kollegin"));
    assert!(now.contains("{ member = \"trebur\", years = [2024], sources = [\"pm-2024\"] }"));
    // A lock a killed ikz of this host left (its process is gone) is taken over.
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|h| h.trim().to_string())
        .unwrap_or_default();
    if !host.is_empty() {
        std::fs::write(
            &lock,
            format!("host = \"{host}\"\npid = 999999999\nsince = 0\n"),
        )
        .unwrap();
        let o = ikz(
            &dir,
            &["set", "klimaschutz", "trebur", "unknown", "--year", "2024"],
        );
        assert_eq!(code(&o), 0, "{}", err(&o));
        assert!(!lock.exists());
    }
}

/// The file as its editor wrote it: CR LF line ends and a byte-order mark stay, and
/// the new lines take CR LF.
#[test]
fn windows_line_ends_stay() {
    let (_tmp, dir) = folder();
    let file = dir.join("projects/klimaschutz.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    let windows = format!("\u{feff}{}", text.replace('\n', "\r\n"));
    std::fs::write(&file, &windows).unwrap();
    let o = ikz(
        &dir,
        &[
            "set",
            "klimaschutz",
            "trebur",
            "no",
            "--year",
            "2024",
            "--source",
            "pm-2024",
        ],
    );
    assert_eq!(code(&o), 0, "{}", err(&o));
    let now = std::fs::read(&file).unwrap();
    assert!(now.starts_with("\u{feff}".as_bytes()));
    let now = String::from_utf8(now).unwrap();
    assert_eq!(now.matches('\n').count(), now.matches("\r\n").count());
    assert_eq!(now.matches('\n').count(), windows.matches('\n').count() + 3);
}

/// `ikz add source` and `ikz add project`: an internal source that an edit then
/// cites, a project whose file is named after its title (valid on Windows, unique
/// ignoring case), and what is refused.
#[test]
fn add_a_source_and_a_project() {
    let (_tmp, dir) = folder();
    let o = ikz(
        &dir,
        &[
            "add",
            "source",
            "--title",
            "Auskunft des Ordnungsamts 2025",
            "--internal",
            "--by",
            "Ordnungsamt Raunheim",
            "--date",
            "März 2025",
        ],
    );
    assert_eq!(code(&o), 0, "{}", err(&o));
    assert!(
        out(&o).contains("--source auskunft-des-ordnungsamts-2025"),
        "{}",
        out(&o)
    );
    let sources = std::fs::read_to_string(dir.join("sources.toml")).unwrap();
    assert!(
        sources.ends_with("\n\n[[source]]\nid = \"auskunft-des-ordnungsamts-2025\"\ntitle = \"Auskunft des Ordnungsamts 2025\"\ninternal = true\nby = \"Ordnungsamt Raunheim\"\ndate = \"März 2025\"\n"),
        "{sources}"
    );
    let o = ikz(
        &dir,
        &[
            "set",
            "gaststaettenrecht",
            "trebur",
            "no",
            "--year",
            "2025",
            "--source",
            "auskunft-des-ordnungsamts-2025",
        ],
    );
    assert_eq!(code(&o), 0, "{}", err(&o));
    assert_eq!(takes_part(&dir, "gaststaettenrecht", 2025, "trebur"), "no");
    // A project: its file named after the title; CON is not a file name on Windows; a
    // file whose name differs only in case is another's.
    std::fs::write(
        dir.join("projects/Rathaus-IT.toml"),
        "id = \"rathaus-it-alt\"\ntitle = \"Rathaus-IT (alt)\"\nstatus = \"running\"\nstart = 2024\nsources = [\"pm-2024\"]\n",
    )
    .unwrap();
    for (title, file) in [
        ("Gemeinsamer Bauhof", "gemeinsamer-bauhof.toml"),
        ("CON", "con-projekt.toml"),
        ("Rathaus IT", "rathaus-it-2.toml"),
    ] {
        let o = ikz_in(
            &dir,
            &[
                "add", "project", "--title", title, "--start", "2025", "--status", "laufend",
                "--source", "pm-2024",
            ],
            "de_DE.UTF-8",
        );
        assert_eq!(code(&o), 0, "{title}: {}", err(&o));
        assert!(out(&o).contains("Neues Projekt"), "{}", out(&o));
        assert!(
            dir.join("projects").join(file).exists(),
            "{title}: {}",
            out(&o)
        );
    }
    let o = ikz(&dir, &["check"]);
    assert_eq!(code(&o), 0, "{}", err(&o));
    // Refused, no byte changed: a title there already (in other case and spacing), an
    // address that is not http(s), an id that is taken or is not one, no kind of source.
    let before = bytes(&dir);
    let o = ikz(
        &dir,
        &[
            "add",
            "project",
            "--title",
            "gemeinsamer  BAUHOF",
            "--start",
            "2025",
            "--source",
            "pm-2024",
        ],
    );
    assert_eq!(code(&o), 2, "{}", err(&o));
    assert!(
        err(&o).contains("there is a project titled `Gemeinsamer Bauhof` already"),
        "{}",
        err(&o)
    );
    let o = ikz(
        &dir,
        &[
            "add", "project", "--title", "Neu", "--start", "2025", "--source", "pm2024",
        ],
    );
    assert_eq!(code(&o), 2, "{}", err(&o));
    assert!(err(&o).contains("did you mean pm-2024?"), "{}", err(&o));
    let o = ikz(&dir, &["add", "source", "--title", "Seite"]);
    assert_eq!(code(&o), 2, "{}", err(&o));
    let o = ikz(
        &dir,
        &[
            "add",
            "source",
            "--title",
            "x",
            "--url",
            "https://example.org",
            "--id",
            "PM-2024",
        ],
    );
    assert_eq!(code(&o), 2, "{}", err(&o));
    assert!(err(&o).contains("is not an id"), "{}", err(&o));
    let o = ikz(
        &dir,
        &[
            "add",
            "source",
            "--title",
            "Auskunft des Ordnungsamts 2025",
            "--internal",
            "--by",
            "Ordnungsamt Raunheim",
            "--date",
            "März 2025",
        ],
    );
    assert_eq!(code(&o), 2, "{}", err(&o));
    assert!(
        err(&o).contains("this source is there already"),
        "{}",
        err(&o)
    );
    let o = ikz(
        &dir,
        &[
            "add",
            "source",
            "--title",
            "x",
            "--url",
            "javascript:alert(1)",
        ],
    );
    assert_eq!(code(&o), 2, "{}", err(&o));
    assert!(err(&o).contains("not a web address"), "{}", err(&o));
    let o = ikz(
        &dir,
        &[
            "add",
            "source",
            "--title",
            "x",
            "--url",
            "https://example.org",
            "--id",
            "pm-2024",
        ],
    );
    assert_eq!(code(&o), 2, "{}", err(&o));
    assert!(
        err(&o).contains("there is a source with the id `pm-2024` already"),
        "{}",
        err(&o)
    );
    let o = ikz(&dir, &["add", "source", "--title", "x", "--by", "Bauamt"]);
    assert_eq!(code(&o), 2, "{}", err(&o));
    assert_eq!(bytes(&dir), before);
}

/// An edit killed at any moment (SIGKILL, no chance to clean up) leaves each file as it
/// was or as the edit makes it, whole, never half-written; the folder checks clean.
#[cfg(unix)]
#[test]
fn a_killed_edit_leaves_the_file_whole() {
    let (_tmp, dir) = folder();
    let file = dir.join("projects/klimaschutz.toml");
    let old = std::fs::read(&file).unwrap();
    let on: &[&str] = &[
        "set",
        "klimaschutz",
        "trebur",
        "no",
        "--year",
        "2024",
        "--source",
        "pm-2024",
    ];
    let o = ikz(&dir, on);
    assert_eq!(code(&o), 0, "{}", err(&o));
    let new = std::fs::read(&file).unwrap();
    let off: &[&str] = &["set", "klimaschutz", "trebur", "unknown", "--year", "2024"];
    let o = ikz(&dir, off);
    assert_eq!(code(&o), 0, "{}", err(&o));
    for round in 0..24u64 {
        let args = if round % 2 == 0 { on } else { off };
        let mut child = Command::new(env!("CARGO_BIN_EXE_ikz"))
            .arg("--data")
            .arg(&dir)
            .args(args)
            .env("IKZ_CONFIG", "/nonexistent/ikz-tests/config.toml")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // At a different moment each round: while it loads, checks, or writes.
        std::thread::sleep(std::time::Duration::from_micros(1500 * round));
        let _ = child.kill();
        let _ = child.wait();
        let now = std::fs::read(&file).unwrap();
        assert!(
            now == old || now == new,
            "round {round}: the file is neither"
        );
    }
    // A lock a killed run left is of a process of this host that is gone, and so are
    // its temporary files: the next edits take the one over and clean the others.
    for args in [off, on] {
        let o = ikz(&dir, args);
        assert_eq!(code(&o), 0, "{}", err(&o));
    }
    assert_eq!(std::fs::read(&file).unwrap(), new);
    let left: Vec<String> = std::fs::read_dir(dir.join("projects"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    assert!(!dir.join(".ikz-lock").exists());
    let o = ikz(&dir, &["check"]);
    assert_eq!(code(&o), 0, "{}", err(&o));
}
