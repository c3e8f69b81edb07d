//! The data shipped in `data/`: it passes every check, the copy built into the binary is
//! the same as the folder, and the facts that the sources state are there.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use ikz::data::{Loaded, Origin, load};
use ikz::model::{Cell, Kind, Status};

fn shipped() -> Loaded {
    load(&Origin::BuiltIn)
}

#[test]
fn shipped_data_has_no_error_and_no_warning() {
    let loaded = shipped();
    let problems: Vec<String> = loaded.diagnostics.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn built_in_copy_matches_the_data_folder() {
    let folder = load(&Origin::Folder(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("data"),
    ));
    let built_in = shipped();
    assert!(folder.diagnostics.is_empty());
    assert_eq!(folder.files, built_in.files);
    let ids = |l: &Loaded| {
        l.model
            .projects
            .iter()
            .map(|p| p.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&folder), ids(&built_in));
}

#[test]
fn fifteen_members_with_kinds_only_where_a_source_says() {
    let m = shipped().model;
    assert_eq!(m.members.len(), 15);
    let with_kind: Vec<(&str, Kind)> = m
        .members
        .iter()
        .filter_map(|x| x.kind.map(|k| (x.code.as_str(), k)))
        .collect();
    assert_eq!(
        with_kind,
        [
            ("GIG", Kind::Stadt),
            ("RAU", Kind::Stadt),
            ("RÜS", Kind::Stadt),
            ("KGG", Kind::Landkreis)
        ]
    );
}

#[test]
fn projects_of_2024_with_their_reported_counts() {
    let m = shipped().model;
    let counts: Vec<(&str, Option<u32>)> = m
        .projects_in(Some(2024))
        .into_iter()
        .map(|p| {
            (
                m.project(p).id.as_str(),
                m.participation(p, Some(2024)).reported,
            )
        })
        .collect();
    let mut counts = counts;
    counts.sort();
    assert_eq!(
        counts,
        [
            ("feuerwehrbedarf", Some(15)),
            ("hinweisgeberschutz", Some(13)),
            ("hitzeaktionsplanung", Some(14)),
            ("informationssicherheit", Some(13)),
            ("klaerschlammverwertung", Some(8)),
            ("klimaschutz", Some(14)),
            ("reinigung-kommunaler-liegenschaften", Some(8)),
            ("smart-region", Some(14)),
        ]
    );
}

#[test]
fn only_named_participants_are_listed() {
    let m = shipped().model;
    let named: Vec<(&str, usize)> = m
        .projects
        .iter()
        .filter(|p| !p.participants.is_empty())
        .map(|p| (p.id.as_str(), p.participants.len()))
        .collect();
    assert_eq!(
        named,
        [
            ("foerdermittelmanagement", 1),
            ("feuerwehrbedarf", 15),
            ("baubetriebshoefe-raunheim-ruesselsheim", 2)
        ]
    );
    let klima = m.project_by_id("klimaschutz").unwrap();
    let part = m.participation(klima, Some(2024));
    assert_eq!(part.gap().as_deref(), Some("14 of 15 reported, 0 listed"));
    assert!(m.member_indices().all(|x| part.cell(x) == Cell::Unknown));
}

#[test]
fn every_project_and_report_names_a_known_source() {
    let m = shipped().model;
    for p in &m.projects {
        assert!(!p.sources.is_empty(), "{}", p.id);
        assert!(
            p.sources.iter().all(|s| m.source_by_id(s).is_some()),
            "{}",
            p.id
        );
    }
    for r in &m.reports {
        assert!(!r.sources.is_empty(), "report {}", r.number);
    }
}

#[test]
fn reports_and_milestones_by_year() {
    let m = shipped().model;
    let numbers: Vec<(u16, u32)> = m.reports.iter().map(|r| (r.year, r.number)).collect();
    assert_eq!(
        numbers,
        [
            (2015, 2),
            (2016, 3),
            (2017, 4),
            (2019, 6),
            (2021, 8),
            (2022, 9),
            (2024, 11)
        ]
    );
    assert_eq!(m.report_for(2024).unwrap().pages, Some(28));
    assert_eq!(m.cooperation.since, Some(2013));
    let info = m.project(m.project_by_id("informationssicherheit").unwrap());
    assert_eq!(
        (info.status, info.start, info.end),
        (Status::Completed, Some(2024), Some(2024))
    );
}
