//! Children take part: a ballot in easy Swedish (lättläst, where an editor wrote it; the
//! standard Swedish text where not) with few choices, and class sessions whose printed codes
//! are of their own kind, so the figures count the children's ballots apart.
//!
//! The children's ballot is the budget's ballot: the same projects, the same credentials (one
//! ballot per code, on any path) and the same count. It only asks for fewer choices under
//! approval voting ([`CHOICES`] at most), which every approval ballot may make anyway.
//!
//! [`pages`] shows the ballot and the editors' form for the easy texts, [`handlers`] takes the
//! form (the ballot posts to the budget's ballot handler).

pub mod handlers;
pub mod pages;

use sea_orm::{
    sea_query::Expr, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    TransactionTrait,
};

use super::read::{self, published, BudgetView};
use super::service::ON_BALLOT;
use super::Method;
use crate::access::{cap, Grant};
use crate::audit::{service::record, AuditAction};
use crate::db::entities::{budget, budget_project, budget_project_text};
use crate::error::ServiceError;
use crate::forms::{sized_text, FieldError};
use crate::lang::Lang;

/// The most projects a child chooses on the children's ballot under approval voting.
pub const CHOICES: usize = 3;
/// Limits of the easy texts, in characters.
pub const MAX_TITLE: usize = 300;
pub const MAX_TEXT: usize = 2000;

/// The easy texts form's field names; a project's carry its id after a dash.
pub mod fields {
    pub const TITLE: &str = "easy-title";
    pub const SUMMARY: &str = "easy-summary";
    pub const PROJECT_TITLE: &str = "easy-project-title";
    pub const PROJECT_TEXT: &str = "easy-project-text";
}

/// The method the children's ballot asks by: approval with at most [`CHOICES`] choices, or
/// the budget's own.
pub fn choices(method: Method) -> Method {
    match method {
        Method::Approval { max } => Method::Approval {
            max: max.min(CHOICES),
        },
        Method::Knapsack => Method::Knapsack,
    }
}

/// The children's ballot: the budget's Swedish page with its easy texts put in where written,
/// and the method as children are asked.
///
/// # Errors
/// [`ServiceError::NotFound`]; a database failure.
pub async fn ballot(
    db: &DatabaseConnection,
    slug: &str,
    today: chrono::NaiveDate,
) -> Result<BudgetView, ServiceError> {
    let b = published(db, slug).await?;
    let mut view = read::view(db, slug, Lang::Sv, today).await?;
    view.method = choices(view.method);
    if let Some(title) = b.easy_title.filter(|t| !t.is_empty()) {
        view.title = title;
    }
    if let Some(summary) = b.easy_summary.filter(|t| !t.is_empty()) {
        view.summary = summary;
    }
    let easy = budget_project::Entity::find()
        .filter(budget_project::Column::BudgetId.eq(b.id))
        .all(db)
        .await?;
    for project in &mut view.projects {
        let Some(row) = easy.iter().find(|p| p.id == project.id) else {
            continue;
        };
        if let Some(title) = row.easy_title.clone().filter(|t| !t.is_empty()) {
            project.title = title;
        }
        if let Some(text) = row.easy_description.clone().filter(|t| !t.is_empty()) {
            project.description = text;
        }
    }
    Ok(view)
}

/// The easy texts of a budget as its editors write them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EasyTexts {
    pub title: String,
    pub summary: String,
    /// Per project on the ballot: its id, its standard Swedish title (to know it by), and its
    /// easy title and text.
    pub projects: Vec<(i32, String, String, String)>,
}

impl EasyTexts {
    /// Reads the form for the projects `ids`: every text is optional (an empty one leaves the
    /// standard Swedish in its place) and within its limit.
    ///
    /// # Errors
    /// One problem per field over its limit.
    pub fn from_form(
        pairs: &[(String, String)],
        ids: &[i32],
    ) -> Result<EasyTexts, Vec<FieldError>> {
        let value = |name: &str| crate::http::field(pairs, name).to_string();
        let mut problems = Vec::new();
        let mut text = |name: &str, max| sized_text(name, &value(name), max, false, &mut problems);
        let title = text(fields::TITLE, MAX_TITLE);
        let summary = text(fields::SUMMARY, MAX_TEXT);
        let projects = ids
            .iter()
            .map(|id| {
                let title = text(&format!("{}-{id}", fields::PROJECT_TITLE), MAX_TITLE);
                let body = text(&format!("{}-{id}", fields::PROJECT_TEXT), MAX_TEXT);
                (*id, String::new(), title, body)
            })
            .collect();
        if problems.is_empty() {
            Ok(EasyTexts {
                title,
                summary,
                projects,
            })
        } else {
            Err(problems)
        }
    }
}

