//! The API's routes: read-only, open to every origin (CORS for GET), each answer with a strong
//! `ETag` (304 when the reader has it already) and a short public cache lifetime, errors as
//! RFC 9457 problem details, and a per-address limit like the residents' forms have.

use std::collections::HashMap;

use axum::{
    extract::{FromRequestParts, Path, Query, State},
    http::{header, request::Parts, HeaderMap, HeaderValue, Method, StatusCode},
    response::{IntoResponse, Response},
    routing::get,
    Router,
};
use chrono::NaiveDate;
use serde::Serialize;
use sha2::{Digest, Sha256};
use tower_http::cors::{Any, CorsLayer};
use utoipa::OpenApi;

use super::read::{self, ViewQuery, PAGE};
use super::schema::{self, Problem};
use crate::error::ServiceError;
use crate::lang::Lang;
use crate::limits::Client;
use crate::state::AppState;

/// How long a reader (or a cache between) may keep an answer before asking again.
const MAX_AGE: &str = "public, max-age=60";

/// The API's routes, with CORS.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/dialogues", get(list))
        .route("/api/v1/dialogues/{slug}", get(one))
        .route("/api/v1/dialogues/{slug}/views", get(views))
        .route("/api/v1/dialogues/{slug}/summary", get(summary))
        .route("/api/v1/openapi.json", get(document))
        .route("/api/v1", get(unknown))
        .route("/api/v1/{*rest}", get(unknown))
        .layer(
            CorsLayer::new()
                .allow_origin(Any)
                .allow_methods([Method::GET, Method::HEAD])
                .allow_headers([header::IF_NONE_MATCH])
                .expose_headers([header::ETAG]),
        )
}

/// The OpenAPI 3.1 document, generated from the handlers and the schema types.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Medborgardialog Hässelby-Vällingby: open data",
        version = "1",
        description = "Read-only open data of the citizen dialogues of the Hässelby-Vällingby district administration, Stockholm. Figures are protected: counts under 5 are not shown. Aggregates and dialogue facts: CC0 1.0. Residents' texts are public records, published with their writers' consent and moderated.",
        license(name = "CC0-1.0", identifier = "CC0-1.0")
    ),
    paths(list, one, views, summary),
    components(schemas(
        schema::Dialogue,
        schema::DialogueList,
        schema::DialogueTexts,
        schema::Question,
        schema::LangText,
        schema::Feedback,
        schema::FeedbackTexts,
        schema::View,
        schema::ViewPage,
        schema::Answer,
        schema::Summary,
        schema::SummaryRow,
        schema::Figure,
        Problem,
        LangCode
    ))
)]
pub struct ApiDoc;

/// The document as JSON.
pub fn openapi_json() -> String {
    ApiDoc::openapi().to_pretty_json().unwrap_or_default()
}

/// The languages a view can be written in, as the `lang` parameter takes them.
#[derive(Debug, Clone, Copy, utoipa::ToSchema)]
#[schema(rename_all = "lowercase")]
#[allow(dead_code)]
enum LangCode {
    Sv,
    Fi,
    Fit,
    Se,
    Smj,
    Sma,
    En,
}

/// The views listing's query parameters, as documented. They are read by [`view_query`], which
/// answers a bad one with a problem that names it.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
struct ViewParams {
    /// Only views written in this language.
    lang: Option<LangCode>,
    /// Only views received on or after this day (Stockholm time).
    from: Option<NaiveDate>,
    /// Only views received on or before this day (Stockholm time).
    to: Option<NaiveDate>,
    /// The `next_cursor` of the page before.
    #[param(pattern = r"^[0-9]{1,9}$")]
    cursor: Option<String>,
    /// Views per page (default 50).
    #[param(minimum = 1, maximum = 200)]
    limit: Option<u32>,
}

/// A request within its address's limit.
pub struct Allowed;

impl FromRequestParts<AppState> for Allowed {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let Ok(client) = Client::from_request_parts(parts, state).await;
        match state.limits.api.wait(&state.db, client).await {
            Ok(None) => Ok(Allowed),
            Ok(Some(wait)) => {
                let mut res = problem(
                    StatusCode::TOO_MANY_REQUESTS,
                    "Too many requests",
                    "Too many requests from this address in a short time; wait and try again.",
                );
                let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
                res.headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
                Err(res)
            }
            Err(error) => Err(refused(&error)),
        }
    }
}

