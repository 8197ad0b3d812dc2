//! Staff accounts and sign-in sessions: passwords (argon2id, hashed off the async workers),
//! sessions stored by the hash of their token, the per-account lock after repeated failures,
//! and the administrators' changes to accounts. Accounts are never deleted.

use std::net::IpAddr;

use argon2::{password_hash::SaltString, Argon2, PasswordHash, PasswordHasher, PasswordVerifier};
use rand::Rng;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, Set,
    TransactionTrait,
};
use sha2::{Digest, Sha256};

use crate::access::{cap, Grant, Role, Staff};
use crate::audit::{service::record, AuditAction};
use crate::db::entities::{audit_entry, staff, staff_session};
use crate::error::ServiceError;
use crate::state::AppState;

/// The cookie that carries a staff session token.
pub const SESSION_COOKIE: &str = "portal_staff";

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

fn random_token() -> String {
    let bytes: [u8; 32] = rand::rng().random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Sessions are stored by the hash of their token, so a copy of the database signs no one in.
fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Signs a staff member in: a new session (a new token every time) and an audit entry.
/// Attempts are limited per address and per account, whether they succeed or not.
///
/// # Errors
/// [`ServiceError::Throttled`], [`ServiceError::BadCredentials`] (also for a disabled account),
/// a database failure.
pub async fn sign_in(
    state: &AppState,
    client: IpAddr,
    email: &str,
    password: String,
) -> Result<(String, Staff), ServiceError> {
    let email = email.trim().to_lowercase();
    if state.limits.login_by_address.check_key(&client).is_err()
        || state.limits.login_by_account.check_key(&email).is_err()
    {
        return Err(ServiceError::Throttled);
    }
    let account = staff::Entity::find()
        .filter(staff::Column::Email.eq(&email))
        .one(&state.db)
        .await?;
    let Some(account) = account.filter(|a| a.active) else {
        // Spend the same time as a real check, so timing does not tell which addresses exist.
        let _ = verify_password(password, DUMMY_HASH.to_string()).await;
        return Err(ServiceError::BadCredentials);
    };
    if recent_failures(&state.db, account.id).await? >= FAILURES_BEFORE_LOCK {
        return Err(ServiceError::Throttled);
    }
    if !verify_password(password, account.password_hash.clone()).await {
        record(
            &state.db,
            Some(account.id),
            AuditAction::LoginFailed,
            &format!("staff:{}", account.id),
            None,
        )
        .await?;
        return Err(ServiceError::BadCredentials);
    }
    let role = Role::from_code(&account.role).ok_or(ServiceError::Forbidden)?;
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
        },
    ))
}

/// Failed sign-ins to one account, from anywhere, within [`FAILURE_WINDOW_MINUTES`], after
/// which the account waits. Counted in the audit log, which every server process shares: the
/// in-memory limits are per process, this one holds however many processes there are.
const FAILURES_BEFORE_LOCK: u64 = 10;
const FAILURE_WINDOW_MINUTES: i64 = 15;

async fn recent_failures(db: &DatabaseConnection, account: i32) -> Result<u64, ServiceError> {
    use sea_orm::PaginatorTrait;
    let since = chrono::Utc::now() - chrono::Duration::minutes(FAILURE_WINDOW_MINUTES);
    audit_entry::Entity::find()
        .filter(audit_entry::Column::Action.eq(AuditAction::LoginFailed.code()))
        .filter(audit_entry::Column::Target.eq(format!("staff:{account}")))
        .filter(audit_entry::Column::At.gt(since))
        .count(db)
        .await
        .map_err(ServiceError::from)
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
) -> Result<(), ServiceError> {
    if email.trim().len() > 200 || !crate::domain::plausible_email(email.trim()) {
        return Err(ServiceError::BadEmail);
    }
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(ServiceError::ShortPassword);
    }
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
    .await
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
    if new.chars().count() < MIN_PASSWORD_CHARS {
        return Err(ServiceError::ShortPassword);
    }
    if new != again {
        return Err(ServiceError::PasswordMismatch);
    }
    let hash = hash_password(new).await?;
    let txn = db.begin().await?;
    let mut active: staff::ActiveModel = account.into();
    active.password_hash = Set(hash);
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
