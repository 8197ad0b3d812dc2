//! Counting views into breakdowns: one pass over the views' facts, in constant memory (one
//! counter per value), then protected by the small-numbers rule. Pure, so the counts are tested
//! without a database.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use super::model::{Breakdown, Dimension, EARLIER_TEXT, NOT_ANSWERED};
use crate::domain::{AgeGroup, Channel, Gender, HomeArea, ViewStatus};
use crate::lang::Lang;

/// What a report counts of one view.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    pub status: String,
    pub lang: String,
    pub channel: String,
    pub age: Option<String>,
    pub gender: Option<String>,
    pub area: Option<String>,
    /// The day it came in, Stockholm time.
    pub day: Option<NaiveDate>,
}

/// Counters for every dimension of a report.
#[derive(Debug, Default)]
pub struct Tally {
    pub total: u64,
    by: HashMap<(Dimension, String), u64>,
    days: BTreeMap<NaiveDate, u64>,
}

impl Tally {
    /// Counts one view.
    pub fn add(&mut self, facts: &Facts) {
        self.add_n(facts, 1);
    }

    /// Counts `n` views with the same facts (a grouped count from the database).
    pub fn add_n(&mut self, facts: &Facts, n: u64) {
        self.total += n;
        let area = match facts.area.as_deref() {
            None => NOT_ANSWERED.to_string(),
            Some(code) if HomeArea::from_code(code).is_some() => code.to_string(),
            // Free text from before the list: counted together, never shown one by one.
            Some(_) => EARLIER_TEXT.to_string(),
        };
        let optional = |v: &Option<String>| v.clone().unwrap_or_else(|| NOT_ANSWERED.to_string());
        for (dimension, key) in [
            (Dimension::Status, facts.status.clone()),
            (Dimension::Language, facts.lang.clone()),
            (Dimension::Channel, facts.channel.clone()),
            (Dimension::Age, optional(&facts.age)),
            (Dimension::Gender, optional(&facts.gender)),
            (Dimension::Area, area),
        ] {
            *self.by.entry((dimension, key)).or_default() += n;
        }
        if let Some(day) = facts.day {
            *self.days.entry(day).or_default() += n;
        }
    }

    /// How many views had `key` in `dimension` (unprotected: for building breakdowns and tests).
    pub fn count(&self, dimension: Dimension, key: &str) -> u64 {
        self.by
            .get(&(dimension, key.to_string()))
            .copied()
            .unwrap_or(0)
    }

    /// The breakdown of `dimension`, every value of its closed list in order (zeros included,
    /// so that tables compare from one report to the next).
    pub fn breakdown(&self, dimension: Dimension) -> Breakdown {
        let keys: Vec<String> = match dimension {
            Dimension::Status => codes(ViewStatus::ALL.iter().map(|s| s.code())),
            Dimension::Language => codes(Lang::ALL.iter().map(|l| l.code())),
            Dimension::Channel => codes(Channel::ALL.iter().map(|c| c.code())),
            Dimension::Age => with_not_answered(AgeGroup::ALL.iter().map(|a| a.code())),
            Dimension::Gender => with_not_answered(Gender::ALL.iter().map(|g| g.code())),
            Dimension::Area => {
                let mut keys = with_not_answered(HomeArea::ALL.iter().map(|a| a.code()));
                if self.count(Dimension::Area, EARLIER_TEXT) > 0 {
                    keys.push(EARLIER_TEXT.to_string());
                }
                keys
            }
            Dimension::Day => {
                return Breakdown::new(
                    Dimension::Day,
                    self.days
                        .iter()
                        .map(|(day, n)| (day.to_string(), None, *n))
                        .collect(),
                )
            }
            Dimension::Question | Dimension::Dialogue | Dimension::Meeting => Vec::new(),
        };
        let counts = keys
            .into_iter()
            .map(|key| {
                let n = self.count(dimension, &key);
                (key, None, n)
            })
            .collect();
        Breakdown::new(dimension, counts)
    }
}

fn codes<'a>(codes: impl Iterator<Item = &'a str>) -> Vec<String> {
    codes.map(str::to_string).collect()
}

fn with_not_answered<'a>(codes: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut keys: Vec<String> = codes.map(str::to_string).collect();
    keys.push(NOT_ANSWERED.to_string());
    keys
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reports::model::Cell;

    fn facts(lang: &str, age: Option<&str>, area: Option<&str>) -> Facts {
        Facts {
            status: "published".into(),
            lang: lang.into(),
            channel: "web".into(),
            age: age.map(Into::into),
            gender: None,
            area: area.map(Into::into),
            day: NaiveDate::from_ymd_opt(2026, 3, 1),
        }
    }

    #[test]
    fn every_value_of_the_list_has_a_row_and_the_unanswered_are_counted() {
        let mut tally = Tally::default();
        for _ in 0..6 {
            tally.add(&facts("sv", Some("under-13"), Some("vinsta")));
        }
        for _ in 0..7 {
            tally.add(&facts("fi", None, None));
        }
        let ages = tally.breakdown(Dimension::Age);
        assert_eq!(ages.rows.len(), AgeGroup::ALL.len() + 1);
        assert_eq!(ages.rows[0].cell, Cell::Count(6));
        assert_eq!(ages.rows.last().map(|r| r.cell), Some(Cell::Count(7)));
        assert_eq!(ages.total, Cell::Count(13));
        let langs = tally.breakdown(Dimension::Language);
        assert_eq!(langs.rows.len(), Lang::ALL.len());
    }

    #[test]
    fn free_text_areas_are_counted_together_never_shown_one_by_one() {
        let mut tally = Tally::default();
        for text in ["Bromma", "Solna", "Bromma", "Kista", "Täby", "Nacka"] {
            tally.add(&facts("sv", None, Some(text)));
        }
        let areas = tally.breakdown(Dimension::Area);
        assert!(areas.rows.iter().all(|r| r.key != "Bromma"));
        let earlier = areas.rows.iter().find(|r| r.key == EARLIER_TEXT);
        assert_eq!(earlier.map(|r| r.cell), Some(Cell::Count(6)));
    }
}