/// Every published dialogue, with its texts in each language.
#[utoipa::path(
    get,
    path = "/api/v1/dialogues",
    responses(
        (status = 200, description = "Every published dialogue", body = schema::DialogueList),
        (status = 429, description = "Too many requests", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn list(State(state): State<AppState>, _: Allowed, headers: HeaderMap) -> Response {
    let link = |path: &str| state.mail.link(path);
    match read::dialogues(&state.db, state.today(), link).await {
        Ok(items) => json(&headers, &schema::DialogueList { items }),
        Err(error) => refused(&error),
    }
}

/// One published dialogue.
#[utoipa::path(
    get,
    path = "/api/v1/dialogues/{slug}",
    params(("slug" = String, Path, description = "The dialogue's short name, as in its address", example = "sakrare-att-cykla-och-ga-i-hasselby-strand")),
    responses(
        (status = 200, description = "The dialogue", body = schema::Dialogue),
        (status = 404, description = "No published dialogue has this name", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn one(
    State(state): State<AppState>,
    _: Allowed,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Response {
    let link = |path: &str| state.mail.link(path);
    match read::dialogue(&state.db, &slug, state.today(), link).await {
        Ok(d) => json(&headers, &d),
        Err(error) => refused(&error),
    }
}

/// A dialogue's published views, oldest first, a page at a time.
#[utoipa::path(
    get,
    path = "/api/v1/dialogues/{slug}/views",
    params(
        ("slug" = String, Path, description = "The dialogue's short name", example = "sakrare-att-cykla-och-ga-i-hasselby-strand"),
        ViewParams,
    ),
    responses(
        (status = 200, description = "One page of views", body = schema::ViewPage),
        (status = 400, description = "A parameter is not valid", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No published dialogue has this name", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn views(
    State(state): State<AppState>,
    _: Allowed,
    Path(slug): Path<String>,
    Query(params): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    let query = match view_query(&params) {
        Ok(query) => query,
        Err(detail) => {
            return problem(StatusCode::BAD_REQUEST, "A parameter is not valid", &detail)
        }
    };
    match read::views(&state.db, &slug, &query).await {
        Ok(page) => json(&headers, &page),
        Err(error) => refused(&error),
    }
}

/// Who took part in a closed dialogue: counts under 5 are not shown.
#[utoipa::path(
    get,
    path = "/api/v1/dialogues/{slug}/summary",
    params(("slug" = String, Path, description = "The dialogue's short name", example = "sakrare-att-cykla-och-ga-i-hasselby-strand")),
    responses(
        (status = 200, description = "The participation summary", body = schema::Summary),
        (status = 404, description = "No published dialogue has this name, or it has not closed yet", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests", body = Problem, content_type = "application/problem+json"),
    )
)]
async fn summary(
    State(state): State<AppState>,
    _: Allowed,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Response {
    match read::summary(&state.db, &slug, state.today()).await {
        Ok(s) => json(&headers, &s),
        Err(error) => refused(&error),
    }
}

/// `GET /api/v1/openapi.json`.
async fn document(headers: HeaderMap) -> Response {
    let body = openapi_json();
    with_etag(&headers, body.into_bytes(), "application/json")
}

/// Anything else under `/api/v1`.
async fn unknown() -> Response {
    problem(
        StatusCode::NOT_FOUND,
        "Not found",
        "There is nothing at this address. The API's description is at /api/v1/openapi.json.",
    )
}

/// The parameters of the views listing, checked.
fn view_query(params: &HashMap<String, String>) -> Result<ViewQuery, String> {
    let date = |name: &str| -> Result<Option<NaiveDate>, String> {
        params
            .get(name)
            .map(|v| {
                NaiveDate::parse_from_str(v, "%Y-%m-%d")
                    .map_err(|_| format!("{name} must be a date written YYYY-MM-DD"))
            })
            .transpose()
    };
    let lang = params
        .get("lang")
        .map(|code| {
            Lang::from_code(code)
                .ok_or_else(|| "lang must be one of sv, fi, fit, se, smj, sma, en".to_string())
        })
        .transpose()?;
    let after = params
        .get("cursor")
        .map(|c| {
            c.parse::<i32>()
                .ok()
                .filter(|n| *n >= 0)
                .ok_or_else(|| "cursor must be a next_cursor the API gave".to_string())
        })
        .transpose()?
        .unwrap_or(0);
    let limit = params
        .get("limit")
        .map(|l| {
            l.parse::<u64>()
                .ok()
                .filter(|n| (1..=read::MAX_PAGE).contains(n))
                .ok_or_else(|| format!("limit must be a whole number from 1 to {}", read::MAX_PAGE))
        })
        .transpose()?
        .unwrap_or(PAGE);
    Ok(ViewQuery {
        lang,
        from: date("from")?,
        to: date("to")?,
        after,
        limit,
    })
}

/// A JSON answer with its `ETag`.
fn json<T: Serialize>(headers: &HeaderMap, value: &T) -> Response {
    match serde_json::to_vec(value) {
        Ok(body) => with_etag(headers, body, "application/json"),
        Err(error) => refused(&ServiceError::internal(error)),
    }
}

/// `body` with a strong `ETag` from its bytes; 304 without the body when the reader has it.
fn with_etag(headers: &HeaderMap, body: Vec<u8>, content_type: &'static str) -> Response {
    let digest = Sha256::digest(&body);
    let hex = hex::encode(&digest[..16]);
    let etag = format!("\"{hex}\"");
    let fresh = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    let mut res = if fresh {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let mut res = body.into_response();
        res.headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
        res
    };
    if let Ok(value) = HeaderValue::from_str(&etag) {
        res.headers_mut().insert(header::ETAG, value);
    }
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(MAX_AGE));
    res
}

/// A service error as problem details (internals logged, never shown).
fn refused(error: &ServiceError) -> Response {
    error.log();
    match error {
        ServiceError::NotFound => problem(
            StatusCode::NOT_FOUND,
            "Not found",
            "No published dialogue has this name.",
        ),
        ServiceError::NotOpen => problem(
            StatusCode::NOT_FOUND,
            "Not closed yet",
            "The summary of who took part is published once the dialogue has closed.",
        ),
        _ => problem(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Something went wrong",
            "The request could not be answered; try again later.",
        ),
    }
}

/// An RFC 9457 problem details answer. The type is `about:blank`: the status says what kind of
/// problem it is, the detail says what to do.
fn problem(status: StatusCode, title: &str, detail: &str) -> Response {
    let body = Problem {
        kind: "about:blank".to_string(),
        title: title.to_string(),
        status: status.as_u16(),
        detail: detail.to_string(),
    };
    let mut res = (status, serde_json::to_vec(&body).unwrap_or_default()).into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_document_is_openapi_3_1_and_describes_every_route() {
        let doc: serde_json::Value = serde_json::from_str(&openapi_json()).expect("JSON");
        assert_eq!(doc["openapi"], "3.1.0");
        for path in [
            "/api/v1/dialogues",
            "/api/v1/dialogues/{slug}",
            "/api/v1/dialogues/{slug}/views",
            "/api/v1/dialogues/{slug}/summary",
        ] {
            assert!(doc["paths"].get(path).is_some(), "{path}");
        }
    }

    #[test]
    fn bad_parameters_are_named_in_the_problem() {
        let params = |pairs: &[(&str, &str)]| {
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect::<HashMap<_, _>>()
        };
        assert!(view_query(&params(&[("lang", "xx")])).is_err_and(|e| e.contains("lang")));
        assert!(view_query(&params(&[("limit", "0")])).is_err_and(|e| e.contains("limit")));
        assert!(view_query(&params(&[("from", "2026-13-01")])).is_err_and(|e| e.contains("from")));
        assert!(view_query(&params(&[("cursor", "-4")])).is_err_and(|e| e.contains("cursor")));
        let ok = view_query(&params(&[
            ("lang", "fi"),
            ("cursor", "12"),
            ("limit", "10"),
        ]))
        .expect("valid");
        assert_eq!((ok.lang, ok.after, ok.limit), (Some(Lang::Fi), 12, 10));
    }
}
