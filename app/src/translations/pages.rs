//! The translators' pages: the queue, and one dialogue translated into one language beside its
//! Swedish, with what changed in the Swedish since the translation was made.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::diff::Piece;
use super::service::{self, Change, Queue, Translation};
use super::views::{ViewItem, VIEW_TRANSLATION_MAX};
use crate::access::{cap, Grant};
use crate::dialogues::editor::form::{fields, limits};
use crate::feedback::form::FeedbackForm;
use crate::forms::fields::{Checkbox, Csrf, Input, Resubmitted, TextArea};
use crate::i18n::I18n;
use crate::lang::Lang;
use crate::site::slug_param;
use crate::site::staff::staff_page;
use crate::site::PageTitle;

/// The editor's label of a text field, or of question `n` (1-based) for `question-<id>`.
fn field_label(i18n: &I18n, field: &str, questions: &[i32]) -> String {
    match field {
        fields::TITLE => i18n.t("editor-field-title"),
        fields::SUMMARY => i18n.t("editor-field-summary"),
        fields::BODY => i18n.t("editor-field-body"),
        fields::INFLUENCE => i18n.t("editor-field-influence"),
        fields::NOT_INFLUENCE => i18n.t("editor-field-not-influence"),
        fields::DECIDES => i18n.t("editor-field-decides"),
        other => {
            let n = other
                .strip_prefix(fields::QUESTION_PREFIX)
                .and_then(|id| id.parse::<i32>().ok())
                .and_then(|id| questions.iter().position(|q| *q == id))
                .map_or(0, |i| i + 1);
            i18n.t_with("editor-field-question", &[("number", n.into())])
        }
    }
}

/// `/<lang>/staff/translations`: what needs the translator, in their languages.
#[component]
pub fn QueuePage() -> impl IntoView {
    let done = use_query_map().with_untracked(|q| q.get("done"));
    staff_page(
        move |i18n, state, translator: Grant<cap::Translate>| async move {
            let queue = service::queue(&state.db, &translator).await?;
            let done = done.as_deref().and_then(|d| match d {
                "saved" => Some(i18n.t("translation-done-saved")),
                "view" => Some(i18n.t("translation-done-view")),
                _ => None,
            });
            Ok(view! {
                <PageTitle text=i18n.t("translation-queue-title")/>
                <h1>{i18n.t("translation-queue-title")}</h1>
                {done.map(|d| view! { <p class="notice" role="status">{d}</p> })}
                <QueueBody i18n=i18n.clone() queue csrf=translator.csrf.clone()/>
            }
            .into_any())
        },
    )
}

#[component]
fn QueueBody(i18n: I18n, queue: Queue, csrf: String) -> impl IntoView {
    let lang = i18n.lang.code();
    if queue.langs.is_empty() {
        return view! { <p>{i18n.t("translation-no-languages")}</p> }.into_any();
    }
    let languages = queue
        .langs
        .iter()
        .map(|l| view! { <li lang=l.code()>{l.native_name()}</li> })
        .collect_view();
    let items = queue
        .items
        .iter()
        .map(|item| {
            let href = format!("/{lang}/staff/translations/{}/{}", item.slug, item.lang.code());
            let need = match item.need.message_ids() {
                (what, None) => i18n.t(what),
                (what, Some(of)) => format!("{}: {}", i18n.t(of), i18n.t(what)),
            };
            let state = if item.published {
                i18n.t("editor-state-published")
            } else {
                i18n.t("editor-state-draft")
            };
            view! {
                <li>
                    <a href=href><span lang="sv">{item.title.clone()}</span>" – "<span lang=item.lang.code()>{item.lang.native_name()}</span></a>
                    <br/><strong>{need}</strong>" · "{state}
                </li>
            }
        })
        .collect_view();
    let nothing = queue
        .items
        .is_empty()
        .then(|| view! { <p>{i18n.t("translation-queue-empty")}</p> });
    let views = queue
        .views
        .iter()
        .map(|v| view! { <ViewToTranslate i18n=i18n.clone() view=v.clone() csrf=csrf.clone()/> })
        .collect_view();
    let no_views = queue
        .views
        .is_empty()
        .then(|| view! { <p>{i18n.t("translation-views-empty")}</p> });
    view! {
        <h2 id="languages-heading">{i18n.t("translation-your-languages")}</h2>
        <ul aria-labelledby="languages-heading">{languages}</ul>
        <h2 id="dialogues-heading">{i18n.t("translation-queue-dialogues")}</h2>
        {nothing}
        <ul class="link-list" aria-labelledby="dialogues-heading">{items}</ul>
        <h2 id="views-heading">{i18n.t("translation-queue-views")}</h2>
        <p>{i18n.t("translation-views-intro")}</p>
        {no_views}
        <ul class="pending-list" aria-labelledby="views-heading">{views}</ul>
    }
    .into_any()
}

