//! Residents' proposals for a citizen budget, and the staff's open review of them (SKR's steps
//! "ideas" and "processing"). A proposal is sent without an account while ideas are open,
//! moderated like a view before anyone sees it, then reviewed in the open: it goes on the
//! ballot with a cost, is merged into a similar one (and links to it), or is kept off with its
//! reason published. A proposer's contact is kept apart from the proposal, shown only to staff,
//! and erased when the result is certified. Nothing is ever deleted.

use std::collections::HashMap;

use sea_orm::{
    sea_query::Expr, ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set, TransactionTrait,
};

use super::read::{phase, published};
use super::service::ON_BALLOT;
use super::Phase;
use crate::access::{cap, Grant};
use crate::audit::{service::record, AuditAction};
use crate::db::entities::{budget, budget_project, budget_project_text, budget_proposer_contact};
use crate::domain::{Channel, HomeArea};
use crate::error::ServiceError;
use crate::forms::{too_long, FieldError, FieldProblem};
use crate::lang::Lang;

/// Sent, waiting for moderation: not shown.
pub const PROPOSED: &str = "proposed";
/// Refused by moderation (unlawful, personal data): kept, never shown.
pub const HIDDEN: &str = "hidden";
/// Published, waiting for the review.
pub const OPEN: &str = "open";
/// Reviewed and kept off the ballot; its reason is published.
pub const DECLINED: &str = "declined";
/// Merged into a similar proposal, which it links to.
pub const MERGED: &str = "merged";

/// Field limits, in characters.
pub const MAX_TITLE: usize = 120;
pub const MAX_DESCRIPTION: usize = 2000;
pub const MAX_CONTACT: usize = 200;
pub const MAX_REASON: usize = 1000;

/// The proposal form's field names.
pub mod fields {
    pub const TITLE: &str = "title";
    pub const DESCRIPTION: &str = "description";
    pub const AREA: &str = "area";
    pub const ESTIMATE: &str = "estimate";
    pub const CONTACT: &str = "contact";
    pub const DECISION: &str = "decision";
    pub const REASON: &str = "reason";
    pub const COST: &str = "cost";
    pub const INTO: &str = "into";
    /// Staff's form: how the proposal reached the district, and the language it is in.
    pub const CHANNEL: &str = "channel";
    pub const TEXT_LANG: &str = "text-lang";
    /// The proposer asks to be mailed how it went.
    pub const OUTCOME: &str = "outcome";
}

/// A proposal as a resident writes it (or staff type it from paper).
#[derive(Debug, Clone)]
pub struct NewProposal {
    pub title: String,
    pub description: String,
    pub area: Option<HomeArea>,
    pub estimate_sek: Option<i64>,
    pub contact: Option<String>,
    pub lang: Lang,
    pub channel: Channel,
    /// The proposer asked to be mailed how it went (the contact must then be an address).
    pub wants_outcome: bool,
}

/// The problems of a proposal form, one per field.
pub fn check(p: &NewProposal) -> Vec<FieldError> {
    let mut problems = Vec::new();
    for (field, value, max) in [
        (fields::TITLE, &p.title, MAX_TITLE),
        (fields::DESCRIPTION, &p.description, MAX_DESCRIPTION),
    ] {
        if value.trim().is_empty() {
            problems.push(FieldError::new(field, FieldProblem::Required));
        } else if value.chars().count() > max {
            problems.push(FieldError::new(field, too_long(max)));
        }
    }
    let contact = p.contact.as_deref().map(str::trim).unwrap_or_default();
    if contact.chars().count() > MAX_CONTACT {
        problems.push(FieldError::new(fields::CONTACT, too_long(MAX_CONTACT)));
    } else if p.wants_outcome && !crate::domain::plausible_email(contact) {
        // The outcome goes by mail: it needs an address to go to.
        problems.push(FieldError::new(fields::CONTACT, FieldProblem::Email));
    }
    problems
}

