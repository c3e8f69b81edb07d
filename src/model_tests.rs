//! The model's questions: who takes part in which year, counts, years and statuses.

use super::*;

fn member(id: &str) -> Member {
    Member {
        id: id.into(),
        name: id.into(),
        kind: None,
        code: id.to_uppercase(),
        aliases: vec![],
        note: None,
        sources: vec![],
    }
}

fn project(id: &str, status: Status, start: Option<u16>, end: Option<u16>) -> Project {
    Project {
        id: id.into(),
        title: id.into(),
        field: None,
        summary: None,
        status,
        start,
        end,
        last_seen: None,
        participants: vec![],
        absent: vec![],
        reported: vec![],
        reported_sources: vec![],
        milestones: vec![],
        sources: vec![],
        note: None,
        seat: None,
        form: None,
        funding: vec![],
        awards: vec![],
    }
}

fn model(projects: Vec<Project>) -> Model {
    let members = ["aa", "bb", "cc"].map(member).to_vec();
    Model::new(
        1,
        Cooperation::default(),
        2013..=2024,
        vec![],
        members,
        projects,
        vec![],
    )
}

fn part(member: usize, joined: Option<u16>, left: Option<u16>) -> Participant {
    Participant {
        member: MemberIdx(member),
        joined,
        left,
        years: vec![],
        sources: vec![],
    }
}

#[test]
fn active_years_follow_status() {
    let m = model(vec![
        project("running", Status::Running, Some(2020), None),
        project("done", Status::Completed, Some(2017), Some(2019)),
        project("seen-once", Status::Unknown, Some(2017), None),
        project("no-year", Status::Completed, None, None),
    ]);
    assert_eq!(m.active_years(ProjectIdx(0)), Some(2020..=2024));
    assert_eq!(m.active_years(ProjectIdx(1)), Some(2017..=2019));
    assert_eq!(m.active_years(ProjectIdx(2)), Some(2017..=2017));
    assert_eq!(m.active_years(ProjectIdx(3)), None);
    assert_eq!(m.projects_in(Some(2018)), [ProjectIdx(1)]);
    assert_eq!(m.projects_in(None).len(), 4);
    let infos = m.year_infos();
    assert_eq!(infos.len(), 12);
    assert_eq!(infos[4].year, 2017);
    assert_eq!(infos[4].projects, 2);
}

#[test]
fn the_status_is_that_of_the_year_shown() {
    let m = model(vec![
        project("done", Status::Completed, Some(2021), Some(2022)),
        project("open", Status::Unknown, Some(2017), Some(2019)),
    ]);
    let done = ProjectIdx(0);
    assert_eq!(m.status_in(done, Some(2021)), Status::Running);
    assert_eq!(m.status_in(done, Some(2022)), Status::Completed);
    assert_eq!(m.status_in(done, None), Status::Completed);
    assert_eq!(m.status_in(ProjectIdx(1), Some(2018)), Status::Unknown);
}

#[test]
fn participation_changes_over_time() {
    let mut p = project("p", Status::Running, Some(2018), None);
    p.participants = vec![
        part(0, None, None),
        part(1, Some(2020), None),
        part(2, None, Some(2019)),
    ];
    p.reported = vec![(2019, 2), (2021, 2)];
    let m = model(vec![p]);
    let in_2019 = m.participation(ProjectIdx(0), Some(2019));
    assert_eq!(in_2019.listed, [MemberIdx(0), MemberIdx(2)]);
    assert_eq!(in_2019.reported, Some(2));
    assert_eq!(in_2019.cell(MemberIdx(1)), Cell::No);
    for y in [None, Some(2017), Some(2019), Some(2021)] {
        for i in 0..3 {
            let part = m.participation(ProjectIdx(0), y);
            assert_eq!(
                m.cell(ProjectIdx(0), MemberIdx(i), y),
                part.cell(MemberIdx(i))
            );
        }
    }
    let in_2021 = m.participation(ProjectIdx(0), Some(2021));
    assert_eq!(in_2021.listed, [MemberIdx(0), MemberIdx(1)]);
    assert_eq!(in_2021.cell(MemberIdx(2)), Cell::No);
    // Over all years: everyone who ever took part.
    let all = m.participation(ProjectIdx(0), None);
    assert_eq!(all.listed.len(), 3);
    assert_eq!(all.short(), "3/3");
    assert_eq!(m.projects_of(MemberIdx(1), Some(2019)), []);
    assert_eq!(m.projects_of(MemberIdx(1), Some(2020)), [ProjectIdx(0)]);
}

