//! The editors' pages: every dialogue, the editor with its language panel, the confirmation
//! before publishing without minority languages, the preview, and the version history.
//! Plain forms posted to [`super::handlers`]; every page checks the role before reading.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::form::{fields, limits, DialogueForm};
use super::snapshot::{Snapshot, TextState};
use super::versions;
use crate::access::{cap, Grant};
use crate::domain::{EditorState, Moderation, ParticipationLevel, Place, TargetGroup, Theme};
use crate::forms::fields::{Checkbox, Checkboxes, Choice, Csrf, Input, Resubmitted, TextArea};
use crate::i18n::I18n;
use crate::lang::Lang;
use crate::site::slug_param;
use crate::site::staff::staff_page;
use crate::site::PageTitle;

/// An editor's grant: what every page here asks for.
pub(super) type Editor = Grant<cap::EditDialogues>;

fn state_label(i18n: &I18n, state: EditorState) -> String {
    i18n.t(&format!("editor-state-{}", state.code()))
}

/// `/<lang>/staff/dialogues`: every dialogue, drafts and closed ones included.
#[component]
pub fn DialoguesPage() -> impl IntoView {
    staff_page(move |i18n, state, editor: Editor| async move {
        let dialogues = versions::list(&state.db, &editor).await?;
        let lang = i18n.lang.code();
        let today = state.today();
        let due_days = state.feedback_due_days;
        let items = dialogues
            .into_iter()
            .map(|d| {
                let base = format!("/{lang}/staff/dialogues/{}", d.slug);
                let languages = d
                    .texts
                    .iter()
                    .filter_map(|t| Lang::from_code(&t.lang))
                    .map(|l| l.native_name())
                    .collect::<Vec<_>>()
                    .join(", ");
                let overdue = d.feedback_overdue(today, due_days).then(|| {
                    view! { <p class="notice flagged" role="note"><strong>{i18n.t("editor-feedback-overdue")}</strong></p> }
                });
                view! {
                    <li class="card">
                        <h2><a href=format!("{base}/edit")>{d.title()}</a></h2>
                        {overdue}
                        <dl class="facts">
                            <dt>{i18n.t("editor-state")}</dt>
                            <dd>{state_label(&i18n, d.state(today))}</dd>
                            <dt>{i18n.t("editor-panel-heading")}</dt>
                            <dd>{languages}</dd>
                        </dl>
                        <p class="actions">
                            <a href=format!("{base}/preview")>{i18n.t("editor-panel-preview")}</a>
                            <a href=format!("{base}/feedback")>{i18n.t("editor-feedback")}</a>
                            <a href=format!("{base}/letters")>{i18n.t("editor-letters")}</a>
                            <a href=format!("{base}/meetings")>{i18n.t("editor-meetings")}</a>
                            <a href=format!("{base}/print")>{i18n.t("editor-print")}</a>
                            <a href=format!("{base}/history")>{i18n.t("editor-history")}</a>
                        </p>
                    </li>
                }
            })
            .collect_view();
        Ok(view! {
            <PageTitle text=i18n.t("editor-list-title")/>
            <h1>{i18n.t("editor-list-title")}</h1>
            <p>{i18n.t("editor-list-intro")}</p>
            <p class="actions"><a href=format!("/{lang}/staff/dialogues/new")>{i18n.t("editor-new")}</a></p>
            <ul class="cards">{items}</ul>
        }
        .into_any())
    })
}

/// `/<lang>/staff/dialogues/new`: a new dialogue, in Swedish.
#[component]
pub fn NewDialoguePage() -> impl IntoView {
    editor_page(None)
}

/// `/<lang>/staff/dialogues/<slug>/edit?text=<lang>`: the common fields, and the texts and
/// questions in one language.
#[component]
pub fn EditDialoguePage() -> impl IntoView {
    editor_page(Some(slug_param()))
}

