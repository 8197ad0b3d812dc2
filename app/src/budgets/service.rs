//! Citizen budgets on the database: a budget and its projects on the ballot, printed voting
//! codes, ballots (one counted per code, whatever runs at once), and the certified result.
//!
//! A voting code is stored only as the SHA-256 of the budget's ballot key and the code, so the
//! table alone does not say which codes exist; the key is destroyed when the result is
//! certified, after which no code can vote or be tied to anything. No count of votes leaves
//! this module before the result is certified ([`tally`] answers `NotFound` until then).

use rand::{Rng, TryRngCore};
use sea_orm::{
    sea_query::Expr, ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter, QueryOrder, Set, SqlErr, TransactionTrait,
};
use sha2::{Digest, Sha256};

use super::ballot;
use super::count::{self, Candidate, Rule};
use super::pabulib::{self, Listed, Meta};
use super::{Dates, Method, Phase};
use crate::access::{cap, Grant};
use crate::audit::{service::record, AuditAction};
use crate::db::entities::{
    budget, budget_ballot, budget_ballot_line, budget_code_batch, budget_credential,
    budget_project, budget_project_text, budget_text,
};
use crate::domain::{AgeGroup, Channel, HomeArea};
use crate::error::ServiceError;
use crate::lang::Lang;

/// A project's status once it stands on the ballot.
pub const ON_BALLOT: &str = "ballot";
/// The most codes one batch may hold (a school's classes, a library's counter).
pub const MAX_BATCH: usize = 2000;
/// The letters of codes and receipts: no 0/O, 1/I/L, so a code read aloud or typed from paper
/// is not mistaken.
const ALPHABET: &[u8; 31] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

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
    let (max, method) = match new.method {
        Method::Approval { max } => (Some(i32::try_from(max).unwrap_or(i32::MAX)), "approval"),
        Method::Knapsack => (None, "knapsack"),
    };
    let txn = db.begin().await?;
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
        ballot_key: Set(Some(random_key())),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
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
        .insert(&txn)
        .await?;
    }
    record(
        &txn,
        Some(editor.id),
        AuditAction::BudgetCreate,
        &format!("budget:{}", saved.id),
        None,
    )
    .await?;
    txn.commit().await?;
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
/// with who issued it. The codes are returned once, to be printed; only their hashes are kept.
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
    let txn = db.begin().await?;
    let batch = budget_code_batch::ActiveModel {
        budget_id: Set(budget_id),
        issued_by: Set(editor.id),
        issued_at: Set(chrono::Utc::now()),
        count: Set(i32::try_from(count).unwrap_or(i32::MAX)),
        purpose: Set(purpose.chars().take(200).collect()),
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
    pub channel: Channel,
    pub age: Option<AgeGroup>,
    pub area: Option<HomeArea>,
}

