//! Subscriptions to a dialogue's outcome.

use chrono::{Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set, SqlErr, TransactionSession, TransactionTrait,
};

use crate::audit::{service::record, AuditAction};
use crate::db::entities::{dialogue, feedback, subscription};
use crate::dialogues::service::title_in;
use crate::error::ServiceError;
use crate::i18n::I18n;
use crate::lang::Lang;
use crate::mail::{compose, outbox};
use crate::state::AppState;

/// Days an unconfirmed subscription is kept before it lapses.
pub const LAPSE_DAYS: i64 = 7;

/// What asking for the outcome did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subscribed {
    /// A new subscription: a confirmation mail is on its way.
    New,
    /// This address already asked about this dialogue: nothing changed.
    Already,
    /// The feedback is already published: there is nothing to wait for.
    Published,
}

/// The feedback of a dialogue has been published.
pub async fn feedback_published<C: ConnectionTrait>(
    db: &C,
    dialogue_id: i32,
) -> Result<bool, ServiceError> {
    Ok(feedback::Entity::find_by_id(dialogue_id)
        .one(db)
        .await?
        .is_some_and(|f| f.published_at.is_some()))
}

/// Subscribes `email` to the outcome of dialogue `d` in `lang` and puts the confirmation mail
/// in the outbox, on the caller's transaction.
///
/// # Errors
/// The database fails.
pub async fn subscribe<C: ConnectionTrait + TransactionTrait>(
    txn: &C,
    state: &AppState,
    d: &dialogue::Model,
    email: &str,
    lang: Lang,
) -> Result<Subscribed, ServiceError> {
    if feedback_published(txn, d.id).await? {
        return Ok(Subscribed::Published);
    }
    let email = email.trim().to_lowercase();
    let existing = subscription::Entity::find()
        .filter(subscription::Column::DialogueId.eq(d.id))
        .filter(subscription::Column::Email.eq(&email))
        .one(txn)
        .await?;
    if existing.is_some() {
        return Ok(Subscribed::Already);
    }
    let token = crate::tokens::random_token();
    let row = subscription::ActiveModel {
        dialogue_id: Set(d.id),
        email: Set(email.clone()),
        lang: Set(lang.code().to_string()),
        token: Set(token.clone()),
        confirmed_at: Set(None),
        created_at: Set(Utc::now()),
        ..Default::default()
    };
    // The same address sent twice at once: the database keeps one; the other is "already".
    // A savepoint, so that the caller's transaction (with the resident's view) goes on.
    let savepoint = txn.begin().await?;
    match row.insert(&savepoint).await {
        Ok(_) => savepoint.commit().await?,
        Err(error) if matches!(error.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            savepoint.rollback().await?;
            return Ok(Subscribed::Already);
        }
        Err(error) => return Err(error.into()),
    }
    let title = title_in(txn, d.id, lang).await?.1;
    let i18n = I18n::new(lang, state.translations.clone());
    let mail = compose::confirmation(&i18n, &state.mail, &email, d.id, &title, &token);
    outbox::enqueue(txn, mail).await?;
    Ok(Subscribed::New)
}

/// The subscription a mailed link belongs to, and its dialogue's title in `lang`.
///
/// # Errors
/// [`ServiceError::NotFound`] for a token that does not exist (never did, or was erased).
pub async fn by_token<C: ConnectionTrait>(
    db: &C,
    token: &str,
    lang: Lang,
) -> Result<(subscription::Model, String), ServiceError> {
    let token = token.trim();
    if token.is_empty() || token.len() > 64 {
        return Err(ServiceError::NotFound);
    }
    let found = subscription::Entity::find()
        .filter(subscription::Column::Token.eq(token))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let title = title_in(db, found.dialogue_id, lang).await?.1;
    Ok((found, title))
}

/// What confirming did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirmation {
    Confirmed,
    /// The link had been used already: nothing changed.
    Already,
}

