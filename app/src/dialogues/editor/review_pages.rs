//! The editor's pages around publishing: the confirmation before publishing without minority
//! languages, the preview as a resident will see it, and the version history.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::pages::Editor;
use super::snapshot::Snapshot;
use super::versions;
use crate::forms::fields::Csrf;
use crate::i18n::I18n;
use crate::lang::Lang;
use crate::site::slug_param;
use crate::site::staff::staff_page;
use crate::site::PageTitle;

/// `/<lang>/staff/dialogues/<slug>/publish`: names the minority languages that are missing
/// and asks for an explicit confirmation before publishing without them.
#[component]
pub fn ConfirmPublishPage() -> impl IntoView {
    let slug = slug_param();
    let required = use_query_map()
        .with_untracked(|q| q.get("error"))
        .is_some_and(|e| e == "required");
    staff_page(move |i18n, state, editor: Editor| async move {
        let (_, snapshot) = versions::load(&state.db, &editor, &slug).await?;
        let lang = i18n.lang.code();
        let panel = snapshot.language_panel();
        let missing = snapshot
            .missing_minority_languages()
            .into_iter()
            .map(|l| {
                let row = panel.iter().find(|r| r.lang == l);
                let detail = row.map(|r| {
                    let questions = i18n.t_with(
                        "editor-panel-questions-count",
                        &[
                            ("done", r.questions_done.into()),
                            ("total", r.questions_total.into()),
                        ],
                    );
                    format!(
                        "{}: {}, {}: {}",
                        i18n.t("editor-panel-texts"),
                        i18n.t(r.texts.message_id()),
                        i18n.t("editor-panel-questions"),
                        questions
                    )
                });
                view! { <li><strong lang=l.code()>{l.native_name()}</strong>" – "{detail}</li> }
            })
            .collect_view();
        let base = format!("/{lang}/staff/dialogues/{slug}");
        let error = required.then(|| i18n.t("editor-confirm-required"));
        let invalid = required.then_some("true");
        Ok(view! {
            <PageTitle text=i18n.t("editor-confirm-title")/>
            <h1>{i18n.t("editor-confirm-title")}</h1>
            <p lang="sv"><strong>{snapshot.title()}</strong></p>
            <p>{i18n.t("editor-confirm-intro")}</p>
            <ul>{missing}</ul>
            <form method="post" action=format!("{base}/publish")>
                <Csrf token=editor.csrf.clone()/>
                <input type="hidden" name="from" value="confirm"/>
                <p class="field-error" id="confirm-error" role=required.then_some("alert")>{error}</p>
                <div class="field checkbox">
                    <input type="checkbox" id="confirm" name="confirm" value="yes" aria-invalid=invalid aria-describedby="confirm-error"/>
                    <label for="confirm">{i18n.t("editor-confirm-check")}</label>
                </div>
                <button type="submit">{i18n.t("editor-confirm-submit")}</button>
            </form>
            <p><a href=format!("{base}/edit")>{i18n.t("editor-confirm-cancel")}</a></p>
        }
        .into_any())
    })
}

/// `/<lang>/staff/dialogues/<slug>/preview`: the dialogue as a resident reading in `<lang>`
/// will see it, drafts included, without the form.
#[component]
pub fn PreviewPage() -> impl IntoView {
    let slug = slug_param();
    staff_page(move |i18n, state, editor: Editor| async move {
        let detail =
            crate::dialogues::service::preview(&state.db, &editor, i18n.lang, &slug, state.today())
                .await?;
        Ok(view! {
            <p class="notice" role="note">{i18n.t("editor-preview-notice")}</p>
            <crate::dialogues::pages::Dialogue i18n=i18n.clone() detail preview=true/>
        }
        .into_any())
    })
}