/// Stores a ballot of published budget `slug` and returns its receipt number. The code is
/// spent and the ballot stored in one transaction that writes first, so of two ballots sent
/// with one code at once exactly one is stored, on both databases.
///
/// # Errors
/// [`ServiceError::NotFound`] for no such published budget; [`ServiceError::NotOpen`] outside
/// the voting phase; [`ServiceError::Ballot`] for a ballot that cannot be counted;
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
    let candidates = on_ballot(db, b.id).await?;
    let lines = ballot::check(method, b.total_sek, &candidates, ballot.chosen)
        .map_err(ServiceError::Ballot)?;
    let key = b.ballot_key.clone().ok_or(ServiceError::NotOpen)?;
    let hash = code_hash(&key, ballot.code);
    let txn = db.begin().await?;
    // The write comes first: it takes the write lock (SQLite) or the row lock (PostgreSQL)
    // before anything is read, so the second of two at once finds the code spent.
    let spent = budget_credential::Entity::update_many()
        .col_expr(
            budget_credential::Column::UsedAt,
            Expr::value(chrono::Utc::now()),
        )
        .col_expr(
            budget_credential::Column::UsedChannel,
            Expr::value(ballot.channel.code()),
        )
        .filter(budget_credential::Column::BudgetId.eq(b.id))
        .filter(budget_credential::Column::CodeHash.eq(hash.as_str()))
        .filter(budget_credential::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    if spent.rows_affected != 1 {
        drop(txn);
        let known = budget_credential::Entity::find()
            .filter(budget_credential::Column::BudgetId.eq(b.id))
            .filter(budget_credential::Column::CodeHash.eq(hash.as_str()))
            .one(db)
            .await?
            .is_some();
        return Err(if known {
            ServiceError::CodeUsed
        } else {
            ServiceError::CodeUnknown
        });
    }
    let credential = budget_credential::Entity::find()
        .filter(budget_credential::Column::BudgetId.eq(b.id))
        .filter(budget_credential::Column::CodeHash.eq(hash.as_str()))
        .one(&txn)
        .await?
        .ok_or(ServiceError::CodeUnknown)?;
    let receipt = new_receipt();
    let stored = budget_ballot::ActiveModel {
        budget_id: Set(b.id),
        receipt: Set(receipt.clone()),
        credential_id: Set(Some(credential.id)),
        channel: Set(ballot.channel.code().to_string()),
        age_group: Set(ballot.age.map(|a| a.code().to_string())),
        area: Set(ballot.area.map(|a| a.code().to_string())),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await;
    let stored = match stored {
        Ok(stored) => stored,
        Err(err) if matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            return Err(ServiceError::CodeUsed)
        }
        Err(err) => return Err(err.into()),
    };
    budget_ballot_line::Entity::insert_many(lines.into_iter().map(|project_id| {
        budget_ballot_line::ActiveModel {
            ballot_id: Set(stored.id),
            project_id: Set(project_id),
        }
    }))
    .exec_without_returning(&txn)
    .await?;
    txn.commit().await?;
    Ok(receipt)
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
    let (file, candidates, ballots) = export_with(db, &b).await?;
    let rule = Rule::from_code(&b.rule).unwrap_or(Rule::Greedy);
    let winners = count::winners(rule, b.total_sek, &candidates, &ballots);
    let digest = pabulib::digest(&file);
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
        ballots: ballots.len(),
    })
}

/// The votes of a budget's projects, once its result is certified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    /// Per project on the ballot: its id, votes, and whether it won.
    pub projects: Vec<(i32, u64, bool)>,
    pub ballots: u64,
    pub digest: String,
}

/// The count of published budget `slug`: only in the result phase.
///
/// # Errors
/// [`ServiceError::NotFound`] for no such budget, and before the result is certified; a
/// database failure.
pub async fn tally(db: &DatabaseConnection, slug: &str) -> Result<Tally, ServiceError> {
    let b = published(db, slug).await?;
    let digest = b.certified_digest.clone().ok_or(ServiceError::NotFound)?;
    let (_, candidates, ballots) = export_with(db, &b).await?;
    let votes = count::votes(&candidates, &ballots);
    let won = budget_project::Entity::find()
        .filter(budget_project::Column::BudgetId.eq(b.id))
        .filter(budget_project::Column::Won.eq(true))
        .all(db)
        .await?;
    Ok(Tally {
        projects: candidates
            .iter()
            .map(|c| {
                (
                    c.id,
                    votes.get(&c.id).copied().unwrap_or(0),
                    won.iter().any(|w| w.id == c.id),
                )
            })
            .collect(),
        ballots: u64::try_from(ballots.len()).unwrap_or(u64::MAX),
        digest,
    })
}

/// A project as the residents' page shows it, in the page's language where it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectView {
    pub id: i32,
    /// The language its texts are in (Swedish when the page's is missing).
    pub lang: Lang,
    pub title: String,
    pub description: String,
    pub cost_sek: i64,
    pub area: Option<HomeArea>,
}

