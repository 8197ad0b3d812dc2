//! The accessibility statement the law (DOS-lagen) requires.

use leptos::prelude::*;

use super::PageTitle;
use crate::i18n::{use_i18n, I18n};
use crate::lang::Lang;

/// The translators' status of each interface locale, as `locales/STATUS.md` was when the portal
/// was built: the statement tells readers which languages no native speaker has checked.
const STATUS: &str = include_str!("../../../locales/STATUS.md");

/// One row of the status table: a locale, its status (`source`, `drafted`, `reviewed`) and the
/// day it was last changed.
#[derive(Debug, Clone, PartialEq, Eq)]
struct LocaleStatus {
    lang: Lang,
    status: &'static str,
    when: &'static str,
}

/// The rows of the status table in `STATUS.md` whose first cell is a locale code.
fn locale_statuses(markdown: &'static str) -> Vec<LocaleStatus> {
    markdown
        .lines()
        .filter_map(|line| {
            let line = line.trim().strip_prefix('|')?.strip_suffix('|')?;
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let lang = Lang::from_code(cells.first()?)?;
            Some(LocaleStatus {
                lang,
                status: cells.get(2)?,
                when: cells.get(4)?,
            })
        })
        .collect()
}

/// The table of interface languages and whether a native speaker has checked them.
#[component]
fn LocaleTable(i18n: I18n) -> impl IntoView {
    let rows = locale_statuses(STATUS)
        .into_iter()
        .map(|row| {
            let status = match row.status {
                "source" => "a11y-locale-source",
                "reviewed" => "a11y-locale-reviewed",
                _ => "a11y-locale-drafted",
            };
            view! {
                <tr>
                    <th scope="row" lang=row.lang.code()>{row.lang.native_name()}</th>
                    <td>{i18n.t(status)}</td>
                    <td>{row.when}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="locales">
            <caption>{i18n.t("a11y-locales-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{i18n.t("a11y-locales-language")}</th>
                    <th scope="col">{i18n.t("a11y-locales-status")}</th>
                    <th scope="col">{i18n.t("a11y-locales-when")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

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
        <h2 id="translations">{i18n.t("a11y-translations-heading")}</h2>
        <p>{i18n.t("a11y-translations-text")}</p>
        <LocaleTable i18n=i18n.clone()/>
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_statement_lists_every_locale_from_status_md() {
        let rows = locale_statuses(STATUS);
        for lang in Lang::ALL {
            assert!(
                rows.iter().any(|r| r.lang == lang),
                "{} missing",
                lang.code()
            );
        }
        let swedish = rows.iter().find(|r| r.lang == Lang::Sv).map(|r| r.status);
        assert_eq!(swedish, Some("source"));
    }

    #[test]
    fn a_reviewed_row_reads_as_reviewed() {
        let rows = locale_statuses(
            "| fi | Finnish | reviewed | Aino | 2027-01-10 | |\n| xx | none | drafted | | | |",
        );
        assert_eq!(
            rows,
            vec![LocaleStatus {
                lang: Lang::Fi,
                status: "reviewed",
                when: "2027-01-10"
            }]
        );
    }
}
