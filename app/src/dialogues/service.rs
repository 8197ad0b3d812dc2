//! Reading dialogues for the public: the filtered list and the dialogue page, and the lookups
//! other areas need (a published dialogue, its questions, every dialogue's title).

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use sea_orm::{
    sea_query::{IntoIden, IntoTableRef, Query, SimpleExpr},
    ColumnTrait, Condition, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder,
};

pub use super::lookup::{find_published, public_status, question_ids, texts_of, title_in, titles};
use super::model::{
    Contact, DialogueCard, DialogueDetail, DialogueFilter, PublishedView, QuestionText, ViewPage,
    VIEWS_PER_PAGE,
};
use crate::access::{cap, Grant};
use crate::db::entities::{
    dialogue, dialogue_target_group, dialogue_text, dialogue_theme, feedback, question,
    question_text, view, view_answer,
};
use crate::domain::{DialogueStatus, ParticipationLevel, Place, TargetGroup, Theme, ViewStatus};
use crate::error::ServiceError;
use crate::feedback::model::Stage;
use crate::lang::Lang;

/// The published dialogues matching `filter`: open ones first (closing soonest first), then
/// upcoming (opening soonest first), then closed (most recently closed first).
///
/// # Errors
/// The database fails.
pub async fn list(
    db: &DatabaseConnection,
    lang: Lang,
    filter: &DialogueFilter,
    today: NaiveDate,
) -> Result<Vec<DialogueCard>, ServiceError> {
    let mut condition = Condition::all().add(dialogue::Column::Published.eq(true));
    if let Some(group) = filter.group {
        condition = condition.add(dialogue_in(
            dialogue_target_group::Entity,
            dialogue_target_group::Column::DialogueId,
            dialogue_target_group::Column::TargetGroup.eq(group.code()),
        ));
    }
    if let Some(theme) = filter.theme {
        condition = condition.add(dialogue_in(
            dialogue_theme::Entity,
            dialogue_theme::Column::DialogueId,
            dialogue_theme::Column::Theme.eq(theme.code()),
        ));
    }
    if filter.in_my_language {
        condition = condition.add(dialogue_in(
            dialogue_text::Entity,
            dialogue_text::Column::DialogueId,
            dialogue_text::Column::Lang.eq(lang.code()),
        ));
    }
    if filter.feedback_given {
        condition = condition.add(dialogue_in(
            feedback::Entity,
            feedback::Column::DialogueId,
            feedback::Column::PublishedAt.is_not_null(),
        ));
    }
    if let Some(place) = filter.place {
        condition = condition.add(dialogue::Column::Place.eq(place.code()));
    }
    condition = match filter.status {
        None => condition,
        Some(DialogueStatus::Upcoming) => condition
            .add(dialogue::Column::OpensOn.gt(today))
            .add(dialogue::Column::Closed.eq(false)),
        Some(DialogueStatus::Closed) => condition.add(
            Condition::any()
                .add(dialogue::Column::ClosesOn.lt(today))
                .add(dialogue::Column::Closed.eq(true)),
        ),
        Some(DialogueStatus::Open) => condition
            .add(dialogue::Column::OpensOn.lte(today))
            .add(dialogue::Column::ClosesOn.gte(today))
            .add(dialogue::Column::Closed.eq(false)),
    };

    let dialogues = dialogue::Entity::find().filter(condition).all(db).await?;
    let ids: Vec<i32> = dialogues.iter().map(|d| d.id).collect();
    let mut texts = TextRows::load(db, &ids).await?;
    let mut groups = target_groups(db, &ids).await?;
    let mut themes = themes(db, &ids).await?;
    let with_feedback = crate::feedback::read::published_among(db, &ids).await?;

    let mut cards: Vec<DialogueCard> = dialogues
        .into_iter()
        .map(|d| {
            let (text_lang, text) = texts.pick(d.id, lang);
            let status = public_status(&d, today);
            DialogueCard {
                slug: d.slug,
                text_lang,
                title: text.title,
                summary: text.summary,
                status,
                opens_on: d.opens_on,
                closes_on: d.closes_on,
                place: Place::from_code(&d.place).unwrap_or(Place::WholeDistrict),
                target_groups: groups.remove(&d.id).unwrap_or_default(),
                themes: themes.remove(&d.id).unwrap_or_default(),
                languages: texts.languages(d.id),
                stage: stage(status, with_feedback.contains(&d.id)),
            }
        })
        .collect();
    cards.sort_by_key(|c| {
        let day = |d: NaiveDate| i64::from(d.num_days_from_ce());
        match c.status {
            DialogueStatus::Open => (0, day(c.closes_on)),
            DialogueStatus::Upcoming => (1, day(c.opens_on)),
            DialogueStatus::Closed => (2, -day(c.closes_on)),
        }
    });
    Ok(cards)
}

