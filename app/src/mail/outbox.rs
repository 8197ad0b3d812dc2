//! The outbox: mails waiting to be delivered, claimed by one sender at a time.
//!
//! A sender claims a mail by setting `claimed_until` with a compare-and-set update (and, on
//! PostgreSQL, `FOR UPDATE SKIP LOCKED`, so several processes never wait on one another). It
//! marks the mail sent only if its claim still holds, and empties the address as it does. A
//! sender that dies mid-way leaves its claim to run out; the mail is then claimed again.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    sea_query::{Expr, LockBehavior, LockType},
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseBackend, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set, TransactionTrait,
};

use crate::codes::code_enum;
use crate::db::entities::outbox;
use crate::error::ServiceError;
use crate::lang::Lang;

code_enum! {
    /// Why a mail is sent.
    MailKind {
        /// Confirm a subscription (double opt-in).
        Confirm = "confirm",
        /// The feedback of a dialogue, published.
        Outcome = "outcome",
        /// Published feedback, updated.
        Update = "update",
        /// A one-time voting code of a citizen budget: its text is emptied once delivered.
        BudgetCode = "budget-code",
        /// How a proposal fared in a citizen budget, to the proposer who asked.
        BudgetOutcome = "budget-outcome",
        /// A citizen budget's result, to a resident who asked.
        BudgetResult = "budget-result",
    }
}

/// A mail to put in the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMail {
    pub kind: MailKind,
    pub dialogue_id: Option<i32>,
    pub to: String,
    /// The language the mail is written in.
    pub lang: Lang,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// The one-click unsubscribe address (RFC 8058), for mails about a subscription.
    pub unsubscribe_url: Option<String>,
}

/// How long a claim holds: longer than any SMTP conversation takes (the transport gives up on
/// a server after 20 s per command).
pub const LEASE: Duration = Duration::seconds(300);

/// After this many failed attempts a mail is given up (and its address emptied).
pub const MAX_ATTEMPTS: i32 = 8;

