//! The portal's HTTP server: one axum router that serves the leptos pages and server
//! functions, the plain-HTML form post, static files, and translated error pages.

use std::{net::SocketAddr, sync::Arc};

use app::{
    domain::{ViewForm, MAX_FORM_BYTES},
    i18n::Translations,
    lang::{negotiate, Lang},
    pages::{shell, App, FormOutcome},
    server::{cookie, views, AppState, RateLimits},
};
use axum::{
    body::{to_bytes, Body},
    extract::{ConnectInfo, DefaultBodyLimit, Path, State},
    http::{header, HeaderMap, HeaderValue, Request, StatusCode},
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
    Router,
};
use leptos::prelude::*;
use leptos_axum::{generate_route_list, LeptosRoutes};
use tower_http::{compression::CompressionLayer, trace::TraceLayer};

pub mod config;
pub mod staff;

/// Where a fresh page is built: state from settings, an open database.
///
/// # Errors
/// The translations do not load or the database cannot be opened and migrated.
pub async fn build_state(
    settings: &config::Settings,
    leptos_options: LeptosOptions,
) -> Result<AppState, Box<dyn std::error::Error + Send + Sync>> {
    let translations = Arc::new(Translations::load()?);
    let db = app::server::connect_and_migrate(&settings.database_url).await?;
    let limit = RateLimits {
        per_minute: settings.views_per_minute,
        burst: settings.views_burst,
        logins_per_minute: settings.logins_per_minute,
    };
    Ok(AppState::new(db, leptos_options, translations, limit, settings.secure_cookies))
}

/// The whole application: pages, server functions, the form post, static files.
pub fn router(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let options = state.leptos_options.clone();
    let mut router = Router::new()
        .route("/", get(choose_language))
        .route("/dialogues/{*rest}", get(add_language))
        .route("/receipt/{*rest}", get(add_language))
        .route("/accessibility", get(add_language))
        .route("/{lang}/dialogues/{slug}", post(post_view_form))
        .route("/{lang}/dialogues/{slug}/report", post(staff::report_view))
        .route("/{lang}/staff/login", post(staff::sign_in))
        .route("/{lang}/staff/logout", post(staff::sign_out));
    for (path, roles, handler) in staff::routes() {
        let guard = staff::Guard { state: state.clone(), roles };
        router = router.route(path, handler.route_layer(axum::middleware::from_fn_with_state(guard, staff::guard)));
    }
    router
        .leptos_routes_with_context(&state, routes, || (), {
            let options = options.clone();
            move || shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        .layer(axum::middleware::from_fn(remember_language))
        .layer(axum::middleware::from_fn(bad_calls_are_client_errors))
        // Every request body is limited: a view's largest possible form fits well within.
        .layer(DefaultBodyLimit::max(MAX_FORM_BYTES))
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
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
    Redirect::temporary(&format!("/{}{path_and_query}", preferred_language(&headers).code()))
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
            let cookie = format!("{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax", lang.code());
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
    if app::api::ApiError::is_transport(&bytes) {
        parts.status = StatusCode::BAD_REQUEST;
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// The view form posted without JavaScript. Accepted: a redirect to the receipt (303, so a
/// reload does not post again). Refused: the dialogue page again, with what the resident wrote
/// and a message at each refused field.
async fn post_view_form(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path((lang_code, slug)): Path<(String, String)>,
    req: Request<Body>,
) -> Response {
    let Some(lang) = Lang::from_code(&lang_code) else {
        return error_page(&state, Lang::default(), StatusCode::NOT_FOUND, "not-found-text");
    };
    let (parts, body) = req.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_FORM_BYTES).await else {
        return error_page(&state, lang, StatusCode::PAYLOAD_TOO_LARGE, "error-too-large");
    };
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
    let form = ViewForm::from_pairs(pairs);

    match views::submit(&state, peer.ip(), lang, &slug, &form).await {
        Ok(receipt) => Redirect::to(&format!("/{}/receipt/{}", lang.code(), receipt.reference)).into_response(),
        Err(app::api::ApiError::NotFound) => {
            error_page(&state, lang, StatusCode::NOT_FOUND, "not-found-text")
        }
        Err(error) => {
            let status = match &error {
                app::api::ApiError::RateLimited => StatusCode::TOO_MANY_REQUESTS,
                app::api::ApiError::NotOpen => StatusCode::CONFLICT,
                app::api::ApiError::Internal => StatusCode::SERVICE_UNAVAILABLE,
                _ => StatusCode::UNPROCESSABLE_ENTITY,
            };
            let page = parts.uri.path_and_query().map_or_else(|| parts.uri.path().to_string(), ToString::to_string);
            let mut res = render_with(&state, &page, parts.headers, FormOutcome { form, error }).await;
            if res.status() == StatusCode::UNPROCESSABLE_ENTITY {
                *res.status_mut() = status;
            }
            res
        }
    }
}

/// Renders the page at `path` with `context` provided to it, and answers 422 when it rendered:
/// the way a refused plain-HTML form comes back with everything that was written kept.
pub(crate) async fn render_with<C: Clone + Send + Sync + 'static>(state: &AppState, path: &str, headers: HeaderMap, context: C) -> Response {
    let options = state.leptos_options.clone();
    let render = leptos_axum::render_app_async_with_context(
        {
            let state = state.clone();
            move || {
                provide_context(state.clone());
                provide_context(context.clone());
            }
        },
        move || shell(options.clone()),
    );
    let mut req = Request::new(Body::empty());
    match path.parse() {
        Ok(uri) => *req.uri_mut() = uri,
        Err(_) => return error_page(state, Lang::default(), StatusCode::BAD_REQUEST, "error-page-title"),
    }
    *req.headers_mut() = headers;
    let mut res = render(req).await;
    if res.status() == StatusCode::OK {
        *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    } else {
        tracing::warn!(path, status = %res.status(), "re-rendering a refused form did not render the page");
    }
    res
}

/// A small translated page for errors that happen before a page can be rendered.
fn error_page(state: &AppState, lang: Lang, status: StatusCode, message_id: &str) -> Response {
    let t = |id: &str| escape(&state.translations.format(lang, id, None));
    let html = format!(
        "<!DOCTYPE html><html lang=\"{code}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} – {portal}</title><link rel=\"stylesheet\" href=\"/pkg/portal.css\"></head>\
         <body><main id=\"main\"><h1>{title}</h1><p>{message}</p><p><a href=\"/{code}\">{back}</a></p></main></body></html>",
        code = lang.code(),
        title = t("error-page-title"),
        portal = t("common-portal-name"),
        message = t(message_id),
        back = t("error-back"),
    );
    (status, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Serves `router` on `listener` until the process is told to stop. Connection info is kept
/// so that the per-address rate limit knows who is asking.
///
/// # Errors
/// The listener fails.
pub async fn serve(listener: tokio::net::TcpListener, router: Router) -> std::io::Result<()> {
    axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}
