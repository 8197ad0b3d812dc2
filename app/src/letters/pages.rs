//! The letters pages: how many letters each language needs (the addresses only when opened),
//! and the printable letter in one language (A4, print CSS).

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::service;
use super::Opened;
use crate::access::{cap, Grant};
use crate::dialogues::editor::versions;
use crate::feedback::read::pick;
use crate::forms::fields::Csrf;
use crate::lang::Lang;
use crate::site::slug_param;
use crate::site::staff::staff_page;
use crate::site::{paragraphs, PageTitle};

/// `/<lang>/staff/dialogues/<slug>/letters`: letters owed per language; open the addresses
/// (audited), print a letter, erase the addresses once the letters are sent.
#[component]
pub fn LettersPage() -> impl IntoView {
    let slug = slug_param();
    let query = use_query_map().get_untracked();
    let erased = query.get("erased").and_then(|c| c.parse::<usize>().ok());
    let opened = use_context::<Opened>();
    staff_page(
        move |i18n, state, editor: Grant<cap::EditDialogues>| async move {
            let (d, snapshot) = versions::load(&state.db, &editor, &slug).await?;
            let owed = service::owed(&state.db, d.id).await?;
            let has_feedback = snapshot
                .feedback
                .as_ref()
                .is_some_and(|f| f.texts.iter().any(|t| t.lang == "sv"));
            let lang = i18n.lang.code();
            let base = format!("/{lang}/staff/dialogues/{slug}/letters");
            let rows = owed
            .iter()
            .filter_map(|(code, count)| Lang::from_code(code).map(|l| (l, *count)))
            .map(|(l, count)| {
                let print = has_feedback.then(|| {
                    view! {
                        <a href=format!("/{}/staff/dialogues/{slug}/letter", l.code())>
                            {i18n.t("letters-print")}<span class="visually-hidden" lang=l.code()>{format!(" ({})", l.native_name())}</span>
                        </a>
                    }
                });
                view! { <tr><th scope="row" lang=l.code()>{l.native_name()}</th><td>{count}</td><td>{print}</td></tr> }
            })
            .collect_view();
            let addresses = opened.map(|Opened(letters)| {
            // Erasing takes exactly the addresses shown here.
            let upto = letters.iter().map(|l| l.id).max().unwrap_or(0);
            let erase = view! {
                <form method="post" action=format!("{base}/erase")>
                    <Csrf token=editor.csrf.clone()/>
                    <input type="hidden" name="upto" value=upto.to_string()/>
                    <button type="submit" class="secondary">{i18n.t("letters-erase")}</button>
                </form>
            };
            let items = letters
                .into_iter()
                .map(|letter| view! {
                    <li><span lang=letter.lang.code()>{letter.lang.native_name()}</span>": "{letter.name}<br/><span class="pre-line">{letter.address}</span></li>
                })
                .collect_view();
            view! { <h2 id="addresses-heading">{i18n.t("letters-addresses")}</h2><ul class="addresses">{items}</ul>{erase} }
        });
            Ok(view! {
            <PageTitle text=i18n.t_with("letters-title", &[("title", snapshot.title().into())])/>
            <h1>{i18n.t_with("letters-title", &[("title", snapshot.title().into())])}</h1>
            {erased.map(|n| view! { <p class="notice" role="status">{i18n.count("letters-erased", n)}</p> })}
            <p>{i18n.t("letters-intro")}</p>
            {(!has_feedback).then(|| view! { <p class="notice" role="note">{i18n.t("letters-no-feedback")}</p> })}
            {if owed.is_empty() {
                view! { <p>{i18n.t("letters-none")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll" tabindex="0" role="region" aria-labelledby="letters-table-heading">
                        <table>
                            <caption id="letters-table-heading">{i18n.t("letters-owed")}</caption>
                            <thead><tr>
                                <th scope="col">{i18n.t("letters-language")}</th>
                                <th scope="col">{i18n.t("letters-owed")}</th>
                                <th scope="col">{i18n.t("editor-panel-actions")}</th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                    <form method="post" action=format!("{base}/open")>
                        <Csrf token=editor.csrf.clone()/>
                        <button type="submit" class="secondary">{i18n.t("letters-open")}</button>
                    </form>
                    {addresses}
                }
                .into_any()
            }}
        }
        .into_any())
        },
    )
}

/// `/<lang>/staff/dialogues/<slug>/letter`: the letter in the page's language, for printing on
/// A4 (the frame and the staff bar are not printed).
#[component]
pub fn LetterPage() -> impl IntoView {
    let slug = slug_param();
    staff_page(
        move |i18n, state, editor: Grant<cap::EditDialogues>| async move {
            let (d, snapshot) = versions::load(&state.db, &editor, &slug).await?;
            let feedback = snapshot.feedback.clone().unwrap_or_default();
            let (texts_lang, texts) = pick(&feedback, i18n.lang);
            let (title_lang, title) =
                crate::dialogues::service::title_in(&state.db, d.id, i18n.lang).await?;
            let other = |l: Lang| (l != i18n.lang).then(|| l.code());
            let web = state
                .mail
                .link(&format!("/{}/dialogues/{slug}", i18n.lang.code()));
            let today = i18n.date(state.today());
            Ok(view! {
            <PageTitle text=i18n.t("letters-print")/>
            <article class="letter">
                <address class="sender">{i18n.t("common-footer-owner")}<br/>{i18n.t("common-footer-contact")}</address>
                <p class="date">{today}</p>
                <h1 lang=other(title_lang)>{title.clone()}</h1>
                <p>{i18n.t("letters-greeting")}</p>
                <p>{i18n.t_with("letters-letter-intro", &[("title", title.into())])}</p>
                {(texts_lang != i18n.lang).then(|| view! { <p>{i18n.t("feedback-fallback-notice")}</p> })}
                <h2>{i18n.t("feedback-heard")}</h2>
                <div lang=other(texts_lang)>{paragraphs(&texts.heard)}</div>
                <h2>{i18n.t("feedback-decided")}</h2>
                <div lang=other(texts_lang)>{paragraphs(&texts.decided)}</div>
                {(!texts.decided_by.is_empty()).then(|| view! {
                    <p>{i18n.t("feedback-decided-by")}": "<span lang=other(texts_lang)>{texts.decided_by.clone()}</span></p>
                })}
                <h2>{i18n.t("feedback-next")}</h2>
                <div lang=other(texts_lang)>{paragraphs(&texts.next_steps)}</div>
                <p>{i18n.t("letters-web")}<br/>{web}</p>
                <p>{i18n.t("mail-signature")}</p>
            </article>
        }
        .into_any())
        },
    )
}
