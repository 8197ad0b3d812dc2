//! Citizen budgets on the database: a budget and its projects on the ballot, printed voting
//! codes, ballots (one counted per code, whatever runs at once), and the certified result.
//!
//! A voting code is stored only as the SHA-256 of the budget's ballot key and the code, so the
//! table alone does not say which codes exist; the key is destroyed when the result is
//! certified, after which no code can vote or be tied to anything. What pages read is in
//! [`super::read`].

use sea_orm::{
    sea_query::Expr, ActiveModelTrait, ColumnTrait, DatabaseConnection, DatabaseTransaction,
    EntityTrait, QueryFilter, Set, SqlErr, TransactionTrait,
};

use super::ballot;
use super::count::Rule;
use super::read::{export_of, method_of, on_ballot, phase, published};
use super::{BallotChannel, Dates, Method, Phase};
use crate::access::{cap, Grant};
use crate::audit::{service::record, AuditAction};
use crate::db::entities::{
    budget, budget_ballot, budget_ballot_line, budget_code_batch, budget_credential,
    budget_project, budget_project_text, budget_text,
};
use crate::domain::{AgeGroup, HomeArea};
use crate::error::ServiceError;
use crate::lang::Lang;
use crate::tokens;

/// A project's status once it stands on the ballot.
pub const ON_BALLOT: &str = "ballot";
/// The most codes one batch may hold (a school's classes, a library's counter).
pub const MAX_BATCH: usize = 2000;

/// A new budget, as an editor writes it.
#[derive(Debug, Clone)]
pub struct NewBudget {
    pub slug: String,
    pub total_sek: i64,
    pub method: Method,
    pub rule: Rule,
    /// The area it covers; `None` for the whole district.
    pub area: Option<HomeArea>,
    pub dates: Dates,
    pub decided_by: String,
    pub diarienummer: String,
    pub published: bool,
    /// Per language: title, summary, eligibility in words.
    pub texts: Vec<(Lang, String, String, String)>,
}

/// Creates a budget with a fresh ballot key, audited.
///
/// # Errors
/// A database failure (a slug already taken among them).
pub async fn create(
    db: &DatabaseConnection,
    editor: &Grant<cap::EditDialogues>,
    new: NewBudget,
) -> Result<budget::Model, ServiceError> {
    let txn = db.begin().await?;
    let saved = insert(&txn, editor, new).await?;
    txn.commit().await?;
    Ok(saved)
}

