//! What every form handler needs at the HTTP edge: reading a form, the language of a request,
//! cookies, redirecting after a post, and turning a [`ServiceError`] into a translated error
//! page with its status. (Rendering a page again with a refused form is `shell::render_with`.)
//! Server only.

use axum::{
    http::{header, HeaderMap, StatusCode, Uri},
    response::{IntoResponse, Redirect, Response},
    Form,
};

use crate::error::ServiceError;
use crate::lang::Lang;
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
    message_page(state, lang, status, "error-page-title", message_id)
}

/// A small translated page with a heading and one message, outside the leptos pages.
pub fn message_page(
    state: &AppState,
    lang: Lang,
    status: StatusCode,
    title_id: &str,
    message_id: &str,
) -> Response {
    let t = |id: &str| escape(&state.translations.format(lang, id, None));
    let html = format!(
        "<!DOCTYPE html><html lang=\"{code}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} – {portal}</title><link rel=\"stylesheet\" href=\"/pkg/portal.css\"></head>\
         <body><main id=\"main\"><h1>{title}</h1><p>{message}</p><p><a href=\"/{code}\">{back}</a></p></main></body></html>",
        code = lang.code(),
        title = t(title_id),
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

/// A body over the size limit: the error page, and the connection closed, since the rest of
/// the body was never read (a client that sent it must not reuse the connection).
pub fn too_large(state: &AppState, lang: Lang) -> Response {
    let mut res = error_page(
        state,
        lang,
        StatusCode::PAYLOAD_TOO_LARGE,
        "error-too-large",
    );
    res.headers_mut().insert(
        header::CONNECTION,
        axum::http::HeaderValue::from_static("close"),
    );
    res
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The path and query of a request, to render the same page again.
pub fn page_of(uri: &Uri) -> String {
    uri.path_and_query()
        .map_or_else(|| uri.path().to_string(), ToString::to_string)
}
