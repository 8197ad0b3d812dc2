//! The HTML shell and the router: every page of every area, each under `/<lang>/...` and
//! rendered with `SsrMode::Async`, so the whole page, status code and `<head>` included, is
//! ready before the first byte is sent and nothing depends on JavaScript. Also the way a handler
//! renders a page again with a refused form in context. Server only.

use axum::{
    body::Body,
    http::{HeaderMap, Request, StatusCode},
    response::Response,
};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Link, MetaTags};
use leptos_router::{
    components::{ParentRoute, Route, Router, Routes},
    path, SsrMode,
};

use crate::assets::Assets;
use crate::http::error_page;
use crate::lang::Lang;
use crate::site::{self, LangLayout, NotFound};
use crate::state::AppState;
use crate::{
    accounts, audit, budgets, dialogues, entry, feedback, letters, meetings, moderation, opendata,
    print, reports, subscriptions, translations, views,
};

/// The HTML document around every page.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let assets = use_context::<AppState>().map_or_else(
        || Assets::of_build(&options),
        |state| (*state.assets).clone(),
    );
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <link rel="stylesheet" href=assets.css.clone()/>
                <IslandScripts assets/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// Loads the portal's WebAssembly and brings the islands (the view form) to life, once the
/// browser is idle: the framework's `HydrationScripts` in islands mode, written out here
/// because leptos 0.8 puts the page's nonce into its `crossorigin` attributes (invalid HTML;
/// Firefox then does not use the preloaded module: leptos-rs/leptos#4843). The loader is the
/// same text on every page, so the content security policy allows it by its hash.
#[component]
fn IslandScripts(assets: Assets) -> impl IntoView {
    // Islands mode: only the islands hydrate, so the rest of the page needs no hydration data.
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    let Assets { js, wasm, .. } = assets;
    let loader = format!(
        "const start = async () => {{ \
         const portal = await import('{js}'); \
         await portal.default({{ module_or_path: '{wasm}' }}); \
         portal.hydrate(); \
         for (const island of document.querySelectorAll('leptos-island')) {{ \
         const hydrate = portal[island.dataset.component]; \
         if (hydrate) await hydrate(island); }} }}; \
         if ('requestIdleCallback' in window) {{ requestIdleCallback(start, {{ timeout: 2000 }}); }} \
         else {{ start(); }}"
    );
    view! {
        <link rel="modulepreload" href=js.clone()/>
        <link rel="preload" href=wasm r#as="fetch" r#type="application/wasm" crossorigin=""/>
        <script type="module">{loader}</script>
    }
}

