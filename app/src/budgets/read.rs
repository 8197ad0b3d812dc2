//! Citizen budgets as pages and files read them: the list, a budget with its projects, the
//! count once certified (never before: [`tally`] answers `NotFound` until then), and the
//! canonical Pabulib export a certificate names.

use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
};

use super::count::{self, Candidate, Rule};
use super::followup::{self, Milestone};
use super::pabulib::{self, Listed, Meta};
use super::service::ON_BALLOT;
use super::{Dates, Method, Phase};
use crate::db::entities::{
    budget, budget_ballot, budget_ballot_line, budget_credential, budget_project,
    budget_project_text, budget_text,
};
use crate::domain::{AgeGroup, HomeArea};
use crate::error::ServiceError;
use crate::lang::Lang;

/// The votes of a budget's projects, once its result is certified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    /// Per project on the ballot: its id, votes, and whether it won.
    pub projects: Vec<(i32, u64, bool)>,
    pub ballots: u64,
    pub digest: String,
    /// Who voted, for the figures: ballots per age group (`None`: not said; children under 13
    /// and 13–17 apart) and per channel, in a fixed order.
    pub by_age: Vec<(Option<AgeGroup>, u64)>,
    pub by_channel: Vec<(&'static str, u64)>,
    /// Ballots per kind of credential (printed code, code by e-mail, open voting), so that
    /// open voting can be audited afterwards.
    pub by_kind: Vec<(&'static str, u64)>,
}

/// The count of published budget `slug`: only in the result phase.
///
/// # Errors
/// [`ServiceError::NotFound`] for no such budget, and before the result is certified; a
/// database failure.
pub async fn tally(db: &DatabaseConnection, slug: &str) -> Result<Tally, ServiceError> {
    let b = published(db, slug).await?;
    let digest = b.certified_digest.clone().ok_or(ServiceError::NotFound)?;
    let export = export_of(db, &b).await?;
    let (candidates, ballots) = (export.candidates(), export.ballots);
    let votes = count::votes(&candidates, &ballots);
    let won = budget_project::Entity::find()
        .filter(budget_project::Column::BudgetId.eq(b.id))
        .filter(budget_project::Column::Won.eq(true))
        .all(db)
        .await?;
    let facts = budget_ballot::Entity::find()
        .filter(budget_ballot::Column::BudgetId.eq(b.id))
        .all(db)
        .await?;
    let how_many = |keep: &dyn Fn(&budget_ballot::Model) -> bool| {
        u64::try_from(facts.iter().filter(|f| keep(f)).count()).unwrap_or(u64::MAX)
    };
    let by_age = AgeGroup::ALL
        .iter()
        .map(|a| Some(*a))
        .chain([None])
        .map(|age| {
            let code = age.map(AgeGroup::code);
            (age, how_many(&|f| f.age_group.as_deref() == code))
        })
        .collect();
    let by_channel = super::BallotChannel::CODES
        .into_iter()
        .map(|c| (c, how_many(&|f| f.channel == c)))
        .collect();
    let kinds: std::collections::HashMap<i32, String> = budget_credential::Entity::find()
        .filter(budget_credential::Column::BudgetId.eq(b.id))
        .filter(budget_credential::Column::UsedAt.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.kind))
        .collect();
    let kind_of = |f: &budget_ballot::Model| {
        f.credential_id
            .and_then(|id| kinds.get(&id))
            .map(String::as_str)
    };
    let by_kind = super::credentials::KINDS
        .into_iter()
        .map(|k| (k, how_many(&|f| kind_of(f) == Some(k))))
        .collect();
    Ok(Tally {
        projects: candidates
            .iter()
            .map(|c| {
                (
                    c.id,
                    votes.get(&c.id).copied().unwrap_or(0),
                    won.iter().any(|w| w.id == c.id),
                )
            })
            .collect(),
        ballots: u64::try_from(ballots.len()).unwrap_or(u64::MAX),
        digest,
        by_age,
        by_channel,
        by_kind,
    })
}

/// A project as the residents' page shows it, in the page's language where it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectView {
    pub id: i32,
    /// The language its texts are in (Swedish when the page's is missing).
    pub lang: Lang,
    pub title: String,
    pub description: String,
    pub cost_sek: i64,
    pub area: Option<HomeArea>,
    /// The council's decision where it differs from the count: funded or not, and why.
    pub decision: Option<(bool, String)>,
    /// Its follow-up once funded, oldest first.
    pub milestones: Vec<Milestone>,
}