/// A view marked "needs translation", its texts, and the form for a working translation.
#[component]
fn ViewToTranslate(i18n: I18n, view: ViewItem, csrf: String) -> impl IntoView {
    let heading = format!("view-{}", view.id);
    let texts = view
        .texts
        .iter()
        .map(|t| view! { <blockquote lang=view.lang.code()><p>{t.clone()}</p></blockquote> })
        .collect_view();
    view! {
        <li class="pending" aria-labelledby=heading.clone()>
            <h3 id=heading.clone()>{view.reference.clone()}" – "<span lang=view.lang.code()>{view.lang.native_name()}</span></h3>
            {texts}
            <WorkingTranslationForm i18n view_id=view.id current=view.translation.clone() csrf back="translations"/>
        </li>
    }
}

/// The form that adds a working translation of a view into Swedish (staff only). `back`: the
/// page to return to, `moderation` or `translations`.
#[component]
pub fn WorkingTranslationForm(
    i18n: I18n,
    view_id: i32,
    current: Option<String>,
    csrf: String,
    back: &'static str,
) -> impl IntoView {
    let action = format!("/{}/staff/views/{view_id}/translation", i18n.lang.code());
    let field = format!("translation-{view_id}");
    let current = current.map(|t| {
        view! {
            <p class="hint">{i18n.t("translation-view-current")}</p>
            <blockquote lang="sv"><p>{t}</p></blockquote>
        }
    });
    view! {
        {current}
        <form method="post" action=action>
            <Csrf token=csrf/>
            <input type="hidden" name="back" value=back/>
            <div class="field">
                <label for=field.clone()>{i18n.t("translation-view-label")}</label>
                <textarea id=field.clone() name="translation" rows="4" maxlength=VIEW_TRANSLATION_MAX lang="sv" required=true></textarea>
            </div>
            <button type="submit" class="secondary">{i18n.t("translation-view-submit")}</button>
        </form>
    }
}

/// `/<lang>/staff/translations/<slug>/<text lang>`: one dialogue's texts and questions in one
/// language, each beside its Swedish, and what changed in the Swedish since.
#[component]
pub fn TranslatePage() -> impl IntoView {
    let slug = slug_param();
    let text_lang = use_params_map().with_untracked(|p| p.get("text_lang").unwrap_or_default());
    let resubmitted = use_context::<Resubmitted>();
    staff_page(
        move |i18n, state, translator: Grant<cap::Translate>| async move {
            let text_lang =
                Lang::from_code(&text_lang).ok_or(crate::error::ServiceError::NotFound)?;
            let translation =
                service::translation(&state.db, &translator, &slug, text_lang).await?;
            let title = i18n.t_with(
                "translation-page-title",
                &[
                    ("title", translation.snapshot.title().into()),
                    ("language", text_lang.native_name().into()),
                ],
            );
            Ok(view! {
                <PageTitle text=title.clone()/>
                <h1>{title}</h1>
                {resubmitted.as_ref().map(|r| r.summary(&i18n))}
                <TranslationForm i18n=i18n.clone() slug=slug.clone() text_lang translation csrf=translator.csrf.clone() resubmitted=resubmitted.clone().unwrap_or_default()/>
            }
            .into_any())
        },
    )
}

/// What changed in the Swedish, field by field: removed words struck through, added ones
/// underlined, each also named in words for those who cannot see the styling.
#[component]
fn Changes(i18n: I18n, changes: Vec<Change>, questions: Vec<i32>) -> impl IntoView {
    let removed = i18n.t("translation-diff-removed");
    let added = i18n.t("translation-diff-added");
    let items = changes
        .iter()
        .map(|change| {
            let pieces = change
                .pieces
                .iter()
                .map(|piece| match piece {
                    Piece::Same(t) => view! { <span>{t.clone()}</span> }.into_any(),
                    Piece::Removed(t) => view! { <del><span class="visually-hidden">{format!("[{removed}: ")}</span>{t.clone()}<span class="visually-hidden">"]"</span></del> }.into_any(),
                    Piece::Added(t) => view! { <ins><span class="visually-hidden">{format!("[{added}: ")}</span>{t.clone()}<span class="visually-hidden">"]"</span></ins> }.into_any(),
                })
                .collect_view();
            view! {
                <h3>{field_label(&i18n, &change.field, &questions)}</h3>
                <p class="diff" lang="sv">{pieces}</p>
            }
        })
        .collect_view();
    view! {
        <section class="notice" aria-labelledby="changes-heading">
            <h2 id="changes-heading">{i18n.t("translation-changes-heading")}</h2>
            <p>{i18n.t("translation-changes-intro")}</p>
            {items}
        </section>
    }
}

