use super::*;
use crate::data::{Origin, load};
use crate::present::export;
use crate::present::matrix as format;
use crate::present::words::Lang;

fn shipped() -> Model {
    let loaded = load(&Origin::BuiltIn);
    assert_eq!(loaded.errors(), 0);
    loaded.model
}

fn grid(model: &Model, spec: Spec) -> Grid {
    Grid::build(model, &Keys::new(model), spec)
}

fn titles(model: &Model, g: &Grid) -> Vec<String> {
    g.rows
        .iter()
        .map(|r| model.project(r.project).title.clone())
        .collect()
}

fn codes(model: &Model, g: &Grid) -> Vec<String> {
    g.columns
        .iter()
        .map(|&m| model.member(m).code.clone())
        .collect()
}

fn year(y: u16) -> Spec {
    Spec {
        year: Some(y),
        ..Spec::default()
    }
}

#[test]
fn the_2024_matrix_of_the_shipped_data() {
    let model = shipped();
    let g = grid(&model, year(2024));
    assert_eq!(g.rows.len(), model.projects_in(Some(2024)).len());
    assert_eq!(g.unfiltered, g.rows.len());
    assert_eq!(g.columns.len(), 15);
    // Sorted by title, ä as ae.
    let t = titles(&model, &g);
    let mut sorted = t.clone();
    sorted.sort_by_key(|s| crate::text::fold(s));
    assert_eq!(t, sorted);
    // Feuerwehrbedarf names all 15; Klimaschutz names 14 and not Trebur; Smart Region
    // reports 14 and names none.
    let fw = g
        .rows
        .iter()
        .position(|r| model.project(r.project).id == "feuerwehrbedarf")
        .unwrap();
    assert!((0..15).all(|c| g.cell(fw, c) == Some(Cell::Yes)));
    assert_eq!(g.rows[fw].total(), "15/15");
    let row = |id: &str| {
        g.rows
            .iter()
            .position(|r| model.project(r.project).id == id)
            .unwrap()
    };
    let klima = row("klimaschutz");
    let trebur = 13;
    assert_eq!(model.member(g.columns[trebur]).code, "TRE");
    assert_eq!(g.cell(klima, 0), Some(Cell::Yes));
    assert_eq!(g.cell(klima, trebur), Some(Cell::No));
    assert_eq!(g.rows[klima].total(), "14/15");
    assert!(g.rows[klima].part.is_complete());
    let smart = row("smart-region");
    assert_eq!(g.cell(smart, 0), Some(Cell::Unknown));
    assert_eq!(g.rows[smart].total(), "0/15 (14)");
    assert_eq!(g.rows[smart].part.reported, Some(14));
    // Every member is named in Feuerwehrbedarf at least.
    assert!(g.column_totals.iter().all(|&n| n >= 1));
    assert_eq!(g.cell(99, 0), None);
    assert_eq!(g.cell(0, 99), None);
}

#[test]
fn every_cell_agrees_with_the_model() {
    let model = shipped();
    for y in std::iter::once(None).chain(model.years.clone().map(Some)) {
        let g = grid(
            &model,
            Spec {
                year: y,
                ..Spec::default()
            },
        );
        for (r, row) in g.rows.iter().enumerate() {
            let part = model.participation(row.project, y);
            for (c, &m) in g.columns.iter().enumerate() {
                assert_eq!(g.cell(r, c), Some(part.cell(m)));
            }
        }
        for (c, &m) in g.columns.iter().enumerate() {
            assert_eq!(g.column_totals[c], model.projects_of(m, y).len(), "{y:?}");
        }
    }
}

#[test]
fn rows_sort_by_title_start_and_count() {
    let model = shipped();
    let by = |rows| {
        grid(
            &model,
            Spec {
                rows,
                ..Spec::default()
            },
        )
    };
    let start = by(RowOrder::Start);
    let starts: Vec<Option<u16>> = start
        .rows
        .iter()
        .map(|r| model.project(r.project).start)
        .collect();
    let known: Vec<u16> = starts.iter().flatten().copied().collect();
    assert!(known.windows(2).all(|w| w[0] <= w[1]), "{starts:?}");
    // Unknown start years come last.
    let first_unknown = starts.iter().position(Option::is_none);
    if let Some(i) = first_unknown {
        assert!(starts[i..].iter().all(Option::is_none));
    }
    let count = by(RowOrder::Count);
    let counts: Vec<usize> = count
        .rows
        .iter()
        .map(|r| r.part.count().unwrap_or(r.part.listed.len()))
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    assert_eq!(
        model.project(count.rows[0].project).id,
        "feuerwehrbedarf",
        "15 of 15 comes first"
    );
    assert_eq!(RowOrder::Count.next(), RowOrder::Title);
}

