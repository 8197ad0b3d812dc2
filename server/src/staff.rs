//! The staff forms' POST handlers: sign in, sign out, moderate. Each checks the session and
//! role on the server before it does anything, and refuses with an error status (a redirect
//! alone would not stop anything).

use std::net::SocketAddr;

use app::{
    domain::{RejectReason, Role},
    lang::Lang,
    server::{
        cookie,
        staff::{self, Decision, StaffError, SESSION_COOKIE},
        AppState,
    },
};
use axum::{
    extract::{ConnectInfo, Path, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Redirect, Response},
    Form,
};
use serde::Deserialize;

use crate::error_page;

#[derive(Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

#[derive(Deserialize)]
pub struct SignOutForm {
    #[serde(default)]
    csrf: String,
}

#[derive(Deserialize)]
pub struct ModerationForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    decision: String,
    #[serde(default)]
    reason: String,
}

fn lang_of(code: &str) -> Lang {
    Lang::from_code(code).unwrap_or_default()
}

fn refuse(state: &AppState, lang: Lang, error: StaffError) -> Response {
    let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::FORBIDDEN);
    error_page(state, lang, status, error.message_id())
}

fn session_cookie(state: &AppState, value: &str, max_age: i64) -> HeaderValue {
    let secure = if state.secure_cookies { "; Secure" } else { "" };
    let cookie = format!("{SESSION_COOKIE}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}");
    HeaderValue::from_str(&cookie).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// `POST /<lang>/staff/login`.
pub async fn sign_in(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path(lang): Path<String>,
    Form(form): Form<SignInForm>,
) -> Response {
    let lang = lang_of(&lang);
    if form.email.len() > 200 || form.password.len() > 200 {
        return Redirect::to(&format!("/{}/staff/login?error=bad-credentials", lang.code())).into_response();
    }
    match staff::sign_in(&state, peer.ip(), &form.email, form.password).await {
        Ok((token, _)) => {
            let mut res = Redirect::to(&format!("/{}/staff/moderation", lang.code())).into_response();
            res.headers_mut().append(header::SET_COOKIE, session_cookie(&state, &token, 8 * 3600));
            res
        }
        Err(StaffError::Internal) => refuse(&state, lang, StaffError::Internal),
        Err(error) => {
            let code = if error == StaffError::Throttled { "throttled" } else { "bad-credentials" };
            Redirect::to(&format!("/{}/staff/login?error={code}", lang.code())).into_response()
        }
    }
}

/// `POST /<lang>/staff/logout`.
pub async fn sign_out(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    headers: HeaderMap,
    Form(form): Form<SignOutForm>,
) -> Response {
    let lang = lang_of(&lang);
    if let Some(token) = cookie(&headers, SESSION_COOKIE) {
        // A forged sign-out is refused like any other forged staff request.
        match staff::from_session(&state.db, &token).await {
            Ok(Some(staff)) if staff.csrf != form.csrf => return refuse(&state, lang, StaffError::BadCsrf),
            Err(error) => return refuse(&state, lang, error),
            _ => {}
        }
        if let Err(error) = staff::sign_out(&state.db, &token).await {
            return refuse(&state, lang, error);
        }
    }
    let mut res = Redirect::to(&format!("/{}/staff/login", lang.code())).into_response();
    res.headers_mut().append(header::SET_COOKIE, session_cookie(&state, "", 0));
    res
}

/// `POST /<lang>/staff/moderation/<view id>`: approve, or reject with a reason.
pub async fn moderate(
    State(state): State<AppState>,
    Path((lang, view_id)): Path<(String, i32)>,
    headers: HeaderMap,
    Form(form): Form<ModerationForm>,
) -> Response {
    let lang = lang_of(&lang);
    let moderator = match signed_in(&state, &headers, &[Role::Moderator, Role::Admin]).await {
        Ok(staff) => staff,
        Err(error) => return refuse(&state, lang, error),
    };
    // A forged cross-site post carries no valid token (and SameSite=Strict keeps the cookie
    // away from it in the first place).
    if form.csrf.is_empty() || form.csrf != moderator.csrf {
        return refuse(&state, lang, StaffError::BadCsrf);
    }
    let decision = match (form.decision.as_str(), RejectReason::from_code(&form.reason)) {
        ("approve", _) => Decision::Approve,
        ("reject", Some(reason)) => Decision::Reject(reason),
        ("hide", Some(reason)) => Decision::Hide(reason),
        ("restore", _) => Decision::Restore,
        _ => return error_page(&state, lang, StatusCode::UNPROCESSABLE_ENTITY, "error-page-title"),
    };
    match staff::moderate(&state.db, &moderator, view_id, decision).await {
        Ok(()) => {
            let done = match decision {
                Decision::Approve => "approved",
                Decision::Reject(_) => "rejected",
                Decision::Hide(_) => "hidden",
                Decision::Restore => "restored",
            };
            Redirect::to(&format!("/{}/staff/moderation?done={done}", lang.code())).into_response()
        }
        Err(error) => refuse(&state, lang, error),
    }
}

/// `POST /<lang>/staff/moderation/approve-selected`: approve every checked pending view.
/// A view someone else decided meanwhile is skipped; the count says how many were approved.
pub async fn approve_selected(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    headers: HeaderMap,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let lang = lang_of(&lang);
    let moderator = match signed_in(&state, &headers, &[Role::Moderator, Role::Admin]).await {
        Ok(staff) => staff,
        Err(error) => return refuse(&state, lang, error),
    };
    let csrf = fields.iter().find(|(k, _)| k == "csrf").map(|(_, v)| v.as_str()).unwrap_or("");
    if csrf.is_empty() || csrf != moderator.csrf {
        return refuse(&state, lang, StaffError::BadCsrf);
    }
    let ids = fields.iter().filter(|(k, _)| k == "view").filter_map(|(_, v)| v.parse::<i32>().ok()).take(500);
    let mut approved = 0;
    for id in ids {
        match staff::moderate(&state.db, &moderator, id, Decision::Approve).await {
            Ok(()) => approved += 1,
            Err(StaffError::Gone) => {}
            Err(error) => return refuse(&state, lang, error),
        }
    }
    Redirect::to(&format!("/{}/staff/moderation?done=approved-many&count={approved}", lang.code())).into_response()
}

/// The signed-in staff member of a request, if their role is one of `roles`.
async fn signed_in(state: &AppState, headers: &HeaderMap, roles: &[Role]) -> Result<staff::Staff, StaffError> {
    let signed_in = match cookie(headers, SESSION_COOKIE) {
        Some(token) => staff::from_session(&state.db, &token).await?,
        None => None,
    };
    staff::require(signed_in, roles)
}