/// Stores a proposal for published budget `slug`, waiting for moderation, with its contact
/// apart. Returns its id.
///
/// # Errors
/// [`ServiceError::NotFound`]; [`ServiceError::NotOpen`] outside the ideas phase;
/// [`ServiceError::Invalid`] with a problem per field; a database failure.
pub async fn propose(
    db: &DatabaseConnection,
    slug: &str,
    p: NewProposal,
    today: chrono::NaiveDate,
) -> Result<i32, ServiceError> {
    store(db, slug, p, None, today).await
}

/// Stores a proposal that reached the district on paper, by phone or at a meeting, typed in
/// by a staff member (any role, as views from paper are), with its channel and the language
/// it was written in; logged with who typed it. It is then moderated and reviewed like any
/// other. Returns its id.
///
/// # Errors
/// As [`propose`]; [`ServiceError::Invalid`] also for the web as channel.
pub async fn enter(
    db: &DatabaseConnection,
    staff: &Grant<cap::EnterViews>,
    slug: &str,
    p: NewProposal,
    today: chrono::NaiveDate,
) -> Result<i32, ServiceError> {
    if p.channel == Channel::Web {
        let problem = FieldError::new(fields::CHANNEL, FieldProblem::NotAChoice);
        return Err(ServiceError::Invalid(vec![problem]));
    }
    store(db, slug, p, Some(staff.id), today).await
}

