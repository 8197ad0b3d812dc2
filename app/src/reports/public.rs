//! Who took part, on a closed dialogue's page: how many, in which languages, of what ages, from
//! which areas. Small numbers are protected as in every report; rows with no one are left out.

use leptos::prelude::*;

use super::model::{Breakdown, Cell, PublicSummary};
use super::pages::{cell_text, label};
use crate::i18n::I18n;

/// The "who took part" section.
#[component]
pub fn Participation(i18n: I18n, summary: PublicSummary) -> impl IntoView {
    let total = match summary.total {
        Cell::Count(n) => i18n.count(
            "participation-total",
            usize::try_from(n).unwrap_or(usize::MAX),
        ),
        Cell::FewerThan5 => i18n.t("participation-total-few"),
        Cell::Withheld => i18n.t("participation-total-withheld"),
    };
    let tables = (summary.total != Cell::Count(0)).then(|| {
        [
            ("participation-languages", summary.languages),
            ("participation-ages", summary.ages),
            ("participation-areas", summary.areas),
        ]
        .into_iter()
        .map(
            |(id, breakdown)| view! { <Spread i18n=i18n.clone() heading=i18n.t(id) id breakdown/> },
        )
        .collect_view()
    });
    view! {
        <section class="participation" aria-labelledby="participation-heading">
            <h2 id="participation-heading">{i18n.t("participation-heading")}</h2>
            <p><strong>{total}</strong></p>
            {tables}
            <p class="hint">{i18n.t("participation-rule")}</p>
        </section>
    }
}

#[component]
fn Spread(i18n: I18n, heading: String, id: &'static str, breakdown: Breakdown) -> impl IntoView {
    let rows = breakdown
        .rows
        .iter()
        .filter(|row| row.cell != Cell::Count(0))
        .map(|row| {
            let (text, lang) = label(&i18n, breakdown.dimension, row);
            view! { <tr><th scope="row" lang=lang>{text}</th><td>{cell_text(&i18n, row.cell)}</td></tr> }
        })
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby=id>
            <table class="figures">
                <caption id=id>{heading}</caption>
                <thead><tr><th scope="col">{i18n.label("report-dimension", breakdown.dimension.code())}</th><th scope="col">{i18n.t("participation-people")}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
