//! Staff accounts and sign-in sessions: passwords (argon2id, hashed off the async workers),
//! sessions stored by the hash of their token, the per-account lock after repeated failures,
//! and the administrators' changes to accounts. Accounts are never deleted.

use argon2::{password_hash::SaltString, Argon2, PasswordHash, PasswordHasher, PasswordVerifier};
use rand::Rng;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, Set,
    TransactionTrait,
};

use super::throttle;
use crate::access::{cap, Grant, Role, Staff};
use crate::audit::{service::record, AuditAction};
use crate::db::entities::{staff, staff_session};
use crate::error::ServiceError;
use crate::limits::Client;
use crate::state::AppState;

/// The cookie that carries a staff session token over TLS: the `__Host-` prefix makes the
/// browser refuse it unless it is `Secure`, for this host only and for every path, so no
/// other site (not even a subdomain) can set one of that name.
pub const SESSION_COOKIE: &str = "__Host-portal_staff";

/// The same cookie when the portal runs on plain HTTP for development (the prefix needs TLS).
pub const DEV_SESSION_COOKIE: &str = "portal_staff";

/// The session cookie's name: [`SESSION_COOKIE`] unless secure cookies are turned off.
pub fn session_cookie_name(secure: bool) -> &'static str {
    if secure {
        SESSION_COOKIE
    } else {
        DEV_SESSION_COOKIE
    }
}

/// The session token a request carries: the value of the exactly named cookie, and only when
/// there is one (two of that name mean someone else put one there: neither is trusted).
pub fn session_token(state: &AppState, headers: &axum::http::HeaderMap) -> Option<String> {
    let name = session_cookie_name(state.secure_cookies);
    let mut found = crate::http::cookies(headers, name);
    let token = found.next()?;
    found.next().is_none().then_some(token)
}

/// How long a sign-in lasts: a working day.
const SESSION_HOURS: i64 = 8;

/// Hashes a password with argon2id on a blocking thread (it takes tens of milliseconds of CPU
/// on purpose, which would stall the async workers).
async fn hash_password(password: String) -> Result<String, ServiceError> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::encode_b64(&rand::rng().random::<[u8; 16]>())
            .map_err(ServiceError::internal)?;
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(ServiceError::internal)
    })
    .await
    .map_err(ServiceError::internal)?
}

async fn verify_password(password: String, hash: String) -> bool {
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&hash).is_ok_and(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
    })
    .await
    .unwrap_or(false)
}

/// Creates a staff account (from the `create-staff` command).
///
/// # Errors
/// The address is taken, or the database fails.
pub async fn create(
    db: &DatabaseConnection,
    email: &str,
    password: String,
    role: Role,
) -> Result<i32, ServiceError> {
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
    .await?;
    Ok(saved.id)
}

/// Sessions are stored by the hash of their token, so a copy of the database signs no one in.
fn token_hash(token: &str) -> String {
    crate::tokens::sha256_hex(token.as_bytes())
}

/// Signs a staff member in: a new session (a new token every time) and an audit entry.
///
/// Attempts are limited per address (shared by every process), and failures per normalised
/// address wait longer and longer ([`super::throttle`]). Every attempt runs the password hash,
/// for unknown and known addresses alike and also while waiting, so neither the answer nor its
/// time tells whether an account exists. A failure is logged with no actor: whoever failed is
/// not the account they tried.
///
/// # Errors
/// [`ServiceError::Throttled`], [`ServiceError::BadCredentials`] (also for a disabled account),
/// a database failure.
pub async fn sign_in(
    state: &AppState,
    client: Client,
    email: &str,
    password: String,
) -> Result<(String, Staff), ServiceError> {
    let email = email.trim().to_lowercase();
    if let Err(error) = state.limits.sign_in.check(&state.db, client).await {
        return Err(match error {
            ServiceError::RateLimited => ServiceError::Throttled,
            other => other,
        });
    }
    let who = throttle::who(&email);
    let account = staff::Entity::find()
        .filter(staff::Column::Email.eq(&email))
        .one(&state.db)
        .await?
        .filter(|a| a.active);
    let hash = account
        .as_ref()
        .map_or_else(|| DUMMY_HASH.to_string(), |a| a.password_hash.clone());
    let right = verify_password(password, hash).await;
    if throttle::waiting(&state.db, &who).await? {
        tracing::warn!("sign-in refused: waiting after repeated failures");
        return Err(ServiceError::Throttled);
    }
    let account = match (account, right) {
        (Some(account), true) => account,
        (account, _) => {
            throttle::failed(&state.db, &who).await?;
            let target = account.map_or_else(
                || format!("sign-in:{}", &who[..12]),
                |a| format!("staff:{}", a.id),
            );
            tracing::warn!(target = %target, "sign-in failed");
            record(&state.db, None, AuditAction::LoginFailed, &target, None).await?;
            return Err(ServiceError::BadCredentials);
        }
    };
    throttle::succeeded(&state.db, &who).await?;
    let role = Role::from_code(&account.role).ok_or(ServiceError::Forbidden)?;
    let token = crate::tokens::random_token();
    let csrf = crate::tokens::random_token();
    let now = chrono::Utc::now();
    staff_session::ActiveModel {
        token_hash: Set(token_hash(&token)),
        staff_id: Set(account.id),
        csrf: Set(csrf.clone()),
        created_at: Set(now),
        expires_at: Set(now + chrono::Duration::hours(SESSION_HOURS)),
    }
    .insert(&state.db)
    .await?;
    record(
        &state.db,
        Some(account.id),
        AuditAction::Login,
        &format!("staff:{}", account.id),
        None,
    )
    .await?;
    Ok((
        token,
        Staff {
            id: account.id,
            email: account.email,
            role,
            csrf,
            must_change_password: account.must_change_password,
        },
    ))
}

