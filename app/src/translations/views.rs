//! Working translations of residents' views: a translator (or moderator) writes one into
//! Swedish for a view in a language the moderator does not read. Staff only, never public, in the
//! full export; rows are only added, and the newest is the one shown.

use std::collections::BTreeMap;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set, TransactionTrait,
};

use super::service::languages;
use crate::access::{cap, Grant, Role};
use crate::audit::service::record;
use crate::audit::AuditAction;
use crate::db::entities::{view, view_answer, view_translation};
use crate::error::ServiceError;
use crate::forms::sized_text;
use crate::lang::Lang;

/// The longest working translation of a view, in characters.
pub const VIEW_TRANSLATION_MAX: usize = 20_000;

/// A resident's view a moderator marked "needs translation".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewItem {
    pub id: i32,
    pub reference: String,
    pub lang: Lang,
    /// Every text of the view: the answers, then the general view.
    pub texts: Vec<String>,
    /// The latest working translation, if one was made.
    pub translation: Option<String>,
}

/// Pending views marked "needs translation", written in one of `langs`, oldest first.
pub(super) async fn marked(
    db: &DatabaseConnection,
    langs: &[Lang],
) -> Result<Vec<ViewItem>, ServiceError> {
    let codes: Vec<&str> = langs.iter().map(|l| l.code()).collect();
    let views = view::Entity::find()
        .filter(view::Column::NeedsTranslation.eq(true))
        .filter(view::Column::Status.eq(crate::domain::ViewStatus::Pending.code()))
        .filter(view::Column::Lang.is_in(codes))
        .order_by_asc(view::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i32> = views.iter().map(|v| v.id).collect();
    let answers = view_answer::Entity::find()
        .filter(view_answer::Column::ViewId.is_in(ids.clone()))
        .order_by_asc(view_answer::Column::QuestionId)
        .all(db)
        .await?;
    let mut translations = latest_view_translations(db, &ids).await?;
    Ok(views
        .into_iter()
        .map(|v| {
            let mut texts: Vec<String> = answers
                .iter()
                .filter(|a| a.view_id == v.id)
                .map(|a| a.answer.clone())
                .collect();
            texts.extend(v.general.clone());
            ViewItem {
                id: v.id,
                reference: v.reference,
                lang: Lang::from_code(&v.lang).unwrap_or_default(),
                texts,
                translation: translations.remove(&v.id),
            }
        })
        .collect())
}

/// The newest working translation of each of `view_ids` that has one.
///
/// # Errors
/// The database fails.
pub async fn latest_view_translations<C: ConnectionTrait>(
    db: &C,
    view_ids: &[i32],
) -> Result<BTreeMap<i32, String>, ServiceError> {
    let rows = view_translation::Entity::find()
        .filter(view_translation::Column::ViewId.is_in(view_ids.to_vec()))
        .order_by_asc(view_translation::Column::Id)
        .all(db)
        .await?;
    // Oldest first, so the newest of each view is the one left in the map.
    Ok(rows.into_iter().map(|r| (r.view_id, r.text)).collect())
}

/// Adds a working translation (Swedish, staff only) to view `view_id`. A translator may
/// translate views written in their languages; moderators and administrators any view.
/// Earlier translations are kept.
///
/// # Errors
/// [`ServiceError::NotFound`] for an unknown view; [`ServiceError::Forbidden`] for a view in a
/// language the translator does not hold; [`ServiceError::Invalid`] for an empty or too long
/// text; the database fails.
pub async fn translate_view(
    db: &DatabaseConnection,
    staff: &Grant<cap::TranslateViews>,
    view_id: i32,
    text: &str,
) -> Result<(), ServiceError> {
    let mut errors = Vec::new();
    let text = sized_text("translation", text, VIEW_TRANSLATION_MAX, true, &mut errors);
    if !errors.is_empty() {
        return Err(ServiceError::Invalid(errors));
    }
    let txn = db.begin().await?;
    let v = view::Entity::find_by_id(view_id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    if staff.role == Role::Translator {
        let lang = Lang::from_code(&v.lang).unwrap_or_default();
        if !languages(&txn, staff).await?.contains(&lang) {
            return Err(ServiceError::Forbidden);
        }
    }
    view_translation::ActiveModel {
        view_id: Set(v.id),
        text: Set(text),
        staff_id: Set(staff.id),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    record(
        &txn,
        Some(staff.id),
        AuditAction::ViewTranslate,
        &format!("view:{}", v.id),
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
