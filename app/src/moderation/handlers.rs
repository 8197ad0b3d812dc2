//! The moderators' forms: one decision on one view, and approving a selected batch.

use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::Response,
    Form,
};

use super::service::{self, Decision};
use crate::access::{cap, Area, Grant};
use crate::accounts::guard::StaffRoute;
use crate::domain::RejectReason;
use crate::error::ServiceError;
use crate::http::{error_page, field, lang_of, refuse, to, Fields};
use crate::state::AppState;

/// The guarded moderation routes.
pub fn routes() -> Vec<StaffRoute> {
    vec![
        StaffRoute::post(
            "/{lang}/staff/moderation/{view}",
            Area::Moderation,
            moderate,
        ),
        StaffRoute::post(
            "/{lang}/staff/moderation/approve-selected",
            Area::Moderation,
            approve_selected,
        ),
    ]
}

/// `POST /<lang>/staff/moderation/<view id>`: one decision on one view.
async fn moderate(
    State(state): State<AppState>,
    Path((lang, view_id)): Path<(String, i32)>,
    moderator: Grant<cap::Moderate>,
    Form(fields): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let reason = RejectReason::from_code(field(&fields, "reason"));
    let db = &state.db;
    let decide = |decision| service::moderate(db, &moderator, view_id, decision);
    let (result, done) = match (field(&fields, "decision"), reason) {
        ("approve", _) => (decide(Decision::Approve).await, "approved"),
        ("reject", Some(reason)) => (decide(Decision::Reject(reason)).await, "rejected"),
        ("hide", Some(reason)) => (decide(Decision::Hide(reason)).await, "hidden"),
        ("restore", _) => (decide(Decision::Restore).await, "restored"),
        ("dismiss", _) => (
            service::dismiss_reports(db, &moderator, view_id).await,
            "dismissed",
        ),
        ("translate", _) => (
            service::mark_for_translation(db, &moderator, view_id).await,
            "translation",
        ),
        ("redact", Some(reason)) => (
            service::redact(db, &moderator, view_id, field(&fields, "passage"), reason).await,
            "redacted",
        ),
        _ => {
            return error_page(
                &state,
                lang,
                StatusCode::UNPROCESSABLE_ENTITY,
                "error-page-title",
            )
        }
    };
    match result {
        Ok(()) => to(format!("/{}/staff/moderation?done={done}", lang.code())),
        Err(error) => refuse(&state, lang, error),
    }
}

/// `POST /<lang>/staff/moderation/approve-selected`: approve every checked pending view.
/// A view someone else decided meanwhile is skipped; the count says how many were approved.
async fn approve_selected(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    moderator: Grant<cap::Moderate>,
    Form(fields): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let ids = fields
        .iter()
        .filter(|(k, _)| k == "view")
        .filter_map(|(_, v)| v.parse::<i32>().ok())
        .take(500);
    let mut approved = 0;
    for id in ids {
        match service::moderate(&state.db, &moderator, id, Decision::Approve).await {
            Ok(()) => approved += 1,
            Err(ServiceError::AlreadyDecided) => {}
            Err(error) => return refuse(&state, lang, error),
        }
    }
    to(format!(
        "/{}/staff/moderation?done=approved-many&count={approved}",
        lang.code()
    ))
}
