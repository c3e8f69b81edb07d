//! The TOML parser's messages in German, each whole message as one sentence.
//!
//! The `toml` crate writes a description and what it expected ("unclosed table, expected
//! `]`"). The list below holds every message the TOML test suite's invalid documents
//! produce (`tests/toml_suite.rs` checks that none is missing) and the few more its
//! sources can write; a message not in the list is shown in German words with the
//! parser's own in brackets.

/// The German sentence for a message of the parser; `None` where the list lacks it.
pub fn known(message: &str) -> Option<&'static str> {
    MESSAGES
        .iter()
        .find(|(en, _)| *en == message)
        .map(|(_, de)| *de)
}

/// The German sentence for any message of the parser.
pub fn german(message: &str) -> String {
    match known(message) {
        Some(de) => de.to_string(),
        None => format!("der Text ist hier kein gültiges TOML (Meldung des Parsers: „{message}“)"),
    }
}

const MESSAGES: &[(&str, &str)] = &[
    (
        "`_` may only go between digits, expected nothing",
        "`_` darf nur zwischen zwei Ziffern stehen",
    ),
    (
        "cannot extend value of type array with a dotted key",
        "eine Liste lässt sich nicht mit einem Schlüssel mit Punkt erweitern",
    ),
    (
        "cannot extend value of type boolean with a dotted key",
        "ein Wahrheitswert lässt sich nicht mit einem Schlüssel mit Punkt erweitern",
    ),
    (
        "cannot extend value of type inline table with a dotted key",
        "eine Tabelle in geschweiften Klammern lässt sich nicht mit einem Schlüssel mit Punkt erweitern",
    ),
    (
        "cannot extend value of type integer with a dotted key",
        "eine Zahl lässt sich nicht mit einem Schlüssel mit Punkt erweitern",
    ),
    (
        "cannot extend value of type string with a dotted key",
        "ein Text lässt sich nicht mit einem Schlüssel mit Punkt erweitern",
    ),
    (
        "cannot extend value of type float with a dotted key",
        "eine Kommazahl lässt sich nicht mit einem Schlüssel mit Punkt erweitern",
    ),
    (
        "cannot extend value of type datetime with a dotted key",
        "ein Datum lässt sich nicht mit einem Schlüssel mit Punkt erweitern",
    ),
    (
        "carriage return must be followed by newline, expected newline",
        "auf einen Wagenrücklauf (CR) muss ein Zeilenumbruch folgen",
    ),
    ("duplicate key", "der Schlüssel ist doppelt"),
    ("extra `=`, expected nothing", "ein `=` zu viel"),
    (
        "extra assignment between key-value pairs, expected `,`",
        "eine Zuweisung zu viel: zwischen zwei Einträgen gehört ein `,`",
    ),
    (
        "extra comma in array, expected value",
        "ein Komma zu viel in der Liste: hier fehlt ein Wert",
    ),
    (
        "extra comma in inline table, expected key",
        "ein Komma zu viel in der Tabelle: hier fehlt ein Schlüssel",
    ),
    (
        "integers with a radix cannot be signed, expected nothing",
        "eine Zahl mit `0x`, `0o` oder `0b` hat kein Vorzeichen",
    ),
    (
        "invalid basic string, expected `\"`",
        "der Text in Anführungszeichen ist nicht geschlossen: es fehlt `\"`",
    ),
    (
        "invalid basic string, expected non-double-quote visible characters, `\\`",
        "ein Zeichen, das in einem Text in Anführungszeichen nicht stehen darf",
    ),
    ("invalid binary number", "keine gültige Binärzahl"),
    (
        "invalid boolean, expected `false`",
        "kein gültiger Wert: gemeint ist wohl `false`",
    ),
    (
        "invalid boolean, expected `true`",
        "kein gültiger Wert: gemeint ist wohl `true`",
    ),
    (
        "invalid comment character, expected printable characters",
        "ein Steuerzeichen im Kommentar: dort stehen nur druckbare Zeichen",
    ),
    (
        "invalid date, expected `-` (MM-DD)",
        "ungültiges Datum: nach dem Jahr folgt `-` und der Monat (JJJJ-MM-TT)",
    ),
    (
        "invalid date, expected a four-digit year (YYYY)",
        "ungültiges Datum: das Jahr hat vier Ziffern (JJJJ)",
    ),
    (
        "invalid date, expected a two-digit day (DD)",
        "ungültiges Datum: der Tag hat zwei Ziffern (TT)",
    ),
    (
        "invalid date, expected a two-digit month (MM)",
        "ungültiges Datum: der Monat hat zwei Ziffern (MM)",
    ),
    (
        "invalid date, expected day between 01 and 28",
        "ungültiges Datum: der Tag liegt in diesem Monat zwischen 01 und 28",
    ),
    (
        "invalid date, expected day between 01 and 29",
        "ungültiges Datum: der Tag liegt in diesem Monat zwischen 01 und 29",
    ),
    (
        "invalid date, expected day between 01 and 30",
        "ungültiges Datum: der Tag liegt in diesem Monat zwischen 01 und 30",
    ),
    (
        "invalid date, expected day between 01 and 31",
        "ungültiges Datum: der Tag liegt zwischen 01 und 31",
    ),
    (
        "invalid date, expected month between 01 and 12",
        "ungültiges Datum: der Monat liegt zwischen 01 und 12",
    ),
    (
        "invalid date-time, expected `T` between date and time",
        "ungültige Zeitangabe: zwischen Datum und Uhrzeit steht `T`",
    ),
    (
        "invalid exponent, expected digits",
        "ungültige Kommazahl: nach dem Exponenten folgen Ziffern",
    ),
    (
        "invalid float, expected `inf`",
        "ungültige Kommazahl: gemeint ist wohl `inf`",
    ),
    (
        "invalid float, expected `nan`",
        "ungültige Kommazahl: gemeint ist wohl `nan`",
    ),
    ("invalid float, expected nothing", "ungültige Kommazahl"),
    (
        "invalid fraction, expected digits",
        "ungültige Kommazahl: nach dem Punkt folgen Ziffern",
    ),
    (
        "invalid hexadecimal number",
        "keine gültige Hexadezimalzahl",
    ),
    (
        "invalid inline table element, expected `,`",
        "ungültiger Eintrag in der Tabelle: zwischen zwei Einträgen gehört ein `,`",
    ),
    (
        "invalid inline table element, expected `=`",
        "ungültiger Eintrag in der Tabelle: nach dem Schlüssel gehört ein `=`",
    ),
    (
        "invalid literal string, expected `'`",
        "der Text in Apostrophen ist nicht geschlossen: es fehlt `'`",
    ),
    (
        "invalid literal string, expected non-single-quote visible characters",
        "ein Zeichen, das in einem Text in Apostrophen nicht stehen darf",
    ),
    (
        "invalid mantissa, expected digits",
        "ungültige Kommazahl: vor dem Exponenten stehen Ziffern",
    ),
    (
        "invalid multi-line basic string, expected `\"`",
        "der mehrzeilige Text ist nicht geschlossen: es fehlt `\"\"\"`",
    ),
    (
        "invalid multi-line basic string, expected `\\`, characters",
        "ein Zeichen, das in einem mehrzeiligen Text nicht stehen darf",
    ),
    (
        "invalid multi-line basic string, expected newline",
        "im mehrzeiligen Text folgt auf `\\` am Zeilenende nur noch Leerraum",
    ),
    (
        "invalid multi-line literal string, expected `'`",
        "der mehrzeilige Text in Apostrophen ist nicht geschlossen: es fehlt `'''`",
    ),
    (
        "invalid multi-line literal string, expected non-single-quote characters",
        "ein Zeichen, das in einem mehrzeiligen Text in Apostrophen nicht stehen darf",
    ),
    ("invalid octal number", "keine gültige Oktalzahl"),
    (
        "invalid offset, expected `:` (HH:MM)",
        "ungültige Zeitzone: zwischen Stunden und Minuten steht `:` (HH:MM)",
    ),
    (
        "invalid offset, expected a two-digit minute (MM)",
        "ungültige Zeitzone: die Minuten haben zwei Ziffern (MM)",
    ),
    (
        "invalid offset, expected hour",
        "ungültige Zeitzone: es fehlen die Stunden",
    ),
    (
        "invalid offset, expected hours between 00 and 23",
        "ungültige Zeitzone: die Stunden liegen zwischen 00 und 23",
    ),
    (
        "invalid offset, expected minutes between 00 and 59",
        "ungültige Zeitzone: die Minuten liegen zwischen 00 und 59",
    ),
    (
        "invalid time, expected a two-digit hour (HH)",
        "ungültige Uhrzeit: die Stunde hat zwei Ziffern (HH)",
    ),
    (
        "invalid time, expected a two-digit second (SS)",
        "ungültige Uhrzeit: die Sekunde hat zwei Ziffern (SS)",
    ),
    (
        "invalid time, expected hour",
        "ungültige Uhrzeit: es fehlt die Stunde",
    ),
    (
        "invalid time, expected hour between 00 and 23",
        "ungültige Uhrzeit: die Stunde liegt zwischen 00 und 23",
    ),
    (
        "invalid time, expected minute between 00 and 59",
        "ungültige Uhrzeit: die Minute liegt zwischen 00 und 59",
    ),
    (
        "invalid time, expected nanosecond",
        "ungültige Uhrzeit: nach dem Punkt folgen Ziffern der Sekunde",
    ),
    (
        "invalid time, expected second between 00 and 60",
        "ungültige Uhrzeit: die Sekunde liegt zwischen 00 und 60",
    ),
    (
        "invalid unquoted key, expected letters, numbers, `-`, `_`",
        "ungültiger Schlüssel: ohne Anführungszeichen besteht er aus Buchstaben, Ziffern, `-` und `_`",
    ),
    (
        "invalid value, expected unicode hexadecimal value",
        "ungültiger Unicode-Wert: nach `\\u` oder `\\U` folgen Hexadezimalziffern",
    ),
    (
        "key with no value, expected `=`",
        "Schlüssel ohne Wert: es fehlt `=`",
    ),
    (
        "keys cannot be multi-line basic strings, expected basic string, literal string",
        "ein Schlüssel kann kein mehrzeiliger Text sein",
    ),
    (
        "keys cannot be multi-line literal strings, expected basic string, literal string",
        "ein Schlüssel kann kein mehrzeiliger Text sein",
    ),
    (
        "missing comma between array elements, expected `,`",
        "zwischen den Einträgen der Liste fehlt ein Komma",
    ),
    (
        "missing comma between key-value pairs, expected `,`",
        "zwischen den Einträgen der Tabelle fehlt ein Komma",
    ),
    (
        "missing escaped value, expected `b`, `e`, `f`, `n`, `r`, `\\`, `\"`, `x`, `u`, `U`",
        "nach `\\` folgt eines von `b`, `e`, `f`, `n`, `r`, `\\`, `\"`, `x`, `u`, `U`; ein `\\` selbst wird `\\\\` geschrieben",
    ),
    (
        "missing key for inline table element, expected key",
        "in der Tabelle fehlt vor dem `=` der Schlüssel",
    ),
    (
        "missing opening quote, expected `\"\"\"`",
        "es fehlt das öffnende `\"\"\"`",
    ),
    (
        "missing opening quote, expected `\"`",
        "es fehlt das öffnende `\"`",
    ),
    (
        "missing opening quote, expected `'''`",
        "es fehlt das öffnende `'''`",
    ),
    (
        "missing opening quote, expected `'`",
        "es fehlt das öffnende `'`",
    ),
    (
        "missing table open, expected `[`",
        "es fehlt das öffnende `[`",
    ),
    (
        "missing value for key, expected `=`",
        "zum Schlüssel fehlt der Wert: es fehlt `=`",
    ),
    (
        "radix must be lowercase, expected `0b`",
        "die Basis wird klein geschrieben: `0b`",
    ),
    (
        "radix must be lowercase, expected `0o`",
        "die Basis wird klein geschrieben: `0o`",
    ),
    (
        "radix must be lowercase, expected `0x`",
        "die Basis wird klein geschrieben: `0x`",
    ),
    (
        "redundant numeric sign, expected nothing",
        "ein Vorzeichen zu viel",
    ),
    (
        "string values must be quoted, expected literal string",
        "ein Text steht in Anführungszeichen",
    ),
    (
        "too few unicode value digits, expected unicode hexadecimal value",
        "zu wenige Ziffern im Unicode-Wert: nach `\\u` folgen vier, nach `\\U` acht Hexadezimalziffern",
    ),
    (
        "unclosed array table, expected `]]`",
        "der Tabellenkopf `[[…]]` ist nicht geschlossen: es fehlt `]]`",
    ),
    (
        "unclosed array table, expected `]`",
        "der Tabellenkopf `[[…]]` ist nicht geschlossen: es fehlt `]`",
    ),
    (
        "unclosed array, expected `]`",
        "die Liste ist nicht geschlossen: es fehlt `]`",
    ),
    (
        "unclosed inline table, expected `}`",
        "die Tabelle ist nicht geschlossen: es fehlt `}`",
    ),
    (
        "unclosed table, expected `]`",
        "der Tabellenkopf `[…]` ist nicht geschlossen: es fehlt `]`",
    ),
    (
        "unexpected key or value, expected newline, `#`",
        "hier steht noch etwas: nach einem Eintrag folgt ein Zeilenumbruch oder ein Kommentar mit `#`",
    ),
    (
        "unexpected leading zero, expected nothing",
        "eine Zahl beginnt nicht mit 0",
    ),
    (
        "unexpected sign, expected nothing",
        "ein Vorzeichen, wo keines stehen darf",
    ),
    (
        "unquoted keys cannot be empty, expected letters, numbers, `-`, `_`",
        "hier fehlt ein Schlüssel: ohne Anführungszeichen besteht er aus Buchstaben, Ziffern, `-` und `_`",
    ),
    (
        "cannot recurse further; max recursion depth met",
        "zu tief verschachtelt",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_message_is_german_with_the_original_in_brackets() {
        assert_eq!(german("duplicate key"), "der Schlüssel ist doppelt");
        assert_eq!(
            german("a future message"),
            "der Text ist hier kein gültiges TOML (Meldung des Parsers: „a future message“)"
        );
    }

    #[test]
    fn every_message_is_listed_once() {
        let mut seen = std::collections::HashSet::new();
        for (en, _) in MESSAGES {
            assert!(seen.insert(en), "{en} twice");
        }
    }
}
