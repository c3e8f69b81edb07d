//! The command line's help in German: what `ikz --help` and `ikz <command> --help` say
//! when the language is German. The English help is the doc comments of `cli::Cli`;
//! here are the same texts, keyed by command and option, and [`translate`], which puts
//! them into the command line's definition.
//! clap's own words around them (its error messages) stay English: clap has no others.

/// `--year` and `--all-years` of `projects`, `compare` and `matrix`.
const YEAR: &str = "Nur die Projekte dieses Jahres, mit der Teilnahme in diesem Jahr (Vorgabe: das Jahr des neuesten Jahresberichts, wie in der Übersicht)";
const ALL_YEARS: &str =
    "Alle Jahre auf einmal statt eines: jedes Projekt, alle, die in irgendeinem Jahr genannt sind";

/// The about line of a command ("" is ikz itself), German.
pub const COMMANDS: &[(&str, &str)] = &[
    (
        "",
        "Wer an welchem Projekt der Interkommunalen Zusammenarbeit (IKZ) im Kreis Groß-Gerau teilnimmt",
    ),
    (
        "check",
        "Die Daten prüfen: eine Zusammenfassung oder jedes Problem (Ende mit 1 bei Fehlern)",
    ),
    ("members", "Die Mitglieder der Kooperation auflisten"),
    (
        "init",
        "Die mitgelieferten Daten in einen neuen Ordner schreiben, um sie als eigene zu pflegen und zu ergänzen (dann ikz darauf richten: ikz config set data ORDNER)",
    ),
    (
        "set",
        "Im Datenordner festhalten, was eine Quelle sagt: ob ein Mitglied in einem Jahr oder in Jahren an einem Projekt teilnimmt (ja, nein, unbekannt), oder wie viele in einem Jahr teilnehmen (--count). Nimmt IDs, Kürzel und Namen nur ganz und sagt, wofür es sie nahm",
    ),
    (
        "add",
        "Dem Datenordner eine Quelle oder ein Projekt hinzufügen",
    ),
    (
        "add source",
        "Eine Quelle: ein öffentlicher Text mit seiner Webadresse, oder intern (was ein Amt oder eine Funktion sagte, und wann); Angaben nennen sie mit ihrer ID",
    ),
    (
        "add project",
        "Ein Projekt: eine eigene Datei in projects/, nach seinem Titel benannt",
    ),
    (
        "config",
        "Die Einstellungen zeigen: wo die Einstellungsdatei liegt und jede Einstellung mit ihrer Herkunft (Option, Variable, Datei, System, Vorgabe); `set` schreibt eine",
    ),
    (
        "config set",
        "Eine Einstellung in die Einstellungsdatei schreiben (die übrigen und ihre Kommentare bleiben)",
    ),
    (
        "config unset",
        "Eine Einstellung aus der Einstellungsdatei nehmen: es gilt, was ohne sie gilt",
    ),
    (
        "projects",
        "Die Projekte auflisten: eines Jahres, eines Mitglieds, nach Sitz oder Form, oder die geförderten",
    ),
    (
        "years",
        "Die Jahre der Daten mit ihren Jahresberichten auflisten",
    ),
    (
        "participants",
        "Zeigen, wer an einem Projekt teilnimmt und wer nicht",
    ),
    (
        "member",
        "Das Profil eines Mitglieds: seine Projekte nach Jahr, die, an denen es teilnehmen kann, sein Anteil an allen Projekten, wo es Sitz einer Geschäftsstelle ist",
    ),
    (
        "compare",
        "Zwei Mitglieder vergleichen: die Projekte beider, nur eines, keines, und wo die Quellen es offen lassen",
    ),
    (
        "timeline",
        "Die Projekte über die Jahre: wann jedes lief, abgeschlossen oder geplant war, seine Meilensteine, wie viele je Jahr liefen, die Jahre mit Jahresbericht",
    ),
    (
        "gaps",
        "Auflisten, was den Daten noch fehlt, nach Art, jede mit der Stelle, an der sie geschlossen wird: die Teilnahme nach den Klassen von `ikz years` (eine Anzahl und weniger Namen, Namen ohne Anzahl, eine Anzahl ohne Namen, keins von beiden), Mitglieder ohne Art, was keine Quelle nennt, Jahre ohne Bericht",
    ),
    (
        "search",
        "Projekte, Mitglieder und Jahre suchen; die besten Treffer zuerst",
    ),
    (
        "matrix",
        "Projekte × Mitglieder zeigen: wer woran teilnimmt",
    ),
    (
        "generate",
        "Einen erzeugten Datenordner beliebiger Größe schreiben, für Messungen und Tests",
    ),
    (
        "help",
        "Diese Hilfe oder die Hilfe der genannten Befehle zeigen",
    ),
];

