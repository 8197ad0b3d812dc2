//! Counting a citizen budget's ballots: which projects win. Pure functions over the stored
//! ballots, so that anyone with the ballot export (Pabulib, [`super::pabulib`]) can count again
//! and get the same winners; a test does so with `pabutools`, a tool that is not ours.
//!
//! Two rules, chosen per budget:
//! - **Greedy** (the default, SKR's and most cities'): projects in order of votes, each funded if
//!   it fits in what is left of the budget, skipped if not.
//! - **The Method of Equal Shares** (equalshares.net, "cost utilities"): the budget is split
//!   equally among the voters, and a project is funded when its supporters can pay for it
//!   together, the project that costs each supporter least first. No completion step: money
//!   the supporters of the remaining projects cannot cover stays unspent, as the method defines.
//!
//! Both break ties with the published rule [`tie_order`]. A project nobody voted for is never
//! funded.

use std::cmp::Ordering;
use std::collections::HashMap;

/// A project on the ballot, as the count sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    pub id: i32,
    /// In whole kronor.
    pub cost: i64,
}

/// How a budget's winners are found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    Greedy,
    EqualShares,
}

impl Rule {
    pub const ALL: [Rule; 2] = [Rule::Greedy, Rule::EqualShares];

    /// The stored code, also Pabulib's `rule` value.
    pub fn code(self) -> &'static str {
        match self {
            Rule::Greedy => "greedy",
            Rule::EqualShares => "equalshares",
        }
    }

    pub fn from_code(code: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// The published tie-break: of two projects the rule cannot tell apart, the cheaper one first
/// (it leaves more for the others), then the one proposed first (the lower number).
pub fn tie_order(a: &Candidate, b: &Candidate) -> Ordering {
    (a.cost, a.id).cmp(&(b.cost, b.id))
}

/// Votes per project: how many ballots name it.
pub fn votes(candidates: &[Candidate], ballots: &[Vec<i32>]) -> HashMap<i32, u64> {
    let mut votes: HashMap<i32, u64> = candidates.iter().map(|c| (c.id, 0)).collect();
    for ballot in ballots {
        for id in ballot {
            if let Some(v) = votes.get_mut(id) {
                *v += 1;
            }
        }
    }
    votes
}

/// The winners under `rule`, in the order the rule funded them.
pub fn winners(rule: Rule, total: i64, candidates: &[Candidate], ballots: &[Vec<i32>]) -> Vec<i32> {
    match rule {
        Rule::Greedy => greedy(total, candidates, ballots),
        Rule::EqualShares => equal_shares(total, candidates, ballots),
    }
}

/// Most votes first; a project that no longer fits is skipped, and the next one tried.
fn greedy(total: i64, candidates: &[Candidate], ballots: &[Vec<i32>]) -> Vec<i32> {
    let votes = votes(candidates, ballots);
    let mut order: Vec<&Candidate> = candidates
        .iter()
        .filter(|c| votes.get(&c.id).copied().unwrap_or(0) > 0)
        .collect();
    order.sort_by(|a, b| votes[&b.id].cmp(&votes[&a.id]).then(tie_order(a, b)));
    let mut left = total;
    let mut funded = Vec::new();
    for c in order {
        if c.cost <= left {
            left -= c.cost;
            funded.push(c.id);
        }
    }
    funded
}

/// The Method of Equal Shares with cost utilities (a supporter's gain from a project is its
/// cost), in floating point with a relative tolerance for ties, as equalshares.net computes it.
fn equal_shares(total: i64, candidates: &[Candidate], ballots: &[Vec<i32>]) -> Vec<i32> {
    if ballots.is_empty() {
        return Vec::new();
    }
    let voters = ballots.len();
    // Counts of voters and kronor are far below 2^52: exact in f64.
    #[allow(clippy::cast_precision_loss)]
    let share = total as f64 / voters as f64;
    let mut budget = vec![share; voters];
    let mut supporters: HashMap<i32, Vec<usize>> = HashMap::new();
    for (voter, ballot) in ballots.iter().enumerate() {
        for id in ballot {
            supporters.entry(*id).or_default().push(voter);
        }
    }
    let mut open: Vec<&Candidate> = candidates
        .iter()
        .filter(|c| supporters.contains_key(&c.id))
        .collect();
    let mut funded = Vec::new();
    loop {
        #[allow(clippy::cast_precision_loss)]
        let cost_of = |c: &Candidate| c.cost as f64;
        let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0);
        // Projects whose supporters can no longer pay for them together are out for good.
        open.retain(|c| {
            let money: f64 = supporters[&c.id].iter().map(|&v| budget[v]).sum();
            money >= cost_of(c) || close(money, cost_of(c))
        });
        let mut best: Option<(f64, &Candidate)> = None;
        for c in &open {
            let Some(rho) = price(cost_of(c), &supporters[&c.id], &budget, close) else {
                continue;
            };
            best = match best {
                None => Some((rho, c)),
                Some((b, bc)) if close(rho, b) => {
                    if tie_order(c, bc) == Ordering::Less {
                        Some((rho, c))
                    } else {
                        Some((b, bc))
                    }
                }
                Some((b, _)) if rho < b => Some((rho, c)),
                kept => kept,
            };
        }
        let Some((rho, chosen)) = best else {
            break;
        };
        let cost = cost_of(chosen);
        for &v in &supporters[&chosen.id] {
            budget[v] = (budget[v] - (rho * cost).min(budget[v])).max(0.0);
        }
        funded.push(chosen.id);
        open.retain(|c| c.id != chosen.id);
    }
    funded
}

