//! The translators' work on the database: whose languages are whose, the queue, saving a
//! translation as a dialogue version, and working translations of residents' views.

use std::collections::BTreeMap;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set, TransactionTrait,
};

use super::diff::{self, Piece};
use crate::access::{cap, Grant, Role, Staff};
use crate::audit::service::record;
use crate::audit::AuditAction;
use crate::db::entities::{dialogue, dialogue_text, dialogue_version, staff, staff_language};
use crate::dialogues::editor::form::{fields, DialogueForm};
use crate::dialogues::editor::service::{follow, record_version, write_texts, VersionAction};
use crate::dialogues::editor::snapshot::{Snapshot, Source, TextState};
use crate::dialogues::editor::versions::load_snapshot;
use crate::error::ServiceError;
use crate::feedback::form::FeedbackForm;
use crate::lang::Lang;

/// The languages `staff` translates: an administrator every language but Swedish (the source),
/// a translator those an administrator gave them, anyone else none.
///
/// # Errors
/// The database fails.
pub async fn languages<C: ConnectionTrait>(
    db: &C,
    staff: &Staff,
) -> Result<Vec<Lang>, ServiceError> {
    match staff.role {
        Role::Admin => Ok(Lang::ALL.into_iter().filter(|l| *l != Lang::Sv).collect()),
        Role::Translator => languages_of(db, staff.id).await,
        _ => Ok(Vec::new()),
    }
}

/// The languages given to account `staff_id`, in the portal's language order.
///
/// # Errors
/// The database fails.
pub async fn languages_of<C: ConnectionTrait>(
    db: &C,
    staff_id: i32,
) -> Result<Vec<Lang>, ServiceError> {
    let rows = staff_language::Entity::find()
        .filter(staff_language::Column::StaffId.eq(staff_id))
        .all(db)
        .await?;
    Ok(Lang::ALL
        .into_iter()
        .filter(|l| *l != Lang::Sv && rows.iter().any(|r| r.lang == l.code()))
        .collect())
}

/// Every account's languages, by account id.
///
/// # Errors
/// The database fails.
pub async fn all_languages<C: ConnectionTrait>(
    db: &C,
) -> Result<BTreeMap<i32, Vec<Lang>>, ServiceError> {
    let mut by_staff: BTreeMap<i32, Vec<Lang>> = BTreeMap::new();
    for row in staff_language::Entity::find().all(db).await? {
        if let Some(lang) = Lang::from_code(&row.lang) {
            by_staff.entry(row.staff_id).or_default().push(lang);
        }
    }
    for langs in by_staff.values_mut() {
        langs.sort_by_key(|l| Lang::ALL.iter().position(|x| x == l));
    }
    Ok(by_staff)
}

/// Sets the languages account `staff_id` translates (Swedish is never one: it is the source).
/// Audited with the new list.
///
/// # Errors
/// [`ServiceError::NotFound`] for an unknown account; the database fails.
pub async fn set_languages<C: ConnectionTrait>(
    db: &C,
    by: Option<i32>,
    staff_id: i32,
    langs: &[Lang],
) -> Result<(), ServiceError> {
    staff::Entity::find_by_id(staff_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    staff_language::Entity::delete_many()
        .filter(staff_language::Column::StaffId.eq(staff_id))
        .exec(db)
        .await?;
    let mut codes = Vec::new();
    for lang in Lang::ALL
        .into_iter()
        .filter(|l| *l != Lang::Sv && langs.contains(l))
    {
        staff_language::ActiveModel {
            staff_id: Set(staff_id),
            lang: Set(lang.code().to_string()),
        }
        .insert(db)
        .await?;
        codes.push(lang.code());
    }
    record(
        db,
        by,
        AuditAction::LanguagesChange,
        &format!("staff:{staff_id}"),
        Some(&codes.join(", ")),
    )
    .await
}

/// What one language of one dialogue needs from a translator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Need {
    /// The Swedish changed after the translation was made.
    Stale,
    /// No text in this language, or questions without one.
    Missing,
    /// Written, but no one has marked it reviewed.
    Draft,
    /// The feedback exists in Swedish but not in this language.
    FeedbackMissing,
    /// The feedback in this language is not marked reviewed.
    FeedbackDraft,
}

impl Need {
    /// The messages the queue page names it by: what, and (for the feedback) of what.
    pub fn message_ids(self) -> (&'static str, Option<&'static str>) {
        match self {
            Need::Stale => ("translation-need-stale", None),
            Need::Missing => ("translation-need-missing", None),
            Need::Draft => ("translation-need-draft", None),
            Need::FeedbackMissing => ("editor-text-missing", Some("editor-feedback")),
            Need::FeedbackDraft => ("editor-text-draft", Some("editor-feedback")),
        }
    }
}

/// One dialogue in one language, in the queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueItem {
    pub slug: String,
    /// The Swedish title.
    pub title: String,
    pub lang: Lang,
    pub need: Need,
    pub published: bool,
}