/// The long description of ikz itself, German.
pub const LONG_ABOUT: &str = "Wer an welchem Projekt der Interkommunalen Zusammenarbeit (IKZ) im \
    Kreis Groß-Gerau teilnimmt, in welchem Jahr.\n\nOhne Befehl öffnet ikz die Ansicht im \
    Terminal. Ohne --data liest es die eingebauten Daten. Rückgabewerte: 0 in Ordnung, 1 die \
    Daten haben Fehler (oder eine Änderung würde einen machen), 2 Aufruf falsch oder nichts \
    gefunden, 3 die Ausgabe konnte nicht geschrieben werden, 4 eine Änderung wurde nicht \
    geschrieben, weil jemand anderes die Datei geändert hat oder die Sperre des Datenordners hält.";

/// The help of an option: (command, option id, text); "" as the command for the options of
/// every command.
pub const OPTIONS: &[(&str, &str, &str)] = &[
    (
        "",
        "data",
        "Die Daten aus diesem Ordner lesen statt der eingebauten (Vorgabe: der Ordner in IKZ_DATA, wo gesetzt und nicht leer, sonst `data` der Einstellungsdatei)",
    ),
    (
        "",
        "lang",
        "Sprache der Ansicht und der Ausgabe der Befehle (Vorgabe: `lang` der Einstellungsdatei, sonst LC_ALL, LC_MESSAGES oder LANG, sonst die Sprache des Systems); JSON ist in jeder Sprache gleich",
    ),
    (
        "",
        "no_mouse",
        "Die Maus dem Terminal lassen (um Text zu markieren), statt sie in der Ansicht zu nutzen",
    ),
    (
        "",
        "poll",
        "Den Datenordner alle 2 s lesen, um Änderungen anderer zu sehen (wie auf einem Netzlaufwerk, wo das die Vorgabe ist: die Einstellung `poll`)",
    ),
    ("", "view", "Die Ansicht, mit der ikz öffnet"),
    (
        "",
        "export_dir",
        "Der Ordner für die Exporte der Ansicht (e in der Matrix) (Vorgabe: der Ordner in IKZ_EXPORT_DIR, wo gesetzt und nicht leer, sonst `exports` der Einstellungsdatei, sonst der aktuelle Ordner, nach Doppelklick Dokumente)",
    ),
    (
        "config set",
        "key",
        "Die Einstellung: data, lang, exports, editor, colors oder poll",
    ),
    (
        "config unset",
        "key",
        "Die Einstellung: data, lang, exports, editor, colors oder poll",
    ),
    (
        "config set",
        "value",
        "Ihr Wert: ein Ordner (data, exports), de oder en (lang), ein Befehl (editor), auto, always oder never (colors, poll)",
    ),
    ("", "help", "Hilfe zeigen"),
    ("", "version", "Version zeigen"),
    ("", "format", "Das Format der Ausgabe"),
    (
        "projects",
        "member",
        "Nur die Projekte, in denen eine Quelle dieses Mitglied nennt (ID, Kürzel, Name oder anderer Name); dazu, in wie vielen weiteren es sein kann",
    ),
    (
        "projects",
        "all",
        "Mit --member: jedes Projekt, mit der Angabe, ob das Mitglied teilnimmt (ja, nein, unbekannt)",
    ),
    ("projects", "year", YEAR),
    (
        "projects",
        "seat",
        "Nur die Projekte, deren Geschäftsstelle bei diesem Mitglied sitzt (ID, Kürzel, Name oder anderer Name)",
    ),
    (
        "projects",
        "form",
        "Nur die Projekte dieser Rechts- oder Organisationsform (\"Zweckverband\", \"öffentlich-rechtliche Vereinbarung\" oder ein Teil des Namens: \"vereinbarung\")",
    ),
    (
        "projects",
        "funded",
        "Nur die geförderten Projekte, mit der Summe je Projekt und insgesamt",
    ),
    (
        "participants",
        "project",
        "Das Projekt: seine ID, sein Titel oder ein Teil des Titels",
    ),
    (
        "participants",
        "year",
        "Wer in diesem Jahr teilnimmt (Vorgabe: das Jahr des neuesten Jahresberichts, wie in der Übersicht; für ein Projekt, das damals nicht lief, sein letztes Jahr)",
    ),
    (
        "member",
        "member",
        "Das Mitglied: seine ID, sein Kürzel, sein Name oder ein anderer Name",
    ),
    (
        "compare",
        "a",
        "Das erste Mitglied: ID, Kürzel, Name oder ein anderer Name",
    ),
    ("compare", "b", "Das zweite Mitglied"),
    ("compare", "year", YEAR),
    ("timeline", "sort", "Reihenfolge der Projekte"),
    (
        "timeline",
        "filter",
        "Nur die Projekte, deren Titel oder Bereich zu dieser unscharfen Suche passt",
    ),
    (
        "timeline",
        "member",
        "Nur die Projekte, in denen eine Quelle dieses Mitglied nennt (ID, Kürzel, Name oder anderer Name)",
    ),
    (
        "search",
        "query",
        "Wonach gesucht wird; mehrere Wörter müssen alle passen (\"inf sich\")",
    ),
    ("search", "limit", "Höchstens so viele Treffer"),
    ("matrix", "year", YEAR),
    (
        "matrix",
        "filter",
        "Nur die Projekte, deren Titel oder Bereich zu dieser unscharfen Suche passt",
    ),
    ("matrix", "sort", "Reihenfolge der Zeilen"),
    ("projects", "all_years", ALL_YEARS),
    (
        "participants",
        "all_years",
        "Alle, die in irgendeinem Jahr genannt sind, statt eines Jahres",
    ),
    ("compare", "all_years", ALL_YEARS),
    ("matrix", "all_years", ALL_YEARS),
    ("matrix", "columns", "Reihenfolge der Spalten"),
    (
        "",
        "output",
        "Die Ausgabe des Befehls in diese Datei schreiben (UTF-8; nötig für matrix --format xlsx); sie entsteht ganz oder gar nicht. In der PowerShell statt `>` nehmen, das eine andere Kodierung schreibt",
    ),
    (
        "",
        "csv_excel",
        "CSV für einen Doppelklick in Excel: Überschriften und Wörter in der Sprache der Ausgabe, Semikolons und eine Byte-Order-Mark (--format csv ist die für Skripte)",
    ),
    (
        "init",
        "dir",
        "Der Ordner, der geschrieben wird (neu oder leer)",
    ),
    (
        "set",
        "project",
        "Das Projekt: seine ID oder sein ganzer Titel",
    ),
    (
        "set",
        "member",
        "Das Mitglied: seine ID, sein Kürzel, sein Name oder ein anderer Name, ganz (nicht mit --count)",
    ),
    ("set", "state", "Ob das Mitglied teilnimmt"),
    ("set", "year", "Das Jahr"),
    (
        "set",
        "years",
        "Die Jahre, vom ersten bis zum letzten, etwa 2023-2025",
    ),
    (
        "set",
        "count",
        "Wie viele im Jahr teilnehmen: eine Zahl, oder unbekannt, um die Anzahl herauszunehmen",
    ),
    (
        "set",
        "source",
        "Die Quelle, die es sagt: ihre ID in sources.toml (nicht mit unbekannt)",
    ),
    (
        "set",
        "adjust_count",
        "Wo die Änderung der Anzahl des Jahres widerspricht, die Anzahl passend ändern, mit derselben Quelle",
    ),
    (
        "set",
        "dry_run",
        "Die Änderung als Zeilen eines Diffs zeigen; nichts schreiben",
    ),
    (
        "add source",
        "title",
        "Was sie ist, wie ihr Herausgeber sie nennt",
    ),
    ("add source", "url", "Ihre Webadresse (http oder https)"),
    ("add source", "publisher", "Wer sie herausgab"),
    (
        "add source",
        "date",
        "Wann sie erschien oder gesagt wurde: 2025, März 2025, 20.01.2020",
    ),
    (
        "add source",
        "internal",
        "Was ein Amt oder eine Funktion sagte, kein öffentlicher Text (mit --by und --date)",
    ),
    (
        "add source",
        "by",
        "Mit --internal: das Amt oder die Funktion, die es sagte, nie der Name einer Person (der Ordner wird geteilt und kopiert und überdauert, wer eine Stelle innehat)",
    ),
    (
        "add source",
        "id",
        "Ihre ID, mit der Angaben sie nennen (Vorgabe: aus dem Titel gebildet)",
    ),
    (
        "add source",
        "dry_run",
        "Zeigen, was hinzukäme; nichts schreiben",
    ),
    ("add project", "title", "Sein Titel"),
    (
        "add project",
        "field",
        "Sein Aufgabenbereich, zum Gruppieren",
    ),
    (
        "add project",
        "start",
        "Das erste Jahr, in dem eine Quelle es zeigt",
    ),
    (
        "add project",
        "status",
        "Sein Stand (auch auf Deutsch: geplant, laufend, abgeschlossen, unbekannt)",
    ),
    (
        "add project",
        "source",
        "Die Quelle, die es zeigt: ihre ID in sources.toml",
    ),
    (
        "add project",
        "id",
        "Seine ID (Vorgabe: aus dem Titel gebildet)",
    ),
    (
        "add project",
        "dry_run",
        "Zeigen, was hinzukäme; nichts schreiben",
    ),
    ("generate", "members", "Wie viele Mitglieder"),
    ("generate", "projects", "Wie viele Projekte"),
    (
        "generate",
        "years",
        "Wie viele Jahre, ab 2013 (höchstens 188: bis 2200, dem letzten Jahr, das eine Datendatei annimmt)",
    ),
    (
        "generate",
        "seed",
        "Ein anderer Startwert gibt andere Daten gleicher Größe",
    ),
    (
        "generate",
        "out_dir",
        "Der Ordner, in den geschrieben wird (angelegt, wenn er fehlt)",
    ),
];

