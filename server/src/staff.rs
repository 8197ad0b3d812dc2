//! The staff forms' POST handlers. Every staff route is registered through [`routes`] with the
//! roles allowed to use it, behind [`guard`]: the session, the role and the form's
//! anti-forgery token are checked on the server before a handler runs, and a refusal is an
//! error status (a redirect alone would not stop anything). Sign-in and sign-out are the only
//! staff routes outside the guard: they work without a session.

use std::net::SocketAddr;

use app::{
    domain::{Channel, RejectReason, Role, ViewForm, MAX_FORM_BYTES},
    lang::Lang,
    pages::Resubmitted,
    server::{
        cookie,
        editor::{self, DialogueForm, StateChange, StateError},
        moderation::{self, EnterError, ReportError},
        staff::{self, AccountChange, Decision, Staff, StaffError, SESSION_COOKIE},
        AppState,
    },
};
use axum::{
    body::{to_bytes, Body},
    extract::{ConnectInfo, Path, Request, State},
    http::{header, HeaderMap, HeaderValue, StatusCode, Uri},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
    routing::{post, MethodRouter},
    Extension, Form,
};
use serde::Deserialize;

use crate::{error_page, render_with};

const STAFF: &[Role] = &[Role::Admin, Role::Editor, Role::Moderator];
const MODERATORS: &[Role] = &[Role::Admin, Role::Moderator];
const EDITORS: &[Role] = &[Role::Admin, Role::Editor];
const ADMINS: &[Role] = &[Role::Admin];

/// Every guarded staff route: its path, the roles that may use it, its handler. The router
/// registers exactly these, and the integration tests check each against every role.
pub fn routes() -> Vec<(&'static str, &'static [Role], MethodRouter<AppState>)> {
    vec![
        ("/{lang}/staff/password", STAFF, post(change_password)),
        ("/{lang}/staff/enter/{slug}", STAFF, post(enter_view)),
        ("/{lang}/staff/moderation/{view}", MODERATORS, post(moderate)),
        ("/{lang}/staff/moderation/approve-selected", MODERATORS, post(approve_selected)),
        ("/{lang}/staff/dialogues/new", EDITORS, post(create_dialogue)),
        ("/{lang}/staff/dialogues/{slug}/edit", EDITORS, post(edit_dialogue)),
        ("/{lang}/staff/dialogues/{slug}/publish", EDITORS, post(publish_dialogue)),
        ("/{lang}/staff/dialogues/{slug}/close", EDITORS, post(close_dialogue)),
        ("/{lang}/staff/accounts", ADMINS, post(add_account)),
        ("/{lang}/staff/accounts/{id}", ADMINS, post(change_account)),
    ]
}

/// What [`guard`] needs: the state and the roles one route allows.
#[derive(Clone)]
pub struct Guard {
    pub state: AppState,
    pub roles: &'static [Role],
}

/// The language of a request, from the first segment of its path.
fn lang_of_path(uri: &Uri) -> Lang {
    uri.path().trim_start_matches('/').split('/').next().and_then(Lang::from_code).unwrap_or_default()
}

/// Lets a request through only with a session whose role the route allows and the session's
/// anti-forgery token in the form. The staff member is handed to the handler as an extension.
pub async fn guard(State(guard): State<Guard>, req: Request, next: Next) -> Response {
    let state = &guard.state;
    let lang = lang_of_path(req.uri());
    let staff = match signed_in(state, req.headers(), guard.roles).await {
        Ok(staff) => staff,
        Err(error) => return refuse(state, lang, error),
    };
    let (parts, body) = req.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_FORM_BYTES).await else {
        return error_page(state, lang, StatusCode::PAYLOAD_TOO_LARGE, "error-too-large");
    };
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
    let csrf = pairs.iter().find(|(name, _)| name == "csrf").map_or("", |(_, value)| value.as_str());
    // A forged cross-site post carries no valid token (and SameSite=Strict keeps the cookie
    // away from it in the first place).
    if csrf.is_empty() || csrf != staff.csrf {
        return refuse(state, lang, StaffError::BadCsrf);
    }
    let mut req = Request::from_parts(parts, Body::from(bytes));
    req.extensions_mut().insert(staff);
    next.run(req).await
}

/// The signed-in staff member of a request, if their role is one of `roles`.
async fn signed_in(state: &AppState, headers: &HeaderMap, roles: &[Role]) -> Result<Staff, StaffError> {
    let signed_in = match cookie(headers, SESSION_COOKIE) {
        Some(token) => staff::from_session(&state.db, &token).await?,
        None => None,
    };
    staff::require(signed_in, roles)
}

