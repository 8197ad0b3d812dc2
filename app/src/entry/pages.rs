//! `/<lang>/staff/enter?dialogue=<slug>`: a staff member enters a view that came on paper, by
//! phone or at a meeting. It is stored with its channel and moderated like any other view.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::CHANNEL;
use crate::access::{cap, Grant};
use crate::dialogues::service::{detail, titles};
use crate::domain::{Channel, DialogueStatus};
use crate::error::ServiceError;
use crate::forms::fields::{Checkbox, Choice, Csrf, Input, Resubmitted, TextArea};
use crate::lang::Lang;
use crate::letters::{fields as post, limits as post_limits};
use crate::meetings::fields::MEETING;
use crate::meetings::pages::{location, when};
use crate::print::handlers::published_slug;
use crate::site::staff::staff_page;
use crate::site::PageTitle;
use crate::views::model::{fields, limits};

#[component]
pub fn EnterPage() -> impl IntoView {
    let query = use_query_map().get_untracked();
    let chosen = query.get("dialogue").filter(|d| !d.is_empty());
    // The short code printed on a paper form finds its dialogue.
    let code = query
        .get("code")
        .filter(|c| !c.trim().is_empty() && c.len() <= 20);
    let done = query
        .get("done")
        .filter(|r| r.len() <= 20 && r.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    let resubmitted = use_context::<Resubmitted>().unwrap_or_default();
    staff_page(move |i18n, state, me: Grant<cap::EnterViews>| async move {
        let dialogue_options = titles(&state.db).await?;
        let mut unknown_code = false;
        let by_code = chosen.is_none() && code.is_some();
        let chosen = match (chosen, &code) {
            (Some(slug), _) => Some(slug),
            (None, Some(code)) => match published_slug(&state, code).await {
                Ok(slug) => Some(slug),
                Err(ServiceError::NotFound) => {
                    unknown_code = true;
                    None
                }
                Err(error) => return Err(error),
            },
            (None, None) => None,
        };
        let lang = i18n.lang.code();
        let sent = |name: &str| resubmitted.value(name);
        let error = |name: &str| resubmitted.problem(&i18n, name);

        // An unknown or unpublished dialogue takes no views, as a closed one; a failure to
        // read it is a failure, not "closed".
        let open = match &chosen {
            None => None,
            Some(slug) => match detail(&state.db, i18n.lang, slug, 1, state.today()).await {
                Ok(detail) => Some(Some(detail).filter(|d| d.status == DialogueStatus::Open)),
                Err(ServiceError::NotFound) => Some(None),
                Err(error) => return Err(error),
            },
        };
        let not_open = matches!(open, Some(None));
        let form = match open.flatten() {
            None => None,
            Some(detail) => Some({
                let questions = detail
                        .questions
                        .iter()
                        .map(|q| {
                            let name = fields::answer(q.id);
                            view! { <TextArea name=name.clone() label=q.text.clone() value=sent(&name) max=limits::ANSWER_CHARS error=error(&name)/> }
                        })
                        .collect_view();
                let channels: Vec<(String, String)> = Channel::ALL
                    .iter()
                    .filter(|c| **c != Channel::Web)
                    .map(|c| (c.code().to_string(), i18n.label("channel", c.code())))
                    .collect();
                let languages: Vec<(String, String)> = Lang::ALL
                    .iter()
                    .map(|l| (l.code().to_string(), l.native_name().to_string()))
                    .collect();
                let written = if sent(fields::LANG).is_empty() {
                    lang.to_string()
                } else {
                    sent(fields::LANG)
                };
                let meetings: Vec<(String, String)> = detail
                    .meetings
                    .iter()
                    .filter(|m| !m.cancelled)
                    .map(|m| {
                        (
                            m.id.to_string(),
                            format!("{}, {}", when(&i18n, m.starts, m.ends), location(&i18n, m)),
                        )
                    })
                    .collect();
                let meeting_choice = (!meetings.is_empty()).then(|| view! {
                    <Choice name=MEETING label=i18n.t("enter-meeting") options=meetings selected=sent(MEETING) none=Some(i18n.t("enter-meeting-none")) error=error(MEETING)/>
                });
                // Found by the code on a paper form: it came on paper, unless staff say otherwise.
                let channel = match sent(CHANNEL) {
                    sent if sent.is_empty() && by_code => Channel::Paper.code().to_string(),
                    sent => sent,
                };
                let key = if sent(fields::KEY).is_empty() {
                    uuid::Uuid::new_v4().to_string()
                } else {
                    sent(fields::KEY)
                };
                view! {
                    <h2 lang=detail.text_lang.code()>{detail.text.title.clone()}</h2>
                    {(!resubmitted.problems.is_empty()).then(|| resubmitted.summary(&i18n))}
                    <form method="post" action=format!("/{lang}/staff/enter/{}", detail.slug)>
                        <Csrf token=me.csrf.clone()/>
                        <input type="hidden" name=fields::KEY value=key/>
                        <Choice name=CHANNEL label=i18n.t("enter-channel") options=channels selected=channel error=error(CHANNEL)/>
                        {meeting_choice}
                        <Choice name=fields::LANG label=i18n.t("form-lang") options=languages selected=written error=error(fields::LANG) own_lang=true/>
                        {questions}
                        <TextArea name=fields::GENERAL label=i18n.t("form-general") value=sent(fields::GENERAL) max=limits::ANSWER_CHARS error=error(fields::GENERAL)/>
                        <Input name=fields::NAME label=i18n.t("form-name") value=sent(fields::NAME) max=limits::NAME_CHARS error=error(fields::NAME)/>
                        <Checkbox id=fields::CONSENT name=fields::CONSENT label=i18n.t("form-consent") checked=sent(fields::CONSENT) == "yes"/>
                            <fieldset>
                                <legend>{i18n.t("entry-post")}</legend>
                                <p class="hint" id="post-hint">{i18n.t("entry-post-help")}</p>
                                <Checkbox id=post::WANTS_POST name=post::WANTS_POST label=i18n.t("entry-post") checked=sent(post::WANTS_POST) == "yes"/>
                                <Input name=post::NAME label=i18n.t("entry-post-name") value=sent(post::NAME) max=post_limits::NAME error=error(post::NAME) autocomplete="name"/>
                                <TextArea name=post::ADDRESS label=i18n.t("entry-post-address") value=sent(post::ADDRESS) max=post_limits::ADDRESS rows=3 error=error(post::ADDRESS)/>
                            </fieldset>
                        <button type="submit">{i18n.t("enter-submit")}</button>
                    </form>
                }
            }),
        };
        Ok(view! {
            <PageTitle text=i18n.t("enter-title")/>
            <h1>{i18n.t("enter-title")}</h1>
            {done.map(|r| view! { <p class="notice" role="status">{i18n.t_with("enter-done", &[("reference", r.into())])}</p> })}
            <p>{i18n.t("enter-intro")}</p>
            <form method="get" action=format!("/{lang}/staff/enter") class="filters">
                <Choice name="dialogue" label=i18n.t("staff-view-dialogue") options=dialogue_options selected=chosen.clone().unwrap_or_default()/>
                <button type="submit" class="secondary">{i18n.t("enter-choose-submit")}</button>
            </form>
            <form method="get" action=format!("/{lang}/staff/enter") class="filters">
                <Input name="code" label=i18n.t("enter-code") hint=Some(i18n.t("enter-code-help")) value=code.clone().unwrap_or_default() max=20 error=unknown_code.then(|| i18n.t("enter-code-unknown"))/>
                <button type="submit" class="secondary">{i18n.t("enter-code-submit")}</button>
            </form>
            {not_open.then(|| view! { <p class="notice" role="status">{i18n.t("enter-error-closed")}</p> })}
            {form}
        }
        .into_any())
    })
}