/// A valid argon2id hash of a random password, checked against when the account is unknown.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2Oz6ZNqJX9nUQqnN8AbnfJg0XJMc5B2g5DVxGkAt0Kk";

/// The staff member a session token belongs to, if the session is valid and the account active.
///
/// # Errors
/// The database fails.
pub async fn from_session(
    db: &DatabaseConnection,
    token: &str,
) -> Result<Option<Staff>, ServiceError> {
    let Some(session) = staff_session::Entity::find_by_id(token_hash(token))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    if session.expires_at < chrono::Utc::now() {
        return Ok(None);
    }
    let account = staff::Entity::find_by_id(session.staff_id).one(db).await?;
    Ok(account.filter(|a| a.active).and_then(|a| {
        Some(Staff {
            id: a.id,
            email: a.email,
            role: Role::from_code(&a.role)?,
            csrf: session.csrf,
            must_change_password: a.must_change_password,
        })
    }))
}

/// Ends a session.
///
/// # Errors
/// The database fails.
pub async fn sign_out(db: &DatabaseConnection, token: &str) -> Result<(), ServiceError> {
    staff_session::Entity::delete_by_id(token_hash(token))
        .exec(db)
        .await?;
    Ok(())
}

/// The shortest password the portal accepts.
pub const MIN_PASSWORD_CHARS: usize = 12;

/// The longest password the portal accepts, when it is set and when signing in (a passphrase
/// fits; a megabyte sent to the hash does not).
pub const MAX_PASSWORD_CHARS: usize = 200;

/// A new password's length: between [`MIN_PASSWORD_CHARS`] and [`MAX_PASSWORD_CHARS`].
///
/// # Errors
/// [`ServiceError::ShortPassword`], [`ServiceError::LongPassword`].
pub fn check_new_password(password: &str) -> Result<(), ServiceError> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        Err(ServiceError::ShortPassword)
    } else if chars > MAX_PASSWORD_CHARS {
        Err(ServiceError::LongPassword)
    } else {
        Ok(())
    }
}

/// Sets a staff member's password for them: an administrator's reset (`by` is the
/// administrator) or the `server set-password` command (`by` is `None`). Every session of the
/// account ends, and the next sign-in must choose a new password before anything else.
///
/// # Errors
/// [`ServiceError::NotFound`] for an unknown account, [`ServiceError::ShortPassword`],
/// [`ServiceError::LongPassword`], a database failure.
pub async fn reset_password(
    db: &DatabaseConnection,
    by: Option<i32>,
    id: i32,
    password: String,
) -> Result<(), ServiceError> {
    check_new_password(&password)?;
    let account = staff::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let hash = hash_password(password).await?;
    let txn = db.begin().await?;
    let mut active: staff::ActiveModel = account.into();
    active.password_hash = Set(hash);
    active.must_change_password = Set(true);
    active.update(&txn).await?;
    staff_session::Entity::delete_many()
        .filter(staff_session::Column::StaffId.eq(id))
        .exec(&txn)
        .await?;
    record(
        &txn,
        by,
        AuditAction::PasswordReset,
        &format!("staff:{id}"),
        None,
    )
    .await?;
    txn.commit().await.map_err(ServiceError::from)
}