/// A form's fields, in order.
type Fields = Form<Vec<(String, String)>>;

fn field<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str())
}

fn lang_of(code: &str) -> Lang {
    Lang::from_code(code).unwrap_or_default()
}

fn refuse(state: &AppState, lang: Lang, error: StaffError) -> Response {
    let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::FORBIDDEN);
    error_page(state, lang, status, error.message_id())
}

fn to(path: String) -> Response {
    Redirect::to(&path).into_response()
}

fn session_cookie(state: &AppState, value: &str, max_age: i64) -> HeaderValue {
    let secure = if state.secure_cookies { "; Secure" } else { "" };
    let cookie = format!("{SESSION_COOKIE}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}");
    HeaderValue::from_str(&cookie).unwrap_or_else(|_| HeaderValue::from_static(""))
}

#[derive(Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
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
        return to(format!("/{}/staff/login?error=bad-credentials", lang.code()));
    }
    match staff::sign_in(&state, peer.ip(), &form.email, form.password).await {
        Ok((token, signed_in)) => {
            let home = match signed_in.role {
                Role::Editor => "dialogues",
                _ => "moderation",
            };
            let mut res = to(format!("/{}/staff/{home}", lang.code()));
            res.headers_mut().append(header::SET_COOKIE, session_cookie(&state, &token, 8 * 3600));
            res
        }
        Err(StaffError::Internal) => refuse(&state, lang, StaffError::Internal),
        Err(error) => {
            let code = if error == StaffError::Throttled { "throttled" } else { "bad-credentials" };
            to(format!("/{}/staff/login?error={code}", lang.code()))
        }
    }
}

/// `POST /<lang>/staff/logout`.
pub async fn sign_out(State(state): State<AppState>, Path(lang): Path<String>, headers: HeaderMap, Form(fields): Fields) -> Response {
    let lang = lang_of(&lang);
    if let Some(token) = cookie(&headers, SESSION_COOKIE) {
        // A forged sign-out is refused like any other forged staff request.
        match staff::from_session(&state.db, &token).await {
            Ok(Some(staff)) if staff.csrf != field(&fields, "csrf") => return refuse(&state, lang, StaffError::BadCsrf),
            Err(error) => return refuse(&state, lang, error),
            _ => {}
        }
        if let Err(error) = staff::sign_out(&state.db, &token).await {
            return refuse(&state, lang, error);
        }
    }
    let mut res = to(format!("/{}/staff/login", lang.code()));
    res.headers_mut().append(header::SET_COOKIE, session_cookie(&state, "", 0));
    res
}

/// `POST /<lang>/staff/password`: a staff member changes their own password.
async fn change_password(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Extension(me): Extension<Staff>,
    headers: HeaderMap,
    Form(fields): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let token = cookie(&headers, SESSION_COOKIE).unwrap_or_default();
    let result = staff::change_password(
        &state.db,
        &me,
        &token,
        field(&fields, "current").to_string(),
        field(&fields, "new").to_string(),
        field(&fields, "again"),
    )
    .await;
    match result {
        Ok(()) => to(format!("/{}/staff?done=password", lang.code())),
        Err(StaffError::Internal) => refuse(&state, lang, StaffError::Internal),
        Err(error) => to(format!("/{}/staff?error={}", lang.code(), error.message_id())),
    }
}