/// A budget as the residents' page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BudgetView {
    pub slug: String,
    pub lang: Lang,
    pub title: String,
    pub summary: String,
    pub eligibility: String,
    pub total_sek: i64,
    pub method: Method,
    pub phase: Phase,
    pub dates: Dates,
    pub decided_by: String,
    pub diarienummer: String,
    pub projects: Vec<ProjectView>,
    /// Only in the result phase.
    pub tally: Option<Tally>,
}

/// The published budgets, newest first, each with its title in `lang` (or Swedish) and phase.
///
/// # Errors
/// A database failure.
pub async fn list(
    db: &DatabaseConnection,
    lang: Lang,
    today: chrono::NaiveDate,
) -> Result<Vec<(String, Lang, String, Phase)>, ServiceError> {
    let budgets = budget::Entity::find()
        .filter(budget::Column::Published.eq(true))
        .order_by_desc(budget::Column::VotingOpens)
        .all(db)
        .await?;
    let texts = budget_text::Entity::find()
        .filter(budget_text::Column::BudgetId.is_in(budgets.iter().map(|b| b.id)))
        .all(db)
        .await?;
    Ok(budgets
        .iter()
        .map(|b| {
            let (text_lang, title) = in_lang(&texts, b.id, lang, |t| (t.budget_id, &t.lang))
                .map(|t| {
                    (
                        Lang::from_code(&t.lang).unwrap_or_default(),
                        t.title.clone(),
                    )
                })
                .unwrap_or_default();
            (b.slug.clone(), text_lang, title, phase(b, today))
        })
        .collect())
}

/// Published budget `slug` as the residents' page shows it in `lang`.
///
/// # Errors
/// [`ServiceError::NotFound`]; a database failure.
pub async fn view(
    db: &DatabaseConnection,
    slug: &str,
    lang: Lang,
    today: chrono::NaiveDate,
) -> Result<BudgetView, ServiceError> {
    let b = published(db, slug).await?;
    let texts = budget_text::Entity::find()
        .filter(budget_text::Column::BudgetId.eq(b.id))
        .all(db)
        .await?;
    let text =
        in_lang(&texts, b.id, lang, |t| (t.budget_id, &t.lang)).ok_or(ServiceError::NotFound)?;
    let projects = budget_project::Entity::find()
        .filter(budget_project::Column::BudgetId.eq(b.id))
        .filter(budget_project::Column::Status.eq(ON_BALLOT))
        .order_by_asc(budget_project::Column::Id)
        .all(db)
        .await?;
    let project_texts = budget_project_text::Entity::find()
        .filter(budget_project_text::Column::ProjectId.is_in(projects.iter().map(|p| p.id)))
        .all(db)
        .await?;
    let phase = phase(&b, today);
    let tally = if phase == Phase::Result {
        Some(tally(db, slug).await?)
    } else {
        None
    };
    Ok(BudgetView {
        slug: b.slug.clone(),
        lang: Lang::from_code(&text.lang).unwrap_or_default(),
        title: text.title.clone(),
        summary: text.summary.clone(),
        eligibility: text.eligibility.clone(),
        total_sek: b.total_sek,
        method: method_of(&b)?,
        phase,
        dates: Dates {
            ideas_opens: b.ideas_opens,
            ideas_closes: b.ideas_closes,
            voting_opens: b.voting_opens,
            voting_closes: b.voting_closes,
        },
        decided_by: b.decided_by.clone(),
        diarienummer: b.diarienummer.clone(),
        projects: projects
            .iter()
            .map(|p| {
                let t = in_lang(&project_texts, p.id, lang, |t| (t.project_id, &t.lang));
                ProjectView {
                    id: p.id,
                    lang: t.and_then(|t| Lang::from_code(&t.lang)).unwrap_or_default(),
                    title: t.map(|t| t.title.clone()).unwrap_or_default(),
                    description: t.map(|t| t.description.clone()).unwrap_or_default(),
                    cost_sek: p.cost_sek.unwrap_or(0),
                    area: p.area.as_deref().and_then(HomeArea::from_code),
                }
            })
            .collect(),
        tally,
    })
}

