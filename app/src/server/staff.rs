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

use super::entities::{audit_entry, dialogue_text, staff, staff_session, view, view_answer, view_report};
use super::AppState;
use crate::domain::{looks_personal, Channel, RejectReason, Role, ViewStatus};
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
    #[error("an account with this address exists")]
    Taken,
    #[error("not an e-mail address")]
    BadEmail,
    #[error("password too short")]
    ShortPassword,
    #[error("the current password is wrong")]
    WrongPassword,
    #[error("the new passwords differ")]
    PasswordMismatch,
    #[error("administrators cannot disable or re-role themselves")]
    OwnAccount,
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
            StaffError::Taken => "staff-admin-error-taken",
            StaffError::BadEmail => "staff-admin-error-email",
            StaffError::ShortPassword => "account-error-short",
            StaffError::WrongPassword => "account-error-current",
            StaffError::PasswordMismatch => "account-error-mismatch",
            StaffError::OwnAccount => "staff-admin-error-self",
            StaffError::Internal => "error-internal",
        }
    }

    /// The HTTP status for this error.
    pub fn status(self) -> u16 {
        match self {
            StaffError::NotSignedIn | StaffError::BadCredentials => 401,
            StaffError::Forbidden | StaffError::BadCsrf => 403,
            StaffError::Throttled => 429,
            StaffError::Gone | StaffError::Taken => 409,
            StaffError::BadEmail
            | StaffError::ShortPassword
            | StaffError::WrongPassword
            | StaffError::PasswordMismatch
            | StaffError::OwnAccount => 422,
            StaffError::Internal => 500,
        }
    }
}

pub(crate) fn internal<E: std::fmt::Display>(err: E) -> StaffError {
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
    if recent_failures(&state.db, account.id).await? >= FAILURES_BEFORE_LOCK {
        return Err(StaffError::Throttled);
    }
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

/// Failed sign-ins to one account, from anywhere, within [`FAILURE_WINDOW_MINUTES`], after
/// which the account waits. Counted in the audit log, which every server process shares: the
/// in-memory limits are per process, this one holds however many processes there are.
const FAILURES_BEFORE_LOCK: u64 = 10;
const FAILURE_WINDOW_MINUTES: i64 = 15;

async fn recent_failures(db: &DatabaseConnection, account: i32) -> Result<u64, StaffError> {
    use sea_orm::PaginatorTrait;
    let since = chrono::Utc::now() - chrono::Duration::minutes(FAILURE_WINDOW_MINUTES);
    audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq("login-failed"))
        .filter(audit_entry::Column::Target.eq(format!("staff:{account}")))
        .filter(audit_entry::Column::At.gt(since))
        .count(db)
        .await
        .map_err(internal)
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

pub(crate) async fn audit<C: sea_orm::ConnectionTrait>(db: &C, actor: Option<i32>, action: &str, target: &str, reason: Option<&str>) -> Result<(), StaffError> {
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
    /// The same texts as the public sees them, when a moderator has redacted part of them.
    pub public_texts: Option<Vec<String>>,
    /// Looks as if it holds personal data.
    pub flagged: bool,
    pub channel: Channel,
    pub needs_translation: bool,
    /// The reasons of residents' open reports of this view.
    pub reports: Vec<RejectReason>,
}

/// What the moderator narrowed the lists to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueueFilter {
    /// One dialogue, by slug.
    pub dialogue: Option<String>,
    /// Views written in one language.
    pub lang: Option<Lang>,
    /// Reported for this reason (or, for personal data, flagged as possibly holding it).
    pub reason: Option<RejectReason>,
}

/// Every dialogue's slug and Swedish title, for the queue's dialogue filter.
///
/// # Errors
/// [`StaffError::Internal`] on a database failure.
pub async fn dialogue_titles(db: &DatabaseConnection, _staff: &Staff) -> Result<Vec<(String, String)>, StaffError> {
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

/// One of the moderator's lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Queue {
    /// Waiting for a first decision, oldest first.
    Pending,
    /// Published views residents have reported, oldest first.
    Reported,
    /// The 50 newest published views: what was just let through most needs a second look.
    Published,
    /// The 50 most recently received hidden views.
    Hidden,
}

