//! What makes a ballot valid, the same on every path (the web form, staff entering paper, a
//! server function): only projects on the ballot, each once, at least one, and the budget's
//! method obeyed (at most k choices, or costs within the budget).

use super::count::Candidate;
use super::Method;

/// Why a ballot cannot be counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BallotProblem {
    /// No project chosen.
    Empty,
    /// More choices than the method allows.
    TooMany { max: usize },
    /// The chosen projects cost more than the budget.
    OverBudget { chosen: i64, total: i64 },
    /// A project that is not on this budget's ballot.
    NotOnBallot,
}

impl BallotProblem {
    /// The message id the forms show.
    pub fn message_id(&self) -> &'static str {
        match self {
            BallotProblem::Empty => "budget-ballot-empty",
            BallotProblem::TooMany { .. } => "budget-ballot-too-many",
            BallotProblem::OverBudget { .. } => "budget-ballot-over",
            BallotProblem::NotOnBallot => "budget-ballot-unknown",
        }
    }
}

/// The ballot's projects, each once and in id order, or why it cannot be counted.
///
/// # Errors
/// A [`BallotProblem`].
pub fn check(
    method: Method,
    total: i64,
    on_ballot: &[Candidate],
    chosen: &[i32],
) -> Result<Vec<i32>, BallotProblem> {
    let mut lines: Vec<i32> = chosen.to_vec();
    lines.sort_unstable();
    lines.dedup();
    if lines.is_empty() {
        return Err(BallotProblem::Empty);
    }
    let mut cost = 0i64;
    for id in &lines {
        let project = on_ballot
            .iter()
            .find(|c| c.id == *id)
            .ok_or(BallotProblem::NotOnBallot)?;
        cost = cost.saturating_add(project.cost);
    }
    match method {
        Method::Approval { max } if lines.len() > max => Err(BallotProblem::TooMany { max }),
        Method::Knapsack if cost > total => Err(BallotProblem::OverBudget {
            chosen: cost,
            total,
        }),
        _ => Ok(lines),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ON_BALLOT: [Candidate; 3] = [
        Candidate { id: 1, cost: 60 },
        Candidate { id: 2, cost: 30 },
        Candidate { id: 3, cost: 20 },
    ];

    #[test]
    fn an_approval_ballot_has_one_to_k_lines_of_projects_on_the_ballot() {
        let approval = Method::Approval { max: 2 };
        assert_eq!(check(approval, 100, &ON_BALLOT, &[2, 1]), Ok(vec![1, 2]));
        assert_eq!(check(approval, 100, &ON_BALLOT, &[3, 3]), Ok(vec![3]));
        assert_eq!(
            check(approval, 100, &ON_BALLOT, &[]),
            Err(BallotProblem::Empty)
        );
        assert_eq!(
            check(approval, 100, &ON_BALLOT, &[1, 2, 3]),
            Err(BallotProblem::TooMany { max: 2 })
        );
        assert_eq!(
            check(approval, 100, &ON_BALLOT, &[4]),
            Err(BallotProblem::NotOnBallot)
        );
    }

    #[test]
    fn a_knapsack_ballot_over_the_budget_is_refused() {
        assert_eq!(
            check(Method::Knapsack, 100, &ON_BALLOT, &[1, 2]),
            Ok(vec![1, 2])
        );
        assert_eq!(
            check(Method::Knapsack, 100, &ON_BALLOT, &[1, 2, 3]),
            Err(BallotProblem::OverBudget {
                chosen: 110,
                total: 100
            })
        );
    }
}