/// The help of a value an option takes: (option id, value, text).
pub const VALUES: &[(&str, &str, &str)] = &[
    (
        "view",
        "browser",
        "die verbundenen Listen von Jahren, Projekten und Mitgliedern",
    ),
    (
        "view",
        "matrix",
        "die Teilnahmematrix, Projekte × Mitglieder",
    ),
    ("sort", "title", "nach Titel, A–Z, ä wie ae"),
    ("sort", "field", "nach Bereich, darin nach Titel"),
    (
        "sort",
        "start",
        "nach dem Jahr, in dem das Projekt begann, das früheste zuerst; unbekannte Jahre zuletzt",
    ),
    (
        "sort",
        "count",
        "nach der Zahl der Teilnehmenden, die meisten zuerst – die gemeldete Anzahl, wo sie größer ist",
    ),
    ("state", "yes", "nimmt teil; auch: ja"),
    ("state", "no", "nimmt nicht teil; auch: nein"),
    (
        "state",
        "unknown",
        "nicht bekannt: was die Daten dazu sagen, wird herausgenommen; auch: unbekannt",
    ),
    ("status", "planned", "geplant"),
    ("status", "running", "läuft"),
    ("status", "completed", "abgeschlossen"),
    ("status", "unknown", "Stand nicht bekannt"),
    ("columns", "data", "wie members.toml sie aufführt"),
    ("columns", "name", "nach Name, A–Z"),
    (
        "columns",
        "count",
        "nach der Zahl der Projekte der Zeilen, die das Mitglied nennen, die meisten zuerst",
    ),
    (
        "format",
        "xlsx",
        "eine Excel-Arbeitsmappe, braucht --output",
    ),
];