/// `POST /<lang>/staff/moderation/<view id>`: one decision on one view.
async fn moderate(
    State(state): State<AppState>,
    Path((lang, view_id)): Path<(String, i32)>,
    Extension(moderator): Extension<Staff>,
    Form(fields): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let reason = RejectReason::from_code(field(&fields, "reason"));
    let db = &state.db;
    let (result, done) = match (field(&fields, "decision"), reason) {
        ("approve", _) => (staff::moderate(db, &moderator, view_id, Decision::Approve).await, "approved"),
        ("reject", Some(reason)) => (staff::moderate(db, &moderator, view_id, Decision::Reject(reason)).await, "rejected"),
        ("hide", Some(reason)) => (staff::moderate(db, &moderator, view_id, Decision::Hide(reason)).await, "hidden"),
        ("restore", _) => (staff::moderate(db, &moderator, view_id, Decision::Restore).await, "restored"),
        ("dismiss", _) => (moderation::dismiss_reports(db, &moderator, view_id).await, "dismissed"),
        ("translate", _) => (moderation::mark_for_translation(db, &moderator, view_id).await, "translation"),
        ("redact", Some(reason)) => {
            match moderation::redact(db, &moderator, view_id, field(&fields, "passage"), reason).await {
                // The passage is not in the text: say so, rather than "someone else was first".
                Err(StaffError::Gone) => {
                    return error_page(&state, lang, StatusCode::UNPROCESSABLE_ENTITY, "staff-error-passage");
                }
                other => (other, "redacted"),
            }
        }
        _ => return error_page(&state, lang, StatusCode::UNPROCESSABLE_ENTITY, "error-page-title"),
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
    Extension(moderator): Extension<Staff>,
    Form(fields): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let ids = fields.iter().filter(|(k, _)| k == "view").filter_map(|(_, v)| v.parse::<i32>().ok()).take(500);
    let mut approved = 0;
    for id in ids {
        match staff::moderate(&state.db, &moderator, id, Decision::Approve).await {
            Ok(()) => approved += 1,
            Err(StaffError::Gone) => {}
            Err(error) => return refuse(&state, lang, error),
        }
    }
    to(format!("/{}/staff/moderation?done=approved-many&count={approved}", lang.code()))
}

/// `POST /<lang>/staff/enter/<slug>`: a view received on paper, by phone or at a meeting.
async fn enter_view(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    Extension(me): Extension<Staff>,
    headers: HeaderMap,
    Form(fields): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let channel = Channel::from_code(field(&fields, "channel")).filter(|c| *c != Channel::Web);
    let form = ViewForm::from_pairs(fields.clone());
    let problems = match channel {
        None => vec![("channel".to_string(), "form-error-not-a-choice".to_string(), None)],
        Some(channel) => match moderation::enter_view(&state, &me, &slug, channel, lang, &form).await {
            Ok(reference) => return to(format!("/{}/staff/enter?dialogue={slug}&done={reference}", lang.code())),
            Err(EnterError::NotOpen) => return error_page(&state, lang, StatusCode::CONFLICT, "enter-error-closed"),
            Err(EnterError::Staff(error)) => return refuse(&state, lang, error),
            Err(EnterError::Invalid(errors)) => errors
                .into_iter()
                .map(|e| {
                    let max = if e.problem == app::domain::FieldProblem::TooLong { Some(app::domain::limits::of_field(&e.field)) } else { None };
                    (e.field, format!("form-error-{}", e.problem.code()), max)
                })
                .collect(),
        },
    };
    let page = format!("/{}/staff/enter?dialogue={slug}", lang.code());
    render_with(&state, &page, headers, Resubmitted { pairs: fields, problems }).await
}

/// `POST /<lang>/staff/dialogues/new`: a new dialogue, written in Swedish, saved as a draft.
async fn create_dialogue(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Extension(editor): Extension<Staff>,
    uri: Uri,
    headers: HeaderMap,
    Form(fields): Fields,
) -> Response {
    save_dialogue(&state, lang_of(&lang), None, &editor, &uri, headers, fields).await
}

/// `POST /<lang>/staff/dialogues/<slug>/edit`: saves the common fields and one language's texts.
async fn edit_dialogue(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    Extension(editor): Extension<Staff>,
    uri: Uri,
    headers: HeaderMap,
    Form(fields): Fields,
) -> Response {
    save_dialogue(&state, lang_of(&lang), Some(&slug), &editor, &uri, headers, fields).await
}

async fn save_dialogue(
    state: &AppState,
    lang: Lang,
    slug: Option<&str>,
    editor: &Staff,
    uri: &Uri,
    headers: HeaderMap,
    fields: Vec<(String, String)>,
) -> Response {
    let form = DialogueForm::from_pairs(fields.clone());
    match form.validate(slug.is_none()) {
        Ok(valid) => match editor::save(&state.db, editor, slug, &valid).await {
            Ok(saved) => {
                let done = if slug.is_none() { "created" } else { "saved" };
                to(format!("/{}/staff/dialogues/{saved}/edit?text={}&done={done}", lang.code(), valid.text_lang.code()))
            }
            Err(error) => refuse(state, lang, error),
        },
        Err(problems) => {
            let problems = problems
                .into_iter()
                .map(|(field, problem)| {
                    let max = match problem {
                        editor::EditorProblem::TooLong(max) => Some(max),
                        _ => None,
                    };
                    (field, problem.message_id().to_string(), max)
                })
                .collect();
            let page = uri.path_and_query().map_or_else(|| uri.path().to_string(), ToString::to_string);
            render_with(state, &page, headers, Resubmitted { pairs: fields, problems }).await
        }
    }
}

/// `POST /<lang>/staff/dialogues/<slug>/publish`. Without `confirm=yes` and with minority
/// languages missing, nothing is published: the editor is sent to the confirmation page that
/// names them.
async fn publish_dialogue(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    Extension(editor): Extension<Staff>,
    Form(fields): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let confirmed = field(&fields, "confirm") == "yes";
    match editor::change_state(&state.db, &editor, &slug, StateChange::Publish { confirmed }).await {
        Ok(()) => to(format!("/{}/staff/dialogues/{slug}/edit?done=published", lang.code())),
        Err(StateError::NeedsConfirmation(_)) => {
            // Sent from the confirmation page without ticking the box: say what is needed.
            let error = if field(&fields, "from") == "confirm" { "?error=required" } else { "" };
            to(format!("/{}/staff/dialogues/{slug}/publish{error}", lang.code()))
        }
        Err(StateError::Staff(StaffError::Gone)) => error_page(&state, lang, StatusCode::CONFLICT, "editor-error-state"),
        Err(StateError::Staff(error)) => refuse(&state, lang, error),
    }
}

/// `POST /<lang>/staff/dialogues/<slug>/close`.
async fn close_dialogue(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    Extension(editor): Extension<Staff>,
) -> Response {
    let lang = lang_of(&lang);
    match editor::change_state(&state.db, &editor, &slug, StateChange::Close).await {
        Ok(()) => to(format!("/{}/staff/dialogues/{slug}/edit?done=closed", lang.code())),
        Err(StateError::Staff(StaffError::Gone) | StateError::NeedsConfirmation(_)) => {
            error_page(&state, lang, StatusCode::CONFLICT, "editor-error-state")
        }
        Err(StateError::Staff(error)) => refuse(&state, lang, error),
    }
}

/// `POST /<lang>/staff/accounts`: an administrator adds a staff member.
async fn add_account(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Extension(admin): Extension<Staff>,
    Form(fields): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let email = field(&fields, "email");
    let role = Role::from_code(field(&fields, "role")).unwrap_or(Role::Moderator);
    match staff::add_account(&state.db, &admin, email, field(&fields, "password").to_string(), role).await {
        Ok(()) => to(format!("/{}/staff/accounts?done=added", lang.code())),
        Err(StaffError::Internal) => refuse(&state, lang, StaffError::Internal),
        Err(error) => {
            // The address comes back into the form; the password does not travel in a URL.
            let query = serde_urlencoded::to_string([("error", error.message_id()), ("email", email)]).unwrap_or_default();
            to(format!("/{}/staff/accounts?{query}", lang.code()))
        }
    }
}

/// `POST /<lang>/staff/accounts/<id>`: change a role, or disable or enable an account.
async fn change_account(
    State(state): State<AppState>,
    Path((lang, id)): Path<(String, i32)>,
    Extension(admin): Extension<Staff>,
    Form(fields): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let change = match (Role::from_code(field(&fields, "role")), field(&fields, "active")) {
        (Some(role), _) => AccountChange::Role(role),
        (None, "yes") => AccountChange::Active(true),
        (None, "no") => AccountChange::Active(false),
        _ => return error_page(&state, lang, StatusCode::UNPROCESSABLE_ENTITY, "error-page-title"),
    };
    match staff::change_account(&state.db, &admin, id, change).await {
        Ok(()) => to(format!("/{}/staff/accounts?done=updated", lang.code())),
        Err(StaffError::Internal) => refuse(&state, lang, StaffError::Internal),
        Err(error) => to(format!("/{}/staff/accounts?error={}", lang.code(), error.message_id())),
    }
}

/// `POST /<lang>/dialogues/<slug>/report`: a resident reports a published view (no account;
/// limited per address like views).
pub async fn report_view(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path((lang, slug)): Path<(String, String)>,
    Form(fields): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let (Ok(view_id), Some(reason)) = (field(&fields, "view").parse::<i32>(), RejectReason::from_code(field(&fields, "reason"))) else {
        return error_page(&state, lang, StatusCode::UNPROCESSABLE_ENTITY, "report-error-gone");
    };
    match moderation::report(&state, peer.ip(), view_id, reason).await {
        Ok(()) => to(format!("/{}/dialogues/{slug}?reported=yes#views-heading", lang.code())),
        Err(ReportError::RateLimited) => error_page(&state, lang, StatusCode::TOO_MANY_REQUESTS, "report-error-rate"),
        Err(ReportError::Gone) => error_page(&state, lang, StatusCode::NOT_FOUND, "report-error-gone"),
        Err(ReportError::Internal) => refuse(&state, lang, StaffError::Internal),
    }
}
