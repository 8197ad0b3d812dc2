//! Receiving residents' views, and their reports of published ones. A view is a public record
//! from the moment it is acknowledged: it is stored in one transaction before the reference
//! is returned, and nothing here deletes.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set, SqlErr,
    TransactionTrait,
};

use super::model::{Receipt, ValidView, ViewForm};
use crate::audit::{service::record, AuditAction};
use crate::db::entities::{dialogue, view, view_answer, view_report};
use crate::dialogues::service as dialogues;
use crate::domain::{
    view_looks_personal, Channel, DialogueStatus, Moderation, RejectReason, ViewStatus,
};
use crate::error::ServiceError;
use crate::lang::Lang;
use crate::limits::Client;
use crate::state::AppState;
use crate::subscriptions::service::{self as subscriptions, Subscribed};

/// Stores a resident's view of the dialogue `slug` and returns its reference number.
///
/// The same form sent twice (a double tap, or a resend after a lost connection) carries the
/// same idempotency key and the same content, and gets the first view's reference: one view,
/// not two. The key is bound to the content ([`bound_key`]): a key fixed by someone else (a
/// hostile page that posts to the portal) with other content is a new view, never the
/// receipt of another person's view.
///
/// # Errors
/// [`ServiceError::NotFound`] for an unknown or unpublished dialogue, [`ServiceError::NotOpen`] when it
/// takes no views, [`ServiceError::Invalid`] with every refused field, [`ServiceError::RateLimited`]
/// when this address sent too many views; a database failure.
pub async fn submit(
    state: &AppState,
    client: Client,
    page_lang: Lang,
    slug: &str,
    form: &ViewForm,
) -> Result<String, ServiceError> {
    let db = &state.db;
    let d = dialogues::find_published(db, slug).await?;
    let question_ids = dialogues::question_ids(db, d.id).await?;
    let valid = form.validate(&question_ids, page_lang);
    // A resend of a view already stored gets its receipt, even after the dialogue closed.
    if let Ok(valid) = &valid {
        if let Some(existing) = by_key(db, d.id, &bound_key(d.id, valid)).await? {
            return Ok(existing.reference);
        }
    }
    if dialogues::public_status(&d, state.today()) != DialogueStatus::Open {
        return Err(ServiceError::NotOpen);
    }
    let valid = valid.map_err(ServiceError::Invalid)?;
    state.limits.views.check(db, client).await?;

    let saved = match store(state, &d, valid, Channel::Web, None, page_lang, None).await? {
        Stored::New(saved) => saved,
        Stored::Existing(existing) => existing,
    };
    tracing::info!(reference = %saved.reference, dialogue = %slug, "view received");
    Ok(saved.reference)
}

/// A view just stored, or the one already stored under the same idempotency key.
pub(crate) enum Stored {
    New(view::Model),
    Existing(view::Model),
}

/// Stores a checked view of dialogue `d` with its answers, in one transaction. It waits for a
/// moderator, unless the dialogue is post-moderated. An address given for the outcome becomes a
/// subscription of its own (read in `page_lang`), in the same transaction, and is not stored
/// on the view.
pub(crate) async fn store(
    state: &AppState,
    d: &dialogue::Model,
    valid: ValidView,
    channel: Channel,
    meeting: Option<i32>,
    page_lang: Lang,
    letter: Option<(String, String)>,
) -> Result<Stored, ServiceError> {
    let db = &state.db;
    let status = match Moderation::from_code(&d.moderation) {
        Some(Moderation::Post) => ViewStatus::Published,
        _ => ViewStatus::Pending,
    };
    let key = bound_key(d.id, &valid);
    let looks_personal = view_looks_personal(
        valid
            .answers
            .iter()
            .map(|(_, a)| a.as_str())
            .chain(valid.general.as_deref())
            .chain(valid.name.as_deref()),
    );
    let txn = db.begin().await?;
    let inserted = view::ActiveModel {
        dialogue_id: Set(d.id),
        reference: Set(new_reference()),
        idempotency_key: Set(key.clone()),
        lang: Set(valid.lang.code().to_string()),
        display_name: Set(valid.name),
        age_group: Set(valid.age.map(|a| a.code().to_string())),
        gender: Set(valid.gender.map(|g| g.code().to_string())),
        area: Set(valid.area.map(|a| a.code().to_string())),
        consent_publish: Set(valid.consent),
        status: Set(status.code().to_string()),
        general: Set(valid.general),
        created_at: Set(chrono::Utc::now()),
        channel: Set(channel.code().to_string()),
        meeting_id: Set(meeting),
        looks_personal: Set(looks_personal),
        ..Default::default()
    }
    .insert(&txn)
    .await;
    let saved = match inserted {
        Ok(saved) => saved,
        Err(err) if matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            // The same form arrived twice at once and the other request stored it first.
            drop(txn);
            let existing = by_key(db, d.id, &key).await?.ok_or(ServiceError::Db(err))?;
            return Ok(Stored::Existing(existing));
        }
        Err(err) => return Err(err.into()),
    };
    if !valid.answers.is_empty() {
        let answers =
            valid
                .answers
                .into_iter()
                .map(|(question_id, answer)| view_answer::ActiveModel {
                    view_id: Set(saved.id),
                    question_id: Set(question_id),
                    answer: Set(answer),
                    public_answer: Set(None),
                });
        view_answer::Entity::insert_many(answers).exec(&txn).await?;
    }
    if let Some(letter) = letter {
        let lang = Lang::from_code(&saved.lang).unwrap_or(page_lang);
        crate::letters::service::request(&txn, saved.id, d.id, lang, letter).await?;
    }
    let subscribed = match &valid.notify {
        Some(email) => subscriptions::subscribe(&txn, state, d, email, page_lang).await?,
        None => Subscribed::Already,
    };
    txn.commit().await?;
    metrics::counter!("portal_views_received_total", "channel" => channel.code()).increment(1);
    if subscribed == Subscribed::New {
        state.outbox_wake.notify_one();
    }
    Ok(Stored::New(saved))
}