/// A translator's queue.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Queue {
    pub langs: Vec<Lang>,
    pub items: Vec<QueueItem>,
    pub views: Vec<super::views::ViewItem>,
}

/// What needs the translator, in their languages: stale translations first, then missing ones,
/// then drafts; and the views marked "needs translation" that are still waiting for a decision.
///
/// # Errors
/// The database fails, or a stored version does not read back.
pub async fn queue(
    db: &DatabaseConnection,
    translator: &Grant<cap::Translate>,
) -> Result<Queue, ServiceError> {
    let langs = languages(db, translator).await?;
    let dialogues = dialogue::Entity::find()
        .order_by_desc(dialogue::Column::Id)
        .all(db)
        .await?;
    let mut items = Vec::new();
    for d in &dialogues {
        let (_, snapshot) = load_snapshot(db, &d.slug).await?;
        let rows = dialogue_text::Entity::find()
            .filter(dialogue_text::Column::DialogueId.eq(d.id))
            .all(db)
            .await?;
        for lang in &langs {
            let texts = need(db, d.id, &snapshot, &rows, *lang).await?;
            // A closed dialogue missing a language is history; a stale or draft text is still read.
            let texts = texts.filter(|n| !(*n == Need::Missing && d.closed));
            for need in texts.into_iter().chain(feedback_need(&snapshot, *lang)) {
                items.push(QueueItem {
                    slug: d.slug.clone(),
                    title: snapshot.title(),
                    lang: *lang,
                    need,
                    published: d.published,
                });
            }
        }
    }
    items.sort_by_key(|i| i.need);
    let views = super::views::marked(db, &langs).await?;
    Ok(Queue {
        langs,
        items,
        views,
    })
}

/// What dialogue `id` needs in `lang`, if anything.
async fn need<C: ConnectionTrait>(
    db: &C,
    id: i32,
    now: &Snapshot,
    rows: &[dialogue_text::Model],
    lang: Lang,
) -> Result<Option<Need>, ServiceError> {
    let Some(row) = rows.iter().find(|r| r.lang == lang.code()) else {
        return Ok(Some(Need::Missing));
    };
    if let Some(then) = based_on(db, id, row.based_on).await? {
        if then.source() != now.source() {
            return Ok(Some(Need::Stale));
        }
    }
    let all_questions = now
        .questions
        .iter()
        .all(|q| q.texts.contains_key(lang.code()));
    Ok(if !all_questions {
        Some(Need::Missing)
    } else if !row.reviewed {
        Some(Need::Draft)
    } else {
        None
    })
}

/// What the feedback needs in `lang`: only once it exists in Swedish, its source.
fn feedback_need(snapshot: &Snapshot, lang: Lang) -> Option<Need> {
    match (
        snapshot.feedback_state(Lang::Sv),
        snapshot.feedback_state(lang),
    ) {
        (TextState::Missing, _) | (_, TextState::Reviewed) => None,
        (_, TextState::Missing) => Some(Need::FeedbackMissing),
        (_, TextState::Draft) => Some(Need::FeedbackDraft),
    }
}

/// The version a translation follows, read back whole.
async fn based_on<C: ConnectionTrait>(
    db: &C,
    dialogue_id: i32,
    number: Option<i32>,
) -> Result<Option<Snapshot>, ServiceError> {
    let Some(number) = number else {
        return Ok(None);
    };
    let Some(version) = dialogue_version::Entity::find()
        .filter(dialogue_version::Column::DialogueId.eq(dialogue_id))
        .filter(dialogue_version::Column::Number.eq(number))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    serde_json::from_str(&version.snapshot)
        .map(Some)
        .map_err(ServiceError::internal)
}

/// One Swedish field that changed since the translation was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The editor form's field name (the page labels it as the editor does).
    pub field: String,
    pub pieces: Vec<Piece>,
}

/// One dialogue in one language, as the translation page shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Translation {
    pub snapshot: Snapshot,
    /// The form as it stands in this language.
    pub form: DialogueForm,
    /// The Swedish now.
    pub source: Source,
    /// What changed in the Swedish since the translation was made (empty when nothing did, or
    /// when there is no translation yet).
    pub changes: Vec<Change>,
    /// Once the feedback exists in Swedish: the Swedish, and the form in this language.
    pub feedback: Option<(FeedbackForm, FeedbackForm)>,
}

