//! The staff's page of voting stations, and the notice a station's device shows on the
//! budget's page. Plain forms: everything works without JavaScript.

use leptos::prelude::*;

use super::{MAX_PLACE, PLACE};
use crate::access::{cap, Grant};
use crate::budgets::pages::today;
use crate::budgets::read;
use crate::forms::fields::{Csrf, Input, Resubmitted};
use crate::i18n::I18n;
use crate::site::staff::staff_page;
use crate::site::{slug_param, PageTitle};

/// A station just opened, handed to the page that answers: its place and the device's link
/// (shown this once).
#[derive(Debug, Clone)]
pub struct Opened {
    pub place: String,
    pub link: String,
}

/// The station the device showing a budget's page is, where it is one: its place.
#[derive(Debug, Clone)]
pub struct AtStation(pub String);

/// The request's headers, taken while the page is set up (before its data is awaited).
pub fn request_headers() -> Option<axum::http::HeaderMap> {
    use_context::<axum::http::request::Parts>().map(|parts| parts.headers)
}

/// The open station of budget `slug` that the device sending `headers` is, if any.
pub async fn at_station(
    db: &sea_orm::DatabaseConnection,
    headers: Option<&axum::http::HeaderMap>,
    slug: &str,
) -> Option<AtStation> {
    let token = super::handlers::token_of(headers?)?;
    let (station, of) = super::device(db, &token).await.ok()?;
    (of == slug).then_some(AtStation(station.place))
}

/// `/<lang>/staff/budgets/<slug>/stations`: open a voting station (editors and
/// administrators), see the link for its device once, and close stations.
#[component]
pub fn StationsPage() -> impl IntoView {
    let slug = slug_param();
    let opened = use_context::<Opened>();
    let refused = use_context::<Resubmitted>();
    staff_page(
        move |i18n, state, editor: Grant<cap::EditDialogues>| async move {
            let b = read::staff_budget(&state.db, &slug, today()).await?;
            let stations = super::list(&state.db, b.id).await?;
            let lang = i18n.lang.code();
            let base = format!("/{lang}/staff/budgets/{slug}/stations");
            let fresh = opened.map(|o| {
                view! {
                    <div class="notice" role="status">
                        <p>{i18n.t_with("budget-station-opened", &[("place", o.place.into())])}</p>
                        <p><a href=o.link.clone() class="device-link">{o.link.clone()}</a></p>
                    </div>
                }
            });
            let sent = refused.unwrap_or_default();
            let summary = (!sent.problems.is_empty()).then(|| sent.summary(&i18n));
            let rows = stations
                .into_iter()
                .map(|s| {
                    let opened_at = s
                        .opened_at
                        .with_timezone(&chrono_tz::Europe::Stockholm)
                        .format("%Y-%m-%d %H:%M")
                        .to_string();
                    let status = if s.closed_at.is_some() {
                        view! { {i18n.t("budget-station-status-closed")} }.into_any()
                    } else {
                        let label = i18n.t_with("budget-station-close", &[("place", s.place.clone().into())]);
                        view! {
                            {i18n.t("budget-station-status-open")}
                            <form method="post" action=format!("{base}/{}/close", s.id) class="inline">
                                <Csrf token=editor.csrf.clone()/>
                                <button type="submit">{label}</button>
                            </form>
                        }
                        .into_any()
                    };
                    view! {
                        <tr>
                            <th scope="row">{s.place}</th>
                            <td>{opened_at}</td>
                            <td>{status}</td>
                        </tr>
                    }
                })
                .collect_view();
            Ok(view! {
                <PageTitle text=i18n.t("budget-station-title")/>
                <h1>{i18n.t("budget-station-title")}</h1>
                <p class="lead" lang="sv">{b.title}</p>
                <p class="hint">{i18n.t("budget-station-intro")}</p>
                {fresh}
                {summary}
                <form method="post" action=base.clone()>
                    <Csrf token=editor.csrf.clone()/>
                    <Input name=PLACE label=i18n.t("budget-station-place") value=sent.value(PLACE) max=MAX_PLACE
                        error=sent.problem(&i18n, PLACE) required=true/>
                    <button type="submit">{i18n.t("budget-station-open")}</button>
                </form>
                <table>
                    <caption>{i18n.t("budget-station-list")}</caption>
                    <thead><tr>
                        <th scope="col">{i18n.t("budget-station-place")}</th>
                        <th scope="col">{i18n.t("budget-station-opened-at")}</th>
                        <th scope="col">{i18n.t("budget-station-status")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any())
        },
    )
}

/// On a station's device: the budget's page says where it is and that ballots cast here are
/// marked as cast at the station.
pub fn notice(i18n: &I18n, at: Option<AtStation>) -> impl IntoView {
    at.map(|AtStation(place)| {
        view! {
            <p class="notice station" role="note">{i18n.t_with("budget-station-here", &[("place", place.into())])}</p>
        }
    })
}
