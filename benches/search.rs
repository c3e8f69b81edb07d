//! Search benchmark: a synthetic corpus of 100,000 items (German project, place and
//! report names with umlauts), and the time per keystroke for queries typed one
//! character at a time, as the browser runs them (narrowing as the query grows).
//!
//!   cargo bench --bench search                      the benchmark
//!   cargo bench --bench search -- corpus FILE       write the corpus, one item a line
//!   cargo bench --bench search -- filter FILE Q...  rank FILE's lines for each query,
//!                                                    each from scratch (as `fzf --filter`)
//!
//! `scripts/compare-fzf.sh` uses the last two to compare with fzf in one run.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::time::{Duration, Instant};

use ikz::query::search::{Index, NAME, Searcher, Target};

const ITEMS: usize = 100_000;
const ROUNDS: usize = 11;

/// Queries as people type them; every prefix is one keystroke.
pub const TYPED: &[&str] = &[
    "klaerschlamm",
    "mörfelden walldorf",
    "inf sich",
    "hitzeaktionsplan 2024",
    "gross gerau",
];

const PLACES: &[&str] = &[
    "Biebesheim am Rhein",
    "Bischofsheim",
    "Büttelborn",
    "Gernsheim",
    "Ginsheim-Gustavsburg",
    "Groß-Gerau",
    "Kelsterbach",
    "Mörfelden-Walldorf",
    "Nauheim",
    "Raunheim",
    "Riedstadt",
    "Rüsselsheim am Main",
    "Stockstadt am Rhein",
    "Trebur",
    "Bad König",
    "Höchst im Odenwald",
    "Fürth",
    "Lützelbach",
    "Mühltal",
    "Groß-Umstadt",
    "Weiterstadt",
    "Rödermark",
    "Dreieich",
    "Neu-Isenburg",
    "Egelsbach",
    "Flörsheim",
    "Hochheim am Main",
    "Rüdesheim",
    "Büdingen",
    "Lorsch",
    "Bürstadt",
    "Viernheim",
    "Lampertheim",
];
const TOPICS: &[&str] = &[
    "Klärschlammverwertung",
    "Informationssicherheit",
    "Hitzeaktionsplanung",
    "Klimaschutz",
    "Beschaffung von Feuerwehrbedarf",
    "Reinigung kommunaler Liegenschaften",
    "Hinweisgeberschutz",
    "Smart Region",
    "Straßenbeleuchtung",
    "Gebührenkalkulation",
    "Friedhofsverwaltung",
    "Bürgerbüro",
    "Schülerbeförderung",
    "Fördermittelmanagement",
    "Standesamtswesen",
    "Bezügeabrechnung",
    "Streusalzmanagement",
    "Prüfung elektrischer Anlagen",
    "Elektromobilität",
    "Rechnungsworkflow",
    "Grünflächenpflege",
    "Gewässerschutz",
    "Abfallwirtschaft",
    "Wärmeplanung",
    "Digitalisierung der Schulen",
];
const KINDS: &[&str] = &[
    "Projekt",
    "Arbeitsgruppe",
    "Vereinbarung",
    "Bericht",
    "Konzept",
    "Ausschreibung",
];

/// A deterministic generator (xorshift), so every run ranks the same corpus.
struct Rng(u64);
impl Rng {
    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        list[(self.0 % list.len() as u64) as usize]
    }
}

pub fn corpus(n: usize) -> Vec<String> {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    (0..n)
        .map(|i| {
            let (k, t, p, q) = (
                rng.pick(KINDS),
                rng.pick(TOPICS),
                rng.pick(PLACES),
                rng.pick(PLACES),
            );
            format!("{k} {t} {p} und {q} {} Nr. {i}", 2013 + i % 12)
        })
        .collect()
}

fn index_of(lines: &[String]) -> Index {
    Index::from_items(
        lines
            .iter()
            .map(|l| (Target::Year(0), vec![(l.clone(), NAME)]))
            .collect::<Vec<_>>(),
    )
}

