//! Citizen budgets (medborgarbudget): a sum residents propose projects for and vote on, in
//! SKR's eight steps (criteria, information, ideas, review, vote, political decision,
//! implementation, follow-up):
//! - [`ballot`]: what makes a ballot valid, the same on every path;
//! - [`count`]: the winners under the greedy rule or the Method of Equal Shares;
//! - [`pabulib`]: the ballots in the Pabulib exchange format, whose SHA-256 a certified result
//!   names;
//! - `service`: budgets, projects on the ballot, printed voting codes (stored as hashes under
//!   the budget's key), one counted ballot per code, and the certified result;
//! - `proposals`: residents' proposals, moderated, then reviewed in the open;
//! - `paper`: paper ballots, entered twice by two people, counted when the entries agree;
//! - `credentials`: one-time codes by e-mail (the address kept only as an HMAC under the
//!   budget's key) and open voting, beside the printed codes;
//! - `editor`: editors write a budget (settings, texts per language, publishing with the
//!   minority-language check) as versions, with its forms, pages and routes;
//! - `follow`: residents who asked for the result by e-mail (double opt-in), mailed and erased
//!   at certification;
//! - `followup`: after the count, the council's decision where it differs (with its reason)
//!   and each funded project's milestones;
//! - `stations`: staffed voting devices, whose ballots are marked as cast there;
//! - `children`: the children's ballot in easy Swedish with few choices, for class sessions
//!   with printed codes, counted apart;
//! - `read`: what pages and files show; `pages` the residents', `staff` the staff's. No count is given before the result is certified.

pub mod api;
#[cfg(feature = "ssr")]
pub mod ballot;
#[cfg(feature = "ssr")]
pub mod children;
#[cfg(feature = "ssr")]
pub mod count;
#[cfg(feature = "ssr")]
pub mod credentials;
#[cfg(feature = "ssr")]
pub mod editor;
#[cfg(feature = "ssr")]
pub mod follow;
#[cfg(feature = "ssr")]
pub mod followup;
#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod pabulib;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod paper;
#[cfg(feature = "ssr")]
pub mod proposals;
#[cfg(feature = "ssr")]
pub mod read;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod staff;
#[cfg(feature = "ssr")]
pub mod stations;

/// How residents vote in a budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// Choose up to `max` projects (approval voting with k choices; the default, the
    /// best-studied for voters).
    Approval { max: usize },
    /// Choose projects whose costs together fit in the budget.
    Knapsack,
}

impl Method {
    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            Method::Approval { .. } => "approval",
            Method::Knapsack => "knapsack",
        }
    }

    /// What a budget row stores of it: its code and, for approval, the number of choices.
    pub fn stored(self) -> (&'static str, Option<i32>) {
        match self {
            Method::Approval { max } => (self.code(), Some(i32::try_from(max).unwrap_or(i32::MAX))),
            Method::Knapsack => (self.code(), None),
        }
    }

    /// The method a budget row stores: its code and, for approval, the number of choices.
    pub fn from_stored(code: &str, max: Option<i32>) -> Option<Method> {
        match code {
            "approval" => Some(Method::Approval {
                max: usize::try_from(max?).ok().filter(|m| *m > 0)?,
            }),
            "knapsack" => Some(Method::Knapsack),
            _ => None,
        }
    }
}

/// Where a ballot was cast: on the web, on paper (entered twice by staff), or at a staffed
/// voting station (which one). Budgets' own list, apart from the channels views come by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BallotChannel {
    Web,
    Paper,
    Station(i32),
}

impl BallotChannel {
    /// Every stored code, in the order the figures list them.
    pub const CODES: [&'static str; 3] = ["web", "paper", "station"];

    /// The stored code; pages name it through `budget-channel-<code>`.
    pub fn code(self) -> &'static str {
        match self {
            BallotChannel::Web => "web",
            BallotChannel::Paper => "paper",
            BallotChannel::Station(_) => "station",
        }
    }

    /// The station it names, if any.
    pub fn station(self) -> Option<i32> {
        match self {
            BallotChannel::Station(id) => Some(id),
            _ => None,
        }
    }
}

/// Where a budget stands, from its dates (Stockholm days, both ends included) and whether its
/// result is certified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Phase {
    /// Before ideas open: the criteria and information.
    Information,
    Ideas,
    /// Between ideas and voting: staff review the proposals.
    Review,
    Voting,
    /// Voting is over; the count is not certified yet, and no figure is shown.
    Counting,
    /// The certified result.
    Result,
}

/// The dates that make a budget's phases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dates {
    pub ideas_opens: chrono::NaiveDate,
    pub ideas_closes: chrono::NaiveDate,
    pub voting_opens: chrono::NaiveDate,
    pub voting_closes: chrono::NaiveDate,
}

impl Dates {
    /// The phase on `today`.
    pub fn phase(&self, today: chrono::NaiveDate, certified: bool) -> Phase {
        if certified {
            Phase::Result
        } else if today > self.voting_closes {
            Phase::Counting
        } else if today >= self.voting_opens {
            Phase::Voting
        } else if today > self.ideas_closes {
            Phase::Review
        } else if today >= self.ideas_opens {
            Phase::Ideas
        } else {
            Phase::Information
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_phase_follows_the_dates_and_the_certificate() {
        let d = |m, day| chrono::NaiveDate::from_ymd_opt(2027, m, day).expect("date");
        let dates = Dates {
            ideas_opens: d(3, 1),
            ideas_closes: d(3, 31),
            voting_opens: d(5, 1),
            voting_closes: d(5, 21),
        };
        assert_eq!(dates.phase(d(2, 28), false), Phase::Information);
        assert_eq!(dates.phase(d(3, 1), false), Phase::Ideas);
        assert_eq!(dates.phase(d(3, 31), false), Phase::Ideas);
        assert_eq!(dates.phase(d(4, 1), false), Phase::Review);
        assert_eq!(dates.phase(d(5, 21), false), Phase::Voting);
        assert_eq!(dates.phase(d(5, 22), false), Phase::Counting);
        assert_eq!(dates.phase(d(5, 22), true), Phase::Result);
    }

    #[test]
    fn a_method_reads_back_from_what_is_stored() {
        assert_eq!(
            Method::from_stored("approval", Some(3)),
            Some(Method::Approval { max: 3 })
        );
        assert_eq!(Method::from_stored("approval", None), None);
        assert_eq!(Method::from_stored("approval", Some(0)), None);
        assert_eq!(
            Method::from_stored("knapsack", None),
            Some(Method::Knapsack)
        );
    }
}
