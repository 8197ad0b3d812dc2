//! The feedback as residents read it: leading the dialogue page once published.

use leptos::prelude::*;

use super::model::PublicFeedback;
use crate::dialogues::model::QuestionText;
use crate::i18n::I18n;
use crate::site::{paragraphs, DraftTranslationNotice};

/// What was heard and decided, in the reader's language or the Swedish marked as such.
#[component]
pub fn FeedbackSection(
    i18n: I18n,
    feedback: PublicFeedback,
    questions: Vec<QuestionText>,
) -> impl IntoView {
    let text_lang = (feedback.text_lang != i18n.lang).then(|| feedback.text_lang.code());
    let ui = i18n.lang.code();
    let per_question = (!feedback.per_question.is_empty()).then(|| {
        let items = feedback
            .per_question
            .iter()
            .map(|(id, heard)| {
                let question = questions.iter().find(|q| q.id == *id);
                let q_lang = question.map(|q| q.text_lang.code());
                view! {
                    <dt lang=q_lang>{question.map(|q| q.text.clone()).unwrap_or_default()}</dt>
                    <dd>{paragraphs(heard)}</dd>
                }
            })
            .collect_view();
        view! {
            <h3 lang=ui>{i18n.t("feedback-heard-per-question")}</h3>
            <dl class="per-question">{items}</dl>
        }
    });
    let decision = &feedback.decision;
    let reference = decision
        .reference
        .clone()
        .map(|r| view! { <dt>{i18n.t("feedback-reference")}</dt><dd>{r}</dd> });
    let decided_on = decision
        .decided_on
        .map(|d| view! { <dt>{i18n.t("feedback-decided-on")}</dt><dd>{i18n.date(d)}</dd> });
    let decided_by = (!feedback.texts.decided_by.trim().is_empty()).then(|| {
        view! { <dt>{i18n.t("feedback-decided-by")}</dt><dd lang=text_lang>{feedback.texts.decided_by.clone()}</dd> }
    });
    let protocol = decision.protocol_url.clone().map(|url| {
        view! { <p><a href=url>{i18n.t("feedback-protocol")}</a></p> }
    });
    view! {
        <section class="feedback" aria-labelledby="feedback-heading">
            <h2 id="feedback-heading">{i18n.t("feedback-heading")}</h2>
            <p class="hint">{i18n.t_with("feedback-published", &[("date", i18n.date(feedback.published_on).into())])}</p>
            {text_lang.map(|_| view! { <p class="notice" role="note">{i18n.t("feedback-fallback-notice")}</p> })}
            {feedback.draft_translation.then(|| view! { <DraftTranslationNotice i18n=i18n.clone()/> })}
            <div lang=text_lang>
                <h3 lang=ui>{i18n.t("feedback-heard")}</h3>
                {paragraphs(&feedback.texts.heard)}
                {per_question}
                <h3 lang=ui>{i18n.t("feedback-decided")}</h3>
                {paragraphs(&feedback.texts.decided)}
            </div>
            <dl class="facts">{decided_by}{reference}{decided_on}</dl>
            {protocol}
            <h3>{i18n.t("feedback-next")}</h3>
            <div lang=text_lang>{paragraphs(&feedback.texts.next_steps)}</div>
        </section>
    }
}
