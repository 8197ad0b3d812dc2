//! The staff's participation reports: for a period (every dialogue) and for one dialogue, each
//! figure as a chart, a data table and a sentence, laid out to print on A4 for the district
//! council. The dialogue's report also holds the exports.

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::chart::{self, Bar};
use super::model::{Breakdown, Cell, Dimension, Row, EARLIER_TEXT, NOT_ANSWERED};
use super::service::{self, Report, Scope};
use crate::access::{cap, Grant, Role};
use crate::dialogues::editor::versions::find;
use crate::forms::fields::{Checkbox, Csrf, Input, Resubmitted};
use crate::i18n::I18n;
use crate::lang::Lang;
use crate::site::slug_param;
use crate::site::staff::staff_page;
use crate::site::PageTitle;

/// Limits of the full export's reason, in characters.
pub const REASON_CHARS: usize = 500;

/// `/<lang>/staff/reports?from=YYYY-MM-DD&to=YYYY-MM-DD`: every dialogue's views in a period
/// (this year so far unless chosen).
#[component]
pub fn ReportsPage() -> impl IntoView {
    let query = use_query_map().get_untracked();
    let (from_text, to_text) = (
        query.get("from").unwrap_or_default(),
        query.get("to").unwrap_or_default(),
    );
    staff_page(
        move |i18n, state, _reader: Grant<cap::ReadReports>| async move {
            let today = state.today();
            let default_from = NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today);
            let parse = |text: &str, default: NaiveDate| match text.trim() {
                "" => Some(default),
                text => NaiveDate::parse_from_str(text, "%Y-%m-%d").ok(),
            };
            let chosen = match (parse(&from_text, default_from), parse(&to_text, today)) {
                (Some(from), Some(to)) if from <= to => Some((from, to)),
                _ => None,
            };
            let (from, to) = chosen.unwrap_or((default_from, today));
            let report =
                service::participation(&state.db, Scope::Period { from, to }, i18n.lang).await?;
            let lang = i18n.lang.code();
            let error = chosen.is_none().then(|| i18n.t("report-period-invalid"));
            let (from_value, to_value) = if chosen.is_some() {
                (from.to_string(), to.to_string())
            } else {
                (from_text.clone(), to_text.clone())
            };
            let lead = i18n.t_with(
                "report-period-summary",
                &[
                    ("from", i18n.date(from).into()),
                    ("to", i18n.date(to).into()),
                ],
            );
            Ok(view! {
                <PageTitle text=i18n.t("report-title")/>
                <h1>{i18n.t("report-title")}</h1>
                <form method="get" action=format!("/{lang}/staff/reports") class="filters report-period">
                    {error.map(|e| view! { <p class="error-summary" role="alert">{e}</p> })}
                    <Input name="from" kind="date" label=i18n.t("report-from") value=from_value max=10 hint=Some(i18n.t("editor-date-hint"))/>
                    <Input name="to" kind="date" label=i18n.t("report-to") value=to_value max=10 hint=Some(i18n.t("editor-date-hint"))/>
                    <button type="submit">{i18n.t("report-show")}</button>
                </form>
                <p class="lead">{lead}</p>
                <ReportBody i18n=i18n.clone() report/>
            }
            .into_any())
        },
    )
}

/// `/<lang>/staff/reports/<slug>`: one dialogue's report, and its exports.
#[component]
pub fn DialogueReportPage() -> impl IntoView {
    let slug = slug_param();
    // A full export refused for its reason comes back here with the problem.
    let resubmitted = use_context::<Resubmitted>().unwrap_or_default();
    staff_page(
        move |i18n, state, reader: Grant<cap::ReadReports>| async move {
            let d = find(&state.db, &slug).await?;
            let (title_lang, title) =
                crate::dialogues::lookup::title_in(&state.db, d.id, i18n.lang).await?;
            let report =
                service::participation(&state.db, Scope::Dialogue(d.id), i18n.lang).await?;
            let heading = i18n.t_with("report-dialogue-title", &[("title", title.clone().into())]);
            let title_lang = (title_lang != i18n.lang).then(|| title_lang.code());
            let lead = i18n.t_with(
                "report-dialogue-period",
                &[
                    ("from", i18n.date(d.opens_on).into()),
                    ("to", i18n.date(d.closes_on).into()),
                ],
            );
            Ok(view! {
                <PageTitle text=heading.clone()/>
                <h1>{i18n.t("report-dialogue-heading")}" "<span lang=title_lang>{title}</span></h1>
                <p class="lead">{lead}</p>
                <ReportBody i18n=i18n.clone() report/>
                {(!resubmitted.problems.is_empty()).then(|| resubmitted.summary(&i18n))}
                <Exports i18n=i18n.clone() slug=slug.clone() role=reader.role csrf=reader.csrf.clone()
                    reason=resubmitted.value("reason") reason_error=resubmitted.problem(&i18n, "reason")/>
            }
            .into_any())
        },
    )
}