/// The headings and words clap writes around the texts.
pub const USAGE: &str = "Aufruf:";
pub const OPTIONS_HEADING: &str = "Optionen";
pub const COMMANDS_HEADING: &str = "Befehle";
pub const ARGUMENTS_HEADING: &str = "Argumente";
pub const DEFAULT: &str = "Vorgabe";
pub const POSSIBLE: &str = "möglich";

/// The command line's definition with its texts in German: clap's headings and its
/// notes on defaults and values in German too.
pub fn translate(mut cmd: clap::Command) -> clap::Command {
    // Built first, so that the help and version options and the help command that clap
    // adds are there to be translated.
    cmd.build();
    let version = concat!(
        env!("CARGO_PKG_VERSION"),
        " (Commit ",
        env!("IKZ_COMMIT"),
        "; Datenformate 1 und 2)"
    );
    german(cmd, "").version(version)
}

fn german(cmd: clap::Command, name: &str) -> clap::Command {
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        USAGE
    );
    let mut cmd = cmd
        .help_template(template)
        .subcommand_help_heading(COMMANDS_HEADING)
        .mut_args(|a| german_arg(a, name));
    // `config help` is clap's `help`, as at the top.
    let own = |n: &str| COMMANDS.iter().find(|(c, _)| *c == n);
    let last = name.rsplit(' ').next().unwrap_or(name);
    if let Some((_, about)) = own(name).or_else(|| own(last).filter(|_| last == "help")) {
        cmd = cmd.about(*about).long_about(*about);
    }
    if name.is_empty() {
        cmd = cmd.long_about(LONG_ABOUT);
    }
    cmd.mut_subcommands(|s| {
        let own = sub_name(name, s.get_name());
        german(s, &own)
    })
}