/// The translation of dialogue `slug` into `lang`, for a translator who holds `lang`.
///
/// # Errors
/// [`ServiceError::Forbidden`] for a language the translator does not hold (and Swedish);
/// [`ServiceError::NotFound`] for an unknown dialogue; the database fails.
pub async fn translation(
    db: &DatabaseConnection,
    translator: &Grant<cap::Translate>,
    slug: &str,
    lang: Lang,
) -> Result<Translation, ServiceError> {
    if !languages(db, translator).await?.contains(&lang) {
        return Err(ServiceError::Forbidden);
    }
    let (d, snapshot) = load_snapshot(db, slug).await?;
    let row = dialogue_text::Entity::find_by_id((d.id, lang.code().to_string()))
        .one(db)
        .await?;
    let source = snapshot.source();
    let then = based_on(db, d.id, row.and_then(|r| r.based_on)).await?;
    let changes = then
        .map(|then| changes(&then.source(), &source))
        .unwrap_or_default();
    let question_ids: Vec<i32> = snapshot.questions.iter().map(|q| q.id).collect();
    let feedback = (snapshot.feedback_state(Lang::Sv) != TextState::Missing).then(|| {
        let saved = snapshot.feedback.as_ref();
        (
            FeedbackForm::from_snapshot(saved, Lang::Sv, &question_ids),
            FeedbackForm::from_snapshot(saved, lang, &question_ids),
        )
    });
    Ok(Translation {
        feedback,
        form: DialogueForm::from_snapshot(&snapshot, lang),
        snapshot,
        source,
        changes,
    })
}

/// The Swedish fields that differ between `then` and `now`, each as a word diff.
fn changes(then: &Source, now: &Source) -> Vec<Change> {
    let texts = [
        (fields::TITLE, &then.text.title, &now.text.title),
        (fields::SUMMARY, &then.text.summary, &now.text.summary),
        (fields::BODY, &then.text.body, &now.text.body),
        (fields::INFLUENCE, &then.text.influence, &now.text.influence),
        (
            fields::NOT_INFLUENCE,
            &then.text.not_influence,
            &now.text.not_influence,
        ),
        (fields::DECIDES, &then.text.decides, &now.text.decides),
    ];
    let mut changed: Vec<Change> = texts
        .into_iter()
        .filter(|(_, a, b)| a != b)
        .map(|(field, a, b)| Change {
            field: field.to_string(),
            pieces: diff::words(a, b),
        })
        .collect();
    for (id, text) in &now.questions {
        let old = then
            .questions
            .iter()
            .find(|(q, _)| q == id)
            .map(|(_, t)| t.as_str())
            .unwrap_or_default();
        if old != text {
            changed.push(Change {
                field: fields::question(*id),
                pieces: diff::words(old, text),
            });
        }
    }
    changed
}

/// Saves a translator's texts and questions of dialogue `slug` in `lang` as a new version
/// (the common fields stay as they are), which then follows the Swedish as it now is.
///
/// # Errors
/// [`ServiceError::Invalid`] with every refused field; [`ServiceError::Forbidden`] for a language
/// the translator does not hold; [`ServiceError::NotFound`]; the database fails.
pub async fn save(
    db: &DatabaseConnection,
    translator: &Grant<cap::Translate>,
    slug: &str,
    lang: Lang,
    pairs: Vec<(String, String)>,
) -> Result<(), ServiceError> {
    if !languages(db, translator).await?.contains(&lang) {
        return Err(ServiceError::Forbidden);
    }
    let txn = db.begin().await?;
    let (d, snapshot) = load_snapshot(&txn, slug).await?;
    let mut form = DialogueForm::from_snapshot(&snapshot, lang);
    let sent = DialogueForm::from_pairs(pairs);
    form.text = sent.text;
    form.reviewed = sent.reviewed;
    for (id, text) in form.questions.iter_mut() {
        *text = sent.questions.get(id).cloned().unwrap_or_default();
    }
    let valid = form.validate(false).map_err(ServiceError::Invalid)?;
    write_texts(&txn, d.id, &valid).await?;
    let number = record_version(
        &txn,
        translator,
        slug,
        VersionAction::Translate,
        Some(lang.code()),
    )
    .await?;
    follow(&txn, d.id, lang, number).await?;
    txn.commit().await?;
    Ok(())
}

/// Saves a translator's feedback texts in `lang` (what was heard, in summary and per question,
/// what was decided, by whom, what happens next, and whether it is reviewed) as a new version;
/// the decision itself stays as the editor wrote it.
///
/// # Errors
/// [`ServiceError::Invalid`] with every refused field; [`ServiceError::Forbidden`] for a language
/// the translator does not hold; [`ServiceError::NotFound`]; the database fails.
pub async fn save_feedback(
    db: &DatabaseConnection,
    translator: &Grant<cap::Translate>,
    slug: &str,
    lang: Lang,
    pairs: Vec<(String, String)>,
) -> Result<(), ServiceError> {
    if !languages(db, translator).await?.contains(&lang) {
        return Err(ServiceError::Forbidden);
    }
    let (_, snapshot) = load_snapshot(db, slug).await?;
    let question_ids: Vec<i32> = snapshot.questions.iter().map(|q| q.id).collect();
    let mut form = FeedbackForm::from_snapshot(snapshot.feedback.as_ref(), lang, &question_ids);
    let sent = FeedbackForm::from_pairs(pairs);
    form.texts = sent.texts;
    form.reviewed = sent.reviewed;
    for (id, heard) in form.per_question.iter_mut() {
        *heard = sent.per_question.get(id).cloned().unwrap_or_default();
    }
    let valid = form.validate().map_err(ServiceError::Invalid)?;
    crate::feedback::service::write(db, translator, slug, &valid).await
}