/// The views in one of the moderator's lists, narrowed by `filter`.
///
/// # Errors
/// [`StaffError::Internal`] on a database failure.
pub async fn queue(db: &DatabaseConnection, _moderator: &Staff, queue: Queue, filter: &QueueFilter) -> Result<Vec<PendingView>, StaffError> {
    use sea_orm::QuerySelect;
    let status = match queue {
        Queue::Pending => ViewStatus::Pending,
        Queue::Reported | Queue::Published => ViewStatus::Published,
        Queue::Hidden => ViewStatus::Hidden,
    };
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
    if queue == Queue::Reported {
        let mut reports = sea_orm::sea_query::Query::select()
            .column(view_report::Column::ViewId)
            .from(view_report::Entity)
            .and_where(view_report::Column::ResolvedAt.is_null())
            .to_owned();
        if let Some(reason) = filter.reason {
            reports.and_where(view_report::Column::Reason.eq(reason.code()));
        }
        query = query.filter(view::Column::Id.in_subquery(reports));
    }
    let query = if matches!(queue, Queue::Pending | Queue::Reported) {
        query.order_by_asc(view::Column::CreatedAt).order_by_asc(view::Column::Id)
    } else {
        query.order_by_desc(view::Column::CreatedAt).order_by_desc(view::Column::Id).limit(50)
    };
    let mut views = describe(db, query.all(db).await.map_err(internal)?).await?;
    if queue == Queue::Pending {
        match filter.reason {
            None => {}
            Some(RejectReason::PersonalData) => views.retain(|v| v.flagged),
            // Pending views have no reason yet: only the flag above can match one.
            Some(_) => views.clear(),
        }
    }
    Ok(views)
}

/// Everything the moderator sees of `views`, read with one query per table.
async fn describe(db: &DatabaseConnection, views: Vec<view::Model>) -> Result<Vec<PendingView>, StaffError> {
    let ids: Vec<i32> = views.iter().map(|v| v.id).collect();
    let dialogue_ids: Vec<i32> = views.iter().map(|v| v.dialogue_id).collect();
    let titles = dialogue_text::Entity::find()
        .filter(dialogue_text::Column::DialogueId.is_in(dialogue_ids))
        .filter(dialogue_text::Column::Lang.eq(Lang::Sv.code()))
        .all(db)
        .await
        .map_err(internal)?;
    let answers = view_answer::Entity::find()
        .filter(view_answer::Column::ViewId.is_in(ids.clone()))
        .order_by_asc(view_answer::Column::QuestionId)
        .all(db)
        .await
        .map_err(internal)?;
    let reports = view_report::Entity::find()
        .filter(view_report::Column::ViewId.is_in(ids))
        .filter(view_report::Column::ResolvedAt.is_null())
        .all(db)
        .await
        .map_err(internal)?;
    Ok(views
        .into_iter()
        .map(|v| {
            let own: Vec<&view_answer::Model> = answers.iter().filter(|a| a.view_id == v.id).collect();
            let mut texts: Vec<String> = own.iter().map(|a| a.answer.clone()).collect();
            texts.extend(v.general.clone());
            let redacted = v.general_public.is_some() || own.iter().any(|a| a.public_answer.is_some());
            let public_texts = redacted.then(|| {
                let mut public: Vec<String> = own.iter().map(|a| a.public_answer.clone().unwrap_or_else(|| a.answer.clone())).collect();
                public.extend(v.general_public.clone().or_else(|| v.general.clone()));
                public
            });
            let flagged = texts.iter().chain(v.display_name.iter()).chain(v.area.iter()).any(|t| looks_personal(t));
            let mut reasons: Vec<RejectReason> =
                reports.iter().filter(|r| r.view_id == v.id).filter_map(|r| RejectReason::from_code(&r.reason)).collect();
            reasons.dedup();
            PendingView {
                id: v.id,
                reference: v.reference,
                dialogue_title: titles.iter().find(|t| t.dialogue_id == v.dialogue_id).map(|t| t.title.clone()).unwrap_or_default(),
                lang: Lang::from_code(&v.lang).unwrap_or_default(),
                received: v.created_at,
                display_name: v.display_name,
                consent_publish: v.consent_publish,
                texts,
                public_texts,
                flagged,
                channel: Channel::from_code(&v.channel).unwrap_or(Channel::Web),
                needs_translation: v.needs_translation,
                reports: reasons,
            }
        })
        .collect())
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
    if to == ViewStatus::Hidden {
        super::moderation::resolve_reports(&txn, moderator, view_id).await?;
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
pub const AUDIT_ACTIONS: [&str; 20] = [
    "login",
    "login-failed",
    "password-change",
    "approve",
    "reject",
    "hide",
    "restore",
    "redact",
    "report",
    "report-dismiss",
    "needs-translation",
    "view-enter",
    "dialogue-create",
    "dialogue-edit",
    "dialogue-publish",
    "dialogue-close",
    "staff-add",
    "staff-disable",
    "staff-enable",
    "role-change",
];

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

/// The shortest password the portal accepts.
pub const MIN_PASSWORD_CHARS: usize = 12;

/// A staff account as the administrators' page lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: i32,
    pub email: String,
    pub role: Role,
    pub active: bool,
}

/// Every staff account, by address (administrators).
///
/// # Errors
/// [`StaffError::Internal`] on a database failure.
pub async fn accounts(db: &DatabaseConnection, _admin: &Staff) -> Result<Vec<Account>, StaffError> {
    let all = staff::Entity::find().order_by_asc(staff::Column::Email).all(db).await.map_err(internal)?;
    Ok(all
        .into_iter()
        .filter_map(|a| Some(Account { id: a.id, email: a.email, role: Role::from_code(&a.role)?, active: a.active }))
        .collect())
}

/// An administrator adds a staff account with a temporary password.
///
/// # Errors
/// [`StaffError::BadEmail`], [`StaffError::ShortPassword`], [`StaffError::Taken`],
/// [`StaffError::Internal`].
pub async fn add_account(db: &DatabaseConnection, admin: &Staff, email: &str, password: String, role: Role) -> Result<(), StaffError> {
    if email.trim().len() > 200 || !crate::domain::plausible_email(email.trim()) {
        return Err(StaffError::BadEmail);
    }
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(StaffError::ShortPassword);
    }
    let email = email.trim().to_lowercase();
    if staff::Entity::find().filter(staff::Column::Email.eq(&email)).one(db).await.map_err(internal)?.is_some() {
        return Err(StaffError::Taken);
    }
    let id = create(db, &email, password, role).await?;
    audit(db, Some(admin.id), "staff-add", &format!("staff:{id}"), Some(role.code())).await
}

