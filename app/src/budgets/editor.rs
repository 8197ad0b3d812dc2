//! Writing citizen budgets: an editor creates one as a draft (the settings and the Swedish
//! texts), adds each language's texts, changes the settings until voting opens, and publishes
//! it, confirming when minority languages are missing, as with dialogues. [`form`] reads the
//! forms, [`pages`] shows them, [`handlers`] takes them.
//!
//! Every save and the publishing write the whole budget as it then is into `budget_version`
//! (who, when, what, which language) with an audit entry, in the same transaction as the
//! change; versions are never changed or deleted. Once voting has opened the settings are
//! fixed (the ballot and its rules cannot change under the voters); texts may still be
//! corrected, and each correction is a version.

pub mod form;
pub mod handlers;
pub mod pages;

use sea_orm::{
    sea_query::Expr, ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection,
    DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder, Set, TransactionTrait,
};

use super::count::Rule;
use super::read::phase;
use super::service::{insert, NewBudget};
use super::{Dates, Method, Phase};
use crate::access::{cap, Grant};
use crate::audit::{service::record, AuditAction};
use crate::db::entities::{budget, budget_text, budget_version, staff};
use crate::dialogues::editor::service::slugify;
use crate::domain::{HomeArea, MINORITY_LANGS};
use crate::error::ServiceError;
use crate::lang::Lang;
pub use form::{fields, Settings, Texts};

/// What a version records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VersionAction {
    Create,
    Settings,
    Texts,
    Publish,
}

impl VersionAction {
    /// The stored code; the page names it through `budget-editor-action-<code>`.
    pub fn code(self) -> &'static str {
        match self {
            VersionAction::Create => "create",
            VersionAction::Settings => "settings",
            VersionAction::Texts => "texts",
            VersionAction::Publish => "publish",
        }
    }
}

/// A budget as the editor sees it: its row and its texts, Swedish first.
#[derive(Debug, Clone)]
pub struct Draft {
    pub budget: budget::Model,
    pub texts: Vec<budget_text::Model>,
}

impl Draft {
    /// The text in `lang`, if written.
    pub fn text(&self, lang: Lang) -> Option<&budget_text::Model> {
        self.texts.iter().find(|t| t.lang == lang.code())
    }

    /// The minority languages with no text yet: publishing without them needs confirming.
    pub fn missing_minority_languages(&self) -> Vec<Lang> {
        MINORITY_LANGS
            .into_iter()
            .filter(|l| self.text(*l).is_none())
            .collect()
    }

    /// The settings as the form shows them.
    pub fn settings(&self) -> Option<Settings> {
        let b = &self.budget;
        Some(Settings {
            total_sek: b.total_sek,
            method: Method::from_stored(&b.method, b.max_choices)?,
            rule: Rule::from_code(&b.rule)?,
            area: b.area.as_deref().and_then(HomeArea::from_code),
            dates: Dates {
                ideas_opens: b.ideas_opens,
                ideas_closes: b.ideas_closes,
                voting_opens: b.voting_opens,
                voting_closes: b.voting_closes,
            },
            decided_by: b.decided_by.clone(),
            diarienummer: b.diarienummer.clone(),
            email_codes: b.email_codes,
            open_voting: b.open_voting,
        })
    }

    /// The budget as a version keeps it: everything an editor can change.
    fn snapshot(&self) -> String {
        let texts: serde_json::Map<String, serde_json::Value> = self
            .texts
            .iter()
            .map(|t| {
                let text = serde_json::json!({
                    "title": t.title,
                    "summary": t.summary,
                    "eligibility": t.eligibility,
                });
                (t.lang.clone(), text)
            })
            .collect();
        let b = &self.budget;
        serde_json::json!({
            "slug": b.slug,
            "total_sek": b.total_sek,
            "method": b.method,
            "max_choices": b.max_choices,
            "rule": b.rule,
            "area": b.area,
            "ideas_opens": b.ideas_opens,
            "ideas_closes": b.ideas_closes,
            "voting_opens": b.voting_opens,
            "voting_closes": b.voting_closes,
            "decided_by": b.decided_by,
            "diarienummer": b.diarienummer,
            "published": b.published,
            "email_codes": b.email_codes,
            "open_voting": b.open_voting,
            "texts": texts,
        })
        .to_string()
    }
}

/// Budget `slug` with its texts, drafts included.
///
/// # Errors
/// [`ServiceError::NotFound`] for an unknown slug; a database failure.
pub async fn load<C: ConnectionTrait>(db: &C, slug: &str) -> Result<Draft, ServiceError> {
    let budget = budget::Entity::find()
        .filter(budget::Column::Slug.eq(slug))
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let mut texts = budget_text::Entity::find()
        .filter(budget_text::Column::BudgetId.eq(budget.id))
        .all(db)
        .await?;
    let order = |code: &str| {
        Lang::ALL
            .iter()
            .position(|l| l.code() == code)
            .unwrap_or(99)
    };
    texts.sort_by_key(|t| order(&t.lang));
    Ok(Draft { budget, texts })
}

