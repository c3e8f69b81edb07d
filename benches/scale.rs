//! Scale benchmark: a data folder of 10,000 projects × 500 members written by
//! `ikz generate`'s generator, and what a user waits for with it:
//! - loading and validating the folder (as `ikz --data DIR` does at start and on reload);
//! - a search keystroke over that data (each prefix of typed queries, narrowing);
//! - a frame of the browser and of the matrix at 200×60;
//! - opening the timeline, profile, compare and gaps views, a frame of each and a move;
//! - the resident memory after loading, against the size of the files (measured in a
//!   fresh process of this benchmark, so nothing else is counted).
//!
//!   cargo bench --bench scale
//!   cargo bench --bench scale -- memory DIR     (used by the benchmark itself)

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::path::Path;
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

use ikz::app::{App, Options, View};
use ikz::data::generate::{Size, write};
use ikz::data::{Origin, load};
use ikz::present::words::Lang;
use ikz::query::search::Searcher;

const SIZE: Size = Size {
    members: 500,
    projects: 10_000,
    years: 12,
    seed: 1,
};

const OPTIONS: Options = Options {
    lang: Lang::En,
    mouse: false,
    color: true,
    glyphs: ikz::text::Glyphs::All,
    view: View::Browser,
};

const TYPED: &[&str] = &[
    "klaerschlamm",
    "hitzeaktion",
    "gross gerau",
    "inf sich",
    "zzzz",
];

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Resident memory of this process, in bytes (Linux).
fn resident() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

