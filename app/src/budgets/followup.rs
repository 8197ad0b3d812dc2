//! After the count (SKR's steps "political decision", "implementation" and "follow-up"): the
//! decision where it differs from the certified count, and each funded project's milestones.
//!
//! The count's winners stay as certified (the certificate names them). An administrator may
//! record that the council decided otherwise for a project, only with a reason; the budget's
//! page shows the count and the decision side by side. Editors then add milestones (planned,
//! started, done, stopped) to the funded projects; the newest is the project's status. Rows
//! are only ever added or superseded, never deleted.

use std::collections::HashMap;

use sea_orm::{
    sea_query::Expr, ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set, TransactionTrait,
};

use super::read::phase;
use super::service::ON_BALLOT;
use super::Phase;
use crate::access::{cap, Grant};
use crate::audit::{service::record, AuditAction};
use crate::db::entities::{budget, budget_milestone, budget_project};
use crate::error::ServiceError;
use crate::forms::{too_long, FieldError, FieldProblem};
use crate::lang::Lang;

/// A funded project's steps, in the order they usually come.
pub const STATUSES: [&str; 4] = ["planned", "started", "done", "stopped"];

/// Field limits, in characters.
pub const MAX_REASON: usize = 1000;
pub const MAX_NOTE: usize = 1000;

/// The follow-up forms' field names (suffixed with the project's id on the page, which holds
/// one form per project).
pub mod fields {
    pub const FUNDED: &str = "funded";
    pub const REASON: &str = "reason";
    pub const STATUS: &str = "status";
    pub const DATE: &str = "date";
    pub const NOTE: &str = "note";
}

/// One step in a funded project's implementation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Milestone {
    pub status: String,
    pub on_date: chrono::NaiveDate,
    pub note: String,
    /// The language the note is written in.
    pub lang: Lang,
}

/// Whether project `p` gets money: the decision where one is recorded, else the count.
pub fn funded(p: &budget_project::Model) -> bool {
    p.decision_won.unwrap_or(p.won)
}

/// `text` trimmed, or the field's problem when it is empty or longer than `max`.
fn required(field: &str, text: &str, max: usize) -> Result<String, ServiceError> {
    let text = text.trim();
    let problem = if text.is_empty() {
        FieldProblem::Required
    } else if text.chars().count() > max {
        too_long(max)
    } else {
        return Ok(text.to_string());
    };
    Err(ServiceError::Invalid(vec![FieldError::new(field, problem)]))
}