/// A command's subcommands are named after it (`config set`); those of clap's `help`
/// after the command they are the help of (`help check` is `check`, `config help set`
/// is `config set`).
pub fn sub_name(parent: &str, name: &str) -> String {
    let parent = parent.strip_suffix("help").unwrap_or(parent).trim_end();
    match parent {
        "" => name.to_string(),
        parent => format!("{parent} {name}"),
    }
}

fn german_arg(a: clap::Arg, command: &str) -> clap::Arg {
    let id = a.get_id().as_str().to_string();
    let own = OPTIONS.iter().find(|(c, i, _)| *c == command && *i == id);
    let shared = OPTIONS.iter().find(|(c, i, _)| c.is_empty() && *i == id);
    let mut text = own
        .or(shared)
        .map_or_else(String::new, |(_, _, t)| (*t).to_string());
    let mut notes = Vec::new();
    if a.get_action().takes_values() {
        let values: Vec<String> = a
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| {
                let value = v.get_name();
                match VALUES.iter().find(|(i, n, _)| *i == id && *n == value) {
                    Some((_, _, help)) => format!("{value} ({help})"),
                    None => value.to_string(),
                }
            })
            .collect();
        if !values.is_empty() {
            notes.push(format!("{}: {}", POSSIBLE, values.join(", ")));
        }
        let defaults: Vec<String> = a
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        if !defaults.is_empty() {
            notes.push(format!("{}: {}", DEFAULT, defaults.join(", ")));
        }
    }
    if !notes.is_empty() {
        let sep = if text.is_empty() { "" } else { " " };
        text = format!("{text}{sep}[{}]", notes.join("; "));
    }
    let heading = if a.is_positional() {
        ARGUMENTS_HEADING
    } else {
        OPTIONS_HEADING
    };
    // Positional arguments in their order on the command line (clap would sort the
    // translated ones by name).
    let a = match a.get_index() {
        Some(i) => a.display_order(i),
        None => a,
    };
    a.help(text.clone())
        .long_help(text)
        .hide_possible_values(true)
        .hide_default_value(true)
        .help_heading(heading)
}
