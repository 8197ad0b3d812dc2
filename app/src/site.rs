//! The site around every page: the frame (header, language switcher, footer), the page title,
//! the 404 page, and the staff frame ([`staff`]). Every area's pages use it; the router that
//! puts them together is in `crate::shell`. Rendered on the server only (islands mode:
//! nothing here runs in the browser).

use axum::http::StatusCode;
use leptos::prelude::*;
use leptos_meta::{Html, Link, Meta, Title};
use leptos_router::{
    components::Outlet,
    hooks::{use_location, use_params_map},
};

use crate::i18n::{use_i18n, I18n};
use crate::lang::Lang;
use crate::state::AppState;

pub mod accessibility;
pub mod staff;

/// Provides the page's translations and renders the frame around every page: skip link,
/// header with the language switcher, main, footer.
#[component]
pub fn LangLayout() -> impl IntoView {
    let code = use_params_map().with_untracked(|p| p.get("lang").unwrap_or_default());
    let Some(lang) = Lang::from_code(&code) else {
        return NotFound().into_any();
    };
    provide_i18n(lang);
    view! { <Frame><Outlet/></Frame> }.into_any()
}

fn provide_i18n(lang: Lang) -> I18n {
    let translations = expect_context::<AppState>().translations;
    let i18n = I18n::new(lang, translations);
    provide_context(i18n.clone());
    i18n
}

/// The header, navigation and footer around a page's main content.
#[component]
fn Frame(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang;
    provide_context(InFrame);
    view! {
        <Html attr:lang=lang.code()/>
        <Meta name="description" content=i18n.t("common-meta-description")/>
        <a class="skip-link" href="#main">{i18n.t("common-skip-link")}</a>
        <header class="site-header">
            <a class="site-name" href=format!("/{}", lang.code())>{i18n.t("common-portal-name")}</a>
            <nav aria-label=i18n.t("common-nav-label")>
                <ul>
                    <li><a href=format!("/{}", lang.code())>{i18n.t("common-nav-dialogues")}</a></li>
                    <li><a href=format!("/{}/meetings", lang.code())>{i18n.t("common-nav-meetings")}</a></li>
                    <li><a href=format!("/{}/budgets", lang.code())>{i18n.t("budget-nav")}</a></li>
                    <li><a href=format!("/{}/accessibility", lang.code())>{i18n.t("common-nav-accessibility")}</a></li>
                </ul>
            </nav>
            <LanguageSwitcher/>
        </header>
        <main id="main" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <p>{i18n.t("common-footer-owner")}</p>
            <p>{i18n.t("common-footer-contact")}</p>
            <p><a href=format!("/{}/open-data", lang.code())>{i18n.t("opendata-nav")}</a></p>
        </footer>
    }
}

