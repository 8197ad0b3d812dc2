//! A dialogue's views as CSV or JSON, streamed in batches so that a dialogue of any size is
//! exported in bounded memory. The public export holds published views whose writers consented
//! to publication, as the public sees them (redacted), with the name they chose to show and no
//! other personal field; the full export (administrators only, audited by the handler) holds
//! every view with its original texts beside the redacted ones, the voluntary facts and the
//! moderation reason.
//! How the rows are written (CSV for Excel, or JSON) is in [`encode`].

use std::collections::HashMap;

use axum::body::Bytes;
use chrono_tz::Europe::Stockholm;
use futures_util::{Stream, StreamExt};

pub use encode::Encoder;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::Serialize;

use crate::audit::model::AuditAction;
use crate::db::entities::{audit_entry, question, question_text, view, view_answer};
use crate::domain::ViewStatus;
use crate::error::ServiceError;
use crate::lang::Lang;

mod encode;

/// Views read from the database at a time.
pub const BATCH: u64 = 500;

/// Which export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Public,
    Full,
}

/// The file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
}

impl Format {
    /// The format named by a form's `format` field.
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            _ => None,
        }
    }

    /// The response's content type.
    pub fn content_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8",
            Format::Json => "application/json",
        }
    }

    /// The file name's extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }
}

/// A question as a column: its position and Swedish text.
#[derive(Debug, Clone, Serialize)]
pub struct Column {
    pub id: i32,
    pub text: String,
}

/// One answer in the JSON export.
#[derive(Debug, Clone, Serialize)]
pub struct Answer {
    pub question_id: i32,
    /// As published (with redactions).
    pub text: String,
    /// The original under a redaction (full export only, where it differs).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub original: Option<String>,
}

/// One view as exported.
#[derive(Debug, Clone, Serialize)]
pub struct Exported {
    /// The view's number in the portal: stable, and not the resident's receipt reference,
    /// which only its writer should hold.
    pub id: i32,
    /// The receipt reference (full export only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// `YYYY-MM-DD`, Stockholm time.
    pub date: String,
    /// `HH:MM`, Stockholm time (full export only: with the channel it could point at a person).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    pub language: String,
    /// Full export only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// Full export only (the public export holds published views only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moderation_reason: Option<String>,
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consent_publish: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age_group: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gender: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    pub answers: Vec<Answer>,
    pub general: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub general_original: Option<String>,
    /// The newest staff-only working translation into Swedish (full export only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub working_translation: Option<String>,
}

/// The questions of a dialogue as columns, in order, with their Swedish texts.
///
/// # Errors
/// The database fails.
pub async fn columns(
    db: &DatabaseConnection,
    dialogue_id: i32,
) -> Result<Vec<Column>, ServiceError> {
    let questions = question::Entity::find()
        .filter(question::Column::DialogueId.eq(dialogue_id))
        .order_by_asc(question::Column::Position)
        .all(db)
        .await?;
    let texts = question_text::Entity::find()
        .filter(question_text::Column::QuestionId.is_in(questions.iter().map(|q| q.id)))
        .filter(question_text::Column::Lang.eq(Lang::Sv.code()))
        .all(db)
        .await?;
    Ok(questions
        .iter()
        .map(|q| Column {
            id: q.id,
            text: texts
                .iter()
                .find(|t| t.question_id == q.id)
                .map(|t| t.text.clone())
                .unwrap_or_default(),
        })
        .collect())
}

