//! Staff accounts, sign-in sessions, the moderation queue and the audit log.
//!
//! Every function that acts for a staff member takes the [`Staff`] that [`require`] returned,
//! so a role check cannot be forgotten: there is no other way to get one.

use std::net::IpAddr;

use argon2::{password_hash::SaltString, Argon2, PasswordHash, PasswordHasher, PasswordVerifier};
use rand::Rng;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, Set,
    TransactionTrait,
};
use sha2::{Digest, Sha256};

use super::entities::{audit_entry, dialogue_text, staff, staff_session, view, view_answer};
use super::AppState;
use crate::domain::{looks_personal, RejectReason, Role, ViewStatus};
use crate::lang::Lang;

/// The cookie that carries a staff session token.
pub const SESSION_COOKIE: &str = "portal_staff";

/// How long a sign-in lasts: a working day.
const SESSION_HOURS: i64 = 8;

/// Why a staff request was refused. The page turns it into a message; the HTTP status says
/// the same to machines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum StaffError {
    #[error("not signed in")]
    NotSignedIn,
    #[error("role not allowed")]
    Forbidden,
    #[error("wrong email or password")]
    BadCredentials,
    #[error("too many sign-in attempts")]
    Throttled,
    #[error("the form's anti-forgery token does not match")]
    BadCsrf,
    #[error("already reviewed or unknown")]
    Gone,
    #[error("internal error")]
    Internal,
}

impl StaffError {
    /// The Fluent id of the message for this error.
    pub fn message_id(self) -> &'static str {
        match self {
            StaffError::NotSignedIn => "staff-error-not-signed-in",
            StaffError::Forbidden => "staff-error-forbidden",
            StaffError::BadCredentials => "staff-login-error-bad-credentials",
            StaffError::Throttled => "staff-login-error-throttled",
            StaffError::BadCsrf => "staff-error-csrf",
            StaffError::Gone => "staff-error-gone",
            StaffError::Internal => "error-internal",
        }
    }

    /// The HTTP status for this error.
    pub fn status(self) -> u16 {
        match self {
            StaffError::NotSignedIn | StaffError::BadCredentials => 401,
            StaffError::Forbidden | StaffError::BadCsrf => 403,
            StaffError::Throttled => 429,
            StaffError::Gone => 409,
            StaffError::Internal => 500,
        }
    }
}

fn internal<E: std::fmt::Display>(err: E) -> StaffError {
    tracing::error!(error = %err, "staff service error");
    StaffError::Internal
}

/// A signed-in staff member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Staff {
    pub id: i32,
    pub email: String,
    pub role: Role,
    /// The session's anti-forgery token, which every staff form must send back.
    pub csrf: String,
}

/// The signed-in staff member if their role is one of `roles`.
///
/// # Errors
/// [`StaffError::NotSignedIn`] without a session, [`StaffError::Forbidden`] for another role.
pub fn require(staff: Option<Staff>, roles: &[Role]) -> Result<Staff, StaffError> {
    let staff = staff.ok_or(StaffError::NotSignedIn)?;
    if roles.contains(&staff.role) {
        Ok(staff)
    } else {
        Err(StaffError::Forbidden)
    }
}

/// Hashes a password with argon2id on a blocking thread (it takes tens of milliseconds of CPU
/// on purpose, which would stall the async workers).
async fn hash_password(password: String) -> Result<String, StaffError> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::encode_b64(&rand::rng().random::<[u8; 16]>()).map_err(internal)?;
        Argon2::default().hash_password(password.as_bytes(), &salt).map(|h| h.to_string()).map_err(internal)
    })
    .await
    .map_err(internal)?
}

async fn verify_password(password: String, hash: String) -> bool {
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&hash).is_ok_and(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
    })
    .await
    .unwrap_or(false)
}

