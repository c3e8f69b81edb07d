//! Who takes part in one project in one year, as far as the sources tell, and how much
//! of it they tell.

use serde::Serialize;

use super::MemberIdx;

/// Whether a member takes part in a project, as far as the sources tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Cell {
    Yes,
    No,
    /// The source gives only a count, or no count at all: this member may or may not take part.
    Unknown,
}

impl Cell {
    /// The word for scripts (CSV and JSON), the same in every language.
    pub fn as_str(self) -> &'static str {
        match self {
            Cell::Yes => "yes",
            Cell::No => "no",
            Cell::Unknown => "unknown",
        }
    }
}

/// Who takes part in one project in one year (or in any year).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participation {
    /// The members a source names, in member order.
    pub listed: Vec<MemberIdx>,
    /// The members a source says do not take part, in member order.
    pub absent: Vec<MemberIdx>,
    /// The number of participants a source reports, if any.
    pub reported: Option<u32>,
    /// The number of members of the cooperation.
    pub members: usize,
    /// Whether every participant is named, so that every other member does not take
    /// part (over all years: in every year of the project).
    pub complete: bool,
}

impl Participation {
    /// How many take part, if a source gives the number (or names everyone).
    pub fn count(&self) -> Option<usize> {
        match self.reported {
            Some(r) => Some((r as usize).max(self.listed.len())),
            None if self.is_complete() => Some(self.listed.len()),
            None => None,
        }
    }

    /// Whether every participant is named (so every other member does not take part).
    pub fn is_complete(&self) -> bool {
        self.complete
    }

    pub fn cell(&self, m: MemberIdx) -> Cell {
        if self.listed.binary_search(&m).is_ok() {
            Cell::Yes
        } else if self.is_complete() || self.absent.binary_search(&m).is_ok() {
            Cell::No
        } else {
            Cell::Unknown
        }
    }

    /// The one notation of participation, everywhere: the members a source names (✓)
    /// of all members, then in brackets, where not everyone is named, the count a source
    /// reports, or `?` where no count is known. "13/15" (all named); "1/15 (14)";
    /// "0/15 (14)"; "1/15 (?)"; "0/15 (?)". In one year a count is bracketed only where
    /// it is larger than the names; over all years it is a year's largest, and the names
    /// are those of any year: "11/15 (11)" where one year reports 11 and another names
    /// 11 but not everyone.
    pub fn short(&self) -> String {
        let base = format!("{}/{}", self.listed.len(), self.members);
        match self.reported {
            _ if self.is_complete() => base,
            Some(r) => format!("{base} ({r})"),
            None => format!("{base} (?)"),
        }
    }

    /// Which class of [`Known`] it is of.
    pub fn known(&self) -> Known {
        match (self.is_complete(), self.listed.is_empty(), self.reported) {
            (true, _, _) => Known::FullyNamed,
            (false, false, Some(_)) => Known::PartlyNamed,
            (false, false, None) => Known::NamedNoCount,
            (false, true, Some(_)) => Known::CountOnly,
            (false, true, None) => Known::Nothing,
        }
    }

    /// Whether the sources leave a gap: not everyone is named (in one year: a count
    /// larger than the names, or no count). (`present::words::Texts::gap` says it in
    /// words.)
    pub fn has_gap(&self) -> bool {
        !self.is_complete()
    }
}

/// What the sources say of who takes part in one project in one year: the classes
/// `ikz years`, the year's detail and `ikz gaps` count by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Known {
    /// Every participant is named (a count reached, or every member named as taking
    /// part or as not).
    FullyNamed,
    /// A count, and fewer names than it.
    PartlyNamed,
    /// Names, and no count: whether the list is whole is not known.
    NamedNoCount,
    /// A count, and no names.
    CountOnly,
    /// Neither names nor a count.
    Nothing,
}

impl Known {
    pub const ALL: [Known; 5] = [
        Known::FullyNamed,
        Known::PartlyNamed,
        Known::NamedNoCount,
        Known::CountOnly,
        Known::Nothing,
    ];
}
