//! Matrix benchmark: a synthetic data set of 10,000 projects × 500 members (from
//! `ikz generate`'s generator), drawn as the matrix view at 200×60, and the cursor moved
//! across it, each move followed by a frame as in the terminal. The same frame of the
//! shipped data (20 × 15) runs beside it, so the ratio shows whether drawing depends on
//! the size of the data (it should not: only the cells on screen are drawn).
//!
//!   cargo bench --bench matrix

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

use ikz::app::{App, Input, Options, View};
use ikz::data::generate::{Size, load};
use ikz::present::words::Lang;
use ikz::query::grid::{Grid, Keys, Spec};

const WIDTH: u16 = 200;
const HEIGHT: u16 = 60;
const FRAMES: usize = 500;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn app(loaded: ikz::data::Loaded) -> App {
    let options = Options {
        lang: Lang::En,
        mouse: false,
        color: true,
        glyphs: ikz::text::Glyphs::All,
        view: View::Matrix,
    };
    let mut app = App::new(loaded, options, Rect::new(0, 0, WIDTH, HEIGHT));
    key(&mut app, KeyCode::Char('0')); // all years: every project is a row
    app
}

fn key(app: &mut App, code: KeyCode) {
    app.handle(Input::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    app.settle();
}

/// The time of one frame, as the median of many (the first one fills the screen).
fn frame_time(app: &App, terminal: &mut Terminal<TestBackend>) -> Duration {
    terminal.draw(|f| ikz::ui::draw(f, app)).unwrap();
    let times = (0..FRAMES)
        .map(|_| {
            let t = Instant::now();
            terminal.draw(|f| ikz::ui::draw(f, app)).unwrap();
            t.elapsed()
        })
        .collect();
    median(times)
}

/// Moves the cursor with each key in turn and draws a frame after each; returns the
/// median and the slowest (key + frame).
fn moves(
    app: &mut App,
    terminal: &mut Terminal<TestBackend>,
    keys: &[KeyCode],
) -> (Duration, Duration) {
    let mut key_times = Vec::new();
    let times: Vec<Duration> = keys
        .iter()
        .map(|&code| {
            let t = Instant::now();
            key(app, code);
            key_times.push(t.elapsed());
            terminal.draw(|f| ikz::ui::draw(f, app)).unwrap();
            t.elapsed()
        })
        .collect();
    eprintln!("key alone: median {:.3} ms", ms(median(key_times)));
    let worst = times.iter().max().copied().unwrap_or_default();
    (median(times), worst)
}

fn main() {
    let size = Size {
        members: 500,
        projects: 10_000,
        years: 12,
        seed: 1,
    };
    let t = Instant::now();
    let loaded = load(size);
    assert_eq!(loaded.errors(), 0);
    println!(
        "synthetic data: {} projects × {} members, generated and loaded in {:.0} ms",
        loaded.model.projects.len(),
        loaded.model.members.len(),
        ms(t.elapsed())
    );
    let model = loaded.model.clone();

    // Building the grid: what sorting, filtering and a year step cost.
    let index = Keys::new(&model);
    let build = |spec: Spec| {
        median(
            (0..5)
                .map(|_| {
                    let t = Instant::now();
                    std::hint::black_box(Grid::build(&model, &index, spec.clone()));
                    t.elapsed()
                })
                .collect(),
        )
    };
    let all = build(Spec::default());
    let one_year = build(Spec {
        year: Some(2020),
        ..Spec::default()
    });
    let filtered = build(Spec {
        filter: "klaer".into(),
        ..Spec::default()
    });
    println!(
        "grid build (on sort, filter or year change): all years {:.1} ms, one year {:.1} ms, filtered {:.1} ms",
        ms(all),
        ms(one_year),
        ms(filtered)
    );

    let mut big = app(loaded);
    // A small data set that still fills the screen: the same cells to draw.
    let small = app(load(Size {
        members: 60,
        projects: 100,
        years: 12,
        seed: 2,
    }));
    let shipped = app(ikz::data::load(&ikz::data::Origin::BuiltIn));
    let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).unwrap();
    // ratatui's own share: a frame that draws nothing but is compared and flushed.
    terminal.draw(|_| {}).unwrap();
    let empty = median(
        (0..FRAMES)
            .map(|_| {
                let t = Instant::now();
                terminal.draw(|_| {}).unwrap();
                t.elapsed()
            })
            .collect(),
    );
    let shipped_frame = frame_time(&shipped, &mut terminal);
    let small_frame = frame_time(&small, &mut terminal);
    let big_frame = frame_time(&big, &mut terminal);
    println!("frame at {WIDTH}×{HEIGHT}, median of {FRAMES}:");
    println!(
        "  nothing drawn (ratatui's diff and flush): {:.3} ms",
        ms(empty)
    );
    println!(
        "  shipped data (20 × 15):                   {:.3} ms",
        ms(shipped_frame)
    );
    println!(
        "  synthetic, 100 × 60 (fills the screen):   {:.3} ms",
        ms(small_frame)
    );
    println!(
        "  synthetic, 10,000 × 500:                  {:.3} ms",
        ms(big_frame)
    );
    println!(
        "  ratio 10,000 × 500 / 100 × 60:            {:.2}",
        big_frame.as_secs_f64() / small_frame.as_secs_f64()
    );

    // The cursor across the matrix: right along a row, down a column, pages, the ends.
    let mut keys = vec![KeyCode::Right; 200];
    keys.extend(vec![KeyCode::Down; 200]);
    keys.extend(vec![KeyCode::PageDown; 50]);
    keys.extend([
        KeyCode::End,
        KeyCode::Char('L'),
        KeyCode::Home,
        KeyCode::Char('H'),
    ]);
    keys.extend(vec![KeyCode::Left; 100]);
    keys.extend(vec![KeyCode::Up; 100]);
    let (median_move, worst_move) = moves(&mut big, &mut terminal, &keys);
    println!(
        "cursor move + frame, {} moves over the synthetic matrix: median {:.3} ms, slowest {:.3} ms",
        keys.len(),
        ms(median_move),
        ms(worst_move)
    );
    let aim = big_frame < Duration::from_millis(1) && median_move < Duration::from_millis(1);
    println!(
        "aim: a frame in well under a millisecond: {}",
        if aim { "met" } else { "missed" }
    );
}
