//! The moderators' work: the queue (pending views oldest first, then reported, newest
//! published and hidden ones), decisions on views, residents' reports resolved, passages
//! redacted, views marked for translation. Nothing here deletes: a decision changes a status,
//! a redaction writes a public version beside the original, a report is resolved rather than
//! removed, and every act is audited in the same transaction.

use sea_orm::{
    sea_query::Expr, ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set, TransactionTrait,
};

use crate::access::{cap, Grant};
use crate::audit::{service::record, AuditAction};
use crate::db::entities::{dialogue, dialogue_text, view, view_answer, view_report};
use crate::domain::{
    looks_personal, personal_spans, Channel, PersonalKind, RejectReason, ViewStatus, REDACTED,
};
use crate::error::ServiceError;
use crate::lang::Lang;

/// A view as the moderator sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingView {
    pub id: i32,
    pub reference: String,
    pub dialogue_title: String,
    pub lang: Lang,
    pub received: chrono::DateTime<chrono::Utc>,
    pub display_name: Option<String>,
    pub consent_publish: bool,
    /// Every text of the view: the answers, then the general view.
    pub texts: Vec<String>,
    /// The same texts as the public sees them, when a moderator has redacted part of them.
    pub public_texts: Option<Vec<String>>,
    /// Looks as if it holds personal data.
    pub flagged: bool,
    /// The passages of the public version that look like personal data, each once, with what
    /// they look like: each can be redacted with one action.
    pub personal: Vec<(String, PersonalKind)>,
    pub channel: Channel,
    pub needs_translation: bool,
    /// The newest staff-only working translation into Swedish, if someone made one.
    pub working_translation: Option<String>,
    /// The reasons of residents' open reports of this view.
    pub reports: Vec<RejectReason>,
}

/// What the moderator narrowed the lists to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueueFilter {
    /// One dialogue, by slug.
    pub dialogue: Option<String>,
    /// Views written in one language.
    pub lang: Option<Lang>,
    /// Reported for this reason (or, for personal data, flagged as possibly holding it).
    pub reason: Option<RejectReason>,
    /// Only views marked as needing translation.
    pub needs_translation: bool,
}

/// One of the moderator's lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Queue {
    /// Waiting for a first decision, oldest first.
    Pending,
    /// Published views residents have reported, oldest first.
    Reported,
    /// The 50 newest published views: what was just let through most needs a second look.
    Published,
    /// The 50 most recently received hidden views.
    Hidden,
}

/// Views per page of the pending and reported lists.
pub const PER_PAGE: u64 = 25;

/// One page of one of the moderator's lists.
#[derive(Debug, Clone, PartialEq)]
pub struct QueuePage {
    pub views: Vec<PendingView>,
    /// How many views the whole list holds.
    pub total: u64,
    /// 1-based; a page past the last gives the last.
    pub page: u64,
    pub pages: u64,
}

/// Page `page` of one of the moderator's lists, narrowed by `filter`: the listing, its answers,
/// dialogue titles, translations and reports in a fixed number of queries, whatever the length
/// of the list. The newest published and hidden lists are one page of 50.
///
/// # Errors
/// The database fails.
pub async fn queue(
    db: &DatabaseConnection,
    _moderator: &Grant<cap::Moderate>,
    queue: Queue,
    filter: &QueueFilter,
    page: u64,
) -> Result<QueuePage, ServiceError> {
    let status = match queue {
        Queue::Pending => ViewStatus::Pending,
        Queue::Reported | Queue::Published => ViewStatus::Published,
        Queue::Hidden => ViewStatus::Hidden,
    };
    let mut query = view::Entity::find().filter(view::Column::Status.eq(status.code()));
    if let Some(lang) = filter.lang {
        query = query.filter(view::Column::Lang.eq(lang.code()));
    }
    if filter.needs_translation {
        query = query.filter(view::Column::NeedsTranslation.eq(true));
    }
    if let Some(slug) = &filter.dialogue {
        let dialogue = dialogue::Entity::find()
            .filter(dialogue::Column::Slug.eq(slug.as_str()))
            .one(db)
            .await?;
        // An unknown dialogue matches no view rather than every view.
        query = query.filter(view::Column::DialogueId.eq(dialogue.map(|d| d.id).unwrap_or(-1)));
    }
    if queue == Queue::Reported {
        let mut reports = sea_orm::sea_query::Query::select()
            .column(view_report::Column::ViewId)
            .from(view_report::Entity)
            .and_where(view_report::Column::ResolvedAt.is_null())
            .to_owned();
        if let Some(reason) = filter.reason {
            reports.and_where(view_report::Column::Reason.eq(reason.code()));
        }
        query = query.filter(view::Column::Id.in_subquery(reports));
    }
    let paged = matches!(queue, Queue::Pending | Queue::Reported);
    let query = if paged {
        query
            .order_by_asc(view::Column::CreatedAt)
            .order_by_asc(view::Column::Id)
    } else {
        query
            .order_by_desc(view::Column::CreatedAt)
            .order_by_desc(view::Column::Id)
    };
    let page = page.max(1);
    if queue == Queue::Pending && filter.reason.is_some() {
        // Pending views have no reason yet: only the personal-data flag can match one, and the
        // flag is read from the texts, so the list is narrowed here rather than in SQL.
        let mut views = describe(db, query.all(db).await?).await?;
        if filter.reason == Some(RejectReason::PersonalData) {
            views.retain(|v| v.flagged);
        } else {
            views.clear();
        }
        let total = u64::try_from(views.len()).unwrap_or(u64::MAX);
        let pages = total.div_ceil(PER_PAGE).max(1);
        let page = page.min(pages);
        let skip = usize::try_from((page - 1) * PER_PAGE).unwrap_or(usize::MAX);
        let views = views
            .into_iter()
            .skip(skip)
            .take(usize::try_from(PER_PAGE).unwrap_or(usize::MAX))
            .collect();
        return Ok(QueuePage {
            views,
            total,
            page,
            pages,
        });
    }
    if !paged {
        let views = describe(db, query.limit(50).all(db).await?).await?;
        let total = u64::try_from(views.len()).unwrap_or(0);
        return Ok(QueuePage {
            views,
            total,
            page: 1,
            pages: 1,
        });
    }
    let paginator = query.paginate(db, PER_PAGE);
    let total = paginator.num_items().await?;
    let pages = total.div_ceil(PER_PAGE).max(1);
    let page = page.min(pages);
    let views = describe(db, paginator.fetch_page(page - 1).await?).await?;
    Ok(QueuePage {
        views,
        total,
        page,
        pages,
    })
}

