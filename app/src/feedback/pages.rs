//! The editors' feedback pages: the form per language with the language panel, and the
//! confirmation before publishing without minority languages. Plain forms posted to
//! [`super::handlers`]; the role is checked before anything is read.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::form::{fields, limits, FeedbackForm};
use super::read;
use crate::access::{cap, Grant};
use crate::dialogues::editor::pages::LanguagePanel;
use crate::dialogues::editor::snapshot::Snapshot;
use crate::dialogues::editor::versions;
use crate::forms::fields::{Checkbox, Csrf, Input, Resubmitted, TextArea};
use crate::i18n::I18n;
use crate::lang::Lang;
use crate::site::slug_param;
use crate::site::staff::staff_page;
use crate::site::PageTitle;

/// `/<lang>/staff/dialogues/<slug>/feedback?text=<lang>`: the decision, and the feedback in one
/// language; the panel of languages; publishing.
#[component]
pub fn FeedbackPage() -> impl IntoView {
    let slug = slug_param();
    let query = use_query_map().get_untracked();
    let text_lang = query
        .get("text")
        .and_then(|l| Lang::from_code(&l))
        .unwrap_or(Lang::Sv);
    let done = query.get("done");
    let mails = query
        .get("mails")
        .and_then(|m| m.parse::<usize>().ok())
        .unwrap_or(0);
    let resubmitted = use_context::<Resubmitted>();
    staff_page(
        move |i18n, state, editor: Grant<cap::EditDialogues>| async move {
            let (d, snapshot) = versions::load(&state.db, &editor, &slug).await?;
            let subscribers = read::subscribers(&state.db, d.id).await?;
            let kept = read::addresses_kept(&state.db, d.id).await?;
            let question_ids: Vec<i32> = snapshot.questions.iter().map(|q| q.id).collect();
            let form = match &resubmitted {
                Some(sent) => FeedbackForm::from_pairs(sent.pairs.clone()),
                None => FeedbackForm::from_snapshot(
                    snapshot.feedback.as_ref(),
                    text_lang,
                    &question_ids,
                ),
            };
            let title = i18n.t_with(
                "editor-feedback-title",
                &[("title", snapshot.title().into())],
            );
            let done = done.as_deref().and_then(|d| match d {
                "saved" => Some(i18n.t("editor-feedback-saved")),
                "published" => Some(format!(
                    "{} {}",
                    i18n.t("editor-feedback-published"),
                    i18n.count("editor-feedback-mailed", mails)
                )),
                _ => None,
            });
            let error = |field: &str| resubmitted.as_ref().and_then(|r| r.problem(&i18n, field));
            let lang = i18n.lang.code();
            let base = format!("/{lang}/staff/dialogues/{slug}");
            let language = text_lang.native_name();
            let written = text_lang.code();
            let questions = snapshot
            .questions
            .iter()
            .map(|q| {
                let name = fields::heard(q.id);
                let question = q.texts.get(written).or_else(|| q.texts.get("sv")).cloned().unwrap_or_default();
                let value = form.per_question.get(&q.id).cloned().unwrap_or_default();
                view! { <TextArea name=name.clone() label=question value max=limits::TEXT rows=3 error=error(&name) lang=written/> }
            })
            .collect_view();
            Ok(view! {
            <PageTitle text=title.clone()/>
            <h1>{title}</h1>
            {done.map(|d| view! { <p class="notice" role="status">{d}</p> })}
            {resubmitted.as_ref().map(|r| r.summary(&i18n))}
            <p>{i18n.t("editor-feedback-intro")}</p>
            <p><a href=format!("{base}/edit")>{i18n.t("editor-edit")}</a></p>
            <LanguagePanel i18n=i18n.clone() snapshot=snapshot.clone()/>
            <form method="post" action=format!("{base}/feedback?text={written}") class="editor-form">
                <Csrf token=editor.csrf.clone()/>
                <input type="hidden" name=fields::TEXT_LANG value=written/>
                <fieldset>
                    <legend>{i18n.t_with("editor-feedback-texts-legend", &[("language", language.into())])}</legend>
                    <TextArea name=fields::HEARD label=i18n.t("editor-field-heard") value=form.texts.heard.clone() max=limits::TEXT rows=6 error=error(fields::HEARD) lang=written/>
                    <TextArea name=fields::DECIDED label=i18n.t("editor-field-decided") value=form.texts.decided.clone() max=limits::TEXT rows=6 error=error(fields::DECIDED) lang=written/>
                    <Input name=fields::DECIDED_BY label=i18n.t("editor-field-decided-by") value=form.texts.decided_by.clone() max=limits::DECIDED_BY error=error(fields::DECIDED_BY)/>
                    <TextArea name=fields::NEXT label=i18n.t("editor-field-next") value=form.texts.next_steps.clone() max=limits::TEXT rows=4 error=error(fields::NEXT) lang=written/>
                    <Checkbox id=fields::REVIEWED name=fields::REVIEWED label=i18n.t("editor-field-reviewed") checked=form.reviewed/>
                </fieldset>
                <fieldset>
                    <legend>{i18n.t_with("editor-feedback-questions-legend", &[("language", language.into())])}</legend>
                    {questions}
                </fieldset>
                <fieldset>
                    <legend>{i18n.t("editor-feedback-common-legend")}</legend>
                    <Input name=fields::REFERENCE label=i18n.t("editor-field-reference") value=form.reference.clone() max=limits::REFERENCE error=error(fields::REFERENCE)/>
                    <Input name=fields::DECIDED_ON kind="date" label=i18n.t("editor-field-decided-on") value=form.decided_on.clone() max=10 hint=Some(i18n.t("editor-date-hint")) error=error(fields::DECIDED_ON)/>
                    <Input name=fields::PROTOCOL kind="url" label=i18n.t("editor-field-protocol") value=form.protocol.clone() max=limits::URL hint=Some(i18n.t("editor-field-protocol-hint")) error=error(fields::PROTOCOL)/>
                </fieldset>
                <button type="submit">{i18n.t("editor-save")}</button>
            </form>
            <PublishFeedback i18n=i18n.clone() snapshot subscribers csrf=editor.csrf.clone() confirm=false kept/>
        }
        .into_any())
        },
    )
}

