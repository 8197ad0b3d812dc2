//! The portal's HTTP server: settings, and one axum router assembled from every area's routes
//! (the leptos pages and server functions, the plain-HTML form posts, the guarded staff
//! routes), with static files and the middleware every request passes.

use std::{net::SocketAddr, panic::AssertUnwindSafe, sync::Arc, time::Duration};

use app::{
    accounts::guard::{self, Guard, StaffRoute},
    http::cookie,
    i18n::Translations,
    lang::{negotiate, Lang},
    mail::{sender::deliver_due, transport::Transport, MailSettings},
    shell::{shell, App},
    state::{AppState, RateLimits},
    subscriptions::service::erase_finished,
    views::model::limits::MAX_FORM_BYTES,
};
use axum::{
    body::{to_bytes, Body},
    extract::{DefaultBodyLimit, State},
    http::{header, HeaderMap, HeaderName, HeaderValue, Request, StatusCode},
    response::{IntoResponse, Redirect, Response},
    routing::get,
    Router,
};
use futures_util::FutureExt;
use leptos::prelude::*;
use leptos_axum::{generate_route_list, LeptosRoutes};
use tower_http::{
    compression::CompressionLayer,
    request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer},
    services::ServeDir,
    set_header::SetResponseHeaderLayer,
    timeout::TimeoutLayer,
    trace::{DefaultOnResponse, TraceLayer},
};

pub mod config;
pub mod metrics;
mod page_cache;
mod security;

/// Where a fresh page is built: state from settings, an open database.
///
/// # Errors
/// The translations do not load or the database cannot be opened and migrated.
pub async fn build_state(
    settings: &config::Settings,
    leptos_options: LeptosOptions,
) -> Result<AppState, Box<dyn std::error::Error + Send + Sync>> {
    let translations = Arc::new(Translations::load()?);
    let db = app::db::connect(&settings.database_url).await?;
    if settings.skip_migrations {
        let pending = app::db::pending_migrations(&db).await?;
        if pending > 0 {
            return Err(format!(
                "the database lacks {pending} migration(s): run `server migrate` first"
            )
            .into());
        }
    } else {
        app::db::migrate(&db).await?;
    }
    let limit = RateLimits {
        per_minute: settings.views_per_minute,
        burst: settings.views_burst,
        logins_per_minute: settings.logins_per_minute,
        api_per_minute: settings.api_per_minute,
    };
    let mail = MailSettings {
        public_url: settings.mail.public_url.trim_end_matches('/').to_string(),
        from: settings.mail.from.clone(),
        reply_to: settings.mail.reply_to.clone(),
    };
    Ok(AppState::new(
        db,
        leptos_options,
        translations,
        limit,
        !settings.insecure_cookies,
        mail,
        i64::from(settings.mail.feedback_due_days),
    )
    .with_trusted_proxies(settings.trusted_proxies.clone())
    .with_page_cache(settings.page_cache))
}

/// Where this process sends mail, from the settings.
///
/// # Errors
/// The SMTP URL does not parse, or the outbox folder cannot be made.
pub fn mail_transport(
    settings: &config::Settings,
) -> Result<Transport, app::mail::transport::BadSmtpUrl> {
    Transport::new(
        settings.mail.smtp_url.as_deref(),
        settings.mail.outbox_dir.clone(),
    )
}

/// The mail sender of this process: delivers due mails from the outbox, erases addresses that
/// are no longer needed, and waits until a request puts mail in the outbox (or five seconds).
pub fn spawn_mail_sender(state: AppState, transport: Transport) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        loop {
            if let Err(error) = deliver_due(&state.db, &state.mail, &transport, 100).await {
                error.log();
            }
            if let Err(error) = erase_finished(&state.db).await {
                error.log();
            }
            tokio::select! {
                () = state.outbox_wake.notified() => {}
                () = tokio::time::sleep(std::time::Duration::from_secs(5)) => {}
            }
        }
    })
}

/// Housekeeping every process does once a minute: forgets rate-limit rows whose requests are
/// paid back and sign-in failures older than a day (with several processes, each does it; the
/// deletes are idempotent).
pub fn spawn_housekeeping(state: AppState) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(60));
        loop {
            tick.tick().await;
            if let Err(error) = app::limits::prune(&state.db).await {
                error.log();
            }
            if let Err(error) = app::accounts::throttle::prune(&state.db).await {
                error.log();
            }
        }
    })
}

