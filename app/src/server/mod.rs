//! The server side of the portal: shared state, database, and the services that server
//! functions and the plain-HTML form handler call. Compiled only with the `ssr` feature.

use std::{net::IpAddr, num::NonZeroU32, sync::Arc};

use axum::extract::FromRef;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use leptos::prelude::*;
use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};
use sea_orm_migration::MigratorTrait;

use crate::{api::ApiError, i18n::Translations};

pub mod demo;
pub mod dialogues;
pub mod editor;
pub mod entities;
pub mod migrations;
pub mod moderation;
pub mod staff;
pub mod views;

/// Limits on how often one address may send views, and how often staff may try to sign in.
#[derive(Debug, Clone, Copy)]
pub struct RateLimits {
    /// Views allowed per minute from one address, on average.
    pub per_minute: NonZeroU32,
    /// Views one address may send in a quick burst (a class or a meeting on one network).
    pub burst: NonZeroU32,
    /// Staff sign-in attempts per account per minute (an address gets four times as many).
    pub logins_per_minute: NonZeroU32,
}

/// Rate limits kept in memory. With several server processes each keeps its own, so the
/// effective limit is multiplied by their number.
pub struct Limits {
    /// Views per address.
    pub views: DefaultKeyedRateLimiter<IpAddr>,
    /// Reports of published views per address (the same quota as views).
    pub reports: DefaultKeyedRateLimiter<IpAddr>,
    /// Staff sign-in attempts per address.
    pub login_by_address: DefaultKeyedRateLimiter<IpAddr>,
    /// Staff sign-in attempts per account.
    pub login_by_account: DefaultKeyedRateLimiter<String>,
}

/// Everything a request handler needs, cloned cheaply into each request.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub leptos_options: LeptosOptions,
    pub translations: Arc<Translations>,
    pub limits: Arc<Limits>,
    /// Mark the staff session cookie `Secure` (the portal is served over TLS).
    pub secure_cookies: bool,
}

impl AppState {
    /// Builds the state around an open, migrated database.
    pub fn new(
        db: DatabaseConnection,
        leptos_options: LeptosOptions,
        translations: Arc<Translations>,
        limit: RateLimits,
        secure_cookies: bool,
    ) -> Self {
        let quota = Quota::per_minute(limit.per_minute).allow_burst(limit.burst);
        let logins = limit.logins_per_minute;
        let per_address = logins.saturating_mul(NonZeroU32::new(4).unwrap_or(NonZeroU32::MIN));
        AppState {
            db,
            leptos_options,
            translations,
            limits: Arc::new(Limits {
                views: RateLimiter::keyed(quota),
                reports: RateLimiter::keyed(quota),
                login_by_account: RateLimiter::keyed(Quota::per_minute(logins)),
                // An office shares one address: it gets room for several people's tries.
                login_by_address: RateLimiter::keyed(Quota::per_minute(per_address)),
            }),
            secure_cookies,
        }
    }

    /// The state, from the context a server function or page runs in.
    ///
    /// # Errors
    /// [`ApiError::Internal`] when the router did not provide it (a wiring bug, logged).
    pub fn from_context() -> Result<Self, ApiError> {
        use_context::<AppState>().ok_or_else(|| {
            tracing::error!("AppState missing from the leptos context");
            ApiError::Internal
        })
    }

    /// Today's date in Stockholm: dialogues open and close by the local calendar.
    pub fn today(&self) -> chrono::NaiveDate {
        today_in_stockholm()
    }
}

/// Today's date in Stockholm.
pub fn today_in_stockholm() -> chrono::NaiveDate {
    chrono::Utc::now().with_timezone(&chrono_tz::Europe::Stockholm).date_naive()
}

/// Opens the database named by `url` and brings its schema up to date.
///
/// A `sqlite:` URL gets its directory created, write-ahead logging (readers never wait for the
/// writer), foreign keys enforced, and a busy timeout instead of instant "database is locked"
/// errors under concurrent writes. A `postgres:` URL is used as given.
///
/// # Errors
/// The database cannot be opened or a migration fails.
pub async fn connect_and_migrate(url: &str) -> Result<DatabaseConnection, DbErr> {
    if let Some(path) = sqlite_file(url) {
        if let Some(dir) = std::path::Path::new(path).parent().filter(|d| !d.as_os_str().is_empty()) {
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
    let db = Database::connect(options).await?;
    migrations::Migrator::up(&db, None).await?;
    Ok(db)
}

/// The file path of a `sqlite:` URL, without its query string.
fn sqlite_file(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or(rest);
    (!path.is_empty() && path != ":memory:").then_some(path)
}

/// The value of the cookie `name` in a request's headers.
pub fn cookie(headers: &axum::http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, value)| value.to_string())
}

/// Passes a server function's result on, setting the HTTP status that fits its error (a bad
/// input is a 4xx, never a 5xx).
pub fn respond<T>(result: Result<T, ApiError>) -> Result<T, ApiError> {
    if let Err(err) = &result {
        use axum::http::StatusCode;
        let status = match err {
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::NotOpen => StatusCode::CONFLICT,
            ApiError::Invalid(_) | ApiError::Transport(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        };
        if let Some(options) = use_context::<leptos_axum::ResponseOptions>() {
            options.set_status(status);
        }
    }
    result
}

/// Logs a database error and turns it into the opaque error the client sees.
pub(crate) fn internal(err: DbErr) -> ApiError {
    tracing::error!(error = %err, "database error");
    ApiError::Internal
}

#[cfg(test)]
mod tests {
    use super::sqlite_file;

    #[test]
    fn the_sqlite_path_is_read_from_the_url() {
        assert_eq!(sqlite_file("sqlite://data/portal.db?mode=rwc"), Some("data/portal.db"));
        assert_eq!(sqlite_file("sqlite::memory:"), None);
        assert_eq!(sqlite_file("postgres://localhost/test"), None);
    }
}