fn editor_page(slug: Option<String>) -> impl IntoView {
    let query = use_query_map().get_untracked();
    let text_lang = query
        .get("text")
        .and_then(|l| Lang::from_code(&l))
        .unwrap_or(Lang::Sv);
    let done = query.get("done");
    let resubmitted = use_context::<Resubmitted>();
    staff_page(move |i18n, state, editor: Editor| async move {
        let snapshot = match &slug {
            Some(slug) => Some(versions::load(&state.db, &editor, slug).await?.1),
            None => None,
        };
        let form = match (&resubmitted, &snapshot) {
            (Some(sent), _) => DialogueForm::from_pairs(sent.pairs.clone()),
            (None, Some(snapshot)) => DialogueForm::from_snapshot(snapshot, text_lang),
            (None, None) => DialogueForm {
                text_lang: Lang::Sv.code().to_string(),
                moderation: Moderation::Pre.code().to_string(),
                ..Default::default()
            },
        };
        let title = match &snapshot {
            Some(s) => i18n.t_with("editor-edit-title", &[("title", s.title().into())]),
            None => i18n.t("editor-new-title"),
        };
        let done = done.as_deref().and_then(|d| match d {
            "created" => Some(i18n.t("editor-created")),
            "saved" => Some(i18n.t("editor-saved")),
            "published" => Some(i18n.t("editor-done-published")),
            "closed" => Some(i18n.t("editor-done-closed")),
            _ => None,
        });
        let today = state.today();
        Ok(view! {
            <PageTitle text=title.clone()/>
            <h1>{title}</h1>
            {done.map(|d| view! { <p class="notice" role="status">{d}</p> })}
            {resubmitted.as_ref().map(|r| r.summary(&i18n))}
            {snapshot.clone().map(|s| view! { <StateActions i18n=i18n.clone() snapshot=s today csrf=editor.csrf.clone()/> })}
            {snapshot.clone().map(|s| view! { <LanguagePanel i18n=i18n.clone() snapshot=s/> })}
            <DialogueFields i18n=i18n.clone() slug=slug.clone() form snapshot csrf=editor.csrf.clone() resubmitted=resubmitted.clone().unwrap_or_default()/>
        }
        .into_any())
    })
}

/// Publish, close or open again, by the dialogue's state; and the links to preview and history.
#[component]
fn StateActions(
    i18n: I18n,
    snapshot: Snapshot,
    today: chrono::NaiveDate,
    csrf: String,
) -> impl IntoView {
    let lang = i18n.lang.code();
    let base = format!("/{lang}/staff/dialogues/{}", snapshot.slug);
    let state = snapshot.state(today);
    // A dialogue past its closing date is opened again by moving the date, not by a button.
    let change = match state {
        EditorState::Published => Some(("close", i18n.t("editor-close"))),
        EditorState::Closed if !snapshot.closed => None,
        _ => Some(("publish", i18n.t("editor-publish"))),
    };
    let form = change.map(|(action, button)| {
        view! {
            <form method="post" action=format!("{base}/{action}")>
                <Csrf token=csrf.clone()/>
                <button type="submit">{button}</button>
            </form>
        }
    });
    view! {
        <dl class="facts">
            <dt>{i18n.t("editor-state")}</dt>
            <dd>{state_label(&i18n, state)}</dd>
        </dl>
        <div class="actions">
            {form}
            <a href=format!("{base}/feedback")>{i18n.t("editor-feedback")}</a>
            <a href=format!("{base}/letters")>{i18n.t("editor-letters")}</a>
            <a href=format!("{base}/meetings")>{i18n.t("editor-meetings")}</a>
            <a href=format!("{base}/print")>{i18n.t("editor-print")}</a>
            <a href=format!("{base}/history")>{i18n.t("editor-history")}</a>
        </div>
    }
}

/// Easy-to-read Swedish named in itself, as the languages are.
const EASY_SWEDISH: &str = "Lättläst svenska";

