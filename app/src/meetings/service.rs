//! Meetings in the database: each change (the form checked in [`super::form`]) stored with a
//! numbered version and an audit entry, and the lists residents read.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set, TransactionTrait,
};

use super::form::{local, Draft};
use super::model::Meeting;
use crate::access::{cap, Grant};
use crate::audit::{service::record, AuditAction};
use crate::db::entities::{dialogue, meeting, meeting_version};
use crate::dialogues::editor::versions::find;
use crate::domain::Place;
use crate::error::ServiceError;

/// A meeting's status column.
const SCHEDULED: &str = "scheduled";
const CANCELLED: &str = "cancelled";

/// A stored meeting as pages show it.
pub fn to_meeting(row: &meeting::Model) -> Meeting {
    let list = |codes: &str| -> Vec<String> {
        codes
            .split(',')
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect()
    };
    Meeting {
        id: row.id,
        starts: local(row.starts_at),
        ends: local(row.ends_at),
        online: row.online,
        place: row.place.as_deref().and_then(Place::from_code),
        venue: row.venue.clone(),
        address: row.address.clone(),
        link: row.link.clone(),
        languages: list(&row.languages),
        interpreting: list(&row.interpreting),
        step_free: row.step_free,
        hearing_loop: row.hearing_loop,
        registration: row.registration,
        contact: row.contact.clone(),
        cancelled: row.status == CANCELLED,
        moved_from: row.moved_from.map(local),
        sequence: row.sequence,
    }
}

/// What a version records: the meeting was announced, changed, or cancelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Create,
    Edit,
    Cancel,
}

impl Change {
    fn code(self) -> &'static str {
        match self {
            Change::Create => "create",
            Change::Edit => "edit",
            Change::Cancel => "cancel",
        }
    }

    fn audit(self) -> AuditAction {
        match self {
            Change::Create => AuditAction::MeetingCreate,
            Change::Edit => AuditAction::MeetingEdit,
            Change::Cancel => AuditAction::MeetingCancel,
        }
    }
}

