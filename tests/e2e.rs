//! The real `ikz` binary in a pseudo-terminal: type keys, wait for the screen to show
//! the expected text, quit, and check the exit code and that the terminal was restored
//! (alternate screen left, mouse capture off).
//!
//! Waiting polls the parsed screen with a deadline (`IKZ_E2E_TIMEOUT_SECS`, 30 s by
//! default) and dumps the screen when it runs out; there are no fixed sleeps.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use vt100::MouseProtocolMode;

struct Session {
    master: Box<dyn MasterPty + Send>,
    /// Our own handle on the terminal's other side, kept until the restore has been
    /// read: when the program's last handle closes first, Linux may drop its last bytes
    /// (the restore sequences) — seen in CI about once in a hundred runs.
    slave: Box<dyn portable_pty::SlavePty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    parser: Arc<Mutex<vt100::Parser>>,
    /// Every byte the program wrote, for sequences the screen does not show (OSC 52).
    raw: Arc<Mutex<Vec<u8>>>,
}

fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).unwrap()
}

fn timeout() -> Duration {
    let secs = std::env::var("IKZ_E2E_TIMEOUT_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(30);
    Duration::from_secs(secs)
}

impl Session {
    fn start(args: &[&str], cols: u16, rows: u16) -> Session {
        Session::start_with(args, cols, rows, &[])
    }

    fn start_with(args: &[&str], cols: u16, rows: u16, env: &[(&str, &str)]) -> Session {
        Session::start_in(&std::env::temp_dir(), args, cols, rows, env)
    }

    fn start_in(
        dir: &std::path::Path,
        args: &[&str],
        cols: u16,
        rows: u16,
        env: &[(&str, &str)],
    ) -> Session {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_ikz"));
        cmd.args(args);
        cmd.cwd(dir);
        cmd.env("TERM", "xterm-256color");
        cmd.env("LANG", "en_US.UTF-8");
        cmd.env_remove("LC_ALL");
        cmd.env_remove("LC_MESSAGES");
        cmd.env_remove("IKZ_DATA");
        cmd.env_remove("NO_COLOR");
        cmd.env("IKZ_CONFIG", "/nonexistent/ikz-tests/config.toml");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).unwrap();
        let parser = Arc::new(Mutex::new(vt100::Parser::new(
            nonzero(rows),
            nonzero(cols),
            0,
        )));
        let mut reader = pair.master.try_clone_reader().unwrap();
        let sink = Arc::clone(&parser);
        let raw = Arc::new(Mutex::new(Vec::new()));
        let raw_sink = Arc::clone(&raw);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().process(&buf[..n]);
                raw_sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        let writer = pair.master.take_writer().unwrap();
        Session {
            master: pair.master,
            slave: pair.slave,
            writer,
            child,
            parser,
            raw,
        }
    }

    fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Waits until `check` holds for the screen; panics with the screen on timeout.
    fn wait_until(&self, what: &str, check: impl Fn(&vt100::Screen) -> bool) {
        let deadline = Instant::now() + timeout();
        loop {
            if check(self.parser.lock().unwrap().screen()) {
                return;
            }
            if Instant::now() > deadline {
                panic!(
                    "timed out waiting for {what}; the screen shows:\n{}",
                    self.screen()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn wait_for(&self, text: &str) {
        self.wait_until(&format!("{text:?}"), |s| s.contents().contains(text));
    }

    fn send(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Resizes our screen first, then the terminal: the full redraw that the resize
    /// causes must land on a screen of the new size.
    fn resize(&mut self, cols: u16, rows: u16) {
        self.parser
            .lock()
            .unwrap()
            .set_size(nonzero(rows), nonzero(cols));
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
    }

    /// Waits for the program to end and for the terminal to be restored; returns the
    /// exit code. Our handle on the terminal stays open until the restore was seen, so
    /// that no last bytes are lost.
    fn finish(mut self) -> u32 {
        let deadline = Instant::now() + timeout();
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            if Instant::now() > deadline {
                self.child.kill().ok();
                panic!("ikz did not exit; the screen shows:\n{}", self.screen());
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        self.wait_until("the terminal to be restored", |s| {
            !s.alternate_screen()
                && s.mouse_protocol_mode() == MouseProtocolMode::None
                && !s.bracketed_paste()
                && !s.hide_cursor()
        });
        #[cfg(unix)]
        assert!(self.line_mode(), "echo and line editing are back on");
        drop(self.writer);
        drop(self.slave);
        drop(self.master);
        status.exit_code()
    }
}

impl Session {
    /// Esc in the search, and wait until it is closed (a key sent right after Esc would
    /// arrive as Alt and that key).
    fn close_search(&mut self) {
        self.send(ESC);
        self.wait_until("the search to close", |sc| {
            !sc.contents().contains("Search ·")
        });
    }

    /// Whether the terminal echoes typed keys and edits by lines again, as a shell
    /// expects (raw mode off).
    #[cfg(unix)]
    fn line_mode(&self) -> bool {
        use nix::sys::termios::LocalFlags;
        let termios = self.master.get_termios().unwrap();
        termios
            .local_flags
            .contains(LocalFlags::ECHO | LocalFlags::ICANON)
    }

    #[cfg(unix)]
    fn signal(&self, signal: nix::sys::signal::Signal) {
        let pid = self.child.process_id().unwrap();
        nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid as i32), signal).unwrap();
    }

    /// Whether the program is stopped (Linux: its state in /proc).
    #[cfg(target_os = "linux")]
    fn stopped(&self) -> bool {
        let pid = self.child.process_id().unwrap();
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        // "pid (name) STATE …"
        stat.rsplit(')')
            .next()
            .and_then(|r| r.split_whitespace().next())
            == Some("T")
    }
}

const DOWN: &str = "j";
const TAB: &str = "\t";
const ESC: &str = "\x1b";

#[test]
fn find_who_takes_part_in_klimaschutz_and_quit() {
    let mut s = Session::start(&[], 80, 24);
    s.wait_for("Projects 2024");
    s.wait_until("mouse capture", |sc| {
        sc.mouse_protocol_mode() != MouseProtocolMode::None
    });
    assert!(s.parser.lock().unwrap().screen().alternate_screen());
    for _ in 0..2 {
        s.send(DOWN);
    }
    s.wait_for("▶ Klimaschutz");
    s.wait_for("Participation: 14/15, 2024");
    s.wait_for("Members · 14/15");
    // Enter: who takes part, read off the screen — the 14 marked first (11 fit), Trebur
    // last and named in the detail, which stays on the project.
    s.send("\r");
    s.wait_for("▶ ✓ BIE  Biebesheim");
    // The detail stays on the project; J scrolls it from the members pane to its list.
    for _ in 0..12 {
        s.send("J");
    }
    s.wait_for("Takes part (14):");
    for _ in 0..6 {
        s.send("J");
    }
    s.wait_for("Does not take part (1): Trebur");
    let screen = s.screen();
    // The 11 members in view take part: ✓, or ⌂ where the project's office sits.
    let marked = screen.matches("✓ ").count() + screen.matches("⌂ ").count();
    assert!(marked >= 11, "{screen}");
    assert!(screen.contains("⌂ MW   Mörfelden-Wal"), "{screen}");
    s.send("q");
    assert_eq!(s.finish(), 0);
}

#[test]
fn follow_a_member_to_its_projects_in_german() {
    let mut s = Session::start(&["--lang", "de"], 100, 30);
    s.wait_for("Projekte 2024");
    s.send(TAB);
    for _ in 0..5 {
        s.send(DOWN);
    }
    s.wait_for("▶ GG   Groß-Gerau");
    s.wait_for("Kürzel: GG");
    s.wait_for("Art: Stadt");
    // Enter: its projects, those that name it first and marked; the detail stays on it.
    s.send("\r");
    s.wait_for("▶ ✓ Klimaschutz");
    s.wait_for("✓ Beschaffung von");
    s.wait_for("✓ Informationssicherheit");
    s.wait_for("✓ 2024–2025: Klimaschutz");
    s.send(ESC);
    s.wait_for("▶ GG   Groß-Gerau");
    s.send("?");
    s.wait_for("Hilfe – Tasten");
    s.send(ESC);
    s.wait_until("the help to close", |sc| {
        !sc.contents().contains("Hilfe – Tasten")
    });
    s.send("\x03"); // Ctrl-C
    assert_eq!(s.finish(), 0);
}

#[test]
fn resizing_redraws_and_says_when_too_small() {
    let mut s = Session::start(&[], 80, 24);
    s.wait_for("Projects 2024");
    // crossterm listens for resizes from the first event read on: a key first.
    s.send(DOWN);
    s.wait_for("▶ Überwachung des");
    s.resize(40, 10);
    s.wait_for("Window too small");
    s.wait_for("40×10 — ikz needs at least 60×15");
    s.resize(120, 40);
    s.wait_for("Projects 2024");
    s.send("q");
    assert_eq!(s.finish(), 0);
}

#[test]
fn a_click_selects_a_member() {
    let mut s = Session::start(&[], 80, 24);
    s.wait_for("Projects 2024");
    s.wait_until("mouse capture", |sc| {
        sc.mouse_protocol_mode() != MouseProtocolMode::None
    });
    // Members pane: x from 54, first row at y 1 (0-based); SGR reports are 1-based.
    let (x, y) = (60 + 1, 1 + 6 + 1);
    s.send(&format!("\x1b[<0;{x};{y}M\x1b[<0;{x};{y}m"));
    s.wait_for("Code: KEL");
    s.send("q");
    assert_eq!(s.finish(), 0);
}

#[test]
fn no_mouse_leaves_the_mouse_to_the_terminal() {
    let mut s = Session::start(&["--no-mouse"], 80, 24);
    s.wait_for("Projects 2024");
    assert_eq!(
        s.parser.lock().unwrap().screen().mouse_protocol_mode(),
        MouseProtocolMode::None
    );
    s.send("?");
    s.wait_for("Help — keys");
    s.send("G"); // the end: the note stands below the keys
    s.wait_for("The mouse is left to the terminal");
    s.send("q");
    s.send("q");
    assert_eq!(s.finish(), 0);
}

#[test]
fn data_with_errors_shows_them_and_exits_1() {
    let dir = common::broken("unknown-member");
    let mut s = Session::start(&["--data", dir.path().to_str().unwrap()], 100, 30);
    s.wait_for("The data has errors (3)");
    s.wait_for("error: `walldorf` is not a member");
    s.send("q");
    assert_eq!(s.finish(), 1);
}

#[test]
fn the_terminal_is_restored_after_a_panic() {
    // A debug build of ikz panics on the first key when IKZ_TEST_PANIC is set.
    let mut s = Session::start_with(&[], 80, 24, &[("IKZ_TEST_PANIC", "1")]);
    s.wait_for("Projects 2024");
    s.wait_until("mouse capture", |sc| {
        sc.mouse_protocol_mode() != MouseProtocolMode::None
    });
    s.send("j");
    s.wait_for("IKZ_TEST_PANIC: a panic for the tests");
    assert_eq!(s.finish(), 101, "the exit code of a Rust panic");
}

#[test]
fn search_type_enter_and_the_browser_shows_the_item() {
    let mut s = Session::start(&[], 80, 24);
    s.wait_for("Projects 2024");
    s.send("/");
    s.wait_for("Search · 0 results");
    s.send("russ");
    s.wait_for("▶ member   Rüsselsheim am Main");
    s.send("\r");
    s.wait_for("Code: RÜS");
    s.wait_until("the search to close", |sc| {
        !sc.contents().contains("Search ·")
    });
    s.send("q");
    assert_eq!(s.finish(), 0);
}

#[test]
fn the_matrix_moves_sorts_filters_and_exports() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Session::start_in(dir.path(), &[], 120, 40, &[]);
    s.wait_for("Projects 2024");
    s.send("m");
    s.wait_for("Matrix · 2024 · 10 × 15");
    s.wait_for("projects by title · members as in the data");
    // All years (the cursor stays on Kommunales Vergabezentrum × BIE); down three rows
    // and right two members.
    s.send("0");
    s.wait_for("Matrix · All years · 22 × 15");
    s.send("jjjll");
    s.wait_for("Not known: Büttelborn × Smart Cities / Smart Region");
    s.wait_for("[?]");
    // Sort the rows by participation: Feuerwehrbedarf (15/15) comes first.
    s.send("ss");
    s.wait_for("projects by participation");
    s.send("g");
    s.wait_for(
        "Takes part: Büttelborn × Beschaffung von Feuerwehrbedarf und Organisation der Instandhaltung",
    );
    // Filter, then export what is shown.
    s.send("/klaer\r");
    s.wait_for("Filter: klaer (2/22; / then Esc clears it)");
    // The files to write: the workbook is ticked at first; the two plain ones instead.
    s.send("e");
    s.wait_for("[x] Excel workbook (.xlsx)");
    s.send(" jj j ");
    s.wait_for("[x] Markdown (.md)");
    s.send("\r");
    s.wait_for("Exported:");
    let csv = dir.path().join("ikz-matrix-all-years.csv");
    let md = dir.path().join("ikz-matrix-all-years.md");
    let exported = std::fs::read_to_string(&csv).unwrap();
    assert!(exported.starts_with("year,id,title,BIE,"), "{exported}");
    assert_eq!(exported.lines().count(), 3, "{exported}");
    assert!(
        std::fs::read_to_string(&md)
            .unwrap()
            .contains("Klärschlammverwertung")
    );
    assert!(!dir.path().join("ikz-matrix-all-years.xlsx").exists());
    // A second export (the same files ticked) never overwrites the first.
    s.send("e\r");
    s.wait_for("ikz-matrix-all-years-2.csv");
    // Enter opens the project in the browser; Esc comes back.
    s.send("\r");
    s.wait_for("Projects – All years");
    s.send(ESC);
    s.wait_for("Filter: klaer (2/22; / then Esc clears it)");
    s.send("q");
    assert_eq!(s.finish(), 0);
}

#[test]
fn exports_go_into_the_export_folder_and_a_failure_names_it() {
    let here = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let out_path = out.path().display().to_string();
    let mut s = Session::start_in(
        here.path(),
        &["--view", "matrix", "--export-dir", &out_path],
        200,
        30,
        &[],
    );
    s.wait_for("Matrix · 2024");
    s.send("e");
    s.wait_for(&format!("Export into {out_path}"));
    s.send("\r");
    // The whole path, so that a user who started ikz from a launcher finds the files.
    s.wait_for(&format!("Exported: ikz-matrix-2024.xlsx (in {out_path})"));
    assert!(out.path().join("ikz-matrix-2024.xlsx").exists());
    assert_eq!(std::fs::read_dir(here.path()).unwrap().count(), 0);
    s.send("q");
    assert_eq!(s.finish(), 0);

    // The folder from the environment; one that does not exist is named, with the reason.
    let missing = out.path().join("nicht-da");
    let missing_path = missing.display().to_string();
    let mut s = Session::start_in(
        here.path(),
        &["--view", "matrix", "--lang", "de"],
        200,
        30,
        &[("IKZ_EXPORT_DIR", &missing_path)],
    );
    s.wait_for("Matrix · 2024");
    s.send("e\r");
    s.wait_for(&format!(
        "Export fehlgeschlagen: {missing_path}: den Ordner gibt es nicht"
    ));
    s.send("q");
    assert_eq!(s.finish(), 0);
}

/// Standard base64 decoding, for the clipboard sequence.
fn from_base64(text: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let values: Vec<u32> = text
        .bytes()
        .filter(|&b| b != b'=')
        .map(|b| ALPHABET.iter().position(|&a| a == b).unwrap() as u32)
        .collect();
    let mut out = Vec::new();
    for chunk in values.chunks(4) {
        let n = chunk.iter().fold(0, |n, &v| (n << 6) | v) << (6 * (4 - chunk.len()));
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&bytes[..chunk.len() - 1]);
    }
    out
}

/// Over SSH: the clipboard through the terminal (OSC 52).
#[test]
fn y_copies_the_project_shown_through_the_terminal_over_ssh() {
    let mut s = Session::start_with(&["--lang", "de"], 120, 40, &[("SSH_TTY", "/dev/pts/9")]);
    s.wait_for("Projekte 2024");
    for _ in 0..2 {
        s.send(DOWN);
    }
    s.wait_for("▶ Klimaschutz");
    s.send("y");
    s.wait_for("Über das Terminal kopiert (OSC 52): Klimaschutz");
    // The sequence as written to the terminal: OSC 52, the clipboard, base64, ST.
    let raw = String::from_utf8_lossy(&s.raw.lock().unwrap()).into_owned();
    let start = raw.find("\x1b]52;c;").expect("an OSC 52 sequence") + "\x1b]52;c;".len();
    let end = start + raw[start..].find("\x1b\\").expect("ended by ST");
    let copied = String::from_utf8(from_base64(&raw[start..end])).unwrap();
    assert!(
        copied.starts_with("Klimaschutz (2024)\nBeteiligung: 14/15\n"),
        "{copied}"
    );
    assert!(copied.contains("Nicht beteiligt (1): Trebur"), "{copied}");
    assert!(copied.contains("https://"), "{copied}");
    s.send("q");
    assert_eq!(s.finish(), 0);
}

/// Inside tmux: tmux's buffer, by the command as run (a stand-in `tmux` on the path
/// records it); with `set-clipboard` off the message says what to set.
#[cfg(unix)]
#[test]
fn y_inside_tmux_loads_tmuxs_buffer_and_says_what_to_set() {
    use std::os::unix::fs::PermissionsExt;
    let bin = tempfile::tempdir().unwrap();
    let log = bin.path().join("log");
    let script = format!(
        "#!/bin/sh\necho \"$*\" >> '{log}'\ncase \"$1\" in\n  load-buffer) cat > '{log}.buffer' ;;\n  show-options) echo off ;;\nesac\n",
        log = log.display()
    );
    let tmux = bin.path().join("tmux");
    std::fs::write(&tmux, script).unwrap();
    std::fs::set_permissions(&tmux, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!(
        "{}:{}",
        bin.path().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut s = Session::start_with(
        &["--lang", "en"],
        120,
        40,
        &[("TMUX", "/tmp/tmux-0/default,1,0"), ("PATH", &path)],
    );
    s.wait_for("Projects 2024");
    s.send("y");
    s.wait_for("In tmux only (for the clipboard: set -g set-clipboard on)");
    let calls = std::fs::read_to_string(&log).unwrap();
    assert!(calls.starts_with("load-buffer -w -\n"), "{calls}");
    assert!(calls.contains("show-options -gv set-clipboard"), "{calls}");
    let buffer = std::fs::read_to_string(format!("{}.buffer", log.display())).unwrap();
    assert!(buffer.contains("(2024)\n"), "{buffer}");
    s.send("q");
    assert_eq!(s.finish(), 0);
}

/// A terminal that shows links gets each source's address in the detail as one (OSC 8),
/// the screen unchanged; one that is not known to gets none.
#[test]
fn addresses_are_links_where_the_terminal_shows_them() {
    for (force, linked) in [("1", true), ("0", false)] {
        let mut s = Session::start_with(&["--lang", "de"], 200, 60, &[("FORCE_HYPERLINK", force)]);
        s.wait_for("Projekte 2024");
        for _ in 0..2 {
            s.send(DOWN);
        }
        s.wait_for("▶ Klimaschutz");
        s.wait_for("https://");
        let screen = s.screen();
        let shown = screen
            .lines()
            .find_map(|l| {
                l.find("https://")
                    .map(|i| l[i..].split(' ').next().unwrap_or("").to_string())
            })
            .unwrap();
        // Read once the program has ended: the links follow their frame in a write of
        // their own, so the screen can show an address before its link has arrived.
        let written = Arc::clone(&s.raw);
        s.send("q");
        assert_eq!(s.finish(), 0);
        let raw = String::from_utf8_lossy(&written.lock().unwrap()).into_owned();
        // Every link as written: its address, then its text up to the closing sequence.
        let mut links = Vec::new();
        let mut rest = raw.as_str();
        while let Some(i) = rest.find("\x1b]8;;https://") {
            rest = &rest[i + "\x1b]8;;".len()..];
            let end = rest.find("\x1b\\").unwrap();
            let closed = rest.find("\x1b]8;;\x1b\\").unwrap();
            links.push((rest[..end].to_string(), rest[end..closed].to_string()));
            rest = &rest[closed + "\x1b]8;;\x1b\\".len()..];
        }
        assert_eq!(!links.is_empty(), linked, "FORCE_HYPERLINK={force}");
        if linked {
            let start = shown.trim_end_matches('…');
            assert!(
                links
                    .iter()
                    .any(|(url, text)| url.starts_with(start) && text.contains("https:")),
                "no link for {shown} among {links:?}"
            );
        }
    }
}

#[test]
fn o_opens_a_source_with_the_opener_and_names_the_address_when_none_starts() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("opened.txt");
    let opener = dir.path().join("opener.sh");
    std::fs::write(
        &opener,
        format!("#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\n", log.display()),
    )
    .unwrap();
    std::fs::set_permissions(&opener, std::fs::Permissions::from_mode(0o755)).unwrap();
    let opener_path = opener.display().to_string();
    let mut s = Session::start_with(&[], 160, 40, &[("IKZ_OPEN_WITH", &opener_path)]);
    s.wait_for("Projects 2024");
    s.send("o");
    s.wait_for("Opening source 1 of");
    s.wait_until("the opener ran", |_| {
        std::fs::read_to_string(&log).is_ok_and(|t| t.starts_with("https://"))
    });
    s.send("q");
    assert_eq!(s.finish(), 0);

    // No browser to start: the message says so and gives the address.
    let mut s = Session::start_with(&[], 200, 40, &[("IKZ_OPEN_WITH", "/nonexistent/browser")]);
    s.wait_for("Projects 2024");
    s.send("o");
    s.wait_for("No web browser could be started – y copies the addresses: https://");
    s.send("q");
    assert_eq!(s.finish(), 0);
}

/// A shared folder's `url = "-S touch …"` with `env` as the opener ran a command; now an
/// address that is not a web address is named on screen and nothing is started.
#[test]
fn o_starts_nothing_for_an_address_that_is_not_a_web_address() {
    let data = common::shipped();
    let pwned = data.path().join("pwned");
    let sources = data.path().join("sources.toml");
    let text = std::fs::read_to_string(&sources).unwrap();
    let hostile: String = text
        .lines()
        .map(|l| {
            if l.starts_with("url = ") {
                format!("url = \"-S touch {}\"\n", pwned.display())
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    std::fs::write(&sources, hostile).unwrap();
    let mut s = Session::start_with(
        &["--data", data.path().to_str().unwrap()],
        200,
        40,
        &[("IKZ_OPEN_WITH", "env")],
    );
    s.wait_for("Projects 2024");
    s.send("o");
    s.wait_for("not a web address (only http and https are opened): -S touch");
    s.send("o");
    s.send("q");
    assert_eq!(s.finish(), 0);
    assert!(!pwned.exists(), "the opener ran the data's command");
}

#[test]
fn view_matrix_starts_in_the_matrix() {
    let mut s = Session::start(&["--view", "matrix", "--lang", "de"], 80, 24);
    s.wait_for("Matrix · 2024 · 10 × 15");
    s.wait_for("Projekt");
    s.send(">");
    s.wait_for("Matrix · 2025");
    s.send(">");
    s.wait_for("letzte Jahr der Daten");
    s.send("<");
    s.wait_for("Matrix · 2024");
    s.send("q");
    assert_eq!(s.finish(), 0);
}

/// Rewrites a file as an editor does: a temporary file renamed over the old one.
fn save(path: &std::path::Path, text: &str) {
    let tmp = path.with_extension("tmp~");
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(&tmp, path).unwrap();
}

#[test]
fn editing_a_file_updates_the_running_app_and_errors_keep_the_last_good_data() {
    let data = common::shipped();
    let file = data.path().join("projects/klimaschutz.toml");
    let original = std::fs::read_to_string(&file).unwrap();
    let mut s = Session::start(&["--data", data.path().to_str().unwrap()], 120, 40);
    s.wait_for("Projects 2024");
    s.wait_for("Klimaschutz");
    // A new title appears without a key.
    let renamed = original.replacen(
        "title = \"Klimaschutz\"",
        "title = \"Klimaschutz im Kreis\"",
        1,
    );
    save(&file, &renamed);
    s.wait_for("Klimaschutz im Kreis");
    s.wait_for("Data reloaded.");
    // A broken file: the last good data stays, the status bar says so, w lists why.
    save(
        &file,
        &renamed.replacen(
            "title = \"Klimaschutz im Kreis\"",
            "title = \"Klimaschutz",
            1,
        ),
    );
    s.wait_for("error in the files; the last good data stays");
    assert!(s.screen().contains("Klimaschutz im Kreis"));
    s.send("w");
    s.wait_for("Errors in the files");
    s.wait_for("klimaschutz.toml:");
    s.send(ESC);
    // Fixed again: the new data appears, the error is gone.
    save(
        &file,
        &original.replacen("title = \"Klimaschutz\"", "title = \"Klimaschutz neu\"", 1),
    );
    s.wait_for("Klimaschutz neu");
    s.wait_until("the error to go", |sc| {
        !sc.contents().contains("the last good data")
    });
    // r reloads by hand: the watcher has read the files already, so r says that
    // nothing changed. (Waiting for "Data reloaded." here raced with the message of
    // the watcher's own reload, still on screen until r cleared it.)
    s.send("r");
    s.wait_for("Data read again: nothing changed.");
    s.send("q");
    assert_eq!(s.finish(), 0);
}

#[cfg(unix)]
#[test]
fn every_signal_that_ends_ikz_restores_the_terminal_first() {
    use nix::sys::signal::Signal;
    for signal in [
        Signal::SIGTERM,
        Signal::SIGHUP,
        Signal::SIGINT,
        Signal::SIGQUIT,
    ] {
        let s = Session::start(&[], 80, 24);
        s.wait_for("Projects 2024");
        s.wait_until("mouse capture", |sc| {
            sc.mouse_protocol_mode() != MouseProtocolMode::None
        });
        assert!(!s.line_mode(), "raw mode while the browser runs");
        s.signal(signal);
        assert_eq!(s.finish(), 128 + signal as u32, "{signal}");
    }
}

#[cfg(target_os = "linux")]
#[test]
fn ctrl_z_and_sigtstp_pause_and_continuing_draws_the_browser_again() {
    use nix::sys::signal::Signal;
    let mut s = Session::start(&[], 80, 24);
    s.wait_for("Projects 2024");
    for pause in ["ctrl-z", "SIGTSTP"] {
        if pause == "ctrl-z" {
            s.send("\x1a");
        } else {
            s.signal(Signal::SIGTSTP);
        }
        s.wait_until("the shell's screen", |sc| !sc.alternate_screen());
        let deadline = Instant::now() + timeout();
        while !s.stopped() {
            assert!(Instant::now() < deadline, "{pause}: ikz did not stop");
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(s.line_mode(), "{pause}: the shell gets its line mode back");
        // As `fg` does.
        s.signal(Signal::SIGCONT);
        s.wait_until("the browser again", |sc| {
            sc.alternate_screen() && sc.contents().contains("Projects 2024")
        });
        assert!(!s.line_mode(), "{pause}: raw mode again");
    }
    // Keys work one by one again.
    s.send("/");
    s.wait_for("Search ·");
    s.close_search();
    s.send("q");
    assert_eq!(s.finish(), 0);
}

#[test]
fn pasted_text_goes_into_the_prompt_and_never_runs_as_keys() {
    let mut s = Session::start(&[], 100, 30);
    s.wait_for("Projects 2024");
    s.wait_until("bracketed paste", vt100::Screen::bracketed_paste);
    // Pasted in the browser: a search for it, not Enter, m and e.
    s.send("\x1b[200~Klimaschutz\r\nme\x1b[201~");
    s.wait_for("/ Klimaschutz me");
    // Pasted into the prompt: "q" is text, not quit.
    s.send("\x1b[200~\rq\x1b[201~");
    s.wait_for("/ Klimaschutz me q");
    s.close_search();
    // Into the matrix: the filter prompt opens with it.
    s.send("m");
    s.wait_for("Matrix · 2024");
    s.send("\x1b[200~klaer\x1b[201~");
    s.wait_for("Filter: klaer");
    s.send("\r");
    s.wait_for("Filter: klaer (");
    s.send("q");
    assert_eq!(s.finish(), 0);
}

#[test]
fn a_long_query_scrolls_with_the_cursor() {
    let mut s = Session::start(&[], 80, 24);
    s.wait_for("Projects 2024");
    s.send("/");
    s.wait_for("Search ·");
    let long = "abcdefghij".repeat(12);
    s.send(&format!("\x1b[200~{long}\x1b[201~"));
    // The end of the query is in view, the start is behind "…".
    s.wait_for("/ …");
    s.wait_for("ghijabcdefghij");
    s.close_search();
    s.send("q");
    assert_eq!(s.finish(), 0);
}

#[test]
fn a_burst_of_keys_is_taken_before_the_next_frame() {
    let dir = generated(2000, 40);
    let data = dir.path().join("d");
    let mut s = Session::start(&["--data", data.to_str().unwrap()], 120, 40);
    s.wait_for("Projects 2023");
    s.send("\t");
    // 5,000 keys at once, then one that shows they were all taken: the help.
    s.send(&"j".repeat(5000));
    s.send("?");
    s.wait_for("Help — keys");
    s.send(ESC);
    s.wait_until("the help to close", |sc| {
        !sc.contents().contains("Help — keys")
    });
    s.send("q");
    assert_eq!(s.finish(), 0);
}

#[cfg(unix)]
#[test]
fn a_dumb_terminal_gets_the_commands_instead_of_a_broken_screen() {
    for term in ["dumb", ""] {
        let s = Session::start_with(&[], 80, 24, &[("TERM", term)]);
        s.wait_for("this terminal cannot show the browser");
        s.wait_for("ikz participants PROJECT");
        assert_eq!(s.finish(), 2);
    }
    let s = Session::start_with(&["--lang", "de"], 80, 24, &[("TERM", "dumb")]);
    s.wait_for("dieses Terminal kann die Übersicht nicht zeigen");
    assert_eq!(s.finish(), 2);
}

/// The Linux console (16 colours) gets its colours in the form of 16, never the
/// 256-colour codes it may misread; a 256-colour terminal keeps them.
#[test]
fn the_linux_console_gets_sixteen_colours() {
    let mut s = Session::start_with(&["--view", "matrix"], 100, 30, &[("TERM", "linux")]);
    s.wait_for("Klimaschutz");
    let raw = String::from_utf8_lossy(&s.raw.lock().unwrap()).into_owned();
    s.send("q");
    assert_eq!(s.finish(), 0);
    assert!(
        !raw.contains("[38;5;") && !raw.contains("[48;5;"),
        "{raw:?}"
    );
    // Green, the mark of "takes part", in the form of 16.
    assert!(raw.contains("\x1b[32;"), "{raw:?}");
    let mut s = Session::start(&["--view", "matrix"], 100, 30);
    s.wait_for("Klimaschutz");
    let raw = String::from_utf8_lossy(&s.raw.lock().unwrap()).into_owned();
    s.send("q");
    assert_eq!(s.finish(), 0);
    assert!(raw.contains("[38;5;"), "{raw:?}");
}

/// A terminal whose locale is not UTF-8 gets ASCII from the commands and the browser,
/// German letters as two (ä → ae, ß → ss), never one that makes another word.
#[test]
fn a_latin1_terminal_reads_ae_oe_ue_ss() {
    let latin1 = [("LANG", "de_DE.ISO-8859-15@euro")];
    let s = Session::start_with(&["members"], 100, 24, &latin1);
    s.wait_for("Buettelborn");
    s.wait_for("Kreis Gross-Gerau");
    let screen = s.screen();
    assert!(screen.contains("BUET"), "{screen}");
    assert!(screen.contains("Moerfelden-Walldorf"), "{screen}");
    // The columns measured as shown: the names start in one column, two spaces apart.
    assert!(screen.contains("KUERZEL  NAME"), "{screen}");
    let column = |name: &str| {
        screen
            .lines()
            .find_map(|l| l.find(name))
            .unwrap_or_else(|| panic!("{name}: {screen}"))
    };
    assert_eq!(column("Biebesheim"), column("Buettelborn"), "{screen}");
    assert_eq!(column("Biebesheim"), column("Ruesselsheim"), "{screen}");
    assert!(!screen.contains("Buttelborn"), "{screen}");
    assert!(s.raw.lock().unwrap().is_ascii(), "{screen}");
    assert_eq!(s.finish(), 0);
    // The browser alike.
    let mut s = Session::start_with(&[], 120, 40, &latin1);
    s.wait_for("Buettelborn");
    s.wait_for("Gross-Gerau");
    assert!(!s.screen().contains("Buttelborn"), "{}", s.screen());
    s.send("q");
    assert_eq!(s.finish(), 0);
    // Into a file, UTF-8 as always.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("m.txt");
    let s = Session::start_with(&["members", "-o", file.to_str().unwrap()], 100, 24, &latin1);
    assert_eq!(s.finish(), 0);
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("Büttelborn")
    );
}

/// A generated data folder of `projects` projects and `members` members.
fn generated(projects: u32, members: u32) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_ikz"))
        .args(["generate", "--projects", &projects.to_string()])
        .args(["--members", &members.to_string()])
        .arg(dir.path().join("d"))
        .status()
        .unwrap();
    assert!(status.success());
    dir
}

/// The hidden temporary files an export leaves while it writes.
fn temporary_files(dir: &std::path::Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".ikz-export-"))
        .collect()
}

#[cfg(unix)]
#[test]
fn a_long_export_runs_beside_the_keys_and_a_signal_leaves_no_temporary_file() {
    let data = generated(6000, 120);
    let out = tempfile::tempdir().unwrap();
    let path = data.path().join("d");
    let args = ["--data", path.to_str().unwrap(), "--view", "matrix"];
    // Done in full: the screen answers keys meanwhile, and says how far it is.
    let mut s = Session::start_in(out.path(), &args, 120, 40, &[]);
    s.wait_for("Matrix · 2023");
    // All four files.
    s.send("e");
    s.wait_for("[x] Excel workbook");
    s.send("j j j \r");
    s.wait_for("Exporting…");
    s.send("?");
    s.wait_for("Help — keys");
    s.send("q");
    s.wait_for("Exported:");
    for tail in [".xlsx", "-excel.csv", ".csv", ".md"] {
        assert!(
            out.path().join(format!("ikz-matrix-2023{tail}")).exists(),
            "{tail}"
        );
    }
    assert!(temporary_files(out.path()).is_empty());
    s.send("q");
    assert_eq!(s.finish(), 0);
    // Ended by a signal half-way: no file, whole or half, is left.
    let out = tempfile::tempdir().unwrap();
    let mut s = Session::start_in(out.path(), &args, 120, 40, &[]);
    s.wait_for("Matrix · 2023");
    s.send("e");
    s.wait_for("[x] Excel workbook");
    s.send("j j j \r");
    s.wait_for("Exporting…");
    s.signal(nix::sys::signal::Signal::SIGTERM);
    assert_eq!(s.finish(), 143);
    assert!(
        temporary_files(out.path()).is_empty(),
        "{:?}",
        temporary_files(out.path())
    );
}

#[test]
fn a_latin1_locale_gets_a_screen_of_plain_ascii() {
    let mut s = Session::start_with(&[], 80, 24, &[("LANG", "de_DE.ISO-8859-15@euro")]);
    s.wait_for("Projekte 2024");
    let screen = s.screen();
    assert!(screen.is_ascii(), "{screen}");
    assert!(screen.contains("+ Jahre"), "ASCII corners:\n{screen}");
    s.send("q");
    assert_eq!(s.finish(), 0);
}

#[test]
fn t_shows_the_timeline_and_enter_opens_a_project() {
    let mut s = Session::start(&[], 80, 24);
    s.wait_for("Projects 2024");
    s.send("t");
    s.wait_for("Timeline 2013–2025 · by start · 22 projects");
    s.wait_for("projects that ran");
    // s orders by field, then by title: Aufbau eines Fördermittelmanagements comes
    // first; the cursor stays on its project until g.
    s.send("s");
    s.wait_for("by field");
    s.send("s");
    s.wait_for("by title");
    s.wait_for("▶   Kommunales Vergabezentrum");
    s.send("g");
    s.wait_for("▶   Aufbau eines Fördermittel");
    s.send("\r");
    s.wait_for("▶ Aufbau eines");
    s.send(ESC);
    s.wait_for("by title");
    // The browser below follows: the project ran before 2024, so its latest year shows.
    s.send(ESC);
    s.wait_for("Projects 2022");
    s.wait_for("▶ Aufbau eines");
    s.send("q");
    assert_eq!(s.finish(), 0);
}

#[test]
fn p_shows_a_members_profile_in_german() {
    let mut s = Session::start(&["--lang", "de"], 100, 30);
    s.wait_for("Projekte 2024");
    s.send(TAB);
    for _ in 0..5 {
        s.send(DOWN);
    }
    s.wait_for("▶ GG   Groß-Gerau");
    s.send("p");
    s.wait_for("Profil: Groß-Gerau (GG) · Stadt");
    s.wait_for("genannt");
    s.wait_for("möglich");
    s.wait_for("NIMMT TEIL");
    s.send(ESC);
    s.wait_for("▶ GG   Groß-Gerau");
    s.send("q");
    assert_eq!(s.finish(), 0);
}

#[test]
fn c_compares_two_members() {
    let mut s = Session::start(&[], 100, 30);
    s.wait_for("Projects 2024");
    s.send(TAB);
    s.wait_for("▶ BIE  Biebesheim");
    s.send("c");
    s.wait_for("Compare Biebesheim am Rhein (BIE) with …");
    s.send(DOWN);
    s.wait_for("▶ BÜT    Büttelborn");
    s.send("\r");
    s.wait_for("Compare: Biebesheim am Rhein (BIE) and Büttelborn (BÜT) · 2024");
    s.wait_for("only BÜT");
    s.send("0");
    s.wait_for("(BÜT) · All years");
    s.send(ESC);
    s.wait_for("▶ BIE  Biebesheim");
    s.send("q");
    assert_eq!(s.finish(), 0);
}

#[cfg(unix)]
#[test]
fn the_gaps_open_their_file_at_the_line_in_the_editor() {
    use std::os::unix::fs::PermissionsExt as _;
    let data = common::shipped();
    let tools = tempfile::tempdir().unwrap();
    let said = tools.path().join("args");
    let editor = tools.path().join("editor");
    std::fs::write(
        &editor,
        format!("#!/bin/sh\necho \"$@\" > '{}'\n", said.display()),
    )
    .unwrap();
    std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut s = Session::start_with(
        &["--data", data.path().to_str().unwrap()],
        120,
        30,
        &[("VISUAL", ""), ("EDITOR", editor.to_str().unwrap())],
    );
    s.wait_for("Projects 2024");
    s.send("!");
    s.wait_for("Gaps in the data");
    s.wait_for("▶ hitzeaktionsplanung.toml:26");
    s.send("e");
    let deadline = Instant::now() + timeout();
    while !said.exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    // The editor ended: the gaps are drawn again.
    s.wait_for("▶ hitzeaktionsplanung.toml:26");
    let args = std::fs::read_to_string(&said).unwrap();
    assert_eq!(
        args.trim(),
        format!(
            "+26 {}",
            data.path()
                .join("projects/hitzeaktionsplanung.toml")
                .display()
        )
    );
    s.send("q");
    assert_eq!(s.finish(), 0);
}

/// The browser on the shipped data in a folder, its gaps open and `e` pressed, with a
/// stand-in editor of `body` (a shell script that says EDITOR-RUNNING first); the folder
/// of the editor is kept for the files it leaves.
#[cfg(unix)]
fn in_editor(body: &str) -> (Session, tempfile::TempDir, tempfile::TempDir) {
    use std::os::unix::fs::PermissionsExt as _;
    let data = common::shipped();
    let tools = tempfile::tempdir().unwrap();
    let editor = tools.path().join("editor");
    std::fs::write(&editor, format!("#!/bin/sh\n{body}")).unwrap();
    std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut s = Session::start_with(
        &["--data", data.path().to_str().unwrap()],
        120,
        30,
        &[("VISUAL", ""), ("EDITOR", editor.to_str().unwrap())],
    );
    s.wait_for("Projects 2024");
    s.send("!");
    s.wait_for("▶ hitzeaktionsplanung.toml:26");
    s.send("e");
    s.wait_for("EDITOR-RUNNING");
    (s, data, tools)
}

/// SIGTERM while the editor has the terminal goes to the editor; ikz ends after it
/// (128 + 15), without taking the screen back from under a running editor.
#[cfg(unix)]
#[test]
fn a_signal_while_the_editor_runs_ends_the_editor_first() {
    let tools = tempfile::tempdir().unwrap();
    let ended = tools.path().join("ended");
    // An editor that runs until a signal ends it, and notes that it did.
    let (s, _data, _editor) = in_editor(&format!(
        "trap 'echo term > \"{}\"; exit 143' TERM\nprintf 'EDITOR-RUNNING\\n'\nwhile :; do sleep 0.1; done\n",
        ended.display()
    ));
    s.signal(nix::sys::signal::Signal::SIGTERM);
    assert_eq!(s.finish(), 128 + 15);
    assert_eq!(std::fs::read_to_string(&ended).unwrap().trim(), "term");
}

/// Ctrl-c in the editor is the editor's (the terminal sends it to the editor too): ikz
/// neither passes it on nor ends, and takes the screen back when the editor ends.
#[cfg(unix)]
#[test]
fn an_interrupt_while_the_editor_runs_is_the_editor_s() {
    let tools = tempfile::tempdir().unwrap();
    let stop = tools.path().join("stop");
    let (mut s, _data, _editor) = in_editor(&format!(
        "trap '' INT\nprintf 'EDITOR-RUNNING\\n'\nwhile [ ! -e \"{}\" ]; do sleep 0.05; done\n",
        stop.display()
    ));
    s.signal(nix::sys::signal::Signal::SIGINT);
    std::thread::sleep(Duration::from_millis(300));
    std::fs::write(&stop, "").unwrap();
    // The editor ended by itself: the gaps again, and ikz goes on.
    s.wait_for("▶ hitzeaktionsplanung.toml:26");
    s.send("q");
    assert_eq!(s.finish(), 0);
}

/// Ctrl-z in the editor stops its whole job: ikz stops with it (it does not keep the
/// terminal from the shell), and `fg` continues both.
#[cfg(target_os = "linux")]
#[test]
fn a_pause_while_the_editor_runs_stops_ikz_too() {
    let tools = tempfile::tempdir().unwrap();
    let stop = tools.path().join("stop");
    let (mut s, _data, _editor) = in_editor(&format!(
        "printf 'EDITOR-RUNNING\\n'\nwhile [ ! -e \"{}\" ]; do sleep 0.05; done\n",
        stop.display()
    ));
    s.signal(nix::sys::signal::Signal::SIGTSTP);
    let deadline = Instant::now() + timeout();
    while !s.stopped() {
        assert!(
            Instant::now() < deadline,
            "ikz did not stop with its editor"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    // As `fg` does; then the editor ends and ikz takes the screen back.
    s.signal(nix::sys::signal::Signal::SIGCONT);
    std::fs::write(&stop, "").unwrap();
    s.wait_for("▶ hitzeaktionsplanung.toml:26");
    s.send("q");
    assert_eq!(s.finish(), 0);
}

/// The settings file speaks to the browser: its language, and its mistakes said on the
/// status line at the start, the other settings kept.
#[test]
fn the_browser_starts_with_the_settings_and_says_their_mistakes() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "lang = \"de\"\ncolors = \"bunt\"\n").unwrap();
    let mut s = Session::start_with(&[], 120, 30, &[("IKZ_CONFIG", config.to_str().unwrap())]);
    s.wait_for("Projekte 2024");
    s.wait_for("Die Einstellungsdatei hat einen Fehler");
    s.send("q");
    assert_eq!(s.finish(), 0);
}

/// Recording a fact in the matrix: a row marked, the form, the preview, the write into
/// the file, the status line, and `u` putting the file back byte for byte.
#[test]
fn a_row_recorded_in_the_matrix_is_written_and_undone() {
    let data = common::shipped();
    let file = data.path().join("projects/gaststaettenrecht.toml");
    let original = std::fs::read_to_string(&file).unwrap();
    let mut s = Session::start(
        &["--data", data.path().to_str().unwrap(), "--view", "matrix"],
        120,
        40,
    );
    s.wait_for("Matrix · 2024");
    s.send("<<");
    s.wait_for("Matrix · 2022");
    // The project by the filter; its row marked.
    s.send("/gastst\r");
    s.wait_for("1 × 15");
    s.send("ll*");
    s.wait_for("15 cells marked");
    s.send("a");
    s.wait_for("Record: 15 cells · 2022");
    s.send("pm-2024\r");
    s.wait_for("The change, as it will be written:");
    s.wait_for(r#"+   { member = "buettelborn", years = [2022], sources = ["pm-2024"] },"#);
    s.send("\r");
    s.wait_for("Written (u undoes it): ");
    let written = std::fs::read_to_string(&file).unwrap();
    for member in ["buettelborn", "trebur", "kreis-gross-gerau"] {
        assert!(
            written.contains(&format!(
                r#"{{ member = "{member}", years = [2022], sources = ["pm-2024"] }}"#
            )),
            "{member}: {written}"
        );
    }
    s.send("u");
    s.wait_for("Undone (Ctrl-r does it again): ");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), original);
    s.send("q");
    assert_eq!(s.finish(), 0);
}

/// On the built-in data the first edit makes a data folder (remembered in the settings
/// file); there a count is recorded from a new internal source, added on the spot.
#[test]
fn the_first_edit_makes_a_folder_and_a_count_cites_a_new_source() {
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("config.toml");
    let folder = tmp.path().join("IKZ Daten");
    let mut s = Session::start_with(
        &["--view", "matrix"],
        120,
        40,
        &[("IKZ_CONFIG", config.to_str().unwrap())],
    );
    s.wait_for("Matrix · 2024");
    s.send("A");
    s.wait_for("A data folder to record in");
    // The folder offered is replaced by one typed.
    s.send("\x15");
    s.send(folder.to_str().unwrap());
    s.send("\r");
    s.wait_for("Data folder made and opened");
    s.send("j");
    let settings = std::fs::read_to_string(&config).unwrap();
    assert!(settings.contains("IKZ Daten"), "{settings}");
    assert!(folder.join("sources.toml").is_file());
    // The count of the project under the cursor, from a new internal source.
    s.send("A");
    s.wait_for("Record the count: ");
    s.send("\x159\t\t");
    // No source fits what is typed: the new source's entry is chosen.
    s.send("Auskunft Ordnungsamt");
    s.wait_for("▶ + New source …");
    s.send("\r");
    // The new source's own form (its title in the frame, not the list's entry).
    s.wait_for("┏ New source");
    s.send("Ordnungsamt Raunheim\t");
    s.send("\t2025-03-12\r");
    s.wait_for("new internal source auskunft-ordnungsamt");
    s.send("\r");
    s.wait_for("Written (u undoes it): new internal source");
    s.wait_for("▶ auskunft-ordnungsamt");
    s.send("\r");
    s.wait_for(": 9 take part (auskunft-ordnungsamt)");
    s.send("\r");
    // The count written and read anew: the project's row says it (the message of the
    // source's write looked alike).
    s.wait_for("0/15 (9)");
    let sources = std::fs::read_to_string(folder.join("sources.toml")).unwrap();
    assert!(
        sources.contains("by = \"Ordnungsamt Raunheim\""),
        "{sources}"
    );
    let counted = std::fs::read_dir(folder.join("projects"))
        .unwrap()
        .filter_map(|e| std::fs::read_to_string(e.unwrap().path()).ok())
        .filter(|t| t.contains("count = 9, sources = [\"auskunft-ordnungsamt\"]"))
        .count();
    assert_eq!(counted, 1);
    s.send("q");
    assert_eq!(s.finish(), 0);
}

/// `--poll`: the status line says so, and a change another process makes appears.
#[test]
fn with_poll_a_change_by_another_process_appears() {
    let data = common::shipped();
    let file = data.path().join("projects/klimaschutz.toml");
    let original = std::fs::read_to_string(&file).unwrap();
    let mut s = Session::start(
        &["--data", data.path().to_str().unwrap(), "--poll"],
        120,
        40,
    );
    s.wait_for("--poll: the data folder is read every 2 s");
    save(
        &file,
        &original.replacen(
            "title = \"Klimaschutz\"",
            "title = \"Klimaschutz gepollt\"",
            1,
        ),
    );
    s.wait_for("Klimaschutz gepollt");
    s.send("q");
    assert_eq!(s.finish(), 0);
}
