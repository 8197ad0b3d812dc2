//! Postal requests: stored with a paper view, counted per language, opened (audited), erased.

use std::collections::BTreeMap;

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, Set,
};

use super::{fields, limits};
use crate::access::{cap, Grant};
use crate::audit::{service::record, AuditAction};
use crate::db::entities::postal_request;
use crate::error::ServiceError;
use crate::forms::{sized_text, FieldError};
use crate::lang::Lang;

/// A letter to send: to whom, where, in which language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub lang: Lang,
    pub name: String,
    pub address: String,
    /// The request's number: erasing takes the ones that were shown.
    pub id: i32,
}

/// The entry form's letter fields: `None` when no letter was asked for.
///
/// # Errors
/// The address is missing or too long, or the name too long.
pub fn from_form(pairs: &[(String, String)]) -> Result<Option<(String, String)>, Vec<FieldError>> {
    let value = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    };
    if value(fields::WANTS_POST) != "yes" {
        return Ok(None);
    }
    let mut errors = Vec::new();
    let name = sized_text(
        fields::NAME,
        value(fields::NAME),
        limits::NAME,
        false,
        &mut errors,
    );
    let address = sized_text(
        fields::ADDRESS,
        value(fields::ADDRESS),
        limits::ADDRESS,
        true,
        &mut errors,
    );
    if errors.is_empty() {
        Ok(Some((name, address)))
    } else {
        Err(errors)
    }
}

/// Keeps a letter request for a view (once: the same entry sent twice asks once).
///
/// # Errors
/// The database fails.
pub async fn request<C: sea_orm::ConnectionTrait>(
    db: &C,
    view_id: i32,
    dialogue_id: i32,
    lang: Lang,
    (name, address): (String, String),
) -> Result<(), ServiceError> {
    let existing = postal_request::Entity::find()
        .filter(postal_request::Column::ViewId.eq(view_id))
        .one(db)
        .await?;
    if existing.is_some() {
        return Ok(());
    }
    postal_request::ActiveModel {
        view_id: Set(view_id),
        dialogue_id: Set(dialogue_id),
        lang: Set(lang.code().to_string()),
        name: Set(name),
        address: Set(address),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// How many letters each language needs, for a dialogue.
///
/// # Errors
/// The database fails.
pub async fn owed(
    db: &DatabaseConnection,
    dialogue_id: i32,
) -> Result<BTreeMap<String, usize>, ServiceError> {
    let mut counts = BTreeMap::new();
    for row in postal_request::Entity::find()
        .filter(postal_request::Column::DialogueId.eq(dialogue_id))
        .all(db)
        .await?
    {
        *counts.entry(row.lang).or_insert(0) += 1;
    }
    Ok(counts)
}

/// The addresses, for printing: opening them is recorded in the audit log with their count.
///
/// # Errors
/// The database fails.
pub async fn open(
    db: &DatabaseConnection,
    editor: &Grant<cap::EditDialogues>,
    dialogue_id: i32,
    slug: &str,
) -> Result<Vec<Letter>, ServiceError> {
    let rows = postal_request::Entity::find()
        .filter(postal_request::Column::DialogueId.eq(dialogue_id))
        .order_by_asc(postal_request::Column::Lang)
        .order_by_asc(postal_request::Column::Id)
        .all(db)
        .await?;
    record(
        db,
        Some(editor.id),
        AuditAction::AddressesOpened,
        &format!("dialogue:{slug}"),
        Some(&rows.len().to_string()),
    )
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| Letter {
            lang: Lang::from_code(&r.lang).unwrap_or_default(),
            name: r.name,
            address: r.address,
            id: r.id,
        })
        .collect())
}

/// The letters are sent: the addresses that were opened (up to request `upto`) are erased,
/// their count kept in the audit log, in one transaction. Requests entered since stay.
///
/// # Errors
/// The database fails.
pub async fn erase(
    db: &DatabaseConnection,
    editor: &Grant<cap::EditDialogues>,
    dialogue_id: i32,
    slug: &str,
    upto: i32,
) -> Result<u64, ServiceError> {
    use sea_orm::TransactionTrait;
    let txn = db.begin().await?;
    let erased = postal_request::Entity::delete_many()
        .filter(postal_request::Column::DialogueId.eq(dialogue_id))
        .filter(postal_request::Column::Id.lte(upto))
        .exec(&txn)
        .await?
        .rows_affected;
    record(
        &txn,
        Some(editor.id),
        AuditAction::AddressesErased,
        &format!("dialogue:{slug}"),
        Some(&erased.to_string()),
    )
    .await?;
    txn.commit().await?;
    Ok(erased)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::forms::FieldProblem;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_letter_needs_an_address_only_when_asked_for() {
        assert_eq!(
            from_form(&pairs(&[("post-address", "Vinstavägen 1")])),
            Ok(None)
        );
        let refused = from_form(&pairs(&[("post", "yes")])).expect_err("no address");
        assert_eq!(
            refused,
            vec![FieldError::new("post-address", FieldProblem::Required)]
        );
        let asked = from_form(&pairs(&[
            ("post", "yes"),
            ("post-name", "Eila"),
            ("post-address", " Vinstavägen 1 "),
        ]));
        assert_eq!(
            asked,
            Ok(Some(("Eila".to_string(), "Vinstavägen 1".to_string())))
        );
    }
}
