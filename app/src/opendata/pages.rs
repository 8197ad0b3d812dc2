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
        <Reference/>
    }
}

/// The API's reference, read from its own OpenAPI document: each operation with its
/// parameters and answers, and each type with its fields. The document is written in English,
/// so this part is marked as English.
#[component]
pub fn Reference() -> impl IntoView {
    let i18n = use_i18n();
    let doc: serde_json::Value =
        serde_json::from_str(&super::api::openapi_json()).unwrap_or_default();
    let text = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_string();
    let operations = doc["paths"]
        .as_object()
        .map(|paths| {
            paths
                .iter()
                .filter_map(|(path, item)| item.get("get").map(|op| (path.clone(), op.clone())))
                .map(|(path, op)| {
                    let id = format!("op-{}", path.replace(['/', '{', '}'], "-"));
                    let list = op["parameters"].as_array().cloned().unwrap_or_default();
                    let has_params = !list.is_empty();
                    let params = list
                        .into_iter()
                        .map(|p| {
                            let required = if p["required"].as_bool().unwrap_or(false) { "required" } else { "optional" };
                            view! { <tr><th scope="row"><code>{text(&p["name"])}</code></th><td>{text(&p["in"])}</td><td>{required}</td><td>{text(&p["description"])}</td></tr> }
                        })
                        .collect_view();
                    let answers = op["responses"]
                        .as_object()
                        .cloned()
                        .unwrap_or_default()
                        .into_iter()
                        .map(|(status, r)| view! { <li><code>{status}</code>": "{text(&r["description"])}</li> })
                        .collect_view();
                    let summary = [text(&op["summary"]), text(&op["description"])]
                        .into_iter()
                        .filter(|t| !t.is_empty())
                        .collect::<Vec<_>>()
                        .join(" ");
                    view! {
                        <section class="api-operation">
                            <h3 id=id.clone()><code>{format!("GET {path}")}</code></h3>
                            <p>{summary}</p>
                            {has_params.then(|| view! {
                                <div class="table-scroll" tabindex="0" role="region" aria-labelledby=id.clone()>
                                    <table class="figures api-params">
                                        <thead><tr><th scope="col">"parameter"</th><th scope="col">"in"</th><th scope="col">"required"</th><th scope="col">"description"</th></tr></thead>
                                        <tbody>{params}</tbody>
                                    </table>
                                </div>
                            })}
                            <ul>{answers}</ul>
                        </section>
                    }
                })
                .collect_view()
        });
    let schemas = doc["components"]["schemas"].as_object().map(|schemas| {
        schemas
            .iter()
            .map(|(name, schema)| {
                let fields = schema["properties"]
                    .as_object()
                    .cloned()
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(field, p)| view! { <li><code>{field}</code>" "{text(&p["description"])}</li> })
                    .collect_view();
                view! { <dt><code>{name.clone()}</code></dt><dd><p>{text(&schema["description"])}</p><ul>{fields}</ul></dd> }
            })
            .collect_view()
    });
    view! {
        <section class="api-reference" aria-labelledby="api-reference-heading">
            <h2 id="api-reference-heading">{i18n.t("opendata-reference")}</h2>
            <div lang="en">
                {operations}
                <h3>"Types"</h3>
                <dl class="endpoints">{schemas}</dl>
            </div>
        </section>
    }
}
