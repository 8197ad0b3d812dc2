//! Receiving residents' views, and their reports of published ones. A view is a public record
//! from the moment it is acknowledged: it is stored in one transaction before the reference
//! is returned, and nothing here deletes.

use std::net::IpAddr;

use rand::Rng;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set, SqlErr,
    TransactionTrait,
};

use super::model::{Receipt, ValidView, ViewForm};
use crate::audit::{service::record, AuditAction};
use crate::db::entities::{dialogue, view, view_answer, view_report};
use crate::dialogues::service as dialogues;
use crate::domain::{Channel, DialogueStatus, Moderation, RejectReason, ViewStatus};
use crate::error::ServiceError;
use crate::lang::Lang;
use crate::state::AppState;
use crate::subscriptions::service::{self as subscriptions, Subscribed};

/// Stores a resident's view of the dialogue `slug` and returns its reference number.
///
/// The same form sent twice (a double tap, or a resend after a lost connection) carries the
/// same idempotency key and gets the first view's reference: one view, not two.
///
/// # Errors
/// [`ServiceError::NotFound`] for an unknown or unpublished dialogue, [`ServiceError::NotOpen`] when it
/// takes no views, [`ServiceError::Invalid`] with every refused field, [`ServiceError::RateLimited`]
/// when this address sent too many views; a database failure.
pub async fn submit(
    state: &AppState,
    client: IpAddr,
    page_lang: Lang,
    slug: &str,
    form: &ViewForm,
) -> Result<String, ServiceError> {
    let db = &state.db;
    let d = dialogues::find_published(db, slug).await?;
    if let Some(existing) = by_key(db, d.id, form.key.trim()).await? {
        return Ok(existing.reference);
    }
    if dialogues::public_status(&d, state.today()) != DialogueStatus::Open {
        return Err(ServiceError::NotOpen);
    }
    let question_ids = dialogues::question_ids(db, d.id).await?;
    let valid = form
        .validate(&question_ids, page_lang)
        .map_err(ServiceError::Invalid)?;
    if state.limits.views.check_key(&client).is_err() {
        tracing::info!("view refused by the per-address rate limit");
        return Err(ServiceError::RateLimited);
    }

    let saved = match store(state, &d, valid, Channel::Web, page_lang, None).await? {
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
    page_lang: Lang,
    letter: Option<(String, String)>,
) -> Result<Stored, ServiceError> {
    let db = &state.db;
    let status = match Moderation::from_code(&d.moderation) {
        Some(Moderation::Post) => ViewStatus::Published,
        _ => ViewStatus::Pending,
    };
    let txn = db.begin().await?;
    let inserted = view::ActiveModel {
        dialogue_id: Set(d.id),
        reference: Set(new_reference()),
        idempotency_key: Set(valid.key.clone()),
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
        ..Default::default()
    }
    .insert(&txn)
    .await;
    let saved = match inserted {
        Ok(saved) => saved,
        Err(err) if matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            // The same form arrived twice at once and the other request stored it first.
            drop(txn);
            let existing = by_key(db, d.id, &valid.key)
                .await?
                .ok_or(ServiceError::Db(err))?;
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

/// A resident reports a published view with a reason: it goes into the moderators' queue.
/// The view stays published until a moderator decides.
///
/// # Errors
/// [`ServiceError::NotFound`] for a view that is not (or no longer) published,
/// [`ServiceError::RateLimited`], a database failure.
pub async fn report(
    state: &AppState,
    client: IpAddr,
    view_id: i32,
    reason: RejectReason,
) -> Result<(), ServiceError> {
    let db = &state.db;
    let published = view::Entity::find_by_id(view_id)
        .filter(view::Column::Status.eq(ViewStatus::Published.code()))
        .one(db)
        .await?;
    if published.is_none() {
        return Err(ServiceError::NotFound);
    }
    if state.limits.reports.check_key(&client).is_err() {
        return Err(ServiceError::RateLimited);
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
    Ok(txn.commit().await?)
}

/// Letters and digits that cannot be mistaken for one another when read aloud or copied by hand.
const REFERENCE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/// A new reference number such as `HV-7K3M-Q9TX`: short enough to read over the phone, and
/// 31^8 (about 850 billion) possibilities, so a receipt cannot be guessed.
pub fn new_reference() -> String {
    let mut rng = rand::rng();
    let mut pick = || REFERENCE_ALPHABET[rng.random_range(0..REFERENCE_ALPHABET.len())] as char;
    let a: String = (0..4).map(|_| pick()).collect();
    let b: String = (0..4).map(|_| pick()).collect();
    format!("HV-{a}-{b}")
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
            .all(|c| c == '-' || REFERENCE_ALPHABET.contains(&(c as u8))));
        assert!(!r.contains(['0', 'O', '1', 'I', 'L']));
        assert_ne!(new_reference(), new_reference());
    }
}
