//! The database: opening it (SQLite or PostgreSQL, chosen by the URL), the numbered
//! migrations, the generated sea-orm entities, and the demo content. Server only.

use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};
use sea_orm_migration::MigratorTrait;

pub mod demo;
pub mod entities;
pub mod generate;
pub mod migrations;
pub mod site_version;

/// Opens the database named by `url` ([`connect`]) and brings its schema up to date.
///
/// # Errors
/// The database cannot be opened or a migration fails.
pub async fn connect_and_migrate(url: &str) -> Result<DatabaseConnection, DbErr> {
    let db = connect(url).await?;
    migrate(&db).await?;
    Ok(db)
}

/// Brings the schema up to date.
///
/// # Errors
/// A migration fails.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    migrations::Migrator::up(db, None).await
}

/// Copies a SQLite database to `path` while it is in use (`VACUUM INTO`: one consistent moment,
/// readers and writers go on). PostgreSQL is backed up with `pg_dump` instead.
///
/// # Errors
/// The database is not SQLite, `path` exists, or the copy fails.
pub async fn backup(db: &DatabaseConnection, path: &std::path::Path) -> Result<(), DbErr> {
    use sea_orm::ConnectionTrait;
    if db.get_database_backend() != sea_orm::DatabaseBackend::Sqlite {
        return Err(DbErr::Custom(
            "backup copies SQLite databases: for PostgreSQL use pg_dump (see README)".into(),
        ));
    }
    if path.exists() {
        return Err(DbErr::Custom(format!("{} exists already", path.display())));
    }
    let target = path
        .to_str()
        .ok_or_else(|| DbErr::Custom("the backup path is not UTF-8".into()))?;
    db.execute_raw(sea_orm::Statement::from_sql_and_values(
        sea_orm::DatabaseBackend::Sqlite,
        "VACUUM INTO ?",
        [target.into()],
    ))
    .await?;
    Ok(())
}

/// How many migrations this build knows that the database has not had.
///
/// # Errors
/// The database does not answer.
pub async fn pending_migrations(db: &DatabaseConnection) -> Result<usize, DbErr> {
    Ok(migrations::Migrator::get_pending_migrations(db)
        .await?
        .len())
}

/// Opens the database at `url` without touching its schema.
///
/// A `sqlite:` URL gets its directory created, write-ahead logging (readers never wait for the
/// writer), foreign keys enforced, and a busy timeout instead of instant "database is locked"
/// errors under concurrent writes. A `postgres:` URL is used as given.
///
/// # Errors
/// The database cannot be opened.
pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    if let Some(path) = sqlite_file(url) {
        if let Some(dir) = std::path::Path::new(path)
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
        {
            std::fs::create_dir_all(dir)
                .map_err(|e| DbErr::Custom(format!("cannot create {}: {e}", dir.display())))?;
        }
    }
    let mut options = ConnectOptions::new(url.to_string());
    options.sqlx_logging(false);
    if url.starts_with("sqlite:") {
        options.map_sqlx_sqlite_opts(|o| {
            use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
            o.journal_mode(SqliteJournalMode::Wal)
                // A view is a public record: FULL syncs the log at every commit, so an
                // acknowledged view survives a power cut, not only a killed process.
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(std::time::Duration::from_secs(5))
                .create_if_missing(true)
        });
    }
    Database::connect(options).await
}

/// The file path of a `sqlite:` URL, without its query string.
fn sqlite_file(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or(rest);
    (!path.is_empty() && path != ":memory:").then_some(path)
}

#[cfg(test)]
mod tests {
    use super::sqlite_file;

    #[test]
    fn the_sqlite_path_is_read_from_the_url() {
        assert_eq!(
            sqlite_file("sqlite://data/portal.db?mode=rwc"),
            Some("data/portal.db")
        );
        assert_eq!(sqlite_file("sqlite::memory:"), None);
        assert_eq!(sqlite_file("postgres://localhost/test"), None);
    }
}
