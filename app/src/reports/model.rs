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

/// `counts` and their total, protected: every count from 1 to 4 becomes [`Cell::FewerThan5`];
/// then, as long as a reader who knows the total, the shown figures and this rule could still
/// work out a hidden small count exactly (one hidden figure is the total minus the rest; two
/// hidden "fewer than 5" that add up to 2 are both 1), the smallest shown non-zero figure is
/// withheld too. When nothing is left to withhold, the total is withheld. A total under five
/// hides every non-zero figure. Zeros are shown: they describe nobody.
pub fn protect(counts: &[u64]) -> (Vec<Cell>, Cell) {
    let total: u64 = counts.iter().sum();
    let small = |n: u64| n > 0 && n < SMALL;
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
    if small(total) {
        // Four ones are the only way four figures make "fewer than 5".
        let hidden = cells.iter().filter(|c| **c == Cell::FewerThan5).count();
        let total = if hidden as u64 >= SMALL - 1 {
            Cell::Withheld
        } else {
            Cell::FewerThan5
        };
        return (cells, total);
    }
    while exposed(&cells, total) {
        // The smallest shown non-zero figure: withholding it loses the least.
        let next = cells
            .iter()
            .enumerate()
            .filter_map(|(i, c)| c.shown().filter(|&n| n > 0).map(|n| (n, i)))
            .min();
        match next {
            Some((_, i)) => cells[i] = Cell::Withheld,
            None => return (cells, Cell::Withheld),
        }
    }
    (cells, Cell::Count(total))
}

/// Whether a reader who sees `cells` and `total` (and knows [`protect`]) can tell the exact
/// value of a hidden small count. Each hidden figure lies in a range: 1 to 4 for "fewer than
/// 5", 5 up to the smallest shown non-zero figure for a withheld one (the rule withholds the
/// smallest first). With the hidden figures' sum known, a figure is pinned when the sum leaves
/// it one value only.
fn exposed(cells: &[Cell], total: u64) -> bool {
    let shown: u64 = cells.iter().filter_map(|c| c.shown()).sum();
    let hidden_sum = total - shown;
    let ceiling = cells
        .iter()
        .filter_map(|c| c.shown().filter(|&n| n > 0))
        .min()
        .unwrap_or(hidden_sum);
    let ranges: Vec<(Cell, u64, u64)> = cells
        .iter()
        .filter_map(|c| match c {
            Cell::FewerThan5 => Some((*c, 1, SMALL - 1)),
            Cell::Withheld => Some((*c, SMALL, ceiling.max(SMALL))),
            Cell::Count(_) => None,
        })
        .collect();
    let (low, high): (u64, u64) = ranges
        .iter()
        .fold((0, 0), |(l, h), (_, lo, hi)| (l + lo, h + hi));
    ranges.iter().any(|(cell, lo, hi)| {
        let others_low = low - lo;
        let others_high = high - hi;
        let least = (*lo).max(hidden_sum.saturating_sub(others_high));
        let most = (*hi).min(hidden_sum.saturating_sub(others_low));
        *cell == Cell::FewerThan5 && least >= most
    })
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
        Meeting = "meeting",
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
    /// Views received by the closing day, except those rejected under the moderation policy.
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
    fn two_small_counts_that_add_up_to_their_least_are_protected_further() {
        // 1 + 1 = 50 - 48 would pin both: a third figure is withheld.
        let (cells, _) = protect(&[1, 1, 48]);
        assert_eq!(cells, vec![FewerThan5, FewerThan5, Withheld]);
        // 1 and a withheld figure of at least 5 adding up to 6 would pin both.
        let (cells, total) = protect(&[1, 5, 50]);
        assert_eq!(cells, vec![FewerThan5, Withheld, Withheld]);
        assert_eq!(total, Count(56));
        // Nothing left to withhold: the total goes.
        assert_eq!(protect(&[4, 4]), (vec![FewerThan5, FewerThan5], Withheld));
    }

    /// Every count vector a reader could take for what `protect` showed.
    fn readings(cells: &[Cell], total: Cell, limit: u64) -> Vec<Vec<u64>> {
        let ceiling = cells
            .iter()
            .filter_map(|c| c.shown().filter(|&n| n > 0))
            .min()
            .unwrap_or(limit);
        let options: Vec<Vec<u64>> = cells
            .iter()
            .map(|c| match c {
                Count(n) => vec![*n],
                FewerThan5 => (1..SMALL).collect(),
                Withheld => (SMALL..=ceiling.max(SMALL)).collect(),
            })
            .collect();
        let mut all = vec![Vec::new()];
        for values in options {
            all = all
                .into_iter()
                .flat_map(|prefix: Vec<u64>| {
                    values.iter().map(move |v| {
                        let mut next = prefix.clone();
                        next.push(*v);
                        next
                    })
                })
                .collect();
        }
        all.retain(|v| match total {
            Count(t) => v.iter().sum::<u64>() == t,
            FewerThan5 => (1..SMALL).contains(&v.iter().sum::<u64>()),
            Withheld => true,
        });
        all
    }

    #[test]
    fn a_reader_who_knows_the_rule_never_pins_a_small_count() {
        // Every table of up to four cells with counts 0..=9 (and a larger fourth), read by
        // someone who tries every count that fits what is shown: each small count must have
        // more than one possible value, and every shown figure must be the true one.
        let limit = 40;
        for a in 0..=9u64 {
            for b in 0..=9u64 {
                for c in 0..=9u64 {
                    for d in [0, 1, 6, 30] {
                        let counts = [a, b, c, d];
                        let (cells, total) = protect(&counts);
                        let readings = readings(&cells, total, limit);
                        assert!(
                            readings.contains(&counts.to_vec()),
                            "{counts:?}: the truth fits"
                        );
                        for (i, cell) in cells.iter().enumerate() {
                            match cell {
                                Count(n) => assert!(*n == counts[i] && (*n == 0 || *n >= SMALL)),
                                FewerThan5 => {
                                    let values: std::collections::BTreeSet<u64> =
                                        readings.iter().map(|r| r[i]).collect();
                                    assert!(
                                        values.len() > 1,
                                        "{counts:?} -> {cells:?} {total:?}: cell {i} pinned"
                                    );
                                }
                                Withheld => assert!(counts[i] >= SMALL),
                            }
                        }
                    }
                }
            }
        }
    }
}
