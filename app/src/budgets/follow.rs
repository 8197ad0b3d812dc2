//! Residents who asked for a budget's result by e-mail, voters or not: the small form on the
//! budget's page (apart from the ballot, so nothing ties an address to a vote), confirmed by a
//! mailed link (double opt-in, as the dialogues' outcome), mailed once when the result is
//! certified, and erased then, confirmed or not, with their count in the audit log.

use std::collections::HashMap;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DatabaseTransaction, EntityTrait,
    QueryFilter, Set, SqlErr, TransactionTrait,
};

use super::read::{phase, project_title, published, title_in};
use super::Phase;
use crate::audit::{service::record, AuditAction};
use crate::db::entities::{budget, budget_project_text, budget_subscription};
use crate::error::ServiceError;
use crate::forms::required_email;
use crate::i18n::I18n;
use crate::lang::Lang;
use crate::mail::{compose, outbox, Letters};

/// The form's field (not `email`, which asks for a voting code on the same page).
pub const FIELD: &str = "follow-email";

/// Asks for the result of published budget `slug` at `address`, in `lang`: a confirmation
/// mail goes out. An address that asked before gets nothing new, and the same answer.
///
/// # Errors
/// [`ServiceError::Invalid`] for an address that is not one; [`ServiceError::NotOpen`] once
/// the result is out (it is on the page); [`ServiceError::NotFound`]; a database failure.
pub async fn subscribe(
    db: &DatabaseConnection,
    letters: &Letters<'_>,
    slug: &str,
    address: &str,
    lang: Lang,
    today: chrono::NaiveDate,
) -> Result<(), ServiceError> {
    let b = published(db, slug).await?;
    let address = required_email(FIELD, address)
        .map_err(|problem| ServiceError::Invalid(vec![problem]))?
        .to_lowercase();
    if phase(&b, today) == Phase::Result {
        return Err(ServiceError::NotOpen);
    }
    let token = crate::tokens::random_token();
    let txn = db.begin().await?;
    let inserted = budget_subscription::ActiveModel {
        budget_id: Set(b.id),
        email: Set(address.clone()),
        lang: Set(lang.code().to_string()),
        token: Set(token.clone()),
        confirmed_at: Set(None),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await;
    match inserted {
        Ok(_) => {}
        Err(err) if matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            return Ok(())
        }
        Err(err) => return Err(err.into()),
    }
    let title = title_in(&txn, b.id, lang).await?;
    let i18n = I18n::new(lang, letters.translations.clone());
    let mail = compose::budget_follow_confirm(&i18n, letters.settings, &address, &title, &token);
    outbox::enqueue(&txn, mail).await?;
    txn.commit().await?;
    Ok(())
}

/// The subscription of a mailed link: its budget's slug and title in `lang`, and whether it is
/// confirmed.
///
/// # Errors
/// [`ServiceError::NotFound`] for a token that does not exist (never did, or was erased).
pub async fn by_token(
    db: &DatabaseConnection,
    token: &str,
    lang: Lang,
) -> Result<(String, String, bool), ServiceError> {
    let token = token.trim();
    if token.is_empty() || token.len() > 64 {
        return Err(ServiceError::NotFound);
    }
    let found = budget_subscription::Entity::find()
        .filter(budget_subscription::Column::Token.eq(token))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let b = budget::Entity::find_by_id(found.budget_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let title = title_in(db, b.id, lang).await?;
    Ok((b.slug, title, found.confirmed_at.is_some()))
}

/// Confirms the subscription of a mailed link; returns its budget's slug.
///
/// # Errors
/// [`ServiceError::NotFound`] for an unknown (or erased) token; a database failure.
pub async fn confirm(db: &DatabaseConnection, token: &str) -> Result<String, ServiceError> {
    let (slug, _, _) = by_token(db, token, Lang::Sv).await?;
    budget_subscription::Entity::update_many()
        .col_expr(
            budget_subscription::Column::ConfirmedAt,
            sea_orm::sea_query::Expr::value(chrono::Utc::now()),
        )
        .filter(budget_subscription::Column::Token.eq(token.trim()))
        .filter(budget_subscription::Column::ConfirmedAt.is_null())
        .exec(db)
        .await?;
    Ok(slug)
}

/// On the certifying transaction: mails the result (the funded projects with their votes, in
/// each subscriber's language) to every confirmed address of budget `b`, then erases every
/// address of it, confirmed or not, logging how many.
///
/// # Errors
/// A database failure.
pub(super) async fn mail_result(
    txn: &DatabaseTransaction,
    letters: &Letters<'_>,
    b: &budget::Model,
    winners: &[i32],
    votes: &HashMap<i32, u64>,
) -> Result<u64, ServiceError> {
    let subscribers = budget_subscription::Entity::find()
        .filter(budget_subscription::Column::BudgetId.eq(b.id))
        .all(txn)
        .await?;
    if subscribers.is_empty() {
        return Ok(0);
    }
    let texts = budget_project_text::Entity::find()
        .filter(budget_project_text::Column::ProjectId.is_in(winners.iter().copied()))
        .all(txn)
        .await?;
    for s in subscribers.iter().filter(|s| s.confirmed_at.is_some()) {
        let lang = Lang::from_code(&s.lang).unwrap_or_default();
        let funded: Vec<(String, u64)> = winners
            .iter()
            .map(|id| {
                (
                    project_title(&texts, *id, lang),
                    votes.get(id).copied().unwrap_or(0),
                )
            })
            .collect();
        let title = title_in(txn, b.id, lang).await?;
        let i18n = I18n::new(lang, letters.translations.clone());
        let mail =
            compose::budget_result(&i18n, letters.settings, &s.email, &title, &funded, &b.slug);
        outbox::enqueue(txn, mail).await?;
    }
    let erased = budget_subscription::Entity::delete_many()
        .filter(budget_subscription::Column::BudgetId.eq(b.id))
        .exec(txn)
        .await?
        .rows_affected;
    let target = format!("budget:{}", b.id);
    record(
        txn,
        None,
        AuditAction::AddressesErased,
        &target,
        Some(&erased.to_string()),
    )
    .await?;
    Ok(erased)
}