/// Project `project_id` on the ballot of budget `budget_id`, once the result is certified.
async fn certified_project(
    db: &DatabaseConnection,
    budget_id: i32,
    project_id: i32,
    today: chrono::NaiveDate,
) -> Result<budget_project::Model, ServiceError> {
    let b = budget::Entity::find_by_id(budget_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let project = budget_project::Entity::find_by_id(project_id)
        .one(db)
        .await?
        .filter(|p| p.budget_id == b.id && p.status == ON_BALLOT)
        .ok_or(ServiceError::NotFound)?;
    if phase(&b, today) != Phase::Result {
        return Err(ServiceError::WrongState);
    }
    Ok(project)
}

/// Records that the council funds (or does not fund) project `project_id` of budget
/// `budget_id` against the certified count, with `reason`, which the budget's page publishes.
/// A decision equal to the count clears an earlier one (the reason is still logged).
///
/// # Errors
/// [`ServiceError::NotFound`] for a project not on that budget's ballot;
/// [`ServiceError::WrongState`] before the result is certified; [`ServiceError::Invalid`]
/// without a reason or with one too long; a database failure.
pub async fn decide(
    db: &DatabaseConnection,
    admin: &Grant<cap::ManageAccounts>,
    budget_id: i32,
    project_id: i32,
    fund: bool,
    reason: &str,
    today: chrono::NaiveDate,
) -> Result<(), ServiceError> {
    let project = certified_project(db, budget_id, project_id, today).await?;
    let reason = required(fields::REASON, reason, MAX_REASON)?;
    let differs = fund != project.won;
    let txn = db.begin().await?;
    budget_project::Entity::update_many()
        .col_expr(
            budget_project::Column::DecisionWon,
            Expr::value(differs.then_some(fund)),
        )
        .col_expr(
            budget_project::Column::DecisionReason,
            Expr::value(differs.then(|| reason.clone())),
        )
        .col_expr(
            budget_project::Column::DecisionBy,
            Expr::value(differs.then_some(admin.id)),
        )
        .filter(budget_project::Column::Id.eq(project_id))
        .exec(&txn)
        .await?;
    let outcome = if fund { "funded" } else { "not funded" };
    record(
        &txn,
        Some(admin.id),
        AuditAction::BudgetDecision,
        &format!("project:{project_id}"),
        Some(&format!("{outcome}: {reason}")),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A milestone as an editor writes it.
#[derive(Debug, Clone)]
pub struct NewMilestone {
    pub status: String,
    /// As typed, YYYY-MM-DD.
    pub on_date: String,
    pub note: String,
    pub lang: Lang,
}

/// Adds a milestone to funded project `project_id` of budget `budget_id`.
///
/// # Errors
/// [`ServiceError::NotFound`] for a project not on that budget's ballot;
/// [`ServiceError::WrongState`] before the result is certified or for a project that gets no
/// money; [`ServiceError::Invalid`] per field; a database failure.
pub async fn add_milestone(
    db: &DatabaseConnection,
    editor: &Grant<cap::EditDialogues>,
    budget_id: i32,
    project_id: i32,
    new: NewMilestone,
    today: chrono::NaiveDate,
) -> Result<(), ServiceError> {
    let project = certified_project(db, budget_id, project_id, today).await?;
    if !funded(&project) {
        return Err(ServiceError::WrongState);
    }
    let mut problems = Vec::new();
    if !STATUSES.contains(&new.status.as_str()) {
        problems.push(FieldError::new(fields::STATUS, FieldProblem::Choose));
    }
    let on_date = chrono::NaiveDate::parse_from_str(new.on_date.trim(), "%Y-%m-%d").ok();
    if on_date.is_none() {
        problems.push(FieldError::new(fields::DATE, FieldProblem::Date));
    }
    let note = match required(fields::NOTE, &new.note, MAX_NOTE) {
        Ok(note) => Some(note),
        Err(ServiceError::Invalid(mut more)) => {
            problems.append(&mut more);
            None
        }
        Err(other) => return Err(other),
    };
    let (Some(on_date), Some(note), true) = (on_date, note, problems.is_empty()) else {
        return Err(ServiceError::Invalid(problems));
    };
    let txn = db.begin().await?;
    budget_milestone::ActiveModel {
        project_id: Set(project_id),
        status: Set(new.status.clone()),
        on_date: Set(on_date),
        note: Set(note),
        lang: Set(new.lang.code().to_string()),
        entered_by: Set(editor.id),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    record(
        &txn,
        Some(editor.id),
        AuditAction::BudgetMilestone,
        &format!("project:{project_id}"),
        Some(&format!("{} {on_date}", new.status)),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// The milestones of budget `budget_id`'s projects, per project, oldest first (the last is the
/// project's status).
///
/// # Errors
/// A database failure.
pub async fn milestones(
    db: &DatabaseConnection,
    budget_id: i32,
) -> Result<HashMap<i32, Vec<Milestone>>, ServiceError> {
    let rows = budget_milestone::Entity::find()
        .filter(
            budget_milestone::Column::ProjectId.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(budget_project::Column::Id)
                    .from(budget_project::Entity)
                    .and_where(budget_project::Column::BudgetId.eq(budget_id))
                    .to_owned(),
            ),
        )
        .order_by_asc(budget_milestone::Column::OnDate)
        .order_by_asc(budget_milestone::Column::Id)
        .all(db)
        .await?;
    let mut by_project: HashMap<i32, Vec<Milestone>> = HashMap::new();
    for row in rows {
        by_project
            .entry(row.project_id)
            .or_default()
            .push(Milestone {
                status: row.status,
                on_date: row.on_date,
                note: row.note,
                lang: Lang::from_code(&row.lang).unwrap_or_default(),
            });
    }
    Ok(by_project)
}