/// A budget as the residents' page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BudgetView {
    pub slug: String,
    pub lang: Lang,
    pub title: String,
    pub summary: String,
    pub eligibility: String,
    pub total_sek: i64,
    pub method: Method,
    pub phase: Phase,
    pub dates: Dates,
    pub decided_by: String,
    pub diarienummer: String,
    pub projects: Vec<ProjectView>,
    /// The residents' proposals, once published, with how the review went.
    pub proposals: Vec<super::proposals::ProposalView>,
    /// Only in the result phase.
    pub tally: Option<Tally>,
    /// Residents may ask for a one-time code by e-mail.
    pub email_codes: bool,
    /// Residents may vote without a code.
    pub open_voting: bool,
}

/// The published budgets, newest first, each with its title in `lang` (or Swedish) and phase.
///
/// # Errors
/// A database failure.
pub async fn list(
    db: &DatabaseConnection,
    lang: Lang,
    today: chrono::NaiveDate,
) -> Result<Vec<(String, Lang, String, Phase)>, ServiceError> {
    let budgets = budget::Entity::find()
        .filter(budget::Column::Published.eq(true))
        .order_by_desc(budget::Column::VotingOpens)
        .all(db)
        .await?;
    let texts = budget_text::Entity::find()
        .filter(budget_text::Column::BudgetId.is_in(budgets.iter().map(|b| b.id)))
        .all(db)
        .await?;
    Ok(budgets
        .iter()
        .map(|b| {
            let (text_lang, title) = in_lang(&texts, b.id, lang, |t| (t.budget_id, &t.lang))
                .map(|t| {
                    (
                        Lang::from_code(&t.lang).unwrap_or_default(),
                        t.title.clone(),
                    )
                })
                .unwrap_or_default();
            (b.slug.clone(), text_lang, title, phase(b, today))
        })
        .collect())
}

/// Published budget `slug` as the residents' page shows it in `lang`.
///
/// # Errors
/// [`ServiceError::NotFound`]; a database failure.
pub async fn view(
    db: &DatabaseConnection,
    slug: &str,
    lang: Lang,
    today: chrono::NaiveDate,
) -> Result<BudgetView, ServiceError> {
    let b = published(db, slug).await?;
    let texts = budget_text::Entity::find()
        .filter(budget_text::Column::BudgetId.eq(b.id))
        .all(db)
        .await?;
    let text =
        in_lang(&texts, b.id, lang, |t| (t.budget_id, &t.lang)).ok_or(ServiceError::NotFound)?;
    let projects = budget_project::Entity::find()
        .filter(budget_project::Column::BudgetId.eq(b.id))
        .filter(budget_project::Column::Status.eq(ON_BALLOT))
        .order_by_asc(budget_project::Column::Id)
        .all(db)
        .await?;
    let project_texts = budget_project_text::Entity::find()
        .filter(budget_project_text::Column::ProjectId.is_in(projects.iter().map(|p| p.id)))
        .all(db)
        .await?;
    let phase = phase(&b, today);
    let (tally, mut milestones) = if phase == Phase::Result {
        (
            Some(tally(db, slug).await?),
            followup::milestones(db, b.id).await?,
        )
    } else {
        (None, Default::default())
    };
    Ok(BudgetView {
        slug: b.slug.clone(),
        lang: Lang::from_code(&text.lang).unwrap_or_default(),
        title: text.title.clone(),
        summary: text.summary.clone(),
        eligibility: text.eligibility.clone(),
        total_sek: b.total_sek,
        method: method_of(&b)?,
        phase,
        dates: Dates {
            ideas_opens: b.ideas_opens,
            ideas_closes: b.ideas_closes,
            voting_opens: b.voting_opens,
            voting_closes: b.voting_closes,
        },
        decided_by: b.decided_by.clone(),
        diarienummer: b.diarienummer.clone(),
        email_codes: b.email_codes,
        open_voting: b.open_voting,
        projects: projects
            .iter()
            .map(|p| {
                let t = in_lang(&project_texts, p.id, lang, |t| (t.project_id, &t.lang));
                ProjectView {
                    id: p.id,
                    lang: t.and_then(|t| Lang::from_code(&t.lang)).unwrap_or_default(),
                    title: t.map(|t| t.title.clone()).unwrap_or_default(),
                    description: t.map(|t| t.description.clone()).unwrap_or_default(),
                    cost_sek: p.cost_sek.unwrap_or(0),
                    area: p.area.as_deref().and_then(HomeArea::from_code),
                    decision: p
                        .decision_won
                        .map(|won| (won, p.decision_reason.clone().unwrap_or_default())),
                    milestones: milestones.remove(&p.id).unwrap_or_default(),
                }
            })
            .collect(),
        proposals: super::proposals::list(db, b.id, false).await?,
        tally,
    })
}