/// Publishing: the state of the feedback, how many asked for it, the choices, one button.
/// `confirm`: on the confirmation page, with the box that confirms the missing languages.
#[component]
fn PublishFeedback(
    i18n: I18n,
    snapshot: Snapshot,
    subscribers: u64,
    csrf: String,
    confirm: bool,
    /// The addresses are kept for an update now: the box starts ticked, so publishing again
    /// does not end that by surprise.
    kept: bool,
) -> impl IntoView {
    let published = snapshot.feedback.as_ref().is_some_and(|f| f.published);
    let action = format!(
        "/{}/staff/dialogues/{}/feedback/publish",
        i18n.lang.code(),
        snapshot.slug
    );
    let state = if published {
        i18n.t("editor-feedback-published")
    } else {
        i18n.t("editor-feedback-not-published")
    };
    let count = i18n.count(
        "editor-feedback-subscribers",
        usize::try_from(subscribers).unwrap_or(usize::MAX),
    );
    let button = if published {
        i18n.t("editor-feedback-publish-update")
    } else {
        i18n.t("editor-feedback-publish")
    };
    view! {
        <section aria-labelledby="publish-feedback-heading">
            <h2 id="publish-feedback-heading">{i18n.t("editor-feedback-state")}</h2>
            <p>{state}</p>
            <p>{count}</p>
            <form method="post" action=action>
                <Csrf token=csrf/>
                {confirm.then(|| view! {
                    <input type="hidden" name="from" value="confirm"/>
                    <Checkbox id="confirm" name="confirm" label=i18n.t("editor-feedback-confirm-check")/>
                })}
                {published.then(|| view! { <Checkbox id="send-update" name="send-update" label=i18n.t("editor-feedback-send-update")/> })}
                <Checkbox id="keep" name="keep" label=i18n.t("editor-feedback-keep") checked=kept/>
                <button type="submit">{button}</button>
            </form>
        </section>
    }
}

/// `/<lang>/staff/dialogues/<slug>/feedback/publish`: names the minority languages the feedback
/// is missing in, and asks for a confirmation before publishing without them.
#[component]
pub fn ConfirmFeedbackPage() -> impl IntoView {
    let slug = slug_param();
    let required = use_query_map()
        .with_untracked(|q| q.get("error"))
        .is_some_and(|e| e == "required");
    staff_page(
        move |i18n, state, editor: Grant<cap::EditDialogues>| async move {
            let (d, snapshot) = versions::load(&state.db, &editor, &slug).await?;
            let subscribers = read::subscribers(&state.db, d.id).await?;
            let kept = read::addresses_kept(&state.db, d.id).await?;
            let missing = snapshot
                .missing_feedback_languages()
                .into_iter()
                .map(|l| view! { <li><strong lang=l.code()>{l.native_name()}</strong></li> })
                .collect_view();
            Ok(view! {
            <PageTitle text=i18n.t("editor-feedback-confirm-title")/>
            <h1>{i18n.t("editor-feedback-confirm-title")}</h1>
            <p lang="sv"><strong>{snapshot.title()}</strong></p>
            <p>{i18n.t("editor-feedback-confirm-intro")}</p>
            <ul>{missing}</ul>
            {required.then(|| view! { <p class="field-error" role="alert">{i18n.t("editor-confirm-required")}</p> })}
            <PublishFeedback i18n=i18n.clone() snapshot subscribers csrf=editor.csrf.clone() confirm=true kept/>
            <p><a href=format!("/{}/staff/dialogues/{slug}/feedback", i18n.lang.code())>{i18n.t("editor-confirm-cancel")}</a></p>
        }
        .into_any())
        },
    )
}
