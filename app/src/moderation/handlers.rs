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
use crate::http::{error_page, field, lang_of, refuse, small_page, to, Fields};
use crate::i18n::I18n;
use crate::lang::Lang;
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
        StaffRoute::post(
            "/{lang}/staff/moderation/reject-selected",
            Area::Moderation,
            reject_selected,
        ),
    ]
}

/// Where a decision brings the moderator back: the queue with their filters and page (`back`,
/// a query string the page wrote), the outcome, and the view that followed the decided one
/// (`next`), so that it is in front of them.
fn back_to_queue(lang: &str, fields: &[(String, String)], done: &str) -> Response {
    let back = field(fields, "back");
    // Only what the page writes: filter names, codes, slugs and numbers.
    let back = back
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '=' | '&' | '-' | '_' | '%'))
        .then_some(back)
        .filter(|b| !b.is_empty() && b.len() <= 300)
        .map(|b| format!("&{b}"))
        .unwrap_or_default();
    let next = field(fields, "next")
        .parse::<i32>()
        .map(|id| format!("#pending-{id}"))
        .unwrap_or_default();
    to(format!("/{lang}/staff/moderation?done={done}{back}{next}"))
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
        ("redact-name", _) => (
            service::redact_name(db, &moderator, view_id).await,
            "redacted",
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
        Ok(()) => back_to_queue(lang.code(), &fields, done),
        Err(ServiceError::AlreadyDecided) => too_late(&state, lang, view_id).await,
        Err(error) => refuse(&state, lang, error),
    }
}

/// A second moderator was too late: 409, and who decided what, and when.
async fn too_late(state: &AppState, lang: Lang, view_id: i32) -> Response {
    let i18n = I18n::new(lang, state.translations.clone());
    let mut paragraphs = vec![i18n.t("staff-error-gone")];
    match service::decided_by(&state.db, view_id).await {
        Ok(Some((who, action, at))) => {
            let when = service_time(at);
            paragraphs.push(i18n.t_with(
                "staff-decided-by",
                &[
                    ("who", who.into()),
                    ("action", i18n.t(&format!("audit-action-{action}")).into()),
                    ("when", when.into()),
                ],
            ));
        }
        Ok(None) => {}
        Err(error) => error.log(),
    }
    small_page(
        state,
        lang,
        StatusCode::CONFLICT,
        "error-page-title",
        &paragraphs,
    )
}

/// A time as staff read it: Stockholm, to the minute.
fn service_time(at: chrono::DateTime<chrono::Utc>) -> String {
    at.with_timezone(&chrono_tz::Europe::Stockholm)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

/// `POST /<lang>/staff/moderation/approve-selected`: approve every checked pending view.
/// A view someone else decided meanwhile is skipped; the count says how many were approved.
async fn approve_selected(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    moderator: Grant<cap::Moderate>,
    Form(fields): Fields,
) -> Response {
    decide_selected(&state, &lang, &moderator, &fields, Decision::Approve).await
}

/// `POST /<lang>/staff/moderation/reject-selected`: reject every checked pending view with the
/// one reason chosen.
async fn reject_selected(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    moderator: Grant<cap::Moderate>,
    Form(fields): Fields,
) -> Response {
    match RejectReason::from_code(field(&fields, "reason")) {
        Some(reason) => {
            decide_selected(&state, &lang, &moderator, &fields, Decision::Reject(reason)).await
        }
        None => error_page(
            &state,
            lang_of(&lang),
            StatusCode::UNPROCESSABLE_ENTITY,
            "error-page-title",
        ),
    }
}

/// One decision on every checked view (at most 500). A view someone else decided meanwhile
/// is skipped; the count says how many this moderator decided.
async fn decide_selected(
    state: &AppState,
    lang: &str,
    moderator: &Grant<cap::Moderate>,
    fields: &[(String, String)],
    decision: Decision,
) -> Response {
    let lang = lang_of(lang);
    let ids = fields
        .iter()
        .filter(|(k, _)| k == "view")
        .filter_map(|(_, v)| v.parse::<i32>().ok())
        .take(500);
    let mut decided = 0;
    for id in ids {
        match service::moderate(&state.db, moderator, id, decision).await {
            Ok(()) => decided += 1,
            Err(ServiceError::AlreadyDecided) => {}
            Err(error) => return refuse(state, lang, error),
        }
    }
    let done = match decision {
        Decision::Reject(_) => "rejected-many",
        _ => "approved-many",
    };
    back_to_queue(lang.code(), fields, &format!("{done}&count={decided}"))
}