/// Budget `budget_id`'s title in `lang`, or in Swedish: for mails written in a resident's
/// language.
///
/// # Errors
/// A database failure.
pub(super) async fn title_in<C: ConnectionTrait>(
    db: &C,
    budget_id: i32,
    lang: Lang,
) -> Result<String, ServiceError> {
    let texts = budget_text::Entity::find()
        .filter(budget_text::Column::BudgetId.eq(budget_id))
        .all(db)
        .await?;
    Ok(in_lang(&texts, budget_id, lang, |t| (t.budget_id, &t.lang))
        .map(|t| t.title.clone())
        .unwrap_or_default())
}

/// Of `project_texts`, project `id`'s title in `lang` (or Swedish, or as written).
pub(super) fn project_title(
    project_texts: &[budget_project_text::Model],
    id: i32,
    lang: Lang,
) -> String {
    in_lang(project_texts, id, lang, |t| (t.project_id, &t.lang))
        .map(|t| t.title.clone())
        .unwrap_or_default()
}

/// Of `rows` (texts of several owners in several languages), owner `owner`'s in `lang`, or
/// else in Swedish, or else in the language it was written in (a resident's proposal).
pub(super) fn in_lang<T>(
    rows: &[T],
    owner: i32,
    lang: Lang,
    key: impl Fn(&T) -> (i32, &String),
) -> Option<&T> {
    let find = |code: &str| {
        rows.iter().find(|r| {
            let (o, l) = key(r);
            o == owner && l == code
        })
    };
    find(lang.code())
        .or_else(|| find(Lang::Sv.code()))
        .or_else(|| rows.iter().find(|r| key(r).0 == owner))
}

/// The canonical Pabulib export of published budget `slug`'s ballots, once its result is
/// certified: the very bytes whose SHA-256 the certificate names (open data from then on).
///
/// # Errors
/// [`ServiceError::NotFound`] for no such budget, and before the result is certified; a
/// database failure.
pub async fn certified_export(db: &DatabaseConnection, slug: &str) -> Result<String, ServiceError> {
    let b = published(db, slug).await?;
    if b.certified_digest.is_none() {
        return Err(ServiceError::NotFound);
    }
    Ok(export_of(db, &b).await?.file())
}

/// A budget as the staff's list shows it, published or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffBudget {
    pub id: i32,
    pub slug: String,
    /// The Swedish title.
    pub title: String,
    pub phase: Phase,
    pub published: bool,
}

/// Every budget, newest first, for the staff's list.
///
/// # Errors
/// A database failure.
pub async fn staff_list(
    db: &DatabaseConnection,
    today: chrono::NaiveDate,
) -> Result<Vec<StaffBudget>, ServiceError> {
    let budgets = budget::Entity::find()
        .order_by_desc(budget::Column::VotingOpens)
        .all(db)
        .await?;
    let titles = budget_text::Entity::find()
        .filter(budget_text::Column::Lang.eq(Lang::Sv.code()))
        .all(db)
        .await?;
    Ok(budgets
        .iter()
        .map(|b| StaffBudget {
            id: b.id,
            slug: b.slug.clone(),
            title: titles
                .iter()
                .find(|t| t.budget_id == b.id)
                .map(|t| t.title.clone())
                .unwrap_or_default(),
            phase: phase(b, today),
            published: b.published,
        })
        .collect())
}

/// Budget `slug` for a staff page, published or not.
///
/// # Errors
/// [`ServiceError::NotFound`]; a database failure.
pub async fn staff_budget(
    db: &DatabaseConnection,
    slug: &str,
    today: chrono::NaiveDate,
) -> Result<StaffBudget, ServiceError> {
    staff_list(db, today)
        .await?
        .into_iter()
        .find(|b| b.slug == slug)
        .ok_or(ServiceError::NotFound)
}

/// A sum of kronor grouped by thousands with no-break spaces, as Swedish and Finnish write it.
pub fn kronor(amount: i64) -> String {
    let digits = amount.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    if amount < 0 {
        out.insert(0, '-');
    }
    out
}

/// What the canonical Pabulib export of a budget lists: its facts, the projects on the ballot
/// (each marked selected when it won), and every ballot in the order stored.
pub(crate) struct Export {
    pub meta: Meta,
    pub listed: Vec<Listed>,
    pub ballots: Vec<Vec<i32>>,
}

impl Export {
    /// The file's text.
    pub fn file(&self) -> String {
        pabulib::export(&self.meta, &self.listed, &self.ballots)
    }

    /// The projects with their costs, as the count takes them.
    pub fn candidates(&self) -> Vec<Candidate> {
        self.listed.iter().map(|l| l.candidate).collect()
    }

    /// Counts the ballots under the budget's rule, marks the winners selected (as the file
    /// published afterwards marks them), and answers the winners and the SHA-256 of the file.
    pub fn count(&mut self) -> (Vec<i32>, String) {
        let winners = count::winners(
            self.meta.rule,
            self.meta.total,
            &self.candidates(),
            &self.ballots,
        );
        for listed in &mut self.listed {
            listed.selected = winners.contains(&listed.candidate.id);
        }
        (winners, pabulib::digest(&self.file()))
    }
}

