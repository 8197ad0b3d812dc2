//! What other areas ask of a dialogue: whether it takes views, the published one with a slug,
//! its question ids, titles, texts. Queries only.

use chrono::NaiveDate;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
};

use super::model::Texts;
use crate::db::entities::{dialogue, dialogue_text, question};
use crate::domain::{dialogue_status, DialogueStatus};
use crate::error::ServiceError;
use crate::lang::Lang;

/// Where a dialogue is for the public: closed early by its editor, or by its dates.
pub fn public_status(d: &dialogue::Model, today: NaiveDate) -> DialogueStatus {
    if d.closed {
        DialogueStatus::Closed
    } else {
        dialogue_status(today, d.opens_on, d.closes_on)
    }
}

/// A dialogue's title in `lang`, else in Swedish, with the language it is in.
///
/// # Errors
/// The database fails.
pub async fn title_in<C: ConnectionTrait>(
    db: &C,
    dialogue_id: i32,
    lang: Lang,
) -> Result<(Lang, String), ServiceError> {
    Ok(titles_in(db, &[dialogue_id], lang)
        .await?
        .remove(&dialogue_id)
        .unwrap_or((Lang::Sv, String::new())))
}

/// The titles of several dialogues in `lang`, else in Swedish, each with the language it is
/// in: one query however many dialogues. A dialogue without texts is missing from the map.
///
/// # Errors
/// The database fails.
pub async fn titles_in<C: ConnectionTrait>(
    db: &C,
    dialogue_ids: &[i32],
    lang: Lang,
) -> Result<std::collections::HashMap<i32, (Lang, String)>, ServiceError> {
    let texts = dialogue_text::Entity::find()
        .filter(dialogue_text::Column::DialogueId.is_in(dialogue_ids.to_vec()))
        .filter(dialogue_text::Column::Lang.is_in([lang.code(), Lang::Sv.code()]))
        .all(db)
        .await?;
    let mut titles = std::collections::HashMap::new();
    for text in texts {
        // The reader's language wins over the Swedish fallback, whichever row comes first.
        let own = text.lang == lang.code();
        if own || !titles.contains_key(&text.dialogue_id) {
            let text_lang = Lang::from_code(&text.lang).unwrap_or(Lang::Sv);
            titles.insert(text.dialogue_id, (text_lang, text.title));
        }
    }
    Ok(titles)
}

/// The texts of a stored row.
pub fn texts_of(row: dialogue_text::Model) -> Texts {
    Texts {
        title: row.title,
        summary: row.summary,
        body: row.body,
        influence: row.influence,
        not_influence: row.not_influence,
        decides: row.decides,
    }
}

/// The published dialogue with this slug.
///
/// # Errors
/// [`ServiceError::NotFound`] if there is none.
pub async fn find_published(
    db: &DatabaseConnection,
    slug: &str,
) -> Result<dialogue::Model, ServiceError> {
    dialogue::Entity::find()
        .filter(dialogue::Column::Slug.eq(slug))
        .filter(dialogue::Column::Published.eq(true))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// The ids of a dialogue's questions, in order: what a view's answers are checked against.
///
/// # Errors
/// The database fails.
pub async fn question_ids<C: ConnectionTrait>(
    db: &C,
    dialogue_id: i32,
) -> Result<Vec<i32>, ServiceError> {
    use sea_orm::QuerySelect;
    Ok(question::Entity::find()
        .select_only()
        .column(question::Column::Id)
        .filter(question::Column::DialogueId.eq(dialogue_id))
        .order_by_asc(question::Column::Position)
        .into_tuple()
        .all(db)
        .await?)
}

/// Every dialogue's slug and Swedish title, for the queue's dialogue filter.
///
/// # Errors
/// The database fails.
pub async fn titles(db: &DatabaseConnection) -> Result<Vec<(String, String)>, ServiceError> {
    let dialogues = dialogue::Entity::find()
        .order_by_asc(dialogue::Column::Slug)
        .all(db)
        .await?;
    let titles = dialogue_text::Entity::find()
        .filter(dialogue_text::Column::Lang.eq(Lang::Sv.code()))
        .all(db)
        .await?;
    Ok(dialogues
        .into_iter()
        .map(|d| {
            let title = titles
                .iter()
                .find(|t| t.dialogue_id == d.id)
                .map(|t| t.title.clone())
                .unwrap_or_default();
            (d.slug, title)
        })
        .collect())
}
