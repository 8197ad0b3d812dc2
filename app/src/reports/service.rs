//! Reading the figures from the database: one streamed pass over the views in scope (so a
//! dialogue of any size is counted in constant memory), and a grouped count of answers per
//! question.

use chrono::{NaiveDate, TimeZone};
use chrono_tz::Europe::Stockholm;
use futures_util::TryStreamExt;
use sea_orm::{ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect};

use super::model::{protect, Breakdown, Cell, Dimension, PublicSummary, Row};
use super::tally::{Facts, Tally};
use crate::db::entities::{dialogue, question, question_text, view, view_answer};
use crate::domain::ViewStatus;
use crate::error::ServiceError;
use crate::lang::Lang;

/// What a report covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Every view of one dialogue.
    Dialogue(i32),
    /// Every view of every dialogue that came in from the first day to the last (inclusive,
    /// Stockholm time).
    Period { from: NaiveDate, to: NaiveDate },
}

/// A participation report, every figure protected.
#[derive(Debug, Clone)]
pub struct Report {
    pub total: Cell,
    /// Status, language, channel, age, gender, area.
    pub breakdowns: Vec<Breakdown>,
    /// How many answered each question (a dialogue's report only).
    pub questions: Option<Breakdown>,
    /// Views per day.
    pub days: Breakdown,
    /// Views per dialogue (a period's report only).
    pub dialogues: Option<Breakdown>,
    /// Views collected at each of the dialogue's meetings (a dialogue's report, when it has
    /// meetings).
    pub meetings: Option<Breakdown>,
}

/// The dimensions every report breaks views down by, in the order it shows them.
pub const DIMENSIONS: [Dimension; 6] = [
    Dimension::Status,
    Dimension::Language,
    Dimension::Channel,
    Dimension::Age,
    Dimension::Gender,
    Dimension::Area,
];

/// Counts the views in `scope`; `lang` picks the language of the questions' texts.
///
/// # Errors
/// The database fails.
pub async fn participation(
    db: &DatabaseConnection,
    scope: Scope,
    lang: Lang,
) -> Result<Report, ServiceError> {
    let (tally, per_dialogue) = count(db, scope).await?;
    let (_, total) = protect(&[tally.total]);
    let questions = match scope {
        Scope::Dialogue(id) => Some(answered(db, id, tally.total, total, lang).await?),
        Scope::Period { .. } => None,
    };
    let dialogues = match scope {
        Scope::Period { .. } => Some(by_dialogue(db, &per_dialogue).await?),
        Scope::Dialogue(_) => None,
    };
    let meetings = match scope {
        Scope::Dialogue(id) => by_meeting(db, id).await?,
        Scope::Period { .. } => None,
    };
    Ok(Report {
        total,
        breakdowns: DIMENSIONS.iter().map(|d| tally.breakdown(*d)).collect(),
        questions,
        days: tally.breakdown(Dimension::Day),
        dialogues,
        meetings,
    })
}

/// What a closed dialogue's page tells everyone about who took part: views received by the
/// closing day (Stockholm time), whatever their moderation but rejected ones, by language, age
/// and area. Views entered or rejected later do not change it, so that comparing the figures
/// before and after cannot single one out. One grouped query: a closed dialogue's page costs
/// the same however many took part.
///
/// # Errors
/// The database fails.
pub async fn public_summary(
    db: &DatabaseConnection,
    d: &dialogue::Model,
) -> Result<PublicSummary, ServiceError> {
    let (_, end) = period_bounds(d.closes_on, d.closes_on);
    let groups: Vec<(String, Option<String>, Option<String>, i64)> = view::Entity::find()
        .select_only()
        .column(view::Column::Lang)
        .column(view::Column::AgeGroup)
        .column(view::Column::Area)
        .column_as(view::Column::Id.count(), "n")
        .filter(view::Column::DialogueId.eq(d.id))
        .filter(view::Column::Status.ne(ViewStatus::Rejected.code()))
        .filter(view::Column::CreatedAt.lt(end))
        .group_by(view::Column::Lang)
        .group_by(view::Column::AgeGroup)
        .group_by(view::Column::Area)
        .into_tuple()
        .all(db)
        .await?;
    let mut tally = Tally::default();
    for (lang, age, area, n) in groups {
        let facts = Facts {
            lang,
            age,
            area,
            ..Facts::default()
        };
        tally.add_n(&facts, u64::try_from(n).unwrap_or(0));
    }
    let mut summary = PublicSummary {
        total: Cell::Count(0),
        languages: tally.breakdown(Dimension::Language),
        ages: tally.breakdown(Dimension::Age),
        areas: tally.breakdown(Dimension::Area),
    };
    // The three tables share one total: where one of them must withhold it, none shows it.
    let totals = [
        summary.languages.total,
        summary.ages.total,
        summary.areas.total,
    ];
    summary.total = if totals.contains(&Cell::Withheld) {
        Cell::Withheld
    } else {
        totals[0]
    };
    for breakdown in [
        &mut summary.languages,
        &mut summary.ages,
        &mut summary.areas,
    ] {
        breakdown.total = summary.total;
    }
    Ok(summary)
}

