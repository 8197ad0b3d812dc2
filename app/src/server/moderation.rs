//! Moderation beyond approve and reject: residents' reports of published views, redacting a
//! part of a text, marking a view for translation, and views that staff enter from paper, a
//! phone call or a meeting. Nothing here deletes: a redaction writes a public version beside
//! the original, a report is resolved rather than removed, and every act is audited.

use std::net::IpAddr;

use sea_orm::{
    sea_query::Expr, ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set, TransactionTrait,
};

use super::entities::{view, view_answer, view_report};
use super::staff::{audit, internal, Staff, StaffError};
use super::views::{store, Stored};
use super::AppState;
use crate::domain::{Channel, DialogueStatus, RejectReason, ViewForm, ViewStatus, REDACTED};
use crate::lang::Lang;

/// Why a resident's report was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportError {
    /// This address sent too many reports.
    RateLimited,
    /// The view is not (or no longer) published.
    Gone,
    Internal,
}

/// A resident reports a published view with a reason: it goes into the moderators' queue.
/// The view stays published until a moderator decides.
///
/// # Errors
/// [`ReportError::RateLimited`], [`ReportError::Gone`], [`ReportError::Internal`].
pub async fn report(state: &AppState, client: IpAddr, view_id: i32, reason: RejectReason) -> Result<(), ReportError> {
    let db = &state.db;
    let published = view::Entity::find_by_id(view_id)
        .filter(view::Column::Status.eq(ViewStatus::Published.code()))
        .one(db)
        .await
        .map_err(|e| {
            internal(e);
            ReportError::Internal
        })?;
    if published.is_none() {
        return Err(ReportError::Gone);
    }
    if state.limits.reports.check_key(&client).is_err() {
        return Err(ReportError::RateLimited);
    }
    let write = async {
        let txn = db.begin().await.map_err(internal)?;
        view_report::ActiveModel {
            view_id: Set(view_id),
            reason: Set(reason.code().to_string()),
            created_at: Set(chrono::Utc::now()),
            ..Default::default()
        }
        .insert(&txn)
        .await
        .map_err(internal)?;
        audit(&txn, None, "report", &format!("view:{view_id}"), Some(reason.code())).await?;
        txn.commit().await.map_err(internal)
    };
    write.await.map_err(|_: StaffError| ReportError::Internal)
}

/// A moderator keeps a reported view published: its open reports are resolved (not removed).
///
/// # Errors
/// [`StaffError::Gone`] when the view has no open report; [`StaffError::Internal`].
pub async fn dismiss_reports(db: &DatabaseConnection, moderator: &Staff, view_id: i32) -> Result<(), StaffError> {
    let txn = db.begin().await.map_err(internal)?;
    if resolve_reports(&txn, moderator, view_id).await? == 0 {
        return Err(StaffError::Gone);
    }
    audit(&txn, Some(moderator.id), "report-dismiss", &format!("view:{view_id}"), None).await?;
    txn.commit().await.map_err(internal)
}