/// Of `rows` (texts of several owners in several languages), owner `owner`'s in `lang`, or
/// else in Swedish.
fn in_lang<T>(
    rows: &[T],
    owner: i32,
    lang: Lang,
    key: impl Fn(&T) -> (i32, &String),
) -> Option<&T> {
    let find = |code: &str| {
        rows.iter().find(|r| {
            let (o, l) = key(r);
            o == owner && l == code
        })
    };
    find(lang.code()).or_else(|| find(Lang::Sv.code()))
}

/// The canonical Pabulib export of published budget `slug`'s ballots, once its result is
/// certified: the very bytes whose SHA-256 the certificate names (open data from then on).
///
/// # Errors
/// [`ServiceError::NotFound`] for no such budget, and before the result is certified; a
/// database failure.
pub async fn certified_export(db: &DatabaseConnection, slug: &str) -> Result<String, ServiceError> {
    let b = published(db, slug).await?;
    if b.certified_digest.is_none() {
        return Err(ServiceError::NotFound);
    }
    Ok(export_with(db, &b).await?.0)
}

/// Published budget `slug`'s id and Swedish title, for the staff's pages.
///
/// # Errors
/// [`ServiceError::NotFound`]; a database failure.
pub async fn staff_find(
    db: &DatabaseConnection,
    slug: &str,
) -> Result<(i32, String), ServiceError> {
    let b = budget::Entity::find()
        .filter(budget::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let title = budget_text::Entity::find()
        .filter(budget_text::Column::BudgetId.eq(b.id))
        .filter(budget_text::Column::Lang.eq(Lang::Sv.code()))
        .one(db)
        .await?
        .map(|t| t.title)
        .unwrap_or_default();
    Ok((b.id, title))
}

/// A sum of kronor grouped by thousands with no-break spaces, as Swedish and Finnish write it.
pub fn kronor(amount: i64) -> String {
    let digits = amount.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    if amount < 0 {
        out.insert(0, '-');
    }
    out
}

/// The canonical Pabulib export of budget `b`'s ballots, with the projects and ballots it
/// lists (ballots in the order they were stored).
async fn export_with(
    db: &DatabaseConnection,
    b: &budget::Model,
) -> Result<(String, Vec<Candidate>, Vec<Vec<i32>>), ServiceError> {
    let projects = budget_project::Entity::find()
        .filter(budget_project::Column::BudgetId.eq(b.id))
        .filter(budget_project::Column::Status.eq(ON_BALLOT))
        .order_by_asc(budget_project::Column::Id)
        .all(db)
        .await?;
    let titles = budget_project_text::Entity::find()
        .filter(budget_project_text::Column::ProjectId.is_in(projects.iter().map(|p| p.id)))
        .filter(budget_project_text::Column::Lang.eq(Lang::Sv.code()))
        .all(db)
        .await?;
    let ballots = ballots_of(db, b.id).await?;
    let listed: Vec<Listed> = projects
        .iter()
        .map(|p| Listed {
            candidate: Candidate {
                id: p.id,
                cost: p.cost_sek.unwrap_or(0),
            },
            name: titles
                .iter()
                .find(|t| t.project_id == p.id)
                .map(|t| t.title.clone())
                .unwrap_or_default(),
            selected: p.won,
        })
        .collect();
    let title = budget_text::Entity::find()
        .filter(budget_text::Column::BudgetId.eq(b.id))
        .filter(budget_text::Column::Lang.eq(Lang::Sv.code()))
        .one(db)
        .await?
        .map(|t| t.title)
        .unwrap_or_default();
    let meta = Meta {
        slug: b.slug.clone(),
        title,
        total: b.total_sek,
        method: method_of(b)?,
        rule: Rule::from_code(&b.rule).unwrap_or(Rule::Greedy),
        opened: b.voting_opens,
        closed: b.voting_closes,
    };
    let file = pabulib::export(&meta, &listed, &ballots);
    Ok((file, listed.iter().map(|l| l.candidate).collect(), ballots))
}

/// Every ballot of budget `budget_id` with its lines, in the order stored: two queries.
async fn ballots_of<C: ConnectionTrait>(
    db: &C,
    budget_id: i32,
) -> Result<Vec<Vec<i32>>, ServiceError> {
    let ballots = budget_ballot::Entity::find()
        .filter(budget_ballot::Column::BudgetId.eq(budget_id))
        .order_by_asc(budget_ballot::Column::Id)
        .all(db)
        .await?;
    let lines = budget_ballot_line::Entity::find()
        .filter(
            budget_ballot_line::Column::BallotId.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(budget_ballot::Column::Id)
                    .from(budget_ballot::Entity)
                    .and_where(budget_ballot::Column::BudgetId.eq(budget_id))
                    .to_owned(),
            ),
        )
        .all(db)
        .await?;
    let mut by_ballot: std::collections::HashMap<i32, Vec<i32>> = Default::default();
    for line in lines {
        by_ballot
            .entry(line.ballot_id)
            .or_default()
            .push(line.project_id);
    }
    Ok(ballots
        .iter()
        .map(|b| by_ballot.remove(&b.id).unwrap_or_default())
        .collect())
}