/// Every guarded staff form route of every area, each declared once with its area. The
/// router registers exactly these, and the integration tests check each against every role.
pub fn staff_routes() -> Vec<StaffRoute> {
    let mut routes = app::accounts::handlers::routes();
    routes.extend(app::entry::handlers::routes());
    routes.extend(app::moderation::handlers::routes());
    routes.extend(app::budgets::handlers::routes());
    routes.extend(app::budgets::editor::handlers::routes());
    routes.extend(app::budgets::stations::handlers::routes());
    routes.extend(app::budgets::children::handlers::routes());
    routes.extend(app::dialogues::editor::handlers::routes());
    routes.extend(app::dialogues::easy::routes());
    routes.extend(app::feedback::handlers::routes());
    routes.extend(app::letters::handlers::routes());
    routes.extend(app::reports::handlers::routes());
    routes.extend(app::translations::handlers::routes());
    routes.extend(app::meetings::handlers::routes());
    routes
}

/// The whole application: pages, server functions, the form posts, static files.
pub fn router(state: AppState, timeout: Duration) -> Router {
    let routes = generate_route_list(App);
    let options = state.leptos_options.clone();
    let mut router = Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/", get(choose_language))
        .route("/dialogues/{*rest}", get(add_language))
        .route("/receipt/{*rest}", get(add_language))
        .route("/accessibility", get(add_language))
        .route("/open-data", get(add_language))
        .route("/meetings", get(add_language))
        .merge(app::views::handlers::public_routes())
        .merge(app::accounts::handlers::public_routes())
        .merge(app::subscriptions::handlers::public_routes())
        .merge(app::meetings::handlers::public_routes())
        .merge(app::budgets::handlers::public_routes())
        .merge(app::budgets::stations::handlers::public_routes())
        .merge(app::print::handlers::public_routes())
        .merge(app::opendata::api::routes());
    for StaffRoute {
        path,
        area,
        handler,
    } in staff_routes()
    {
        let guard = Guard {
            state: state.clone(),
            area,
        };
        router = router.route(
            path,
            handler.route_layer(axum::middleware::from_fn_with_state(guard, guard::guard)),
        );
    }
    let router = router
        .nest_service("/pkg", built_files(&state))
        .nest_service("/desk", desk_files(&state))
        .leptos_routes_with_context(&state, routes, || (), {
            let options = options.clone();
            move || shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell));
    with_edge(router, state, timeout)
}

/// `routes` with the middleware every request passes, outermost last: one address per page,
/// the security headers and page policy, the page cache and its version, language memory,
/// metrics, client errors for bad calls, the body limit, compression, the timeout, panics as
/// error pages, the access log with the request id.
pub fn with_edge(routes: Router<AppState>, state: AppState, timeout: Duration) -> Router {
    let pages = page_cache::Layer {
        cache: state
            .page_cache
            .then(|| page_cache::PageCache::new(state.db.clone())),
        staff_cookie: app::accounts::service::session_cookie_name(state.secure_cookies),
    };
    routes
        .layer(axum::middleware::from_fn(without_trailing_slash))
        .layer(axum::middleware::from_fn_with_state(
            security::Policy::new(&state.mail.public_url),
            security::headers,
        ))
        // Outside the page policy, so a kept page keeps its headers; inside the language memory
        // and the metrics, which are per request.
        .layer(axum::middleware::from_fn_with_state(
            pages.clone(),
            page_cache::serve,
        ))
        .layer(axum::middleware::from_fn_with_state(
            pages,
            page_cache::raise_on_change,
        ))
        .layer(axum::middleware::from_fn(remember_language))
        .layer(axum::middleware::from_fn(metrics::track))
        .layer(axum::middleware::from_fn(bad_calls_are_client_errors))
        // Every request body is limited: a view's largest possible form fits well within.
        .layer(DefaultBodyLimit::max(MAX_FORM_BYTES))
        .layer(CompressionLayer::new())
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            timeout,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            panics_are_error_pages,
        ))
        // The access log: one line per request at info, in a span that carries the request id
        // (also sent back in `x-request-id`, so a resident's report can be found in the log).
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|req: &Request<Body>| {
                    let id = req
                        .headers()
                        .get(REQUEST_ID)
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or("-");
                    tracing::info_span!("request", id, method = %req.method(), path = %loggable_path(req.uri().path()))
                })
                .on_response(DefaultOnResponse::new().level(tracing::Level::INFO)),
        )
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
        .with_state(state)
}