/// The id of the account with this address.
///
/// # Errors
/// [`ServiceError::NotFound`], a database failure.
pub async fn account_id(db: &DatabaseConnection, email: &str) -> Result<i32, ServiceError> {
    staff::Entity::find()
        .filter(staff::Column::Email.eq(email.trim().to_lowercase()))
        .one(db)
        .await?
        .map(|a| a.id)
        .ok_or(ServiceError::NotFound)
}

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
/// The database fails.
pub async fn accounts(
    db: &DatabaseConnection,
    _admin: &Grant<cap::ManageAccounts>,
) -> Result<Vec<Account>, ServiceError> {
    let all = staff::Entity::find()
        .order_by_asc(staff::Column::Email)
        .all(db)
        .await?;
    Ok(all
        .into_iter()
        .filter_map(|a| {
            Some(Account {
                id: a.id,
                email: a.email,
                role: Role::from_code(&a.role)?,
                active: a.active,
            })
        })
        .collect())
}

/// An administrator adds a staff account with a temporary password.
///
/// # Errors
/// [`ServiceError::BadEmail`], [`ServiceError::ShortPassword`], [`ServiceError::Taken`],
/// a database failure.
pub async fn add_account(
    db: &DatabaseConnection,
    admin: &Grant<cap::ManageAccounts>,
    email: &str,
    password: String,
    role: Role,
    langs: &[crate::lang::Lang],
) -> Result<(), ServiceError> {
    if email.trim().len() > 200 || !crate::domain::plausible_email(email.trim()) {
        return Err(ServiceError::BadEmail);
    }
    check_new_password(&password)?;
    let email = email.trim().to_lowercase();
    if staff::Entity::find()
        .filter(staff::Column::Email.eq(&email))
        .one(db)
        .await?
        .is_some()
    {
        return Err(ServiceError::Taken);
    }
    let id = create(db, &email, password, role).await?;
    record(
        db,
        Some(admin.id),
        AuditAction::StaffAdd,
        &format!("staff:{id}"),
        Some(role.code()),
    )
    .await?;
    if role == Role::Translator {
        crate::translations::service::set_languages(db, Some(admin.id), id, langs).await?;
    }
    Ok(())
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
/// [`ServiceError::OwnAccount`] for the administrator's own account, [`ServiceError::NotFound`] for an
/// unknown one, a database failure.
pub async fn change_account(
    db: &DatabaseConnection,
    admin: &Grant<cap::ManageAccounts>,
    id: i32,
    change: AccountChange,
) -> Result<(), ServiceError> {
    if id == admin.id {
        return Err(ServiceError::OwnAccount);
    }
    let txn = db.begin().await?;
    let account = staff::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let mut active: staff::ActiveModel = account.into();
    let (action, reason) = match change {
        AccountChange::Role(role) => {
            active.role = Set(role.code().to_string());
            (AuditAction::RoleChange, Some(role.code()))
        }
        AccountChange::Active(true) => {
            active.active = Set(true);
            (AuditAction::StaffEnable, None)
        }
        AccountChange::Active(false) => {
            active.active = Set(false);
            (AuditAction::StaffDisable, None)
        }
    };
    active.update(&txn).await?;
    if change == AccountChange::Active(false) {
        staff_session::Entity::delete_many()
            .filter(staff_session::Column::StaffId.eq(id))
            .exec(&txn)
            .await?;
    }
    record(&txn, Some(admin.id), action, &format!("staff:{id}"), reason).await?;
    txn.commit().await.map_err(ServiceError::from)
}

/// A staff member changes their own password. Their other sessions end; this one goes on.
///
/// # Errors
/// [`ServiceError::WrongPassword`], [`ServiceError::ShortPassword`],
/// [`ServiceError::PasswordMismatch`], a database failure.
pub async fn change_password(
    db: &DatabaseConnection,
    me: &Grant<cap::OwnAccount>,
    session_token: &str,
    current: String,
    new: String,
    again: &str,
) -> Result<(), ServiceError> {
    let account = staff::Entity::find_by_id(me.id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotSignedIn)?;
    if !verify_password(current, account.password_hash.clone()).await {
        return Err(ServiceError::WrongPassword);
    }
    check_new_password(&new)?;
    if new != again {
        return Err(ServiceError::PasswordMismatch);
    }
    let hash = hash_password(new).await?;
    let txn = db.begin().await?;
    let mut active: staff::ActiveModel = account.into();
    active.password_hash = Set(hash);
    active.must_change_password = Set(false);
    active.update(&txn).await?;
    staff_session::Entity::delete_many()
        .filter(staff_session::Column::StaffId.eq(me.id))
        .filter(staff_session::Column::TokenHash.ne(token_hash(session_token)))
        .exec(&txn)
        .await?;
    record(
        &txn,
        Some(me.id),
        AuditAction::PasswordChange,
        &format!("staff:{}", me.id),
        None,
    )
    .await?;
    txn.commit().await.map_err(ServiceError::from)
}
