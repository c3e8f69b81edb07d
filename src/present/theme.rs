//! Styles. Meaning never rests on colour alone: marks (▶ ✓ · ?) and border shapes carry
//! it, so the screen reads the same with `NO_COLOR`.

use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::BorderType;

use crate::model::Cell;

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    fn fg(self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }

    pub fn border(self, focused: bool) -> Style {
        if focused {
            self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
        } else {
            // Grey, not dark grey: on a black background dark grey borders vanish.
            self.fg(Color::Gray)
        }
    }

    pub fn border_type(self, focused: bool) -> BorderType {
        if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        }
    }

    pub fn title(self, focused: bool) -> Style {
        let s = Style::new().add_modifier(Modifier::BOLD);
        if focused {
            s.patch(self.fg(Color::Cyan))
        } else {
            s
        }
    }

    /// The selected row: reversed in the focused pane, bold elsewhere.
    pub fn selected(self, focused: bool) -> Style {
        if focused {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }

    pub fn cell(self, cell: Cell) -> Style {
        match cell {
            Cell::Yes => self.fg(Color::Green).add_modifier(Modifier::BOLD),
            // Plain grey: the dot must stay visible beside the yellow `?`.
            Cell::No => self.fg(Color::Gray),
            Cell::Unknown => self.fg(Color::Yellow),
        }
    }

    pub fn heading(self) -> Style {
        Style::new()
            .add_modifier(Modifier::BOLD)
            .patch(self.fg(Color::Cyan))
    }

    pub fn dim(self) -> Style {
        self.fg(Color::DarkGray)
    }

    pub fn error(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    pub fn warning(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    /// The cursor's row and column in the matrix: a faint background (with `NO_COLOR`,
    /// the ▶ before the row and the brackets around the column's code show them).
    pub fn crosshair(self) -> Style {
        if self.color {
            Style::new().bg(Color::Indexed(236))
        } else {
            Style::new()
        }
    }

    /// A year of a project's timeline (its mark says it without colour too).
    pub fn timeline(self, mark: crate::query::timeline::Mark) -> Style {
        use crate::query::timeline::Mark;
        match mark {
            Mark::Off => self.fg(Color::DarkGray),
            Mark::Running => self.fg(Color::Green),
            Mark::Completed => self.fg(Color::Blue).add_modifier(Modifier::BOLD),
            Mark::Planned => self.fg(Color::Cyan),
            Mark::Unknown | Mark::Unseen => self.fg(Color::Yellow),
        }
    }

    /// Bars of a chart: named participation, and possible.
    pub fn named(self) -> Style {
        self.fg(Color::Green)
    }

    pub fn possible(self) -> Style {
        self.fg(Color::Yellow)
    }

    pub fn key(self) -> Style {
        Style::new()
            .add_modifier(Modifier::BOLD)
            .patch(self.fg(Color::Cyan))
    }
}

/// The mark of a project's seat: the member its office sits with (shown where it takes
/// part, in place of ✓).
pub const SEAT_MARK: &str = "⌂";

/// The mark of a participation cell.
pub fn mark(cell: Cell) -> &'static str {
    match cell {
        Cell::Yes => "✓",
        Cell::No => "·",
        Cell::Unknown => "?",
    }
}
