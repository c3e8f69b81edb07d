//! Volume benchmark: what stays fast and small however much there is.
//! - The error screen and the `w` list with 1,000 and with 1,000,000 messages: a key and
//!   a frame at 200×60, median of many runs; the ratio of the two sizes, from one run.
//! - 5,000 queued keys in the browser, carried out before one frame.
//! - `ikz matrix` on 50,000 projects × 500 members, each format to /dev/null: time and
//!   peak resident memory of the process, against `ikz check` of the same folder (which
//!   holds the model and nothing else): streaming keeps the output out of memory.
//!
//!   cargo bench --bench volume

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;

use ikz::app::{App, Input, Options, View};
use ikz::data::Loaded;
use ikz::diag::{Diagnostic, Severity, Table, TextProblem};
use ikz::present::words::Lang;

const OPTIONS: Options = Options {
    lang: Lang::En,
    mouse: false,
    color: true,
    glyphs: ikz::text::Glyphs::All,
    view: View::Browser,
};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The shipped data with `n` made-up messages of one severity.
fn with_messages(n: usize, severity: Severity) -> Loaded {
    let mut loaded = ikz::data::load(&ikz::data::Origin::BuiltIn);
    loaded.diagnostics = (0..n)
        .map(|i| Diagnostic {
            severity,
            path: format!("data/projects/p{i}.toml"),
            line: i % 90 + 1,
            col: 3,
            problem: TextProblem::UnknownKey {
                table: Table::Project,
                key: format!("titel{i}"),
                nearest: Some("title"),
                known: &["title"],
            }
            .into(),
        })
        .collect();
    loaded
}

fn key(app: &mut App, code: KeyCode) {
    app.handle(Input::Key(KeyEvent::from(code)));
}

/// Median time of a key and the frame after it, over a walk through the text.
fn keys_and_frames(mut app: App) -> Duration {
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    let walk = [
        KeyCode::Char('j'),
        KeyCode::PageDown,
        KeyCode::Char('G'),
        KeyCode::Char('k'),
        KeyCode::PageUp,
        KeyCode::Char('g'),
    ];
    let mut times = Vec::new();
    for _ in 0..30 {
        for &code in &walk {
            let t = Instant::now();
            key(&mut app, code);
            terminal.draw(|f| ikz::ui::draw(f, &app)).unwrap();
            times.push(t.elapsed());
        }
    }
    median(times)
}

fn problems(n: usize) -> (Duration, Duration) {
    let size = Rect::new(0, 0, 200, 60);
    let errors = App::new(with_messages(n, Severity::Error), OPTIONS, size);
    let mut warnings = App::new(with_messages(n, Severity::Warning), OPTIONS, size);
    key(&mut warnings, KeyCode::Char('w'));
    (keys_and_frames(errors), keys_and_frames(warnings))
}

/// Runs the program on `args` with its output to /dev/null: the time it took and its
/// peak resident memory (VmHWM, read from /proc while it runs; Linux only).
fn run(args: &[&str]) -> (Duration, Option<u64>) {
    let t = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_ikz"))
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let status = format!("/proc/{}/status", child.id());
    let mut peak = None;
    loop {
        if let Ok(text) = std::fs::read_to_string(&status)
            && let Some(kb) = text
                .lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse::<u64>().ok())
        {
            peak = Some(kb * 1024);
        }
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    (t.elapsed(), peak)
}

fn mb(bytes: Option<u64>) -> String {
    bytes.map_or("?".into(), |b| format!("{:.0} MB", b as f64 / 1e6))
}

fn main() {
    // 1. Problems: the same screens with a thousand (a screen full) and with a million
    //    messages.
    let (small_errors, small_w) = problems(1_000);
    let (large_errors, large_w) = problems(1_000_000);
    println!(
        "error screen, key + frame at 200×60: 1,000 messages {:.3} ms, 1,000,000 messages {:.3} ms ({:.1}×)",
        ms(small_errors),
        ms(large_errors),
        large_errors.as_secs_f64() / small_errors.as_secs_f64()
    );
    println!(
        "w list, key + frame at 200×60: 1,000 messages {:.3} ms, 1,000,000 messages {:.3} ms ({:.1}×)",
        ms(small_w),
        ms(large_w),
        large_w.as_secs_f64() / small_w.as_secs_f64()
    );

    // 2. A burst of keys: 5,000 `j` in the projects pane of 10,000 projects, one frame.
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let written = ikz::data::generate::write(
        &data,
        ikz::data::generate::Size {
            members: 500,
            projects: 50_000,
            years: 12,
            seed: 1,
        },
    )
    .unwrap();
    let loaded = ikz::data::load(&ikz::data::Origin::Folder(data.clone()));
    let mut app = App::new(loaded, OPTIONS, Rect::new(0, 0, 200, 60));
    key(&mut app, KeyCode::Char('0'));
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    let t = Instant::now();
    for _ in 0..5000 {
        key(&mut app, KeyCode::Char('j'));
    }
    terminal.draw(|f| ikz::ui::draw(f, &app)).unwrap();
    println!(
        "5,000 queued j in the projects pane of 50,000 projects, then one frame: {:.0} ms",
        ms(t.elapsed())
    );
    drop(app);

    // 3. `ikz matrix` on 50,000 projects × 500 members.
    let d = data.to_str().unwrap();
    let size: u64 = walk_size(&data);
    println!(
        "data: {written} files, {:.0} MB, 50,000 projects × 500 members",
        size as f64 / 1e6
    );
    let (check_time, check_peak) = run(&["--data", d, "check"]);
    println!(
        "ikz check (the model alone): {:.1} s, peak {}",
        check_time.as_secs_f64(),
        mb(check_peak)
    );
    for format in ["text", "csv", "markdown", "json"] {
        let (time, peak) = run(&["--data", d, "matrix", "--format", format]);
        println!(
            "ikz matrix --format {format:<8}: {:.1} s, peak {} ({:+.0} MB over check)",
            time.as_secs_f64(),
            mb(peak),
            (peak.unwrap_or(0) as f64 - check_peak.unwrap_or(0) as f64) / 1e6
        );
    }
}

fn walk_size(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            if e.path().is_dir() {
                walk_size(&e.path())
            } else {
                e.metadata().unwrap().len()
            }
        })
        .sum()
}