/// The receipt for a reference number.
///
/// # Errors
/// [`ServiceError::NotFound`] for an unknown reference; a database failure.
pub async fn receipt(
    db: &DatabaseConnection,
    lang: Lang,
    reference: &str,
) -> Result<Receipt, ServiceError> {
    let normalised = reference.trim().to_ascii_uppercase();
    let found = view::Entity::find()
        .filter(view::Column::Reference.eq(normalised))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    receipt_for(db, found, lang).await
}

/// The key a view is stored under: a digest of the form's key, the dialogue and everything the
/// view says, so that only the same form sent again finds it (64 hex digits, the column's size).
fn bound_key(dialogue_id: i32, valid: &ValidView) -> String {
    let content = serde_json::json!([
        valid.key,
        dialogue_id,
        valid.answers,
        valid.general,
        valid.name,
        valid.age.map(|a| a.code()),
        valid.gender.map(|g| g.code()),
        valid.area.map(|a| a.code()),
        valid.lang.code(),
        valid.consent,
        valid.notify,
    ]);
    crate::tokens::sha256_hex(content.to_string().as_bytes())
}

async fn by_key(
    db: &DatabaseConnection,
    dialogue_id: i32,
    key: &str,
) -> Result<Option<view::Model>, ServiceError> {
    if key.is_empty() {
        return Ok(None);
    }
    view::Entity::find()
        .filter(view::Column::IdempotencyKey.eq(key))
        .filter(view::Column::DialogueId.eq(dialogue_id))
        .one(db)
        .await
        .map_err(ServiceError::from)
}

async fn receipt_for(
    db: &DatabaseConnection,
    v: view::Model,
    lang: Lang,
) -> Result<Receipt, ServiceError> {
    let d = dialogue::Entity::find_by_id(v.dialogue_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let (title_lang, title) = dialogues::title_in(db, d.id, lang).await?;
    Ok(Receipt {
        reference: v.reference,
        dialogue_slug: d.slug,
        dialogue_title: title,
        title_lang,
        received_on: v
            .created_at
            .with_timezone(&chrono_tz::Europe::Stockholm)
            .date_naive(),
        consent_publish: v.consent_publish,
        written_in: Lang::from_code(&v.lang).unwrap_or_default(),
    })
}

/// A resident reports a published view of the dialogue `slug` with a reason: it goes into the
/// moderators' queue. The view stays published until a moderator decides. Returns the
/// dialogue's slug as stored, to lead the resident back to it.
///
/// # Errors
/// [`ServiceError::RateLimited`] (checked first, so the limit also holds for made-up ids),
/// [`ServiceError::NotFound`] for a view that is not (or no longer) published or not of that
/// dialogue; a database failure.
pub async fn report(
    state: &AppState,
    client: Client,
    slug: &str,
    view_id: i32,
    reason: RejectReason,
) -> Result<String, ServiceError> {
    let db = &state.db;
    state.limits.reports.check(db, client).await?;
    let d = dialogues::find_published(db, slug).await?;
    let published = view::Entity::find_by_id(view_id)
        .filter(view::Column::Status.eq(ViewStatus::Published.code()))
        .filter(view::Column::DialogueId.eq(d.id))
        .one(db)
        .await?;
    if published.is_none() {
        return Err(ServiceError::NotFound);
    }
    let txn = db.begin().await?;
    view_report::ActiveModel {
        view_id: Set(view_id),
        reason: Set(reason.code().to_string()),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    record(
        &txn,
        None,
        AuditAction::Report,
        &format!("view:{view_id}"),
        Some(reason.code()),
    )
    .await?;
    txn.commit().await?;
    Ok(d.slug)
}

/// A new reference number such as `HV-7K3M-Q9TX`: short enough to read over the phone, and
/// 31^8 (about 850 billion) possibilities, so a receipt cannot be guessed.
pub fn new_reference() -> String {
    crate::tokens::readable_code("HV-", 2, 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_readable_and_differ() {
        let r = new_reference();
        assert_eq!(r.len(), 12);
        assert!(r.starts_with("HV-"));
        assert!(r
            .chars()
            .all(|c| c == '-' || crate::tokens::READABLE.contains(&(c as u8))));
        assert!(!r.contains(['0', 'O', '1', 'I', 'L']));
        assert_ne!(new_reference(), new_reference());
    }
}