#[component]
fn TranslationForm(
    i18n: I18n,
    slug: String,
    text_lang: Lang,
    translation: Translation,
    csrf: String,
    resubmitted: Resubmitted,
) -> impl IntoView {
    let lang = i18n.lang.code();
    let written = text_lang.code();
    // The page has two forms; a refused one comes back as sent, the other as stored.
    let sent = !resubmitted.pairs.is_empty() && resubmitted.value("part") != "feedback";
    let feedback = translation.feedback.clone().map(|(swedish, form)| {
        view! { <FeedbackTranslationForm i18n=i18n.clone() slug=slug.clone() text_lang swedish form questions=translation.source.questions.clone() csrf=csrf.clone() resubmitted=resubmitted.clone()/> }
    });
    let value = |field: &str, stored: &str| {
        if sent {
            resubmitted.value(field)
        } else {
            stored.to_string()
        }
    };
    let error = |field: &str| resubmitted.problem(&i18n, field);
    let question_ids: Vec<i32> = translation
        .source
        .questions
        .iter()
        .map(|(id, _)| *id)
        .collect();
    let changes = (!translation.changes.is_empty()).then(|| {
        view! { <Changes i18n=i18n.clone() changes=translation.changes.clone() questions=question_ids.clone()/> }
    });
    let source = &translation.source.text;
    let form = &translation.form;
    let swedish = i18n.t("translation-swedish");
    let original = |text: &str| {
        let text = text.to_string();
        (!text.is_empty()).then(|| view! { <p class="hint"><span>{swedish.clone()}": "</span><span lang="sv">{text}</span></p> })
    };
    let reviewed = if sent {
        resubmitted.value(fields::REVIEWED) == "yes"
    } else {
        form.reviewed
    };
    let questions = translation
        .source
        .questions
        .iter()
        .enumerate()
        .map(|(i, (id, text))| {
            let name = fields::question(*id);
            let stored = form.questions.get(id).cloned().unwrap_or_default();
            view! {
                {original(text)}
                <TextArea name=name.clone() label=i18n.t_with("editor-field-question", &[("number", (i + 1).into())])
                    value=value(&name, &stored) max=limits::QUESTION rows=2 error=error(&name) lang=written/>
            }
        })
        .collect_view();
    let texts_legend = i18n.t_with(
        "editor-texts-legend",
        &[("language", text_lang.native_name().into())],
    );
    let questions_legend = i18n.t_with(
        "editor-questions-legend",
        &[("language", text_lang.native_name().into())],
    );
    view! {
        {changes}
        <form method="post" action=format!("/{lang}/staff/translations/{slug}/{written}") class="editor-form">
            <Csrf token=csrf/>
            <fieldset>
                <legend>{texts_legend}</legend>
                {original(&source.title)}
                <Input name=fields::TITLE label=i18n.t("editor-field-title") value=value(fields::TITLE, &form.text.title) max=limits::TITLE error=error(fields::TITLE)/>
                {original(&source.summary)}
                <TextArea name=fields::SUMMARY label=i18n.t("editor-field-summary") value=value(fields::SUMMARY, &form.text.summary) max=limits::SUMMARY rows=3 error=error(fields::SUMMARY) lang=written/>
                {original(&source.body)}
                <TextArea name=fields::BODY label=i18n.t("editor-field-body") value=value(fields::BODY, &form.text.body) max=limits::BODY rows=8 error=error(fields::BODY) lang=written/>
                {original(&source.influence)}
                <TextArea name=fields::INFLUENCE label=i18n.t("editor-field-influence") value=value(fields::INFLUENCE, &form.text.influence) max=limits::PARAGRAPH error=error(fields::INFLUENCE) lang=written/>
                {original(&source.not_influence)}
                <TextArea name=fields::NOT_INFLUENCE label=i18n.t("editor-field-not-influence") value=value(fields::NOT_INFLUENCE, &form.text.not_influence) max=limits::PARAGRAPH error=error(fields::NOT_INFLUENCE) lang=written/>
                {original(&source.decides)}
                <TextArea name=fields::DECIDES label=i18n.t("editor-field-decides") value=value(fields::DECIDES, &form.text.decides) max=limits::PARAGRAPH error=error(fields::DECIDES) lang=written/>
            </fieldset>
            <fieldset>
                <legend>{questions_legend}</legend>
                {questions}
            </fieldset>
            <Checkbox id=fields::REVIEWED name=fields::REVIEWED label=i18n.t("editor-field-reviewed") checked=reviewed hint=Some(i18n.t("translation-reviewed-hint"))/>
            <button type="submit">{i18n.t("translation-save")}</button>
        </form>
        {feedback}
        <p><a href=format!("/{lang}/staff/translations")>{i18n.t("translation-back")}</a></p>
    }
}

