//! Meetings in the database: the editor's form checked, each change stored with a numbered
//! version and an audit entry, and the lists residents read.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::Stockholm;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set, TransactionTrait,
};

use super::model::Meeting;
use super::{fields, limits, SIGN_LANGUAGE};
use crate::access::{cap, Grant};
use crate::audit::{service::record, AuditAction};
use crate::db::entities::{dialogue, meeting, meeting_version};
use crate::dialogues::editor::versions::find;
use crate::domain::Place;
use crate::error::ServiceError;
use crate::forms::{sized_text, FieldError, FieldProblem};
use crate::http::{field, field_values};
use crate::lang::Lang;

/// A meeting's status column.
const SCHEDULED: &str = "scheduled";
const CANCELLED: &str = "cancelled";

/// A checked meeting form, times in UTC.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub online: bool,
    pub place: Option<Place>,
    pub venue: String,
    pub address: String,
    pub link: Option<String>,
    pub languages: Vec<String>,
    pub interpreting: Vec<String>,
    pub step_free: bool,
    pub hearing_loop: bool,
    pub registration: bool,
    pub contact: String,
}

/// Stockholm wall-clock time of an instant.
pub fn local(at: DateTime<Utc>) -> NaiveDateTime {
    at.with_timezone(&Stockholm).naive_local()
}

