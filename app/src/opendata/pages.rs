//! `/<lang>/open-data`: what the API offers, where its description is, and the terms.

use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::site::PageTitle;

/// The open-data page.
#[component]
pub fn OpenDataPage() -> impl IntoView {
    let i18n = use_i18n();
    let endpoints = [
        ("/api/v1/dialogues", "opendata-endpoint-dialogues"),
        ("/api/v1/dialogues/{slug}", "opendata-endpoint-dialogue"),
        (
            "/api/v1/dialogues/{slug}/views?lang=&from=&to=&cursor=&limit=",
            "opendata-endpoint-views",
        ),
        (
            "/api/v1/dialogues/{slug}/summary",
            "opendata-endpoint-summary",
        ),
    ]
    .into_iter()
    .map(|(path, id)| view! { <dt><code>{format!("GET {path}")}</code></dt><dd>{i18n.t(id)}</dd> })
    .collect_view();
    view! {
        <PageTitle text=i18n.t("opendata-title")/>
        <h1>{i18n.t("opendata-title")}</h1>
        <p class="lead">{i18n.t("opendata-intro")}</p>
        <h2>{i18n.t("opendata-endpoints")}</h2>
        <dl class="endpoints">{endpoints}</dl>
        <p><a href="/api/v1/openapi.json" type="application/json">{i18n.t("opendata-description")}</a></p>
        <p>{i18n.t("opendata-limits")}</p>
        <h2>{i18n.t("opendata-licence-heading")}</h2>
        <p>
            {i18n.t("opendata-licence-figures")}
            " "
            <a href="https://creativecommons.org/publicdomain/zero/1.0/" hreflang="en">"CC0 1.0"</a>
        </p>
        <p>{i18n.t("opendata-licence-texts")}</p>
    }
}