/// Budget `b`'s export, as it stands in the database.
pub(crate) async fn export_of<C: ConnectionTrait>(
    db: &C,
    b: &budget::Model,
) -> Result<Export, ServiceError> {
    let projects = budget_project::Entity::find()
        .filter(budget_project::Column::BudgetId.eq(b.id))
        .filter(budget_project::Column::Status.eq(ON_BALLOT))
        .order_by_asc(budget_project::Column::Id)
        .all(db)
        .await?;
    let titles = budget_project_text::Entity::find()
        .filter(budget_project_text::Column::ProjectId.is_in(projects.iter().map(|p| p.id)))
        .all(db)
        .await?;
    let ballots = ballots_of(db, b.id).await?;
    let listed: Vec<Listed> = projects
        .iter()
        .map(|p| Listed {
            candidate: Candidate {
                id: p.id,
                cost: p.cost_sek.unwrap_or(0),
            },
            name: in_lang(&titles, p.id, Lang::Sv, |t| (t.project_id, &t.lang))
                .map(|t| t.title.clone())
                .unwrap_or_default(),
            selected: p.won,
        })
        .collect();
    let title = budget_text::Entity::find()
        .filter(budget_text::Column::BudgetId.eq(b.id))
        .filter(budget_text::Column::Lang.eq(Lang::Sv.code()))
        .one(db)
        .await?
        .map(|t| t.title)
        .unwrap_or_default();
    let meta = Meta {
        slug: b.slug.clone(),
        title,
        total: b.total_sek,
        method: method_of(b)?,
        rule: Rule::from_code(&b.rule).unwrap_or(Rule::Greedy),
        opened: b.voting_opens,
        closed: b.voting_closes,
    };
    Ok(Export {
        meta,
        listed,
        ballots,
    })
}

/// Every ballot of budget `budget_id` with its lines, in the order stored: two queries.
pub(super) async fn ballots_of<C: ConnectionTrait>(
    db: &C,
    budget_id: i32,
) -> Result<Vec<Vec<i32>>, ServiceError> {
    let ballots = budget_ballot::Entity::find()
        .filter(budget_ballot::Column::BudgetId.eq(budget_id))
        .order_by_asc(budget_ballot::Column::Id)
        .all(db)
        .await?;
    let lines = budget_ballot_line::Entity::find()
        .filter(
            budget_ballot_line::Column::BallotId.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(budget_ballot::Column::Id)
                    .from(budget_ballot::Entity)
                    .and_where(budget_ballot::Column::BudgetId.eq(budget_id))
                    .to_owned(),
            ),
        )
        .all(db)
        .await?;
    let mut by_ballot: std::collections::HashMap<i32, Vec<i32>> = Default::default();
    for line in lines {
        by_ballot
            .entry(line.ballot_id)
            .or_default()
            .push(line.project_id);
    }
    Ok(ballots
        .iter()
        .map(|b| by_ballot.remove(&b.id).unwrap_or_default())
        .collect())
}

/// The projects on budget `budget_id`'s ballot, with their costs.
pub(super) async fn on_ballot(
    db: &DatabaseConnection,
    budget_id: i32,
) -> Result<Vec<Candidate>, ServiceError> {
    Ok(budget_project::Entity::find()
        .filter(budget_project::Column::BudgetId.eq(budget_id))
        .filter(budget_project::Column::Status.eq(ON_BALLOT))
        .all(db)
        .await?
        .into_iter()
        .map(|p| Candidate {
            id: p.id,
            cost: p.cost_sek.unwrap_or(0),
        })
        .collect())
}

pub(super) async fn published(
    db: &DatabaseConnection,
    slug: &str,
) -> Result<budget::Model, ServiceError> {
    budget::Entity::find()
        .filter(budget::Column::Slug.eq(slug))
        .filter(budget::Column::Published.eq(true))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

pub(super) fn method_of(b: &budget::Model) -> Result<Method, ServiceError> {
    Method::from_stored(&b.method, b.max_choices)
        .ok_or_else(|| ServiceError::Internal(format!("budget {}: bad method", b.id)))
}

/// Where budget `b` stands on `today`.
pub fn phase(b: &budget::Model, today: chrono::NaiveDate) -> Phase {
    Dates {
        ideas_opens: b.ideas_opens,
        ideas_closes: b.ideas_closes,
        voting_opens: b.voting_opens,
        voting_closes: b.voting_closes,
    }
    .phase(today, b.certified_at.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_are_grouped_by_thousands() {
        assert_eq!(kronor(100_000), "100\u{a0}000");
        assert_eq!(kronor(1_250_000), "1\u{a0}250\u{a0}000");
        assert_eq!(kronor(950), "950");
    }
}