fn prefixes(q: &str) -> Vec<String> {
    let chars: Vec<char> = q.chars().collect();
    (1..=chars.len())
        .map(|n| chars[..n].iter().collect())
        .collect()
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn bench() {
    let lines = corpus(ITEMS);
    let t = Instant::now();
    let index = index_of(&lines);
    println!(
        "index of {} items built in {:.1} ms",
        index.len(),
        ms(t.elapsed())
    );
    println!(
        "cores: {}",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    println!();
    println!(
        "{:<24} {:>7} {:>13} {:>13}",
        "keystroke (query so far)", "hits", "typed, ms", "scratch, ms"
    );
    let mut worst_typed = Duration::ZERO;
    let mut all_typed = Vec::new();
    let mut all_scratch = Vec::new();
    for q in TYPED {
        let steps = prefixes(q);
        let mut typed: Vec<Vec<Duration>> = vec![Vec::new(); steps.len()];
        let mut scratch: Vec<Vec<Duration>> = vec![Vec::new(); steps.len()];
        let mut hits = vec![0; steps.len()];
        for _ in 0..ROUNDS {
            let mut s = Searcher::default();
            for (i, p) in steps.iter().enumerate() {
                let t = Instant::now();
                s.update(&index, p);
                typed[i].push(t.elapsed());
                hits[i] = s.hits().len();
                let t = Instant::now();
                let fresh = index.search(p);
                scratch[i].push(t.elapsed());
                assert_eq!(fresh.len(), hits[i], "narrowing and a fresh search agree");
            }
        }
        for (i, p) in steps.iter().enumerate() {
            let (ty, sc) = (median(typed[i].clone()), median(scratch[i].clone()));
            worst_typed = worst_typed.max(ty);
            all_typed.push(ty);
            all_scratch.push(sc);
            println!(
                "{:<24} {:>7} {:>13.2} {:>13.2}",
                format!("{p:?}"),
                hits[i],
                ms(ty),
                ms(sc)
            );
        }
    }
    let mean = |v: &[Duration]| ms(v.iter().sum::<Duration>()) / v.len() as f64;
    println!();
    println!("keystrokes: {}", all_typed.len());
    println!(
        "per keystroke, typed (narrowing): mean {:.2} ms, worst {:.2} ms",
        mean(&all_typed),
        ms(worst_typed)
    );
    println!(
        "per query, from scratch:          mean {:.2} ms",
        mean(&all_scratch)
    );
    let lines_per_s = ITEMS as f64 / (mean(&all_scratch) / 1000.0);
    println!(
        "throughput from scratch: {:.2} million lines/s",
        lines_per_s / 1e6
    );
    println!(
        "aim: every keystroke under 16 ms: {}",
        if ms(worst_typed) < 16.0 {
            "met"
        } else {
            "missed"
        }
    );
}

/// Ranks the lines of a file for each query from scratch and prints the time of each,
/// for the comparison with `fzf --filter`.
fn filter(file: &str, queries: &[String]) {
    let text = std::fs::read_to_string(file).unwrap();
    let lines: Vec<String> = text.lines().map(str::to_string).collect();
    let index = index_of(&lines);
    let mut total = Duration::ZERO;
    for q in queries {
        let t = Instant::now();
        let hits = index.search(q);
        let d = t.elapsed();
        total += d;
        println!("{:.3} {} {q}", ms(d), hits.len());
    }
    println!("total {:.3}", ms(total));
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    match args.first().map(String::as_str) {
        Some("corpus") => {
            let out = corpus(ITEMS).join("\n") + "\n";
            std::fs::write(&args[1], out).unwrap();
        }
        Some("filter") => filter(&args[1], &args[2..]),
        Some("prefixes") => {
            for q in TYPED {
                for p in prefixes(q) {
                    println!("{p}");
                }
            }
        }
        _ => bench(),
    }
}
