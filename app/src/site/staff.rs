//! The frame of every staff page: the role is checked on the server before the page reads
//! anything ([`staff_page`]), a refusal is an error status with a translated message, and the
//! staff bar shows what the role may open.

use std::future::Future;

use leptos::prelude::*;

use super::set_status;
use crate::access::{Area, Capability, Grant, Staff};
use crate::accounts::service::{from_session, session_token};
use crate::error::ServiceError;
use crate::i18n::{use_i18n, I18n};
use crate::state::AppState;

/// The signed-in staff member of the request being rendered, granted `C`.
async fn granted<C: Capability>(state: &AppState) -> Result<Grant<C>, ServiceError> {
    let token = use_context::<axum::http::request::Parts>()
        .and_then(|parts| session_token(state, &parts.headers));
    let staff = match token {
        Some(token) => from_session(&state.db, &token).await?,
        None => None,
    };
    let staff = staff.ok_or(ServiceError::NotSignedIn)?;
    if staff.must_change_password && C::AREA != Area::OwnAccount {
        return Err(ServiceError::MustChangePassword);
    }
    Ok(staff.grant::<C>()?)
}

/// A staff page that needs capability `C`: the role is checked before `body` runs, and the
/// staff bar comes first. An error from `body` (or the check) is shown as a refusal, with its
/// status.
pub fn staff_page<C, F, Fut>(body: F) -> impl IntoView
where
    C: Capability + Send + Sync + 'static,
    F: FnOnce(I18n, AppState, Grant<C>) -> Fut + Send + 'static,
    Fut: Future<Output = Result<AnyView, ServiceError>> + Send + 'static,
{
    let i18n = use_i18n();
    let content = Suspend::new(async move {
        let state = match AppState::from_context() {
            Ok(state) => state,
            Err(error) => return refused(&i18n, error),
        };
        let grant = match granted::<C>(&state).await {
            Ok(grant) => grant,
            Err(error) => return refused(&i18n, error),
        };
        // Moderators see their queue's counts on every staff page.
        let counts = if grant.role.may(Area::Moderation) {
            match crate::moderation::queue::counts(&state.db).await {
                Ok(counts) => Some(counts),
                Err(error) => return refused(&i18n, error),
            }
        } else {
            None
        };
        let bar = view! { <StaffBar i18n=i18n.clone() staff=(*grant).clone() counts/> };
        match body(i18n.clone(), state, grant).await {
            Ok(page) => view! { {bar}{page} }.into_any(),
            Err(error) => refused(&i18n, error),
        }
    });
    view! { <Suspense>{content}</Suspense> }
}

/// A refused staff page: the status, a message, and the way to sign in.
pub fn refused(i18n: &I18n, error: ServiceError) -> AnyView {
    error.log();
    set_status(error.status());
    view! {
        <super::PageTitle text=i18n.t("error-page-title")/>
        <h1>{i18n.t("error-page-title")}</h1>
        <p role="alert">{i18n.t(error.message_id())}</p>
        <p><a href=format!("/{}/staff/login", i18n.lang.code())>{i18n.t("staff-login-title")}</a></p>
    }
    .into_any()
}

/// Who is signed in, the staff pages their role may use, and signing out.
#[component]
pub fn StaffBar(
    i18n: I18n,
    staff: Staff,
    counts: Option<crate::moderation::queue::QueueCounts>,
) -> impl IntoView {
    let lang = i18n.lang.code();
    // The queue's counts, each a link to the queue already narrowed to it.
    let counts = counts.map(|c| {
        let queue = format!("/{lang}/staff/moderation");
        let items = [
            (c.pending, "staff-count-pending", format!("{queue}#section-pending")),
            (c.reported, "staff-count-reported", format!("{queue}#section-reported")),
            (c.translation, "staff-count-translation", format!("{queue}?translation=1#section-pending")),
        ]
        .into_iter()
        .map(|(n, id, href)| {
            let text = i18n.count(id, usize::try_from(n).unwrap_or(usize::MAX));
            view! { <li><a href=href>{text}</a></li> }
        })
        .collect_view();
        view! { <ul class="inline-list staff-counts" aria-label=i18n.t("staff-counts-label")>{items}</ul> }
    });
    let role = i18n.t(&format!("role-{}", staff.role.code()));
    let signed_in_as = i18n.t_with(
        "staff-signed-in-as",
        &[("email", staff.email.clone().into()), ("role", role.into())],
    );
    let links = [
        (Area::Moderation, "/moderation", "staff-nav-moderation"),
        (Area::Dialogues, "/dialogues", "staff-nav-dialogues"),
        (Area::Translation, "/translations", "staff-nav-translations"),
        (Area::Entry, "/enter", "staff-nav-enter"),
        (Area::Entry, "/budgets", "budget-staff-nav"),
        (Area::Reports, "/reports", "report-nav"),
        (Area::Accounts, "/accounts", "staff-nav-staff"),
        (Area::Audit, "/audit", "staff-nav-audit"),
        (Area::OwnAccount, "", "staff-nav-account"),
    ]
    .into_iter()
    .filter(|(area, _, _)| staff.role.may(*area))
    .map(|(_, path, id)| view! { <li><a href=format!("/{lang}/staff{path}")>{i18n.t(id)}</a></li> })
    .collect_view();
    view! {
        <div class="staff-bar">
            <p class="hint">{signed_in_as}</p>
            <nav aria-label=i18n.t("staff-nav-label")>
                <ul class="inline-list">{links}</ul>
            </nav>
            {counts}
            <form method="post" action=format!("/{lang}/staff/logout")>
                <crate::forms::fields::Csrf token=staff.csrf.clone()/>
                <button type="submit" class="secondary">{i18n.t("staff-logout")}</button>
            </form>
        </div>
    }
}
