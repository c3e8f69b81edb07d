//! Questions asked of the model: the search over every item, the matrix of projects ×
//! members, and finding a member or project from what people type. Pure functions of
//! the model; no words of the interface, no terminal.

pub mod compare;
pub mod coverage;
pub mod find;
pub mod grid;
pub mod profile;
pub mod search;
pub mod timeline;