/// `/pkg/...`: the built stylesheet, script and WebAssembly, sent precompressed (`.br`, `.gz`
/// made by `cargo leptos build --release --precompress`) when the browser takes it. Files whose
/// names carry their content's hash are cached for a year and never asked for again; unhashed
/// names (a development build) for five minutes.
fn built_files(state: &AppState) -> axum::routing::MethodRouter {
    let options = &state.leptos_options;
    let dir = std::path::Path::new(&*options.site_root).join(&*options.site_pkg_dir);
    let cache = if state.assets.hashed {
        "public, max-age=31536000, immutable"
    } else {
        "public, max-age=300"
    };
    axum::routing::get_service(
        tower::ServiceBuilder::new()
            .layer(SetResponseHeaderLayer::overriding(
                header::CACHE_CONTROL,
                HeaderValue::from_static(cache),
            ))
            .service(ServeDir::new(dir).precompressed_br().precompressed_gzip()),
    )
}

/// `/desk/...`: the moderator's desk module (`scripts/build-desk.sh`), whose names always
/// carry their content's hash, precompressed like the rest.
fn desk_files(state: &AppState) -> axum::routing::MethodRouter {
    let dir = std::path::Path::new(&*state.leptos_options.site_root).join("desk");
    axum::routing::get_service(
        tower::ServiceBuilder::new()
            .layer(SetResponseHeaderLayer::overriding(
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=31536000, immutable"),
            ))
            .service(ServeDir::new(dir).precompressed_br().precompressed_gzip()),
    )
}

/// The header that carries each request's id, in the log and in the answer.
const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// `/healthz`: the process is up and answering.
async fn healthz() -> &'static str {
    "ok"
}

/// `/readyz`: the process can serve: the database answers and its schema is this build's.
/// A load balancer sends no residents to a process that answers 503.
async fn readyz(State(state): State<AppState>) -> Response {
    match app::db::pending_migrations(&state.db).await {
        Ok(0) => (StatusCode::OK, "ready").into_response(),
        Ok(pending) => {
            tracing::warn!(pending, "not ready: migrations pending");
            (StatusCode::SERVICE_UNAVAILABLE, "migrations pending").into_response()
        }
        Err(error) => {
            tracing::warn!(%error, "not ready: the database does not answer");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
        }
    }
}

/// A panic while answering one request becomes that request's 500 page, translated and
/// naming the request id to quote; the process and every other request go on.
async fn panics_are_error_pages(
    State(state): State<AppState>,
    req: Request<Body>,
    next: axum::middleware::Next,
) -> Response {
    let lang = app::http::lang_of_path(req.uri());
    let id = req
        .headers()
        .get(REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("-")
        .to_string();
    match AssertUnwindSafe(next.run(req)).catch_unwind().await {
        Ok(res) => res,
        Err(_) => {
            tracing::error!(request = %id, "a request panicked");
            app::http::fault_page(&state, lang, &id)
        }
    }
}

/// The cookie that remembers the visitor's language.
const LANG_COOKIE: &str = "lang";

/// `/`: the language the visitor chose before, else the best match of the browser's
/// languages, else Swedish.
async fn choose_language(headers: HeaderMap) -> Redirect {
    Redirect::to(&format!("/{}", preferred_language(&headers).code()))
}

/// A link without a language (`/dialogues/...` on a poster) goes to the same page in the
/// visitor's language.
async fn add_language(headers: HeaderMap, uri: axum::http::Uri) -> Redirect {
    let path_and_query = uri.path_and_query().map(|p| p.as_str()).unwrap_or("/");
    Redirect::temporary(&format!(
        "/{}{path_and_query}",
        preferred_language(&headers).code()
    ))
}

fn preferred_language(headers: &HeaderMap) -> Lang {
    cookie_lang(headers)
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(negotiate)
        })
        .unwrap_or_default()
}

fn cookie_lang(headers: &HeaderMap) -> Option<Lang> {
    cookie(headers, LANG_COOKIE).and_then(|value| Lang::from_code(&value))
}

