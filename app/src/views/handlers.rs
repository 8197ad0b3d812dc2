//! The residents' plain-HTML posts, which work without JavaScript: a view, and a report of a
//! published view.

use axum::{
    body::to_bytes,
    extract::{Path, Request, State},
    http::StatusCode,
    response::Response,
    routing::post,
    Router,
};

use super::model::{limits::MAX_FORM_BYTES, ViewForm};
use super::service;
use crate::domain::RejectReason;
use crate::error::{ApiError, ServiceError};
use crate::forms::fields::Resubmitted;
use crate::http::{cross_site, error_page, field, lang_of, page_of, refuse, to, too_large, Fields};
use crate::lang::Lang;
use crate::limits::Client;
use crate::shell::render_with;
use crate::state::AppState;

/// The residents' routes: no session, no token; limited per address instead.
pub fn public_routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/dialogues/{slug}", post(post_view_form))
        .route("/{lang}/dialogues/{slug}/report", post(report_view))
}

/// The view form posted without JavaScript. Accepted: a redirect to the receipt (303, so a
/// reload does not post again). Refused: the dialogue page again, with what the resident wrote
/// and a message at each refused field, at the error's status.
async fn post_view_form(
    State(state): State<AppState>,
    client: Client,
    Path((lang_code, slug)): Path<(String, String)>,
    req: Request,
) -> Response {
    let (parts, body) = req.into_parts();
    // The body is read before anything is answered, so the connection stays usable.
    let Ok(bytes) = to_bytes(body, MAX_FORM_BYTES).await else {
        return too_large(&state, lang_of(&lang_code));
    };
    let Some(lang) = Lang::from_code(&lang_code) else {
        return refuse(&state, Lang::default(), ServiceError::NotFound);
    };
    let mut pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
    let form = ViewForm::from_pairs(pairs.clone());
    if cross_site(&parts.headers) {
        // Another site's page chose this key: a refused form must not hand it on to the
        // resident, whose corrected view would then be stored under it.
        pairs.retain(|(name, _)| name != super::model::fields::KEY);
    }
    match service::submit(&state, client, lang, &slug, &form).await {
        Ok(reference) => to(format!("/{}/receipt/{reference}", lang.code())),
        Err(ServiceError::NotFound) => refuse(&state, lang, ServiceError::NotFound),
        Err(error) => {
            let status = error.status();
            // The same codes the island gets (logged there when a fault), so the summary names
            // what went wrong in the same words with or without JavaScript.
            let answer = ApiError::from(error);
            let summary_id = answer.form_message_id();
            let problems = match answer {
                ApiError::Invalid(problems) => problems,
                _ => Vec::new(),
            };
            let resubmitted = Resubmitted {
                pairs,
                problems,
                summary_id,
            };
            render_with(
                &state,
                &page_of(&parts.uri),
                parts.headers,
                resubmitted,
                status,
            )
            .await
        }
    }
}

/// `POST /<lang>/dialogues/<slug>/report`: a resident reports a published view (no account;
/// limited per address like views).
async fn report_view(
    State(state): State<AppState>,
    client: Client,
    Path((lang, slug)): Path<(String, String)>,
    axum::Form(fields): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let (Ok(view_id), Some(reason)) = (
        field(&fields, "view").parse::<i32>(),
        RejectReason::from_code(field(&fields, "reason")),
    ) else {
        return error_page(
            &state,
            lang,
            StatusCode::UNPROCESSABLE_ENTITY,
            "report-error-gone",
        );
    };
    match service::report(&state, client, &slug, view_id, reason).await {
        Ok(slug) => to(format!(
            "/{}/dialogues/{slug}?reported=yes#views-heading",
            lang.code()
        )),
        Err(ServiceError::RateLimited) => error_page(
            &state,
            lang,
            StatusCode::TOO_MANY_REQUESTS,
            "report-error-rate",
        ),
        Err(ServiceError::NotFound) => {
            error_page(&state, lang, StatusCode::NOT_FOUND, "report-error-gone")
        }
        Err(error) => refuse(&state, lang, error),
    }
}
