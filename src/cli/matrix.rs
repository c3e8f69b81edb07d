//! `ikz matrix`: projects × members, as text, CSV, Markdown or JSON.

use std::fmt::Write as _;

use serde::Serialize;

use super::table::{aligned, csv_row, md_row, truncate};
use super::{MatrixFormat, Outcome};
use crate::model::{Cell, Model, Participation, ProjectIdx};

/// Widest project title in the text matrix (display columns); longer ones are cut.
const TITLE_WIDTH: usize = 40;

/// The mark of a cell in the text and Markdown matrix: never colour alone.
pub fn mark(cell: Cell) -> &'static str {
    match cell {
        Cell::Yes => "✓",
        Cell::No => "·",
        Cell::Unknown => "?",
    }
}

/// The word of a cell in CSV.
pub fn word(cell: Cell) -> &'static str {
    match cell {
        Cell::Yes => "yes",
        Cell::No => "no",
        Cell::Unknown => "unknown",
    }
}

#[derive(Serialize)]
struct MatrixJson<'a> {
    year: Option<u16>,
    members: Vec<MemberHead<'a>>,
    projects: Vec<RowJson<'a>>,
}

#[derive(Serialize)]
struct MemberHead<'a> {
    id: &'a str,
    code: &'a str,
    name: &'a str,
    /// Projects in the matrix that name this member as taking part.
    projects: usize,
}

#[derive(Serialize)]
struct RowJson<'a> {
    id: &'a str,
    title: &'a str,
    /// One cell per member, in the order of `members`.
    cells: Vec<Cell>,
    listed: usize,
    reported: Option<u32>,
}

pub fn matrix(model: &Model, year: Option<u16>, format: MatrixFormat) -> Outcome {
    let rows: Vec<(ProjectIdx, Participation)> = model
        .projects_in(year)
        .into_iter()
        .map(|p| (p, model.participation(p, year)))
        .collect();
    let named = |m| {
        rows.iter()
            .filter(|(_, part)| part.cell(m) == Cell::Yes)
            .count()
    };
    let total = |part: &Participation| {
        let mut s = part.short();
        if part
            .reported
            .is_some_and(|r| r as usize != part.listed.len())
        {
            let _ = write!(s, " ({} named)", part.listed.len());
        }
        s
    };
    let codes: Vec<String> = model.members.iter().map(|m| m.code.clone()).collect();

    let out = match format {
        MatrixFormat::Json => {
            let json = MatrixJson {
                year,
                members: model
                    .member_indices()
                    .map(|m| {
                        let member = model.member(m);
                        MemberHead {
                            id: &member.id,
                            code: &member.code,
                            name: &member.name,
                            projects: named(m),
                        }
                    })
                    .collect(),
                projects: rows
                    .iter()
                    .map(|(p, part)| RowJson {
                        id: &model.project(*p).id,
                        title: &model.project(*p).title,
                        cells: model.member_indices().map(|m| part.cell(m)).collect(),
                        listed: part.listed.len(),
                        reported: part.reported,
                    })
                    .collect(),
            };
            match serde_json::to_string_pretty(&json) {
                Ok(s) => s + "\n",
                Err(e) => return Outcome::usage(format!("cannot write JSON: {e}")),
            }
        }
        MatrixFormat::Csv => {
            let mut head = vec!["id".to_string(), "title".to_string()];
            head.extend(codes.iter().cloned());
            head.extend(["listed".into(), "reported".into()]);
            let mut out = csv_row(&head);
            for (p, part) in &rows {
                let project = model.project(*p);
                let mut row = vec![project.id.clone(), project.title.clone()];
                row.extend(
                    model
                        .member_indices()
                        .map(|m| word(part.cell(m)).to_string()),
                );
                row.push(part.listed.len().to_string());
                row.push(part.reported.map_or_else(String::new, |r| r.to_string()));
                out.push_str(&csv_row(&row));
            }
            out
        }
        MatrixFormat::Markdown | MatrixFormat::Text => {
            let markdown = format == MatrixFormat::Markdown;
            let mut head = vec!["Project".to_string()];
            head.extend(codes.iter().cloned());
            head.push("Total".into());
            let mut body: Vec<Vec<String>> = rows
                .iter()
                .map(|(p, part)| {
                    let title = &model.project(*p).title;
                    let mut row = vec![if markdown {
                        title.clone()
                    } else {
                        truncate(title, TITLE_WIDTH)
                    }];
                    row.extend(
                        model
                            .member_indices()
                            .map(|m| mark(part.cell(m)).to_string()),
                    );
                    row.push(total(part));
                    row
                })
                .collect();
            let mut foot = vec!["Named in (projects)".to_string()];
            foot.extend(model.member_indices().map(|m| named(m).to_string()));
            foot.push(String::new());
            body.push(foot);
            let legend =
                "✓ takes part   · does not   ? not known (no source names the participants)";
            let title = match year {
                Some(y) => format!("Projects × members, {y}"),
                None => "Projects × members, all years".to_string(),
            };
            if markdown {
                let mut out = format!("## {title}\n\n");
                out.push_str(&md_row(&head));
                let mut rule = vec![":--".to_string()];
                rule.extend(codes.iter().map(|_| ":-:".to_string()));
                rule.push("--:".into());
                out.push_str(&format!("| {} |\n", rule.join(" | ")));
                for row in &body {
                    out.push_str(&md_row(row));
                }
                let _ = writeln!(out, "\n{legend}");
                out
            } else {
                let head: Vec<&str> = head.iter().map(String::as_str).collect();
                let mut out = format!("{title}\n\n");
                out.push_str(&aligned(&head, &body));
                let _ = writeln!(out, "\n{legend}");
                out
            }
        }
    };
    Outcome::ok(out)
}
