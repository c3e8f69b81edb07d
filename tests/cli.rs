//! The built `ikz` binary, run as a user would: every subcommand, its exit code and
//! its output, on the built-in data and on fixture folders.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use std::process::{Command, Output};

/// The binary with `args`, in English whatever the machine's locale (the German
/// output has tests of its own).
fn ikz(args: &[&str]) -> Output {
    ikz_env(args, &[("LANG", "C.UTF-8")])
}

fn ikz_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ikz"));
    cmd.args(args)
        .env_remove("IKZ_DATA")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        // No settings file of the machine's user: each test says what it has.
        .env("IKZ_CONFIG", "/nonexistent/ikz-tests/config.toml");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn code(o: &Output) -> i32 {
    o.status.code().unwrap()
}

/// The commands of the everyday help.
const COMMANDS: [&str; 13] = [
    "check",
    "init",
    "config",
    "gaps",
    "timeline",
    "member",
    "compare",
    "members",
    "projects",
    "years",
    "participants",
    "search",
    "matrix",
];

#[test]
fn version_and_help_on_every_subcommand() {
    let v = ikz(&["--version"]);
    assert_eq!(code(&v), 0);
    // It names the data formats it reads, the ones the loader reads.
    let formats = ikz::data::FORMATS
        .map(|f| f.to_string())
        .collect::<Vec<_>>()
        .join(" and ");
    // And the commit it was built from, as git names it.
    let commit = std::process::Command::new("git")
        .args(["rev-parse", "--short=9", "HEAD"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map_or_else(
            || "unknown".to_string(),
            |o| String::from_utf8_lossy(&o.stdout).trim().to_string(),
        );
    assert_eq!(
        stdout(&v).trim(),
        format!(
            "ikz {} (commit {commit}; data formats {formats})",
            env!("CARGO_PKG_VERSION")
        )
    );
    let de = ikz(&["--lang", "de", "--version"]);
    assert!(
        stdout(&de).contains(&format!("(Commit {commit}; Datenformate 1 und 2)")),
        "{}",
        stdout(&de)
    );
    let help = ikz(&["--help"]);
    assert_eq!(code(&help), 0);
    for sub in COMMANDS {
        assert!(stdout(&help).contains(sub), "--help lists {sub}");
        let h = ikz(&[sub, "--help"]);
        assert_eq!(code(&h), 0, "{sub} --help");
        assert!(stdout(&h).contains("Usage: ikz"), "{sub} --help");
    }
}

/// With a German locale or `--lang de`, the help is German: the texts, the headings and
/// the notes on values and defaults; `--lang en` wins over the locale.
#[test]
fn help_in_german() {
    let de = [("LANG", "de_DE.UTF-8")];
    insta::assert_snapshot!("de_help", stdout(&ikz_env(&["--help"], &de)));
    insta::assert_snapshot!(
        "de_matrix_help",
        stdout(&ikz(&["--lang", "de", "matrix", "--help"]))
    );
    for sub in COMMANDS {
        let h = stdout(&ikz(&["--lang=de", sub, "-h"]));
        assert!(h.contains("Aufruf: ikz"), "{sub} -h: {h}");
        for english in [
            "Usage:",
            "Options:",
            "Print help",
            "[default:",
            "possible values",
        ] {
            assert!(!h.contains(english), "{sub} -h says {english:?}: {h}");
        }
    }
    let en = stdout(&ikz_env(&["--lang", "en", "--help"], &de));
    assert!(en.contains("Usage: ikz"), "{en}");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(code(&ikz(&["frobnicate"])), 2);
    assert_eq!(code(&ikz(&["projects", "--year", "zwanzig"])), 2);
    assert_eq!(code(&ikz(&["participants"])), 2);
    let o = ikz(&["matrix", "--year", "2030"]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o),
        "ikz: the data has no year 2030; it covers 2013–2025\n"
    );
}

#[test]
fn no_subcommand_without_a_terminal_points_to_the_commands() {
    // Standard output is a pipe here, so the browser must not start.
    let o = ikz(&[]);
    assert_eq!(code(&o), 2);
    assert!(stdout(&o).is_empty());
    assert!(
        stderr(&o).starts_with(
            "ikz: standard output is not a terminal, so the browser does not start.\n"
        )
    );
    assert!(stderr(&o).contains("ikz check | members | projects"));
}

#[test]
fn check_of_the_shipped_data_passes() {
    let o = ikz(&["check"]);
    assert_eq!(code(&o), 0, "{}", stdout(&o));
    assert_eq!(
        stdout(&o),
        "ok: built-in data: 15 members, 22 projects, 9 reports, 2013–2025 (26 files, 0 warnings)\n"
    );
}

#[test]
fn check_of_a_broken_folder_lists_every_problem_and_exits_1() {
    let dir = common::broken("many-problems");
    let o = ikz(&["--data", dir.path().to_str().unwrap(), "check"]);
    assert_eq!(code(&o), 1);
    let out = stdout(&o);
    assert_eq!(
        out.lines().filter(|l| l.contains(": error: ")).count(),
        5,
        "{out}"
    );
    assert!(out.contains("projects/vergabe.toml:6:17: error: `walldorf` is not a member (did you mean `moerfelden-walldorf`?)"));
}

#[test]
fn other_commands_refuse_broken_data_with_exit_1() {
    let dir = common::broken("unknown-member");
    let o = ikz(&["--data", dir.path().to_str().unwrap(), "members"]);
    assert_eq!(code(&o), 1);
    assert!(stdout(&o).is_empty());
    assert!(stderr(&o).contains("error: `walldorf` is not a member"));
    assert!(
        stderr(&o).ends_with("has 3 errors; fix them first (`ikz check` lists every problem)\n")
    );
}

/// A folder with very many errors: a command shows the first ten and how many more,
/// then says to run `ikz check`; `check` lists them all.
#[test]
fn many_errors_are_shown_ten_and_counted() {
    let dir = common::valid();
    let participants: String = (0..40)
        .map(|i| format!("[[participants]]\nmember = \"nobody-{i}\"\n"))
        .collect();
    std::fs::write(
        dir.path().join("projects/many.toml"),
        format!("id = \"many\"\ntitle = \"Viele\"\nstatus = \"running\"\nstart = 2020\nsources = [\"pm\"]\n{participants}"),
    )
    .unwrap();
    let d = dir.path().to_str().unwrap();
    let o = ikz(&["--data", d, "members"]);
    assert_eq!(code(&o), 1);
    let err = stderr(&o);
    let lines: Vec<&str> = err.lines().filter(|l| l.contains(": error: ")).collect();
    assert_eq!(lines.len(), 10, "{err}");
    assert!(
        err.contains("… and 30 more errors (`ikz check` lists them all)"),
        "{err}"
    );
    let all = ikz(&["--data", d, "check"]);
    assert!(
        stdout(&all).matches(": error: ").count() >= 40,
        "{}",
        stdout(&all)
    );
}

#[test]
fn ikz_data_environment_variable_selects_a_folder() {
    let dir = common::valid();
    let o = ikz_env(
        &["check"],
        &[
            ("IKZ_DATA", &dir.path().display().to_string()),
            ("LANG", "C.UTF-8"),
        ],
    );
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).contains(": 3 members, 2 projects, 1 report, 2013–2024"));
}

#[test]
fn members_text_and_json() {
    let o = ikz(&["members"]);
    assert_eq!(code(&o), 0);
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 16);
    assert!(out.lines().any(|l| l.starts_with(
        "MW    Mörfelden-Walldorf    Stadt      moerfelden-walldorf   Mörfelden, Walldorf"
    )));
    let json: serde_json::Value =
        serde_json::from_slice(&ikz(&["members", "--format", "json"]).stdout).unwrap();
    let list = json.as_array().unwrap();
    assert_eq!(list.len(), 15);
    assert_eq!(list[14]["id"], "kreis-gross-gerau");
    assert_eq!(list[14]["kind"], "Landkreis");
}

#[test]
fn projects_of_a_year() {
    let o = ikz(&["projects", "--year", "2024"]);
    assert_eq!(code(&o), 0);
    let out = stdout(&o);
    assert!(out.starts_with("Projects in 2024:\n\n"), "{out}");
    let rows: Vec<&str> = out.lines().skip(3).take_while(|l| !l.is_empty()).collect();
    assert_eq!(rows.len(), 10, "{out}");
    // Without a year, the browser's: that of the latest annual report (2024).
    assert_eq!(stdout(&ikz(&["projects"])), out);
    let all = stdout(&ikz(&["projects", "--all-years"]));
    assert!(all.starts_with("Projects of all years:\n\n"), "{all}");
    assert_eq!(row_ids(&all).len(), 22, "{all}");
    // --year and --all-years together are a usage error.
    assert_eq!(
        code(&ikz(&["projects", "--year", "2024", "--all-years"])),
        2
    );
    assert!(
        rows.iter()
            .any(|r| r.starts_with("klimaschutz ") && r.contains("14/15"))
    );
    let json: serde_json::Value =
        serde_json::from_slice(&ikz(&["projects", "--year", "2019", "--format", "json"]).stdout)
            .unwrap();
    let ids: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "kommunales-vergabezentrum",
            "klaerschlammentsorgung",
            "elektromobilitaet",
            "elektronische-rechnung",
            "gaststaettenrecht"
        ]
    );
}

