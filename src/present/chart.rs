//! The small charts of the timeline, profile and compare screens, drawn with characters:
//! a column per year (bars of block characters, marks of a timeline) and horizontal bars.
//! ratatui's `BarChart` and `Sparkline` do not line up with a table's columns, so these
//! are made here, as text that a test can read. A terminal without Unicode gets the
//! plain characters of [`crate::text::ascii_fallback`]: `#` for a block, `?` for `░`.

use crate::query::timeline::Mark;

/// A mark standing for named participation, and one for possible participation.
pub const NAMED: char = '█';
pub const POSSIBLE: char = '░';

/// One row of bars: eight heights per character cell.
const LEVELS: [char; 9] = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// The character of `value` in a one-row bar chart whose tallest bar is `max`: a value
/// above zero shows at least the lowest bar, and only zero shows none.
pub fn level(value: usize, max: usize) -> char {
    if value == 0 || max == 0 {
        return LEVELS[0];
    }
    let eighths = (value * 8).div_ceil(max).clamp(1, 8);
    LEVELS.get(eighths).copied().unwrap_or('█')
}

/// How many projects one mark stands for, so that the largest value fits `room` marks.
pub fn per_mark(max: usize, room: usize) -> usize {
    max.div_ceil(room.max(1)).max(1)
}

/// A column of a stacked bar from the bottom up, `height` characters: named below,
/// possible above, each mark for `per` projects. The bar is as tall as the two together
/// (a remainder still shows a mark), so that a taller bar always means more projects;
/// named takes its rounded share of it, at least one mark where there is any, and leaves
/// one to possible where there is any of that.
pub fn stacked(named: usize, possible: usize, per: usize, height: usize) -> Vec<char> {
    let per = per.max(1);
    let total = (named + possible).div_ceil(per).min(height);
    let mut n = ((named + per / 2) / per).max(usize::from(named > 0));
    if possible > 0 && total > 1 {
        n = n.min(total - 1);
    }
    n = n.min(total);
    if total == 1 && named > 0 && possible > 0 {
        // One mark for both: the larger one.
        n = usize::from(named >= possible);
    }
    (0..height)
        .map(|i| {
            if i < n {
                NAMED
            } else if i < total {
                POSSIBLE
            } else {
                ' '
            }
        })
        .collect()
}

/// A horizontal bar of `value` with one mark for `per`.
pub fn bar(value: usize, per: usize) -> String {
    NAMED.to_string().repeat(value.div_ceil(per.max(1)))
}

/// The width of a column of counts: as wide as the largest, at least the two digits of a
/// year.
pub fn cell_width(counts: impl IntoIterator<Item = usize>) -> usize {
    counts
        .into_iter()
        .map(|n| n.to_string().len())
        .max()
        .unwrap_or(0)
        .max(2)
}

/// The character of a year in a project's timeline, repeated to the column's width.
pub fn timeline_symbol(mark: Mark) -> char {
    match mark {
        Mark::Off => '.',
        Mark::Running => '=',
        Mark::Completed => '#',
        Mark::Planned => '-',
        Mark::Unknown => '?',
        Mark::Unseen => '~',
    }
}

/// A year of a project's timeline, `width` characters: its mark, with `o` in the last
/// place for a milestone that year (also one before it started or after it ended).
pub fn timeline_cell(mark: Mark, milestone: bool, width: usize) -> String {
    let c = timeline_symbol(mark);
    let mut out: String = std::iter::repeat_n(c, width).collect();
    if milestone && width > 0 {
        out.pop();
        out.push('o');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_show_every_value_above_zero() {
        assert_eq!(level(0, 10), ' ');
        assert_eq!(level(1, 1000), '▁');
        assert_eq!(level(10, 10), '█');
        assert_eq!(level(5, 10), '▄');
        assert_eq!(level(3, 0), ' ');
    }

    #[test]
    fn stacked_bars_tell_named_from_possible() {
        assert_eq!(stacked(2, 1, 1, 4), vec!['█', '█', '░', ' ']);
        // Scaled: 5 named at 2 per mark is 3 marks, a remainder shows.
        assert_eq!(stacked(5, 0, 2, 3), vec!['█', '█', '█']);
        // The height is the sum's: 3 and 6 projects at 5 a mark are 1 and 2 marks, and
        // 5 + 5 at 2 a mark is 5 marks (not 3 + 3).
        assert_eq!(stacked(1, 2, 5, 3), vec!['░', ' ', ' ']);
        assert_eq!(stacked(3, 3, 5, 3), vec!['█', '░', ' ']);
        assert_eq!(stacked(5, 5, 2, 8).iter().filter(|&&c| c != ' ').count(), 5);
        // Named is there, however few: 1 of 1,000 still shows.
        assert_eq!(stacked(1, 999, 100, 10)[0], '█');
        assert_eq!(per_mark(22, 4), 6);
        assert_eq!(per_mark(0, 4), 1);
        assert_eq!(bar(7, 2), "████");
    }

    #[test]
    fn timeline_cells() {
        assert_eq!(timeline_cell(Mark::Running, false, 2), "==");
        assert_eq!(timeline_cell(Mark::Running, true, 2), "=o");
        assert_eq!(timeline_cell(Mark::Off, true, 3), "..o");
        assert_eq!(cell_width([3, 120, 7]), 3);
        assert_eq!(cell_width([]), 2);
    }
}