#[test]
fn columns_sort_by_name_and_count() {
    let model = shipped();
    let by = |columns| {
        grid(
            &model,
            Spec {
                columns,
                ..Spec::default()
            },
        )
    };
    let data = by(ColumnOrder::Data);
    assert_eq!(codes(&model, &data)[0], "BIE");
    assert_eq!(codes(&model, &data)[14], "KGG");
    let name = by(ColumnOrder::Name);
    let names: Vec<String> = name
        .columns
        .iter()
        .map(|&m| crate::text::fold(&model.member(m).name))
        .collect();
    assert!(names.windows(2).all(|w| w[0] <= w[1]), "{names:?}");
    let count = by(ColumnOrder::Count);
    assert!(count.column_totals.windows(2).all(|w| w[0] >= w[1]));
    // The members in more projects come first, then the data order.
    assert_eq!(&codes(&model, &count)[..3], ["BIE", "GIG", "BIS"]);
    assert_eq!(ColumnOrder::Count.next(), ColumnOrder::Data);
}

#[test]
fn the_filter_is_fuzzy_and_german_aware() {
    let model = shipped();
    let filtered = |filter: &str| {
        let g = grid(
            &model,
            Spec {
                filter: filter.into(),
                ..Spec::default()
            },
        );
        titles(&model, &g)
    };
    let klaer = filtered("klaer");
    assert!(
        klaer.contains(&"Klärschlammentsorgung".to_string()),
        "{klaer:?}"
    );
    assert!(
        klaer.contains(&"Klärschlammverwertung".to_string()),
        "{klaer:?}"
    );
    assert!(!klaer.contains(&"Klimaschutz".to_string()), "{klaer:?}");
    assert_eq!(filtered("klar"), klaer);
    assert_eq!(filtered("Klimaschutz"), ["Klimaschutz"]);
    assert!(filtered("inf sich").contains(&"Informationssicherheit".to_string()));
    assert!(filtered("zzzz").is_empty());
    assert_eq!(filtered("  ").len(), model.projects.len());
    let g = grid(
        &model,
        Spec {
            filter: "klaer".into(),
            ..Spec::default()
        },
    );
    assert_eq!(g.unfiltered, model.projects.len());
}

/// A minimal RFC 4180 reader is not needed: the csv crate reads the export back.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn the_csv_parses_back_to_the_same_cells() {
    let model = shipped();
    for spec in [
        Spec::default(),
        year(2024),
        Spec {
            year: Some(2017),
            filter: "kl".into(),
            rows: RowOrder::Count,
            columns: ColumnOrder::Name,
        },
    ] {
        let g = grid(&model, spec);
        // The CSV for scripts is the same in every language: fixed English keys.
        let csv = format::csv(&model, &g, Lang::De);
        assert_eq!(csv, format::csv(&model, &g, Lang::En));
        let records = read_csv(&csv);
        assert_eq!(records.len(), g.rows.len() + 1);
        let head = &records[0];
        assert_eq!(head[..3], ["year", "id", "title"]);
        assert_eq!(head[3..3 + g.columns.len()], codes(&model, &g)[..]);
        let year = g.spec.year.map_or_else(String::new, |y| y.to_string());
        for (r, row) in g.rows.iter().enumerate() {
            let record = &records[r + 1];
            assert_eq!(record[0], year);
            assert_eq!(record[1], model.project(row.project).id);
            assert_eq!(record[2], model.project(row.project).title);
            for c in 0..g.columns.len() {
                let cell = match record[3 + c].as_str() {
                    "yes" => Cell::Yes,
                    "no" => Cell::No,
                    "unknown" => Cell::Unknown,
                    other => panic!("not a cell: {other}"),
                };
                assert_eq!(Some(cell), g.cell(r, c));
            }
            assert_eq!(
                record[3 + g.columns.len()],
                row.part.listed.len().to_string()
            );
        }
    }
}