/// The figures of a report, in the order the district council reads them.
#[component]
fn ReportBody(i18n: I18n, report: Report) -> impl IntoView {
    let total = match report.total {
        Cell::Count(n) => i18n.count("report-total", usize::try_from(n).unwrap_or(usize::MAX)),
        _ => i18n.t("report-total-few"),
    };
    let dialogues = report
        .dialogues
        .map(|b| view! { <Figure i18n=i18n.clone() breakdown=b/> });
    let questions = report
        .questions
        .map(|b| view! { <Figure i18n=i18n.clone() breakdown=b/> });
    let meetings = report
        .meetings
        .map(|b| view! { <Figure i18n=i18n.clone() breakdown=b/> });
    let figures = report
        .breakdowns
        .into_iter()
        .map(|b| view! { <Figure i18n=i18n.clone() breakdown=b/> })
        .collect_view();
    view! {
        <p class="report-total"><strong>{total}</strong></p>
        <p class="hint">{i18n.t("report-rule")}</p>
        <p class="hint no-print">{i18n.t("report-print-hint")}</p>
        {dialogues}
        {figures}
        {meetings}
        {questions}
        <Figure i18n=i18n.clone() breakdown=report.days/>
    }
}

/// The label of a row, and its language where it is not the page's.
pub fn label(i18n: &I18n, dimension: Dimension, row: &Row) -> (String, Option<String>) {
    let key = row.key.as_str();
    if let Some(label) = &row.label {
        return (
            label.clone(),
            row.label_lang.clone().filter(|l| l != i18n.lang.code()),
        );
    }
    let text = match (dimension, key) {
        (_, NOT_ANSWERED) => i18n.t("report-not-answered"),
        (Dimension::Area, EARLIER_TEXT) => i18n.t("report-earlier-text"),
        (Dimension::Language, code) => {
            let lang = Lang::from_code(code);
            return (
                lang.map_or(code.to_string(), |l| l.native_name().to_string()),
                lang.filter(|l| *l != i18n.lang)
                    .map(|l| l.code().to_string()),
            );
        }
        (Dimension::Status, code) => i18n.label("report-status", code),
        (Dimension::Channel, code) => i18n.label("channel", code),
        (Dimension::Age, code) => i18n.label("age", code),
        (Dimension::Gender, code) => i18n.label("gender", code),
        (Dimension::Area, code) => i18n.label("home-area", code),
        (Dimension::Day, code) => {
            NaiveDate::parse_from_str(code, "%Y-%m-%d").map_or(code.to_string(), |d| i18n.date(d))
        }
        (Dimension::Question | Dimension::Dialogue | Dimension::Meeting, code) => code.to_string(),
    };
    (text, None)
}

/// A figure as it is written: the count, "fewer than 5" or "withheld".
pub fn cell_text(i18n: &I18n, cell: Cell) -> String {
    match cell {
        Cell::Count(n) => n.to_string(),
        Cell::FewerThan5 => i18n.t("report-fewer-than-5"),
        Cell::Withheld => i18n.t("report-withheld"),
    }
}

/// The sentence that says what the chart shows.
fn summary(i18n: &I18n, breakdown: &Breakdown) -> String {
    let id = match breakdown.dimension {
        Dimension::Question => "report-summary-most-answered",
        Dimension::Day => "report-summary-busiest-day",
        _ => "report-summary-largest",
    };
    match breakdown.largest() {
        Some((row, n)) => i18n.t_with(
            id,
            &[
                ("label", label(i18n, breakdown.dimension, row).0.into()),
                ("count", n.into()),
                ("total", cell_text(i18n, breakdown.total).into()),
            ],
        ),
        None => i18n.t("report-summary-too-few"),
    }
}

