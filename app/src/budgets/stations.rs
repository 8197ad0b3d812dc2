//! Voting stations: a staffed device (a library's computer, a tablet at a meeting) where
//! residents vote with their code while staff are at hand to help.
//!
//! An editor opens a station for one budget, naming its place; the answer shows a link, once,
//! that the device opens. The device then holds the station's random token in a cookie (only
//! its SHA-256 is stored), its budget page says it is a station, and every ballot cast on it
//! is marked `station` and names the station. A code used at a station has voted, so it cannot
//! vote on the web, and the reverse: every credential counts one ballot. When staff close the
//! station the device votes no more; its ballots stay counted.
//!
//! [`pages`] shows the staff's page, [`handlers`] takes its forms and the device's link.

pub mod handlers;
pub mod pages;

use sea_orm::{
    sea_query::Expr, ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};

use super::read::phase;
use super::Phase;
use crate::access::{cap, Grant};
use crate::audit::{service::record, AuditAction};
use crate::db::entities::{budget, budget_station};
use crate::error::ServiceError;
use crate::forms::sized_text;
use crate::tokens;

/// The device's cookie: the station's token.
pub const COOKIE: &str = "budget-station";
/// How long a device stays a station without being opened again: one long opening day.
pub const COOKIE_SECONDS: i64 = 16 * 3600;
/// The place field's name and its limit.
pub const PLACE: &str = "place";
pub const MAX_PLACE: usize = 200;

/// Opens a voting station for budget `budget_id` at `place`, audited with the place, and
/// returns the device's token (shown once; only its hash is kept).
///
/// # Errors
/// [`ServiceError::Invalid`] for an empty or too long place; [`ServiceError::WrongState`] once
/// voting is over; a database failure.
pub async fn open(
    db: &DatabaseConnection,
    editor: &Grant<cap::EditDialogues>,
    budget_id: i32,
    place: &str,
    today: chrono::NaiveDate,
) -> Result<String, ServiceError> {
    let mut problems = Vec::new();
    let place = sized_text(PLACE, place, MAX_PLACE, true, &mut problems);
    if !problems.is_empty() {
        return Err(ServiceError::Invalid(problems));
    }
    let b = budget::Entity::find_by_id(budget_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if phase(&b, today) > Phase::Voting {
        return Err(ServiceError::WrongState);
    }
    let token = tokens::random_token();
    let station = budget_station::ActiveModel {
        budget_id: Set(budget_id),
        place: Set(place.clone()),
        token_hash: Set(tokens::sha256_hex(token.as_bytes())),
        opened_by: Set(editor.id),
        opened_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    record(
        db,
        Some(editor.id),
        AuditAction::BudgetStationOpen,
        &format!("budget:{budget_id}:station:{}", station.id),
        Some(&place),
    )
    .await?;
    Ok(token)
}

/// Closes station `station_id` of budget `budget_id`: its device votes no more. Closing a
/// closed station changes nothing.
///
/// # Errors
/// [`ServiceError::NotFound`] for no such station of this budget; a database failure.
pub async fn close(
    db: &DatabaseConnection,
    editor: &Grant<cap::EditDialogues>,
    budget_id: i32,
    station_id: i32,
) -> Result<(), ServiceError> {
    let closed = budget_station::Entity::update_many()
        .col_expr(
            budget_station::Column::ClosedAt,
            Expr::value(chrono::Utc::now()),
        )
        .col_expr(budget_station::Column::ClosedBy, Expr::value(editor.id))
        .filter(budget_station::Column::Id.eq(station_id))
        .filter(budget_station::Column::BudgetId.eq(budget_id))
        .filter(budget_station::Column::ClosedAt.is_null())
        .exec(db)
        .await?;
    if closed.rows_affected == 0 {
        budget_station::Entity::find_by_id(station_id)
            .filter(budget_station::Column::BudgetId.eq(budget_id))
            .one(db)
            .await?
            .ok_or(ServiceError::NotFound)?;
        return Ok(());
    }
    record(
        db,
        Some(editor.id),
        AuditAction::BudgetStationClose,
        &format!("budget:{budget_id}:station:{station_id}"),
        None,
    )
    .await?;
    Ok(())
}

/// Budget `budget_id`'s stations, newest first.
///
/// # Errors
/// A database failure.
pub async fn list(
    db: &DatabaseConnection,
    budget_id: i32,
) -> Result<Vec<budget_station::Model>, ServiceError> {
    Ok(budget_station::Entity::find()
        .filter(budget_station::Column::BudgetId.eq(budget_id))
        .order_by_desc(budget_station::Column::Id)
        .all(db)
        .await?)
}

/// The station a device's `token` opened, if any, open or closed.
///
/// # Errors
/// A database failure.
pub async fn by_token(
    db: &DatabaseConnection,
    token: &str,
) -> Result<Option<budget_station::Model>, ServiceError> {
    Ok(budget_station::Entity::find()
        .filter(budget_station::Column::TokenHash.eq(tokens::sha256_hex(token.as_bytes())))
        .one(db)
        .await?)
}

/// The open station a device's link names, and its budget's slug.
///
/// # Errors
/// [`ServiceError::NotFound`] for an unknown or closed station; a database failure.
pub async fn device(
    db: &DatabaseConnection,
    token: &str,
) -> Result<(budget_station::Model, String), ServiceError> {
    let station = by_token(db, token)
        .await?
        .filter(|s| s.closed_at.is_none())
        .ok_or(ServiceError::NotFound)?;
    let b = budget::Entity::find_by_id(station.budget_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok((station, b.slug))
}

/// The open station of budget `b` that a device's `token` names: its id. A token of another
/// budget's station is not this budget's business (`None`: the ballot is a web ballot).
///
/// # Errors
/// [`ServiceError::StationClosed`] for a closed or unknown station: the device was a station
/// and must not quietly become a web terminal; a database failure.
pub async fn station_for(
    db: &DatabaseConnection,
    b: &budget::Model,
    token: &str,
) -> Result<Option<i32>, ServiceError> {
    match by_token(db, token).await? {
        Some(s) if s.budget_id != b.id => Ok(None),
        Some(s) if s.closed_at.is_none() => Ok(Some(s.id)),
        _ => Err(ServiceError::StationClosed),
    }
}

/// The `Set-Cookie` value that makes a device station `token` (or, empty with no age, stops
/// it being one). Lax, so the first page the device opens from the link knows it already.
pub fn cookie(token: &str, max_age: i64, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_device_cookie_is_for_scripts_unreadable_and_secure_behind_https() {
        let c = cookie("abc", 60, true);
        assert!(c.starts_with("budget-station=abc;"));
        assert!(c.contains("HttpOnly") && c.contains("Secure") && c.contains("Max-Age=60"));
        assert!(!cookie("abc", 60, false).contains("Secure"));
    }
}