/// Keeps the meeting as it now is as its next version, with an audit entry.
async fn record_change<C: ConnectionTrait>(
    db: &C,
    staff_id: i32,
    row: &meeting::Model,
    change: Change,
) -> Result<(), ServiceError> {
    let snapshot = serde_json::to_string(&to_meeting(row))
        .map_err(|e| ServiceError::Internal(e.to_string()))?;
    meeting_version::ActiveModel {
        meeting_id: Set(row.id),
        number: Set(row.sequence + 1),
        action: Set(change.code().to_string()),
        snapshot: Set(snapshot),
        staff_id: Set(staff_id),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    record(
        db,
        Some(staff_id),
        change.audit(),
        &format!("meeting:{}", row.id),
        None,
    )
    .await
}

fn fill(row: &mut meeting::ActiveModel, draft: Draft) {
    row.starts_at = Set(draft.starts_at);
    row.ends_at = Set(draft.ends_at);
    row.online = Set(draft.online);
    row.place = Set(draft.place.map(|p| p.code().to_string()));
    row.venue = Set(draft.venue);
    row.address = Set(draft.address);
    row.link = Set(draft.link);
    row.languages = Set(draft.languages.join(","));
    row.interpreting = Set(draft.interpreting.join(","));
    row.step_free = Set(draft.step_free);
    row.hearing_loop = Set(draft.hearing_loop);
    row.registration = Set(draft.registration);
    row.contact = Set(draft.contact);
    row.updated_at = Set(Utc::now());
}

/// A new meeting of dialogue `dialogue_id`, announced (or, for the demo, already `cancelled`).
pub fn new_row(dialogue_id: i32, draft: Draft, cancelled: bool) -> meeting::ActiveModel {
    let mut row = meeting::ActiveModel {
        dialogue_id: Set(dialogue_id),
        status: Set(if cancelled { CANCELLED } else { SCHEDULED }.to_string()),
        sequence: Set(i32::from(cancelled)),
        moved_from: Set(None),
        ..Default::default()
    };
    fill(&mut row, draft);
    row
}

/// Attaches a meeting to the dialogue `slug` (a draft dialogue too). Returns its id.
///
/// # Errors
/// [`ServiceError::NotFound`] for an unknown dialogue; the database fails.
pub async fn create(
    db: &DatabaseConnection,
    editor: &Grant<cap::EditDialogues>,
    slug: &str,
    draft: Draft,
) -> Result<i32, ServiceError> {
    let txn = db.begin().await?;
    let d = find(&txn, slug).await?;
    let saved = new_row(d.id, draft, false).insert(&txn).await?;
    record_change(&txn, editor.id, &saved, Change::Create).await?;
    txn.commit().await?;
    Ok(saved.id)
}

/// The meeting `id` of dialogue `slug`, read inside `db`.
async fn find_meeting<C: ConnectionTrait>(
    db: &C,
    slug: &str,
    id: i32,
) -> Result<(dialogue::Model, meeting::Model), ServiceError> {
    let d = find(db, slug).await?;
    let row = meeting::Entity::find_by_id(id)
        .filter(meeting::Column::DialogueId.eq(d.id))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok((d, row))
}

/// Changes a meeting. A new start time keeps the earlier one, so pages can say it moved.
///
/// # Errors
/// [`ServiceError::NotFound`]; [`ServiceError::WrongState`] for a cancelled meeting; the
/// database fails.
pub async fn update(
    db: &DatabaseConnection,
    editor: &Grant<cap::EditDialogues>,
    slug: &str,
    id: i32,
    draft: Draft,
) -> Result<(), ServiceError> {
    let txn = db.begin().await?;
    let (_, current) = find_meeting(&txn, slug, id).await?;
    if current.status == CANCELLED {
        return Err(ServiceError::WrongState);
    }
    let moved = draft.starts_at != current.starts_at;
    let mut row: meeting::ActiveModel = current.clone().into();
    if moved {
        row.moved_from = Set(Some(current.starts_at));
    }
    row.sequence = Set(current.sequence + 1);
    fill(&mut row, draft);
    let saved = row.update(&txn).await?;
    record_change(&txn, editor.id, &saved, Change::Edit).await?;
    txn.commit().await?;
    Ok(())
}

/// Cancels a meeting: it stays, marked cancelled, on every page and in every calendar.
///
/// # Errors
/// [`ServiceError::NotFound`]; [`ServiceError::WrongState`] when already cancelled.
pub async fn cancel(
    db: &DatabaseConnection,
    editor: &Grant<cap::EditDialogues>,
    slug: &str,
    id: i32,
) -> Result<(), ServiceError> {
    let txn = db.begin().await?;
    let (_, current) = find_meeting(&txn, slug, id).await?;
    if current.status == CANCELLED {
        return Err(ServiceError::WrongState);
    }
    let mut row: meeting::ActiveModel = current.clone().into();
    row.status = Set(CANCELLED.to_string());
    row.sequence = Set(current.sequence + 1);
    row.updated_at = Set(Utc::now());
    let saved = row.update(&txn).await?;
    record_change(&txn, editor.id, &saved, Change::Cancel).await?;
    txn.commit().await?;
    Ok(())
}

/// Every meeting of a dialogue, earliest first.
///
/// # Errors
/// The database fails.
pub async fn of_dialogue<C: ConnectionTrait>(
    db: &C,
    dialogue_id: i32,
) -> Result<Vec<meeting::Model>, ServiceError> {
    Ok(meeting::Entity::find()
        .filter(meeting::Column::DialogueId.eq(dialogue_id))
        .order_by_asc(meeting::Column::StartsAt)
        .all(db)
        .await?)
}

/// A dialogue's meetings that have not yet ended, cancelled ones included (they say so).
///
/// # Errors
/// The database fails.
pub async fn upcoming_of(
    db: &DatabaseConnection,
    dialogue_id: i32,
    now: DateTime<Utc>,
) -> Result<Vec<Meeting>, ServiceError> {
    Ok(of_dialogue(db, dialogue_id)
        .await?
        .iter()
        .filter(|m| m.ends_at >= now)
        .map(to_meeting)
        .collect())
}

/// One meeting of a published dialogue, with the dialogue.
///
/// # Errors
/// [`ServiceError::NotFound`] when there is none or its dialogue is not published.
pub async fn public_one(
    db: &DatabaseConnection,
    id: i32,
) -> Result<(dialogue::Model, meeting::Model), ServiceError> {
    let row = meeting::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let d = dialogue::Entity::find_by_id(row.dialogue_id)
        .filter(dialogue::Column::Published.eq(true))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    Ok((d, row))
}

/// The meetings of published dialogues that have not yet ended, earliest first, each with
/// its dialogue: the residents' list and the calendar feed.
///
/// # Errors
/// The database fails.
pub async fn upcoming(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
) -> Result<Vec<(dialogue::Model, meeting::Model)>, ServiceError> {
    let meetings = meeting::Entity::find()
        .filter(meeting::Column::EndsAt.gte(now))
        .order_by_asc(meeting::Column::StartsAt)
        .all(db)
        .await?;
    let ids: Vec<i32> = meetings.iter().map(|m| m.dialogue_id).collect();
    let dialogues = dialogue::Entity::find()
        .filter(dialogue::Column::Id.is_in(ids))
        .filter(dialogue::Column::Published.eq(true))
        .all(db)
        .await?;
    Ok(meetings
        .into_iter()
        .filter_map(|m| {
            let d = dialogues.iter().find(|d| d.id == m.dialogue_id)?;
            Some((d.clone(), m))
        })
        .collect())
}

/// A meeting's versions, newest first, with who made each.
///
/// # Errors
/// The database fails.
pub async fn history(
    db: &DatabaseConnection,
    meeting_id: i32,
) -> Result<Vec<meeting_version::Model>, ServiceError> {
    Ok(meeting_version::Entity::find()
        .filter(meeting_version::Column::MeetingId.eq(meeting_id))
        .order_by_desc(meeting_version::Column::Number)
        .all(db)
        .await?)
}