/// Budget `budget_id`'s easy texts as written so far, for the editors' form.
///
/// # Errors
/// [`ServiceError::NotFound`]; a database failure.
pub async fn texts(db: &DatabaseConnection, budget_id: i32) -> Result<EasyTexts, ServiceError> {
    let b = budget::Entity::find_by_id(budget_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let projects = budget_project::Entity::find()
        .filter(budget_project::Column::BudgetId.eq(budget_id))
        .filter(budget_project::Column::Status.eq(ON_BALLOT))
        .order_by_asc(budget_project::Column::Id)
        .all(db)
        .await?;
    let project_texts = budget_project_text::Entity::find()
        .filter(budget_project_text::Column::ProjectId.is_in(projects.iter().map(|p| p.id)))
        .all(db)
        .await?;
    Ok(EasyTexts {
        title: b.easy_title.unwrap_or_default(),
        summary: b.easy_summary.unwrap_or_default(),
        projects: projects
            .into_iter()
            .map(|p| {
                (
                    p.id,
                    read::project_title(&project_texts, p.id, Lang::Sv),
                    p.easy_title.unwrap_or_default(),
                    p.easy_description.unwrap_or_default(),
                )
            })
            .collect(),
    })
}

/// Writes budget `budget_id`'s easy texts (an empty text is none), audited, in one
/// transaction. Projects not on this budget's ballot are left alone.
///
/// # Errors
/// A database failure.
pub async fn write(
    db: &DatabaseConnection,
    editor: &Grant<cap::EditDialogues>,
    budget_id: i32,
    texts: EasyTexts,
) -> Result<(), ServiceError> {
    let some = |t: String| (!t.is_empty()).then_some(t);
    let txn = db.begin().await?;
    budget::Entity::update_many()
        .col_expr(budget::Column::EasyTitle, Expr::value(some(texts.title)))
        .col_expr(
            budget::Column::EasySummary,
            Expr::value(some(texts.summary)),
        )
        .filter(budget::Column::Id.eq(budget_id))
        .exec(&txn)
        .await?;
    for (id, _, title, body) in texts.projects {
        budget_project::Entity::update_many()
            .col_expr(budget_project::Column::EasyTitle, Expr::value(some(title)))
            .col_expr(
                budget_project::Column::EasyDescription,
                Expr::value(some(body)),
            )
            .filter(budget_project::Column::Id.eq(id))
            .filter(budget_project::Column::BudgetId.eq(budget_id))
            .filter(budget_project::Column::Status.eq(ON_BALLOT))
            .exec(&txn)
            .await?;
    }
    record(
        &txn,
        Some(editor.id),
        AuditAction::BudgetEasyText,
        &format!("budget:{budget_id}"),
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn children_choose_at_most_three_and_a_knapsack_stays_a_knapsack() {
        assert_eq!(
            choices(Method::Approval { max: 5 }),
            Method::Approval { max: 3 }
        );
        assert_eq!(
            choices(Method::Approval { max: 2 }),
            Method::Approval { max: 2 }
        );
        assert_eq!(choices(Method::Knapsack), Method::Knapsack);
    }

    #[test]
    fn easy_texts_are_optional_and_each_within_its_limit() {
        let pairs = vec![
            (
                fields::TITLE.to_string(),
                " Pengar till parken ".to_string(),
            ),
            (
                format!("{}-7", fields::PROJECT_TEXT),
                "x".repeat(MAX_TEXT + 1),
            ),
        ];
        let problems = EasyTexts::from_form(&pairs, &[7]).expect_err("over the limit");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].field, format!("{}-7", fields::PROJECT_TEXT));
        let texts = EasyTexts::from_form(&pairs[..1], &[7]).expect("valid");
        assert_eq!(texts.title, "Pengar till parken");
        assert_eq!(
            texts.projects,
            vec![(7, String::new(), String::new(), String::new())]
        );
    }
}
