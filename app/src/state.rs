//! The state every request shares: the database, the leptos options, the translations and the
//! rate limits (kept in the database, shared by every process). One [`AppState`], cloned into each request and given to server
//! functions and pages as context. Server only.

use std::{num::NonZeroU32, sync::Arc};

use axum::extract::FromRef;
use leptos::prelude::*;
use sea_orm::DatabaseConnection;

use crate::error::ServiceError;
use crate::i18n::Translations;
use crate::limits::{Limits, Quota};
use crate::mail::MailSettings;
use tokio::sync::Notify;

/// Limits on how often one address may send views, and how often staff may try to sign in.
#[derive(Debug, Clone, Copy)]
pub struct RateLimits {
    /// Views allowed per minute from one address, on average.
    pub per_minute: NonZeroU32,
    /// Views one address may send in a quick burst (a class or a meeting on one network).
    pub burst: NonZeroU32,
    /// Staff sign-in attempts per minute that one address is allowed is four times this.
    pub logins_per_minute: NonZeroU32,
    /// Open-data API requests per address per minute.
    pub api_per_minute: NonZeroU32,
}

/// Everything a request handler needs, cloned cheaply into each request.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub leptos_options: LeptosOptions,
    /// The built stylesheet, script and WebAssembly, by their (hashed) names.
    pub assets: Arc<crate::assets::Assets>,
    pub translations: Arc<Translations>,
    pub limits: Limits,
    /// The reverse proxies whose `X-Forwarded-For` is believed (none by default).
    pub trusted_proxies: Arc<[ipnet::IpNet]>,
    /// Mark the staff session cookie `Secure` (the portal is served over TLS).
    pub secure_cookies: bool,
    /// Addresses and names every mail needs.
    pub mail: Arc<MailSettings>,
    /// Wakes this process's mail sender when a request has put mail in the outbox.
    pub outbox_wake: Arc<Notify>,
    /// Days after closing by which a dialogue's feedback is due; later, editors see it flagged.
    pub feedback_due_days: i64,
    /// Rendered public pages are kept and served from memory (the server's page cache).
    #[from_ref(skip)]
    pub page_cache: bool,
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
        let views = Quota {
            per_minute: limit.per_minute,
            burst: limit.burst,
        };
        AppState {
            db,
            assets: Arc::new(crate::assets::Assets::of_build(&leptos_options)),
            leptos_options,
            translations,
            limits: Limits::new(views, limit.logins_per_minute, limit.api_per_minute),
            trusted_proxies: Arc::from(Vec::new()),
            secure_cookies,
            mail: Arc::new(mail),
            outbox_wake: Arc::new(Notify::new()),
            feedback_due_days,
            page_cache: true,
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

    /// The same state, keeping rendered public pages (`true`) or rendering every request.
    #[must_use]
    pub fn with_page_cache(mut self, on: bool) -> Self {
        self.page_cache = on;
        self
    }

    /// The same state, believing `X-Forwarded-For` from these proxies.
    #[must_use]
    pub fn with_trusted_proxies(mut self, proxies: Vec<ipnet::IpNet>) -> Self {
        self.trusted_proxies = Arc::from(proxies);
        self
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