/// The router: every page is under a language prefix.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Link rel="icon" href="/favicon.svg" type_="image/svg+xml"/>
        <Router>
            <Routes fallback=NotFound>
                <ParentRoute path=path!(":lang") view=LangLayout ssr=SsrMode::Async>
                    <Route path=path!("") view=dialogues::pages::ListPage ssr=SsrMode::Async/>
                    <Route path=path!("dialogues/:slug") view=dialogues::pages::DialoguePage ssr=SsrMode::Async/>
                    <Route path=path!("dialogues/:slug/lattlast") view=dialogues::pages::EasyDialoguePage ssr=SsrMode::Async/>
                    <Route path=path!("dialogues/:slug/poster") view=print::pages::PosterPage ssr=SsrMode::Async/>
                    <Route path=path!("dialogues/:slug/paper") view=print::pages::PaperFormPage ssr=SsrMode::Async/>
                    <Route path=path!("meetings") view=meetings::pages::MeetingsPage ssr=SsrMode::Async/>
                    <Route path=path!("budgets") view=budgets::pages::BudgetsPage ssr=SsrMode::Async/>
                    <Route path=path!("budgets/:slug") view=budgets::pages::BudgetPage ssr=SsrMode::Async/>
                    <Route path=path!("budgets/:slug/children") view=budgets::children::pages::ChildrenBallotPage ssr=SsrMode::Async/>
                    <Route path=path!("budget-result/:token") view=budgets::pages::FollowConfirmPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/budgets") view=budgets::staff::StaffBudgetsPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/budgets/:slug/codes") view=budgets::staff::CodesPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/budgets/:slug/paper") view=budgets::staff::PaperPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/budgets/:slug/proposals") view=budgets::staff::ProposalsPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/budgets/:slug/certify") view=budgets::staff::CertifyPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/budgets/:slug/follow-up") view=budgets::staff::FollowUpPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/budgets/:slug/stations") view=budgets::stations::pages::StationsPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/budgets/:slug/children") view=budgets::children::pages::EasyTextsPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/budgets/new") view=budgets::editor::pages::NewBudgetPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/budgets/:slug/edit") view=budgets::editor::pages::EditBudgetPage ssr=SsrMode::Async/>
                    <Route path=path!("receipt/:reference") view=views::pages::ReceiptPage ssr=SsrMode::Async/>
                    <Route path=path!("open-data") view=opendata::pages::OpenDataPage ssr=SsrMode::Async/>
                    <Route path=path!("accessibility") view=site::accessibility::AccessibilityPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/login") view=accounts::pages::LoginPage ssr=SsrMode::Async/>
                    <Route path=path!("staff") view=accounts::pages::AccountPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/accounts") view=accounts::pages::AccountsPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/moderation") view=moderation::pages::ModerationPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/audit") view=audit::pages::AuditPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/enter") view=entry::pages::EnterPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/dialogues") view=dialogues::editor::pages::DialoguesPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/dialogues/new") view=dialogues::editor::pages::NewDialoguePage ssr=SsrMode::Async/>
                    <Route path=path!("staff/dialogues/:slug/edit") view=dialogues::editor::pages::EditDialoguePage ssr=SsrMode::Async/>
                    <Route path=path!("staff/dialogues/:slug/publish") view=dialogues::editor::review_pages::ConfirmPublishPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/dialogues/:slug/preview") view=dialogues::editor::review_pages::PreviewPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/dialogues/:slug/history") view=dialogues::editor::review_pages::HistoryPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/dialogues/:slug/lattlast") view=dialogues::easy::EasyEditPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/dialogues/:slug/meetings") view=meetings::pages::MeetingsEditPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/dialogues/:slug/meetings/:id") view=meetings::pages::MeetingEditPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/dialogues/:slug/print") view=print::pages::PrintKitPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/dialogues/:slug/feedback") view=feedback::pages::FeedbackPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/dialogues/:slug/feedback/publish") view=feedback::pages::ConfirmFeedbackPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/dialogues/:slug/letters") view=letters::pages::LettersPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/dialogues/:slug/letter") view=letters::pages::LetterPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/reports") view=reports::pages::ReportsPage ssr=SsrMode::Async/>
                    <Route path=path!("staff/translations") view=translations::pages::QueuePage ssr=SsrMode::Async/>
                    <Route path=path!("staff/translations/:slug/:text_lang") view=translations::pages::TranslatePage ssr=SsrMode::Async/>
                    <Route path=path!("staff/reports/:slug") view=reports::pages::DialogueReportPage ssr=SsrMode::Async/>
                    <Route path=path!("outcome/confirm/:token") view=subscriptions::pages::ConfirmPage ssr=SsrMode::Async/>
                    <Route path=path!("outcome/unsubscribe/:token") view=subscriptions::pages::UnsubscribePage ssr=SsrMode::Async/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}

/// A refused plain-HTML form: the page at `path` again, at 422, with everything that was sent
/// kept and each problem named.
pub async fn form_again(
    state: &AppState,
    path: &str,
    headers: HeaderMap,
    resubmitted: crate::forms::fields::Resubmitted,
) -> Response {
    render_with(
        state,
        path,
        headers,
        resubmitted,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}

/// Renders the page at `path` with `context` provided to it, at `status` when it rendered: the
/// way a refused plain-HTML form comes back with everything that was written kept.
pub async fn render_with<C: Clone + Send + Sync + 'static>(
    state: &AppState,
    path: &str,
    headers: HeaderMap,
    context: C,
    status: StatusCode,
) -> Response {
    let options = state.leptos_options.clone();
    let render = leptos_axum::render_app_async_with_context(
        {
            let state = state.clone();
            move || {
                provide_context(state.clone());
                provide_context(context.clone());
            }
        },
        move || shell(options.clone()),
    );
    let mut req = Request::new(Body::empty());
    match path.parse() {
        Ok(uri) => *req.uri_mut() = uri,
        Err(_) => {
            return error_page(
                state,
                Lang::default(),
                StatusCode::BAD_REQUEST,
                "error-page-title",
            )
        }
    }
    *req.headers_mut() = headers;
    let mut res = render(req).await;
    if res.status() == StatusCode::OK {
        *res.status_mut() = status;
    } else {
        tracing::warn!(path, status = %res.status(), "re-rendering a refused form did not render the page");
    }
    res
}
