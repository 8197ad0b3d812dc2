//! The accessibility statement the law (DOS-lagen) requires.

use leptos::prelude::*;

use super::PageTitle;
use crate::i18n::use_i18n;

/// When the statement was last reviewed; shown on the page.
const UPDATED: (i32, u32, u32) = (2026, 11, 27);

/// `/<lang>/accessibility`.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let i18n = use_i18n();
    let updated = chrono::NaiveDate::from_ymd_opt(UPDATED.0, UPDATED.1, UPDATED.2)
        .map(|d| i18n.date(d))
        .unwrap_or_default();
    view! {
        <PageTitle text=i18n.t("a11y-title")/>
        <h1>{i18n.t("a11y-title")}</h1>
        <p class="lead">{i18n.t("a11y-intro")}</p>
        <h2>{i18n.t("a11y-standard-heading")}</h2>
        <p>{i18n.t("a11y-standard-text")}</p>
        <h2>{i18n.t("a11y-gaps-heading")}</h2>
        <ul>
            <li>{i18n.t("a11y-gaps-translations")}</li>
            <li>{i18n.t("a11y-gaps-manual")}</li>
        </ul>
        <h2>{i18n.t("a11y-report-heading")}</h2>
        <p>{i18n.t("a11y-report-text")}</p>
        <h2>{i18n.t("a11y-contact-heading")}</h2>
        <p>{i18n.t("a11y-contact-text")}</p>
        <h2>{i18n.t("a11y-enforcement-heading")}</h2>
        <p>
            {i18n.t("a11y-enforcement-text")}
            " "
            <a href="https://www.digg.se/tdosanmalan" hreflang="sv">"digg.se/tdosanmalan"</a>
        </p>
        <p class="hint">{i18n.t_with("a11y-updated", &[("date", updated.into())])}</p>
    }
}
