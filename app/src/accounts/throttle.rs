//! The wait after failed sign-ins: counted per normalised address, whether or not an account has
//! it (so the answer never tells which addresses exist), in the database every server process
//! shares. A few failures are free; after that each one doubles the wait before the next try,
//! up to a ceiling. No hard lock: someone who knows a staff member's address can slow their
//! sign-in, never shut them out for long, and the wait ends by itself.

use sea_orm::{ConnectionTrait, DatabaseConnection};

use crate::error::ServiceError;
use crate::limits::{now_ms, statement};

/// Failures that cost nothing: a mistyped password or two.
const FREE_FAILURES: i64 = 3;
/// The wait after the first failure beyond the free ones; each further one doubles it.
const FIRST_WAIT_MS: i64 = 5_000;
/// The longest wait.
const MAX_WAIT_MS: i64 = 15 * 60_000;
/// Failures older than this are forgotten.
const MEMORY_MS: i64 = 24 * 3_600_000;

/// Who a sign-in is for: the digest of the normalised address (the table holds no address
/// anyone typed, real or not).
pub(super) fn who(email: &str) -> String {
    crate::tokens::sha256_hex(email.as_bytes())
}

/// How long the next try waits after `failures` failures, in milliseconds.
fn wait_ms(failures: i64) -> i64 {
    if failures < FREE_FAILURES {
        return 0;
    }
    let doublings = u32::try_from(failures - FREE_FAILURES)
        .unwrap_or(u32::MAX)
        .min(20);
    (FIRST_WAIT_MS << doublings).min(MAX_WAIT_MS)
}

/// Whether a sign-in for `who` must still wait.
///
/// # Errors
/// A database failure.
pub(super) async fn waiting(db: &DatabaseConnection, who: &str) -> Result<bool, ServiceError> {
    let row = db
        .query_one_raw(statement(
            db.get_database_backend(),
            "SELECT failures, last_at FROM sign_in_failure WHERE who = $1",
            [who.into()],
        ))
        .await?;
    let Some(row) = row else {
        return Ok(false);
    };
    let failures: i32 = row.try_get("", "failures")?;
    let last_at: i64 = row.try_get("", "last_at")?;
    let now = now_ms();
    Ok(now - last_at < MEMORY_MS && now < last_at + wait_ms(i64::from(failures)))
}

/// Counts a failed sign-in for `who` (from one in a day, or one more).
///
/// # Errors
/// A database failure.
pub(super) async fn failed(db: &DatabaseConnection, who: &str) -> Result<(), ServiceError> {
    let now = now_ms();
    db.execute_raw(statement(
        db.get_database_backend(),
        "INSERT INTO sign_in_failure (who, failures, last_at) VALUES ($1, 1, $2) \
         ON CONFLICT (who) DO UPDATE SET \
         failures = CASE WHEN sign_in_failure.last_at < $3 THEN 1 \
                    ELSE sign_in_failure.failures + 1 END, \
         last_at = $2",
        [who.into(), now.into(), (now - MEMORY_MS).into()],
    ))
    .await?;
    Ok(())
}

/// A sign-in succeeded: its failures are forgotten.
///
/// # Errors
/// A database failure.
pub(super) async fn succeeded(db: &DatabaseConnection, who: &str) -> Result<(), ServiceError> {
    db.execute_raw(statement(
        db.get_database_backend(),
        "DELETE FROM sign_in_failure WHERE who = $1",
        [who.into()],
    ))
    .await?;
    Ok(())
}

/// Forgets failures older than a day.
///
/// # Errors
/// A database failure.
pub async fn prune(db: &DatabaseConnection) -> Result<u64, ServiceError> {
    let done = db
        .execute_raw(statement(
            db.get_database_backend(),
            "DELETE FROM sign_in_failure WHERE last_at < $1",
            [(now_ms() - MEMORY_MS).into()],
        ))
        .await?;
    Ok(done.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_grows_after_the_free_failures_and_stops_at_a_ceiling() {
        assert_eq!(wait_ms(0), 0);
        assert_eq!(wait_ms(2), 0);
        assert_eq!(wait_ms(3), 5_000);
        assert_eq!(wait_ms(4), 10_000);
        assert_eq!(wait_ms(8), 160_000);
        assert_eq!(wait_ms(11), MAX_WAIT_MS);
        assert_eq!(wait_ms(1_000_000), MAX_WAIT_MS);
    }

    #[test]
    fn addresses_are_kept_only_as_digests() {
        assert_eq!(who("a@b.se").len(), 64);
        assert_ne!(who("a@b.se"), who("a@c.se"));
    }
}
