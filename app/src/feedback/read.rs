//! Reading feedback: as a version keeps it, as a reader sees it, and which dialogues have it.
//! Queries only, so that the dialogue pages and the editor's versions can read feedback
//! without depending on the code that writes it.

use std::collections::{BTreeMap, HashSet};

use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
};

use super::model::{
    Decision, FeedbackSnapshot, FeedbackSnapshotText, FeedbackTexts, PublicFeedback,
};
use crate::db::entities::{
    dialogue_version, feedback, feedback_question, feedback_text, subscription,
};
use crate::dialogues::editor::snapshot::{Snapshot, VersionAction};
use crate::error::ServiceError;
use crate::lang::Lang;

/// The feedback of a dialogue as a version keeps it, or `None` when none is written.
///
/// # Errors
/// The database fails.
pub async fn snapshot_of<C: ConnectionTrait>(
    db: &C,
    dialogue_id: i32,
    question_ids: &[i32],
) -> Result<Option<FeedbackSnapshot>, ServiceError> {
    let Some(row) = feedback::Entity::find_by_id(dialogue_id).one(db).await? else {
        return Ok(None);
    };
    let mut texts: Vec<FeedbackSnapshotText> = feedback_text::Entity::find()
        .filter(feedback_text::Column::DialogueId.eq(dialogue_id))
        .all(db)
        .await?
        .into_iter()
        .map(|t| FeedbackSnapshotText {
            reviewed: t.reviewed,
            texts: FeedbackTexts {
                heard: t.heard,
                decided: t.decided,
                decided_by: t.decided_by,
                next_steps: t.next_steps,
            },
            lang: t.lang,
        })
        .collect();
    texts.sort_by_key(|t| {
        Lang::from_code(&t.lang).and_then(|l| Lang::ALL.iter().position(|x| *x == l))
    });
    let mut questions: BTreeMap<i32, BTreeMap<String, String>> = BTreeMap::new();
    for q in feedback_question::Entity::find()
        .filter(feedback_question::Column::QuestionId.is_in(question_ids.to_vec()))
        .all(db)
        .await?
    {
        questions
            .entry(q.question_id)
            .or_default()
            .insert(q.lang, q.heard);
    }
    Ok(Some(FeedbackSnapshot {
        decision: Decision {
            reference: row.reference,
            decided_on: row.decided_on,
            protocol_url: row.protocol_url,
        },
        published: row.published_at.is_some(),
        texts,
        questions,
    }))
}

/// The texts in `lang`, else in Swedish.
pub fn pick(saved: &FeedbackSnapshot, lang: Lang) -> (Lang, FeedbackTexts) {
    for candidate in [lang, Lang::Sv] {
        if let Some(t) = saved.texts.iter().find(|t| t.lang == candidate.code()) {
            return (candidate, t.texts.clone());
        }
    }
    (Lang::Sv, FeedbackTexts::default())
}

/// The published feedback of a dialogue for a reader of `lang`, if there is any.
///
/// # Errors
/// The database fails.
pub async fn public(
    db: &DatabaseConnection,
    dialogue_id: i32,
    question_ids: &[i32],
    lang: Lang,
) -> Result<Option<PublicFeedback>, ServiceError> {
    let Some(row) = feedback::Entity::find_by_id(dialogue_id).one(db).await? else {
        return Ok(None);
    };
    let Some(published_at) = row.published_at else {
        return Ok(None);
    };
    // What residents read is what was published, not what an editor has saved since.
    let Some(saved) = published_snapshot(db, dialogue_id).await? else {
        return Ok(None);
    };
    let (text_lang, texts) = pick(&saved, lang);
    let draft_translation = text_lang != Lang::Sv
        && saved
            .texts
            .iter()
            .any(|t| t.lang == text_lang.code() && !t.reviewed);
    let per_question = question_ids
        .iter()
        .filter_map(|id| {
            saved
                .questions
                .get(id)
                .and_then(|q| q.get(text_lang.code()))
                .map(|t| (*id, t.clone()))
        })
        .collect();
    Ok(Some(PublicFeedback {
        text_lang,
        draft_translation,
        texts,
        per_question,
        decision: saved.decision,
        published_on: published_at
            .with_timezone(&chrono_tz::Europe::Stockholm)
            .date_naive(),
    }))
}

/// The feedback as it was last published: the newest "feedback-publish" version's.
///
/// # Errors
/// The database fails, or that version does not read back.
pub async fn published_snapshot<C: ConnectionTrait>(
    db: &C,
    dialogue_id: i32,
) -> Result<Option<FeedbackSnapshot>, ServiceError> {
    use sea_orm::QueryOrder;
    let version = dialogue_version::Entity::find()
        .filter(dialogue_version::Column::DialogueId.eq(dialogue_id))
        .filter(dialogue_version::Column::Action.eq(VersionAction::FeedbackPublish.code()))
        .order_by_desc(dialogue_version::Column::Number)
        .one(db)
        .await?;
    let Some(version) = version else {
        return Ok(None);
    };
    let snapshot: Snapshot =
        serde_json::from_str(&version.snapshot).map_err(ServiceError::internal)?;
    Ok(snapshot.feedback)
}

/// Whether a dialogue's addresses are being kept for an update now.
///
/// # Errors
/// The database fails.
pub async fn addresses_kept(
    db: &DatabaseConnection,
    dialogue_id: i32,
) -> Result<bool, ServiceError> {
    let row = feedback::Entity::find_by_id(dialogue_id).one(db).await?;
    Ok(row
        .and_then(|f| f.keep_addresses_until)
        .is_some_and(|until| until > chrono::Utc::now()))
}

/// Which of these dialogues have published feedback.
///
/// # Errors
/// The database fails.
pub async fn published_among(
    db: &DatabaseConnection,
    ids: &[i32],
) -> Result<HashSet<i32>, ServiceError> {
    Ok(feedback::Entity::find()
        .filter(feedback::Column::DialogueId.is_in(ids.to_vec()))
        .filter(feedback::Column::PublishedAt.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .map(|f| f.dialogue_id)
        .collect())
}

/// How many residents confirmed that they want a dialogue's outcome.
///
/// # Errors
/// The database fails.
pub async fn subscribers(db: &DatabaseConnection, dialogue_id: i32) -> Result<u64, ServiceError> {
    Ok(subscription::Entity::find()
        .filter(subscription::Column::DialogueId.eq(dialogue_id))
        .filter(subscription::Column::ConfirmedAt.is_not_null())
        .count(db)
        .await?)
}