/// One breakdown: heading, sentence, chart and table. Days are a column chart over time, with
/// their long table folded away.
#[component]
pub fn Figure(i18n: I18n, breakdown: Breakdown) -> impl IntoView {
    let dimension = breakdown.dimension;
    let id = format!("report-{}", dimension.code());
    let heading = i18n.label("report-dimension", dimension.code());
    let sentence = summary(&i18n, &breakdown);
    let bars: Vec<Bar> = breakdown
        .rows
        .iter()
        .map(|row| {
            let (label, label_lang) = label(&i18n, dimension, row);
            Bar {
                label,
                label_lang,
                count: row.cell.shown(),
                text: cell_text(&i18n, row.cell),
            }
        })
        .collect();
    let count_heading = if dimension == Dimension::Question {
        i18n.t("report-col-answered")
    } else {
        i18n.t("report-col-views")
    };
    // A period's dialogues link to each one's own report.
    let lang = i18n.lang.code();
    let rows = bars
        .iter()
        .zip(&breakdown.rows)
        .map(|(bar, row)| {
            let label = if dimension == Dimension::Dialogue {
                view! { <a href=format!("/{lang}/staff/reports/{}", row.key)>{bar.label.clone()}</a> }.into_any()
            } else {
                bar.label.clone().into_any()
            };
            view! { <tr><th scope="row" lang=bar.label_lang.clone()>{label}</th><td>{bar.text.clone()}</td></tr> }
        })
        .collect_view();
    let table_id = format!("{id}-table");
    let table = view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby=table_id.clone()>
            <table class="figures">
                <caption id=table_id.clone()>{heading.clone()}</caption>
                <thead><tr><th scope="col">{i18n.label("report-dimension", dimension.code())}</th><th scope="col">{count_heading}</th></tr></thead>
                <tbody>{rows}</tbody>
                // Each question is protected on its own: its rows do not add up to a total.
                {(dimension != Dimension::Question).then(|| view! {
                    <tfoot><tr><th scope="row">{i18n.t("report-total-row")}</th><td>{cell_text(&i18n, breakdown.total)}</td></tr></tfoot>
                })}
            </table>
        </div>
    };
    let (chart, table) = if dimension == Dimension::Day {
        (
            chart::columns(&id, heading.clone(), sentence.clone(), bars),
            view! { <details><summary>{i18n.t("report-days-table")}</summary>{table}</details> }
                .into_any(),
        )
    } else {
        (
            chart::bars(&id, heading.clone(), sentence.clone(), bars),
            table.into_any(),
        )
    };
    view! {
        // Not a landmark: its table is one already, under the same name.
        <section class="report-figure">
            <h2 id=id.clone()>{heading}</h2>
            <p>{sentence}</p>
            <div class="report-pair">
                <div class="report-chart">{chart}</div>
                {table}
            </div>
        </section>
    }
}

/// Downloading the views: the public export for whoever reads reports; the full one, with a
/// reason the audit log keeps, for administrators.
#[component]
fn Exports(
    i18n: I18n,
    slug: String,
    role: Role,
    csrf: String,
    reason: String,
    reason_error: Option<String>,
) -> impl IntoView {
    let lang = i18n.lang.code();
    let base = format!("/{lang}/staff/reports/{slug}");
    let formats = |i18n: &I18n, form: &str| {
        view! {
            <fieldset>
                <legend>{i18n.t("export-format")}</legend>
                <Checkbox id=format!("{form}-csv") name="format" kind="radio" value="csv" label=i18n.t("export-csv") checked=true/>
                <Checkbox id=format!("{form}-json") name="format" kind="radio" value="json" label=i18n.t("export-json")/>
            </fieldset>
        }
    };
    let full = role.may(crate::access::Area::FullExport).then(|| {
        view! {
            <h3>{i18n.t("export-full-heading")}</h3>
            <p>{i18n.t("export-full-help")}</p>
            <form method="post" action=format!("{base}/export-full")>
                <Csrf token=csrf.clone()/>
                <Input name="reason" label=i18n.t("export-reason") hint=Some(i18n.t("export-reason-help")) value=reason max=REASON_CHARS error=reason_error/>
                {formats(&i18n, "full")}
                <button type="submit">{i18n.t("export-full-submit")}</button>
            </form>
        }
    });
    view! {
        <section class="exports no-print" aria-labelledby="exports-heading">
            <h2 id="exports-heading">{i18n.t("export-heading")}</h2>
            <p>{i18n.t("export-public-help")}</p>
            <form method="post" action=format!("{base}/export")>
                <Csrf token=csrf.clone()/>
                {formats(&i18n, "public")}
                <button type="submit">{i18n.t("export-public-submit")}</button>
            </form>
            {full}
        </section>
    }
}
