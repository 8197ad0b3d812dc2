//! What every form handler needs at the HTTP edge: reading a form, the language of a request,
//! cookies, redirecting after a post, and turning a [`ServiceError`] into a translated error
//! page with its status. (Rendering a page again with a refused form is `shell::form_again`.)
//! Server only.

use axum::{
    http::{header, HeaderMap, StatusCode, Uri},
    response::{IntoResponse, Response},
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

/// Every value of `name` in a form (a group of checkboxes), in the order they came.
pub fn field_values(fields: &[(String, String)], name: &str) -> Vec<String> {
    fields
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .collect()
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

/// The value of the cookie `name` in a request's headers (the first, when there are several).
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    cookies(headers, name).next()
}

/// Every value of the cookie named exactly `name`, in the order the browser sent them.
pub fn cookies<'a>(headers: &'a HeaderMap, name: &'a str) -> impl Iterator<Item = String> + 'a {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .filter(move |(n, _)| *n == name)
        .map(|(_, value)| value.to_string())
}

/// Whether a request was sent by another site's page (a form on a hostile site posting here):
/// the browser says so in `Sec-Fetch-Site`; older browsers send only `Origin`, which must then
/// name the host the request was sent to.
pub fn cross_site(headers: &HeaderMap) -> bool {
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    if let Some(site) = text("sec-fetch-site") {
        return !matches!(site, "same-origin" | "none");
    }
    match (text("origin"), text("host")) {
        (None, _) => false,
        (Some(origin), Some(host)) => origin
            .split_once("://")
            .is_none_or(|(_, origin_host)| origin_host != host),
        (Some(_), None) => true,
    }
}

/// After a post: 303 to `path`, so a reload does not post again. A path that cannot be a
/// header (a control character from the request's own address) is the client's mistake: 400.
pub fn to(path: String) -> Response {
    match axum::http::HeaderValue::from_str(&path) {
        Ok(location) => (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response(),
        Err(_) => {
            tracing::info!("refused: a redirect to an address that cannot be a header");
            StatusCode::BAD_REQUEST.into_response()
        }
    }
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
    let message = state.translations.format(lang, message_id, None);
    small_page(state, lang, status, title_id, &[message])
}

/// A fault the server caught (a panic in one request): the translated "something went wrong"
/// page at 500, naming the request id that the log also holds.
pub fn fault_page(state: &AppState, lang: Lang, request_id: &str) -> Response {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("id", request_id.to_string());
    let paragraphs = [
        state.translations.format(lang, "error-internal", None),
        state
            .translations
            .format(lang, "error-request-id", Some(&args)),
    ];
    small_page(
        state,
        lang,
        StatusCode::INTERNAL_SERVER_ERROR,
        "error-page-title",
        &paragraphs,
    )
}

/// A page with a heading, paragraphs of text and a link home, with the site's stylesheet.
pub fn small_page(
    state: &AppState,
    lang: Lang,
    status: StatusCode,
    title_id: &str,
    paragraphs: &[String],
) -> Response {
    let t = |id: &str| escape(&state.translations.format(lang, id, None));
    let text: String = paragraphs
        .iter()
        .map(|p| format!("<p>{}</p>", escape(p)))
        .collect();
    let html = format!(
        "<!DOCTYPE html><html lang=\"{code}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} – {portal}</title><link rel=\"stylesheet\" href=\"{css}\"></head>\
         <body><main id=\"main\"><h1>{title}</h1>{text}<p><a href=\"/{code}\">{back}</a></p></main></body></html>",
        code = lang.code(),
        title = t(title_id),
        portal = t("common-portal-name"),
        back = t("error-back"),
        css = state.assets.css,
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
