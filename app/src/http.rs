//! What every form handler needs at the HTTP edge: reading a form, the language of a request,
//! redirecting after a post, rendering a page again with a refused form, and turning a
//! [`ServiceError`] into a translated error page with its status. Server only.

use axum::{
    body::Body,
    http::{header, HeaderMap, Request, StatusCode, Uri},
    response::{IntoResponse, Redirect, Response},
    Form,
};
use leptos::prelude::*;

use crate::error::ServiceError;
use crate::lang::Lang;
use crate::site::shell;
use crate::state::AppState;

/// A form's `name=value` pairs, in the order they came.
pub type Fields = Form<Vec<(String, String)>>;

/// The value of `name` in a form (the first, when repeated), or "".
pub fn field<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map_or("", |(_, v)| v.as_str())
}

/// The language of a `/<lang>/...` path parameter; Swedish for an unknown code.
pub fn lang_of(code: &str) -> Lang {
    Lang::from_code(code).unwrap_or_default()
}

/// The language of a request, from the first segment of its path.
pub fn lang_of_path(uri: &Uri) -> Lang {
    uri.path()
        .trim_start_matches('/')
        .split('/')
        .next()
        .and_then(Lang::from_code)
        .unwrap_or_default()
}

/// The value of the cookie `name` in a request's headers.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, value)| value.to_string())
}

/// After a post: 303 to `path`, so a reload does not post again.
pub fn to(path: String) -> Response {
    Redirect::to(&path).into_response()
}

/// The handler edge: a refused or failed request as a translated page with the error's status.
pub fn refuse(state: &AppState, lang: Lang, error: ServiceError) -> Response {
    error.log();
    error_page(state, lang, error.status(), error.message_id())
}

/// A small translated page for errors that happen before a page can be rendered.
pub fn error_page(state: &AppState, lang: Lang, status: StatusCode, message_id: &str) -> Response {
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
    (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        html,
    )
        .into_response()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Renders the page at `path` with `context` provided to it, at `status` when it rendered: the
/// way a refused plain-HTML form comes back with everything that was written kept.
pub async fn render_with<C: Clone + Send + Sync + 'static>(
    state: &AppState,
    path: &str,
    headers: HeaderMap,
    context: C,
    status: StatusCode,
) -> Response {
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
        Err(_) => {
            return error_page(
                state,
                Lang::default(),
                StatusCode::BAD_REQUEST,
                "error-page-title",
            )
        }
    }
    *req.headers_mut() = headers;
    let mut res = render(req).await;
    if res.status() == StatusCode::OK {
        *res.status_mut() = status;
    } else {
        tracing::warn!(path, status = %res.status(), "re-rendering a refused form did not render the page");
    }
    res
}

/// The path and query of a request, to render the same page again.
pub fn page_of(uri: &Uri) -> String {
    uri.path_and_query()
        .map_or_else(|| uri.path().to_string(), ToString::to_string)
}
