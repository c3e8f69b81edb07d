//! `ikz`: the inter-municipal cooperation (IKZ) of Kreis Groß-Gerau at a keystroke —
//! which members take part in which project, in which year.
//!
//! Data flows one way: TOML files are loaded and validated ([`data`]) into an immutable,
//! indexed [`model::Model`], which the command line ([`cli`]) queries.

pub mod app;
pub mod cli;
pub mod data;
pub mod diag;
pub mod lang;
pub mod model;
pub mod par;
pub mod present;
pub mod query;
pub mod staged;
pub mod text;
pub mod tui;
pub mod ui;
pub mod web;
