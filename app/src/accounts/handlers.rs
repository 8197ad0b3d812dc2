//! The staff account forms: signing in and out (the only staff routes outside the guard: they
//! work without a session), one's own password, and the administrators' account changes.

use axum::{
    extract::{Path, State},
    http::{header, HeaderMap, HeaderValue},
    response::Response,
    routing::post,
    Form, Router,
};
use serde::Deserialize;

use super::guard::StaffRoute;
use super::service::{self, session_cookie_name, session_token, AccountChange};
use crate::access::{cap, Area, Grant, Role};
use crate::error::ServiceError;
use crate::http::{field, lang_of, refuse, to, Fields};
use crate::lang::Lang;
use crate::limits::Client;
use crate::state::AppState;

/// The guarded account routes.
pub fn routes() -> Vec<StaffRoute> {
    vec![
        StaffRoute::post("/{lang}/staff/password", Area::OwnAccount, change_password),
        StaffRoute::post("/{lang}/staff/accounts", Area::Accounts, add_account),
        StaffRoute::post(
            "/{lang}/staff/accounts/{id}",
            Area::Accounts,
            change_account,
        ),
        StaffRoute::post(
            "/{lang}/staff/accounts/{id}/password",
            Area::Accounts,
            reset_password,
        ),
        StaffRoute::post(
            "/{lang}/staff/accounts/{id}/languages",
            Area::Accounts,
            change_languages,
        ),
    ]
}

/// Signing in and out.
pub fn public_routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/staff/login", post(sign_in))
        .route("/{lang}/staff/logout", post(sign_out))
}

/// The errors an account form shows on its own page (`?error=<message id>`): everything else
/// is a refusal with its status.
fn shown_on_the_form(error: &ServiceError) -> bool {
    matches!(
        error,
        ServiceError::WrongPassword
            | ServiceError::ShortPassword
            | ServiceError::LongPassword
            | ServiceError::PasswordMismatch
            | ServiceError::Taken
            | ServiceError::BadEmail
            | ServiceError::OwnAccount
    )
}

fn session_cookie(state: &AppState, value: &str, max_age: i64) -> HeaderValue {
    let secure = if state.secure_cookies { "; Secure" } else { "" };
    let name = session_cookie_name(state.secure_cookies);
    let cookie =
        format!("{name}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}");
    HeaderValue::from_str(&cookie).unwrap_or_else(|_| HeaderValue::from_static(""))
}

#[derive(Deserialize)]
struct SignInForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

/// `POST /<lang>/staff/login`.
async fn sign_in(
    State(state): State<AppState>,
    client: Client,
    Path(lang): Path<String>,
    Form(form): Form<SignInForm>,
) -> Response {
    let lang = lang_of(&lang);
    if form.email.chars().count() > 200
        || form.password.chars().count() > service::MAX_PASSWORD_CHARS
    {
        return to(format!(
            "/{}/staff/login?error=bad-credentials",
            lang.code()
        ));
    }
    match service::sign_in(&state, client, &form.email, form.password).await {
        Ok((token, signed_in)) => {
            let home = if signed_in.must_change_password {
                ""
            } else if signed_in.role.may(Area::Moderation) {
                "/moderation"
            } else if signed_in.role.may(Area::Dialogues) {
                "/dialogues"
            } else if signed_in.role.may(Area::Translation) {
                "/translations"
            } else {
                ""
            };
            let mut res = to(format!("/{}/staff{home}", lang.code()));
            res.headers_mut()
                .append(header::SET_COOKIE, session_cookie(&state, &token, 8 * 3600));
            res
        }
        Err(ServiceError::Throttled) => to(format!("/{}/staff/login?error=throttled", lang.code())),
        Err(ServiceError::BadCredentials | ServiceError::Forbidden) => to(format!(
            "/{}/staff/login?error=bad-credentials",
            lang.code()
        )),
        Err(error) => refuse(&state, lang, error),
    }
}

/// `POST /<lang>/staff/logout`.
async fn sign_out(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    headers: HeaderMap,
    Form(fields): Fields,
) -> Response {
    let lang = lang_of(&lang);
    if let Some(token) = session_token(&state, &headers) {
        // A forged sign-out is refused like any other forged staff request.
        match service::from_session(&state.db, &token).await {
            Ok(Some(staff)) if staff.csrf != field(&fields, "csrf") => {
                return refuse(&state, lang, ServiceError::BadCsrf)
            }
            Err(error) => return refuse(&state, lang, error),
            _ => {}
        }
        if let Err(error) = service::sign_out(&state.db, &token).await {
            return refuse(&state, lang, error);
        }
    }
    let mut res = to(format!("/{}/staff/login", lang.code()));
    res.headers_mut()
        .append(header::SET_COOKIE, session_cookie(&state, "", 0));
    res
}