/// Per language: texts missing, a draft or reviewed; questions translated; the feedback; edit
/// and preview. On the editor and on the feedback page.
#[component]
pub fn LanguagePanel(i18n: I18n, snapshot: Snapshot) -> impl IntoView {
    let base = format!("/{}/staff/dialogues/{}", i18n.lang.code(), snapshot.slug);
    let rows = snapshot
        .language_panel()
        .into_iter()
        .map(|row| {
            let code = row.lang.code();
            let questions = i18n.t_with(
                "editor-panel-questions-count",
                &[("done", row.questions_done.into()), ("total", row.questions_total.into())],
            );
            let state_class = format!("text-state text-{}", i18n_state_code(row.texts));
            view! {
                <tr>
                    <th scope="row" lang=code>{row.lang.native_name()}</th>
                    <td class=state_class>{i18n.t(row.texts.message_id())}</td>
                    <td>{questions}</td>
                    <td class=format!("text-state text-{}", i18n_state_code(row.feedback))>
                        <a href=format!("{base}/feedback?text={code}")>{i18n.t(row.feedback.message_id())}<span class="visually-hidden">{format!(" – {}", i18n.t("editor-feedback"))}</span></a>
                    </td>
                    <td>
                        <a href=format!("{base}/edit?text={code}")>{i18n.t("editor-panel-edit")}<span class="visually-hidden" lang=code>{format!(" ({})", row.lang.native_name())}</span></a>
                        " · "
                        <a href=format!("/{code}/staff/dialogues/{}/preview", snapshot.slug)>{i18n.t("editor-panel-preview")}<span class="visually-hidden" lang=code>{format!(" ({})", row.lang.native_name())}</span></a>
                    </td>
                </tr>
            }
        })
        .collect_view();
    // Easy-to-read Swedish, named in itself like the languages above; its questions are the
    // Swedish ones.
    let easy = snapshot.easy.as_ref();
    let state = |written: bool| {
        if written {
            ("text-state text-reviewed", i18n.t("easy-state-written"))
        } else {
            ("text-state text-missing", i18n.t("editor-text-missing"))
        }
    };
    let (texts_class, texts_state) = state(easy.is_some());
    let (feedback_class, feedback_state) = state(easy.is_some_and(|e| e.feedback.is_some()));
    let easy_row = view! {
        <tr>
            <th scope="row" lang="sv">{EASY_SWEDISH}</th>
            <td class=texts_class>{texts_state}</td>
            <td>{i18n.t("easy-questions-shared")}</td>
            <td class=feedback_class>{feedback_state}</td>
            <td><a href=format!("{base}/lattlast")>{i18n.t("editor-panel-edit")}<span class="visually-hidden" lang="sv">{format!(" ({EASY_SWEDISH})")}</span></a></td>
        </tr>
    };
    view! {
        <div class="language-panel">
            <h2 id="panel-heading">{i18n.t("editor-panel-heading")}</h2>
            <p class="hint">{i18n.t("editor-panel-intro")}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="panel-heading">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{i18n.t("editor-panel-language")}</th>
                            <th scope="col">{i18n.t("editor-panel-texts")}</th>
                            <th scope="col">{i18n.t("editor-panel-questions")}</th>
                            <th scope="col">{i18n.t("editor-feedback")}</th>
                            <th scope="col">{i18n.t("editor-panel-actions")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}{easy_row}</tbody>
                </table>
            </div>
        </div>
    }
}

fn i18n_state_code(state: TextState) -> &'static str {
    match state {
        TextState::Missing => "missing",
        TextState::Draft => "draft",
        TextState::Reviewed => "reviewed",
    }
}