/// Creates a staff account (from the `create-staff` command).
///
/// # Errors
/// The address is taken, or the database fails.
pub async fn create(db: &DatabaseConnection, email: &str, password: String, role: Role) -> Result<i32, StaffError> {
    let hash = hash_password(password).await?;
    let saved = staff::ActiveModel {
        email: Set(email.trim().to_lowercase()),
        password_hash: Set(hash),
        role: Set(role.code().to_string()),
        active: Set(true),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(internal)?;
    Ok(saved.id)
}

fn random_token() -> String {
    let bytes: [u8; 32] = rand::rng().random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Sessions are stored by the hash of their token, so a copy of the database signs no one in.
fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// Signs a staff member in: a new session (a new token every time) and an audit entry.
/// Attempts are limited per address and per account, whether they succeed or not.
///
/// # Errors
/// [`StaffError::Throttled`], [`StaffError::BadCredentials`] (also for a disabled account),
/// [`StaffError::Internal`].
pub async fn sign_in(state: &AppState, client: IpAddr, email: &str, password: String) -> Result<(String, Staff), StaffError> {
    let email = email.trim().to_lowercase();
    if state.limits.login_by_address.check_key(&client).is_err() || state.limits.login_by_account.check_key(&email).is_err() {
        return Err(StaffError::Throttled);
    }
    let account = staff::Entity::find().filter(staff::Column::Email.eq(&email)).one(&state.db).await.map_err(internal)?;
    let Some(account) = account.filter(|a| a.active) else {
        // Spend the same time as a real check, so timing does not tell which addresses exist.
        let _ = verify_password(password, DUMMY_HASH.to_string()).await;
        return Err(StaffError::BadCredentials);
    };
    if !verify_password(password, account.password_hash.clone()).await {
        audit(&state.db, Some(account.id), "login-failed", &format!("staff:{}", account.id), None).await?;
        return Err(StaffError::BadCredentials);
    }
    let role = Role::from_code(&account.role).ok_or(StaffError::Forbidden)?;
    let token = random_token();
    let csrf = random_token();
    let now = chrono::Utc::now();
    staff_session::ActiveModel {
        token_hash: Set(token_hash(&token)),
        staff_id: Set(account.id),
        csrf: Set(csrf.clone()),
        created_at: Set(now),
        expires_at: Set(now + chrono::Duration::hours(SESSION_HOURS)),
    }
    .insert(&state.db)
    .await
    .map_err(internal)?;
    audit(&state.db, Some(account.id), "login", &format!("staff:{}", account.id), None).await?;
    Ok((token, Staff { id: account.id, email: account.email, role, csrf }))
}

/// A valid argon2id hash of a random password, checked against when the account is unknown.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2Oz6ZNqJX9nUQqnN8AbnfJg0XJMc5B2g5DVxGkAt0Kk";

/// The staff member a session token belongs to, if the session is valid and the account active.
///
/// # Errors
/// [`StaffError::Internal`] on a database failure.
pub async fn from_session(db: &DatabaseConnection, token: &str) -> Result<Option<Staff>, StaffError> {
    let Some(session) = staff_session::Entity::find_by_id(token_hash(token)).one(db).await.map_err(internal)? else {
        return Ok(None);
    };
    if session.expires_at < chrono::Utc::now() {
        return Ok(None);
    }
    let account = staff::Entity::find_by_id(session.staff_id).one(db).await.map_err(internal)?;
    Ok(account.filter(|a| a.active).and_then(|a| {
        Some(Staff { id: a.id, email: a.email, role: Role::from_code(&a.role)?, csrf: session.csrf })
    }))
}

/// Ends a session.
///
/// # Errors
/// [`StaffError::Internal`] on a database failure.
pub async fn sign_out(db: &DatabaseConnection, token: &str) -> Result<(), StaffError> {
    staff_session::Entity::delete_by_id(token_hash(token)).exec(db).await.map_err(internal)?;
    Ok(())
}

async fn audit<C: sea_orm::ConnectionTrait>(db: &C, actor: Option<i32>, action: &str, target: &str, reason: Option<&str>) -> Result<(), StaffError> {
    audit_entry::ActiveModel {
        at: Set(chrono::Utc::now()),
        actor_staff_id: Set(actor),
        action: Set(action.to_string()),
        target: Set(target.to_string()),
        reason: Set(reason.map(str::to_string)),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(internal)?;
    Ok(())
}

/// A view as the moderator sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingView {
    pub id: i32,
    pub reference: String,
    pub dialogue_title: String,
    pub lang: Lang,
    pub received: chrono::DateTime<chrono::Utc>,
    pub display_name: Option<String>,
    pub consent_publish: bool,
    /// Every text of the view: the answers, then the general view.
    pub texts: Vec<String>,
    /// Looks as if it holds personal data.
    pub flagged: bool,
}

/// The pending views, oldest first.
///
/// # Errors
/// [`StaffError::Internal`] on a database failure.
pub async fn pending(db: &DatabaseConnection, moderator: &Staff) -> Result<Vec<PendingView>, StaffError> {
    with_status(db, moderator, ViewStatus::Pending, &QueueFilter::default()).await
}

/// What the moderator narrowed the lists to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueueFilter {
    /// One dialogue, by slug.
    pub dialogue: Option<String>,
    /// Views written in one language.
    pub lang: Option<Lang>,
}

/// Every dialogue's slug and Swedish title, for the queue's dialogue filter.
///
/// # Errors
/// [`StaffError::Internal`] on a database failure.
pub async fn dialogue_titles(db: &DatabaseConnection, _moderator: &Staff) -> Result<Vec<(String, String)>, StaffError> {
    let dialogues = super::entities::dialogue::Entity::find()
        .order_by_asc(super::entities::dialogue::Column::Slug)
        .all(db)
        .await
        .map_err(internal)?;
    let titles = dialogue_text::Entity::find()
        .filter(dialogue_text::Column::Lang.eq(Lang::Sv.code()))
        .all(db)
        .await
        .map_err(internal)?;
    Ok(dialogues
        .into_iter()
        .map(|d| {
            let title = titles.iter().find(|t| t.dialogue_id == d.id).map(|t| t.title.clone()).unwrap_or_default();
            (d.slug, title)
        })
        .collect())
}

/// The views with `status`: pending ones oldest first (a queue), published and hidden ones
/// newest first, at most 50 (what was just let through is what most needs a second look).
///
/// # Errors
/// [`StaffError::Internal`] on a database failure.
pub async fn with_status(
    db: &DatabaseConnection,
    _moderator: &Staff,
    status: ViewStatus,
    filter: &QueueFilter,
) -> Result<Vec<PendingView>, StaffError> {
    use sea_orm::QuerySelect;
    let mut query = view::Entity::find().filter(view::Column::Status.eq(status.code()));
    if let Some(lang) = filter.lang {
        query = query.filter(view::Column::Lang.eq(lang.code()));
    }
    if let Some(slug) = &filter.dialogue {
        let dialogue = super::entities::dialogue::Entity::find()
            .filter(super::entities::dialogue::Column::Slug.eq(slug.as_str()))
            .one(db)
            .await
            .map_err(internal)?;
        // An unknown dialogue matches no view rather than every view.
        query = query.filter(view::Column::DialogueId.eq(dialogue.map(|d| d.id).unwrap_or(-1)));
    }
    let query = if status == ViewStatus::Pending {
        query.order_by_asc(view::Column::CreatedAt).order_by_asc(view::Column::Id)
    } else {
        query.order_by_desc(view::Column::CreatedAt).order_by_desc(view::Column::Id).limit(50)
    };
    let views = query.all(db).await.map_err(internal)?;
    let mut pending = Vec::with_capacity(views.len());
    for v in views {
        let title = dialogue_text::Entity::find()
            .filter(dialogue_text::Column::DialogueId.eq(v.dialogue_id))
            .filter(dialogue_text::Column::Lang.eq(Lang::Sv.code()))
            .one(db)
            .await
            .map_err(internal)?
            .map(|t| t.title)
            .unwrap_or_default();
        let mut texts: Vec<String> = view_answer::Entity::find()
            .filter(view_answer::Column::ViewId.eq(v.id))
            .order_by_asc(view_answer::Column::QuestionId)
            .all(db)
            .await
            .map_err(internal)?
            .into_iter()
            .map(|a| a.answer)
            .collect();
        texts.extend(v.general.clone());
        let flagged = texts.iter().chain(v.display_name.iter()).chain(v.area.iter()).any(|t| looks_personal(t));
        pending.push(PendingView {
            id: v.id,
            reference: v.reference,
            dialogue_title: title,
            lang: Lang::from_code(&v.lang).unwrap_or_default(),
            received: v.created_at,
            display_name: v.display_name,
            consent_publish: v.consent_publish,
            texts,
            flagged,
        });
    }
    Ok(pending)
}

/// A moderator's decision on a view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Pending to published.
    Approve,
    /// Pending to rejected.
    Reject(RejectReason),
    /// Published to hidden: taken down after publication.
    Hide(RejectReason),
    /// Hidden to published again.
    Restore,
}