/// Writes a new budget and its texts with a fresh ballot key and the audit entry, in the
/// caller's transaction (the editor adds its first version in the same one).
pub(super) async fn insert(
    txn: &DatabaseTransaction,
    editor: &Grant<cap::EditDialogues>,
    new: NewBudget,
) -> Result<budget::Model, ServiceError> {
    let (method, max) = new.method.stored();
    let saved = budget::ActiveModel {
        slug: Set(new.slug),
        total_sek: Set(new.total_sek),
        method: Set(method.to_string()),
        max_choices: Set(max),
        rule: Set(new.rule.code().to_string()),
        area: Set(new.area.map(|a| a.code().to_string())),
        ideas_opens: Set(new.dates.ideas_opens),
        ideas_closes: Set(new.dates.ideas_closes),
        voting_opens: Set(new.dates.voting_opens),
        voting_closes: Set(new.dates.voting_closes),
        decided_by: Set(new.decided_by),
        diarienummer: Set(new.diarienummer),
        published: Set(new.published),
        ballot_key: Set(Some(tokens::random_token())),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    for (lang, title, summary, eligibility) in new.texts {
        budget_text::ActiveModel {
            budget_id: Set(saved.id),
            lang: Set(lang.code().to_string()),
            title: Set(title),
            summary: Set(summary),
            eligibility: Set(eligibility),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    record(
        txn,
        Some(editor.id),
        AuditAction::BudgetCreate,
        &format!("budget:{}", saved.id),
        None,
    )
    .await?;
    Ok(saved)
}

/// Puts a reviewed project on budget `budget_id`'s ballot with its cost, area and texts (per
/// language: title, description). Returns its id.
///
/// # Errors
/// [`ServiceError::WrongState`] once voting has begun (the ballot is fixed); a database
/// failure.
pub async fn put_on_ballot(
    db: &DatabaseConnection,
    editor: &Grant<cap::EditDialogues>,
    budget_id: i32,
    cost_sek: i64,
    area: Option<HomeArea>,
    texts: Vec<(Lang, String, String)>,
    today: chrono::NaiveDate,
) -> Result<i32, ServiceError> {
    let b = budget::Entity::find_by_id(budget_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if phase(&b, today) >= Phase::Voting {
        return Err(ServiceError::WrongState);
    }
    let txn = db.begin().await?;
    let project = budget_project::ActiveModel {
        budget_id: Set(budget_id),
        status: Set(ON_BALLOT.to_string()),
        area: Set(area.map(|a| a.code().to_string())),
        estimate_sek: Set(Some(cost_sek)),
        cost_sek: Set(Some(cost_sek)),
        lang: Set(Lang::Sv.code().to_string()),
        channel: Set("staff".to_string()),
        won: Set(false),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    for (lang, title, description) in texts {
        budget_project_text::ActiveModel {
            project_id: Set(project.id),
            lang: Set(lang.code().to_string()),
            title: Set(title),
            description: Set(description),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    record(
        &txn,
        Some(editor.id),
        AuditAction::BudgetProject,
        &format!("budget:{budget_id}:project:{}", project.id),
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(project.id)
}

/// Issues `count` printed voting codes for budget `budget_id` (for a school, a library, a
/// meeting: `purpose`), drawn from the operating system's random source, and logs the batch
/// with who issued it. A batch for a `class_session` gives credentials of kind `class`, which
/// the figures count apart. The codes are returned once, to be printed; only their hashes are kept.
///
/// # Errors
/// [`ServiceError::Invalid`] for a count outside 1..=[`MAX_BATCH`];
/// [`ServiceError::WrongState`] once the result is certified (the key is gone); a database
/// failure.
pub async fn issue_codes(
    db: &DatabaseConnection,
    editor: &Grant<cap::EditDialogues>,
    budget_id: i32,
    count: usize,
    purpose: &str,
    class_session: bool,
) -> Result<Vec<String>, ServiceError> {
    if count == 0 || count > MAX_BATCH {
        return Err(ServiceError::Invalid(Vec::new()));
    }
    let b = budget::Entity::find_by_id(budget_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let key = b.ballot_key.ok_or(ServiceError::WrongState)?;
    let codes: Vec<String> = (0..count).map(|_| new_code()).collect();
    let kind = if class_session {
        super::credentials::CLASS
    } else {
        super::credentials::PRINTED
    };
    let txn = db.begin().await?;
    let batch = budget_code_batch::ActiveModel {
        budget_id: Set(budget_id),
        issued_by: Set(editor.id),
        issued_at: Set(chrono::Utc::now()),
        count: Set(i32::try_from(count).unwrap_or(i32::MAX)),
        purpose: Set(purpose.chars().take(200).collect()),
        class_session: Set(class_session),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    for chunk in codes.chunks(500) {
        budget_credential::Entity::insert_many(chunk.iter().map(|code| {
            budget_credential::ActiveModel {
                budget_id: Set(budget_id),
                batch_id: Set(Some(batch.id)),
                code_hash: Set(code_hash(&key, code)),
                kind: Set(kind.to_string()),
                ..Default::default()
            }
        }))
        .exec(&txn)
        .await?;
    }
    record(
        &txn,
        Some(editor.id),
        AuditAction::BudgetCodes,
        &format!("budget:{budget_id}:batch:{}", batch.id),
        Some(&count.to_string()),
    )
    .await?;
    txn.commit().await?;
    Ok(codes)
}

/// One ballot, as a form or a staff member sends it.
#[derive(Debug, Clone)]
pub struct Cast<'a> {
    pub code: &'a str,
    pub chosen: &'a [i32],
    /// Web or paper; a web ballot from a station's device becomes the station's.
    pub channel: BallotChannel,
    pub age: Option<AgeGroup>,
    pub area: Option<HomeArea>,
    /// The token of the voting station the ballot was cast at (its device's cookie), if any.
    pub station: Option<&'a str>,
    /// Sent from the children's ballot, which offers fewer choices.
    pub children: bool,
}

/// Stores a ballot of published budget `slug` and returns its receipt number. The code is
/// spent and the ballot stored in one transaction that writes first, so of two ballots sent
/// with one code at once exactly one is stored, on both databases.
///
/// # Errors
/// [`ServiceError::NotFound`] for no such published budget; [`ServiceError::NotOpen`] outside
/// the voting phase; [`ServiceError::Ballot`] for a ballot that cannot be counted;
/// [`ServiceError::StationClosed`] from a station's device after it was closed;
/// [`ServiceError::CodeUnknown`]; [`ServiceError::CodeUsed`]; a database failure.
pub async fn cast(
    db: &DatabaseConnection,
    slug: &str,
    ballot: Cast<'_>,
    today: chrono::NaiveDate,
) -> Result<String, ServiceError> {
    let b = published(db, slug).await?;
    if phase(&b, today) != Phase::Voting {
        return Err(ServiceError::NotOpen);
    }
    let method = method_of(&b)?;
    let method = if ballot.children {
        super::children::choices(method)
    } else {
        method
    };
    let channel = match (ballot.channel, ballot.station) {
        (BallotChannel::Web, Some(token)) => super::stations::station_for(db, &b, token)
            .await?
            .map_or(BallotChannel::Web, BallotChannel::Station),
        (channel, _) => channel,
    };
    let candidates = on_ballot(db, b.id).await?;
    let lines = ballot::check(method, b.total_sek, &candidates, ballot.chosen)
        .map_err(ServiceError::Ballot)?;
    let key = b.ballot_key.clone().ok_or(ServiceError::NotOpen)?;
    let txn = db.begin().await?;
    // Without a code, where the budget allows open voting: a credential of its own.
    let hash = if ballot.code.trim().is_empty() && b.open_voting && channel != BallotChannel::Paper
    {
        super::credentials::open_credential(&txn, &b, &key).await?
    } else {
        code_hash(&key, ballot.code)
    };
    let stored = store(
        &txn,
        b.id,
        &hash,
        channel,
        (ballot.age, ballot.area),
        &lines,
    )
    .await?;
    txn.commit().await?;
    Ok(stored.1)
}

/// Spends code `hash` of budget `budget_id` and stores its ballot with `lines`, inside `txn`.
/// Returns the ballot's id and receipt. The write comes first: it takes the write lock
/// (SQLite) or the row lock (PostgreSQL) before anything is read, so the second of two at once
/// finds the code spent.
///
/// # Errors
/// [`ServiceError::CodeUnknown`]; [`ServiceError::CodeUsed`]; a database failure.
pub(super) async fn store(
    txn: &DatabaseTransaction,
    budget_id: i32,
    hash: &str,
    channel: BallotChannel,
    (age, area): (Option<AgeGroup>, Option<HomeArea>),
    lines: &[i32],
) -> Result<(i32, String), ServiceError> {
    let spent = budget_credential::Entity::update_many()
        .col_expr(
            budget_credential::Column::UsedAt,
            Expr::value(chrono::Utc::now()),
        )
        .col_expr(
            budget_credential::Column::UsedChannel,
            Expr::value(channel.code()),
        )
        .filter(budget_credential::Column::BudgetId.eq(budget_id))
        .filter(budget_credential::Column::CodeHash.eq(hash))
        .filter(budget_credential::Column::UsedAt.is_null())
        .exec(txn)
        .await?;
    let credential = budget_credential::Entity::find()
        .filter(budget_credential::Column::BudgetId.eq(budget_id))
        .filter(budget_credential::Column::CodeHash.eq(hash))
        .one(txn)
        .await?
        .ok_or(ServiceError::CodeUnknown)?;
    if spent.rows_affected != 1 {
        return Err(ServiceError::CodeUsed);
    }
    let receipt = tokens::readable_code("MB-", 2, 4);
    let stored = budget_ballot::ActiveModel {
        budget_id: Set(budget_id),
        receipt: Set(receipt.clone()),
        credential_id: Set(Some(credential.id)),
        channel: Set(channel.code().to_string()),
        station_id: Set(channel.station()),
        age_group: Set(age.map(|a| a.code().to_string())),
        area: Set(area.map(|a| a.code().to_string())),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(txn)
    .await;
    let stored = match stored {
        Ok(stored) => stored,
        Err(err) if matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            return Err(ServiceError::CodeUsed)
        }
        Err(err) => return Err(err.into()),
    };
    budget_ballot_line::Entity::insert_many(lines.iter().map(|project_id| {
        budget_ballot_line::ActiveModel {
            ballot_id: Set(stored.id),
            project_id: Set(*project_id),
        }
    }))
    .exec_without_returning(txn)
    .await?;
    Ok((stored.id, receipt))
}

/// A certified result: the digest of the ballots it was counted from and the winners.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Certificate {
    pub digest: String,
    pub winners: Vec<i32>,
    pub ballots: usize,
}

/// Counts budget `budget_id` once voting is over, under its rule, and certifies the result in
/// the administrator's name with the SHA-256 of the canonical Pabulib export it was counted
/// from. The ballot key is destroyed in the same transaction: no code can vote afterwards.
///
/// # Errors
/// [`ServiceError::WrongState`] before voting closes or when already certified; a database
/// failure.
pub async fn certify(
    db: &DatabaseConnection,
    letters: &crate::mail::Letters<'_>,
    admin: &Grant<cap::ManageAccounts>,
    budget_id: i32,
    today: chrono::NaiveDate,
) -> Result<Certificate, ServiceError> {
    let b = budget::Entity::find_by_id(budget_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if phase(&b, today) != Phase::Counting {
        return Err(ServiceError::WrongState);
    }
    let mut export = export_of(db, &b).await?;
    let (winners, digest) = export.count();
    let txn = db.begin().await?;
    let certified = budget::Entity::update_many()
        .col_expr(budget::Column::CertifiedAt, Expr::value(chrono::Utc::now()))
        .col_expr(budget::Column::CertifiedBy, Expr::value(admin.id))
        .col_expr(
            budget::Column::CertifiedDigest,
            Expr::value(digest.as_str()),
        )
        .col_expr(
            budget::Column::BallotKey,
            Expr::value(Option::<String>::None),
        )
        .filter(budget::Column::Id.eq(budget_id))
        .filter(budget::Column::CertifiedAt.is_null())
        .exec(&txn)
        .await?;
    if certified.rows_affected != 1 {
        return Err(ServiceError::WrongState);
    }
    // The decision is made: the proposers who asked are told how it went, then their
    // contacts are not needed any more.
    let votes = super::count::votes(&export.candidates(), &export.ballots);
    super::proposals::mail_outcomes(&txn, letters, &b, &winners, &votes).await?;
    super::follow::mail_result(&txn, letters, &b, &winners, &votes).await?;
    super::proposals::erase_contacts(&txn, budget_id).await?;
    budget_project::Entity::update_many()
        .col_expr(budget_project::Column::Won, Expr::value(true))
        .filter(budget_project::Column::Id.is_in(winners.clone()))
        .exec(&txn)
        .await?;
    record(
        &txn,
        Some(admin.id),
        AuditAction::BudgetCertify,
        &format!("budget:{budget_id}"),
        Some(&digest),
    )
    .await?;
    txn.commit().await?;
    Ok(Certificate {
        digest,
        winners,
        ballots: export.ballots.len(),
    })
}

/// A voting code: ten letters (about 49 bits), printed as two groups of five.
pub(super) fn new_code() -> String {
    tokens::readable_code("", 2, 5)
}

/// What is stored of a code: the SHA-256 of the budget's key and the code as typed, read
/// without case, spaces or dashes.
pub fn code_hash(key: &str, code: &str) -> String {
    let normal: String = code
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    tokens::sha256_hex(format!("{key}:{normal}").as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_reads_the_same_typed_in_any_case_with_or_without_its_dash() {
        let code = new_code();
        assert_eq!(code.len(), 11);
        assert_eq!(
            code_hash("k", &code),
            code_hash("k", &code.to_lowercase().replace('-', " "))
        );
        assert_ne!(code_hash("k", &code), code_hash("other key", &code));
        assert_ne!(new_code(), new_code());
    }
}