/// Resolves a view's open reports (kept, marked with who and when) and says how many there were.
pub(crate) async fn resolve_reports<C: sea_orm::ConnectionTrait>(txn: &C, moderator: &Staff, view_id: i32) -> Result<u64, StaffError> {
    let resolved = view_report::Entity::update_many()
        .col_expr(view_report::Column::ResolvedAt, Expr::value(chrono::Utc::now()))
        .col_expr(view_report::Column::ResolvedBy, Expr::value(moderator.id))
        .filter(view_report::Column::ViewId.eq(view_id))
        .filter(view_report::Column::ResolvedAt.is_null())
        .exec(txn)
        .await
        .map_err(internal)?;
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
/// [`StaffError::Gone`] for an unknown or rejected view, or a passage found in none of its
/// texts; [`StaffError::Internal`].
pub async fn redact(db: &DatabaseConnection, moderator: &Staff, view_id: i32, passage: &str, reason: RejectReason) -> Result<(), StaffError> {
    let txn = db.begin().await.map_err(internal)?;
    let v = view::Entity::find_by_id(view_id).one(&txn).await.map_err(internal)?.ok_or(StaffError::Gone)?;
    let mut changed = false;
    // Redact the public version if there is one already, so earlier redactions stay.
    if let Some(public) = v.general.as_ref().and_then(|g| redact_text(v.general_public.as_ref().unwrap_or(g), passage)) {
        let mut active: view::ActiveModel = v.clone().into();
        active.general_public = Set(Some(public));
        active.update(&txn).await.map_err(internal)?;
        changed = true;
    }
    for answer in view_answer::Entity::find().filter(view_answer::Column::ViewId.eq(view_id)).all(&txn).await.map_err(internal)? {
        if let Some(public) = redact_text(answer.public_answer.as_ref().unwrap_or(&answer.answer), passage) {
            let mut active: view_answer::ActiveModel = answer.into();
            active.public_answer = Set(Some(public));
            active.update(&txn).await.map_err(internal)?;
            changed = true;
        }
    }
    if !changed {
        return Err(StaffError::Gone);
    }
    audit(&txn, Some(moderator.id), "redact", &format!("view:{view_id}"), Some(reason.code())).await?;
    txn.commit().await.map_err(internal)
}

/// Marks a pending view as needing translation before it can be judged.
///
/// # Errors
/// [`StaffError::Gone`] for an unknown view or one already marked; [`StaffError::Internal`].
pub async fn mark_for_translation(db: &DatabaseConnection, moderator: &Staff, view_id: i32) -> Result<(), StaffError> {
    let txn = db.begin().await.map_err(internal)?;
    let updated = view::Entity::update_many()
        .col_expr(view::Column::NeedsTranslation, Expr::value(true))
        .filter(view::Column::Id.eq(view_id))
        .filter(view::Column::NeedsTranslation.eq(false))
        .exec(&txn)
        .await
        .map_err(internal)?;
    if updated.rows_affected != 1 {
        return Err(StaffError::Gone);
    }
    audit(&txn, Some(moderator.id), "needs-translation", &format!("view:{view_id}"), None).await?;
    txn.commit().await.map_err(internal)
}

/// Why a view entered by staff was not stored.
#[derive(Debug, Clone, PartialEq)]
pub enum EnterError {
    /// The form's fields, as the resident form reports them.
    Invalid(Vec<crate::domain::FieldError>),
    /// The dialogue does not take views now.
    NotOpen,
    Staff(StaffError),
}

/// Stores a view that came on paper, by phone or at a meeting, with its channel. It is
/// moderated like any other view. Returns the reference number.
///
/// # Errors
/// [`EnterError::Invalid`] with the refused fields, [`EnterError::NotOpen`],
/// [`StaffError::Gone`] for an unknown or unpublished dialogue, [`StaffError::Internal`].
pub async fn enter_view(
    state: &AppState,
    staff: &Staff,
    slug: &str,
    channel: Channel,
    page_lang: Lang,
    form: &ViewForm,
) -> Result<String, EnterError> {
    let db = &state.db;
    let d = super::dialogues::find_published(db, slug).await.map_err(|error| match error {
        crate::api::ApiError::NotFound => EnterError::Staff(StaffError::Gone),
        _ => EnterError::Staff(StaffError::Internal),
    })?;
    if super::dialogues::public_status(&d, state.today()) != DialogueStatus::Open {
        return Err(EnterError::NotOpen);
    }
    let question_ids: Vec<i32> = super::dialogues::questions(db, d.id, page_lang)
        .await
        .map_err(|_| EnterError::Staff(StaffError::Internal))?
        .into_iter()
        .map(|q| q.id)
        .collect();
    let valid = form.validate(&question_ids, page_lang.code(), &Lang::codes()).map_err(EnterError::Invalid)?;
    let saved = match store(db, &d, valid, channel).await.map_err(|_| EnterError::Staff(StaffError::Internal))? {
        Stored::New(saved) => {
            audit(db, Some(staff.id), "view-enter", &format!("view:{}", saved.id), Some(channel.code()))
                .await
                .map_err(EnterError::Staff)?;
            saved
        }
        // The same entry sent twice: one view.
        Stored::Existing(existing) => existing,
    };
    Ok(saved.reference)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redaction_replaces_the_passage_and_only_when_it_is_there() {
        let public = redact_text("Ring mig på 070-123 45 67 om parken", "070-123 45 67").expect("found");
        assert_eq!(public, format!("Ring mig på {REDACTED} om parken"));
        assert_eq!(redact_text("Om parken", "070"), None);
        assert_eq!(redact_text("Om parken", "  "), None, "an empty passage redacts nothing");
    }
}
