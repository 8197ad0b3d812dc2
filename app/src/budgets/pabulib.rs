//! The ballots of a citizen budget in the Pabulib format (pabulib.org), the participatory
//! budgeting library's exchange format: a `META` section, the `PROJECTS` with their costs and
//! votes, and every ballot in `VOTES`, one line each, with no personal data. The export is
//! canonical (projects and ballots in id order, each ballot's projects sorted), so its SHA-256
//! names the exact ballots a certified result was counted from.

use super::count::{Candidate, Rule};
use super::Method;

/// What the file says about the budget.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    pub slug: String,
    pub title: String,
    pub total: i64,
    pub method: Method,
    pub rule: Rule,
    /// Voting opened and closed, `dd.mm.yyyy` as Pabulib writes dates.
    pub opened: chrono::NaiveDate,
    pub closed: chrono::NaiveDate,
}

/// A project as the file lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub candidate: Candidate,
    pub name: String,
    pub selected: bool,
}

/// The file: `ballots` are the projects each counted ballot names, in the ballots' order.
pub fn export(meta: &Meta, projects: &[Listed], ballots: &[Vec<i32>]) -> String {
    let mut projects: Vec<&Listed> = projects.iter().collect();
    projects.sort_by_key(|p| p.candidate.id);
    let candidates: Vec<Candidate> = projects.iter().map(|p| p.candidate).collect();
    let votes = super::count::votes(&candidates, ballots);
    let mut out = String::new();
    let mut line = |fields: &[String]| {
        let quoted: Vec<String> = fields.iter().map(|f| field(f)).collect();
        out.push_str(&quoted.join(";"));
        out.push('\n');
    };
    let date = |d: chrono::NaiveDate| d.format("%d.%m.%Y").to_string();
    line(&["META".into()]);
    line(&["key".into(), "value".into()]);
    let mut meta_rows: Vec<(&str, String)> = vec![
        ("description", meta.title.clone()),
        ("country", "Sweden".into()),
        ("unit", "Stockholm".into()),
        ("subunit", "Hässelby-Vällingby".into()),
        ("instance", meta.slug.clone()),
        ("num_projects", projects.len().to_string()),
        ("num_votes", ballots.len().to_string()),
        ("budget", meta.total.to_string()),
        ("vote_type", "approval".into()),
        ("rule", meta.rule.code().into()),
        ("date_begin", date(meta.opened)),
        ("date_end", date(meta.closed)),
        ("currency", "SEK".into()),
        ("min_length", "1".into()),
    ];
    match meta.method {
        Method::Approval { max } => meta_rows.push(("max_length", max.to_string())),
        Method::Knapsack => meta_rows.push(("max_sum_cost", meta.total.to_string())),
    }
    for (key, value) in meta_rows {
        line(&[key.into(), value]);
    }
    line(&["PROJECTS".into()]);
    line(&[
        "project_id".into(),
        "cost".into(),
        "votes".into(),
        "name".into(),
        "selected".into(),
    ]);
    for p in &projects {
        line(&[
            project_id(p.candidate.id),
            p.candidate.cost.to_string(),
            votes.get(&p.candidate.id).copied().unwrap_or(0).to_string(),
            p.name.clone(),
            u8::from(p.selected).to_string(),
        ]);
    }
    line(&["VOTES".into()]);
    line(&["voter_id".into(), "vote".into()]);
    for (i, ballot) in ballots.iter().enumerate() {
        let mut ids = ballot.clone();
        ids.sort_unstable();
        ids.dedup();
        let vote: Vec<String> = ids.into_iter().map(project_id).collect();
        line(&[(i + 1).to_string(), vote.join(",")]);
    }
    out
}

/// A project's id in the file: zero-padded, so that ordering by name is ordering by number
/// for any tool that breaks ties by name.
pub fn project_id(id: i32) -> String {
    format!("{id:05}")
}

/// The SHA-256 of an export, in hex: what a certified result names.
pub fn digest(export: &str) -> String {
    crate::tokens::sha256_hex(export.as_bytes())
}

