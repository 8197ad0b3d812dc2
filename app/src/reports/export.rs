//! A dialogue's views as CSV or JSON, streamed in batches so that a dialogue of any size is
//! exported in bounded memory. The public export holds published views whose writers consented
//! to publication, as the public sees them (redacted), with the name they chose to show and no
//! other personal field; the full export (administrators only, audited by the handler) holds
//! every view with its original texts beside the redacted ones, the voluntary facts and the
//! moderation reason.
//!
//! CSV is written for Excel with Swedish settings: UTF-8 with a byte-order mark, `;` between
//! fields, CRLF line ends, quoting per RFC 4180, ISO dates. A text that Excel would read as a
//! formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) gets a leading `'`, so
//! that a resident's text cannot run in the official's spreadsheet; the JSON keeps it as
//! written.

use std::collections::HashMap;

use axum::body::Bytes;
use chrono_tz::Europe::Stockholm;
use futures_util::{Stream, StreamExt};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::Serialize;

use crate::audit::model::AuditAction;
use crate::db::entities::{audit_entry, question, question_text, view, view_answer};
use crate::domain::ViewStatus;
use crate::error::ServiceError;
use crate::lang::Lang;

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
    let reasons = match kind {
        Kind::Full => reasons(db, &ids).await?,
        Kind::Public => HashMap::new(),
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
                name: v.display_name,
                consent_publish: full.then_some(v.consent_publish),
                age_group: if full { v.age_group } else { None },
                gender: if full { v.gender } else { None },
                area: if full { v.area } else { None },
                answers,
                general_original: (full && v.general_public.is_some())
                    .then(|| v.general.clone())
                    .flatten(),
                general: v.general_public.or(v.general),
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

/// Renders rows as CSV or JSON pieces.
#[derive(Debug, Clone)]
pub struct Encoder {
    pub kind: Kind,
    pub format: Format,
    pub slug: String,
    pub columns: Vec<Column>,
}

impl Encoder {
    /// What comes before the first view: the byte-order mark and header row, or the JSON
    /// document's opening.
    pub fn head(&self) -> Vec<u8> {
        match self.format {
            Format::Csv => {
                let mut out = "\u{feff}".as_bytes().to_vec();
                out.extend(self.csv(&[self.header()]));
                out
            }
            Format::Json => {
                let questions = serde_json::to_string(&self.columns).unwrap_or_default();
                let kind = match self.kind {
                    Kind::Public => "public",
                    Kind::Full => "full",
                };
                format!(
                    "{{\"dialogue\":{},\"export\":\"{kind}\",\"questions\":{questions},\"views\":[",
                    serde_json::Value::String(self.slug.clone())
                )
                .into_bytes()
            }
        }
    }

    /// A batch of views; `first`: no view was written before (JSON needs no comma then).
    pub fn rows(&self, views: &[(i32, Exported)], first: bool) -> Vec<u8> {
        match self.format {
            Format::Csv => {
                let records: Vec<Vec<String>> = views.iter().map(|(_, v)| self.record(v)).collect();
                self.csv(&records)
            }
            Format::Json => {
                let mut out = Vec::new();
                for (i, (_, v)) in views.iter().enumerate() {
                    if !(first && i == 0) {
                        out.push(b',');
                    }
                    // Serialising plain strings and numbers cannot fail.
                    out.extend(serde_json::to_vec(v).unwrap_or_default());
                }
                out
            }
        }
    }

    /// What comes after the last view.
    pub fn tail(&self) -> Vec<u8> {
        match self.format {
            Format::Csv => Vec::new(),
            Format::Json => b"]}".to_vec(),
        }
    }

    fn header(&self) -> Vec<String> {
        let full = self.kind == Kind::Full;
        let fixed: &[&str] = if full {
            &[
                "id",
                "reference",
                "date",
                "time",
                "language",
                "channel",
                "status",
                "moderation_reason",
                "consent_publish",
                "name",
                "age_group",
                "gender",
                "area",
            ]
        } else {
            &["id", "date", "language", "name"]
        };
        let mut header: Vec<String> = fixed.iter().map(|s| s.to_string()).collect();
        for (i, c) in self.columns.iter().enumerate() {
            header.push(format!("q{}: {}", i + 1, c.text));
            if full {
                header.push(format!("q{} original", i + 1));
            }
        }
        header.push("general".into());
        if full {
            header.push("general original".into());
        }
        header
    }

    fn record(&self, v: &Exported) -> Vec<String> {
        let full = self.kind == Kind::Full;
        let text = |s: &Option<String>| s.clone().unwrap_or_default();
        let mut record = vec![v.id.to_string()];
        if full {
            record.extend([
                text(&v.reference),
                v.date.clone(),
                text(&v.time),
                v.language.clone(),
                text(&v.channel),
                text(&v.status),
                text(&v.moderation_reason),
                v.consent_publish
                    .map_or(String::new(), |c| if c { "yes" } else { "no" }.into()),
                text(&v.name),
                text(&v.age_group),
                text(&v.gender),
                text(&v.area),
            ]);
        } else {
            record.extend([v.date.clone(), v.language.clone(), text(&v.name)]);
        }
        for c in &self.columns {
            let answer = v.answers.iter().find(|a| a.question_id == c.id);
            record.push(answer.map(|a| a.text.clone()).unwrap_or_default());
            if full {
                record.push(answer.and_then(|a| a.original.clone()).unwrap_or_default());
            }
        }
        record.push(text(&v.general));
        if full {
            record.push(text(&v.general_original));
        }
        record.into_iter().map(|f| defuse(&f)).collect()
    }

    fn csv(&self, records: &[Vec<String>]) -> Vec<u8> {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(csv::Terminator::CRLF)
            .has_headers(false)
            .from_writer(Vec::new());
        for record in records {
            // Writing to memory cannot fail.
            let _ = writer.write_record(record);
        }
        writer.into_inner().unwrap_or_default()
    }
}

/// A text Excel would take for a formula, made plain text with a leading apostrophe.
fn defuse(field: &str) -> String {
    if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{field}")
    } else {
        field.to_string()
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn encoder(kind: Kind) -> Encoder {
        Encoder {
            kind,
            format: Format::Csv,
            slug: "park".into(),
            columns: vec![Column {
                id: 7,
                text: "Vad saknas?".into(),
            }],
        }
    }

    fn exported() -> Exported {
        Exported {
            id: 1,
            reference: None,
            date: "2026-03-01".into(),
            time: None,
            language: "sv".into(),
            channel: None,
            status: None,
            moderation_reason: None,
            name: Some("Anna".into()),
            consent_publish: None,
            age_group: None,
            gender: None,
            area: None,
            answers: vec![Answer {
                question_id: 7,
                text: "Bänkar; \"gärna\" många\noch gröna".into(),
                original: None,
            }],
            general: Some("=HYPERLINK(\"x\")".into()),
            general_original: None,
        }
    }

    #[test]
    fn csv_is_what_excel_with_swedish_settings_reads() {
        let e = encoder(Kind::Public);
        let head = String::from_utf8(e.head()).expect("utf-8");
        assert!(head.starts_with('\u{feff}'));
        assert_eq!(
            head.trim_start_matches('\u{feff}'),
            "id;date;language;name;q1: Vad saknas?;general\r\n"
        );
        let row = String::from_utf8(e.rows(&[(1, exported())], true)).expect("utf-8");
        assert_eq!(
            row,
            "1;2026-03-01;sv;Anna;\"Bänkar; \"\"gärna\"\" många\noch gröna\";\"'=HYPERLINK(\"\"x\"\")\"\r\n"
        );
    }

    #[test]
    fn json_is_one_document_whatever_the_batches() {
        let mut e = encoder(Kind::Public);
        e.format = Format::Json;
        let mut out = e.head();
        out.extend(e.rows(&[(1, exported()), (2, exported())], true));
        out.extend(e.rows(&[(3, exported())], false));
        out.extend(e.tail());
        let doc: serde_json::Value = serde_json::from_slice(&out).expect("valid JSON");
        assert_eq!(doc["views"].as_array().map(Vec::len), Some(3));
        assert_eq!(doc["views"][0]["general"], "=HYPERLINK(\"x\")");
        assert!(doc["views"][0].get("age_group").is_none());
    }
}