#[test]
fn a_count_speaks_of_its_own_year_only() {
    let mut p = project("p", Status::Running, Some(2018), None);
    p.participants = vec![part(0, None, None), part(1, None, None)];
    p.reported = vec![(2018, 2)];
    let m = model(vec![p]);
    assert_eq!(m.cell(ProjectIdx(0), MemberIdx(2), Some(2018)), Cell::No);
    // In 2019 no source gives a count: the third member may have joined.
    let later = m.participation(ProjectIdx(0), Some(2019));
    assert_eq!(later.reported, None);
    assert_eq!(later.cell(MemberIdx(2)), Cell::Unknown);
    assert_eq!(
        m.cell(ProjectIdx(0), MemberIdx(2), Some(2019)),
        Cell::Unknown
    );
}

#[test]
fn a_participant_named_for_some_years_is_unknown_in_the_others() {
    let mut p = project("p", Status::Running, Some(2017), None);
    let mut once = part(0, None, None);
    once.years = vec![2017, 2024];
    p.participants = vec![once, part(1, Some(2017), Some(2017))];
    p.reported = vec![(2017, 2), (2019, 2)];
    let m = model(vec![p]);
    let p0 = ProjectIdx(0);
    // 2017: both named, the count is reached, the third does not take part.
    assert_eq!(m.cell(p0, MemberIdx(0), Some(2017)), Cell::Yes);
    assert_eq!(m.cell(p0, MemberIdx(2), Some(2017)), Cell::No);
    // 2019: a count of 2 and no names, so nobody is known.
    for i in 0..3 {
        assert_eq!(m.cell(p0, MemberIdx(i), Some(2019)), Cell::Unknown);
    }
    // 2024: named again; the others are not known (no count).
    assert_eq!(m.cell(p0, MemberIdx(0), Some(2024)), Cell::Yes);
    assert_eq!(m.cell(p0, MemberIdx(1), Some(2024)), Cell::Unknown);
    assert_eq!(m.projects_of(MemberIdx(0), Some(2020)), []);
    assert_eq!(m.projects_of(MemberIdx(0), Some(2024)), [p0]);
    assert_eq!(m.participation(p0, None).listed.len(), 2);
}

#[test]
fn over_all_years_a_member_does_not_take_part_only_if_no_year_leaves_it_open() {
    let mut p = project("p", Status::Running, Some(2017), Some(2019));
    let mut founder = part(0, None, None);
    founder.years = vec![2017];
    p.participants = vec![founder];
    p.reported = vec![(2017, 1), (2019, 1)];
    let mut q = project("q", Status::Completed, Some(2017), Some(2018));
    q.participants = vec![part(0, None, None)];
    q.reported = vec![(2017, 1), (2018, 1)];
    let m = model(vec![p, q]);
    // 2017 names everyone, 2019 nobody: over all years the others are not known.
    let all = m.participation(ProjectIdx(0), None);
    assert!(!all.is_complete());
    assert_eq!(all.cell(MemberIdx(1)), Cell::Unknown);
    assert_eq!(m.cell(ProjectIdx(0), MemberIdx(1), None), Cell::Unknown);
    // Every year complete: the others never took part.
    let all = m.participation(ProjectIdx(1), None);
    assert!(all.is_complete());
    assert_eq!(all.cell(MemberIdx(1)), Cell::No);
    assert_eq!(m.cell(ProjectIdx(1), MemberIdx(1), None), Cell::No);
}

#[test]
fn counts_without_names_leave_members_unknown() {
    let mut p = project("p", Status::Running, Some(2024), None);
    p.reported = vec![(2024, 2)];
    let mut q = project("q", Status::Running, Some(2024), None);
    q.participants = vec![part(1, None, None)];
    let r = project("r", Status::Running, Some(2024), None);
    let m = model(vec![p, q, r]);

    let counted = m.participation(ProjectIdx(0), Some(2024));
    assert_eq!(counted.cell(MemberIdx(0)), Cell::Unknown);
    assert_eq!(counted.short(), "0/3 (2)");
    assert!(counted.has_gap());

    let named_no_count = m.participation(ProjectIdx(1), Some(2024));
    assert_eq!(named_no_count.cell(MemberIdx(1)), Cell::Yes);
    assert_eq!(named_no_count.cell(MemberIdx(0)), Cell::Unknown);
    assert_eq!(named_no_count.short(), "1/3 (?)");

    let nothing = m.participation(ProjectIdx(2), Some(2024));
    assert_eq!(nothing.short(), "0/3 (?)");
    assert!(nothing.has_gap());
}