/// `POST /<lang>/staff/password`: a staff member changes their own password.
async fn change_password(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    me: Grant<cap::OwnAccount>,
    headers: HeaderMap,
    Form(fields): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let token = session_token(&state, &headers).unwrap_or_default();
    let current = field(&fields, "current").to_string();
    let new = field(&fields, "new").to_string();
    match service::change_password(
        &state.db,
        &me,
        &token,
        current,
        new,
        field(&fields, "again"),
    )
    .await
    {
        Ok(()) => to(format!("/{}/staff?done=password", lang.code())),
        Err(error) if shown_on_the_form(&error) => to(format!(
            "/{}/staff?error={}",
            lang.code(),
            error.message_id()
        )),
        Err(error) => refuse(&state, lang, error),
    }
}

/// `POST /<lang>/staff/accounts`: an administrator adds a staff member.
async fn add_account(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    admin: Grant<cap::ManageAccounts>,
    Form(fields): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let email = field(&fields, "email");
    let role = Role::from_code(field(&fields, "role")).unwrap_or(Role::Moderator);
    match service::add_account(
        &state.db,
        &admin,
        email,
        field(&fields, "password").to_string(),
        role,
        &languages(&fields),
    )
    .await
    {
        Ok(()) => to(format!("/{}/staff/accounts?done=added", lang.code())),
        Err(error) if shown_on_the_form(&error) => {
            // The address comes back into the form; the password does not travel in a URL.
            let query =
                serde_urlencoded::to_string([("error", error.message_id()), ("email", email)])
                    .unwrap_or_default();
            to(format!("/{}/staff/accounts?{query}", lang.code()))
        }
        Err(error) => refuse(&state, lang, error),
    }
}

/// The languages ticked in a form (`language=fi&language=se`).
fn languages(fields: &[(String, String)]) -> Vec<Lang> {
    fields
        .iter()
        .filter(|(k, _)| k == "language")
        .filter_map(|(_, v)| Lang::from_code(v))
        .collect()
}

/// `POST /<lang>/staff/accounts/<id>/languages`: the languages a translator works in.
async fn change_languages(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, i32)>,
    admin: Grant<cap::ManageAccounts>,
    Form(fields): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let langs = languages(&fields);
    match crate::translations::service::set_languages(&state.db, Some(admin.id), id, &langs).await {
        Ok(()) => to(format!("/{}/staff/accounts?done=updated", lang.code())),
        Err(error) => refuse(&state, lang, error),
    }
}

/// `POST /<lang>/staff/accounts/<id>/password`: an administrator sets a temporary password for
/// someone who lost theirs; they choose their own at their next sign-in.
async fn reset_password(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, i32)>,
    admin: Grant<cap::ManageAccounts>,
    Form(fields): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let password = field(&fields, "password").to_string();
    let result = if id == admin.id {
        Err(ServiceError::OwnAccount)
    } else {
        service::reset_password(&state.db, Some(admin.id), id, password).await
    };
    match result {
        Ok(()) => to(format!("/{}/staff/accounts?done=reset", lang.code())),
        Err(error) if shown_on_the_form(&error) => to(format!(
            "/{}/staff/accounts?error={}",
            lang.code(),
            error.message_id()
        )),
        Err(error) => refuse(&state, lang, error),
    }
}

/// `POST /<lang>/staff/accounts/<id>`: change a role, or disable or enable an account.
async fn change_account(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, i32)>,
    admin: Grant<cap::ManageAccounts>,
    Form(fields): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let change = match (
        Role::from_code(field(&fields, "role")),
        field(&fields, "active"),
    ) {
        (Some(role), _) => AccountChange::Role(role),
        (None, "yes") => AccountChange::Active(true),
        (None, "no") => AccountChange::Active(false),
        _ => {
            return crate::http::error_page(
                &state,
                lang,
                axum::http::StatusCode::UNPROCESSABLE_ENTITY,
                "error-page-title",
            )
        }
    };
    match service::change_account(&state.db, &admin, id, change).await {
        Ok(()) => to(format!("/{}/staff/accounts?done=updated", lang.code())),
        Err(error) if shown_on_the_form(&error) => to(format!(
            "/{}/staff/accounts?error={}",
            lang.code(),
            error.message_id()
        )),
        Err(error) => refuse(&state, lang, error),
    }
}