/// Stores a proposal waiting for moderation; `entered_by`: the staff member who typed it in.
async fn store(
    db: &DatabaseConnection,
    slug: &str,
    p: NewProposal,
    entered_by: Option<i32>,
    today: chrono::NaiveDate,
) -> Result<i32, ServiceError> {
    let b = published(db, slug).await?;
    if phase(&b, today) != Phase::Ideas {
        return Err(ServiceError::NotOpen);
    }
    let problems = check(&p);
    if !problems.is_empty() {
        return Err(ServiceError::Invalid(problems));
    }
    let txn = db.begin().await?;
    let project = budget_project::ActiveModel {
        budget_id: Set(b.id),
        status: Set(PROPOSED.to_string()),
        area: Set(p.area.map(|a| a.code().to_string())),
        estimate_sek: Set(p.estimate_sek.filter(|e| *e > 0)),
        lang: Set(p.lang.code().to_string()),
        channel: Set(p.channel.code().to_string()),
        won: Set(false),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    budget_project_text::ActiveModel {
        project_id: Set(project.id),
        lang: Set(p.lang.code().to_string()),
        title: Set(p.title.trim().to_string()),
        description: Set(p.description.trim().to_string()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    if let Some(contact) = p
        .contact
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty())
    {
        budget_proposer_contact::ActiveModel {
            project_id: Set(project.id),
            contact: Set(Some(contact)),
            wants_outcome: Set(p.wants_outcome),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    if let Some(staff) = entered_by {
        let target = format!("budget:{}:project:{}", b.id, project.id);
        let channel = Some(p.channel.code());
        record(
            &txn,
            Some(staff),
            AuditAction::BudgetProposalEnter,
            &target,
            channel,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(project.id)
}

/// Moderation: publishes a proposal waiting for it, or hides it (kept, never shown).
///
/// # Errors
/// [`ServiceError::NotFound`]; [`ServiceError::AlreadyDecided`] when it is not waiting any
/// more; a database failure.
pub async fn moderate(
    db: &DatabaseConnection,
    moderator: &Grant<cap::Moderate>,
    project_id: i32,
    publish: bool,
) -> Result<(), ServiceError> {
    let to = if publish { OPEN } else { HIDDEN };
    let txn = db.begin().await?;
    let changed = budget_project::Entity::update_many()
        .col_expr(budget_project::Column::Status, Expr::value(to))
        .filter(budget_project::Column::Id.eq(project_id))
        .filter(budget_project::Column::Status.eq(PROPOSED))
        .exec(&txn)
        .await?;
    if changed.rows_affected != 1 {
        // The transaction holds SQLite's write lock: end it before reading on another
        // connection.
        drop(txn);
        return Err(exists_or(db, project_id, ServiceError::AlreadyDecided).await);
    }
    record(
        &txn,
        Some(moderator.id),
        AuditAction::BudgetProposalModerate,
        &format!("project:{project_id}"),
        Some(to),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The review's decision on a published proposal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Review {
    /// Onto the ballot at this cost.
    Ballot { cost_sek: i64 },
    /// Kept off the ballot, for this published reason.
    Decline { reason: String },
    /// Merged into proposal `into`, with the reason.
    Merge { into: i32, reason: String },
}

/// Records the review of a published proposal, before voting opens (the ballot is fixed then).
///
/// # Errors
/// [`ServiceError::NotFound`]; [`ServiceError::WrongState`] once voting has begun, or when
/// merging into a proposal of another budget, into itself or into one merged away;
/// [`ServiceError::AlreadyDecided`] when it was reviewed meanwhile; [`ServiceError::Invalid`]
/// for a missing reason or cost; a database failure.
pub async fn review(
    db: &DatabaseConnection,
    editor: &Grant<cap::EditDialogues>,
    project_id: i32,
    decision: Review,
    today: chrono::NaiveDate,
) -> Result<(), ServiceError> {
    let project = budget_project::Entity::find_by_id(project_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let b = budget::Entity::find_by_id(project.budget_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if phase(&b, today) >= Phase::Voting {
        return Err(ServiceError::WrongState);
    }
    let reason_problem = |reason: &str| {
        if reason.trim().is_empty() {
            Some(FieldError::new(fields::REASON, FieldProblem::Required))
        } else if reason.chars().count() > MAX_REASON {
            Some(FieldError::new(fields::REASON, too_long(MAX_REASON)))
        } else {
            None
        }
    };
    let mut update = budget_project::Entity::update_many()
        .filter(budget_project::Column::Id.eq(project_id))
        .filter(budget_project::Column::Status.eq(OPEN));
    let (status, note) = match &decision {
        Review::Ballot { cost_sek } => {
            if *cost_sek <= 0 || *cost_sek > b.total_sek {
                return Err(ServiceError::Invalid(vec![FieldError::new(
                    fields::COST,
                    FieldProblem::Amount,
                )]));
            }
            update = update.col_expr(budget_project::Column::CostSek, Expr::value(*cost_sek));
            (ON_BALLOT, cost_sek.to_string())
        }
        Review::Decline { reason } => {
            if let Some(problem) = reason_problem(reason) {
                return Err(ServiceError::Invalid(vec![problem]));
            }
            update = update.col_expr(
                budget_project::Column::ReviewReason,
                Expr::value(reason.trim()),
            );
            (DECLINED, reason.trim().to_string())
        }
        Review::Merge { into, reason } => {
            if let Some(problem) = reason_problem(reason) {
                return Err(ServiceError::Invalid(vec![problem]));
            }
            let target = budget_project::Entity::find_by_id(*into)
                .one(db)
                .await?
                .ok_or(ServiceError::WrongState)?;
            if target.budget_id != b.id
                || target.id == project_id
                || ![OPEN, ON_BALLOT].contains(&target.status.as_str())
            {
                return Err(ServiceError::WrongState);
            }
            update = update
                .col_expr(budget_project::Column::MergedInto, Expr::value(*into))
                .col_expr(
                    budget_project::Column::ReviewReason,
                    Expr::value(reason.trim()),
                );
            (MERGED, format!("{into}: {}", reason.trim()))
        }
    };
    let txn = db.begin().await?;
    let changed = update
        .col_expr(budget_project::Column::Status, Expr::value(status))
        .exec(&txn)
        .await?;
    if changed.rows_affected != 1 {
        return Err(ServiceError::AlreadyDecided);
    }
    record(
        &txn,
        Some(editor.id),
        AuditAction::BudgetProposalReview,
        &format!("project:{project_id}"),
        Some(&format!("{status}: {note}")),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Mails each proposer who asked how the proposal fared, in the language they wrote it in,
/// on the certifying transaction, before the contacts are erased: funded or not with its
/// votes (`votes`, the certified count; `winners`, the funded projects), kept off the ballot
/// with the reason, or merged into another. Proposals that were never published get none.
///
/// # Errors
/// A database failure.
pub async fn mail_outcomes(
    txn: &sea_orm::DatabaseTransaction,
    letters: &crate::mail::Letters<'_>,
    b: &budget::Model,
    winners: &[i32],
    votes: &HashMap<i32, u64>,
) -> Result<usize, ServiceError> {
    use super::read::project_title;
    use crate::mail::compose::{budget_outcome, budget_outcome_line, ProposalFared};
    let projects = budget_project::Entity::find()
        .filter(budget_project::Column::BudgetId.eq(b.id))
        .all(txn)
        .await?;
    let contacts = budget_proposer_contact::Entity::find()
        .filter(budget_proposer_contact::Column::WantsOutcome.eq(true))
        .filter(budget_proposer_contact::Column::Contact.is_not_null())
        .filter(budget_proposer_contact::Column::ProjectId.is_in(projects.iter().map(|p| p.id)))
        .all(txn)
        .await?;
    let texts = budget_project_text::Entity::find()
        .filter(budget_project_text::Column::ProjectId.is_in(projects.iter().map(|p| p.id)))
        .all(txn)
        .await?;
    let mut sent = 0;
    for contact in contacts {
        let (Some(to), Some(p)) = (
            contact
                .contact
                .as_deref()
                .filter(|c| crate::domain::plausible_email(c)),
            projects.iter().find(|p| p.id == contact.project_id),
        ) else {
            continue;
        };
        let lang = Lang::from_code(&p.lang).unwrap_or_default();
        let fared = match p.status.as_str() {
            ON_BALLOT => {
                let n = votes.get(&p.id).copied().unwrap_or(0);
                if winners.contains(&p.id) {
                    ProposalFared::Funded { votes: n }
                } else {
                    ProposalFared::NotFunded { votes: n }
                }
            }
            DECLINED => ProposalFared::Declined {
                reason: p.review_reason.clone().unwrap_or_default(),
            },
            MERGED => ProposalFared::Merged {
                into: p
                    .merged_into
                    .map(|id| project_title(&texts, id, lang))
                    .unwrap_or_default(),
            },
            _ => continue,
        };
        let i18n = crate::i18n::I18n::new(lang, letters.translations.clone());
        let budget_title = super::read::title_in(txn, b.id, lang).await?;
        let line = budget_outcome_line(&i18n, &fared);
        let proposal = project_title(&texts, p.id, lang);
        let mail = budget_outcome(
            &i18n,
            letters.settings,
            to,
            &budget_title,
            &proposal,
            &line,
            &b.slug,
        );
        crate::mail::outbox::enqueue(txn, mail).await?;
        sent += 1;
    }
    Ok(sent)
}

/// Erases the contacts of budget `budget_id`'s proposers (the decision is made): the row stays,
/// saying when.
///
/// # Errors
/// A database failure.
pub async fn erase_contacts<C: sea_orm::ConnectionTrait>(
    db: &C,
    budget_id: i32,
) -> Result<u64, ServiceError> {
    let erased = budget_proposer_contact::Entity::update_many()
        .col_expr(
            budget_proposer_contact::Column::Contact,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            budget_proposer_contact::Column::ErasedAt,
            Expr::value(chrono::Utc::now()),
        )
        .filter(budget_proposer_contact::Column::Contact.is_not_null())
        .filter(
            budget_proposer_contact::Column::ProjectId.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(budget_project::Column::Id)
                    .from(budget_project::Entity)
                    .and_where(budget_project::Column::BudgetId.eq(budget_id))
                    .to_owned(),
            ),
        )
        .exec(db)
        .await?;
    Ok(erased.rows_affected)
}

/// A proposal as a page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProposalView {
    pub id: i32,
    pub status: String,
    pub lang: Lang,
    pub title: String,
    pub description: String,
    pub area: Option<HomeArea>,
    pub estimate_sek: Option<i64>,
    pub cost_sek: Option<i64>,
    pub reason: Option<String>,
    pub merged_into: Option<i32>,
    pub channel: String,
    /// Staff only: the proposer's contact while it is kept.
    pub contact: Option<String>,
}

/// Budget `budget_id`'s proposals, oldest first: for the residents only those published
/// (waiting for review, on the ballot, merged or declined), never a contact; for staff all.
///
/// # Errors
/// A database failure.
pub async fn list(
    db: &DatabaseConnection,
    budget_id: i32,
    for_staff: bool,
) -> Result<Vec<ProposalView>, ServiceError> {
    let mut query = budget_project::Entity::find()
        .filter(budget_project::Column::BudgetId.eq(budget_id))
        .filter(budget_project::Column::Channel.ne("staff"))
        .order_by_asc(budget_project::Column::Id);
    if !for_staff {
        query =
            query.filter(budget_project::Column::Status.is_in([OPEN, ON_BALLOT, MERGED, DECLINED]));
    }
    let projects = query.all(db).await?;
    let ids: Vec<i32> = projects.iter().map(|p| p.id).collect();
    let texts = budget_project_text::Entity::find()
        .filter(budget_project_text::Column::ProjectId.is_in(ids.clone()))
        .all(db)
        .await?;
    let contacts = if for_staff {
        budget_proposer_contact::Entity::find()
            .filter(budget_proposer_contact::Column::ProjectId.is_in(ids))
            .all(db)
            .await?
    } else {
        Vec::new()
    };
    Ok(projects
        .into_iter()
        .map(|p| {
            // The proposer's own words, in the language they were written in.
            let text = texts
                .iter()
                .find(|t| t.project_id == p.id && t.lang == p.lang)
                .or_else(|| texts.iter().find(|t| t.project_id == p.id));
            ProposalView {
                id: p.id,
                lang: Lang::from_code(&p.lang).unwrap_or_default(),
                title: text.map(|t| t.title.clone()).unwrap_or_default(),
                description: text.map(|t| t.description.clone()).unwrap_or_default(),
                area: p.area.as_deref().and_then(HomeArea::from_code),
                estimate_sek: p.estimate_sek,
                cost_sek: p.cost_sek,
                reason: p.review_reason.clone(),
                merged_into: p.merged_into,
                channel: p.channel.clone(),
                contact: contacts
                    .iter()
                    .find(|c| c.project_id == p.id)
                    .and_then(|c| c.contact.clone()),
                status: p.status,
            }
        })
        .collect())
}

/// `error` when project `project_id` exists, else [`ServiceError::NotFound`].
async fn exists_or(db: &DatabaseConnection, project_id: i32, error: ServiceError) -> ServiceError {
    match budget_project::Entity::find_by_id(project_id).one(db).await {
        Ok(Some(_)) => error,
        Ok(None) => ServiceError::NotFound,
        Err(db_error) => db_error.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn proposal(title: &str, description: &str) -> NewProposal {
        NewProposal {
            title: title.into(),
            description: description.into(),
            area: None,
            estimate_sek: None,
            contact: None,
            lang: Lang::Sv,
            channel: Channel::Web,
            wants_outcome: false,
        }
    }

    #[test]
    fn a_proposal_needs_a_title_and_a_description_within_their_limits() {
        assert!(check(&proposal("Utegym", "Ett utegym i parken.")).is_empty());
        let problems = check(&proposal(" ", &"x".repeat(MAX_DESCRIPTION + 1)));
        assert_eq!(
            problems,
            vec![
                FieldError::new(fields::TITLE, FieldProblem::Required),
                FieldError::new(fields::DESCRIPTION, too_long(MAX_DESCRIPTION)),
            ]
        );
    }
}