/// Carries out a moderator's decision and logs who did it and why, in one transaction. Nothing
/// is deleted: a rejected or hidden view stays, with its original text, as a public record.
///
/// # Errors
/// [`StaffError::Gone`] when the view is not in the state the decision starts from (someone
/// else was first);
/// [`StaffError::Internal`] on a database failure.
pub async fn moderate(db: &DatabaseConnection, moderator: &Staff, view_id: i32, decision: Decision) -> Result<(), StaffError> {
    let txn = db.begin().await.map_err(internal)?;
    let (from, to, action, reason) = match decision {
        Decision::Approve => (ViewStatus::Pending, ViewStatus::Published, "approve", None),
        Decision::Reject(reason) => (ViewStatus::Pending, ViewStatus::Rejected, "reject", Some(reason.code())),
        Decision::Hide(reason) => (ViewStatus::Published, ViewStatus::Hidden, "hide", Some(reason.code())),
        Decision::Restore => (ViewStatus::Hidden, ViewStatus::Published, "restore", None),
    };
    // Only a view still in the starting state changes: two moderators cannot both decide.
    let updated = view::Entity::update_many()
        .col_expr(view::Column::Status, sea_orm::sea_query::Expr::value(to.code()))
        .filter(view::Column::Id.eq(view_id))
        .filter(view::Column::Status.eq(from.code()))
        .exec(&txn)
        .await
        .map_err(internal)?;
    if updated.rows_affected != 1 {
        return Err(StaffError::Gone);
    }
    audit(&txn, Some(moderator.id), action, &format!("view:{view_id}"), reason).await?;
    txn.commit().await.map_err(internal)?;
    Ok(())
}

