//! Paper ballots, entered by staff twice, by two different people. A paper ballot counts only
//! when a second person's entry agrees with an earlier one (the same projects and the same
//! optional facts); then its code is spent exactly as a web vote spends it, so a code used on
//! paper cannot vote on the web, and the reverse. Every entry is kept with who made it.

use sea_orm::{
    sea_query::Expr, ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set, SqlErr, TransactionTrait,
};

use super::ballot;
use super::read::{method_of, on_ballot, phase, published};
use super::service::{code_hash, store};
use super::Phase;
use crate::access::{cap, Grant};
use crate::db::entities::{budget_credential, budget_paper_entry};
use crate::domain::{AgeGroup, HomeArea};
use crate::error::ServiceError;

/// A paper ballot as one staff member reads it off the sheet.
#[derive(Debug, Clone)]
pub struct PaperBallot<'a> {
    pub code: &'a str,
    pub chosen: &'a [i32],
    pub age: Option<AgeGroup>,
    pub area: Option<HomeArea>,
}

/// What an entry led to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entered {
    /// The first entry of this sheet: it waits for a second person.
    First,
    /// A second person's entry agreed: the ballot is counted, with this receipt.
    Counted(String),
    /// Another person entered this sheet differently: nothing counts until an entry agrees
    /// with one already made (a third person reads the sheet).
    Disagree,
}

/// Enters a paper ballot of published budget `slug` in `clerk`'s name, while voting is open or
/// until the result is certified (sheets arrive after the last day).
///
/// # Errors
/// [`ServiceError::NotFound`]; [`ServiceError::NotOpen`] before voting or once certified;
/// [`ServiceError::Ballot`] for a sheet that cannot be counted; [`ServiceError::CodeUnknown`];
/// [`ServiceError::CodeUsed`] (voted already, on paper or the web);
/// [`ServiceError::SamePerson`] when `clerk` entered this sheet before; a database failure.
pub async fn enter(
    db: &DatabaseConnection,
    clerk: &Grant<cap::EnterViews>,
    slug: &str,
    sheet: PaperBallot<'_>,
    today: chrono::NaiveDate,
) -> Result<Entered, ServiceError> {
    let b = published(db, slug).await?;
    if !matches!(phase(&b, today), Phase::Voting | Phase::Counting) {
        return Err(ServiceError::NotOpen);
    }
    let candidates = on_ballot(db, b.id).await?;
    let lines = ballot::check(method_of(&b)?, b.total_sek, &candidates, sheet.chosen)
        .map_err(ServiceError::Ballot)?;
    let key = b.ballot_key.clone().ok_or(ServiceError::NotOpen)?;
    let hash = code_hash(&key, sheet.code);
    let written = lines_text(&lines);
    let (age, area) = (
        sheet.age.map(|a| a.code().to_string()),
        sheet.area.map(|a| a.code().to_string()),
    );
    let txn = db.begin().await?;
    // The entry is written first: it takes the write lock before the others are read.
    let mine = budget_paper_entry::ActiveModel {
        budget_id: Set(b.id),
        code_hash: Set(hash.clone()),
        entered_by: Set(clerk.id),
        lines: Set(written.clone()),
        age_group: Set(age.clone()),
        area: Set(area.clone()),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await;
    let mine = match mine {
        Ok(mine) => mine,
        Err(err) if matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            return Err(ServiceError::SamePerson)
        }
        Err(err) => return Err(err.into()),
    };
    // Read after the entry is written, under its lock: a sheet counted a moment ago, or a
    // code that voted on the web, is refused rather than waiting for an entry that cannot count.
    let credential = budget_credential::Entity::find()
        .filter(budget_credential::Column::BudgetId.eq(b.id))
        .filter(budget_credential::Column::CodeHash.eq(hash.as_str()))
        .one(&txn)
        .await?
        .ok_or(ServiceError::CodeUnknown)?;
    if credential.used_at.is_some() {
        return Err(ServiceError::CodeUsed);
    }
    let others = budget_paper_entry::Entity::find()
        .filter(budget_paper_entry::Column::BudgetId.eq(b.id))
        .filter(budget_paper_entry::Column::CodeHash.eq(hash.as_str()))
        .filter(budget_paper_entry::Column::EnteredBy.ne(clerk.id))
        .filter(budget_paper_entry::Column::BallotId.is_null())
        .all(&txn)
        .await?;
    if others.is_empty() {
        txn.commit().await?;
        return Ok(Entered::First);
    }
    let Some(agreeing) = others
        .iter()
        .find(|o| o.lines == written && o.age_group == age && o.area == area)
    else {
        txn.commit().await?;
        return Ok(Entered::Disagree);
    };
    let (ballot_id, receipt) = store(
        &txn,
        b.id,
        &hash,
        super::BallotChannel::Paper,
        (sheet.age, sheet.area),
        &lines,
    )
    .await?;
    budget_paper_entry::Entity::update_many()
        .col_expr(budget_paper_entry::Column::BallotId, Expr::value(ballot_id))
        .filter(budget_paper_entry::Column::Id.is_in([mine.id, agreeing.id]))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(Entered::Counted(receipt))
}

/// Budget `budget_id`'s sheets that can still count: how many wait for a second entry, and
/// how many have entries that disagree. (An entry left over once its code has voted, a
/// disagreeing one, is not waiting for anything.)
///
/// # Errors
/// A database failure.
pub async fn waiting(
    db: &DatabaseConnection,
    budget_id: i32,
) -> Result<(usize, usize), ServiceError> {
    let open = budget_paper_entry::Entity::find()
        .filter(budget_paper_entry::Column::BudgetId.eq(budget_id))
        .filter(budget_paper_entry::Column::BallotId.is_null())
        .all(db)
        .await?;
    let spent: std::collections::HashSet<String> = budget_credential::Entity::find()
        .filter(budget_credential::Column::BudgetId.eq(budget_id))
        .filter(budget_credential::Column::UsedAt.is_not_null())
        .filter(budget_credential::Column::CodeHash.is_in(open.iter().map(|e| e.code_hash.clone())))
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.code_hash)
        .collect();
    let mut per_sheet: std::collections::HashMap<&str, usize> = Default::default();
    for entry in open.iter().filter(|e| !spent.contains(&e.code_hash)) {
        *per_sheet.entry(entry.code_hash.as_str()).or_default() += 1;
    }
    let once = per_sheet.values().filter(|n| **n == 1).count();
    Ok((once, per_sheet.len() - once))
}

/// A ballot's lines as one entry stores them: project ids in order, comma-separated, so two
/// entries agree exactly when their texts are equal.
fn lines_text(lines: &[i32]) -> String {
    lines
        .iter()
        .map(i32::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_of_the_same_choices_read_alike() {
        assert_eq!(lines_text(&[3, 12, 40]), "3,12,40");
        assert_ne!(lines_text(&[3, 12]), lines_text(&[31, 2]));
    }
}