/// The projects on budget `budget_id`'s ballot, with their costs.
async fn on_ballot(
    db: &DatabaseConnection,
    budget_id: i32,
) -> Result<Vec<Candidate>, ServiceError> {
    Ok(budget_project::Entity::find()
        .filter(budget_project::Column::BudgetId.eq(budget_id))
        .filter(budget_project::Column::Status.eq(ON_BALLOT))
        .all(db)
        .await?
        .into_iter()
        .map(|p| Candidate {
            id: p.id,
            cost: p.cost_sek.unwrap_or(0),
        })
        .collect())
}

async fn published(db: &DatabaseConnection, slug: &str) -> Result<budget::Model, ServiceError> {
    budget::Entity::find()
        .filter(budget::Column::Slug.eq(slug))
        .filter(budget::Column::Published.eq(true))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

fn method_of(b: &budget::Model) -> Result<Method, ServiceError> {
    Method::from_stored(&b.method, b.max_choices)
        .ok_or_else(|| ServiceError::Internal(format!("budget {}: bad method", b.id)))
}

/// Where budget `b` stands on `today`.
pub fn phase(b: &budget::Model, today: chrono::NaiveDate) -> Phase {
    Dates {
        ideas_opens: b.ideas_opens,
        ideas_closes: b.ideas_closes,
        voting_opens: b.voting_opens,
        voting_closes: b.voting_closes,
    }
    .phase(today, b.certified_at.is_some())
}

/// A fresh ballot key: 32 bytes from the operating system's random source, in hex.
pub(crate) fn random_key() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.unwrap_err().fill(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A voting code: ten letters from [`ALPHABET`] (about 49 bits), printed as two groups of five.
fn new_code() -> String {
    let mut rng = rand::rngs::OsRng.unwrap_err();
    let mut pick = || char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]);
    let a: String = (0..5).map(|_| pick()).collect();
    let b: String = (0..5).map(|_| pick()).collect();
    format!("{a}-{b}")
}

/// A ballot's receipt number.
fn new_receipt() -> String {
    let mut rng = rand::rng();
    let mut pick = || char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]);
    let a: String = (0..4).map(|_| pick()).collect();
    let b: String = (0..4).map(|_| pick()).collect();
    format!("MB-{a}-{b}")
}

/// What is stored of a code: the SHA-256 of the budget's key and the code as typed, read
/// without case, spaces or dashes.
pub fn code_hash(key: &str, code: &str) -> String {
    let normal: String = code
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    Sha256::digest(format!("{key}:{normal}").as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_are_grouped_by_thousands() {
        assert_eq!(kronor(100_000), "100\u{a0}000");
        assert_eq!(kronor(1_250_000), "1\u{a0}250\u{a0}000");
        assert_eq!(kronor(950), "950");
    }

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
