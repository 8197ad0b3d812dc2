//! The moderators' decisions: on views (approve, reject, hide, restore), residents' reports
//! resolved, passages and names redacted, views marked for translation. The lists they decide
//! from are in [`super::queue`]. Nothing here deletes: a decision changes a status,
//! a redaction writes a public version beside the original, a report is resolved rather than
//! removed, and every act is audited in the same transaction.

use sea_orm::{
    sea_query::Expr, ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set, TransactionTrait,
};

use crate::access::{cap, Grant};
use crate::audit::{service::record, AuditAction};
use crate::db::entities::{view, view_answer, view_report};
use crate::domain::{RejectReason, ViewStatus, REDACTED};
use crate::error::ServiceError;

/// Who last decided view `view_id`, what (the audit action's code) and when: told to a second
/// moderator who was too late.
///
/// # Errors
/// The database fails.
pub async fn decided_by(
    db: &DatabaseConnection,
    view_id: i32,
) -> Result<Option<(String, String, chrono::DateTime<chrono::Utc>)>, ServiceError> {
    use crate::db::entities::{audit_entry, staff};
    let decisions = [
        AuditAction::Approve,
        AuditAction::Reject,
        AuditAction::Hide,
        AuditAction::Restore,
    ];
    let Some(entry) = audit_entry::Entity::find()
        .filter(audit_entry::Column::Target.eq(format!("view:{view_id}")))
        .filter(audit_entry::Column::Action.is_in(decisions.iter().map(|a| a.code())))
        .order_by_desc(audit_entry::Column::Id)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let who = match entry.actor_staff_id {
        Some(id) => staff::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|s| s.email)
            .unwrap_or_default(),
        None => String::new(),
    };
    Ok(Some((who, entry.action, entry.at)))
}

/// A moderator's decision on a view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Pending to published.
    Approve,
    /// Pending to rejected.
    Reject(RejectReason),
    /// Published to hidden: taken down after publication.
    Hide(RejectReason),
    /// Hidden to published again.
    Restore,
}

