//! `ikz`: the inter-municipal cooperation (IKZ) of Kreis Groß-Gerau at a keystroke —
//! which members take part in which project, in which year.
//!
//! Data flows one way: TOML files are loaded and validated ([`data`]) into an immutable,
//! indexed [`model::Model`], which the command line ([`cli`]) queries.

pub mod app;
pub mod cli;
pub mod data;
pub mod diag;
pub mod model;
pub mod par;
pub mod present;
pub mod query;
pub mod staged;
pub mod text;
pub mod tui;
pub mod ui;
pub mod web;

/// Loading thousands of files makes millions of small allocations on every core at once:
/// mimalloc keeps them per thread and is a quarter faster at 10,000 projects than the
/// system's allocator (BENCHMARKS.md, "Start-up at 10,000 projects"). Declared here, in
/// the library, so that the program, its tests and its benches all measure the same.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