/// Confirms the subscription of a mailed link. Only one of two confirmations at once counts.
///
/// # Errors
/// [`ServiceError::NotFound`] for an unknown (or erased) token; a database failure.
pub async fn confirm<C: ConnectionTrait>(
    db: &C,
    token: &str,
) -> Result<Confirmation, ServiceError> {
    let (found, _) = by_token(db, token, Lang::Sv).await?;
    let confirmed = subscription::Entity::update_many()
        .col_expr(
            subscription::Column::ConfirmedAt,
            sea_orm::sea_query::Expr::value(Utc::now()),
        )
        .filter(subscription::Column::Id.eq(found.id))
        .filter(subscription::Column::ConfirmedAt.is_null())
        .exec(db)
        .await?;
    Ok(if confirmed.rows_affected == 1 {
        Confirmation::Confirmed
    } else {
        Confirmation::Already
    })
}

/// Ends the subscription of a mailed link: the address is deleted at once.
///
/// # Errors
/// [`ServiceError::NotFound`] for an unknown (or erased) token; a database failure.
pub async fn unsubscribe(db: &DatabaseConnection, token: &str) -> Result<(), ServiceError> {
    let (found, _) = by_token(db, token, Lang::Sv).await?;
    subscription::Entity::delete_by_id(found.id)
        .exec(db)
        .await?;
    Ok(())
}

/// The confirmed subscriptions of a dialogue.
///
/// # Errors
/// The database fails.
pub async fn confirmed<C: ConnectionTrait>(
    db: &C,
    dialogue_id: i32,
) -> Result<Vec<subscription::Model>, ServiceError> {
    Ok(subscription::Entity::find()
        .filter(subscription::Column::DialogueId.eq(dialogue_id))
        .filter(subscription::Column::ConfirmedAt.is_not_null())
        .all(db)
        .await?)
}

/// Erases what is no longer needed: subscriptions left unconfirmed for [`LAPSE_DAYS`], and
/// every confirmed address of a dialogue whose outcome has been sent (once no mail of it waits, and the
/// editor did not keep them for an update, or that time is over). Each erasure of a dialogue's
/// addresses leaves their count in the audit log. Returns how many addresses were erased.
///
/// # Errors
/// The database fails.
pub async fn erase_finished(db: &DatabaseConnection) -> Result<u64, ServiceError> {
    let now = Utc::now();
    let lapsed = subscription::Entity::delete_many()
        .filter(subscription::Column::ConfirmedAt.is_null())
        .filter(subscription::Column::CreatedAt.lt(now - Duration::days(LAPSE_DAYS)))
        .exec(db)
        .await?
        .rows_affected;
    let mut erased = lapsed;
    let published = feedback::Entity::find()
        .filter(feedback::Column::PublishedAt.is_not_null())
        .all(db)
        .await?;
    for f in published {
        if f.keep_addresses_until.is_some_and(|until| until > now) {
            continue;
        }
        let kinds = [outbox::MailKind::Outcome, outbox::MailKind::Update];
        if outbox::pending(db, f.dialogue_id, &kinds).await? > 0 {
            continue;
        }
        // Deleted and logged together; a second process finds nothing left to log.
        let txn = db.begin().await?;
        // Unconfirmed addresses stay for their seven days: one confirmed late still gets the
        // outcome (and is erased after it).
        let count = subscription::Entity::delete_many()
            .filter(subscription::Column::DialogueId.eq(f.dialogue_id))
            .filter(subscription::Column::ConfirmedAt.is_not_null())
            .exec(&txn)
            .await?
            .rows_affected;
        if count > 0 {
            let target = format!("dialogue:{}", f.dialogue_id);
            record(
                &txn,
                None,
                AuditAction::AddressesErased,
                &target,
                Some(&count.to_string()),
            )
            .await?;
        }
        txn.commit().await?;
        erased += count;
    }
    Ok(erased)
}