/// The next batch of views after `after` (by id), exported. Empty when there are no more.
///
/// # Errors
/// The database fails.
pub async fn batch(
    db: &DatabaseConnection,
    dialogue_id: i32,
    kind: Kind,
    after: i32,
    limit: u64,
) -> Result<Vec<(i32, Exported)>, ServiceError> {
    let mut find = view::Entity::find()
        .filter(view::Column::DialogueId.eq(dialogue_id))
        .filter(view::Column::Id.gt(after));
    if kind == Kind::Public {
        find = find
            .filter(view::Column::Status.eq(ViewStatus::Published.code()))
            .filter(view::Column::ConsentPublish.eq(true));
    }
    let views = find
        .order_by_asc(view::Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    if views.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<i32> = views.iter().map(|v| v.id).collect();
    let mut answers: HashMap<i32, Vec<view_answer::Model>> = HashMap::new();
    for a in view_answer::Entity::find()
        .filter(view_answer::Column::ViewId.is_in(ids.clone()))
        .order_by_asc(view_answer::Column::QuestionId)
        .all(db)
        .await?
    {
        answers.entry(a.view_id).or_default().push(a);
    }
    let (reasons, mut translations) = match kind {
        Kind::Full => (
            reasons(db, &ids).await?,
            crate::translations::views::latest_view_translations(db, &ids).await?,
        ),
        Kind::Public => (HashMap::new(), Default::default()),
    };
    let full = kind == Kind::Full;
    Ok(views
        .into_iter()
        .map(|v| {
            let local = v.created_at.with_timezone(&Stockholm);
            let answers = answers
                .remove(&v.id)
                .unwrap_or_default()
                .into_iter()
                .map(|a| Answer {
                    question_id: a.question_id,
                    original: (full && a.public_answer.is_some()).then(|| a.answer.clone()),
                    text: a.public_answer.unwrap_or(a.answer),
                })
                .collect();
            // A reason explains a view that is now rejected or hidden, not one shown again.
            let reason = [ViewStatus::Rejected.code(), ViewStatus::Hidden.code()]
                .contains(&v.status.as_str())
                .then(|| reasons.get(&v.id).cloned())
                .flatten();
            let exported = Exported {
                id: v.id,
                reference: full.then_some(v.reference),
                date: local.format("%Y-%m-%d").to_string(),
                time: full.then(|| local.format("%H:%M").to_string()),
                language: v.lang,
                channel: full.then_some(v.channel),
                status: full.then_some(v.status),
                moderation_reason: reason,
                // A name a moderator redacted is left out, as on the public pages.
                name: crate::domain::public_name(v.display_name, v.display_name_public),
                consent_publish: full.then_some(v.consent_publish),
                age_group: if full { v.age_group } else { None },
                gender: if full { v.gender } else { None },
                area: if full { v.area } else { None },
                answers,
                general_original: (full && v.general_public.is_some())
                    .then(|| v.general.clone())
                    .flatten(),
                general: v.general_public.or(v.general),
                working_translation: translations.remove(&v.id),
            };
            (v.id, exported)
        })
        .collect())
}

/// The reason of the latest rejection or hiding of each view that has one.
async fn reasons(
    db: &DatabaseConnection,
    ids: &[i32],
) -> Result<HashMap<i32, String>, ServiceError> {
    let targets: Vec<String> = ids.iter().map(|id| format!("view:{id}")).collect();
    let entries = audit_entry::Entity::find()
        .filter(audit_entry::Column::Target.is_in(targets))
        .filter(
            audit_entry::Column::Action
                .is_in([AuditAction::Reject.code(), AuditAction::Hide.code()]),
        )
        .order_by_asc(audit_entry::Column::Id)
        .all(db)
        .await?;
    let mut reasons = HashMap::new();
    for entry in entries {
        let id = entry
            .target
            .strip_prefix("view:")
            .and_then(|id| id.parse::<i32>().ok());
        if let (Some(id), Some(reason)) = (id, entry.reason) {
            reasons.insert(id, reason);
        }
    }
    Ok(reasons)
}

/// The whole export as a stream of bytes: the head, each batch as it is read, the tail.
pub fn stream(
    db: DatabaseConnection,
    dialogue_id: i32,
    encoder: Encoder,
) -> impl Stream<Item = Result<Bytes, std::io::Error>> + Send {
    enum Step {
        Head,
        After(i32, bool),
        Done,
    }
    futures_util::stream::unfold(Step::Head, move |step| {
        let db = db.clone();
        let encoder = encoder.clone();
        async move {
            match step {
                Step::Head => Some((Ok(Bytes::from(encoder.head())), Step::After(0, true))),
                Step::After(after, first) => {
                    match batch(&db, dialogue_id, encoder.kind, after, BATCH).await {
                        Ok(views) if views.is_empty() => {
                            Some((Ok(Bytes::from(encoder.tail())), Step::Done))
                        }
                        Ok(views) => {
                            let last = views.last().map_or(after, |(id, _)| *id);
                            let bytes = encoder.rows(&views, first);
                            Some((Ok(Bytes::from(bytes)), Step::After(last, false)))
                        }
                        Err(error) => {
                            error.log();
                            // The response has begun: all that can be done is to end it
                            // broken, so that nobody takes a partial file for a whole one.
                            Some((Err(std::io::Error::other("export failed")), Step::Done))
                        }
                    }
                }
                Step::Done => None,
            }
        }
    })
    // The compression layer may poll again after the end: a fused stream keeps answering
    // "no more" instead of panicking.
    .fuse()
}
