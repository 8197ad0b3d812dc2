//! Figures as they may be shown: counts protected by the small-numbers rule, grouped in
//! breakdowns (one per dimension: language, age...). Shared by the server and the public
//! dialogue page's data, so it holds no I/O.

use serde::{Deserialize, Serialize};

use crate::codes::code_enum;

/// Counts under this are never shown.
pub const SMALL: u64 = 5;

/// One figure, as it may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Cell {
    /// The count itself.
    Count(u64),
    /// Between 1 and 4: shown as "fewer than 5".
    FewerThan5,
    /// Withheld because, with the total, it would give away a small figure beside it.
    Withheld,
}

impl Cell {
    /// The count, when it may be shown.
    pub fn shown(self) -> Option<u64> {
        match self {
            Cell::Count(n) => Some(n),
            Cell::FewerThan5 | Cell::Withheld => None,
        }
    }
}

/// `counts` and their total, protected: every count from 1 to 4 becomes
/// [`Cell::FewerThan5`]; when that leaves exactly one figure hidden, the smallest other non-zero
/// figure is withheld too, so that no hidden figure is the total minus the shown ones. A total
/// under five hides every non-zero figure. Zeros are shown: they describe nobody.
pub fn protect(counts: &[u64]) -> (Vec<Cell>, Cell) {
    let total: u64 = counts.iter().sum();
    let small = |n: u64| n > 0 && n < SMALL;
    if small(total) {
        let cells = counts
            .iter()
            .map(|&n| {
                if n == 0 {
                    Cell::Count(0)
                } else {
                    Cell::FewerThan5
                }
            })
            .collect();
        return (cells, Cell::FewerThan5);
    }
    let mut cells: Vec<Cell> = counts
        .iter()
        .map(|&n| {
            if small(n) {
                Cell::FewerThan5
            } else {
                Cell::Count(n)
            }
        })
        .collect();
    let hidden = cells.iter().filter(|c| c.shown().is_none()).count();
    if hidden == 1 {
        // The smallest shown non-zero figure: withholding it loses the least.
        let second = cells
            .iter()
            .enumerate()
            .filter_map(|(i, c)| c.shown().filter(|&n| n > 0).map(|n| (n, i)))
            .min();
        if let Some((_, i)) = second {
            cells[i] = Cell::Withheld;
        }
    }
    (cells, Cell::Count(total))
}

code_enum! {
    /// What a breakdown counts views by.
    Dimension {
        Status = "status",
        Language = "language",
        Channel = "channel",
        Age = "age",
        Gender = "gender",
        Area = "area",
        Question = "question",
        Day = "day",
        Dialogue = "dialogue",
    }
}

/// The key of the row of views that did not answer a voluntary question.
pub const NOT_ANSWERED: &str = "not-answered";
/// The key of the row of areas written as free text before the list was closed.
pub const EARLIER_TEXT: &str = "earlier-text";

/// One row of a breakdown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    /// The value's code (a language, an age group...), or a date, or a dialogue's slug.
    pub key: String,
    /// A label of its own where the key has no translation (a question's text, a title).
    pub label: Option<String>,
    /// The language of that label, when it may differ from the page's.
    pub label_lang: Option<String>,
    pub cell: Cell,
}

/// Views counted by one dimension, protected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Breakdown {
    pub dimension: Dimension,
    pub rows: Vec<Row>,
    pub total: Cell,
}

impl Breakdown {
    /// Protects `counts` (key, own label, count) as one table.
    pub fn new(dimension: Dimension, counts: Vec<(String, Option<String>, u64)>) -> Self {
        let raw: Vec<u64> = counts.iter().map(|(_, _, n)| *n).collect();
        let (cells, total) = protect(&raw);
        let rows = counts
            .into_iter()
            .zip(cells)
            .map(|((key, label, _), cell)| Row {
                key,
                label,
                label_lang: None,
                cell,
            })
            .collect();
        Breakdown {
            dimension,
            rows,
            total,
        }
    }

    /// The row with the largest shown count, if any is shown and above zero.
    pub fn largest(&self) -> Option<(&Row, u64)> {
        self.rows
            .iter()
            .filter_map(|r| r.cell.shown().filter(|&n| n > 0).map(|n| (r, n)))
            .max_by_key(|(_, n)| *n)
    }
}

/// What a closed dialogue's page tells everyone about who took part.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicSummary {
    /// Views received, except those rejected under the moderation policy.
    pub total: Cell,
    pub languages: Breakdown,
    pub ages: Breakdown,
    pub areas: Breakdown,
}

#[cfg(test)]
mod tests {
    use super::*;
    use Cell::*;

    #[test]
    fn large_counts_are_shown_with_their_total() {
        assert_eq!(
            protect(&[12, 0, 40]),
            (vec![Count(12), Count(0), Count(40)], Count(52))
        );
    }

    #[test]
    fn a_small_count_hides_a_second_one_that_would_give_it_away() {
        // Without the second cell, 60 - 50 - 7 = 3 would be plain to see.
        let (cells, total) = protect(&[3, 50, 7]);
        assert_eq!(cells, vec![FewerThan5, Count(50), Withheld]);
        assert_eq!(total, Count(60));
        let shown: u64 = cells.iter().filter_map(|c| c.shown()).sum();
        assert!(60 - shown >= 10, "the hidden cells together are not small");
    }

    #[test]
    fn two_small_counts_protect_each_other() {
        assert_eq!(
            protect(&[2, 3, 100]),
            (vec![FewerThan5, FewerThan5, Count(100)], Count(105))
        );
    }

    #[test]
    fn the_withheld_cell_is_never_a_zero() {
        // A zero withheld would still leave the small count as total minus the rest.
        let (cells, _) = protect(&[4, 0, 9, 30]);
        assert_eq!(cells, vec![FewerThan5, Count(0), Withheld, Count(30)]);
    }

    #[test]
    fn a_small_total_hides_everything_but_zeros() {
        assert_eq!(
            protect(&[1, 0, 2]),
            (vec![FewerThan5, Count(0), FewerThan5], FewerThan5)
        );
        assert_eq!(protect(&[0, 0]), (vec![Count(0), Count(0)], Count(0)));
    }

    #[test]
    fn a_total_of_exactly_five_is_shown_but_not_its_small_parts() {
        // 5 = 1 + 4: both hidden, neither can be worked out.
        assert_eq!(protect(&[1, 4]), (vec![FewerThan5, FewerThan5], Count(5)));
        // 5 = 5 + 0: shown.
        assert_eq!(protect(&[5, 0]), (vec![Count(5), Count(0)], Count(5)));
    }

    #[test]
    fn no_hidden_figure_can_be_worked_out_from_the_total() {
        // Every table of up to four cells with counts 0..=12: whenever exactly one cell is
        // hidden, its value would be the total minus the shown ones; that must never happen.
        let values = 0..=12u64;
        for a in values.clone() {
            for b in values.clone() {
                for c in values.clone() {
                    for d in [0, 1, 6, 20] {
                        let counts = [a, b, c, d];
                        let (cells, total) = protect(&counts);
                        let hidden: Vec<usize> =
                            (0..4).filter(|&i| cells[i].shown().is_none()).collect();
                        if total.shown().is_some() {
                            assert_ne!(hidden.len(), 1, "{counts:?} -> {cells:?}");
                        }
                        for (i, cell) in cells.iter().enumerate() {
                            if let Some(n) = cell.shown() {
                                assert_eq!(n, counts[i]);
                                assert!(n == 0 || n >= SMALL, "{counts:?}");
                            }
                        }
                    }
                }
            }
        }
    }
}
