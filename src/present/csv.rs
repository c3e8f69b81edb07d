//! The commands' CSV, by one rule: the CSV for scripts (`--format csv`) has the JSON's
//! fixed English keys and values in every language, commas and no byte-order mark; the
//! CSV for Excel (`--csv-excel`, the screen's "CSV für Excel") speaks the language of
//! the output, with semicolons and a byte-order mark. Ids, titles, names, codes and
//! numbers are the same in both.

use serde::Serialize;

use crate::present::table::{CsvWriter, Dialect};
use crate::present::words::csv::CsvWords;
use crate::present::words::{Lang, Texts};

/// A CSV table being built, a row at a time, in its dialect.
pub struct Csv {
    dialect: Dialect,
    lang: Lang,
    rows: Vec<Vec<String>>,
}

impl Csv {
    pub fn new(dialect: Dialect, lang: Lang) -> Csv {
        Csv {
            dialect,
            lang,
            rows: Vec::new(),
        }
    }

    /// The language of the words: English for scripts, the output's for Excel.
    pub fn lang(&self) -> Lang {
        words_lang(self.dialect, self.lang)
    }

    /// The screens' words of [`Csv::lang`], for values that are a sentence.
    pub fn texts(&self) -> &'static Texts {
        self.lang().texts()
    }

    /// The headings for Excel, in the output's language.
    pub fn heads(&self) -> &'static CsvWords {
        &self.lang.texts().csv
    }

    /// A heading or a word: its fixed key for scripts, the word for Excel.
    pub fn word(&self, key: &str, word: &str) -> String {
        match self.dialect {
            Dialect::Standard => key,
            Dialect::Excel => word,
        }
        .to_string()
    }

    /// A value of the model: as the JSON writes it for scripts (so the two agree), the
    /// screens' word for it for Excel.
    pub fn value(&self, value: &impl Serialize, word: &str) -> String {
        match self.dialect {
            Dialect::Standard => json_key(value),
            Dialect::Excel => word.to_string(),
        }
    }

    /// A year, or every year: empty for scripts (as the JSON's `null`), "all years" in
    /// words for Excel.
    pub fn year(&self, year: Option<u16>) -> String {
        match year {
            Some(y) => y.to_string(),
            None => self.word("", self.heads().all_years),
        }
    }

    /// Several names or sentences in one cell (a member's other names, a year's
    /// milestones), which may hold spaces and commas: separated by " | " in both kinds.
    pub fn joined(&self, items: &[&str]) -> String {
        items.join(" | ")
    }

    /// Several ids or years in one cell: separated by a space for scripts, by a comma
    /// and a space for Excel.
    pub fn list(&self, items: &[String]) -> String {
        match self.dialect {
            Dialect::Standard => items.join(" "),
            Dialect::Excel => items.join(", "),
        }
    }

    /// The heading row: each column's key for scripts, its word for Excel.
    pub fn head(&mut self, columns: &[(&str, &str)]) {
        let row = columns
            .iter()
            .map(|(key, word)| self.word(key, word))
            .collect();
        self.rows.push(row);
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    /// The table as it is written: made safe for a terminal, no cell a formula (see
    /// [`CsvWriter`]).
    pub fn finish(self) -> String {
        let written = CsvWriter::of(Vec::new(), self.dialect).and_then(|mut w| {
            for row in &self.rows {
                w.row(row)?;
            }
            w.finish()
        });
        // Writing into memory cannot fail.
        String::from_utf8(written.unwrap_or_default()).unwrap_or_default()
    }
}

/// The language of a CSV's words: English for scripts, the output's for Excel (the
/// matrix, written row by row, takes its words by this too).
pub fn words_lang(dialect: Dialect, lang: Lang) -> Lang {
    match dialect {
        Dialect::Standard => Lang::En,
        Dialect::Excel => lang,
    }
}

/// A value as serde writes it into JSON, without its quotes: `running`, `yes`,
/// `public-law-agreement`.
fn json_key(value: &impl Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(serde_json::Value::Null) | Err(_) => String::new(),
        Ok(other) => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Cell, Status};

    #[test]
    fn scripts_get_the_json_keys_and_excel_the_words_of_the_language() {
        let de = Lang::De.texts();
        let scripts = Csv::new(Dialect::Standard, Lang::De);
        assert_eq!(scripts.value(&Status::Running, de.running), "running");
        assert_eq!(
            scripts.value(&Cell::Unknown, de.answer(Cell::Unknown)),
            "unknown"
        );
        assert_eq!(scripts.word("title", scripts.heads().title), "title");
        assert_eq!(scripts.year(None), "");
        let excel = Csv::new(Dialect::Excel, Lang::De);
        assert_eq!(excel.value(&Status::Running, de.running), "läuft");
        assert_eq!(excel.word("title", excel.heads().title), "Titel");
        assert_eq!(excel.year(None), "alle Jahre");
        assert_eq!(excel.year(Some(2024)), "2024");
    }

    #[test]
    fn the_excel_csv_has_its_byte_order_mark_and_semicolons() {
        let mut c = Csv::new(Dialect::Excel, Lang::De);
        c.row(vec!["a".into(), "b;c".into()]);
        assert_eq!(c.finish(), "\u{FEFF}a;\"b;c\"\n");
        let mut c = Csv::new(Dialect::Standard, Lang::De);
        c.row(vec!["a".into(), "b,c".into()]);
        assert_eq!(c.finish(), "a,\"b,c\"\n");
    }
}
