//! The pages a resident reaches from a mail (confirm, unsubscribe), and the small form on the
//! dialogue page for asking for the outcome without sending a view.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::service;
use super::{SubscribeRefused, EMAIL};
use crate::error::ServiceError;
use crate::forms::fields::Input;
use crate::forms::MAX_EMAIL_CHARS;
use crate::i18n::{use_i18n, I18n};
use crate::site::{set_status, PageTitle};
use crate::state::AppState;

/// A mailed link's page: its token, and whether the form was sent (`?done=...`).
fn token_and_done() -> (String, Option<String>) {
    let token = use_params_map().with_untracked(|p| p.get("token").unwrap_or_default());
    (token, use_query_map().with_untracked(|q| q.get("done")))
}

/// The page for a token that no longer works: 404 with the reason in the reader's language.
fn link_gone(i18n: &I18n, title_id: &str) -> AnyView {
    set_status(axum::http::StatusCode::NOT_FOUND);
    view! {
        <PageTitle text=i18n.t(title_id)/>
        <h1>{i18n.t(title_id)}</h1>
        <p role="alert">{i18n.t("outcome-link-gone")}</p>
    }
    .into_any()
}

/// A mailed link's page: the title, a text, and one button that posts to the same address.
fn one_button(
    i18n: &I18n,
    title_id: &str,
    text_id: &str,
    button_id: &str,
    title: String,
) -> AnyView {
    view! {
        <PageTitle text=i18n.t(title_id)/>
        <h1>{i18n.t(title_id)}</h1>
        <p>{i18n.t_with(text_id, &[("title", title.into())])}</p>
        <form method="post">
            <button type="submit">{i18n.t(button_id)}</button>
        </form>
    }
    .into_any()
}

/// `/<lang>/outcome/confirm/<token>`: the double opt-in, one button.
#[component]
pub fn ConfirmPage() -> impl IntoView {
    let i18n = use_i18n();
    let (token, done) = token_and_done();
    let content = Suspend::new(async move {
        let Ok(state) = AppState::from_context() else {
            return link_gone(&i18n, "outcome-confirm-title");
        };
        let done = done.and_then(|d| match d.as_str() {
            "confirmed" => Some("outcome-confirmed"),
            "already" => Some("outcome-confirmed-already"),
            _ => None,
        });
        match service::by_token(&state.db, &token, i18n.lang).await {
            Ok(_) if done.is_some() => view! {
                <PageTitle text=i18n.t("outcome-confirm-title")/>
                <h1>{i18n.t("outcome-confirm-title")}</h1>
                <p role="status">{done.map(|d| i18n.t(d))}</p>
            }
            .into_any(),
            Ok((_, title)) => one_button(
                &i18n,
                "outcome-confirm-title",
                "outcome-confirm-text",
                "outcome-confirm-submit",
                title,
            ),
            Err(ServiceError::NotFound) => link_gone(&i18n, "outcome-confirm-title"),
            Err(error) => crate::site::staff::refused(&i18n, error),
        }
    });
    view! { <Suspense>{content}</Suspense> }
}

/// `/<lang>/outcome/unsubscribe/<token>`: ending a subscription, one button, no sign-in.
#[component]
pub fn UnsubscribePage() -> impl IntoView {
    let i18n = use_i18n();
    let (token, done) = token_and_done();
    let content = Suspend::new(async move {
        if done.is_some() {
            return view! {
                <PageTitle text=i18n.t("outcome-unsubscribe-title")/>
                <h1>{i18n.t("outcome-unsubscribe-title")}</h1>
                <p role="status">{i18n.t("outcome-unsubscribed")}</p>
            }
            .into_any();
        }
        let Ok(state) = AppState::from_context() else {
            return link_gone(&i18n, "outcome-unsubscribe-title");
        };
        match service::by_token(&state.db, &token, i18n.lang).await {
            Ok((_, title)) => one_button(
                &i18n,
                "outcome-unsubscribe-title",
                "outcome-unsubscribe-text",
                "outcome-unsubscribe-submit",
                title,
            ),
            Err(ServiceError::NotFound) => link_gone(&i18n, "outcome-unsubscribe-title"),
            Err(error) => crate::site::staff::refused(&i18n, error),
        }
    });
    view! { <Suspense>{content}</Suspense> }
}

/// The small form on the dialogue page: an address, and the outcome is mailed when there is
/// one. Shows what the last request did (`?outcome=...`), or why it was refused.
#[component]
pub fn SubscribeForm(i18n: I18n, slug: String) -> impl IntoView {
    let outcome = use_query_map()
        .with_untracked(|q| q.get("outcome"))
        .and_then(|o| match o.as_str() {
            "new" => Some("outcome-subscribed"),
            "already" => Some("outcome-subscribed-already"),
            "published" => Some("outcome-published-already"),
            _ => None,
        });
    let refused = use_context::<SubscribeRefused>().map(|r| r.0);
    let error = refused.as_ref().and_then(|r| r.problem(&i18n, EMAIL));
    let value = refused.as_ref().map(|r| r.value(EMAIL)).unwrap_or_default();
    view! {
        <section id="outcome" class="outcome" aria-labelledby="outcome-heading">
            <h2 id="outcome-heading">{i18n.t("outcome-heading")}</h2>
            {outcome.map(|id| view! { <p class="notice" role="status">{i18n.t(id)}</p> })}
            <p>{i18n.t("outcome-intro")}</p>
            <form method="post" action=format!("/{}/dialogues/{slug}/outcome", i18n.lang.code())>
                <Input name=EMAIL kind="email" label=i18n.t("outcome-email") value max=MAX_EMAIL_CHARS
                    hint=Some(i18n.t("outcome-field-help")) error autocomplete="email"/>
                <div class="hp" aria-hidden="true">
                    <label for="outcome-website">{i18n.t("form-honeypot")}</label>
                    <input type="text" id="outcome-website" name="website" tabindex="-1" autocomplete="off"/>
                </div>
                <button type="submit" class="secondary">{i18n.t("outcome-submit")}</button>
            </form>
        </section>
    }
}