/// Carries out a moderator's decision and logs who did it and why, in one transaction. Nothing
/// is deleted: a rejected or hidden view stays, with its original text, as a public record.
///
/// # Errors
/// [`ServiceError::AlreadyDecided`] when the view is not in the state the decision starts from (someone
/// else was first);
/// The database fails.
pub async fn moderate(
    db: &DatabaseConnection,
    moderator: &Grant<cap::Moderate>,
    view_id: i32,
    decision: Decision,
) -> Result<(), ServiceError> {
    let txn = db.begin().await?;
    let (from, to, action, reason) = match decision {
        Decision::Approve => (
            ViewStatus::Pending,
            ViewStatus::Published,
            AuditAction::Approve,
            None,
        ),
        Decision::Reject(reason) => (
            ViewStatus::Pending,
            ViewStatus::Rejected,
            AuditAction::Reject,
            Some(reason.code()),
        ),
        Decision::Hide(reason) => (
            ViewStatus::Published,
            ViewStatus::Hidden,
            AuditAction::Hide,
            Some(reason.code()),
        ),
        Decision::Restore => (
            ViewStatus::Hidden,
            ViewStatus::Published,
            AuditAction::Restore,
            None,
        ),
    };
    // Only a view still in the starting state changes: two moderators cannot both decide.
    let updated = view::Entity::update_many()
        .col_expr(
            view::Column::Status,
            sea_orm::sea_query::Expr::value(to.code()),
        )
        .filter(view::Column::Id.eq(view_id))
        .filter(view::Column::Status.eq(from.code()))
        .exec(&txn)
        .await?;
    if updated.rows_affected != 1 {
        return Err(ServiceError::AlreadyDecided);
    }
    if to == ViewStatus::Hidden {
        resolve_reports(&txn, moderator, view_id).await?;
    }
    record(
        &txn,
        Some(moderator.id),
        action,
        &format!("view:{view_id}"),
        reason,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A moderator keeps a reported view published: its open reports are resolved (not removed).
///
/// # Errors
/// [`ServiceError::AlreadyDecided`] when the view has no open report; a database failure.
pub async fn dismiss_reports(
    db: &DatabaseConnection,
    moderator: &Grant<cap::Moderate>,
    view_id: i32,
) -> Result<(), ServiceError> {
    let txn = db.begin().await?;
    if resolve_reports(&txn, moderator, view_id).await? == 0 {
        return Err(ServiceError::AlreadyDecided);
    }
    record(
        &txn,
        Some(moderator.id),
        AuditAction::ReportDismiss,
        &format!("view:{view_id}"),
        None,
    )
    .await?;
    txn.commit().await.map_err(ServiceError::from)
}

/// Resolves a view's open reports (kept, marked with who and when) and says how many there were.
pub(crate) async fn resolve_reports<C: sea_orm::ConnectionTrait>(
    txn: &C,
    moderator: &Grant<cap::Moderate>,
    view_id: i32,
) -> Result<u64, ServiceError> {
    let resolved = view_report::Entity::update_many()
        .col_expr(
            view_report::Column::ResolvedAt,
            Expr::value(chrono::Utc::now()),
        )
        .col_expr(view_report::Column::ResolvedBy, Expr::value(moderator.id))
        .filter(view_report::Column::ViewId.eq(view_id))
        .filter(view_report::Column::ResolvedAt.is_null())
        .exec(txn)
        .await?;
    Ok(resolved.rows_affected)
}

/// The public version of `text` with every occurrence of `passage` replaced by the marker.
/// `None` when the passage is not in the text.
pub fn redact_text(text: &str, passage: &str) -> Option<String> {
    let passage = passage.trim();
    (!passage.is_empty() && text.contains(passage)).then(|| text.replace(passage, REDACTED))
}

/// Removes `passage` from the public version of a view (every answer and the general view it
/// appears in). The original texts are not touched; the public sees a marker instead.
///
/// # Errors
/// [`ServiceError::NotFound`] for an unknown view, [`ServiceError::NoSuchPassage`] for a passage found in none of its
/// texts; a database failure.
pub async fn redact(
    db: &DatabaseConnection,
    moderator: &Grant<cap::Moderate>,
    view_id: i32,
    passage: &str,
    reason: RejectReason,
) -> Result<(), ServiceError> {
    let txn = db.begin().await?;
    let v = view::Entity::find_by_id(view_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let mut changed = false;
    // Redact the public version if there is one already, so earlier redactions stay.
    if let Some(public) = v
        .general
        .as_ref()
        .and_then(|g| redact_text(v.general_public.as_ref().unwrap_or(g), passage))
    {
        let mut active: view::ActiveModel = v.clone().into();
        active.general_public = Set(Some(public));
        active.update(&txn).await?;
        changed = true;
    }
    for answer in view_answer::Entity::find()
        .filter(view_answer::Column::ViewId.eq(view_id))
        .all(&txn)
        .await?
    {
        if let Some(public) = redact_text(
            answer.public_answer.as_ref().unwrap_or(&answer.answer),
            passage,
        ) {
            let mut active: view_answer::ActiveModel = answer.into();
            active.public_answer = Set(Some(public));
            active.update(&txn).await?;
            changed = true;
        }
    }
    if !changed {
        return Err(ServiceError::NoSuchPassage);
    }
    record(
        &txn,
        Some(moderator.id),
        AuditAction::Redact,
        &format!("view:{view_id}"),
        Some(reason.code()),
    )
    .await?;
    txn.commit().await.map_err(ServiceError::from)
}

/// Redacts the name a view was sent with: the public pages, exports and API show no name from
/// then on; the name given is kept beside it, and the act is audited.
///
/// # Errors
/// [`ServiceError::NoSuchPassage`] when the view has no name or it is already redacted; a
/// database failure.
pub async fn redact_name(
    db: &DatabaseConnection,
    moderator: &Grant<cap::Moderate>,
    view_id: i32,
) -> Result<(), ServiceError> {
    let txn = db.begin().await?;
    let updated = view::Entity::update_many()
        .col_expr(view::Column::DisplayNamePublic, Expr::value(REDACTED))
        .filter(view::Column::Id.eq(view_id))
        .filter(view::Column::DisplayName.is_not_null())
        .filter(view::Column::DisplayNamePublic.is_null())
        .exec(&txn)
        .await?;
    if updated.rows_affected == 0 {
        return Err(ServiceError::NoSuchPassage);
    }
    record(
        &txn,
        Some(moderator.id),
        AuditAction::Redact,
        &format!("view:{view_id}:name"),
        Some(RejectReason::PersonalData.code()),
    )
    .await?;
    txn.commit().await.map_err(ServiceError::from)
}

/// Marks a pending view as needing translation before it can be judged.
///
/// # Errors
/// [`ServiceError::AlreadyDecided`] for an unknown view or one already marked; a database failure.
pub async fn mark_for_translation(
    db: &DatabaseConnection,
    moderator: &Grant<cap::Moderate>,
    view_id: i32,
) -> Result<(), ServiceError> {
    let txn = db.begin().await?;
    let updated = view::Entity::update_many()
        .col_expr(view::Column::NeedsTranslation, Expr::value(true))
        .filter(view::Column::Id.eq(view_id))
        .filter(view::Column::NeedsTranslation.eq(false))
        .exec(&txn)
        .await?;
    if updated.rows_affected != 1 {
        return Err(ServiceError::AlreadyDecided);
    }
    record(
        &txn,
        Some(moderator.id),
        AuditAction::NeedsTranslation,
        &format!("view:{view_id}"),
        None,
    )
    .await?;
    txn.commit().await.map_err(ServiceError::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redaction_replaces_the_passage_and_only_when_it_is_there() {
        let public =
            redact_text("Ring mig på 070-123 45 67 om parken", "070-123 45 67").expect("found");
        assert_eq!(public, format!("Ring mig på {REDACTED} om parken"));
        assert_eq!(redact_text("Om parken", "070"), None);
        assert_eq!(
            redact_text("Om parken", "  "),
            None,
            "an empty passage redacts nothing"
        );
    }
}
