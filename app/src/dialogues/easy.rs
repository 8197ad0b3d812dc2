//! Lättläst: easy-to-read Swedish beside the standard Swedish, written by an editor for a
//! dialogue and, once there is one, its feedback. Residents read it at
//! `/sv/dialogues/<slug>/lattlast`: the same page, `lang="sv"`, with the easy texts in place of
//! the standard ones and a switch between the two. It is kept in every version of the dialogue.

use axum::{
    extract::{Path, State},
    http::{HeaderMap, Uri},
    response::Response,
    Form,
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, Set,
    TransactionTrait,
};
use serde::{Deserialize, Serialize};

use super::editor::form::{fields, limits};
use super::editor::service::{record_version, VersionAction};
use super::editor::versions::{self, find};
use super::model::Texts;
use crate::access::{cap, Area, Grant};
use crate::accounts::guard::StaffRoute;
use crate::db::entities::easy_text;
use crate::error::ServiceError;
use crate::forms::fields::{Csrf, Input, Resubmitted, TextArea};
use crate::forms::{sized_text, FieldError};
use crate::http::{lang_of, page_of, refuse, to, Fields};
use crate::i18n::I18n;
use crate::shell::form_again;
use crate::site::staff::staff_page;
use crate::site::{slug_param, PageTitle};
use crate::state::AppState;

/// The field names of the feedback part of the form.
pub mod feedback_fields {
    pub const HEARD: &str = "easy-heard";
    pub const DECIDED: &str = "easy-decided";
    pub const NEXT_STEPS: &str = "easy-next-steps";
}

/// The longest easy feedback text, in characters (as the standard feedback).
const FEEDBACK_MAX: usize = 10_000;

/// A dialogue in easy-to-read Swedish, as versions keep it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EasyText {
    #[serde(flatten)]
    pub text: Texts,
    /// The feedback in easy Swedish, when the editor wrote it.
    #[serde(default)]
    pub feedback: Option<EasyFeedback>,
}

/// What was heard, decided and happens next, in easy Swedish.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EasyFeedback {
    pub heard: String,
    pub decided: String,
    pub next_steps: String,
}

/// The easy Swedish of dialogue `dialogue_id`, if an editor wrote one.
///
/// # Errors
/// The database fails.
pub async fn load<C: ConnectionTrait>(
    db: &C,
    dialogue_id: i32,
) -> Result<Option<EasyText>, ServiceError> {
    Ok(easy_text::Entity::find_by_id(dialogue_id)
        .one(db)
        .await?
        .map(|row| EasyText {
            text: Texts {
                title: row.title,
                summary: row.summary,
                body: row.body,
                influence: row.influence,
                not_influence: row.not_influence,
                decides: row.decides,
            },
            feedback: match (row.heard, row.decided, row.next_steps) {
                (None, None, None) => None,
                (heard, decided, next_steps) => Some(EasyFeedback {
                    heard: heard.unwrap_or_default(),
                    decided: decided.unwrap_or_default(),
                    next_steps: next_steps.unwrap_or_default(),
                }),
            },
        }))
}

/// Whether an editor wrote easy Swedish for dialogue `dialogue_id` (without reading it).
///
/// # Errors
/// The database fails.
pub async fn exists<C: ConnectionTrait>(db: &C, dialogue_id: i32) -> Result<bool, ServiceError> {
    Ok(easy_text::Entity::find_by_id(dialogue_id).count(db).await? > 0)
}