/// What the staff bar counts for moderators: pending views, views with open reports, and
/// pending views marked as needing translation. Three counting queries.
///
/// # Errors
/// The database fails.
pub async fn counts(db: &DatabaseConnection) -> Result<QueueCounts, ServiceError> {
    let pending = view::Entity::find()
        .filter(view::Column::Status.eq(ViewStatus::Pending.code()))
        .count(db)
        .await?;
    let reported = view::Entity::find()
        .filter(view::Column::Status.eq(ViewStatus::Published.code()))
        .filter(
            view::Column::Id.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(view_report::Column::ViewId)
                    .from(view_report::Entity)
                    .and_where(view_report::Column::ResolvedAt.is_null())
                    .to_owned(),
            ),
        )
        .count(db)
        .await?;
    let translation = view::Entity::find()
        .filter(view::Column::Status.eq(ViewStatus::Pending.code()))
        .filter(view::Column::NeedsTranslation.eq(true))
        .count(db)
        .await?;
    Ok(QueueCounts {
        pending,
        reported,
        translation,
    })
}

/// The moderators' counts in the staff bar.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QueueCounts {
    pub pending: u64,
    pub reported: u64,
    pub translation: u64,
}

/// Everything the moderator sees of `views`, read with one query per table.
async fn describe(
    db: &DatabaseConnection,
    views: Vec<view::Model>,
) -> Result<Vec<PendingView>, ServiceError> {
    let ids: Vec<i32> = views.iter().map(|v| v.id).collect();
    let dialogue_ids: Vec<i32> = views.iter().map(|v| v.dialogue_id).collect();
    let titles = dialogue_text::Entity::find()
        .filter(dialogue_text::Column::DialogueId.is_in(dialogue_ids))
        .filter(dialogue_text::Column::Lang.eq(Lang::Sv.code()))
        .all(db)
        .await?;
    let answers = view_answer::Entity::find()
        .filter(view_answer::Column::ViewId.is_in(ids.clone()))
        .order_by_asc(view_answer::Column::QuestionId)
        .all(db)
        .await?;
    let mut translations = crate::translations::views::latest_view_translations(db, &ids).await?;
    let reports = view_report::Entity::find()
        .filter(view_report::Column::ViewId.is_in(ids))
        .filter(view_report::Column::ResolvedAt.is_null())
        .all(db)
        .await?;
    Ok(views
        .into_iter()
        .map(|v| {
            let own: Vec<&view_answer::Model> =
                answers.iter().filter(|a| a.view_id == v.id).collect();
            let mut texts: Vec<String> = own.iter().map(|a| a.answer.clone()).collect();
            texts.extend(v.general.clone());
            let redacted =
                v.general_public.is_some() || own.iter().any(|a| a.public_answer.is_some());
            let public_texts = redacted.then(|| {
                let mut public: Vec<String> = own
                    .iter()
                    .map(|a| a.public_answer.clone().unwrap_or_else(|| a.answer.clone()))
                    .collect();
                public.extend(v.general_public.clone().or_else(|| v.general.clone()));
                public
            });
            let mut personal: Vec<(String, PersonalKind)> = Vec::new();
            for text in public_texts.as_ref().unwrap_or(&texts) {
                for span in personal_spans(text) {
                    let passage = text[span.range].to_string();
                    if !personal.iter().any(|(p, _)| *p == passage) {
                        personal.push((passage, span.kind));
                    }
                }
            }
            let flagged = texts
                .iter()
                .chain(v.display_name.iter())
                .chain(v.area.iter())
                .any(|t| looks_personal(t));
            let mut reasons: Vec<RejectReason> = reports
                .iter()
                .filter(|r| r.view_id == v.id)
                .filter_map(|r| RejectReason::from_code(&r.reason))
                .collect();
            reasons.dedup();
            PendingView {
                id: v.id,
                reference: v.reference,
                dialogue_title: titles
                    .iter()
                    .find(|t| t.dialogue_id == v.dialogue_id)
                    .map(|t| t.title.clone())
                    .unwrap_or_default(),
                lang: Lang::from_code(&v.lang).unwrap_or_default(),
                received: v.created_at,
                display_name: v.display_name,
                consent_publish: v.consent_publish,
                texts,
                public_texts,
                flagged,
                personal,
                channel: Channel::from_code(&v.channel).unwrap_or(Channel::Web),
                needs_translation: v.needs_translation,
                working_translation: translations.remove(&v.id),
                reports: reasons,
            }
        })
        .collect())
}

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