/// The editor form: fields common to every language, then one language's texts and questions.
#[component]
fn DialogueFields(
    i18n: I18n,
    slug: Option<String>,
    form: DialogueForm,
    snapshot: Option<Snapshot>,
    csrf: String,
    resubmitted: Resubmitted,
) -> impl IntoView {
    let lang = i18n.lang.code();
    let text_lang = Lang::from_code(&form.text_lang).unwrap_or(Lang::Sv);
    let action = match &slug {
        Some(slug) => format!(
            "/{lang}/staff/dialogues/{slug}/edit?text={}",
            text_lang.code()
        ),
        None => format!("/{lang}/staff/dialogues/new"),
    };
    let error = |field: &str| resubmitted.problem(&i18n, field);
    let codes = |all: &[&'static str], prefix: &str| -> Vec<(String, String)> {
        all.iter()
            .map(|c| (c.to_string(), i18n.label(prefix, c)))
            .collect()
    };
    let places = codes(
        &Place::ALL.iter().map(|p| p.code()).collect::<Vec<_>>(),
        "place",
    );
    let levels = codes(
        &ParticipationLevel::ALL
            .iter()
            .map(|p| p.code())
            .collect::<Vec<_>>(),
        "level",
    );
    let groups = codes(
        &TargetGroup::ALL
            .iter()
            .map(|p| p.code())
            .collect::<Vec<_>>(),
        "target-group",
    );
    let themes = codes(
        &Theme::ALL.iter().map(|p| p.code()).collect::<Vec<_>>(),
        "theme",
    );
    let moderation = vec![
        (
            Moderation::Pre.code().to_string(),
            i18n.t("editor-moderation-pre"),
        ),
        (
            Moderation::Post.code().to_string(),
            i18n.t("editor-moderation-post"),
        ),
    ];
    let language = text_lang.native_name();
    let texts_legend = i18n.t_with("editor-texts-legend", &[("language", language.into())]);
    let questions_legend = i18n.t_with("editor-questions-legend", &[("language", language.into())]);
    // The texts are written in `text_lang`, whatever language the staff page is in.
    let written = text_lang.code();
    let swedish_question = |id: i32| {
        snapshot
            .as_ref()
            .and_then(|s| s.questions.iter().find(|q| q.id == id))
            .and_then(|q| q.texts.get("sv").cloned())
    };
    let questions = form
        .questions
        .iter()
        .enumerate()
        .map(|(i, (id, text))| {
            let name = fields::question(*id);
            let hint = (text_lang != Lang::Sv).then(|| swedish_question(*id)).flatten();
            view! {
                <TextArea name=name.clone() label=i18n.t_with("editor-field-question", &[("number", (i + 1).into())])
                    value=text.clone() max=limits::QUESTION rows=2 error=error(&name) lang=written/>
                {hint.map(|h| view! { <p class="hint" lang="sv">{h}</p> })}
            }
        })
        .collect_view();
    let date_hint = i18n.t("editor-date-hint");
    view! {
        <form method="post" action=action class="editor-form">
            <Csrf token=csrf/>
            <input type="hidden" name=fields::TEXT_LANG value=text_lang.code()/>
            <fieldset>
                <legend>{texts_legend}</legend>
                <Input name=fields::TITLE label=i18n.t("editor-field-title") value=form.text.title.clone() max=limits::TITLE error=error(fields::TITLE)/>
                <TextArea name=fields::SUMMARY label=i18n.t("editor-field-summary") value=form.text.summary.clone() max=limits::SUMMARY rows=3 error=error(fields::SUMMARY) lang=written/>
                <TextArea name=fields::BODY label=i18n.t("editor-field-body") value=form.text.body.clone() max=limits::BODY rows=8 error=error(fields::BODY) lang=written/>
                <TextArea name=fields::INFLUENCE label=i18n.t("editor-field-influence") value=form.text.influence.clone() max=limits::PARAGRAPH error=error(fields::INFLUENCE) lang=written/>
                <TextArea name=fields::NOT_INFLUENCE label=i18n.t("editor-field-not-influence") value=form.text.not_influence.clone() max=limits::PARAGRAPH error=error(fields::NOT_INFLUENCE) lang=written/>
                <TextArea name=fields::DECIDES label=i18n.t("editor-field-decides") value=form.text.decides.clone() max=limits::PARAGRAPH error=error(fields::DECIDES) lang=written/>
                <Checkbox id=fields::REVIEWED name=fields::REVIEWED label=i18n.t("editor-field-reviewed") checked=form.reviewed/>
            </fieldset>
            <fieldset>
                <legend>{questions_legend}</legend>
                {questions}
                {(text_lang == Lang::Sv).then(|| view! {
                    <TextArea name=fields::NEW_QUESTION label=i18n.t("editor-field-new-question") value=form.new_question.clone() max=limits::QUESTION rows=2 error=error(fields::NEW_QUESTION)/>
                })}
            </fieldset>
            <fieldset>
                <legend>{i18n.t("editor-common-legend")}</legend>
                <Choice name=fields::PLACE label=i18n.t("editor-field-place") options=places selected=form.place.clone() error=error(fields::PLACE)/>
                <Choice name=fields::LEVEL label=i18n.t("editor-field-level") options=levels selected=form.level.clone() error=error(fields::LEVEL)/>
                <Checkboxes name=fields::GROUP legend=i18n.t("editor-field-groups") options=groups checked=form.groups.clone() error=error(fields::GROUP)/>
                <Checkboxes name=fields::THEME legend=i18n.t("editor-field-themes") options=themes checked=form.themes.clone() error=error(fields::THEME)/>
                <Input name=fields::OPENS kind="date" label=i18n.t("editor-field-opens") value=form.opens.clone() max=10 hint=Some(date_hint.clone()) error=error(fields::OPENS)/>
                <Input name=fields::CLOSES kind="date" label=i18n.t("editor-field-closes") value=form.closes.clone() max=10 hint=Some(date_hint.clone()) error=error(fields::CLOSES)/>
                <Input name=fields::DECISION kind="date" label=i18n.t("editor-field-decision") value=form.decision.clone() max=10 hint=Some(date_hint) error=error(fields::DECISION)/>
                <Input name=fields::CONTACT_NAME label=i18n.t("editor-field-contact-name") value=form.contact_name.clone() max=limits::CONTACT error=error(fields::CONTACT_NAME) autocomplete="name"/>
                <Input name=fields::CONTACT_EMAIL kind="email" label=i18n.t("editor-field-contact-email") value=form.contact_email.clone() max=limits::CONTACT error=error(fields::CONTACT_EMAIL) autocomplete="email"/>
                <Input name=fields::CONTACT_PHONE kind="tel" label=i18n.t("editor-field-contact-phone") value=form.contact_phone.clone() max=limits::PHONE error=error(fields::CONTACT_PHONE) autocomplete="tel"/>
                <Checkboxes name=fields::MODERATION legend=i18n.t("editor-field-moderation") options=moderation checked=vec![form.moderation.clone()] radio=true/>
            </fieldset>
            <button type="submit">{i18n.t("editor-save")}</button>
        </form>
    }
}
