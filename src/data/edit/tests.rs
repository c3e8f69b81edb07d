//! Each kind of edit on the shipped files and on copies of them as other editors write
//! them (CR LF, a byte-order mark, comments inside the arrays): the lines expected to
//! change are written out here, independently of the writer.

use super::*;

const KLIMA: &str = include_str!("../../../data/projects/klimaschutz.toml");
const GAST: &str = include_str!("../../../data/projects/gaststaettenrecht.toml");

fn members() -> Vec<String> {
    [
        "biebesheim-am-rhein",
        "bischofsheim",
        "buettelborn",
        "gernsheim",
        "ginsheim-gustavsburg",
        "gross-gerau",
        "kelsterbach",
        "moerfelden-walldorf",
        "nauheim",
        "raunheim",
        "riedstadt",
        "ruesselsheim-am-main",
        "stockstadt-am-rhein",
        "trebur",
        "kreis-gross-gerau",
    ]
    .map(String::from)
    .to_vec()
}

fn set(text: &str, edit: &Edit) -> Option<String> {
    let members = members();
    let cx = Context {
        members: &members,
        start: Some(2022),
        last: Some(2025),
    };
    apply(text.as_bytes().to_vec(), edit, &cx)
        .unwrap()
        .map(|b| String::from_utf8(b).unwrap())
}

fn takes(member: &str, years: RangeInclusive<u16>, state: State, source: &str) -> Edit {
    Edit::Takes {
        member: member.into(),
        years,
        state,
        source: (state != State::Unknown).then(|| source.to_string()),
    }
}

/// The lines taken out and the lines put in, in order.
fn diff(before: &str, after: &str) -> (Vec<String>, Vec<String>) {
    let d = similar::TextDiff::from_lines(before, after);
    let mut out = (Vec::new(), Vec::new());
    for c in d.iter_all_changes() {
        let line = c.value().trim_end_matches(['\n', '\r']).to_string();
        match c.tag() {
            similar::ChangeTag::Delete => out.0.push(line),
            similar::ChangeTag::Insert => out.1.push(line),
            similar::ChangeTag::Equal => {}
        }
    }
    out
}

fn crlf(s: &str) -> String {
    s.replace('\n', "\r\n")
}