/// What an administrator changes about another account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountChange {
    Role(Role),
    Active(bool),
}

/// An administrator changes another staff member's role, or disables or enables the account.
/// Accounts are never deleted: the audit log refers to them. A disabled account's sessions
/// stop working at once.
///
/// # Errors
/// [`StaffError::OwnAccount`] for the administrator's own account, [`StaffError::Gone`] for an
/// unknown one, [`StaffError::Internal`].
pub async fn change_account(db: &DatabaseConnection, admin: &Staff, id: i32, change: AccountChange) -> Result<(), StaffError> {
    if id == admin.id {
        return Err(StaffError::OwnAccount);
    }
    let txn = db.begin().await.map_err(internal)?;
    let account = staff::Entity::find_by_id(id).one(&txn).await.map_err(internal)?.ok_or(StaffError::Gone)?;
    let mut active: staff::ActiveModel = account.into();
    let (action, reason) = match change {
        AccountChange::Role(role) => {
            active.role = Set(role.code().to_string());
            ("role-change", Some(role.code()))
        }
        AccountChange::Active(true) => {
            active.active = Set(true);
            ("staff-enable", None)
        }
        AccountChange::Active(false) => {
            active.active = Set(false);
            ("staff-disable", None)
        }
    };
    active.update(&txn).await.map_err(internal)?;
    if change == AccountChange::Active(false) {
        staff_session::Entity::delete_many().filter(staff_session::Column::StaffId.eq(id)).exec(&txn).await.map_err(internal)?;
    }
    audit(&txn, Some(admin.id), action, &format!("staff:{id}"), reason).await?;
    txn.commit().await.map_err(internal)
}

/// A staff member changes their own password. Their other sessions end; this one goes on.
///
/// # Errors
/// [`StaffError::WrongPassword`], [`StaffError::ShortPassword`],
/// [`StaffError::PasswordMismatch`], [`StaffError::Internal`].
pub async fn change_password(
    db: &DatabaseConnection,
    me: &Staff,
    session_token: &str,
    current: String,
    new: String,
    again: &str,
) -> Result<(), StaffError> {
    let account = staff::Entity::find_by_id(me.id).one(db).await.map_err(internal)?.ok_or(StaffError::NotSignedIn)?;
    if !verify_password(current, account.password_hash.clone()).await {
        return Err(StaffError::WrongPassword);
    }
    if new.chars().count() < MIN_PASSWORD_CHARS {
        return Err(StaffError::ShortPassword);
    }
    if new != again {
        return Err(StaffError::PasswordMismatch);
    }
    let hash = hash_password(new).await?;
    let txn = db.begin().await.map_err(internal)?;
    let mut active: staff::ActiveModel = account.into();
    active.password_hash = Set(hash);
    active.update(&txn).await.map_err(internal)?;
    staff_session::Entity::delete_many()
        .filter(staff_session::Column::StaffId.eq(me.id))
        .filter(staff_session::Column::TokenHash.ne(token_hash(session_token)))
        .exec(&txn)
        .await
        .map_err(internal)?;
    audit(&txn, Some(me.id), "password-change", &format!("staff:{}", me.id), None).await?;
    txn.commit().await.map_err(internal)
}