/// The least price per unit of gain (rho) at which the supporters pay `cost` together, each
/// paying `rho * cost` or all they have left; `None` when they cannot.
fn price(
    cost: f64,
    supporters: &[usize],
    budget: &[f64],
    close: impl Fn(f64, f64) -> bool,
) -> Option<f64> {
    let mut poorest_first: Vec<f64> = supporters.iter().map(|&v| budget[v]).collect();
    poorest_first.sort_by(f64::total_cmp);
    let mut paid = 0.0;
    let mut left = poorest_first.len();
    for money in poorest_first {
        #[allow(clippy::cast_precision_loss)]
        let each = (cost - paid) / left as f64;
        if each <= money || close(each, money) {
            return Some(each / cost);
        }
        paid += money;
        left -= 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(id: i32, cost: i64) -> Candidate {
        Candidate { id, cost }
    }

    #[test]
    fn greedy_skips_what_does_not_fit_and_takes_the_next() {
        let projects = [c(1, 600), c(2, 500), c(3, 300), c(4, 100)];
        // 1: 4 votes, 2: 3, 3: 2, 4: 1.
        let ballots = vec![vec![1, 2, 3, 4], vec![1, 2, 3], vec![1, 2], vec![1]];
        // 600 fits; 500 does not (400 left); 300 does; 100 does.
        assert_eq!(greedy(1000, &projects, &ballots), vec![1, 3, 4]);
    }

    #[test]
    fn ties_go_to_the_cheaper_project_then_the_earlier_one() {
        let projects = [c(1, 500), c(2, 400), c(3, 400)];
        let ballots = vec![vec![1, 2, 3]];
        assert_eq!(greedy(500, &projects, &ballots), vec![2]);
        assert_eq!(equal_shares(500, &projects, &ballots), vec![2]);
    }

    #[test]
    fn a_project_nobody_voted_for_is_never_funded() {
        let projects = [c(1, 100), c(2, 100)];
        assert_eq!(greedy(1000, &projects, &[vec![1]]), vec![1]);
        assert_eq!(equal_shares(1000, &projects, &[vec![1]]), vec![1]);
        assert!(winners(Rule::Greedy, 1000, &projects, &[]).is_empty());
    }

    #[test]
    fn equal_shares_gives_a_minority_its_share_where_greedy_gives_it_nothing() {
        // 100 kronor, 10 voters: 7 want the two big projects, 3 the small one.
        let projects = [c(1, 50), c(2, 50), c(3, 30)];
        let mut ballots = vec![vec![1, 2]; 7];
        ballots.extend(vec![vec![3]; 3]);
        assert_eq!(greedy(100, &projects, &ballots), vec![1, 2]);
        // Each voter has 10: the seven pay about 7.14 each for one 50 (the cheaper price per
        // krona of gain, so first) and cannot pay for the second (20 left among them); the
        // three pay 10 each for theirs.
        assert_eq!(equal_shares(100, &projects, &ballots), vec![1, 3]);
    }

    #[test]
    fn rules_read_back_from_their_codes() {
        for rule in Rule::ALL {
            assert_eq!(Rule::from_code(rule.code()), Some(rule));
        }
        assert_eq!(Rule::from_code("borda"), None);
    }
}