#[test]
fn a_member_said_not_to_take_part_is_one_new_line_in_a_new_array() {
    let after = set(KLIMA, &takes("trebur", 2024..=2024, State::No, "pm-2024")).unwrap();
    let (out, into) = diff(KLIMA, &after);
    assert!(out.is_empty(), "{out:?}");
    assert_eq!(
        into,
        [
            "not_participating = [",
            r#"  { member = "trebur", years = [2024], sources = ["pm-2024"] },"#,
            "]",
        ]
    );
    // Right after the participants.
    let at = after.find("not_participating").unwrap();
    assert!(after[..at].ends_with("]\n"));
    assert!(after[at..].contains("\nreported = ["));
    // A second year from the same source goes into the same entry.
    let again = set(&after, &takes("trebur", 2025..=2025, State::No, "pm-2024")).unwrap();
    let (out, into) = diff(&after, &again);
    assert_eq!(
        out,
        [r#"  { member = "trebur", years = [2024], sources = ["pm-2024"] },"#]
    );
    assert_eq!(
        into,
        [r#"  { member = "trebur", years = [2024, 2025], sources = ["pm-2024"] },"#]
    );
}

#[test]
fn not_known_takes_out_only_that_year() {
    let after = set(KLIMA, &takes("raunheim", 2025..=2025, State::Unknown, "")).unwrap();
    let (out, into) = diff(KLIMA, &after);
    assert_eq!(
        out,
        [r#"  { member = "raunheim", years = [2025], sources = ["mw-klima-2025"] },"#]
    );
    assert!(into.is_empty(), "{into:?}");
}

#[test]
fn a_year_from_a_source_that_says_another_year_joins_its_entry() {
    let after = set(
        KLIMA,
        &takes("raunheim", 2023..=2023, State::Yes, "gg-klimaschutz-2024"),
    )
    .unwrap();
    let (out, into) = diff(KLIMA, &after);
    assert_eq!(
        out,
        [r#"  { member = "raunheim", years = [2024], sources = ["gg-klimaschutz-2024"] },"#]
    );
    assert_eq!(
        into,
        [r#"  { member = "raunheim", years = [2023, 2024], sources = ["gg-klimaschutz-2024"] },"#]
    );
}

#[test]
fn what_the_data_says_from_another_source_too_keeps_its_sources() {
    // 2024 and 2025 said already, each by its own source: pm-2024 is added to both.
    let after = set(
        KLIMA,
        &takes("raunheim", 2024..=2025, State::Yes, "pm-2024"),
    )
    .unwrap();
    let (out, into) = diff(KLIMA, &after);
    assert_eq!(out.len(), 2, "{out:?}");
    assert_eq!(
        into,
        [
            r#"  { member = "raunheim", years = [2024], sources = ["gg-klimaschutz-2024", "pm-2024"] },"#,
            r#"  { member = "raunheim", years = [2025], sources = ["mw-klima-2025", "pm-2024"] },"#,
        ]
    );
    // Said already from this source too: nothing to write.
    assert_eq!(
        set(
            &after,
            &takes("raunheim", 2024..=2025, State::Yes, "pm-2024")
        ),
        None
    );
    // What changes is said by the new source alone: a yes that becomes a no.
    let no = set(KLIMA, &takes("raunheim", 2025..=2025, State::No, "pm-2024")).unwrap();
    assert!(no.contains(r#"{ member = "raunheim", years = [2025], sources = ["pm-2024"] }"#));
    assert!(!no.contains(r#""raunheim", years = [2025], sources = ["mw-klima-2025"]"#));
    // The same count from another source: both; another count: the new source alone.
    let same = Edit::Count {
        year: 2025,
        count: Some(14),
        source: Some("pm-2024".into()),
    };
    let (_, into) = diff(KLIMA, &set(KLIMA, &same).unwrap());
    assert_eq!(
        into,
        [r#"  { year = 2025, count = 14, sources = ["mw-klima-2025", "pm-2024"] },"#]
    );
    let again = Edit::Count {
        year: 2025,
        count: Some(14),
        source: Some("mw-klima-2025".into()),
    };
    assert_eq!(set(KLIMA, &again), None);
}

#[test]
fn what_the_file_says_already_changes_nothing() {
    assert_eq!(
        set(
            KLIMA,
            &takes("raunheim", 2024..=2024, State::Yes, "gg-klimaschutz-2024")
        ),
        None
    );
    assert_eq!(
        set(KLIMA, &takes("trebur", 2023..=2023, State::Unknown, "")),
        None
    );
}

#[test]
fn a_new_member_goes_in_the_members_order() {
    let after = set(
        GAST,
        &takes("buettelborn", 2024..=2024, State::Yes, "pm-2024"),
    )
    .unwrap();
    let (out, into) = diff(GAST, &after);
    assert!(out.is_empty(), "{out:?}");
    assert_eq!(
        into,
        [r#"  { member = "buettelborn", years = [2024], sources = ["pm-2024"] },"#]
    );
    // After Bischofsheim's last entry, before Ginsheim-Gustavsburg's first.
    let line = after
        .lines()
        .position(|l| l.contains("\"buettelborn\""))
        .unwrap();
    let before = after.lines().nth(line - 1).unwrap();
    let next = after.lines().nth(line + 1).unwrap();
    assert!(
        before.contains("\"bischofsheim\", years = [2025]"),
        "{before}"
    );
    assert!(
        next.contains("\"ginsheim-gustavsburg\", years = [2023]"),
        "{next}"
    );
}

#[test]
fn counts_in_year_order() {
    let add = Edit::Count {
        year: 2023,
        count: Some(12),
        source: Some("pm-2024".into()),
    };
    let after = set(KLIMA, &add).unwrap();
    let (out, into) = diff(KLIMA, &after);
    assert!(out.is_empty());
    assert_eq!(
        into,
        [r#"  { year = 2023, count = 12, sources = ["pm-2024"] },"#]
    );
    let i = after.find("year = 2023, count").unwrap();
    assert!(i < after.find("year = 2024, count").unwrap());
    let change = Edit::Count {
        year: 2025,
        count: Some(13),
        source: Some("pm-2024".into()),
    };
    let (out, into) = diff(KLIMA, &set(KLIMA, &change).unwrap());
    assert_eq!(
        out,
        [r#"  { year = 2025, count = 14, sources = ["mw-klima-2025"] },"#]
    );
    assert_eq!(
        into,
        [r#"  { year = 2025, count = 13, sources = ["pm-2024"] },"#]
    );
    let remove = Edit::Count {
        year: 2025,
        count: None,
        source: None,
    };
    let (out, into) = diff(KLIMA, &set(KLIMA, &remove).unwrap());
    assert_eq!(out.len(), 1);
    assert!(into.is_empty());
}

#[test]
fn windows_line_ends_and_a_byte_order_mark_stay() {
    let edits = [
        takes("trebur", 2024..=2024, State::No, "pm-2024"),
        takes("raunheim", 2025..=2025, State::Unknown, ""),
        takes("raunheim", 2023..=2023, State::Yes, "gg-klimaschutz-2024"),
        Edit::Count {
            year: 2023,
            count: Some(12),
            source: Some("pm-2024".into()),
        },
    ];
    for edit in &edits {
        let lf = set(KLIMA, edit).unwrap();
        let windows = format!("\u{feff}{}", crlf(KLIMA));
        let after = set(&windows, edit).unwrap();
        assert_eq!(after, format!("\u{feff}{}", crlf(&lf)), "{edit:?}");
    }
    // A file without a final line end keeps it so.
    let cut = KLIMA.trim_end_matches('\n');
    let after = set(cut, &edits[0]).unwrap();
    assert!(!after.ends_with('\n'));
}

#[test]
fn comments_stay_beside_their_entries() {
    let commented = KLIMA
        .replace(
            "  { member = \"raunheim\", years = [2024], sources = [\"gg-klimaschutz-2024\"] },",
            "  # Raunheim: both years confirmed\n  { member = \"raunheim\", years = [2024], sources = [\"gg-klimaschutz-2024\"] }, # the Kreis' page",
        )
        .replace(
            "  { member = \"nauheim\", years = [2025], sources = [\"mw-klima-2025\"] },",
            "  { member = \"nauheim\", years = [2025], sources = [\"mw-klima-2025\"] }, # Nauheim's note",
        );
    // Raunheim 2025 out: the comments at 2024 stay; Nauheim's stays with Nauheim.
    let after = set(
        &commented,
        &takes("raunheim", 2025..=2025, State::Unknown, ""),
    )
    .unwrap();
    let (out, into) = diff(&commented, &after);
    assert_eq!(out.len(), 1, "{out:?}");
    assert!(into.is_empty());
    assert!(
        after.contains(
            "# Raunheim: both years confirmed\n  { member = \"raunheim\", years = [2024]"
        )
    );
    assert!(after.contains("[\"mw-klima-2025\"] }, # Nauheim's note"));
    // Raunheim 2024 changed: its line's comment stays at its end.
    let after = set(
        &commented,
        &takes("raunheim", 2024..=2024, State::Yes, "pm-2024"),
    )
    .unwrap();
    assert!(
        after.contains(
            "years = [2024], sources = [\"gg-klimaschutz-2024\", \"pm-2024\"] }, # the Kreis' page"
        ),
        "{after}"
    );
}

#[test]
fn a_span_of_years_is_split_around_the_edit() {
    let text = "id = \"x\"\nstart = 2020\nparticipants = [\n  \"raunheim\",\n  { member = \"trebur\", joined = 2021 },\n]\n";
    let members = members();
    let cx = Context {
        members: &members,
        start: Some(2020),
        last: Some(2025),
    };
    let edit = takes("raunheim", 2022..=2023, State::No, "pm-2024");
    let after = String::from_utf8(
        apply(text.as_bytes().to_vec(), &edit, &cx)
            .unwrap()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(
        after,
        "id = \"x\"\nstart = 2020\nparticipants = [\n  { member = \"raunheim\", left = 2021 },\n  { member = \"raunheim\", joined = 2024 },\n  { member = \"trebur\", joined = 2021 },\n]\nnot_participating = [\n  { member = \"raunheim\", years = [2022, 2023], sources = [\"pm-2024\"] },\n]\n"
    );
    // At the first year: only the part after.
    let edit = takes("trebur", 2021..=2021, State::Unknown, "");
    let after = String::from_utf8(
        apply(text.as_bytes().to_vec(), &edit, &cx)
            .unwrap()
            .unwrap(),
    )
    .unwrap();
    assert!(
        after.contains("{ member = \"trebur\", joined = 2022 },\n]"),
        "{after}"
    );
}

#[test]
fn ikz_toml_says_format_2() {
    assert_eq!(
        format_2(b"# c\r\nformat = 1\r\n[coverage]\r\n".to_vec()).unwrap(),
        b"# c\r\nformat = 2\r\n[coverage]\r\n"
    );
    assert_eq!(
        format_2(b"# c\n\n[coverage]\nfirst_year = 1\n".to_vec()).unwrap(),
        b"# c\n\nformat = 2\n[coverage]\nfirst_year = 1\n"
    );
    assert_eq!(format_2(b"format = 2\n".to_vec()), None);
}