/// Remembers the language of every page the visitor reads, for their next visit to `/`.
async fn remember_language(req: Request<Body>, next: axum::middleware::Next) -> Response {
    let lang = req
        .uri()
        .path()
        .trim_start_matches('/')
        .split('/')
        .next()
        .and_then(Lang::from_code);
    let already = cookie_lang(req.headers());
    let mut res = next.run(req).await;
    if let Some(lang) = lang.filter(|l| Some(*l) != already) {
        if res.status().is_success() {
            let cookie = format!(
                "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
                lang.code()
            );
            if let Ok(value) = HeaderValue::from_str(&cookie) {
                res.headers_mut().append(header::SET_COOKIE, value);
            }
        }
    }
    res
}

/// A server function call whose arguments do not parse (or whose body is too large) fails
/// before the function runs, and leptos answers 500. It is the caller's mistake, not the
/// server's: answer 400 with the same error code, so monitoring sees only real server faults.
async fn bad_calls_are_client_errors(req: Request<Body>, next: axum::middleware::Next) -> Response {
    let is_server_fn = req.uri().path().starts_with("/api/");
    let res = next.run(req).await;
    if !is_server_fn || res.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let bytes = to_bytes(body, 64 * 1024).await.unwrap_or_default();
    if app::error::ApiError::is_transport(&bytes) {
        parts.status = StatusCode::BAD_REQUEST;
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// Serves `router` on `listener` until `stop` completes; then it accepts no new connections and
/// gives requests in flight `grace` to finish (a view being stored is committed and answered,
/// or never acknowledged), and returns. Connection info is kept so that the per-address limits
/// know who is asking.
///
/// # Errors
/// The listener fails.
pub async fn serve(
    listener: tokio::net::TcpListener,
    router: Router,
    stop: impl std::future::Future<Output = ()> + Send + 'static,
    grace: Duration,
) -> std::io::Result<()> {
    let (stopping, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = axum::serve(
        listener,
        router.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async move {
        stop.await;
        tracing::info!("stopping: no new connections, finishing requests in flight");
        let _ = stopping.send(());
    });
    let server = std::pin::pin!(std::future::IntoFuture::into_future(server));
    let deadline = async move {
        if stopped.await.is_ok() {
            tokio::time::sleep(grace).await;
        } else {
            std::future::pending::<()>().await;
        }
    };
    tokio::select! {
        result = server => result,
        () = deadline => {
            tracing::warn!("requests still running after the grace period are cut off");
            Ok(())
        }
    }
}

/// Completes at SIGTERM (a service manager stopping the portal) or Ctrl-C.
pub async fn termination() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
}

/// `/sv/` is `/sv`, and every path with a slash at the end is the path without it: a
/// permanent redirect there (the query kept), so a link written either way opens the page and
/// search engines see one address. A path that would become another host's (`//host`) is left
/// alone.
async fn without_trailing_slash(req: Request<Body>, next: axum::middleware::Next) -> Response {
    let path = req.uri().path();
    let reading = matches!(
        *req.method(),
        axum::http::Method::GET | axum::http::Method::HEAD
    );
    if reading && path.len() > 1 && path.ends_with('/') {
        let trimmed = path.trim_end_matches('/');
        if !trimmed.is_empty() && !trimmed.starts_with("//") {
            let target = match req.uri().query() {
                Some(query) => format!("{trimmed}?{query}"),
                None => trimmed.to_string(),
            };
            if let Ok(location) = HeaderValue::from_str(&target) {
                return (
                    StatusCode::PERMANENT_REDIRECT,
                    [(header::LOCATION, location)],
                )
                    .into_response();
            }
        }
    }
    next.run(req).await
}

/// A path as the access log writes it: segments that are tokens (64 hex digits, in mailed
/// links and a voting station's link) are masked, so the log holds no secret.
fn loggable_path(path: &str) -> String {
    path.split('/')
        .map(|segment| {
            if segment.len() >= 32 && segment.bytes().all(|b| b.is_ascii_hexdigit()) {
                "[token]"
            } else {
                segment
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod log_tests {
    #[test]
    fn the_access_log_masks_tokens_in_paths_and_keeps_the_rest() {
        let token = "ab".repeat(32);
        assert_eq!(
            super::loggable_path(&format!("/sv/budget-station/{token}")),
            "/sv/budget-station/[token]"
        );
        assert_eq!(
            super::loggable_path("/sv/budgets/mb-2027"),
            "/sv/budgets/mb-2027"
        );
    }
}