/// One row of the audit log, for the administrator's page.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditRow {
    pub at: chrono::DateTime<chrono::Utc>,
    /// The staff member's address; `None` for actions nobody was signed in for.
    pub actor: Option<String>,
    pub action: String,
    pub target: String,
    pub reason: Option<String>,
}

/// The actions the audit log records, for its filter.
pub const AUDIT_ACTIONS: [&str; 6] = ["login", "login-failed", "approve", "reject", "hide", "restore"];

/// The newest 200 audit entries, optionally of one action only (administrators).
///
/// # Errors
/// [`StaffError::Internal`] on a database failure.
pub async fn audit_log(db: &DatabaseConnection, _admin: &Staff, action: Option<&str>) -> Result<Vec<AuditRow>, StaffError> {
    use sea_orm::QuerySelect;
    let mut query = audit_entry::Entity::find().order_by_desc(audit_entry::Column::Id).limit(200);
    if let Some(action) = action {
        query = query.filter(audit_entry::Column::Action.eq(action));
    }
    let entries = query.all(db).await.map_err(internal)?;
    let actor_ids: Vec<i32> = entries.iter().filter_map(|e| e.actor_staff_id).collect();
    let actors = staff::Entity::find().filter(staff::Column::Id.is_in(actor_ids)).all(db).await.map_err(internal)?;
    Ok(entries
        .into_iter()
        .map(|e| AuditRow {
            at: e.at,
            actor: e.actor_staff_id.and_then(|id| actors.iter().find(|a| a.id == id).map(|a| a.email.clone())),
            action: e.action,
            target: e.target,
            reason: e.reason,
        })
        .collect())
}