/// Dialogues that have a row in `table` (linked by its `dialogue_id` column) where `matches`.
fn dialogue_in(
    table: impl IntoTableRef,
    dialogue_id: impl IntoIden,
    matches: SimpleExpr,
) -> SimpleExpr {
    dialogue::Column::Id.in_subquery(
        Query::select()
            .column(dialogue_id)
            .from(table)
            .and_where(matches)
            .to_owned(),
    )
}

/// A published dialogue, its questions, and page `page` (1-based) of its published views.
/// A page past the last gives the last page.
///
/// # Errors
/// [`ServiceError::NotFound`] when no published dialogue has this slug; the database fails.
pub async fn detail(
    db: &DatabaseConnection,
    lang: Lang,
    slug: &str,
    page: u32,
    today: NaiveDate,
) -> Result<DialogueDetail, ServiceError> {
    let d = find_published(db, slug).await?;
    build_detail(db, d, lang, page, today).await
}

/// A published dialogue in easy-to-read Swedish: the easy texts (and the easy feedback, when
/// the editor wrote it) in place of the standard Swedish.
///
/// # Errors
/// [`ServiceError::NotFound`] when the dialogue is not published or has no easy Swedish.
pub async fn detail_easy(
    db: &DatabaseConnection,
    slug: &str,
    page: u32,
    today: NaiveDate,
) -> Result<DialogueDetail, ServiceError> {
    let d = find_published(db, slug).await?;
    let easy = crate::dialogues::easy::load(db, d.id)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let mut detail = build_detail(db, d, Lang::Sv, page, today).await?;
    detail.text = easy.text;
    detail.text_lang = Lang::Sv;
    detail.easy_reading = true;
    if let (Some(shown), Some(easy)) = (detail.feedback.as_mut(), easy.feedback) {
        shown.texts.heard = easy.heard;
        shown.texts.decided = easy.decided;
        shown.texts.next_steps = easy.next_steps;
    }
    Ok(detail)
}

