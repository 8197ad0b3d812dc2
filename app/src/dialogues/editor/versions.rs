//! Reading dialogues as the editor sees them: the current content of one or all, and the
//! versions kept of each. Snapshots are read whole; a stored version that does not read back
//! is reported as a fault, never shown as an empty dialogue.

use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
};

use super::snapshot::{Snapshot, SnapshotQuestion, SnapshotText};
use crate::access::{cap, Grant};
use crate::db::entities::{
    dialogue, dialogue_target_group, dialogue_text, dialogue_theme, dialogue_version, question,
    question_text, staff,
};
use crate::dialogues::model::Contact;
use crate::domain::{TargetGroup, Theme};
use crate::error::ServiceError;
use crate::lang::Lang;

/// Reads a dialogue as it now is.
///
/// # Errors
/// [`ServiceError::NotFound`] for an unknown slug; a database failure.
pub(crate) async fn load_snapshot<C: ConnectionTrait>(
    db: &C,
    slug: &str,
) -> Result<(dialogue::Model, Snapshot), ServiceError> {
    let d = find(db, slug).await?;
    let snapshot = snapshot_of(db, &d).await?;
    Ok((d, snapshot))
}

/// The dialogue with this slug, drafts included.
pub(crate) async fn find<C: ConnectionTrait>(
    db: &C,
    slug: &str,
) -> Result<dialogue::Model, ServiceError> {
    dialogue::Entity::find()
        .filter(dialogue::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// Everything about dialogue `d` as it now is.
async fn snapshot_of<C: ConnectionTrait>(
    db: &C,
    d: &dialogue::Model,
) -> Result<Snapshot, ServiceError> {
    let order = |code: &str| {
        Lang::from_code(code)
            .and_then(|l| Lang::ALL.iter().position(|x| *x == l))
            .unwrap_or(99)
    };
    let mut texts: Vec<SnapshotText> = dialogue_text::Entity::find()
        .filter(dialogue_text::Column::DialogueId.eq(d.id))
        .all(db)
        .await?
        .into_iter()
        .map(|t| SnapshotText {
            lang: t.lang.clone(),
            reviewed: t.reviewed,
            text: crate::dialogues::service::texts_of(t),
        })
        .collect();
    texts.sort_by_key(|t| order(&t.lang));
    let questions = question::Entity::find()
        .filter(question::Column::DialogueId.eq(d.id))
        .order_by_asc(question::Column::Position)
        .all(db)
        .await?;
    let ids: Vec<i32> = questions.iter().map(|q| q.id).collect();
    let question_texts = question_text::Entity::find()
        .filter(question_text::Column::QuestionId.is_in(ids.clone()))
        .all(db)
        .await?;
    let groups = dialogue_target_group::Entity::find()
        .filter(dialogue_target_group::Column::DialogueId.eq(d.id))
        .all(db)
        .await?;
    let themes = dialogue_theme::Entity::find()
        .filter(dialogue_theme::Column::DialogueId.eq(d.id))
        .all(db)
        .await?;
    let snapshot = Snapshot {
        slug: d.slug.clone(),
        place: d.place.clone(),
        level: d.participation_level.clone(),
        groups: TargetGroup::ALL
            .iter()
            .map(|g| g.code().to_string())
            .filter(|code| groups.iter().any(|g| &g.target_group == code))
            .collect(),
        themes: Theme::ALL
            .iter()
            .map(|t| t.code().to_string())
            .filter(|code| themes.iter().any(|t| &t.theme == code))
            .collect(),
        opens_on: d.opens_on,
        closes_on: d.closes_on,
        decision_on: d.decision_on,
        contact: Contact {
            name: d.contact_name.clone(),
            email: d.contact_email.clone(),
            phone: d.contact_phone.clone(),
        },
        moderation: d.moderation.clone(),
        published: d.published,
        closed: d.closed,
        texts,
        questions: questions
            .iter()
            .map(|q| SnapshotQuestion {
                id: q.id,
                position: q.position,
                texts: question_texts
                    .iter()
                    .filter(|t| t.question_id == q.id)
                    .map(|t| (t.lang.clone(), t.text.clone()))
                    .collect(),
            })
            .collect(),
        feedback: crate::feedback::read::snapshot_of(db, d.id, &ids).await?,
        easy: crate::dialogues::easy::load(db, d.id).await?,
    };
    Ok(snapshot)
}

/// A dialogue for the editor: its current content.
///
/// # Errors
/// [`ServiceError::NotFound`] for an unknown slug; a database failure.
pub async fn load(
    db: &DatabaseConnection,
    _editor: &Grant<cap::EditDialogues>,
    slug: &str,
) -> Result<(dialogue::Model, Snapshot), ServiceError> {
    load_snapshot(db, slug).await
}

/// Every dialogue, drafts and closed ones included, newest first.
///
/// # Errors
/// The database fails.
pub async fn list(
    db: &DatabaseConnection,
    _editor: &Grant<cap::EditDialogues>,
) -> Result<Vec<Snapshot>, ServiceError> {
    let dialogues = dialogue::Entity::find()
        .order_by_desc(dialogue::Column::Id)
        .all(db)
        .await?;
    let mut all = Vec::with_capacity(dialogues.len());
    for d in &dialogues {
        all.push(snapshot_of(db, d).await?);
    }
    Ok(all)
}

/// One saved version, for the history page.
#[derive(Debug, Clone, PartialEq)]
pub struct Version {
    pub number: i32,
    pub action: String,
    pub by: String,
    pub at: chrono::DateTime<chrono::Utc>,
    pub snapshot: Snapshot,
}

/// Every version of a dialogue, newest first.
///
/// # Errors
/// [`ServiceError::NotFound`] for an unknown slug; a database failure.
pub async fn history(
    db: &DatabaseConnection,
    _editor: &Grant<cap::EditDialogues>,
    slug: &str,
) -> Result<Vec<Version>, ServiceError> {
    let d = find(db, slug).await?;
    let versions = dialogue_version::Entity::find()
        .filter(dialogue_version::Column::DialogueId.eq(d.id))
        .order_by_desc(dialogue_version::Column::Number)
        .all(db)
        .await?;
    let authors = staff::Entity::find().all(db).await?;
    versions
        .into_iter()
        .map(|v| {
            Ok(Version {
                number: v.number,
                by: authors
                    .iter()
                    .find(|a| a.id == v.staff_id)
                    .map(|a| a.email.clone())
                    .unwrap_or_default(),
                action: v.action,
                at: v.at,
                // A version that does not read back is a fault to report, not an empty dialogue.
                snapshot: serde_json::from_str(&v.snapshot).map_err(ServiceError::internal)?,
            })
        })
        .collect()
}
