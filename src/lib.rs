//! `ikz`: the inter-municipal cooperation (IKZ) of Kreis Groß-Gerau at a keystroke —
//! which members take part in which project, in which year.
//!
//! Data flows one way: TOML files are loaded and validated ([`data`]) into an immutable,
//! indexed [`model::Model`], which the command line ([`cli`]) queries.

pub mod app;
pub mod cli;
pub mod data;
pub mod diag;
pub mod find;
pub mod generate;
pub mod i18n;
pub mod matrix;
pub mod model;
pub mod par;
pub mod reloader;
pub mod search;
pub mod text;
pub mod tui;
pub mod ui;