/// Any dialogue, drafts included, as a resident would see it once published: the editor's
/// preview.
///
/// # Errors
/// [`ServiceError::NotFound`] for an unknown slug; The database fails.
pub async fn preview(
    db: &DatabaseConnection,
    _editor: &Grant<cap::EditDialogues>,
    lang: Lang,
    slug: &str,
    today: NaiveDate,
) -> Result<DialogueDetail, ServiceError> {
    let d = dialogue::Entity::find()
        .filter(dialogue::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    build_detail(db, d, lang, 1, today).await
}

async fn build_detail(
    db: &DatabaseConnection,
    d: dialogue::Model,
    lang: Lang,
    page: u32,
    today: NaiveDate,
) -> Result<DialogueDetail, ServiceError> {
    let mut texts = TextRows::load(db, &[d.id]).await?;
    let (text_lang, text) = texts.pick(d.id, lang);
    let draft_translation = text_lang != Lang::Sv && !text.reviewed;
    let questions = questions(db, d.id, lang).await?;
    let views = published_views(db, d.id, page).await?;
    let status = public_status(&d, today);
    let question_ids: Vec<i32> = questions.iter().map(|q| q.id).collect();
    let feedback = crate::feedback::read::public(db, d.id, &question_ids, lang).await?;
    let decision = feedback
        .as_ref()
        .and_then(|f| f.decision.decided_on)
        .or(d.decision_on)
        .map(|day| (day, day <= today));
    // Who took part is told once the dialogue has closed: while it is open the figures move
    // and small groups could be followed from one day to the next.
    let participation = match status {
        DialogueStatus::Closed => Some(crate::reports::service::public_summary(db, &d).await?),
        _ => None,
    };
    let meetings = crate::meetings::service::upcoming_of(db, d.id, chrono::Utc::now()).await?;
    Ok(DialogueDetail {
        meetings,
        participation,
        slug: d.slug,
        text_lang,
        draft_translation,
        has_easy: crate::dialogues::easy::exists(db, d.id).await?,
        easy_reading: false,
        text: texts_of(text),
        place: Place::from_code(&d.place).unwrap_or(Place::WholeDistrict),
        level: ParticipationLevel::from_code(&d.participation_level)
            .unwrap_or(ParticipationLevel::Consultation),
        target_groups: target_groups(db, &[d.id])
            .await?
            .remove(&d.id)
            .unwrap_or_default(),
        themes: themes(db, &[d.id]).await?.remove(&d.id).unwrap_or_default(),
        status,
        opens_on: d.opens_on,
        closes_on: d.closes_on,
        decision_on: d.decision_on,
        contact: Contact {
            name: d.contact_name,
            email: d.contact_email,
            phone: d.contact_phone,
        },
        questions,
        views,
        languages: texts.languages(d.id),
        decision,
        feedback,
    })
}

/// Where a dialogue is in the routine, by its public status and whether its feedback is out.
pub fn stage(status: DialogueStatus, feedback_published: bool) -> Stage {
    match (status, feedback_published) {
        (DialogueStatus::Upcoming, _) => Stage::Upcoming,
        (DialogueStatus::Open, _) => Stage::Open,
        (DialogueStatus::Closed, false) => Stage::AwaitingFeedback,
        (DialogueStatus::Closed, true) => Stage::FeedbackGiven,
    }
}

/// A dialogue's questions in order, each in `lang` or else in Swedish.
pub(crate) async fn questions(
    db: &DatabaseConnection,
    dialogue_id: i32,
    lang: Lang,
) -> Result<Vec<QuestionText>, ServiceError> {
    let questions = question::Entity::find()
        .filter(question::Column::DialogueId.eq(dialogue_id))
        .order_by_asc(question::Column::Position)
        .all(db)
        .await?;
    let ids: Vec<i32> = questions.iter().map(|q| q.id).collect();
    let texts = question_text::Entity::find()
        .filter(question_text::Column::QuestionId.is_in(ids))
        .filter(question_text::Column::Lang.is_in([lang.code(), Lang::Sv.code()]))
        .all(db)
        .await?;
    Ok(questions
        .into_iter()
        .map(|q| {
            let find = |l: Lang| {
                texts
                    .iter()
                    .find(|t| t.question_id == q.id && t.lang == l.code())
                    .map(|t| (l, t.text.clone()))
            };
            let (text_lang, text) = find(lang)
                .or_else(|| find(Lang::Sv))
                .unwrap_or((Lang::Sv, String::new()));
            QuestionText {
                id: q.id,
                text_lang,
                text,
            }
        })
        .collect())
}

async fn published_views(
    db: &DatabaseConnection,
    dialogue_id: i32,
    page: u32,
) -> Result<ViewPage, ServiceError> {
    let paginator = view::Entity::find()
        .filter(view::Column::DialogueId.eq(dialogue_id))
        .filter(view::Column::Status.eq(ViewStatus::Published.code()))
        .filter(view::Column::ConsentPublish.eq(true))
        .order_by_desc(view::Column::CreatedAt)
        .order_by_desc(view::Column::Id)
        .paginate(db, VIEWS_PER_PAGE);
    let counts = paginator.num_items_and_pages().await?;
    let pages = u32::try_from(counts.number_of_pages.max(1)).unwrap_or(u32::MAX);
    let page = page.clamp(1, pages);
    let views = paginator.fetch_page(u64::from(page - 1)).await?;

    let ids: Vec<i32> = views.iter().map(|v| v.id).collect();
    let mut answers: HashMap<i32, Vec<(i32, String)>> = HashMap::new();
    for a in view_answer::Entity::find()
        .filter(view_answer::Column::ViewId.is_in(ids))
        .order_by_asc(view_answer::Column::QuestionId)
        .all(db)
        .await?
    {
        // Where a moderator redacted part of an answer, the public sees that version only.
        answers
            .entry(a.view_id)
            .or_default()
            .push((a.question_id, a.public_answer.unwrap_or(a.answer)));
    }
    let items = views
        .into_iter()
        .map(|v| PublishedView {
            id: v.id,
            answers: answers.remove(&v.id).unwrap_or_default(),
            display_name: crate::domain::public_name(v.display_name, v.display_name_public),
            lang: v.lang,
            sent_on: v
                .created_at
                .with_timezone(&chrono_tz::Europe::Stockholm)
                .date_naive(),
            general: v.general_public.or(v.general),
        })
        .collect();
    Ok(ViewPage {
        items,
        page,
        pages,
        total: counts.number_of_items,
    })
}

async fn target_groups(
    db: &DatabaseConnection,
    ids: &[i32],
) -> Result<HashMap<i32, Vec<TargetGroup>>, ServiceError> {
    let rows = dialogue_target_group::Entity::find()
        .filter(dialogue_target_group::Column::DialogueId.is_in(ids.to_vec()))
        .all(db)
        .await?;
    Ok(by_dialogue(
        rows.into_iter().map(|r| (r.dialogue_id, r.target_group)),
        TargetGroup::from_code,
        TargetGroup::ALL,
    ))
}

async fn themes(
    db: &DatabaseConnection,
    ids: &[i32],
) -> Result<HashMap<i32, Vec<Theme>>, ServiceError> {
    let rows = dialogue_theme::Entity::find()
        .filter(dialogue_theme::Column::DialogueId.is_in(ids.to_vec()))
        .all(db)
        .await?;
    Ok(by_dialogue(
        rows.into_iter().map(|r| (r.dialogue_id, r.theme)),
        Theme::from_code,
        Theme::ALL,
    ))
}

/// Groups `(dialogue id, code)` rows into each dialogue's values, in the list's own order.
/// A code the portal no longer knows is skipped.
fn by_dialogue<T: Copy + PartialEq>(
    rows: impl IntoIterator<Item = (i32, String)>,
    parse: fn(&str) -> Option<T>,
    order: &[T],
) -> HashMap<i32, Vec<T>> {
    let mut map: HashMap<i32, Vec<T>> = HashMap::new();
    for (dialogue_id, code) in rows {
        if let Some(value) = parse(&code) {
            map.entry(dialogue_id).or_default().push(value);
        }
    }
    for values in map.values_mut() {
        values.sort_by_key(|v| order.iter().position(|x| x == v));
    }
    map
}

/// The texts of a set of dialogues in every language, to pick the reader's from.
struct TextRows(Vec<dialogue_text::Model>);

impl TextRows {
    async fn load(db: &DatabaseConnection, ids: &[i32]) -> Result<Self, ServiceError> {
        let rows = dialogue_text::Entity::find()
            .filter(dialogue_text::Column::DialogueId.is_in(ids.to_vec()))
            .all(db)
            .await?;
        Ok(TextRows(rows))
    }

    /// The text in `lang`, else the Swedish one (every dialogue has Swedish: it is the source).
    fn pick(&mut self, id: i32, lang: Lang) -> (Lang, dialogue_text::Model) {
        for candidate in [lang, Lang::Sv] {
            if let Some(pos) = self
                .0
                .iter()
                .position(|t| t.dialogue_id == id && t.lang == candidate.code())
            {
                return (candidate, self.0[pos].clone());
            }
        }
        let empty = dialogue_text::Model {
            dialogue_id: id,
            lang: Lang::Sv.code().to_string(),
            title: String::new(),
            summary: String::new(),
            body: String::new(),
            influence: String::new(),
            not_influence: String::new(),
            decides: String::new(),
            reviewed: false,
            based_on: None,
        };
        (Lang::Sv, empty)
    }

    /// The languages a dialogue has texts in, in the portal's language order.
    fn languages(&self, id: i32) -> Vec<Lang> {
        Lang::ALL
            .into_iter()
            .filter(|l| {
                self.0
                    .iter()
                    .any(|t| t.dialogue_id == id && t.lang == l.code())
            })
            .collect()
    }
}
