//! Charts drawn on the server as SVG: no chart script, nothing to run in the browser, and they
//! print. Each is an image with a title and a description (the text summary); the same figures
//! stand in a data table beside it, which is what a screen reader user reads.

use leptos::prelude::*;

/// One bar: its label (with the label's language when it is not the page's), the count when it
/// may be shown, and the text to show instead when it may not.
#[derive(Debug, Clone)]
pub struct Bar {
    pub label: String,
    pub label_lang: Option<String>,
    pub count: Option<u64>,
    pub text: String,
}

const WIDTH: u32 = 640;
const LABEL_WIDTH: u32 = 230;
const ROW: u32 = 28;
const BAR: u32 = 18;
const VALUE_ROOM: u32 = 120;

/// A horizontal bar chart, one bar per row, drawn to scale against the largest shown count.
pub fn bars(id: &str, title: String, summary: String, bars: Vec<Bar>) -> AnyView {
    let max = bars
        .iter()
        .filter_map(|b| b.count)
        .max()
        .unwrap_or(0)
        .max(1);
    let height = ROW * u32::try_from(bars.len()).unwrap_or(0) + 8;
    let room = WIDTH - LABEL_WIDTH - VALUE_ROOM;
    let title_id = format!("{id}-chart-title");
    let desc_id = format!("{id}-chart-desc");
    let labelled_by = format!("{title_id} {desc_id}");
    let rows = bars
        .into_iter()
        .enumerate()
        .map(|(i, bar)| {
            let y = ROW * u32::try_from(i).unwrap_or(0) + 4;
            let length = bar.count.map_or(0, |n| {
                let scaled = u64::from(room) * n / max;
                u32::try_from(scaled).unwrap_or(room).max(u32::from(n > 0))
            });
            let text_y = (y + BAR - 4).to_string();
            view! {
                <text x=(LABEL_WIDTH - 8).to_string() y=text_y.clone() text-anchor="end" lang=bar.label_lang>{truncate(&bar.label, 30)}</text>
                <rect x=LABEL_WIDTH.to_string() y=y.to_string() width=length.to_string() height=BAR.to_string() class="bar"></rect>
                <text x=(LABEL_WIDTH + length + 6).to_string() y=text_y>{bar.text}</text>
            }
        })
        .collect_view();
    view! {
        <svg class="chart" role="img" aria-labelledby=labelled_by viewBox=format!("0 0 {WIDTH} {height}") xmlns="http://www.w3.org/2000/svg">
            <title id=title_id>{title}</title>
            <desc id=desc_id>{summary}</desc>
            {rows}
        </svg>
    }
    .into_any()
}

/// A column chart over time, one column per day; the first and last day are written under it.
pub fn columns(id: &str, title: String, summary: String, bars: Vec<Bar>) -> AnyView {
    let max = bars
        .iter()
        .filter_map(|b| b.count)
        .max()
        .unwrap_or(0)
        .max(1);
    let n = u32::try_from(bars.len()).unwrap_or(1).max(1);
    let plot = 160u32;
    let step = (f64::from(WIDTH - 20) / f64::from(n)).max(1.0);
    let title_id = format!("{id}-chart-title");
    let desc_id = format!("{id}-chart-desc");
    let labelled_by = format!("{title_id} {desc_id}");
    let first = bars.first().map(|b| b.label.clone()).unwrap_or_default();
    let last = bars.last().map(|b| b.label.clone()).unwrap_or_default();
    let cols = bars
        .iter()
        .enumerate()
        .filter_map(|(i, bar)| {
            let count = bar.count?;
            let h = (f64::from(plot) * count as f64 / max as f64).round();
            let x = 10.0 + step * i as f64;
            Some(view! {
                <rect x=format!("{x:.1}") y=format!("{:.1}", f64::from(plot) - h + 4.0) width=format!("{:.1}", (step * 0.8).max(1.0)) height=format!("{h:.1}") class="bar"></rect>
            })
        })
        .collect_view();
    view! {
        <svg class="chart" role="img" aria-labelledby=labelled_by viewBox=format!("0 0 {WIDTH} {}", plot + 30) xmlns="http://www.w3.org/2000/svg">
            <title id=title_id>{title}</title>
            <desc id=desc_id>{summary}</desc>
            <line x1="10" y1=(plot + 4).to_string() x2=(WIDTH - 10).to_string() y2=(plot + 4).to_string() class="axis"></line>
            {cols}
            <text x="10" y=(plot + 24).to_string()>{first}</text>
            <text x=(WIDTH - 10).to_string() y=(plot + 24).to_string() text-anchor="end">{last}</text>
        </svg>
    }
    .into_any()
}

/// At most `max` characters, with an ellipsis when cut: long labels stay whole in the table.
fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let cut: String = text.chars().take(max - 1).collect();
        format!("{cut}…")
    }
}
