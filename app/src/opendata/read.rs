//! Reading the open data: published dialogues whole (texts in every language, questions,
//! feedback as published), a dialogue's published views page by page, and the participation
//! summary of a closed one. Queries only; nothing here is per reader.

use std::collections::HashMap;

use chrono::NaiveDate;
use chrono_tz::Europe::Stockholm;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::schema;
use crate::db::entities::{
    dialogue, dialogue_text, feedback, question, question_text, view, view_answer,
};
use crate::dialogues::lookup::{find_published, public_status};
use crate::domain::{DialogueStatus, ViewStatus};
use crate::error::ServiceError;
use crate::lang::Lang;
use crate::reports::model::Breakdown;
use crate::reports::service::{period_bounds, public_summary};

/// Views per page unless asked otherwise, and at most.
pub const PAGE: u64 = 50;
pub const MAX_PAGE: u64 = 200;

/// Every published dialogue, by slug.
///
/// # Errors
/// The database fails.
pub async fn dialogues(
    db: &DatabaseConnection,
    today: NaiveDate,
    link: impl Fn(&str) -> String,
) -> Result<Vec<schema::Dialogue>, ServiceError> {
    let rows = dialogue::Entity::find()
        .filter(dialogue::Column::Published.eq(true))
        .order_by_asc(dialogue::Column::Slug)
        .all(db)
        .await?;
    whole(db, rows, today, link).await
}

/// One published dialogue.
///
/// # Errors
/// [`ServiceError::NotFound`] when no published dialogue has this slug; the database fails.
pub async fn dialogue(
    db: &DatabaseConnection,
    slug: &str,
    today: NaiveDate,
    link: impl Fn(&str) -> String,
) -> Result<schema::Dialogue, ServiceError> {
    let d = find_published(db, slug).await?;
    let mut all = whole(db, vec![d], today, link).await?;
    all.pop().ok_or(ServiceError::NotFound)
}