/// A field as CSV with `;` wants it: quoted when it holds a separator, a quote or a newline.
fn field(text: &str) -> String {
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::budgets::count::{winners, Rule};

    fn meta(method: Method, rule: Rule) -> Meta {
        Meta {
            slug: "medborgarbudget-test".into(),
            title: "Medborgarbudget; test".into(),
            total: 100_000,
            method,
            rule,
            opened: chrono::NaiveDate::from_ymd_opt(2026, 11, 2).expect("date"),
            closed: chrono::NaiveDate::from_ymd_opt(2026, 11, 30).expect("date"),
        }
    }

    /// A made-up vote: `voters` ballots over `projects.len()` projects, drawn from a fixed seed
    /// with a skew, so that some projects are popular and costs differ.
    fn instance(voters: usize, max: usize) -> (Vec<Listed>, Vec<Vec<i32>>) {
        let costs = [
            12_000, 35_000, 8_000, 50_000, 20_000, 27_000, 15_000, 40_000, 9_000, 22_000,
        ];
        let projects: Vec<Listed> = costs
            .iter()
            .enumerate()
            .map(|(i, cost)| Listed {
                candidate: Candidate {
                    id: i32::try_from(i).expect("small") + 1,
                    cost: *cost,
                },
                name: format!("Projekt {}", i + 1),
                selected: false,
            })
            .collect();
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let ballots = (0..voters)
            .map(|_| {
                let wanted =
                    1 + usize::try_from(next() % u64::try_from(max).expect("max")).expect("small");
                let mut ids: Vec<i32> = Vec::new();
                while ids.len() < wanted {
                    // Lower numbers are chosen more often.
                    let a = next() % 10;
                    let b = next() % 10;
                    let id = i32::try_from(a.min(b)).expect("small") + 1;
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
                ids
            })
            .collect();
        (projects, ballots)
    }

    #[test]
    fn the_export_is_pabulib_and_canonical() {
        let (projects, ballots) = instance(5, 3);
        let file = export(
            &meta(Method::Approval { max: 3 }, Rule::Greedy),
            &projects,
            &ballots,
        );
        assert!(file.starts_with("META\nkey;value\ndescription;\"Medborgarbudget; test\"\n"));
        assert!(file.contains("\nbudget;100000\n"));
        assert!(file.contains("\nmax_length;3\n"));
        assert!(file.contains("\nPROJECTS\nproject_id;cost;votes;name;selected\n00001;12000;"));
        assert!(file.contains("\nVOTES\nvoter_id;vote\n1;"));
        assert_eq!(file.lines().filter(|l| l.starts_with("00")).count(), 10);
        // The same ballots in another order of lines give other bytes; the same ballots with
        // their projects shuffled give the same bytes.
        let mut shuffled = ballots.clone();
        for b in &mut shuffled {
            b.reverse();
        }
        let again = export(
            &meta(Method::Approval { max: 3 }, Rule::Greedy),
            &projects,
            &shuffled,
        );
        assert_eq!(digest(&file), digest(&again));
        assert_eq!(digest(&file).len(), 64);
        let knapsack = export(
            &meta(Method::Knapsack, Rule::EqualShares),
            &projects,
            &ballots,
        );
        assert!(
            knapsack.contains("\nmax_sum_cost;100000\n")
                && knapsack.contains("\nrule;equalshares\n")
        );
    }

    /// `pabutools` (PyPI), a participatory-budgeting library that is not ours, counts our export
    /// again under both rules and must find the winners we found. It runs from the Python venv
    /// `scripts/install-tools.sh` makes in `end2end/.venv`.
    #[test]
    fn pabutools_recounts_the_export_and_finds_the_same_winners() {
        let python =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../end2end/.venv/bin/python");
        let script =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/pabulib-recount.py");
        assert!(
            python.exists(),
            "no {}: run scripts/install-tools.sh",
            python.display()
        );
        let dir = std::env::temp_dir().join(format!("pabulib-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        for (method, voters) in [(Method::Approval { max: 3 }, 400), (Method::Knapsack, 300)] {
            let (projects, ballots) = instance(voters, 4);
            let ballots: Vec<Vec<i32>> = match method {
                // A knapsack ballot fits in the budget: keep each ballot's first projects that do.
                Method::Knapsack => ballots
                    .into_iter()
                    .map(|b| {
                        let mut sum = 0;
                        b.into_iter()
                            .filter(|id| {
                                let cost = projects[usize::try_from(*id - 1).expect("id")]
                                    .candidate
                                    .cost;
                                sum += cost;
                                sum <= 100_000
                            })
                            .collect()
                    })
                    .collect(),
                Method::Approval { .. } => ballots,
            };
            let candidates: Vec<Candidate> = projects.iter().map(|p| p.candidate).collect();
            for rule in Rule::ALL {
                let ours = winners(rule, 100_000, &candidates, &ballots);
                assert!(!ours.is_empty());
                let file = dir.join(format!("{}-{}.pb", rule.code(), voters));
                std::fs::write(&file, export(&meta(method, rule), &projects, &ballots))
                    .expect("write");
                let out = std::process::Command::new(&python)
                    .arg(&script)
                    .arg(&file)
                    .output()
                    .expect("python");
                assert!(
                    out.status.success(),
                    "{}",
                    String::from_utf8_lossy(&out.stderr)
                );
                let mut theirs: Vec<String> = String::from_utf8_lossy(&out.stdout)
                    .split_whitespace()
                    .map(str::to_string)
                    .collect();
                let mut ours: Vec<String> = ours.into_iter().map(project_id).collect();
                theirs.sort();
                ours.sort();
                assert_eq!(ours, theirs, "{} with {voters} ballots", rule.code());
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