/// The UTC instants a period's Stockholm days run between: `[start, end)`.
pub fn period_bounds(
    from: NaiveDate,
    to: NaiveDate,
) -> (chrono::DateTime<chrono::Utc>, chrono::DateTime<chrono::Utc>) {
    let start_of = |day: NaiveDate| {
        Stockholm
            .from_local_datetime(&day.and_hms_opt(0, 0, 0).unwrap_or_default())
            .earliest()
            .map(|t| t.with_timezone(&chrono::Utc))
            .unwrap_or_else(|| day.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc())
    };
    (start_of(from), start_of(to.succ_opt().unwrap_or(to)))
}

/// The views in `scope` that a report counts, as a condition.
fn in_scope(scope: Scope) -> Condition {
    match scope {
        Scope::Dialogue(id) => Condition::all().add(view::Column::DialogueId.eq(id)),
        Scope::Period { from, to } => {
            let (start, end) = period_bounds(from, to);
            Condition::all()
                .add(view::Column::CreatedAt.gte(start))
                .add(view::Column::CreatedAt.lt(end))
        }
    }
}

type FactRow = (
    i32,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    chrono::DateTime<chrono::Utc>,
);

/// One streamed pass over the views in scope: the tally, and views per dialogue.
async fn count(
    db: &DatabaseConnection,
    scope: Scope,
) -> Result<(Tally, std::collections::BTreeMap<i32, u64>), ServiceError> {
    let condition = in_scope(scope);
    let mut rows = view::Entity::find()
        .select_only()
        .columns([
            view::Column::DialogueId,
            view::Column::Status,
            view::Column::Lang,
            view::Column::Channel,
            view::Column::AgeGroup,
            view::Column::Gender,
            view::Column::Area,
            view::Column::CreatedAt,
        ])
        .filter(condition)
        .into_tuple::<FactRow>()
        .stream(db)
        .await?;
    let mut tally = Tally::default();
    let mut per_dialogue = std::collections::BTreeMap::new();
    while let Some((dialogue_id, status, lang, channel, age, gender, area, at)) =
        rows.try_next().await?
    {
        tally.add(&Facts {
            status,
            lang,
            channel,
            age,
            gender,
            area,
            day: Some(at.with_timezone(&Stockholm).date_naive()),
        });
        *per_dialogue.entry(dialogue_id).or_insert(0u64) += 1;
    }
    Ok((tally, per_dialogue))
}