fn folder_size(dir: &Path) -> u64 {
    let mut total = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let meta = entry.metadata().unwrap();
        total += if meta.is_dir() {
            folder_size(&entry.path())
        } else {
            meta.len()
        };
    }
    total
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("memory") {
        // The child: load and say how much memory that took.
        let before = resident().unwrap_or(0);
        let loaded = load(&Origin::Folder(args[1].clone().into()));
        let app = App::new(loaded, OPTIONS, Rect::new(0, 0, 200, 60));
        let after = resident().unwrap_or(0);
        std::hint::black_box(&app);
        println!("{before} {after}");
        return;
    }

    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), SIZE).unwrap();
    let bytes = folder_size(dir.path());
    println!(
        "data: {} members, {} projects, {} years; {} files, {:.1} MB",
        SIZE.members,
        SIZE.projects,
        SIZE.years,
        SIZE.projects + 4,
        bytes as f64 / 1e6
    );
    let origin = Origin::Folder(dir.path().to_path_buf());

    let loads: Vec<Duration> = (0..11)
        .map(|_| {
            let t = Instant::now();
            let loaded = load(&origin);
            let d = t.elapsed();
            assert_eq!(loaded.errors(), 0);
            d
        })
        .collect();
    let fastest = loads.iter().min().copied().unwrap_or_default();
    let load_time = median(loads);
    println!(
        "load and validate: {:.0} ms (median of 11; fastest {:.0} ms)",
        ms(load_time),
        ms(fastest)
    );

    // Start-up as `ikz --data DIR` does it: load, the app without its search index
    // (built beside the first frame), the first frame at 200×60.
    let starts: Vec<Duration> = (0..7)
        .map(|_| {
            let t = Instant::now();
            let app = App::without_index(load(&origin), OPTIONS, Rect::new(0, 0, 200, 60));
            let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
            terminal.draw(|f| ikz::ui::draw(f, &app)).unwrap();
            t.elapsed()
        })
        .collect();
    let start_up = median(starts);
    println!(
        "start-up to the first frame (load, the app, one frame): {:.0} ms (median of 7)",
        ms(start_up)
    );

    let loaded = load(&origin);
    let t = Instant::now();
    let mut app = App::new(
        loaded,
        Options {
            lang: Lang::En,
            mouse: false,
            color: true,
            glyphs: ikz::text::Glyphs::All,
            view: View::Browser,
        },
        Rect::new(0, 0, 200, 60),
    );
    println!(
        "build the app (search index, matrix keys): {:.0} ms",
        ms(t.elapsed())
    );

    // Search keystrokes over the whole data, as typed. The very first search after
    // loading touches the index's memory for the first time: timed on its own.
    let t = Instant::now();
    Searcher::default().update(&app.data.index, "a");
    let cold = t.elapsed();
    let mut times = Vec::new();
    for q in TYPED {
        let mut searcher = Searcher::default();
        let mut typed = String::new();
        for c in q.chars() {
            typed.push(c);
            let t = Instant::now();
            searcher.update(&app.data.index, &typed);
            times.push(t.elapsed());
            if std::env::var_os("IKZ_BENCH_DEBUG").is_some() {
                eprintln!(
                    "search {typed:?} {:?} {} hits",
                    t.elapsed(),
                    searcher.hits().len()
                );
            }
        }
    }
    let worst = times.iter().max().copied().unwrap_or_default();
    println!(
        "search keystroke over {} items: median {:.2} ms, slowest {:.2} ms ({} keystrokes; the first search after loading {:.2} ms)",
        app.data.index.len(),
        ms(median(times.clone())),
        ms(worst),
        times.len(),
        ms(cold)
    );

    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    let frame = |app: &App, terminal: &mut Terminal<TestBackend>| {
        terminal.draw(|f| ikz::ui::draw(f, app)).unwrap();
        median(
            (0..101)
                .map(|_| {
                    let t = Instant::now();
                    terminal.draw(|f| ikz::ui::draw(f, app)).unwrap();
                    t.elapsed()
                })
                .collect(),
        )
    };
    let browser_all = {
        app.handle(ikz::app::Input::Key(
            ratatui::crossterm::event::KeyEvent::from(ratatui::crossterm::event::KeyCode::Char(
                '0',
            )),
        ));
        frame(&app, &mut terminal)
    };
    let key = |app: &mut App, c: char| {
        use ratatui::crossterm::event::{KeyCode, KeyEvent};
        let code = match c {
            '\t' => KeyCode::Tab,
            '\n' => KeyCode::Enter,
            '\x1b' => KeyCode::Esc,
            c => KeyCode::Char(c),
        };
        app.handle(ikz::app::Input::Key(KeyEvent::from(code)));
        app.settle();
    };
    // Moves through every pane, each with its frame: projects, members (whose detail
    // lists its projects by year), years, the detail.
    let mut moves = Vec::new();
    for c in "jjjjjjjjjjGg\tjjjjjjjjjjG\tjjj\tjjjjjjjjjj\tjjjjjjjjjj".chars() {
        let t = Instant::now();
        key(&mut app, c);
        terminal.draw(|f| ikz::ui::draw(f, &app)).unwrap();
        moves.push(t.elapsed());
        if std::env::var_os("IKZ_BENCH_DEBUG").is_some() {
            eprintln!(
                "{c:?} {:?} focus {:?}",
                t.elapsed(),
                app.browser().map(|b| b.focus)
            );
        }
    }
    let browser_move = moves.iter().max().copied().unwrap_or_default();
    key(&mut app, 'm');
    let matrix = frame(&app, &mut terminal);
    println!(
        "frame at 200×60: browser, all years {:.2} ms; {} moves through its panes, each with its frame: median {:.2} ms, slowest {:.2} ms; matrix {:.2} ms",
        ms(browser_all),
        moves.len(),
        ms(median(moves.clone())),
        ms(browser_move),
        ms(matrix)
    );

    // The four views: opening one builds its table (once per change), then a frame
    // draws only the rows on screen; a move is a key and its frame.
    key(&mut app, 'm');
    let mut views = Vec::new();
    for (name, open, close) in [
        ("timeline", "t", "\x1b"),
        ("profile", "p", "\x1b"),
        ("compare", "c\n", "\x1b"),
        ("gaps", "!", "\x1b"),
    ] {
        let t = Instant::now();
        for c in open.chars() {
            key(&mut app, c);
        }
        terminal.draw(|f| ikz::ui::draw(f, &app)).unwrap();
        let opened = t.elapsed();
        let drawn = frame(&app, &mut terminal);
        let mut moves = Vec::new();
        for c in "jjjjjjjjjjGgjjjjjjjjjj".chars() {
            let t = Instant::now();
            key(&mut app, c);
            terminal.draw(|f| ikz::ui::draw(f, &app)).unwrap();
            moves.push(t.elapsed());
        }
        for c in close.chars() {
            key(&mut app, c);
        }
        views.push((
            name,
            opened,
            drawn,
            moves.into_iter().max().unwrap_or_default(),
        ));
    }
    println!(
        "views at 200×60 ({} projects × {} members): {}",
        app.data.model.projects.len(),
        app.data.model.members.len(),
        views
            .iter()
            .map(|(name, opened, drawn, moved)| format!(
                "{name}: open {:.1} ms, frame {:.2} ms, slowest move {:.2} ms",
                ms(*opened),
                ms(*drawn),
                ms(*moved)
            ))
            .collect::<Vec<_>>()
            .join("; ")
    );
    let slowest_view = views.iter().map(|v| v.2).max().unwrap_or_default();
    // What any frame costs before a screen draws anything: ratatui compares the new
    // buffer of 12,000 cells with the last and hands the changes to the backend.
    let floor = median(
        (0..101)
            .map(|_| {
                let t = Instant::now();
                terminal.draw(|_| {}).unwrap();
                t.elapsed()
            })
            .collect(),
    );
    println!(
        "  (a frame that draws nothing costs {:.2} ms at 200×60: the terminal's comparison of the cells)",
        ms(floor)
    );

    // Memory, in a fresh process.
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["memory", dir.path().to_str().unwrap()])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let nums: Vec<u64> = text
        .split_whitespace()
        .filter_map(|s| s.parse().ok())
        .collect();
    let memory = nums
        .get(1)
        .zip(nums.first())
        .map(|(a, b)| a.saturating_sub(*b));
    if let Some(m) = memory {
        println!(
            "resident memory for the loaded data and app: {:.1} MB = {:.1} × the files",
            m as f64 / 1e6,
            m as f64 / bytes as f64
        );
    }

    println!("aims:");
    let say = |ok: bool| if ok { "met" } else { "missed" };
    println!(
        "  a frame of each view well under a millisecond: {} (slowest {:.2} ms)",
        say(slowest_view < Duration::from_millis(1)),
        ms(slowest_view)
    );
    println!(
        "  load 10,000 projects under 300 ms: {} ({:.0} ms)",
        say(load_time < Duration::from_millis(300)),
        ms(load_time)
    );
    println!(
        "  the first frame within 300 ms: {} ({:.0} ms)",
        say(start_up < Duration::from_millis(300)),
        ms(start_up)
    );
    println!(
        "  the first search after loading under 16 ms: {} ({:.1} ms)",
        say(cold < Duration::from_millis(16)),
        ms(cold)
    );
    println!(
        "  every keystroke within a frame (16 ms): {} (slowest search {:.1} ms, browser move {:.1} ms)",
        say(worst < Duration::from_millis(16) && browser_move < Duration::from_millis(16)),
        ms(worst),
        ms(browser_move)
    );
    if let Some(m) = memory {
        println!(
            "  memory under 10 × the files: {} ({:.1} ×)",
            say(m < 10 * bytes),
            m as f64 / bytes as f64
        );
    }
}
