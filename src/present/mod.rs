//! How things are put into words and lines, for the screens and the command line alike:
//! the words of the interface in both languages, the lines of a detail, the colours and
//! marks, where panes go on a screen of a size, and the text, CSV, Markdown and JSON
//! writers. Reads the model and the queries; knows nothing of the app's state.

pub mod chart;
pub mod copy;
pub mod csv;
pub mod detail;
pub mod export;
pub mod help_de;
pub mod layout;
pub mod matrix;
pub mod table;
pub mod theme;
pub mod words;
pub mod workbook;