/// The feedback in one language beside its Swedish: what was heard (in summary and per
/// question), what was decided and by whom, what happens next, and whether it is reviewed.
#[component]
fn FeedbackTranslationForm(
    i18n: I18n,
    slug: String,
    text_lang: Lang,
    swedish: FeedbackForm,
    form: FeedbackForm,
    questions: Vec<(i32, String)>,
    csrf: String,
    resubmitted: Resubmitted,
) -> impl IntoView {
    use crate::feedback::form::{fields, limits};
    let written = text_lang.code();
    let sent = resubmitted.value("part") == "feedback";
    let value = |field: &str, stored: &str| {
        if sent {
            resubmitted.value(field)
        } else {
            stored.to_string()
        }
    };
    let error = |field: &str| resubmitted.problem(&i18n, field);
    let label = i18n.t("translation-swedish");
    let original = |text: &str| {
        let text = text.to_string();
        (!text.is_empty()).then(|| view! { <p class="hint"><span>{label.clone()}": "</span><span lang="sv">{text}</span></p> })
    };
    let reviewed = if sent {
        resubmitted.value(fields::REVIEWED) == "yes"
    } else {
        form.reviewed
    };
    let per_question = questions
        .iter()
        .map(|(id, question)| {
            let name = fields::heard(*id);
            let stored = form.per_question.get(id).cloned().unwrap_or_default();
            let source = swedish.per_question.get(id).cloned().unwrap_or_default();
            view! {
                {original(&source)}
                <TextArea name=name.clone() label=question.clone() label_lang=Some("sv") value=value(&name, &stored) max=limits::TEXT rows=3 error=error(&name) lang=written/>
            }
        })
        .collect_view();
    let legend = i18n.t_with(
        "editor-texts-legend",
        &[("language", text_lang.native_name().into())],
    );
    view! {
        <h2 id="feedback-heading">{i18n.t("editor-feedback")}</h2>
        <form method="post" action=format!("/{}/staff/translations/{slug}/{written}/feedback", i18n.lang.code()) class="editor-form" aria-labelledby="feedback-heading">
            <Csrf token=csrf/>
            <input type="hidden" name="part" value="feedback"/>
            <fieldset>
                <legend>{legend}</legend>
                {original(&swedish.texts.heard)}
                <TextArea name=fields::HEARD label=i18n.t("editor-field-heard") value=value(fields::HEARD, &form.texts.heard) max=limits::TEXT rows=6 error=error(fields::HEARD) lang=written/>
                {per_question}
                {original(&swedish.texts.decided)}
                <TextArea name=fields::DECIDED label=i18n.t("editor-field-decided") value=value(fields::DECIDED, &form.texts.decided) max=limits::TEXT rows=6 error=error(fields::DECIDED) lang=written/>
                {original(&swedish.texts.decided_by)}
                <Input name=fields::DECIDED_BY label=i18n.t("editor-field-decided-by") value=value(fields::DECIDED_BY, &form.texts.decided_by) max=limits::DECIDED_BY error=error(fields::DECIDED_BY)/>
                {original(&swedish.texts.next_steps)}
                <TextArea name=fields::NEXT label=i18n.t("editor-field-next") value=value(fields::NEXT, &form.texts.next_steps) max=limits::TEXT rows=4 error=error(fields::NEXT) lang=written/>
            </fieldset>
            <Checkbox id="feedback-reviewed" name=fields::REVIEWED label=i18n.t("editor-field-reviewed") checked=reviewed/>
            <button type="submit">{i18n.t("translation-save")}</button>
        </form>
    }
}