#[test]
fn text_and_markdown_show_marks_totals_and_what_is_shown() {
    let model = shipped();
    let g = grid(
        &model,
        Spec {
            year: Some(2024),
            filter: "klima".into(),
            rows: RowOrder::Count,
            columns: ColumnOrder::Name,
        },
    );
    let md = format::markdown(&model, &g, Lang::En);
    assert!(md.starts_with("## Projects × members, 2024\n"), "{md}");
    assert!(md.contains("match the filter \"klima\""), "{md}");
    assert!(md.contains("rows by participation"), "{md}");
    assert!(md.contains("columns by name"), "{md}");
    assert!(md.contains("| Klimaschutz | ✓ |"), "{md}");
    assert!(md.contains("14/15"), "{md}");
    assert!(md.contains("BIE Biebesheim am Rhein"), "{md}");
    let text = format::text(&model, &g, Lang::En);
    assert!(text.contains("Named in (projects)"), "{text}");
    // Under Trebur (the last column): named in none of the two, may be in one.
    let last = |label: &str| {
        let line = text
            .lines()
            .find(|l| l.starts_with(label))
            .unwrap_or_default();
        line.split_whitespace()
            .last()
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(last("Named in"), "0", "{text}");
    assert_eq!(last("May be in"), "+1", "{text}");
    assert!(text.contains(Lang::En.texts().export.legend), "{text}");
}

#[test]
fn exports_never_overwrite_and_leave_no_temporary_files() {
    let model = shipped();
    let g = grid(&model, year(2024));
    let dir = tempfile::tempdir().unwrap();
    let first = export::write(
        dir.path(),
        &model,
        &g,
        crate::present::words::Lang::En,
        &export::Kind::ALL,
        &Default::default(),
    )
    .unwrap();
    assert_eq!(first.files[2], dir.path().join("ikz-matrix-2024.csv"));
    assert_eq!(first.files[3], dir.path().join("ikz-matrix-2024.md"));
    assert_eq!(
        std::fs::read_to_string(&first.files[2]).unwrap(),
        format::csv(&model, &g, Lang::En)
    );
    assert_eq!(
        std::fs::read_to_string(&first.files[3]).unwrap(),
        format::markdown(&model, &g, Lang::En)
    );
    // A second export takes the next free name; a stray file of one kind counts too.
    std::fs::write(dir.path().join("ikz-matrix-2024-2.md"), "mine").unwrap();
    let second = export::write(
        dir.path(),
        &model,
        &g,
        crate::present::words::Lang::En,
        &export::Kind::ALL,
        &Default::default(),
    )
    .unwrap();
    assert_eq!(second.files[2], dir.path().join("ikz-matrix-2024-3.csv"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("ikz-matrix-2024-2.md")).unwrap(),
        "mine"
    );
    let all = grid(&model, Spec::default());
    let third = export::write(
        dir.path(),
        &model,
        &all,
        crate::present::words::Lang::En,
        &export::Kind::ALL,
        &Default::default(),
    )
    .unwrap();
    assert_eq!(third.files[2], dir.path().join("ikz-matrix-all-years.csv"));
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "ikz-matrix-2024-2.md",
            "ikz-matrix-2024-3-excel.csv",
            "ikz-matrix-2024-3.csv",
            "ikz-matrix-2024-3.md",
            "ikz-matrix-2024-3.xlsx",
            "ikz-matrix-2024-excel.csv",
            "ikz-matrix-2024.csv",
            "ikz-matrix-2024.md",
            "ikz-matrix-2024.xlsx",
            "ikz-matrix-all-years-excel.csv",
            "ikz-matrix-all-years.csv",
            "ikz-matrix-all-years.md",
            "ikz-matrix-all-years.xlsx",
        ]
    );
}

#[test]
fn an_export_into_a_missing_folder_fails_with_an_error() {
    let model = shipped();
    let g = grid(&model, year(2024));
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("gone");
    assert!(
        export::write(
            &missing,
            &model,
            &g,
            crate::present::words::Lang::En,
            &export::Kind::ALL,
            &Default::default()
        )
        .is_err()
    );
}

#[test]
fn the_total_width_is_counted_right() {
    let model = shipped();
    let big = crate::data::generate::load(crate::data::generate::Size {
        members: 120,
        projects: 300,
        years: 12,
        seed: 5,
    })
    .model;
    for m in [&model, &big] {
        for y in std::iter::once(None).chain(m.years.clone().map(Some)) {
            let g = grid(
                m,
                Spec {
                    year: y,
                    ..Spec::default()
                },
            );
            for row in &g.rows {
                assert_eq!(row.total_width(), row.total().width(), "{}", row.total());
            }
        }
    }
}

#[test]
fn the_filter_keeps_each_target_of_the_ranking_table_and_drops_the_noise() {
    use crate::query::search::tests::{noise, ranking};
    let model = crate::data::load(&crate::data::Origin::BuiltIn).model;
    let keys = Keys::new(&model);
    let titles = |q: &str| -> Vec<String> {
        let spec = Spec {
            filter: q.to_string(),
            ..Spec::default()
        };
        Grid::build(&model, &keys, spec)
            .rows
            .iter()
            .map(|r| model.project(r.project).title.clone())
            .collect()
    };
    let is_project = |name: &str| model.projects.iter().any(|p| p.title == name);
    let mut wrong = Vec::new();
    for (q, want) in ranking().into_iter().filter(|(_, w)| is_project(w)) {
        if !titles(q).iter().any(|t| t == want) {
            wrong.push(format!("{q:?} drops {want:?}"));
        }
    }
    for (q, not) in noise().into_iter().filter(|(_, n)| is_project(n)) {
        if titles(q).iter().any(|t| t == not) {
            wrong.push(format!("{q:?} keeps {not:?}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