/// How many views answered each of the dialogue's questions. Each question is its own small
/// table (answered, not answered) under the same rule, so that a handful who skipped a
/// question cannot be worked out from the total either.
async fn answered(
    db: &DatabaseConnection,
    dialogue_id: i32,
    views: u64,
    total: Cell,
    lang: Lang,
) -> Result<Breakdown, ServiceError> {
    let questions = question::Entity::find()
        .filter(question::Column::DialogueId.eq(dialogue_id))
        .all(db)
        .await?;
    let mut questions = questions;
    questions.sort_by_key(|q| q.position);
    let ids: Vec<i32> = questions.iter().map(|q| q.id).collect();
    let texts = question_text::Entity::find()
        .filter(question_text::Column::QuestionId.is_in(ids.clone()))
        .filter(question_text::Column::Lang.is_in([lang.code(), Lang::Sv.code()]))
        .all(db)
        .await?;
    let counts: Vec<(i32, i64)> = view_answer::Entity::find()
        .select_only()
        .column(view_answer::Column::QuestionId)
        .column_as(view_answer::Column::ViewId.count(), "n")
        .filter(view_answer::Column::QuestionId.is_in(ids))
        .group_by(view_answer::Column::QuestionId)
        .into_tuple()
        .all(db)
        .await?;
    let rows = questions
        .iter()
        .map(|q| {
            let n = counts
                .iter()
                .find(|(id, _)| *id == q.id)
                .map_or(0, |(_, n)| u64::try_from(*n).unwrap_or(0));
            let (cells, _) = protect(&[n, views.saturating_sub(n)]);
            let text = texts
                .iter()
                .find(|t| t.question_id == q.id && t.lang == lang.code())
                .or_else(|| texts.iter().find(|t| t.question_id == q.id));
            Row {
                key: q.id.to_string(),
                label: text.map(|t| t.text.clone()),
                label_lang: text.map(|t| t.lang.clone()),
                cell: cells[0],
            }
        })
        .collect();
    Ok(Breakdown {
        dimension: Dimension::Question,
        rows,
        total,
    })
}

/// Views per meeting of a dialogue, each meeting labelled with its Stockholm start and where
/// it was (written the same in every language). One grouped query. `None` when the dialogue
/// has no meetings.
async fn by_meeting(
    db: &DatabaseConnection,
    dialogue_id: i32,
) -> Result<Option<Breakdown>, ServiceError> {
    let meetings = crate::meetings::service::of_dialogue(db, dialogue_id).await?;
    if meetings.is_empty() {
        return Ok(None);
    }
    let counts: Vec<(Option<i32>, i64)> = view::Entity::find()
        .select_only()
        .column(view::Column::MeetingId)
        .column_as(view::Column::Id.count(), "n")
        .filter(view::Column::DialogueId.eq(dialogue_id))
        .filter(view::Column::MeetingId.is_not_null())
        .group_by(view::Column::MeetingId)
        .into_tuple()
        .all(db)
        .await?;
    let rows = meetings
        .iter()
        .map(|m| {
            let n = counts
                .iter()
                .find(|(id, _)| *id == Some(m.id))
                .map_or(0, |(_, n)| u64::try_from(*n).unwrap_or(0));
            let starts = crate::meetings::form::local(m.starts_at).format("%Y-%m-%d %H:%M");
            let place = m.link.as_deref().filter(|_| m.online).unwrap_or(&m.venue);
            (m.id.to_string(), Some(format!("{starts}, {place}")), n)
        })
        .collect();
    Ok(Some(Breakdown::new(Dimension::Meeting, rows)))
}

/// Views per dialogue of a period, labelled with the dialogues' Swedish titles.
async fn by_dialogue(
    db: &DatabaseConnection,
    per_dialogue: &std::collections::BTreeMap<i32, u64>,
) -> Result<Breakdown, ServiceError> {
    let ids: Vec<i32> = per_dialogue.keys().copied().collect();
    let dialogues = dialogue::Entity::find()
        .filter(dialogue::Column::Id.is_in(ids))
        .all(db)
        .await?;
    let titles = crate::dialogues::lookup::titles(db).await?;
    let counts = dialogues
        .iter()
        .map(|d| {
            let title = titles
                .iter()
                .find(|(slug, _)| *slug == d.slug)
                .map(|(_, t)| t.clone());
            (d.slug.clone(), title, per_dialogue[&d.id])
        })
        .collect();
    let mut breakdown = Breakdown::new(Dimension::Dialogue, counts);
    for row in &mut breakdown.rows {
        row.label_lang = Some(Lang::Sv.code().to_string());
    }
    Ok(breakdown)
}