/// The ids in the rows of `ikz projects` (after the line of the year and the table's
/// header, up to the first blank line).
fn row_ids(out: &str) -> Vec<String> {
    out.lines()
        .skip(3)
        .take_while(|l| !l.is_empty())
        .map(|l| l.split_whitespace().next().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn projects_by_seat_form_and_funding() {
    let o = ikz(&["projects", "--seat", "raunheim", "--all-years"]);
    assert_eq!(code(&o), 0);
    assert_eq!(row_ids(&stdout(&o)), ["gaststaettenrecht"]);
    // The seat by code, as --member takes it.
    let kreis = row_ids(&stdout(&ikz(&["projects", "--seat", "KGG", "--all-years"])));
    assert_eq!(
        kreis,
        [
            "kommunales-vergabezentrum",
            "informationssicherheit",
            "zentrales-foerdermittelmanagement"
        ]
    );
    // A form by its name, or a part of it.
    let vbb = ikz(&[
        "projects",
        "--form",
        "gemeinsamer Verwaltungsbehördenbezirk",
        "--all-years",
    ]);
    assert_eq!(row_ids(&stdout(&vbb)), ["gaststaettenrecht"]);
    let agreements = row_ids(&stdout(&ikz(&[
        "projects",
        "--form",
        "vereinbarung",
        "--all-years",
    ])));
    assert_eq!(
        agreements,
        [
            "kommunales-vergabezentrum",
            "klimaschutz",
            "informationssicherheit"
        ]
    );
    let none = ikz(&["projects", "--form", "GmbH"]);
    assert_eq!(code(&none), 2);
    assert!(stderr(&none).contains("Zweckverband"), "{}", stderr(&none));
    // Grants: the sum per project and in all.
    let funded = stdout(&ikz(&["projects", "--funded", "--all-years"]));
    assert_eq!(
        row_ids(&funded),
        ["kommunales-vergabezentrum", "gaststaettenrecht"]
    );
    assert!(funded.contains("FUNDING"), "{funded}");
    assert!(
        funded.contains("Funding in all: €200,000 for 2 projects"),
        "{funded}"
    );
    // JSON: the seat as an id, the form as a fixed key, the sum in euros.
    let json: serde_json::Value = serde_json::from_slice(
        &ikz(&[
            "projects",
            "--seat",
            "raunheim",
            "--all-years",
            "--format",
            "json",
        ])
        .stdout,
    )
    .unwrap();
    let row = &json[0];
    assert_eq!(row["seat"]["member"], "raunheim");
    assert_eq!(row["form"], "joint-administrative-district");
    assert_eq!(row["seat"]["office"], "Ordnungsamt");
    assert_eq!(row["funded"], 100_000);
}

#[test]
fn projects_of_a_member_found_by_alias() {
    let o = ikz(&["projects", "--member", "Walldorf", "--year", "2024"]);
    assert_eq!(code(&o), 0);
    let out = stdout(&o);
    assert!(out.starts_with("Projects of Mörfelden-Walldorf (MW) in 2024:\n"));
    // Only the projects that name the member, then how many more may include it.
    let rows: Vec<&str> = out.lines().skip(3).take_while(|l| !l.is_empty()).collect();
    assert_eq!(rows.len(), 3, "{out}");
    assert!(rows[0].starts_with("klimaschutz "), "{out}");
    assert!(rows.iter().all(|r| !r.ends_with("not known")), "{out}");
    assert!(out.contains("And 6 projects may include it"), "{out}");
    // --all lists every project of the year with the member's answer, named ones first.
    let all = stdout(&ikz(&[
        "projects", "--member", "MW", "--year", "2024", "--all",
    ]));
    let rows: Vec<&str> = all.lines().skip(3).take_while(|l| !l.is_empty()).collect();
    assert_eq!(rows.len(), 10, "{all}");
    assert!(rows[0].ends_with(" yes"), "{all}");
    assert!(
        rows[9].ends_with(" not known") || rows[9].ends_with(" no"),
        "{all}"
    );
    assert!(all.contains("THIS MEMBER"));
    let none = ikz(&["projects", "--member", "Frankfurt"]);
    assert_eq!(code(&none), 2);
    assert!(stderr(&none).contains("no member fits `Frankfurt`"));
}

#[test]
fn years_with_reports() {
    let o = ikz(&["years"]);
    assert_eq!(code(&o), 0);
    let out = stdout(&o);
    // A head, the 13 years, a blank line and the legend of the columns.
    assert_eq!(out.lines().take_while(|l| !l.is_empty()).count(), 14);
    assert!(out.contains("NONE neither."), "{out}");
    // 2024: 10 projects ran, of them 4 all named, 1 partly, 1 named without a count and
    // 4 counted only (checked one by one against the detail).
    let row = ["2024", "10", "4", "1", "1", "4", "0", "11", "28", "0"];
    assert!(
        out.lines()
            .any(|l| l.split_whitespace().collect::<Vec<_>>() == row),
        "{out}"
    );
    let json: serde_json::Value =
        serde_json::from_slice(&ikz(&["years", "--format", "json"]).stdout).unwrap();
    assert_eq!(json[0]["year"], 2013);
    assert_eq!(json[0]["milestones"].as_array().unwrap().len(), 3);
    let named = &json[11]["named"];
    assert_eq!(json[11]["year"], 2024);
    assert_eq!(
        [
            &named["fully_named"],
            &named["partly_named"],
            &named["named_no_count"],
            &named["count_only"],
            &named["nothing"]
        ],
        [4, 1, 1, 4, 0]
    );
}

#[test]
fn participants_of_a_project() {
    let o = ikz(&["participants", "Feuerwehr", "--year", "2024"]);
    assert_eq!(code(&o), 0);
    let out = stdout(&o);
    assert!(out.contains("Taking part: 15/15"));
    assert_eq!(out.lines().filter(|l| l.contains(" yes ")).count(), 15);

    let o = ikz(&["participants", "smart-region"]);
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).contains("Sources: 14 of 15 reported, 0 named."));

    let o = ikz(&[
        "participants",
        "foerdermittelmanagement",
        "--year",
        "2022",
        "--format",
        "json",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let gigu = json["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["code"] == "GIG")
        .unwrap();
    assert_eq!(gigu["takes_part"], "yes");
    assert_eq!(json["members"][0]["takes_part"], "unknown");
}

#[test]
fn participants_ambiguous_or_missing_exit_2() {
    let o = ikz(&["participants", "klär"]);
    assert_eq!(code(&o), 2);
    let err = stderr(&o);
    assert!(err.starts_with("ikz: `klär` fits 2 projects:\n"), "{err}");
    assert!(err.contains("klaerschlammentsorgung") && err.contains("klaerschlammverwertung"));
    assert_eq!(code(&ikz(&["participants", "Raumfahrt"])), 2);
    let o = ikz(&["participants", "klimaschutz", "--year", "2017"]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("did not run in 2017"));
}

#[test]
fn output_never_passes_control_characters() {
    let o = ikz(&["participants", "\u{1b}[2J\u{1b}]0;x\u{7}"]);
    assert_eq!(code(&o), 2);
    let err = stderr(&o);
    assert!(!err.contains('\u{1b}') && !err.contains('\u{7}'), "{err:?}");
    assert!(err.contains("\\u{1b}[2J"));
}

#[test]
fn matrix_text_markdown_json() {
    // The browser's year unless asked: that of the latest annual report.
    let o = ikz(&["matrix"]);
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).starts_with("Projects × members, 2024\n"));
    let o = ikz(&["matrix", "--all-years"]);
    assert_eq!(code(&o), 0);
    let out = stdout(&o);
    assert!(out.starts_with("Projects × members, all years\n"));
    let feuerwehr = out
        .lines()
        .find(|l| l.starts_with("Beschaffung von Feuerwehrbedarf"))
        .unwrap();
    assert_eq!(feuerwehr.matches('✓').count(), 15);
    let md = stdout(&ikz(&["matrix", "--year", "2024", "--format", "markdown"]));
    assert!(
        md.lines().any(|l| l.starts_with("| Klimaschutz | ✓ |")),
        "{md}"
    );
    let json: serde_json::Value =
        serde_json::from_slice(&ikz(&["matrix", "--all-years", "--format", "json"]).stdout)
            .unwrap();
    assert_eq!(json["projects"].as_array().unwrap().len(), 22);
    assert_eq!(json["members"].as_array().unwrap().len(), 15);
}

#[test]
fn matrix_csv_parses_back_to_the_same_cells() {
    let csv = stdout(&ikz(&["matrix", "--all-years", "--format", "csv"]));
    let json: serde_json::Value =
        serde_json::from_slice(&ikz(&["matrix", "--all-years", "--format", "json"]).stdout)
            .unwrap();
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let codes: Vec<&str> = json["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["code"].as_str().unwrap())
        .collect();
    assert_eq!(header[..3], ["year", "id", "title"]);
    assert_eq!(&header[3..18], codes.as_slice());
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 22);
    for (row, project) in rows.iter().zip(json["projects"].as_array().unwrap()) {
        // No title of the shipped data needs quoting, so a plain split is exact.
        let cells: Vec<&str> = row.split(',').collect();
        assert_eq!(cells.len(), 20, "{row}");
        assert_eq!(cells[0], "", "all years: no year");
        assert_eq!(cells[1], project["id"]);
        let expected: Vec<&str> = project["cells"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap())
            .collect();
        assert_eq!(&cells[3..18], expected.as_slice());
    }
}

#[test]
fn matrix_sorts_filters_and_says_so() {
    let o = ikz(&[
        "matrix",
        "--year",
        "2024",
        "--filter",
        "klima",
        "--sort",
        "count",
        "--columns",
        "name",
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("Projects × members, 2024\n"), "{out}");
    assert!(out.contains("match the filter \"klima\""), "{out}");
    assert!(out.contains("rows by participation"), "{out}");
    assert!(!out.contains("Informationssicherheit"), "{out}");
    // Sorted by count: the rows' totals never rise.
    let json: serde_json::Value = serde_json::from_slice(
        &ikz(&[
            "matrix",
            "--sort",
            "count",
            "--columns",
            "count",
            "--format",
            "json",
        ])
        .stdout,
    )
    .unwrap();
    assert_eq!(json["rows"], "count");
    let members: Vec<u64> = json["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["projects"].as_u64().unwrap())
        .collect();
    assert!(members.windows(2).all(|w| w[0] >= w[1]), "{members:?}");
    let bad = ikz(&["matrix", "--sort", "colour"]);
    assert_eq!(code(&bad), 2);
    assert!(stderr(&bad).contains("title"), "{}", stderr(&bad));
}

#[test]
fn matrix_on_the_command_line_is_what_the_export_writes() {
    use ikz::present::export;
    use ikz::query::grid::{ColumnOrder, Grid, Keys, RowOrder, Spec};
    let model = ikz::data::load(&ikz::data::Origin::BuiltIn).model;
    let spec = Spec {
        year: Some(2017),
        filter: "kl".into(),
        rows: RowOrder::Start,
        columns: ColumnOrder::Name,
    };
    let grid = Grid::build(&model, &Keys::new(&model), spec);
    let dir = tempfile::tempdir().unwrap();
    let progress = export::Progress::default();
    let exported = export::write(
        dir.path(),
        &model,
        &grid,
        ikz::present::words::Lang::En,
        &[export::Kind::Csv, export::Kind::Markdown],
        &progress,
    )
    .unwrap();
    let [csv, markdown] = exported.files.as_slice() else {
        panic!("two files: {exported:?}")
    };
    // The progress count saw every line of both files.
    let written = std::fs::read_to_string(csv).unwrap().lines().count()
        + std::fs::read_to_string(markdown).unwrap().lines().count();
    assert_eq!(progress.lines.into_inner(), written);
    assert!(
        (written..written + 4).contains(&export::lines_of(&grid)),
        "{written} lines, {} expected",
        export::lines_of(&grid)
    );
    let args = [
        "matrix",
        "--year",
        "2017",
        "--filter",
        "kl",
        "--sort",
        "start",
        "--columns",
        "name",
    ];
    for (format, path) in [("csv", csv), ("markdown", markdown)] {
        let mut args = args.to_vec();
        args.extend(["--format", format]);
        let o = ikz(&args);
        assert_eq!(code(&o), 0);
        assert_eq!(
            stdout(&o),
            std::fs::read_to_string(path).unwrap(),
            "{format}"
        );
    }
}

#[test]
fn search_finds_german_spellings_first() {
    for (q, first) in [
        ("morf", "member   moerfelden-walldorf"),
        ("moerf", "member   moerfelden-walldorf"),
        ("klar", "project  klaerschlammverwertung"),
        ("klaer", "project  klaerschlammverwertung"),
        ("gross", "member   gross-gerau"),
        ("ruess", "member   ruesselsheim-am-main"),
        ("russ", "member   ruesselsheim-am-main"),
    ] {
        let o = ikz(&["search", q]);
        assert_eq!(code(&o), 0, "{q}");
        let out = stdout(&o);
        assert!(out.lines().next().unwrap().starts_with(first), "{q}: {out}");
    }
    // Several words narrow; they may also be given as one argument.
    let o = ikz(&["search", "inf", "sich", "--limit", "1"]);
    assert_eq!(stdout(&o).lines().count(), 1);
    assert!(stdout(&o).starts_with("project  informationssicherheit"));
    assert_eq!(
        stdout(&ikz(&["search", "inf sich", "--limit", "1"])),
        stdout(&o)
    );
}

#[test]
fn search_json_and_nothing_found() {
    let o = ikz(&["search", "Rüsselsheim", "--format", "json", "--limit", "2"]);
    assert_eq!(code(&o), 0);
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 2);
    assert_eq!(json[0]["kind"], "member");
    assert_eq!(json[0]["id"], "ruesselsheim-am-main");
    assert_eq!(
        json[0]["positions"],
        serde_json::json!([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    );
    let none = ikz(&["search", "Zeppelin"]);
    assert_eq!(code(&none), 2);
    assert_eq!(stderr(&none), "ikz: nothing fits `Zeppelin`\n");
    assert_eq!(code(&ikz(&["search"])), 2);
}

#[test]
fn generate_writes_a_valid_folder_and_never_into_a_full_one() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("daten");
    let out_s = out.to_str().unwrap();
    let o = ikz(&[
        "generate",
        "--members",
        "40",
        "--projects",
        "120",
        "--years",
        "8",
        out_s,
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with("wrote 124 files to "),
        "{}",
        stdout(&o)
    );
    let check = ikz(&["--data", out_s, "check"]);
    assert_eq!(code(&check), 0, "{}", stdout(&check));
    assert!(
        stdout(&check).contains("40 members, 120 projects"),
        "{}",
        stdout(&check)
    );
    // The same folder again: refused, nothing overwritten.
    let again = ikz(&["generate", out_s]);
    assert_eq!(code(&again), 2);
    assert!(
        stderr(&again).contains("is not empty"),
        "{}",
        stderr(&again)
    );
    // Hidden from the everyday help, but it has its own.
    assert!(!stdout(&ikz(&["--help"])).contains("generate"));
    assert_eq!(code(&ikz(&["generate", "--help"])), 0);
    assert_eq!(code(&ikz(&["generate", "--members", "0", out_s])), 2);
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_an_error_and_never_exit_0() {
    for args in [
        &["matrix", "--format", "json"][..],
        &["members"],
        &["check"],
    ] {
        for (lang, says) in [
            (
                "C.UTF-8",
                "ikz: cannot write the output: No space left on device",
            ),
            (
                "de_DE.UTF-8",
                "ikz: die Ausgabe kann nicht geschrieben werden: ",
            ),
        ] {
            let o = Command::new(env!("CARGO_BIN_EXE_ikz"))
                .args(args)
                .env_remove("IKZ_DATA")
                .env_remove("LC_ALL")
                .env_remove("LC_MESSAGES")
                .env("LANG", lang)
                .stdout(std::fs::File::create("/dev/full").unwrap())
                .output()
                .unwrap();
            assert_eq!(code(&o), 3, "{args:?}");
            assert!(stderr(&o).contains(says), "{}", stderr(&o));
        }
    }
}

#[test]
fn a_reader_that_goes_away_ends_ikz_quietly() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("d");
    let o = ikz(&[
        "generate",
        "--projects",
        "3000",
        "--members",
        "60",
        data.to_str().unwrap(),
    ]);
    assert_eq!(code(&o), 0);
    let mut child = Command::new(env!("CARGO_BIN_EXE_ikz"))
        .args(["--data", data.to_str().unwrap(), "matrix"])
        .env_remove("IKZ_DATA")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Read the first line, as `head -1` does, and go away.
    let mut first = [0u8; 64];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(code(&o), 0);
    assert_eq!(stderr(&o), "");
}

#[test]
fn an_empty_ikz_data_counts_as_unset() {
    for args in [&["members"][..], &["--data", "data", "members"]] {
        let o = Command::new(env!("CARGO_BIN_EXE_ikz"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("IKZ_DATA", "")
            .output()
            .unwrap();
        assert_eq!(code(&o), 0, "{args:?}: {}", stderr(&o));
        assert!(stdout(&o).contains("Biebesheim am Rhein"));
    }
}

#[test]
fn clap_never_prints_an_argument_raw() {
    for args in [
        &["--lang", "\u{1b}]2;PWNED\u{7}", "members"][..],
        &["\u{1b}]2;PWNED\u{7}"],
        &["participants", "x\u{7}y", "--year", "20\u{1b}[2J"],
    ] {
        let o = ikz(args);
        assert_eq!(code(&o), 2, "{args:?}");
        let err = stderr(&o);
        assert!(!err.contains('\u{1b}') && !err.contains('\u{7}'), "{err:?}");
    }
}

#[test]
fn negative_and_odd_numbers_get_our_message() {
    for (args, says) in [
        (
            &["projects", "--year", "-1"][..],
            "a year is written with four digits, such as 2024",
        ),
        (
            &["matrix", "--year", "+2024"],
            "a year is written with four digits",
        ),
        (
            &["participants", "klima", "--year", "24"],
            "a year is written with four digits",
        ),
        (
            &["search", "klima", "--limit", "-5"],
            "give a number of 1 or more, such as 20",
        ),
    ] {
        let o = ikz(args);
        assert_eq!(code(&o), 2, "{args:?}");
        assert!(stderr(&o).contains(says), "{args:?}: {}", stderr(&o));
        assert!(!stderr(&o).contains("-- -1"), "no tip to write `-- -1`");
    }
}

#[test]
fn hostile_cells_never_run_as_formulas_and_one_long_title_cannot_blow_up_a_table() {
    let dir = common::valid();
    let long = "Lang".repeat(50_000);
    std::fs::write(
        dir.path().join("projects/formel.toml"),
        "id = \"formel\"\ntitle = \"=HYPERLINK(\\\"http://x.example\\\",\\\"klick\\\")\"\nstatus = \"running\"\nstart = 2020\nsources = [\"pm\"]\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("projects/lang.toml"),
        format!("id = \"lang\"\ntitle = \"{long}\"\nstatus = \"running\"\nstart = 2020\nsources = [\"pm\"]\n"),
    )
    .unwrap();
    let d = dir.path().to_str().unwrap();
    let o = ikz(&["--data", d, "matrix", "--all-years", "--format", "csv"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let csv = stdout(&o);
    let row = csv.lines().find(|l| l.starts_with(",formel,")).unwrap();
    assert!(row.starts_with(",formel,\"'=HYPERLINK("), "{row}");
    // The text table cuts the long title; the rows are not padded to its width.
    let o = ikz(&["--data", d, "projects"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).len() < 2_000, "{} bytes", stdout(&o).len());
    assert!(stdout(&o).contains("LangLangLan…"));
}

#[test]
fn json_stays_valid_when_an_argument_carries_a_direction_mark() {
    let o = ikz(&["matrix", "--filter", "kl\u{202e}", "--format", "json"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(!stdout(&o).contains('\u{202e}'));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(json["filter"], "kl\u{202e}");
}

/// (query, expected) pairs of a table in tests/fixtures.
fn table(name: &str) -> Vec<(String, String)> {
    std::fs::read_to_string(common::fixtures().join(name))
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
        .map(|(q, w)| (q.to_string(), w.to_string()))
        .collect()
}

#[test]
fn ikz_search_puts_each_target_of_the_ranking_table_first_and_no_noise() {
    use ikz::cli::{Cli, Command, Format, run};
    let search = |q: &str, limit: usize| {
        run(&Cli {
            data: None,
            lang: Some(ikz::present::words::Lang::En),
            no_mouse: false,
            poll: false,
            export_dir: None,
            output: None,
            csv_excel: false,
            view: Default::default(),
            command: Some(Command::Search {
                query: vec![q.to_string()],
                limit,
                format: Format::Text,
            }),
        })
        .stdout
    };
    let ranking = table("search-ranking.tsv");
    assert!(ranking.len() >= 40);
    let mut wrong = Vec::new();
    for (q, want) in &ranking {
        let first = search(q, 1);
        if !first
            .lines()
            .next()
            .is_some_and(|l| l.contains(want.as_str()))
        {
            wrong.push(format!("{q:?}: want {want:?}, got {first:?}"));
        }
    }
    for (q, not) in table("search-noise.tsv") {
        if search(&q, 100).contains(not.as_str()) {
            wrong.push(format!("{q:?} lists {not:?}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn an_empty_search_asks_for_a_query() {
    let o = ikz(&["search", "  "]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("give something to look for"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn the_export_folder_from_the_option_the_environment_or_here() {
    use clap::Parser;
    let here = std::env::current_dir().unwrap();
    let parse = |args: &[&str]| ikz::cli::Cli::try_parse_from(args).unwrap();
    let env = |value: Option<&'static str>| {
        move |k: &str| {
            (k == "IKZ_EXPORT_DIR")
                .then_some(value)
                .flatten()
                .map(String::from)
        }
    };
    let dir = |cli: &ikz::cli::Cli, value| {
        let file = ikz::cli::settings::SettingsFile::default();
        cli.settings(file, &env(value), None).exports_dir(false)
    };
    let cli = parse(&["ikz", "--export-dir", "/srv/exporte"]);
    assert_eq!(
        dir(&cli, Some("/tmp/x")),
        std::path::Path::new("/srv/exporte")
    );
    let cli = parse(&["ikz"]);
    assert_eq!(dir(&cli, Some("/tmp/x")), std::path::Path::new("/tmp/x"));
    // Relative folders are made whole; an empty variable counts as unset.
    assert_eq!(dir(&cli, Some("out")), here.join("out"));
    assert_eq!(dir(&cli, Some("")), here);
    assert_eq!(dir(&cli, None), here);
}

/// `ikz member`: the profile in English, its figures the same as JSON's, and those
/// checked against `ikz projects --member` and `ikz projects --member --all`.
#[test]
fn member_shows_the_profile_and_agrees_with_the_project_lists() {
    let o = ikz(&["member", "Mörfelden-Walldorf"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    insta::assert_snapshot!("member_mw", stdout(&o));
    let j: serde_json::Value =
        serde_json::from_str(&stdout(&ikz(&["member", "MW", "--format", "json"]))).unwrap();
    let listed: serde_json::Value = serde_json::from_str(&stdout(&ikz(&[
        "projects",
        "--member",
        "MW",
        "--all-years",
        "--format",
        "json",
    ])))
    .unwrap();
    assert_eq!(j["named"], listed.as_array().unwrap().len());
    let all: serde_json::Value = serde_json::from_str(&stdout(&ikz(&[
        "projects",
        "--member",
        "MW",
        "--all",
        "--all-years",
        "--format",
        "json",
    ])))
    .unwrap();
    let possible = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["member_takes_part"] == "unknown")
        .count();
    assert_eq!(j["possible"], possible);
    assert_eq!(j["projects"], all.as_array().unwrap().len());
    // Each year's named count is what `ikz projects --member --year` lists.
    for y in j["years"].as_array().unwrap() {
        let year = y["year"].to_string();
        let of_year: serde_json::Value = serde_json::from_str(&stdout(&ikz(&[
            "projects", "--member", "MW", "--year", &year, "--format", "json",
        ])))
        .unwrap();
        assert_eq!(y["named"], of_year.as_array().unwrap().len(), "{year}");
    }
    assert!(
        j["hosts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|h| h == "klimaschutz")
    );
    // Named, possible and not add up to all projects, overall and in each year.
    let sum = |v: &serde_json::Value| {
        v["named"].as_u64().unwrap() + v["possible"].as_u64().unwrap() + v["not"].as_u64().unwrap()
    };
    assert_eq!(sum(&j), j["projects"].as_u64().unwrap());
    for y in j["years"].as_array().unwrap() {
        assert_eq!(sum(y), y["projects"].as_u64().unwrap(), "{y}");
    }
    // A name that fits several, and one that fits none.
    assert_eq!(code(&ikz(&["member", "gross"])), 2);
    assert_eq!(code(&ikz(&["member", "atlantis"])), 2);
}

/// `ikz compare A B`: the counts of each side agree with the rows and with `ikz
/// participants` of each project; the sides mirror when the two are swapped.
#[test]
fn compare_shows_where_two_members_work_together() {
    let o = ikz(&["compare", "MW", "Trebur"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    insta::assert_snapshot!("compare_mw_tre", stdout(&o));
    let parse =
        |args: &[&str]| -> serde_json::Value { serde_json::from_str(&stdout(&ikz(args))).unwrap() };
    let ab = parse(&["compare", "MW", "TRE", "--format", "json"]);
    let ba = parse(&["compare", "TRE", "MW", "--format", "json"]);
    assert_eq!(ab["counts"]["only_a"], ba["counts"]["only_b"]);
    assert_eq!(ab["counts"]["both"], ba["counts"]["both"]);
    let rows = ab["rows"].as_array().unwrap();
    for side in ["both", "only_a", "only_b", "open", "neither"] {
        let n = rows.iter().filter(|r| r["side"] == side).count();
        assert_eq!(ab["counts"][side], n, "{side}");
    }
    // Each "both" is a project whose participants name both.
    for r in rows.iter().filter(|r| r["side"] == "both") {
        let p = parse(&[
            "participants",
            r["project"].as_str().unwrap(),
            "--format",
            "json",
        ]);
        for id in ["moerfelden-walldorf", "trebur"] {
            let m = p["members"]
                .as_array()
                .unwrap()
                .iter()
                .find(|m| m["member"] == id)
                .unwrap();
            assert_eq!(m["takes_part"], "yes", "{id} in {}", r["project"]);
        }
    }
    assert_eq!(code(&ikz(&["compare", "MW", "atlantis"])), 2);
    let same = ikz(&["compare", "Raunheim", "RAU"]);
    assert_eq!(code(&same), 2);
    assert!(
        stderr(&same).contains("the same member"),
        "{}",
        stderr(&same)
    );
    assert_eq!(code(&ikz(&["compare", "MW", "TRE", "--year", "1999"])), 2);
}

/// `ikz timeline`: every project with its years; each year's count is what `ikz years`
/// says ran; a member or a filter narrows the list as `ikz projects` and the matrix do.
#[test]
fn timeline_shows_when_each_project_ran() {
    let o = ikz(&["timeline"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    insta::assert_snapshot!("timeline", stdout(&o));
    let parse =
        |args: &[&str]| -> serde_json::Value { serde_json::from_str(&stdout(&ikz(args))).unwrap() };
    let t = parse(&["timeline", "--format", "json"]);
    let years = parse(&["years", "--format", "json"]);
    for (i, y) in years.as_array().unwrap().iter().enumerate() {
        assert_eq!(t["years"][i], y["year"]);
        assert_eq!(t["projects_per_year"][i], y["projects"], "{}", y["year"]);
    }
    let all = parse(&["projects", "--all-years", "--format", "json"]);
    assert_eq!(
        t["projects"].as_array().unwrap().len(),
        all.as_array().unwrap().len()
    );
    // A completed project's bar ends in the year it ended, marked completed.
    for p in t["projects"].as_array().unwrap() {
        let marks = p["marks"].as_array().unwrap();
        let listed = all
            .as_array()
            .unwrap()
            .iter()
            .find(|q| q["id"] == p["id"])
            .unwrap();
        if listed["status"] == "completed" && !listed["end"].is_null() {
            let i = (listed["end"].as_u64().unwrap() - 2013) as usize;
            assert_eq!(marks[i], "completed", "{}", p["id"]);
        }
    }
    let of_mw = parse(&["timeline", "--member", "MW", "--format", "json"]);
    let named = parse(&[
        "projects",
        "--member",
        "MW",
        "--all-years",
        "--format",
        "json",
    ]);
    assert_eq!(
        of_mw["projects"].as_array().unwrap().len(),
        named.as_array().unwrap().len()
    );
    let klaer = parse(&[
        "timeline", "--filter", "klaer", "--sort", "title", "--format", "json",
    ]);
    let matrix = parse(&[
        "matrix",
        "--filter",
        "klaer",
        "--all-years",
        "--format",
        "json",
    ]);
    assert_eq!(
        klaer["projects"].as_array().unwrap().len(),
        matrix["projects"].as_array().unwrap().len()
    );
    assert_eq!(code(&ikz(&["timeline", "--member", "atlantis"])), 2);
    // Nothing found is exit 2, as for the other commands.
    let none = ikz(&["timeline", "--filter", "xyzzyq"]);
    assert_eq!(code(&none), 2);
    assert!(
        stderr(&none).contains("No project fits"),
        "{}",
        stderr(&none)
    );
}

/// `ikz gaps`: each gap is one that the other commands show — a project in a year short
/// of every participant named, in the classes `ikz years` counts, a year without a
/// report — by kind, the largest first.
#[test]
fn gaps_lists_what_the_data_lacks_by_kind() {
    let o = ikz(&["gaps"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    insta::assert_snapshot!("gaps", stdout(&o));
    let parse =
        |args: &[&str]| -> serde_json::Value { serde_json::from_str(&stdout(&ikz(args))).unwrap() };
    let gaps = parse(&["gaps", "--format", "json"]);
    let gaps = gaps.as_array().unwrap();
    assert!(!gaps.is_empty());
    let years = parse(&["years", "--format", "json"]);
    let years = years.as_array().unwrap();
    // The project-years of each class, as the gaps give them.
    let mut in_gaps: std::collections::BTreeMap<&str, u64> = Default::default();
    let mut last = ("", u64::MAX);
    for g in gaps {
        let (kind, subject, amount) = (
            g["kind"].as_str().unwrap(),
            g["subject"].as_str().unwrap(),
            g["amount"].as_u64().unwrap(),
        );
        // The kinds in their order, the largest first within one.
        if kind == last.0 {
            assert!(amount <= last.1, "{g}");
        }
        last = (kind, amount);
        let year = g["year"].to_string();
        let taking_part =
            |year: &str| parse(&["participants", subject, "--year", year, "--format", "json"]);
        match kind {
            "partly_named" | "count_only" => {
                // The participants of that year agree.
                let p = taking_part(&year);
                let named = p["listed"].as_u64().unwrap();
                assert_eq!(named == 0, kind == "count_only", "{g}");
                let missing = p["reported"].as_u64().unwrap() - named;
                let expected = if kind == "count_only" {
                    named + missing
                } else {
                    missing
                };
                assert_eq!(expected, amount, "{g}");
                *in_gaps.entry(kind).or_default() += 1;
            }
            "named_no_count" => {
                let p = taking_part(&year);
                assert!(p["reported"].is_null(), "{g}");
                assert!(p["listed"].as_u64().unwrap() > 0, "{g}");
                *in_gaps.entry(kind).or_default() += 1;
            }
            "nothing" => {
                let listed = g["years"].as_array().unwrap();
                assert_eq!(listed.len() as u64, amount, "{g}");
                for y in listed {
                    let p = taking_part(&y.to_string());
                    assert!(p["reported"].is_null(), "{g}");
                    assert_eq!(p["listed"].as_u64(), Some(0), "{g}");
                }
                *in_gaps.entry(kind).or_default() += amount;
            }
            "no_report" => {
                assert_eq!(year, subject);
                let y = years
                    .iter()
                    .find(|y| y["year"].as_u64().map(|n| n.to_string()).as_deref() == Some(subject))
                    .unwrap();
                assert!(y["report"].is_null(), "{subject}");
            }
            _ => {}
        }
    }
    // The same classes as `ikz years`: each class's project-years add up to its column.
    for class in ["partly_named", "named_no_count", "count_only", "nothing"] {
        let column: u64 = years
            .iter()
            .map(|y| y["named"][class].as_u64().unwrap())
            .sum();
        assert_eq!(in_gaps.get(class).copied().unwrap_or(0), column, "{class}");
        assert!(column > 0, "the shipped data has each class: {class}");
    }
    let kinds: Vec<&str> = gaps.iter().map(|g| g["kind"].as_str().unwrap()).collect();
    let order = [
        "partly_named",
        "named_no_count",
        "count_only",
        "nothing",
        "no_kind",
        "no_source",
        "no_report",
    ];
    let ranks: Vec<usize> = kinds
        .iter()
        .map(|k| order.iter().position(|o| o == k).unwrap())
        .collect();
    assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{kinds:?}");
}

/// Every command in German, as `LANG=de_DE.UTF-8` gives it (and `--lang de`).
#[test]
fn every_command_speaks_german_when_the_locale_is_german() {
    let german = [("LANG", "de_DE.UTF-8")];
    let commands: [(&str, &[&str]); 14] = [
        ("check", &["check"]),
        ("gaps", &["gaps"]),
        ("timeline", &["timeline", "--member", "MW"]),
        ("member", &["member", "MW"]),
        ("compare", &["compare", "MW", "TRE", "--year", "2024"]),
        ("members", &["members"]),
        ("projects_2024", &["projects", "--year", "2024"]),
        (
            "projects_member",
            &["projects", "--member", "MW", "--year", "2024"],
        ),
        ("projects_funded", &["projects", "--funded", "--all-years"]),
        ("years", &["years"]),
        ("participants", &["participants", "klimaschutz"]),
        (
            "participants_count_only",
            &["participants", "smart", "--year", "2024"],
        ),
        ("search", &["search", "klaer"]),
        ("matrix", &["matrix", "--year", "2024"]),
    ];
    for (name, args) in commands {
        let o = ikz_env(args, &german);
        assert!(code(&o) == 0, "{args:?}: {}", stderr(&o));
        insta::assert_snapshot!(format!("de_{name}"), stdout(&o));
        // --lang de says the same on an English machine.
        let mut with_flag = vec!["--lang", "de"];
        with_flag.extend_from_slice(args);
        assert_eq!(stdout(&ikz(&with_flag)), stdout(&o), "{args:?}");
    }
    // JSON does not change with the language.
    for args in [
        &["members", "--format", "json"][..],
        &["projects", "--format", "json"],
    ] {
        assert_eq!(ikz_env(args, &german).stdout, ikz(args).stdout, "{args:?}");
    }
    // The CSV for scripts does not change either; the one for Excel is German.
    let csv = stdout(&ikz_env(
        &["matrix", "--year", "2024", "--format", "csv"],
        &german,
    ));
    assert!(csv.starts_with("year,id,title,BIE,"), "{csv}");
    let excel = stdout(&ikz_env(
        &["matrix", "--year", "2024", "--csv-excel"],
        &german,
    ));
    assert!(excel.starts_with("\u{FEFF}Jahr;ID;Titel;BIE;"), "{excel}");
    assert!(
        excel.contains(";ja;") && excel.contains(";nicht bekannt;"),
        "{excel}"
    );
}

/// The workbook reads back (with calamine, as a spreadsheet would) to the same cells as
/// the CSV of the same options, in both languages: a title with the year and a date line
/// above the table, the title first and the id last, the marks for the CSV's words, the
/// members' codes as headings, the totals of all rows below.
#[test]
fn the_workbook_reads_back_to_the_cells_of_the_csv() {
    use calamine::{Data, Reader, Xlsx, open_workbook};
    let dir = tempfile::tempdir().unwrap();
    // The CSV for scripts has the same keys in every language.
    let words = ["yes", "no", "unknown"];
    for lang in ["en", "de"] {
        for year in [&["--year", "2024"][..], &["--all-years"]] {
            let path = dir.path().join(format!("m-{lang}-{}.xlsx", year.len()));
            let mut args = vec!["--lang", lang, "matrix", "--format", "xlsx", "--output"];
            let path_text = path.display().to_string();
            args.push(&path_text);
            args.extend_from_slice(year);
            let o = ikz(&args);
            assert_eq!(code(&o), 0, "{}", stderr(&o));
            let mut csv_args = vec!["--lang", lang, "matrix", "--format", "csv"];
            csv_args.extend_from_slice(year);
            let csv = stdout(&ikz(&csv_args));
            // Without the CSV's year column: the workbook says the year in its title.
            let expected: Vec<Vec<String>> = csv::Reader::from_reader(csv.as_bytes())
                .into_records()
                .map(|r| r.unwrap().iter().skip(1).map(str::to_string).collect())
                .collect();
            let header: Vec<String> = csv::Reader::from_reader(csv.as_bytes())
                .headers()
                .unwrap()
                .iter()
                .skip(1)
                .map(str::to_string)
                .collect();

            let mut book: Xlsx<_> = open_workbook(&path).unwrap();
            let sheets = book.sheet_names();
            assert_eq!(sheets.len(), 2, "{sheets:?}");
            // The year in the sheet's name.
            let year_word = match (year[0] == "--all-years", lang) {
                (false, _) => "2024",
                (true, "de") => "alle Jahre",
                (true, _) => "all years",
            };
            assert!(sheets[0].ends_with(year_word), "{sheets:?}");
            let range = book.worksheet_range(&sheets[0]).unwrap();
            let rows: Vec<Vec<String>> = range
                .rows()
                .map(|r| {
                    r.iter()
                        .map(|c| match c {
                            Data::String(s) => s.clone(),
                            Data::Float(f) => format!("{f}"),
                            Data::Int(i) => i.to_string(),
                            Data::Empty => String::new(),
                            other => format!("{other:?}"),
                        })
                        .collect()
                })
                .collect();
            assert!(rows[0][0].ends_with(year_word), "{:?}", rows[0]);
            let stand = if lang == "de" {
                "Stand: exportiert am "
            } else {
                "As of: exported "
            };
            assert!(rows[1][0].starts_with(stand), "{:?}", rows[1]);
            assert!(rows[2].iter().all(String::is_empty));
            // The heading: the title, the members' codes, named, reported, the id.
            let got_header = &rows[3];
            let n = header.len();
            let keys = if lang == "de" {
                ["ID", "Titel", "Genannt", "Gemeldet"]
            } else {
                ["ID", "Title", "Named", "Reported"]
            };
            assert_eq!(got_header[0], keys[1]);
            assert_eq!(&got_header[1..n - 3], &header[2..n - 2], "{lang}: codes");
            assert_eq!(got_header[n - 3..], [keys[2], keys[3], keys[0]]);
            // Every cell of every row, then a blank row and the totals.
            let body = &rows[4..4 + expected.len()];
            for (got, want) in body.iter().zip(&expected) {
                let mut want_row: Vec<String> = vec![want[1].clone()];
                want_row.extend(want[2..].iter().cloned());
                want_row.push(want[0].clone());
                assert_eq!(got.len(), want_row.len());
                for (i, (g, w)) in got.iter().zip(&want_row).enumerate() {
                    if (1..n - 3).contains(&i) {
                        let word = match g.as_str() {
                            "✓" | "⌂" => words[0],
                            "·" => words[1],
                            "?" => words[2],
                            other => panic!("{lang}: mark {other:?}"),
                        };
                        assert_eq!(word, w, "{lang}: row {want:?}");
                    } else {
                        assert_eq!(g, w, "{lang}: row {want:?}");
                    }
                }
            }
            let after = &rows[4 + expected.len()..];
            assert!(after[0].iter().all(String::is_empty));
            let totals = &after[1];
            assert!(
                totals[0].contains(&expected.len().to_string()),
                "{totals:?}"
            );
            // A member's total: its "yes" cells of all rows.
            for (i, total) in totals.iter().enumerate().take(n - 3).skip(1) {
                let yes = expected.iter().filter(|r| r[i + 1] == words[0]).count();
                assert_eq!(total, &yes.to_string(), "{lang}: total of column {i}");
            }
            // The second sheet explains the marks, names the members and the sources.
            let key = book.worksheet_range(&sheets[1]).unwrap();
            let text: Vec<String> = key
                .rows()
                .flat_map(|r| r.iter().map(|c| c.to_string()).collect::<Vec<_>>())
                .collect();
            let legend = if lang == "de" {
                "✓ beteiligt"
            } else {
                "✓ takes part"
            };
            assert!(text.iter().any(|t| t.starts_with(legend)), "{text:?}");
            assert!(text.iter().any(|t| t == "Mörfelden-Walldorf"), "{text:?}");
            assert!(text.iter().any(|t| t.starts_with("https://")), "{text:?}");
        }
    }
    // The sheet as Excel reads it: only the title column frozen below the heading row,
    // landscape, one page wide, the heading row on every page, a header and a footer,
    // and each code's full name in a note.
    let path = dir.path().join("m-de-2.xlsx");
    let file = std::fs::File::open(&path).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/worksheets/sheet1.xml").unwrap(),
        &mut xml,
    )
    .unwrap();
    assert!(
        xml.contains(r#"<pane xSplit="1" ySplit="4" topLeftCell="B5""#),
        "{xml}"
    );
    assert!(xml.contains(r#"orientation="landscape""#), "{xml}");
    assert!(
        xml.contains(r#"fitToWidth="1" fitToHeight="0""#) || xml.contains(r#"fitToHeight="0""#),
        "{xml}"
    );
    assert!(xml.contains("<oddHeader>&amp;L"), "{xml}");
    assert!(
        xml.contains("<oddFooter>&amp;CSeite &amp;P von &amp;N</oddFooter>"),
        "{xml}"
    );
    let mut workbook = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("xl/workbook.xml").unwrap(), &mut workbook)
        .unwrap();
    assert!(workbook.contains("_xlnm.Print_Titles"), "{workbook}");
    let mut notes = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("xl/comments1.xml").unwrap(), &mut notes)
        .unwrap();
    assert!(notes.contains("Mörfelden-Walldorf"), "{notes}");
    // Without --output a workbook is refused (binary data is no output for a terminal).
    let o = ikz(&["matrix", "--format", "xlsx"]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("--output"), "{}", stderr(&o));
}

#[test]
fn csv_for_german_excel_has_semicolons_and_a_byte_order_mark() {
    let o = ikz(&[
        "--lang",
        "de",
        "matrix",
        "--year",
        "2024",
        "--format",
        "csv",
        "--csv-excel",
    ]);
    assert_eq!(code(&o), 0);
    let bytes = o.stdout;
    assert!(bytes.starts_with("\u{FEFF}".as_bytes()));
    let text = String::from_utf8(bytes).unwrap();
    let mut lines = text.trim_start_matches('\u{FEFF}').lines();
    let first = lines.next().unwrap();
    assert!(first.starts_with("Jahr;ID;Titel;BIE;BIS;BÜT;"), "{first}");
    assert!(first.ends_with(";Genannt;Gemeldet"), "{first}");
    let klima = lines.find(|l| l.starts_with("2024;klimaschutz;")).unwrap();
    assert!(
        klima.contains(";ja;") && klima.contains(";nein;"),
        "{klima}"
    );
    // `--csv-excel` alone is the same.
    let alone = ikz(&["--lang", "de", "matrix", "--year", "2024", "--csv-excel"]);
    assert_eq!(stdout(&alone), text);
    // The CSV for scripts is the same in every language.
    let plain = stdout(&ikz(&[
        "--lang", "de", "matrix", "--year", "2024", "--format", "csv",
    ]));
    assert!(plain.starts_with("year,id,title,BIE,"), "{plain}");
    assert!(
        plain.contains("\n2024,klimaschutz,Klimaschutz,yes,"),
        "{plain}"
    );
    assert_eq!(
        plain,
        stdout(&ikz(&[
            "--lang", "en", "matrix", "--year", "2024", "--format", "csv"
        ]))
    );
    // Beside another format, and on a command that writes no table, it is refused.
    let json = ikz(&["matrix", "--format", "json", "--csv-excel"]);
    assert_eq!(code(&json), 2);
    assert!(
        stderr(&json).contains("leave out --format json"),
        "{}",
        stderr(&json)
    );
    let check = ikz(&["check", "--csv-excel"]);
    assert_eq!(code(&check), 2);
    assert!(
        stderr(&check).contains("write a table"),
        "{}",
        stderr(&check)
    );
}

/// The CSV of the three tabular commands has the rows of their JSON, in the same order,
/// under a heading of fixed English keys.
#[test]
fn timeline_compare_and_gaps_as_csv() {
    let parse =
        |args: &[&str]| -> serde_json::Value { serde_json::from_str(&stdout(&ikz(args))).unwrap() };
    let csv = |args: &[&str]| -> Vec<Vec<String>> {
        let o = ikz(args);
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        csv::Reader::from_reader(stdout(&o).as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(String::from).collect())
            .collect()
    };
    let t = parse(&["timeline", "--format", "json"]);
    let rows = csv(&["--lang", "de", "timeline", "--format", "csv"]);
    let projects = t["projects"].as_array().unwrap();
    assert_eq!(rows.len(), projects.len());
    for (row, p) in rows.iter().zip(projects) {
        assert_eq!(row[0], p["id"].as_str().unwrap());
        let marks: Vec<&str> = p["marks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m.as_str().unwrap())
            .collect();
        assert_eq!(row[4..4 + marks.len()], marks[..], "{}", row[0]);
    }

    let c = parse(&["compare", "MW", "TRE", "--format", "json"]);
    let rows = csv(&["compare", "MW", "TRE", "--format", "csv"]);
    let listed = c["rows"].as_array().unwrap();
    assert_eq!(rows.len(), listed.len());
    for (row, r) in rows.iter().zip(listed) {
        assert_eq!(row[0], "2024");
        assert_eq!(row[1], r["project"].as_str().unwrap());
        assert_eq!(row[3], r["side"].as_str().unwrap());
        assert_eq!(row[4], r["a"].as_str().unwrap());
        assert_eq!(row[5], r["b"].as_str().unwrap());
    }

    let g = parse(&["gaps", "--format", "json"]);
    let rows = csv(&["gaps", "--format", "csv"]);
    let gaps = g.as_array().unwrap();
    assert_eq!(rows.len(), gaps.len());
    for (row, gap) in rows.iter().zip(gaps) {
        assert_eq!(row[0], gap["kind"].as_str().unwrap());
        assert_eq!(row[5], gap["line"].to_string());
    }
    let head = stdout(&ikz(&["compare", "MW", "TRE", "--format", "csv"]));
    assert!(head.starts_with("year,project,title,side,a,b\n"), "{head}");
}

/// Every command that writes a table has the CSV for scripts, with the keys and values
/// of its JSON in every language, and the CSV for Excel in the language of the output.
#[test]
fn every_table_has_both_csv() {
    let rows = |args: &[&str]| -> Vec<csv::StringRecord> {
        let o = ikz(args);
        assert_eq!(code(&o), 0, "{args:?}: {}", stderr(&o));
        let text = stdout(&o);
        let excel = text.starts_with('\u{FEFF}');
        csv::ReaderBuilder::new()
            .has_headers(false)
            .delimiter(if excel { b';' } else { b',' })
            .from_reader(text.trim_start_matches('\u{FEFF}').as_bytes())
            .records()
            .map(Result::unwrap)
            .collect()
    };
    let commands: [&[&str]; 10] = [
        &["members"],
        &["projects", "--member", "MW", "--all"],
        &["years"],
        &["participants", "klimaschutz"],
        &["member", "MW"],
        &["compare", "MW", "TRE"],
        &["timeline"],
        &["gaps"],
        &["search", "klima"],
        &["matrix"],
    ];
    for command in commands {
        let with = |lang: &str, how: &[&str]| {
            let mut args = vec!["--lang", lang];
            args.extend_from_slice(command);
            args.extend_from_slice(how);
            rows(&args)
        };
        let scripts = with("de", &["--format", "csv"]);
        assert_eq!(scripts, with("en", &["--format", "csv"]), "{command:?}");
        let excel = with("de", &["--csv-excel"]);
        assert_eq!(excel.len(), scripts.len(), "{command:?}");
        let (key, word) = (&scripts[0], &excel[0]);
        assert_eq!(key.len(), word.len(), "{command:?}");
        // Keys are lower-case ASCII (or a code, a year); the German headings differ.
        assert!(
            key.iter()
                .all(|k| !k.contains(|c: char| c.is_ascii_uppercase())
                    || k.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())),
            "{command:?}: {key:?}"
        );
        assert_ne!(key, word, "{command:?}");
    }
    // The JSON's values: a project's status and a member's answer.
    let p = rows(&[
        "--lang", "de", "projects", "--member", "MW", "--all", "--format", "csv",
    ]);
    let klima = p.iter().find(|r| &r[1] == "klimaschutz").unwrap();
    assert_eq!(&klima[0], "2024");
    assert_eq!(&klima[4], "running");
    assert_eq!(&klima[11], "yes");
    let p = rows(&[
        "--lang",
        "de",
        "projects",
        "--member",
        "MW",
        "--all",
        "--csv-excel",
    ]);
    let klima = p.iter().find(|r| &r[1] == "klimaschutz").unwrap();
    assert_eq!(&klima[4], "läuft");
    assert_eq!(&klima[11], "ja");
    assert_eq!(&p[0][11], "MW nimmt teil");
}

#[test]
fn compare_in_a_year_without_projects_says_so() {
    let o = ikz(&["compare", "MW", "TRE", "--year", "2013"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stdout(&o).ends_with("\n\nNo projects in this year.\n"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn timeline_by_field_names_each_field() {
    let o = ikz(&["timeline", "--sort", "field"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("FIELD · PROJECT"), "{out}");
    assert!(out.contains("\nAbwasser · Klärschlammentsorgung "), "{out}");
    let de = stdout(&ikz(&["timeline", "--sort", "field", "--lang", "de"]));
    assert!(de.contains("BEREICH · PROJEKT"), "{de}");
}

/// `ikz config` names the settings file and where each setting comes from; `ikz config
/// set` writes one setting (the file's comments kept), and every command then uses it.
#[test]
fn settings_come_from_the_file_and_say_where_from() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("ikz").join("config.toml");
    let config_s = config.to_str().unwrap();
    let env = [("IKZ_CONFIG", config_s), ("LANG", "C.UTF-8")];
    let o = ikz_env(&["config"], &env);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("not there yet"), "{out}");
    assert!(out.contains("lang     en"), "{out}");
    assert!(
        out.lines()
            .any(|l| l.starts_with("lang") && l.ends_with("default")),
        "{out}"
    );
    // Set the language: the file is made, and German is spoken from then on.
    let o = ikz_env(&["config", "set", "lang", "DE"], &env);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    // Said in the language it ran in.
    assert!(
        stdout(&o).contains("lang = \"de\" written to"),
        "{}",
        stdout(&o)
    );
    let o = ikz_env(&["config"], &env);
    let out = stdout(&o);
    assert!(out.starts_with("Einstellungsdatei:"), "{out}");
    assert!(
        out.lines()
            .any(|l| l.starts_with("lang") && l.ends_with("Einstellungsdatei")),
        "{out}"
    );
    // The option still wins, and says so.
    let o = ikz_env(&["config", "--lang", "en"], &env);
    assert!(
        stdout(&o)
            .lines()
            .any(|l| l.starts_with("lang") && l.ends_with("option --lang"))
    );
    // A comment of the user's stays when another setting is written.
    let kept = format!(
        "# von der IKZ-Geschäftsstelle\n{}",
        std::fs::read_to_string(&config).unwrap()
    );
    std::fs::write(&config, &kept).unwrap();
    let data = common::shipped();
    let o = ikz_env(
        &["config", "set", "data", data.path().to_str().unwrap()],
        &env,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let now = std::fs::read_to_string(&config).unwrap();
    assert!(now.starts_with(&kept), "{now}");
    let o = ikz_env(&["check"], &env);
    assert!(
        stdout(&o).contains(data.path().to_str().unwrap()),
        "{}",
        stdout(&o)
    );
    // What the file cannot hold is refused, and nothing is written.
    let o = ikz_env(&["config", "set", "colours", "never"], &env);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("meinten Sie `colors`?"),
        "{}",
        stderr(&o)
    );
    assert_eq!(std::fs::read_to_string(&config).unwrap(), now);
}

/// A settings file with mistakes: each located, the rest of the settings used, and the
/// command still answers.
#[test]
fn mistakes_in_the_settings_file_are_located_and_the_defaults_used() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "lang = \"de\"\ncolors = \"blau\"\n").unwrap();
    let env = [
        ("IKZ_CONFIG", config.to_str().unwrap()),
        ("LANG", "C.UTF-8"),
    ];
    let o = ikz_env(&["members"], &env);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("Die Einstellungsdatei hat einen Fehler"),
        "{err}"
    );
    assert!(
        err.contains("config.toml:2:10: Fehler: `colors` kann nicht „blau“ sein"),
        "{err}"
    );
    assert!(stdout(&o).contains("Mörfelden-Walldorf"));
    let o = ikz_env(&["config"], &env);
    assert!(stdout(&o).contains("config.toml:2:10"), "{}", stdout(&o));
}

/// A data folder the settings name that cannot be reached (a network drive away): the
/// built-in data, and a note that says so.
#[test]
fn a_data_folder_away_gives_the_built_in_data_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "data = '/nonexistent/S/IKZ'\n").unwrap();
    let env = [
        ("IKZ_CONFIG", config.to_str().unwrap()),
        ("LANG", "C.UTF-8"),
    ];
    let o = ikz_env(&["check"], &env);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("/nonexistent/S/IKZ cannot be reached"),
        "{}",
        stderr(&o)
    );
    assert!(stdout(&o).contains("built-in data"), "{}", stdout(&o));
}

/// `-o FILE` for any command (PowerShell's `>` writes another encoding): the output in
/// UTF-8 in the file, whole; nothing where the command fails.
#[test]
fn any_output_goes_into_a_file_whole() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("projekte.json");
    let f = file.to_str().unwrap();
    let o = ikz(&["projects", "--format", "json", "-o", f]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(stdout(&o), "");
    assert!(stderr(&o).contains(f), "{}", stderr(&o));
    let written = std::fs::read_to_string(&file).unwrap();
    assert_eq!(written, stdout(&ikz(&["projects", "--format", "json"])));
    // `check` on data with errors answers with the list of them: into the file, exit 1.
    let broken = common::shipped();
    std::fs::remove_file(broken.path().join("members.toml")).unwrap();
    let report = dir.path().join("pruefung.txt");
    let r = report.to_str().unwrap();
    let o = ikz(&["--data", broken.path().to_str().unwrap(), "check", "-o", r]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(
        std::fs::read_to_string(&report)
            .unwrap()
            .contains("members.toml")
    );
    std::fs::remove_file(&report).unwrap();
    // A command that fails leaves the file as it was.
    let o = ikz(&["participants", "gibt-es-nicht", "--output", f]);
    assert_eq!(code(&o), 2);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), written);
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(left.len(), 1, "no temporary file stays");
}

/// `-o` never replaces what is not a plain file: a link is refused, a device is written
/// into (never replaced), `-` is the output, the data being read is refused, a pipe
/// nobody reads is said; a file keeps its mode; a temporary a killed run left is cleaned.
#[cfg(unix)]
#[test]
fn output_goes_only_where_it_should() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("ziel.json");
    std::fs::write(&target, "alt").unwrap();
    let link = dir.path().join("verweis.json");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let o = ikz(&["members", "--format", "json", "-o", link.to_str().unwrap()]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(stderr(&o).contains("is a link"), "{}", stderr(&o));
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    // A device is written into, and stays a device.
    let o = ikz(&["members", "-o", "/dev/null"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(!std::fs::metadata("/dev/null").unwrap().is_file());
    // A name that asks for another format than the output's is told, not written.
    let o = ikz(&["matrix", "-o", dir.path().join("m.xlsx").to_str().unwrap()]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(stderr(&o).contains("add --format xlsx"), "{}", stderr(&o));
    assert!(!dir.path().join("m.xlsx").exists());
    // `-` is the standard output.
    let o = ikz(&["members", "--format", "json", "-o", "-"]);
    assert_eq!(stdout(&o), stdout(&ikz(&["members", "--format", "json"])));
    // The data folder's own files are refused.
    let data = common::shipped();
    let members = data.path().join("members.toml");
    let before = std::fs::read(&members).unwrap();
    let d = data.path().to_str().unwrap();
    let o = ikz(&["--data", d, "members", "-o", members.to_str().unwrap()]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(stderr(&o).contains("data folder"), "{}", stderr(&o));
    assert_eq!(std::fs::read(&members).unwrap(), before);
    // A pipe nobody reads: said at once, not waited on.
    let fifo = dir.path().join("rohr");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let o = ikz(&["members", "-o", fifo.to_str().unwrap()]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(stderr(&o).contains("nobody reads"), "{}", stderr(&o));
    // A file shared with a group stays writable for it.
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o664)).unwrap();
    let stale = dir.path().join(".ikz-export-alt");
    std::fs::write(&stale, "halb").unwrap();
    let hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(hours_ago)
        .unwrap();
    let o = ikz(&[
        "members",
        "--format",
        "json",
        "-o",
        target.to_str().unwrap(),
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o664);
    assert!(!stale.exists(), "a temporary a killed run left is cleaned");
}

/// `ikz init DIR`: the built-in data in a folder of its own, which checks clean and says
/// how to use it; a folder that is not empty is refused; `check` says when this ikz
/// brings other built-in data than the folder began as.
#[test]
fn init_writes_the_built_in_data_into_a_new_folder() {
    let dir = tempfile::tempdir().unwrap();
    let new = dir.path().join("IKZ-Daten");
    let n = new.to_str().unwrap();
    let o = ikz(&["init", n]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stdout(&o).contains(&format!("ikz config set data {n}")),
        "{}",
        stdout(&o)
    );
    let o = ikz(&["--data", n, "check"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
    assert_eq!(
        stdout(&ikz(&["--data", n, "participants", "klimaschutz"])),
        stdout(&ikz(&["participants", "klimaschutz"]))
    );
    // Not into a folder with something in it.
    let o = ikz(&["init", n]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    // A folder that began as other built-in data is told so by check.
    let origin = new.join(".ikz-origin");
    let text = std::fs::read_to_string(&origin).unwrap();
    let older = text
        .lines()
        .map(|l| {
            if l.starts_with("data") {
                "data = \"0\""
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&origin, older).unwrap();
    let o = ikz(&["--data", n, "check"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("brings other built-in data"),
        "{}",
        stderr(&o)
    );
}

/// A reader that goes away after the first line (`| head -1`) ends the CSV quietly, as
/// every other format does: exit 0, nothing on stderr.
#[cfg(unix)]
#[test]
fn csv_into_a_reader_that_goes_away_ends_quietly() {
    use std::io::{BufRead, BufReader};
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("d");
    let o = ikz(&["generate", data.to_str().unwrap(), "--projects", "2000"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    for format in ["csv", "text", "markdown"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_ikz"))
            .args([
                "--data",
                data.to_str().unwrap(),
                "matrix",
                "--format",
                format,
            ])
            .env("IKZ_CONFIG", "/nonexistent/ikz-tests/config.toml")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        // The pipe is closed here: the rest of the matrix has no reader.
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.stderr.is_empty(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// `ikz generate` writes only folders that pass `ikz check`: years past 2200 (the last a
/// data file takes) are refused at the command line.
#[test]
fn generate_writes_no_folder_that_check_refuses() {
    let dir = tempfile::tempdir().unwrap();
    let too_many = dir.path().join("a");
    let o = ikz(&["generate", too_many.to_str().unwrap(), "--years", "189"]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(!too_many.exists());
    let most = dir.path().join("b");
    let o = ikz(&["generate", most.to_str().unwrap(), "--years", "188"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let o = ikz(&["--data", most.to_str().unwrap(), "check"]);
    assert_eq!(code(&o), 0, "{}", stdout(&o));
}
