//! The state every request shares: the database, the leptos options, the translations and the
//! in-memory rate limits. One [`AppState`], cloned into each request and given to server
//! functions and pages as context. Server only.

use std::{net::IpAddr, num::NonZeroU32, sync::Arc};

use axum::extract::FromRef;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use leptos::prelude::*;
use sea_orm::DatabaseConnection;

use crate::error::ServiceError;
use crate::i18n::Translations;
use crate::mail::MailSettings;
use tokio::sync::Notify;

/// Limits on how often one address may send views, and how often staff may try to sign in.
#[derive(Debug, Clone, Copy)]
pub struct RateLimits {
    /// Views allowed per minute from one address, on average.
    pub per_minute: NonZeroU32,
    /// Views one address may send in a quick burst (a class or a meeting on one network).
    pub burst: NonZeroU32,
    /// Staff sign-in attempts per account per minute (an address gets four times as many).
    pub logins_per_minute: NonZeroU32,
    /// Open-data API requests per address per minute.
    pub api_per_minute: NonZeroU32,
}

/// Rate limits kept in memory. With several server processes each keeps its own, so the
/// effective limit is multiplied by their number.
pub struct Limits {
    /// Views per address.
    pub views: DefaultKeyedRateLimiter<IpAddr>,
    /// Reports of published views per address (the same quota as views).
    pub reports: DefaultKeyedRateLimiter<IpAddr>,
    /// Requests for a dialogue's outcome by mail per address (the same quota as views).
    pub subscriptions: DefaultKeyedRateLimiter<IpAddr>,
    /// Staff sign-in attempts per address.
    pub login_by_address: DefaultKeyedRateLimiter<IpAddr>,
    /// Staff sign-in attempts per account.
    pub login_by_account: DefaultKeyedRateLimiter<String>,
    /// Open-data API requests per address.
    pub api: DefaultKeyedRateLimiter<IpAddr>,
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
    /// Addresses and names every mail needs.
    pub mail: Arc<MailSettings>,
    /// Wakes this process's mail sender when a request has put mail in the outbox.
    pub outbox_wake: Arc<Notify>,
    /// Days after closing by which a dialogue's feedback is due; later, editors see it flagged.
    pub feedback_due_days: i64,
}

impl AppState {
    /// Builds the state around an open, migrated database.
    pub fn new(
        db: DatabaseConnection,
        leptos_options: LeptosOptions,
        translations: Arc<Translations>,
        limit: RateLimits,
        secure_cookies: bool,
        mail: MailSettings,
        feedback_due_days: i64,
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
                subscriptions: RateLimiter::keyed(quota),
                login_by_account: RateLimiter::keyed(Quota::per_minute(logins)),
                // An office shares one address: it gets room for several people's tries.
                login_by_address: RateLimiter::keyed(Quota::per_minute(per_address)),
                api: RateLimiter::keyed(Quota::per_minute(limit.api_per_minute).allow_burst(
                    NonZeroU32::new(limit.api_per_minute.get() / 5).unwrap_or(NonZeroU32::MIN),
                )),
            }),
            secure_cookies,
            mail: Arc::new(mail),
            outbox_wake: Arc::new(Notify::new()),
            feedback_due_days,
        }
    }

    /// The state, from the context a server function or page runs in.
    ///
    /// # Errors
    /// [`ServiceError::Internal`] when the router did not provide it (a wiring bug).
    pub fn from_context() -> Result<Self, ServiceError> {
        use_context::<AppState>()
            .ok_or_else(|| ServiceError::internal("AppState missing from the leptos context"))
    }

    /// Today's date in Stockholm: dialogues open and close by the local calendar.
    pub fn today(&self) -> chrono::NaiveDate {
        today_in_stockholm()
    }
}

/// Today's date in Stockholm.
pub fn today_in_stockholm() -> chrono::NaiveDate {
    chrono::Utc::now()
        .with_timezone(&chrono_tz::Europe::Stockholm)
        .date_naive()
}