/// Format 2: a member a source says does not take part is "no" in those years only;
/// where each member is named as taking part or as not, the list is complete.
#[test]
fn a_member_said_not_to_take_part_is_no_in_those_years() {
    let mut p = project("p", Status::Completed, Some(2023), Some(2024));
    p.participants = vec![part(0, None, None)];
    p.absent = vec![Absent {
        member: MemberIdx(1),
        years: vec![2024],
        sources: vec!["auskunft".into()],
    }];
    let m = model(vec![p.clone()]);
    let in_2024 = m.participation(ProjectIdx(0), Some(2024));
    assert_eq!(in_2024.cell(MemberIdx(1)), Cell::No);
    assert_eq!(m.cell(ProjectIdx(0), MemberIdx(1), Some(2024)), Cell::No);
    assert_eq!(in_2024.cell(MemberIdx(2)), Cell::Unknown);
    assert!(!in_2024.is_complete());
    // 2023 is not spoken of: not known there, nor over all years.
    assert_eq!(
        m.cell(ProjectIdx(0), MemberIdx(1), Some(2023)),
        Cell::Unknown
    );
    assert_eq!(m.cell(ProjectIdx(0), MemberIdx(1), None), Cell::Unknown);

    // The third member said not to take part too: everyone is accounted for in 2024.
    p.absent.push(Absent {
        member: MemberIdx(2),
        years: vec![2024],
        sources: vec![],
    });
    let m = model(vec![p]);
    let in_2024 = m.participation(ProjectIdx(0), Some(2024));
    assert!(in_2024.is_complete());
    assert_eq!(in_2024.short(), "1/3");
    assert_eq!(in_2024.count(), Some(1));
}

/// The notation for every case: all named, some named with a count, none named
/// with a count, some or none named without a count, the count reached.
#[test]
fn one_notation_reads_one_way() {
    let part = |listed: usize, reported: Option<u32>, complete: bool| Participation {
        listed: (0..listed).map(MemberIdx).collect(),
        absent: vec![],
        reported,
        members: 15,
        complete,
    };
    assert_eq!(part(15, None, true).short(), "15/15");
    assert_eq!(part(15, Some(15), true).short(), "15/15");
    assert_eq!(part(13, Some(13), true).short(), "13/15");
    assert_eq!(part(1, Some(14), false).short(), "1/15 (14)");
    assert_eq!(part(0, Some(14), false).short(), "0/15 (14)");
    assert_eq!(part(1, None, false).short(), "1/15 (?)");
    assert_eq!(part(0, None, false).short(), "0/15 (?)");
    // Over all years: a count of 11 and 11 names, but some year leaves it open. The
    // count is known, so it stands in the brackets: `?` always means "no count".
    assert_eq!(part(11, Some(11), false).short(), "11/15 (11)");
}

#[test]
fn a_full_list_is_complete_without_a_count() {
    let mut p = project("p", Status::Running, Some(2024), None);
    p.participants = (0..3).map(|i| part(i, None, None)).collect();
    let m = model(vec![p]);
    let all = m.participation(ProjectIdx(0), Some(2024));
    assert!(all.is_complete());
    assert!(!all.has_gap());
    assert_eq!(all.short(), "3/3");
}

#[test]
fn lookups_by_id() {
    let m = model(vec![project("p", Status::Running, Some(2024), None)]);
    assert_eq!(m.member_by_id("bb"), Some(MemberIdx(1)));
    assert_eq!(m.member_by_id("zz"), None);
    assert_eq!(m.project_by_id("p"), Some(ProjectIdx(0)));
    assert_eq!(Status::parse("running"), Some(Status::Running));
    assert_eq!(Kind::parse("Gemeinde"), Some(Kind::Gemeinde));
    assert_eq!(Kind::parse("gemeinde"), None);
}