/// Keeps budget `slug` as it now is as its next version, with the audit entry. Two editors
/// saving at once cannot both write the same number: the unique index refuses the second.
async fn record_version(
    txn: &DatabaseTransaction,
    editor: &Grant<cap::EditDialogues>,
    slug: &str,
    action: VersionAction,
    lang: Option<Lang>,
    reason: Option<&str>,
) -> Result<(), ServiceError> {
    let draft = load(txn, slug).await?;
    let last = budget_version::Entity::find()
        .filter(budget_version::Column::BudgetId.eq(draft.budget.id))
        .order_by_desc(budget_version::Column::Number)
        .one(txn)
        .await?
        .map_or(0, |v| v.number);
    budget_version::ActiveModel {
        budget_id: Set(draft.budget.id),
        number: Set(last + 1),
        action: Set(action.code().to_string()),
        lang: Set(lang.map(|l| l.code().to_string())),
        staff_id: Set(editor.id),
        at: Set(chrono::Utc::now()),
        snapshot: Set(draft.snapshot()),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    let audit = match action {
        VersionAction::Create => AuditAction::BudgetCreate,
        VersionAction::Settings | VersionAction::Texts => AuditAction::BudgetEdit,
        VersionAction::Publish => AuditAction::BudgetPublish,
    };
    // Creating is audited where the budget is written.
    if action != VersionAction::Create {
        let reason = reason
            .map(str::to_string)
            .or_else(|| lang.map(|l| l.code().to_string()));
        let target = format!("budget:{}", draft.budget.id);
        record(txn, Some(editor.id), audit, &target, reason.as_deref()).await?;
    }
    Ok(())
}

/// A slug for a new budget from its Swedish title, not yet taken (nor `new`, the new
/// budget's own page).
async fn free_slug<C: ConnectionTrait>(db: &C, title: &str) -> Result<String, ServiceError> {
    let base = slugify(title, "medborgarbudget");
    let mut slug = base.clone();
    let mut n = 1;
    loop {
        let taken = slug == "new"
            || budget::Entity::find()
                .filter(budget::Column::Slug.eq(&slug))
                .one(db)
                .await?
                .is_some();
        if !taken {
            return Ok(slug);
        }
        n += 1;
        slug = format!("{base}-{n}");
    }
}

/// Creates a draft budget (unpublished) from its settings and Swedish texts, as its first
/// version. Returns its slug.
///
/// # Errors
/// A database failure.
pub async fn create(
    db: &DatabaseConnection,
    editor: &Grant<cap::EditDialogues>,
    settings: Settings,
    swedish: Texts,
) -> Result<String, ServiceError> {
    let txn = db.begin().await?;
    let slug = free_slug(&txn, &swedish.title).await?;
    let new = NewBudget {
        slug: slug.clone(),
        total_sek: settings.total_sek,
        method: settings.method,
        rule: settings.rule,
        area: settings.area,
        dates: settings.dates,
        decided_by: settings.decided_by,
        diarienummer: settings.diarienummer,
        published: false,
        texts: vec![(
            Lang::Sv,
            swedish.title,
            swedish.summary,
            swedish.eligibility,
        )],
    };
    let saved = insert(&txn, editor, new).await?;
    if settings.email_codes || settings.open_voting {
        let mut active: budget::ActiveModel = saved.into();
        active.email_codes = Set(settings.email_codes);
        active.open_voting = Set(settings.open_voting);
        active.update(&txn).await?;
    }
    record_version(
        &txn,
        editor,
        &slug,
        VersionAction::Create,
        Some(Lang::Sv),
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(slug)
}

/// Changes budget `slug`'s settings, as a new version.
///
/// # Errors
/// [`ServiceError::WrongState`] once voting has opened (the settings are fixed then);
/// [`ServiceError::NotFound`] for an unknown slug; a database failure.
pub async fn change_settings(
    db: &DatabaseConnection,
    editor: &Grant<cap::EditDialogues>,
    slug: &str,
    settings: Settings,
    today: chrono::NaiveDate,
) -> Result<(), ServiceError> {
    let txn = db.begin().await?;
    let draft = load(&txn, slug).await?;
    if phase(&draft.budget, today) >= Phase::Voting {
        return Err(ServiceError::WrongState);
    }
    let (method, max) = settings.method.stored();
    let mut active: budget::ActiveModel = draft.budget.into();
    active.total_sek = Set(settings.total_sek);
    active.method = Set(method.to_string());
    active.max_choices = Set(max);
    active.rule = Set(settings.rule.code().to_string());
    active.area = Set(settings.area.map(|a| a.code().to_string()));
    active.ideas_opens = Set(settings.dates.ideas_opens);
    active.ideas_closes = Set(settings.dates.ideas_closes);
    active.voting_opens = Set(settings.dates.voting_opens);
    active.voting_closes = Set(settings.dates.voting_closes);
    active.decided_by = Set(settings.decided_by);
    active.diarienummer = Set(settings.diarienummer);
    active.email_codes = Set(settings.email_codes);
    active.open_voting = Set(settings.open_voting);
    active.update(&txn).await?;
    record_version(&txn, editor, slug, VersionAction::Settings, None, None).await?;
    txn.commit().await?;
    Ok(())
}

/// Writes budget `slug`'s texts in `lang` (replacing what was there), as a new version.
///
/// # Errors
/// [`ServiceError::NotFound`] for an unknown slug; a database failure.
pub async fn save_texts(
    db: &DatabaseConnection,
    editor: &Grant<cap::EditDialogues>,
    slug: &str,
    lang: Lang,
    texts: Texts,
) -> Result<(), ServiceError> {
    let txn = db.begin().await?;
    let draft = load(&txn, slug).await?;
    match draft.text(lang) {
        Some(old) => {
            let mut active: budget_text::ActiveModel = old.clone().into();
            active.title = Set(texts.title);
            active.summary = Set(texts.summary);
            active.eligibility = Set(texts.eligibility);
            active.update(&txn).await?;
        }
        None => {
            budget_text::ActiveModel {
                budget_id: Set(draft.budget.id),
                lang: Set(lang.code().to_string()),
                title: Set(texts.title),
                summary: Set(texts.summary),
                eligibility: Set(texts.eligibility),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
    }
    record_version(&txn, editor, slug, VersionAction::Texts, Some(lang), None).await?;
    txn.commit().await?;
    Ok(())
}

/// Publishes budget `slug`. `confirmed`: the editor has confirmed publishing without the
/// minority languages that are missing, which the audit entry then names.
///
/// # Errors
/// [`ServiceError::NeedsConfirmation`] naming the missing languages;
/// [`ServiceError::WrongState`] when it is already published (or someone published it
/// meanwhile); [`ServiceError::NotFound`] for an unknown slug; a database failure.
pub async fn publish(
    db: &DatabaseConnection,
    editor: &Grant<cap::EditDialogues>,
    slug: &str,
    confirmed: bool,
) -> Result<(), ServiceError> {
    let txn = db.begin().await?;
    let draft = load(&txn, slug).await?;
    let missing = draft.missing_minority_languages();
    if !missing.is_empty() && !confirmed {
        return Err(ServiceError::NeedsConfirmation(missing));
    }
    let changed = budget::Entity::update_many()
        .col_expr(budget::Column::Published, Expr::value(true))
        .filter(budget::Column::Id.eq(draft.budget.id))
        .filter(budget::Column::Published.eq(false))
        .exec(&txn)
        .await?
        .rows_affected;
    if changed != 1 {
        return Err(ServiceError::WrongState);
    }
    let without = (!missing.is_empty()).then(|| {
        missing
            .iter()
            .map(|l| l.code())
            .collect::<Vec<_>>()
            .join(", ")
    });
    record_version(
        &txn,
        editor,
        slug,
        VersionAction::Publish,
        None,
        without.as_deref(),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// One version in a budget's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub number: i32,
    pub action: String,
    pub lang: Option<Lang>,
    /// Who saved it: the staff member's address.
    pub by: String,
    pub at: chrono::DateTime<chrono::Utc>,
}

/// Budget `budget_id`'s versions, newest first.
///
/// # Errors
/// A database failure.
pub async fn history(
    db: &DatabaseConnection,
    budget_id: i32,
) -> Result<Vec<Version>, ServiceError> {
    let versions = budget_version::Entity::find()
        .filter(budget_version::Column::BudgetId.eq(budget_id))
        .order_by_desc(budget_version::Column::Number)
        .all(db)
        .await?;
    let people = staff::Entity::find().all(db).await?;
    Ok(versions
        .into_iter()
        .map(|v| Version {
            number: v.number,
            lang: v.lang.as_deref().and_then(Lang::from_code),
            by: people
                .iter()
                .find(|p| p.id == v.staff_id)
                .map(|p| p.email.clone())
                .unwrap_or_default(),
            action: v.action,
            at: v.at,
        })
        .collect())
}
