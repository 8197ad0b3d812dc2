//! The public pages' version (migration 20): raised by every change that may alter a public
//! page, read by the server's page cache to know whether a page it keeps is still current.

use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr, Statement};

/// The current version.
///
/// # Errors
/// A database failure.
pub async fn current(db: &DatabaseConnection) -> Result<i64, DbErr> {
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT version FROM site_version WHERE id = 1",
        ))
        .await?;
    Ok(match row {
        Some(row) => row.try_get::<i64>("", "version")?,
        None => 0,
    })
}

/// Raises the version: every process's kept pages are then out of date.
///
/// # Errors
/// A database failure.
pub async fn raise(db: &DatabaseConnection) -> Result<(), DbErr> {
    db.execute_unprepared("UPDATE site_version SET version = version + 1 WHERE id = 1")
        .await?;
    Ok(())
}