/// Dialogues with their texts, questions and published feedback, in a fixed number of
/// queries whatever their number (the feedback's published version is one read per dialogue
/// that has feedback).
async fn whole(
    db: &DatabaseConnection,
    rows: Vec<dialogue::Model>,
    today: NaiveDate,
    link: impl Fn(&str) -> String,
) -> Result<Vec<schema::Dialogue>, ServiceError> {
    let ids: Vec<i32> = rows.iter().map(|d| d.id).collect();
    let texts = dialogue_text::Entity::find()
        .filter(dialogue_text::Column::DialogueId.is_in(ids.clone()))
        .all(db)
        .await?;
    let questions = question::Entity::find()
        .filter(question::Column::DialogueId.is_in(ids.clone()))
        .order_by_asc(question::Column::Position)
        .all(db)
        .await?;
    let question_texts = question_text::Entity::find()
        .filter(question_text::Column::QuestionId.is_in(questions.iter().map(|q| q.id)))
        .all(db)
        .await?;
    let feedback_rows: HashMap<i32, feedback::Model> = feedback::Entity::find()
        .filter(feedback::Column::DialogueId.is_in(ids))
        .filter(feedback::Column::PublishedAt.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .map(|f| (f.dialogue_id, f))
        .collect();
    let in_order = |lang: &str| Lang::from_code(lang).map_or(usize::MAX, |l| l as usize);
    let mut out = Vec::with_capacity(rows.len());
    for d in rows {
        let mut own_texts: Vec<&dialogue_text::Model> =
            texts.iter().filter(|t| t.dialogue_id == d.id).collect();
        own_texts.sort_by_key(|t| in_order(&t.lang));
        let own_questions = questions
            .iter()
            .filter(|q| q.dialogue_id == d.id)
            .map(|q| {
                let mut texts: Vec<schema::LangText> = question_texts
                    .iter()
                    .filter(|t| t.question_id == q.id)
                    .map(|t| schema::LangText {
                        lang: t.lang.clone(),
                        text: t.text.clone(),
                    })
                    .collect();
                texts.sort_by_key(|t| in_order(&t.lang));
                schema::Question { id: q.id, texts }
            })
            .collect();
        let feedback = match feedback_rows.get(&d.id) {
            Some(row) => published_feedback(db, row).await?,
            None => None,
        };
        out.push(schema::Dialogue {
            url: link(&format!("/sv/dialogues/{}", d.slug)),
            state: public_status(&d, today).code().to_string(),
            opens_on: d.opens_on,
            closes_on: d.closes_on,
            decision_on: d.decision_on,
            level: d.participation_level.clone(),
            place: d.place.clone(),
            texts: own_texts
                .into_iter()
                .map(|t| schema::DialogueTexts {
                    lang: t.lang.clone(),
                    title: t.title.clone(),
                    summary: t.summary.clone(),
                    body: t.body.clone(),
                    influence: t.influence.clone(),
                    not_influence: t.not_influence.clone(),
                    decides: t.decides.clone(),
                })
                .collect(),
            questions: own_questions,
            feedback,
            slug: d.slug,
        });
    }
    Ok(out)
}

/// The feedback as it was published (not what an editor saved since).
async fn published_feedback(
    db: &DatabaseConnection,
    row: &feedback::Model,
) -> Result<Option<schema::Feedback>, ServiceError> {
    let Some(published_at) = row.published_at else {
        return Ok(None);
    };
    let Some(saved) = crate::feedback::read::published_snapshot(db, row.dialogue_id).await? else {
        return Ok(None);
    };
    Ok(Some(schema::Feedback {
        published_on: published_at.with_timezone(&Stockholm).date_naive(),
        decision_reference: saved.decision.reference.clone(),
        decided_on: saved.decision.decided_on,
        protocol_url: saved.decision.protocol_url.clone(),
        texts: saved
            .texts
            .iter()
            .map(|t| schema::FeedbackTexts {
                lang: t.lang.clone(),
                heard: t.texts.heard.clone(),
                decided: t.texts.decided.clone(),
                decided_by: t.texts.decided_by.clone(),
                next_steps: t.texts.next_steps.clone(),
            })
            .collect(),
    }))
}

/// Which of a dialogue's published views to list.
#[derive(Debug, Clone, Default)]
pub struct ViewQuery {
    pub lang: Option<Lang>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// The last view id of the page before.
    pub after: i32,
    pub limit: u64,
}

/// One page of a dialogue's published views (writers consented, redactions applied), oldest
/// first, so that a page once read stays the same as new views come in.
///
/// # Errors
/// [`ServiceError::NotFound`] for an unknown slug; the database fails.
pub async fn views(
    db: &DatabaseConnection,
    slug: &str,
    query: &ViewQuery,
) -> Result<schema::ViewPage, ServiceError> {
    let d = find_published(db, slug).await?;
    let mut find = view::Entity::find()
        .filter(view::Column::DialogueId.eq(d.id))
        .filter(view::Column::Status.eq(ViewStatus::Published.code()))
        .filter(view::Column::ConsentPublish.eq(true))
        .filter(view::Column::Id.gt(query.after));
    if let Some(lang) = query.lang {
        find = find.filter(view::Column::Lang.eq(lang.code()));
    }
    let far = NaiveDate::from_ymd_opt(9999, 12, 30).unwrap_or(NaiveDate::MAX);
    let early = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or(NaiveDate::MIN);
    if query.from.is_some() || query.to.is_some() {
        let (start, end) = period_bounds(query.from.unwrap_or(early), query.to.unwrap_or(far));
        find = find
            .filter(view::Column::CreatedAt.gte(start))
            .filter(view::Column::CreatedAt.lt(end));
    }
    let limit = query.limit.clamp(1, MAX_PAGE);
    let mut rows = find
        .order_by_asc(view::Column::Id)
        .limit(limit + 1)
        .all(db)
        .await?;
    let more = rows.len() as u64 > limit;
    rows.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
    let ids: Vec<i32> = rows.iter().map(|v| v.id).collect();
    let mut answers: HashMap<i32, Vec<schema::Answer>> = HashMap::new();
    for a in view_answer::Entity::find()
        .filter(view_answer::Column::ViewId.is_in(ids))
        .order_by_asc(view_answer::Column::QuestionId)
        .all(db)
        .await?
    {
        answers.entry(a.view_id).or_default().push(schema::Answer {
            question_id: a.question_id,
            text: a.public_answer.unwrap_or(a.answer),
        });
    }
    let next_cursor = more
        .then(|| rows.last().map(|v| v.id.to_string()))
        .flatten();
    let items = rows
        .into_iter()
        .map(|v| schema::View {
            answers: answers.remove(&v.id).unwrap_or_default(),
            id: v.id,
            lang: v.lang,
            received_on: v.created_at.with_timezone(&Stockholm).date_naive(),
            name: crate::domain::public_name(v.display_name, v.display_name_public),
            general: v.general_public.or(v.general),
        })
        .collect();
    Ok(schema::ViewPage { items, next_cursor })
}

/// Who took part in a closed dialogue.
///
/// # Errors
/// [`ServiceError::NotFound`] for an unknown slug; [`ServiceError::NotOpen`] while the dialogue
/// has not closed (the figures are told once it is over); the database fails.
pub async fn summary(
    db: &DatabaseConnection,
    slug: &str,
    today: NaiveDate,
) -> Result<schema::Summary, ServiceError> {
    let d = find_published(db, slug).await?;
    if public_status(&d, today) != DialogueStatus::Closed {
        return Err(ServiceError::NotOpen);
    }
    let s = public_summary(db, &d).await?;
    let rows = |b: Breakdown| {
        b.rows
            .into_iter()
            .map(|r| schema::SummaryRow {
                key: r.key,
                figure: r.cell.into(),
            })
            .collect()
    };
    Ok(schema::Summary {
        dialogue: d.slug,
        total: s.total.into(),
        languages: rows(s.languages),
        ages: rows(s.ages),
        areas: rows(s.areas),
    })
}
