//! `/<lang>/staff/enter?dialogue=<slug>`: a staff member enters a view that came on paper, by
//! phone or at a meeting. It is stored with its channel and moderated like any other view.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::fields::{Choice, Resubmitted, TextArea};
use super::staff::{refused, staff_page, StaffBar};
use super::PageTitle;
use crate::domain::{fields, limits, Channel, Role};
use crate::i18n::use_i18n;
use crate::lang::Lang;
use crate::server::staff;

#[component]
pub fn EnterPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map().get_untracked();
    let chosen = query.get("dialogue").filter(|d| !d.is_empty());
    let done = query.get("done").filter(|r| r.len() <= 20 && r.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    let resubmitted = use_context::<Resubmitted>().unwrap_or_default();
    let content = Suspend::new(async move {
        let (state, me) = match staff_page(&i18n, Role::ALL).await {
            Ok(signed_in) => signed_in,
            Err(refusal) => return refusal,
        };
        let dialogues = match staff::dialogue_titles(&state.db, &me).await {
            Ok(dialogues) => dialogues,
            Err(error) => return refused(&i18n, error),
        };
        let lang = i18n.lang.code();
        let dialogue_options: Vec<(String, String)> = dialogues.iter().map(|(slug, title)| (slug.clone(), title.clone())).collect();
        let sent = |name: &str| resubmitted.pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
        let error = |name: &str| resubmitted.problem(&i18n, name);

        let mut not_open = false;
        let form = match &chosen {
            None => None,
            Some(slug) => {
                let detail = crate::server::dialogues::detail(&state.db, i18n.lang, slug, 1, state.today())
                    .await
                    .ok()
                    .filter(|d| d.status == crate::domain::DialogueStatus::Open);
                if detail.is_none() {
                    not_open = true;
                }
                detail.map(|detail| {
                    let questions = detail
                        .questions
                        .iter()
                        .map(|q| {
                            let name = format!("{}{}", fields::ANSWER_PREFIX, q.id);
                            view! { <TextArea name=name.clone() label=q.text.clone() value=sent(&name) max=limits::ANSWER_CHARS error=error(&name)/> }
                        })
                        .collect_view();
                    let channels: Vec<(String, String)> = Channel::ALL
                        .iter()
                        .filter(|c| **c != Channel::Web)
                        .map(|c| (c.code().to_string(), i18n.label("channel", c.code())))
                        .collect();
                    let languages: Vec<(String, String)> =
                        Lang::ALL.iter().map(|l| (l.code().to_string(), l.native_name().to_string())).collect();
                    let written = if sent(fields::LANG).is_empty() { lang.to_string() } else { sent(fields::LANG) };
                    let key = if sent(fields::KEY).is_empty() { uuid::Uuid::new_v4().to_string() } else { sent(fields::KEY) };
                    view! {
                        <h2 lang=detail.text_lang.code()>{detail.title.clone()}</h2>
                        {(!resubmitted.problems.is_empty()).then(|| resubmitted.summary(&i18n, "form-error-summary"))}
                        <form method="post" action=format!("/{lang}/staff/enter/{}", detail.slug)>
                            <input type="hidden" name="csrf" value=me.csrf.clone()/>
                            <input type="hidden" name=fields::KEY value=key/>
                            <Choice name="channel".into() label=i18n.t("enter-channel") options=channels selected=sent("channel") error=error("channel")/>
                            <Choice name=fields::LANG.into() label=i18n.t("form-lang") options=languages selected=written error=error(fields::LANG)/>
                            {questions}
                            <TextArea name=fields::GENERAL.into() label=i18n.t("form-general") value=sent(fields::GENERAL) max=limits::ANSWER_CHARS error=error(fields::GENERAL)/>
                            <div class="field">
                                <label for="name">{i18n.t("form-name")}</label>
                                <p class="field-error" id="name-error">{error(fields::NAME)}</p>
                                <input type="text" id="name" name=fields::NAME value=sent(fields::NAME) maxlength=limits::NAME_CHARS aria-describedby="name-error"/>
                            </div>
                            <div class="field checkbox">
                                <input type="checkbox" id="consent" name=fields::CONSENT value="yes" checked=sent(fields::CONSENT) == "yes"/>
                                <label for="consent">{i18n.t("form-consent")}</label>
                            </div>
                            <button type="submit">{i18n.t("enter-submit")}</button>
                        </form>
                    }
                })
            }
        };
        view! {
            <PageTitle text=i18n.t("enter-title")/>
            <StaffBar i18n=i18n.clone() staff=me.clone()/>
            <h1>{i18n.t("enter-title")}</h1>
            {done.map(|r| view! { <p class="notice" role="status">{i18n.t_with("enter-done", &[("reference", r.into())])}</p> })}
            <p>{i18n.t("enter-intro")}</p>
            <form method="get" action=format!("/{lang}/staff/enter") class="filters">
                <Choice name="dialogue".into() label=i18n.t("staff-view-dialogue") options=dialogue_options selected=chosen.clone().unwrap_or_default()/>
                <button type="submit" class="secondary">{i18n.t("enter-choose-submit")}</button>
            </form>
            {not_open.then(|| view! { <p class="notice" role="status">{i18n.t("enter-error-closed")}</p> })}
            {form}
        }
        .into_any()
    });
    view! { <Suspense>{content}</Suspense> }
}