/// Plain links to the same page in every other language (works without JavaScript); each
/// language is named in itself and marked with its own `lang`. In the head, for search
/// engines: the page's canonical address and its alternates in every language, absolute (from
/// the public address, `PORTAL_PUBLIC_URL`), with Swedish as `x-default`.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_i18n();
    let base = use_context::<AppState>()
        .map(|state| state.mail.public_url.trim_end_matches('/').to_string())
        .unwrap_or_default();
    let location = use_location();
    let path = location.pathname.get_untracked();
    let query = location.search.get_untracked();
    let rest = path
        .trim_start_matches('/')
        .split_once('/')
        .map(|(_, rest)| rest.to_string())
        .unwrap_or_default();
    let href = move |lang: Lang| {
        let mut href = format!("/{}", lang.code());
        // Easy-to-read Swedish is Swedish only: other languages get their standard page.
        let rest = match rest.strip_suffix("/lattlast") {
            Some(standard) if lang != Lang::Sv => standard,
            _ => rest.as_str(),
        };
        if !rest.is_empty() {
            href.push('/');
            href.push_str(rest);
        }
        if !query.is_empty() {
            href.push('?');
            href.push_str(query.trim_start_matches('?'));
        }
        href
    };
    let canonical = format!("{base}{}", href(i18n.lang));
    let default = format!("{base}{}", href(Lang::Sv));
    let links = Lang::ALL
        .into_iter()
        .map(|lang| {
            let current = lang == i18n.lang;
            let url = href(lang);
            view! {
                <Link rel="alternate" hreflang=lang.code() href=format!("{base}{url}")/>
                <li>
                    <a href=url lang=lang.code() hreflang=lang.code() aria-current=current.then_some("page")>
                        {lang.native_name()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <Link rel="canonical" href=canonical/>
        <Link rel="alternate" hreflang="x-default" href=default/>
        <nav class="language-switcher" aria-label=i18n.t("common-language-label")>
            <ul>{links}</ul>
        </nav>
    }
}

/// The 404 page, in the language of the URL's prefix when it has one, else Swedish.
#[component]
pub fn NotFound() -> impl IntoView {
    set_status(StatusCode::NOT_FOUND);
    let i18n = match use_context::<I18n>() {
        Some(i18n) => i18n,
        None => {
            let path = use_location().pathname.get_untracked();
            let first = path
                .trim_start_matches('/')
                .split('/')
                .next()
                .unwrap_or("")
                .to_string();
            provide_i18n(Lang::from_code(&first).unwrap_or_default())
        }
    };
    let home = format!("/{}", i18n.lang.code());
    let body = view! {
        <PageTitle text=i18n.t("not-found-title")/>
        <h1>{i18n.t("not-found-title")}</h1>
        <p>{i18n.t("not-found-text")}</p>
        <p><a href=home>{i18n.t("not-found-link")}</a></p>
    };
    // Inside the layout the frame is already there; from the router's fallback it is not.
    if use_context::<InFrame>().is_some() {
        body.into_any()
    } else {
        view! { <Frame>{body}</Frame> }.into_any()
    }
}

/// Marks that a page is rendered inside [`Frame`].
#[derive(Clone, Copy)]
struct InFrame;

/// The `:slug` of the page's path: the dialogue a page is about.
pub fn slug_param() -> String {
    use_params_map().with_untracked(|p| p.get("slug").unwrap_or_default())
}

/// Says that the text before it is a translation no native speaker has checked yet, linked to
/// how to report a bad translation.
#[component]
pub fn DraftTranslationNotice(i18n: I18n) -> impl IntoView {
    view! {
        <p class="notice" role="note">
            {i18n.t("translation-draft-notice")}
            " "
            <a href=format!("/{}/accessibility#translations", i18n.lang.code())>{i18n.t("translation-draft-report")}</a>
        </p>
    }
}

/// Splits a text into paragraphs at blank lines.
pub fn paragraphs(text: &str) -> impl IntoView {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| view! { <p>{p.to_string()}</p> })
        .collect_view()
}

/// The document title: the page's own, then the portal's name.
#[component]
pub fn PageTitle(text: String) -> impl IntoView {
    let portal = use_i18n().t("common-portal-name");
    view! { <Title text=format!("{text} – {portal}")/> }
}

/// Renders a page's data, or the 404 page when there is none, or a short error (status 500)
/// when loading failed: the details are in the server's log, never on the page.
pub fn loaded<T, V: IntoView + 'static>(
    i18n: &I18n,
    result: Result<T, crate::error::ApiError>,
    render: impl FnOnce(T) -> V,
) -> AnyView {
    match result {
        Ok(data) => render(data).into_any(),
        Err(crate::error::ApiError::NotFound) => NotFound().into_any(),
        Err(_) => {
            set_status(StatusCode::INTERNAL_SERVER_ERROR);
            view! { <p role="alert">{i18n.t("error-internal")}</p> }.into_any()
        }
    }
}

/// Sets the response status of the page being rendered.
pub fn set_status(status: StatusCode) {
    if let Some(options) = use_context::<leptos_axum::ResponseOptions>() {
        options.set_status(status);
    }
}
