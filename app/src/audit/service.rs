//! Writing to and reading the audit log. Entries are only ever inserted: no code path updates
//! or deletes one.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

use super::AuditAction;
use crate::access::{cap, Grant};
use crate::db::entities::{audit_entry, staff};
use crate::error::ServiceError;

/// Records `action` on `target` (such as `view:12`), by `actor` (`None`: nobody was signed in,
/// as for a resident's report), with an optional reason. Runs on the caller's transaction.
///
/// # Errors
/// The database fails.
pub async fn record<C: ConnectionTrait>(
    db: &C,
    actor: Option<i32>,
    action: AuditAction,
    target: &str,
    reason: Option<&str>,
) -> Result<(), ServiceError> {
    audit_entry::ActiveModel {
        at: Set(chrono::Utc::now()),
        actor_staff_id: Set(actor),
        action: Set(action.code().to_string()),
        target: Set(target.to_string()),
        reason: Set(reason.map(str::to_string)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// One row of the audit log, for the administrator's page.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditRow {
    pub at: chrono::DateTime<chrono::Utc>,
    /// The staff member's address; `None` for actions nobody was signed in for.
    pub actor: Option<String>,
    /// The stored code (an action this version no longer knows is still shown).
    pub action: String,
    pub target: String,
    pub reason: Option<String>,
}

/// The newest 200 audit entries, optionally of one action only.
///
/// # Errors
/// The database fails.
pub async fn newest(
    db: &DatabaseConnection,
    _admin: &Grant<cap::ReadAudit>,
    action: Option<AuditAction>,
) -> Result<Vec<AuditRow>, ServiceError> {
    let mut query = audit_entry::Entity::find()
        .order_by_desc(audit_entry::Column::Id)
        .limit(200);
    if let Some(action) = action {
        query = query.filter(audit_entry::Column::Action.eq(action.code()));
    }
    let entries = query.all(db).await?;
    let actor_ids: Vec<i32> = entries.iter().filter_map(|e| e.actor_staff_id).collect();
    let actors = staff::Entity::find()
        .filter(staff::Column::Id.is_in(actor_ids))
        .all(db)
        .await?;
    Ok(entries
        .into_iter()
        .map(|e| AuditRow {
            at: e.at,
            actor: e
                .actor_staff_id
                .and_then(|id| actors.iter().find(|a| a.id == id).map(|a| a.email.clone())),
            action: e.action,
            target: e.target,
            reason: e.reason,
        })
        .collect())
}
