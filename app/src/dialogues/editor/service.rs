//! Writing dialogues: saving the editor's form as a new version, publishing and closing.
//!
//! Every save, publish and close writes the whole dialogue as it now is into
//! `dialogue_version` (who, when, what) and an audit entry, in the same transaction as the
//! change. Versions are never changed or deleted, so the history can always be read back.

use sea_orm::{
    sea_query::Expr, ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set, TransactionTrait,
};

use super::form::ValidDialogue;
pub use super::snapshot::VersionAction;
use super::versions::{find, load_snapshot};
use crate::access::{cap, Grant, Staff};
use crate::audit::service::record;
use crate::db::entities::{
    dialogue, dialogue_target_group, dialogue_text, dialogue_theme, dialogue_version, question,
    question_text,
};
use crate::error::ServiceError;
use crate::lang::Lang;

/// A URL-safe slug from a title: lower-case letters and digits, words joined by hyphens,
/// Swedish letters spelled without their marks; `fallback` when nothing of the title is left.
pub(crate) fn slugify(title: &str, fallback: &str) -> String {
    let mut slug = String::new();
    for c in title.to_lowercase().chars() {
        let c = match c {
            'å' | 'ä' | 'á' | 'à' | 'â' => 'a',
            'ö' | 'ø' | 'ó' => 'o',
            'é' | 'è' | 'ê' => 'e',
            'ü' => 'u',
            'ï' | 'í' => 'i',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug: String = slug.trim_end_matches('-').chars().take(60).collect();
    if slug.is_empty() {
        fallback.to_string()
    } else {
        slug.trim_end_matches('-').to_string()
    }
}

/// Saves the editor's form: creates the dialogue (`slug` is `None`) as a draft, or changes
/// it. The common fields, the texts in one language and the questions' texts in that language
/// are written, then the whole dialogue is kept as a new version. Returns the slug.
///
/// # Errors
/// [`ServiceError::NotFound`] for an unknown slug; a database failure.
pub async fn save(
    db: &DatabaseConnection,
    editor: &Grant<cap::EditDialogues>,
    slug: Option<&str>,
    form: &ValidDialogue,
) -> Result<String, ServiceError> {
    let txn = db.begin().await?;
    let now = chrono::Utc::now();
    let (dialogue_id, slug, action) = match slug {
        Some(slug) => {
            let mut active: dialogue::ActiveModel = find(&txn, slug).await?.into();
            set_common(&mut active, form);
            let d = active.update(&txn).await?;
            (d.id, d.slug, VersionAction::Edit)
        }
        None => {
            let base = slugify(
                form.text
                    .as_ref()
                    .map(|t| t.text.title.as_str())
                    .unwrap_or_default(),
                "dialog",
            );
            let mut slug = base.clone();
            let mut n = 1;
            while dialogue::Entity::find()
                .filter(dialogue::Column::Slug.eq(&slug))
                .one(&txn)
                .await?
                .is_some()
            {
                n += 1;
                slug = format!("{base}-{n}");
            }
            let mut active = dialogue::ActiveModel {
                slug: Set(slug.clone()),
                published: Set(false),
                closed: Set(false),
                created_at: Set(now),
                ..Default::default()
            };
            set_common(&mut active, form);
            let d = active.insert(&txn).await?;
            (d.id, d.slug, VersionAction::Create)
        }
    };

    // Target groups and themes are the dialogue's own settings (kept in every version), so
    // they are replaced as a whole.
    dialogue_target_group::Entity::delete_many()
        .filter(dialogue_target_group::Column::DialogueId.eq(dialogue_id))
        .exec(&txn)
        .await?;
    for group in &form.groups {
        dialogue_target_group::ActiveModel {
            dialogue_id: Set(dialogue_id),
            target_group: Set(group.code().to_string()),
        }
        .insert(&txn)
        .await?;
    }
    dialogue_theme::Entity::delete_many()
        .filter(dialogue_theme::Column::DialogueId.eq(dialogue_id))
        .exec(&txn)
        .await?;
    for theme in &form.themes {
        dialogue_theme::ActiveModel {
            dialogue_id: Set(dialogue_id),
            theme: Set(theme.code().to_string()),
        }
        .insert(&txn)
        .await?;
    }

    let lang = form.text_lang;
    if lang == Lang::Sv {
        keep_baseline(&txn, editor, &slug, dialogue_id).await?;
    }
    write_texts(&txn, dialogue_id, form).await?;
    let number = record_version(&txn, editor, &slug, action, Some(lang.code())).await?;
    follow(&txn, dialogue_id, lang, number).await?;
    txn.commit().await?;
    Ok(slug)
}

/// Writes the texts and questions of `form.text_lang`, and a new Swedish question if there is
/// one. Shared by the editor and the translators, who write only these.
pub(crate) async fn write_texts<C: ConnectionTrait>(
    txn: &C,
    dialogue_id: i32,
    form: &ValidDialogue,
) -> Result<(), ServiceError> {
    let lang = form.text_lang.code();
    let existing_text = dialogue_text::Entity::find_by_id((dialogue_id, lang.to_string()))
        .one(txn)
        .await?;
    match (&form.text, existing_text) {
        (Some(text), existing) => {
            let row = dialogue_text::ActiveModel {
                dialogue_id: Set(dialogue_id),
                lang: Set(lang.to_string()),
                title: Set(text.text.title.clone()),
                summary: Set(text.text.summary.clone()),
                body: Set(text.text.body.clone()),
                influence: Set(text.text.influence.clone()),
                not_influence: Set(text.text.not_influence.clone()),
                decides: Set(text.text.decides.clone()),
                reviewed: Set(text.reviewed),
                // Which Swedish it follows is set once the version is written.
                based_on: sea_orm::ActiveValue::NotSet,
            };
            if existing.is_some() {
                row.update(txn).await
            } else {
                row.insert(txn).await
            }?;
        }
        // Every text field emptied: the translation is withdrawn (the versions keep it).
        (None, Some(existing)) => {
            dialogue_text::Entity::delete_by_id((existing.dialogue_id, existing.lang))
                .exec(txn)
                .await?;
        }
        (None, None) => {}
    }

    let questions = question::Entity::find()
        .filter(question::Column::DialogueId.eq(dialogue_id))
        .all(txn)
        .await?;
    for (id, text) in &form.questions {
        // Only this dialogue's questions: an id from elsewhere is ignored.
        if !questions.iter().any(|q| q.id == *id) {
            continue;
        }
        question_text::Entity::delete_by_id((*id, lang.to_string()))
            .exec(txn)
            .await?;
        if !text.is_empty() {
            question_text::ActiveModel {
                question_id: Set(*id),
                lang: Set(lang.to_string()),
                text: Set(text.clone()),
            }
            .insert(txn)
            .await?;
        }
    }
    if let Some(text) = &form.new_question {
        let position = questions.iter().map(|q| q.position).max().unwrap_or(0) + 1;
        let q = question::ActiveModel {
            dialogue_id: Set(dialogue_id),
            position: Set(position),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        question_text::ActiveModel {
            question_id: Set(q.id),
            lang: Set(lang.to_string()),
            text: Set(text.clone()),
        }
        .insert(txn)
        .await?;
    }

    Ok(())
}

fn set_common(active: &mut dialogue::ActiveModel, form: &ValidDialogue) {
    active.place = Set(form.place.code().to_string());
    active.participation_level = Set(form.level.code().to_string());
    active.opens_on = Set(form.opens_on);
    active.closes_on = Set(form.closes_on);
    active.decision_on = Set(form.decision_on);
    active.contact_name = Set(form.contact.name.clone());
    active.contact_email = Set(form.contact.email.clone());
    active.contact_phone = Set(form.contact.phone.clone());
    active.moderation = Set(form.moderation.code().to_string());
}

/// A translation in `lang` now follows the Swedish of version `number` (it was written or
/// checked against it). Swedish itself follows nothing.
pub(crate) async fn follow<C: ConnectionTrait>(
    txn: &C,
    dialogue_id: i32,
    lang: Lang,
    number: i32,
) -> Result<(), ServiceError> {
    if lang == Lang::Sv {
        return Ok(());
    }
    dialogue_text::Entity::update_many()
        .col_expr(dialogue_text::Column::BasedOn, Expr::value(number))
        .filter(dialogue_text::Column::DialogueId.eq(dialogue_id))
        .filter(dialogue_text::Column::Lang.eq(lang.code()))
        .exec(txn)
        .await?;
    Ok(())
}

/// Before the Swedish changes: translations that follow no known version (written before
/// versions existed, or loaded with the demo) are tied to a baseline version of the dialogue as
/// it stands, so that they show as stale afterwards, with what changed.
async fn keep_baseline<C: ConnectionTrait>(
    txn: &C,
    staff: &Staff,
    slug: &str,
    dialogue_id: i32,
) -> Result<(), ServiceError> {
    let untied = dialogue_text::Entity::find()
        .filter(dialogue_text::Column::DialogueId.eq(dialogue_id))
        .filter(dialogue_text::Column::Lang.ne(Lang::Sv.code()))
        .filter(dialogue_text::Column::BasedOn.is_null())
        .count(txn)
        .await?;
    if untied == 0 {
        return Ok(());
    }
    let number = record_version(txn, staff, slug, VersionAction::Baseline, None).await?;
    dialogue_text::Entity::update_many()
        .col_expr(dialogue_text::Column::BasedOn, Expr::value(number))
        .filter(dialogue_text::Column::DialogueId.eq(dialogue_id))
        .filter(dialogue_text::Column::Lang.ne(Lang::Sv.code()))
        .filter(dialogue_text::Column::BasedOn.is_null())
        .exec(txn)
        .await?;
    Ok(())
}

/// Writes the dialogue as it now is as its next version, and the matching audit entry (none
/// for a baseline). Returns the version's number.
pub(crate) async fn record_version<C: ConnectionTrait>(
    txn: &C,
    staff: &Staff,
    slug: &str,
    action: VersionAction,
    reason: Option<&str>,
) -> Result<i32, ServiceError> {
    let (d, snapshot) = load_snapshot(txn, slug).await?;
    let last = dialogue_version::Entity::find()
        .filter(dialogue_version::Column::DialogueId.eq(d.id))
        .order_by_desc(dialogue_version::Column::Number)
        .one(txn)
        .await?
        .map_or(0, |v| v.number);
    let number = last + 1;
    dialogue_version::ActiveModel {
        dialogue_id: Set(d.id),
        number: Set(number),
        action: Set(action.code().to_string()),
        staff_id: Set(staff.id),
        at: Set(chrono::Utc::now()),
        snapshot: Set(serde_json::to_string(&snapshot).map_err(ServiceError::internal)?),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    if let Some(audit) = action.audit() {
        record(
            txn,
            Some(staff.id),
            audit,
            &format!("dialogue:{slug}"),
            reason,
        )
        .await?;
    }
    Ok(number)
}

/// What an editor asks of a dialogue's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StateChange {
    /// Make it public. `confirmed`: the editor has confirmed publishing without the minority
    /// languages that are missing.
    Publish { confirmed: bool },
    /// Stop taking views, before the closing date if need be.
    Close,
}

/// Publishes or closes a dialogue, as a new version with an audit entry.
///
/// # Errors
/// [`ServiceError::NeedsConfirmation`] naming the missing languages; [`ServiceError::NotFound`]
/// for an unknown dialogue, [`ServiceError::WrongState`] when it is already in that state; a
/// database failure.
pub async fn change_state(
    db: &DatabaseConnection,
    editor: &Grant<cap::EditDialogues>,
    slug: &str,
    change: StateChange,
) -> Result<(), ServiceError> {
    let txn = db.begin().await?;
    let (d, snapshot) = load_snapshot(&txn, slug).await?;
    let by_id = dialogue::Entity::update_many().filter(dialogue::Column::Id.eq(d.id));
    // Each change only applies from the state it starts from: two editors cannot both do it.
    let (update, action, reason) = match change {
        StateChange::Publish { confirmed } => {
            let missing = snapshot.missing_minority_languages();
            if !missing.is_empty() && !confirmed {
                return Err(ServiceError::NeedsConfirmation(missing));
            }
            // The audit entry says which languages it was published without.
            let reason = (!missing.is_empty()).then(|| {
                missing
                    .iter()
                    .map(|l| l.code())
                    .collect::<Vec<_>>()
                    .join(", ")
            });
            let update = if d.published {
                // A closed dialogue opened again.
                by_id
                    .col_expr(dialogue::Column::Closed, Expr::value(false))
                    .filter(dialogue::Column::Closed.eq(true))
            } else {
                by_id
                    .col_expr(dialogue::Column::Published, Expr::value(true))
                    .col_expr(dialogue::Column::Closed, Expr::value(false))
                    .filter(dialogue::Column::Published.eq(false))
            };
            (update, VersionAction::Publish, reason)
        }
        StateChange::Close => {
            let update = by_id
                .col_expr(dialogue::Column::Closed, Expr::value(true))
                .filter(dialogue::Column::Published.eq(true))
                .filter(dialogue::Column::Closed.eq(false));
            (update, VersionAction::Close, None)
        }
    };
    if update.exec(&txn).await?.rows_affected != 1 {
        return Err(ServiceError::WrongState);
    }
    record_version(&txn, editor, slug, action, reason.as_deref()).await?;
    txn.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_readable_and_url_safe() {
        assert_eq!(
            slugify("Ny lekplats i Råcksta!", "dialog"),
            "ny-lekplats-i-racksta"
        );
        assert_eq!(
            slugify("Öppet hus – Vällingby", "dialog"),
            "oppet-hus-vallingby"
        );
        assert_eq!(slugify("???", "dialog"), "dialog");
    }
}