/// Checks the editor's form. Every field left empty withdraws the easy Swedish (`None`; the
/// versions keep it); otherwise the title, summary and description are required.
///
/// # Errors
/// Every refused field with its problem.
pub fn validate(pairs: &[(String, String)]) -> Result<Option<EasyText>, Vec<FieldError>> {
    let value = |name: &str| {
        pairs
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or_default()
    };
    let names = [
        fields::TITLE,
        fields::SUMMARY,
        fields::BODY,
        fields::INFLUENCE,
        fields::NOT_INFLUENCE,
        fields::DECIDES,
        feedback_fields::HEARD,
        feedback_fields::DECIDED,
        feedback_fields::NEXT_STEPS,
    ];
    if names.iter().all(|n| value(n).trim().is_empty()) {
        return Ok(None);
    }
    let mut errors = Vec::new();
    let mut field = |name: &str, max: usize, required: bool| {
        sized_text(name, value(name), max, required, &mut errors)
    };
    let text = Texts {
        title: field(fields::TITLE, limits::TITLE, true),
        summary: field(fields::SUMMARY, limits::SUMMARY, true),
        body: field(fields::BODY, limits::BODY, true),
        influence: field(fields::INFLUENCE, limits::PARAGRAPH, false),
        not_influence: field(fields::NOT_INFLUENCE, limits::PARAGRAPH, false),
        decides: field(fields::DECIDES, limits::PARAGRAPH, false),
    };
    let feedback = EasyFeedback {
        heard: field(feedback_fields::HEARD, FEEDBACK_MAX, false),
        decided: field(feedback_fields::DECIDED, FEEDBACK_MAX, false),
        next_steps: field(feedback_fields::NEXT_STEPS, FEEDBACK_MAX, false),
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let any_feedback = !(feedback.heard.is_empty()
        && feedback.decided.is_empty()
        && feedback.next_steps.is_empty());
    Ok(Some(EasyText {
        text,
        feedback: any_feedback.then_some(feedback),
    }))
}

/// Saves (or, with `None`, withdraws) dialogue `slug`'s easy Swedish as a new version.
///
/// # Errors
/// [`ServiceError::NotFound`] for an unknown slug; the database fails.
pub async fn save(
    db: &DatabaseConnection,
    editor: &Grant<cap::EditDialogues>,
    slug: &str,
    easy: Option<EasyText>,
) -> Result<(), ServiceError> {
    let txn = db.begin().await?;
    let d = find(&txn, slug).await?;
    let existing = easy_text::Entity::find_by_id(d.id).one(&txn).await?;
    match (easy, existing) {
        (Some(easy), existing) => {
            let feedback = easy.feedback;
            let row = easy_text::ActiveModel {
                dialogue_id: Set(d.id),
                title: Set(easy.text.title),
                summary: Set(easy.text.summary),
                body: Set(easy.text.body),
                influence: Set(easy.text.influence),
                not_influence: Set(easy.text.not_influence),
                decides: Set(easy.text.decides),
                heard: Set(feedback.as_ref().map(|f| f.heard.clone())),
                decided: Set(feedback.as_ref().map(|f| f.decided.clone())),
                next_steps: Set(feedback.map(|f| f.next_steps)),
            };
            if existing.is_some() {
                row.update(&txn).await?;
            } else {
                row.insert(&txn).await?;
            }
        }
        (None, Some(_)) => {
            easy_text::Entity::delete_by_id(d.id).exec(&txn).await?;
        }
        (None, None) => {}
    }
    record_version(&txn, editor, slug, VersionAction::Edit, Some("lattlast")).await?;
    txn.commit().await?;
    Ok(())
}

/// The guarded route of the easy Swedish form.
pub fn routes() -> Vec<StaffRoute> {
    vec![StaffRoute::post(
        "/{lang}/staff/dialogues/{slug}/lattlast",
        Area::Dialogues,
        save_easy,
    )]
}

/// `POST /<lang>/staff/dialogues/<slug>/lattlast`.
async fn save_easy(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    editor: Grant<cap::EditDialogues>,
    uri: Uri,
    headers: HeaderMap,
    Form(fields): Fields,
) -> Response {
    let lang = lang_of(&lang);
    match validate(&fields) {
        Ok(easy) => match save(&state.db, &editor, &slug, easy).await {
            Ok(()) => to(format!(
                "/{}/staff/dialogues/{slug}/lattlast?done=saved",
                lang.code()
            )),
            Err(error) => refuse(&state, lang, error),
        },
        Err(problems) => {
            let resubmitted = Resubmitted {
                pairs: fields,
                problems,
                summary_id: "editor-error-summary",
            };
            form_again(&state, &page_of(&uri), headers, resubmitted).await
        }
    }
}

/// `/<lang>/staff/dialogues/<slug>/lattlast`: the editor writes the easy Swedish, each field
/// beside its standard Swedish.
#[component]
pub fn EasyEditPage() -> impl IntoView {
    let slug = slug_param();
    let done = use_query_map().with_untracked(|q| q.get("done"));
    let resubmitted = use_context::<Resubmitted>();
    staff_page(
        move |i18n, state, editor: Grant<cap::EditDialogues>| async move {
            let (_, snapshot) = versions::load(&state.db, &editor, &slug).await?;
            let title = i18n.t_with("easy-edit-title", &[("title", snapshot.title().into())]);
            let standard = snapshot
                .texts
                .iter()
                .find(|t| t.lang == "sv")
                .map(|t| t.text.clone())
                .unwrap_or_default();
            let done = (done.as_deref() == Some("saved")).then(|| i18n.t("easy-edit-saved"));
            Ok(view! {
                <PageTitle text=title.clone()/>
                <h1>{title}</h1>
                {done.map(|d| view! { <p class="notice" role="status">{d}</p> })}
                {resubmitted.as_ref().map(|r| r.summary(&i18n))}
                <p>{i18n.t("easy-edit-intro")}</p>
                <EasyForm i18n=i18n.clone() slug=slug.clone() easy=snapshot.easy.clone().unwrap_or_default() standard csrf=editor.csrf.clone() resubmitted=resubmitted.clone().unwrap_or_default()/>
                <p><a href=format!("/{}/staff/dialogues/{slug}/edit", i18n.lang.code())>{i18n.t("easy-edit-back")}</a></p>
            }
            .into_any())
        },
    )
}

#[component]
fn EasyForm(
    i18n: I18n,
    slug: String,
    easy: EasyText,
    standard: Texts,
    csrf: String,
    resubmitted: Resubmitted,
) -> impl IntoView {
    let sent = !resubmitted.pairs.is_empty();
    let value = |name: &str, stored: &str| {
        if sent {
            resubmitted.value(name)
        } else {
            stored.to_string()
        }
    };
    let error = |name: &str| resubmitted.problem(&i18n, name);
    let label = i18n.t("easy-standard");
    let original = |text: &str| {
        let text = text.to_string();
        (!text.is_empty())
            .then(|| view! { <p class="hint"><span>{label.clone()}": "</span><span lang="sv">{text}</span></p> })
    };
    let feedback = easy.feedback.clone().unwrap_or_default();
    let t = &easy.text;
    view! {
        <form method="post" action=format!("/{}/staff/dialogues/{slug}/lattlast", i18n.lang.code()) class="editor-form">
            <Csrf token=csrf/>
            <fieldset>
                <legend>{i18n.t("easy-texts-legend")}</legend>
                {original(&standard.title)}
                <Input name=fields::TITLE label=i18n.t("editor-field-title") value=value(fields::TITLE, &t.title) max=limits::TITLE error=error(fields::TITLE)/>
                {original(&standard.summary)}
                <TextArea name=fields::SUMMARY label=i18n.t("editor-field-summary") value=value(fields::SUMMARY, &t.summary) max=limits::SUMMARY rows=3 error=error(fields::SUMMARY) lang="sv"/>
                {original(&standard.body)}
                <TextArea name=fields::BODY label=i18n.t("editor-field-body") value=value(fields::BODY, &t.body) max=limits::BODY rows=8 error=error(fields::BODY) lang="sv"/>
                {original(&standard.influence)}
                <TextArea name=fields::INFLUENCE label=i18n.t("editor-field-influence") value=value(fields::INFLUENCE, &t.influence) max=limits::PARAGRAPH error=error(fields::INFLUENCE) lang="sv"/>
                {original(&standard.not_influence)}
                <TextArea name=fields::NOT_INFLUENCE label=i18n.t("editor-field-not-influence") value=value(fields::NOT_INFLUENCE, &t.not_influence) max=limits::PARAGRAPH error=error(fields::NOT_INFLUENCE) lang="sv"/>
                {original(&standard.decides)}
                <TextArea name=fields::DECIDES label=i18n.t("editor-field-decides") value=value(fields::DECIDES, &t.decides) max=limits::PARAGRAPH error=error(fields::DECIDES) lang="sv"/>
            </fieldset>
            <fieldset>
                <legend>{i18n.t("easy-feedback-legend")}</legend>
                <p class="hint">{i18n.t("easy-feedback-hint")}</p>
                <TextArea name=feedback_fields::HEARD label=i18n.t("feedback-heard") value=value(feedback_fields::HEARD, &feedback.heard) max=FEEDBACK_MAX error=error(feedback_fields::HEARD) lang="sv"/>
                <TextArea name=feedback_fields::DECIDED label=i18n.t("feedback-decided") value=value(feedback_fields::DECIDED, &feedback.decided) max=FEEDBACK_MAX error=error(feedback_fields::DECIDED) lang="sv"/>
                <TextArea name=feedback_fields::NEXT_STEPS label=i18n.t("feedback-next") value=value(feedback_fields::NEXT_STEPS, &feedback.next_steps) max=FEEDBACK_MAX error=error(feedback_fields::NEXT_STEPS) lang="sv"/>
            </fieldset>
            <button type="submit">{i18n.t("easy-save")}</button>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn an_empty_form_withdraws_and_a_started_one_needs_title_summary_and_description() {
        assert_eq!(validate(&pairs(&[("csrf", "x")])), Ok(None));
        let problems = validate(&pairs(&[(fields::TITLE, "Ny lekplats")])).expect_err("incomplete");
        let refused: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(refused, vec![fields::SUMMARY, fields::BODY]);
        let easy = validate(&pairs(&[
            (fields::TITLE, "Ny lekplats"),
            (fields::SUMMARY, "Vi bygger en lekplats."),
            (fields::BODY, "Säg vad du tycker."),
        ]))
        .expect("valid")
        .expect("written");
        assert_eq!(easy.text.title, "Ny lekplats");
        assert_eq!(easy.feedback, None);
    }
}