/// Puts a mail in the outbox, on the caller's transaction.
///
/// # Errors
/// The database fails.
pub async fn enqueue<C: ConnectionTrait>(db: &C, mail: NewMail) -> Result<(), ServiceError> {
    let now = Utc::now();
    outbox::ActiveModel {
        kind: Set(mail.kind.code().to_string()),
        dialogue_id: Set(mail.dialogue_id),
        to_address: Set(mail.to),
        lang: Set(mail.lang.code().to_string()),
        subject: Set(mail.subject),
        text_body: Set(mail.text),
        html_body: Set(mail.html),
        unsubscribe_url: Set(mail.unsubscribe_url),
        created_at: Set(now),
        attempts: Set(0),
        next_attempt_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Claims the oldest mail that is due and not claimed by anyone, or `None`.
///
/// # Errors
/// The database fails.
pub async fn claim(db: &DatabaseConnection) -> Result<Option<outbox::Model>, ServiceError> {
    let now = Utc::now();
    // Due and free: the same test for choosing a mail and for taking it, so a mail another
    // sender has meanwhile sent (and released) is never taken again.
    let free = Condition::all()
        .add(outbox::Column::SentAt.is_null())
        .add(outbox::Column::GaveUpAt.is_null())
        .add(outbox::Column::NextAttemptAt.lte(now))
        .add(
            Condition::any()
                .add(outbox::Column::ClaimedUntil.is_null())
                .add(outbox::Column::ClaimedUntil.lt(now)),
        );
    // A few tries: another sender may take the one this one saw first.
    for _ in 0..5 {
        let mut due = outbox::Entity::find()
            .filter(free.clone())
            .order_by_asc(outbox::Column::Id)
            .limit(1);
        if db.get_database_backend() == DatabaseBackend::Postgres {
            due = due.lock_with_behavior(LockType::Update, LockBehavior::SkipLocked);
        }
        // The row lock (PostgreSQL) holds until the claim is written: the same transaction.
        let txn = db.begin().await?;
        let Some(candidate) = due.one(&txn).await? else {
            return Ok(None);
        };
        let until = now + LEASE;
        let claimed = outbox::Entity::update_many()
            .col_expr(outbox::Column::ClaimedUntil, Expr::value(until))
            .col_expr(
                outbox::Column::Attempts,
                Expr::value(candidate.attempts + 1),
            )
            .filter(outbox::Column::Id.eq(candidate.id))
            .filter(free.clone())
            .exec(&txn)
            .await?;
        txn.commit().await?;
        if claimed.rows_affected == 1 {
            return Ok(Some(outbox::Model {
                claimed_until: Some(until),
                attempts: candidate.attempts + 1,
                ..candidate
            }));
        }
    }
    Ok(None)
}

/// Marks a claimed mail sent and empties its address: the outbox keeps no address of a mail it
/// has delivered. Does nothing if the claim ran out and another sender took the mail.
///
/// # Errors
/// The database fails.
pub async fn mark_sent(
    db: &DatabaseConnection,
    mail: &outbox::Model,
) -> Result<bool, ServiceError> {
    let mut update = outbox::Entity::update_many();
    if mail.kind == MailKind::BudgetCode.code() {
        // The code could vote: nothing keeps it once it is delivered.
        update = update
            .col_expr(outbox::Column::TextBody, Expr::value(""))
            .col_expr(outbox::Column::HtmlBody, Expr::value(""));
    }
    let done = update
        .col_expr(outbox::Column::SentAt, Expr::value(Utc::now()))
        .col_expr(outbox::Column::ToAddress, Expr::value(""))
        .col_expr(
            outbox::Column::ClaimedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(outbox::Column::Id.eq(mail.id))
        .filter(outbox::Column::ClaimedUntil.eq(mail.claimed_until))
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

/// How an attempt failed, which decides whether the mail is tried again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// The server is away or busy (4xx, no connection): always tried again.
    Passing,
    /// The server refused this mail for good (5xx): tried again up to [`MAX_ATTEMPTS`].
    Refused,
    /// No message can be written for it (an address that does not parse): given up at once.
    Unsendable,
}

/// Records a failed attempt: the mail is tried again later (doubling the wait each time, at
/// most an hour), or given up with its address emptied, as the [`Failure`] says.
///
/// # Errors
/// The database fails.
pub async fn mark_failed(
    db: &DatabaseConnection,
    mail: &outbox::Model,
    error: &str,
    failure: Failure,
) -> Result<(), ServiceError> {
    let now = Utc::now();
    let mut update = outbox::Entity::update_many()
        .col_expr(
            outbox::Column::LastError,
            Expr::value(error.chars().take(500).collect::<String>()),
        )
        .col_expr(
            outbox::Column::ClaimedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        );
    let give_up = match failure {
        Failure::Passing => false,
        Failure::Refused => mail.attempts >= MAX_ATTEMPTS,
        Failure::Unsendable => true,
    };
    if give_up {
        update = update
            .col_expr(outbox::Column::GaveUpAt, Expr::value(now))
            .col_expr(outbox::Column::ToAddress, Expr::value(""));
    } else {
        update = update.col_expr(
            outbox::Column::NextAttemptAt,
            Expr::value(now + backoff(mail.attempts)),
        );
    }
    update
        .filter(outbox::Column::Id.eq(mail.id))
        .filter(outbox::Column::ClaimedUntil.eq(mail.claimed_until))
        .exec(db)
        .await?;
    Ok(())
}

/// How long to wait before attempt `attempts + 1`: 10 s, 20 s, 40 s ... at most an hour.
pub fn backoff(attempts: i32) -> Duration {
    let seconds = 10_i64.saturating_mul(1_i64 << attempts.clamp(0, 20));
    Duration::seconds(seconds.min(3600))
}

/// Mails of `dialogue` (of `kind`) not yet sent or given up.
///
/// # Errors
/// The database fails.
pub async fn pending<C: ConnectionTrait>(
    db: &C,
    dialogue: i32,
    kinds: &[MailKind],
) -> Result<u64, ServiceError> {
    use sea_orm::PaginatorTrait;
    Ok(outbox::Entity::find()
        .filter(outbox::Column::DialogueId.eq(dialogue))
        .filter(outbox::Column::Kind.is_in(kinds.iter().map(|k| k.code())))
        .filter(outbox::Column::SentAt.is_null())
        .filter(outbox::Column::GaveUpAt.is_null())
        .count(db)
        .await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_doubles_and_stops_at_an_hour() {
        assert_eq!(backoff(0), Duration::seconds(10));
        assert_eq!(backoff(1), Duration::seconds(20));
        assert_eq!(backoff(3), Duration::seconds(80));
        assert_eq!(backoff(30), Duration::seconds(3600));
    }
}