/// The instant of a Stockholm wall-clock time; `None` for a time the clocks skip in spring.
/// In the autumn hour that happens twice, the first (summer time) is meant.
pub fn instant(local: NaiveDateTime) -> Option<DateTime<Utc>> {
    Stockholm
        .from_local_datetime(&local)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

/// Checks the editor's meeting form.
///
/// # Errors
/// Every refused field.
pub fn validate(pairs: &[(String, String)]) -> Result<Draft, Vec<FieldError>> {
    let value = |name: &str| field(pairs, name);
    let values = |name: &str| field_values(pairs, name);
    let mut errors = Vec::new();
    let day = NaiveDate::parse_from_str(value(fields::DATE).trim(), "%Y-%m-%d").ok();
    if day.is_none() {
        errors.push(FieldError::new(fields::DATE, FieldProblem::Date));
    }
    let time = |name: &str, errors: &mut Vec<FieldError>| {
        let parsed = NaiveTime::parse_from_str(value(name).trim(), "%H:%M").ok();
        if parsed.is_none() {
            errors.push(FieldError::new(name, FieldProblem::Time));
        }
        parsed
    };
    let start = time(fields::START, &mut errors);
    let end = time(fields::END, &mut errors);
    let mut times = None;
    if let (Some(day), Some(start), Some(end)) = (day, start, end) {
        match (instant(day.and_time(start)), instant(day.and_time(end))) {
            (Some(s), Some(e)) if e > s => times = Some((s, e)),
            (None, _) => errors.push(FieldError::new(fields::START, FieldProblem::Time)),
            (_, None) => errors.push(FieldError::new(fields::END, FieldProblem::Time)),
            _ => errors.push(FieldError::new(fields::END, FieldProblem::TimesOrder)),
        }
    }
    let online = value(fields::ONLINE) == "yes";
    let venue = sized_text(
        fields::VENUE,
        value(fields::VENUE),
        limits::VENUE,
        !online,
        &mut errors,
    );
    let address = sized_text(
        fields::ADDRESS,
        value(fields::ADDRESS),
        limits::ADDRESS,
        !online,
        &mut errors,
    );
    let place = match value(fields::PLACE) {
        "" if online => None,
        "" => {
            errors.push(FieldError::new(fields::PLACE, FieldProblem::Required));
            None
        }
        code => {
            let place = Place::from_code(code);
            if place.is_none() {
                errors.push(FieldError::new(fields::PLACE, FieldProblem::NotAChoice));
            }
            place
        }
    };
    let link = sized_text(
        fields::LINK,
        value(fields::LINK),
        limits::LINK,
        online,
        &mut errors,
    );
    let web = link.starts_with("https://") || link.starts_with("http://");
    if !link.is_empty() && !web {
        errors.push(FieldError::new(fields::LINK, FieldProblem::Url));
    }
    let languages = values(fields::LANGUAGES);
    if languages.is_empty() {
        errors.push(FieldError::new(fields::LANGUAGES, FieldProblem::Choose));
    } else if languages.iter().any(|l| Lang::from_code(l).is_none()) {
        errors.push(FieldError::new(fields::LANGUAGES, FieldProblem::NotAChoice));
    }
    let interpreting = values(fields::INTERPRETING);
    if interpreting
        .iter()
        .any(|l| l != SIGN_LANGUAGE && Lang::from_code(l).is_none())
    {
        errors.push(FieldError::new(
            fields::INTERPRETING,
            FieldProblem::NotAChoice,
        ));
    }
    let contact = sized_text(
        fields::CONTACT,
        value(fields::CONTACT),
        limits::CONTACT,
        true,
        &mut errors,
    );
    match times {
        Some((starts_at, ends_at)) if errors.is_empty() => Ok(Draft {
            starts_at,
            ends_at,
            online,
            place,
            venue,
            address,
            link: (!link.is_empty()).then_some(link),
            languages,
            interpreting,
            step_free: value(fields::STEP_FREE) == "yes",
            hearing_loop: value(fields::HEARING_LOOP) == "yes",
            registration: value(fields::REGISTRATION) == "yes",
            contact,
        }),
        _ => Err(errors),
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    fn form(extra: &[(&str, &str)]) -> Vec<(String, String)> {
        let mut pairs: Vec<(String, String)> = [
            (fields::DATE, "2026-03-29"),
            (fields::START, "18:00"),
            (fields::END, "19:30"),
            (fields::PLACE, "grimsta"),
            (fields::VENUE, "Grimsta bibliotek"),
            (fields::ADDRESS, "Grimstagatan 1"),
            (fields::LANGUAGES, "sv"),
            (fields::LANGUAGES, "fi"),
            (fields::CONTACT, "Kim, 08-508 00 000"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        for (k, v) in extra {
            pairs.retain(|(name, _)| name != k);
            pairs.push((k.to_string(), v.to_string()));
        }
        pairs
    }

    #[test]
    fn a_meeting_is_read_in_stockholm_time_also_across_the_change_to_summer_time() {
        let draft = validate(&form(&[])).expect("valid");
        // 29 March 2026 is the first day of summer time: 18:00 is 16:00 UTC.
        assert_eq!(draft.starts_at.to_rfc3339(), "2026-03-29T16:00:00+00:00");
        assert_eq!(draft.languages, vec!["sv", "fi"]);
        let winter = validate(&form(&[(fields::DATE, "2026-12-03")])).expect("valid");
        assert_eq!(winter.starts_at.to_rfc3339(), "2026-12-03T17:00:00+00:00");
    }

    #[test]
    fn bad_times_places_and_links_are_refused_by_field() {
        let refused = |extra: &[(&str, &str)]| -> Vec<(String, FieldProblem)> {
            validate(&form(extra))
                .expect_err("refused")
                .into_iter()
                .map(|e| (e.field, e.problem))
                .collect()
        };
        assert_eq!(
            refused(&[(fields::END, "17:00")]),
            vec![(fields::END.to_string(), FieldProblem::TimesOrder)]
        );
        // 02:30 on 29 March 2026 does not exist in Stockholm.
        assert_eq!(
            refused(&[(fields::START, "02:30")]),
            vec![(fields::START.to_string(), FieldProblem::Time)]
        );
        assert_eq!(
            refused(&[(fields::PLACE, "atlantis")]),
            vec![(fields::PLACE.to_string(), FieldProblem::NotAChoice)]
        );
        assert_eq!(
            refused(&[
                (fields::ONLINE, "yes"),
                (fields::LINK, "javascript:alert(1)")
            ]),
            vec![(fields::LINK.to_string(), FieldProblem::Url)]
        );
        let online = validate(&form(&[
            (fields::ONLINE, "yes"),
            (fields::PLACE, ""),
            (fields::VENUE, ""),
            (fields::ADDRESS, ""),
            (fields::LINK, "https://meet.example.se/grimsta"),
        ]))
        .expect("an online meeting needs no place");
        assert_eq!(online.place, None);
    }
}