/// `/<lang>/staff/dialogues/<slug>/history`: every version, newest first, each readable whole.
#[component]
pub fn HistoryPage() -> impl IntoView {
    let slug = slug_param();
    staff_page(move |i18n, state, editor: Editor| async move {
        let versions = versions::history(&state.db, &editor, &slug).await?;
        let title = versions
            .first()
            .map(|v| v.snapshot.title())
            .unwrap_or_default();
        let items = versions
            .into_iter()
            .map(|v| {
                let local = v.at.with_timezone(&chrono_tz::Europe::Stockholm);
                let when = format!("{} {}", i18n.date(local.date_naive()), local.format("%H:%M"));
                let heading_id = format!("version-{}", v.number);
                view! {
                    <li class="pending" aria-labelledby=heading_id.clone()>
                        <h2 id=heading_id.clone()>{i18n.t_with("editor-version", &[("number", v.number.into())])}</h2>
                        <dl class="facts">
                            <dt>{i18n.t("editor-version-what")}</dt>
                            <dd>{i18n.label("version-action", &v.action)}</dd>
                            <dt>{i18n.t("editor-version-who")}</dt>
                            <dd>{v.by}</dd>
                            <dt>{i18n.t("editor-version-when")}</dt>
                            <dd>{when}</dd>
                        </dl>
                        <details>
                            <summary>{i18n.t("editor-version-show")}</summary>
                            <SnapshotView i18n=i18n.clone() snapshot=v.snapshot/>
                        </details>
                    </li>
                }
            })
            .collect_view();
        Ok(view! {
            <PageTitle text=i18n.t("editor-history-title")/>
            <h1>{i18n.t("editor-history-title")}</h1>
            <p lang="sv"><strong>{title}</strong></p>
            <p>{i18n.t("editor-history-intro")}</p>
            <p><a href=format!("/{}/staff/dialogues/{slug}/edit", i18n.lang.code())>{i18n.t("editor-edit")}</a></p>
            <ul class="pending-list">{items}</ul>
        }
        .into_any())
    })
}

/// The content of one version: the common fields, then each language's texts and questions.
#[component]
fn SnapshotView(i18n: I18n, snapshot: Snapshot) -> impl IntoView {
    let texts = snapshot
        .texts
        .iter()
        .map(|t| {
            let code = Lang::from_code(&t.lang).map_or("sv", |l| l.code());
            let name = Lang::from_code(&t.lang).map_or("", |l| l.native_name());
            let questions = snapshot
                .questions
                .iter()
                .filter_map(|q| q.texts.get(&t.lang))
                .map(|q| view! { <li>{q.clone()}</li> })
                .collect_view();
            view! {
                <h3 lang=code>{name}</h3>
                <dl class="facts" lang=code>
                    <dt>{i18n.t("editor-field-title")}</dt><dd>{t.text.title.clone()}</dd>
                    <dt>{i18n.t("editor-field-summary")}</dt><dd>{t.text.summary.clone()}</dd>
                    <dt>{i18n.t("editor-field-body")}</dt><dd class="pre-line">{t.text.body.clone()}</dd>
                    <dt>{i18n.t("editor-field-influence")}</dt><dd>{t.text.influence.clone()}</dd>
                    <dt>{i18n.t("editor-field-not-influence")}</dt><dd>{t.text.not_influence.clone()}</dd>
                    <dt>{i18n.t("editor-field-decides")}</dt><dd>{t.text.decides.clone()}</dd>
                    <dt>{i18n.t("editor-panel-questions")}</dt><dd><ol>{questions}</ol></dd>
                </dl>
            }
        })
        .collect_view();
    // The feedback as this version kept it, language by language.
    let feedback = snapshot.feedback.as_ref().map(|f| {
        let texts = f
            .texts
            .iter()
            .map(|t| {
                let code = Lang::from_code(&t.lang).map_or("sv", |l| l.code());
                let name = Lang::from_code(&t.lang).map_or("", |l| l.native_name());
                view! {
                    <h4 lang=code>{name}</h4>
                    <dl class="facts" lang=code>
                        <dt>{i18n.t("editor-field-heard")}</dt><dd class="pre-line">{t.texts.heard.clone()}</dd>
                        <dt>{i18n.t("editor-field-decided")}</dt><dd class="pre-line">{t.texts.decided.clone()}</dd>
                        <dt>{i18n.t("editor-field-decided-by")}</dt><dd>{t.texts.decided_by.clone()}</dd>
                        <dt>{i18n.t("editor-field-next")}</dt><dd class="pre-line">{t.texts.next_steps.clone()}</dd>
                    </dl>
                }
            })
            .collect_view();
        view! { <h3>{i18n.t("editor-feedback")}</h3>{texts} }
    });
    let period = format!(
        "{} – {}",
        i18n.date(snapshot.opens_on),
        i18n.date(snapshot.closes_on)
    );
    view! {
        <dl class="facts">
            <dt>{i18n.t("editor-field-place")}</dt><dd>{i18n.label("place", &snapshot.place)}</dd>
            <dt>{i18n.t("editor-field-level")}</dt><dd>{i18n.label("level", &snapshot.level)}</dd>
            <dt>{i18n.t("dialogue-period")}</dt><dd>{period}</dd>
            <dt>{i18n.t("editor-field-contact-name")}</dt><dd>{format!("{} <{}>", snapshot.contact.name, snapshot.contact.email)}</dd>
        </dl>
        {texts}
        {feedback}
    }
}
