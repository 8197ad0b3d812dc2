//! The list of dialogues, filtered by a plain GET form (no JavaScript needed).

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{loaded, PageTitle};
use crate::api::{list_dialogues, DialogueCard, DialogueFilter};
use crate::domain::{DialogueStatus, Place, TargetGroup, Theme};
use crate::i18n::{use_i18n, I18n};

/// `/<lang>`: every published dialogue, with filters by target group, place, theme and status.
#[component]
pub fn ListPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map().get_untracked();
    let filter = DialogueFilter {
        group: query.get("group").and_then(|c| TargetGroup::from_code(&c)),
        place: query.get("place").and_then(|c| Place::from_code(&c)),
        theme: query.get("theme").and_then(|c| Theme::from_code(&c)),
        status: query.get("status").and_then(|c| DialogueStatus::from_code(&c)),
        in_my_language: query.get("mine").is_some_and(|v| !v.is_empty()),
    };
    let lang = i18n.lang;
    let results = {
        let (i18n, filter) = (i18n.clone(), filter.clone());
        Suspend::new(async move {
            let result = list_dialogues(lang.code().to_string(), filter).await;
            loaded(&i18n.clone(), result, |cards| view! { <Results i18n cards/> })
        })
    };

    view! {
        <PageTitle text=i18n.t("list-title")/>
        <h1>{i18n.t("list-title")}</h1>
        <p class="lead">{i18n.t("list-intro")}</p>
        <Filters i18n=i18n.clone() filter/>
        <Suspense>{results}</Suspense>
    }
}

/// One `<select>` of the filter form.
fn filter_select(i18n: &I18n, name: &'static str, label_id: &str, prefix: &str, codes: Vec<&'static str>, chosen: Option<&'static str>) -> impl IntoView {
    let options = codes
        .into_iter()
        .map(|code| view! { <option value=code selected=chosen == Some(code)>{i18n.label(prefix, code)}</option> })
        .collect_view();
    view! {
        <div class="field">
            <label for=format!("filter-{name}")>{i18n.t(label_id)}</label>
            <select id=format!("filter-{name}") name=name>
                <option value="">{i18n.t("list-filter-any")}</option>
                {options}
            </select>
        </div>
    }
}

#[component]
fn Filters(i18n: I18n, filter: DialogueFilter) -> impl IntoView {
    let action = format!("/{}", i18n.lang.code());
    view! {
        <form class="filters" method="get" action=action.clone() aria-labelledby="filters-heading">
            <h2 id="filters-heading">{i18n.t("list-filter-heading")}</h2>
            <div class="filter-fields">
                {filter_select(&i18n, "group", "list-filter-group", "target-group", TargetGroup::ALL.iter().map(|g| g.code()).collect(), filter.group.map(|g| g.code()))}
                {filter_select(&i18n, "place", "list-filter-place", "place", Place::ALL.iter().map(|p| p.code()).collect(), filter.place.map(|p| p.code()))}
                {filter_select(&i18n, "theme", "list-filter-theme", "theme", Theme::ALL.iter().map(|t| t.code()).collect(), filter.theme.map(|t| t.code()))}
                {filter_select(&i18n, "status", "list-filter-status", "status", DialogueStatus::ALL.iter().map(|s| s.code()).collect(), filter.status.map(|s| s.code()))}
            </div>
            <div class="field checkbox">
                <input type="checkbox" id="filter-mine" name="mine" value="1" checked=filter.in_my_language/>
                <label for="filter-mine">{i18n.t("list-filter-my-language")}</label>
            </div>
            <div class="actions">
                <button type="submit">{i18n.t("list-filter-submit")}</button>
                <a href=action.clone()>{i18n.t("list-filter-clear")}</a>
            </div>
        </form>
    }
}

#[component]
fn Results(i18n: I18n, cards: Vec<DialogueCard>) -> impl IntoView {
    let count = i18n.count("list-count", cards.len());
    let empty = cards.is_empty().then(|| view! { <p>{i18n.t("list-empty")}</p> });
    let items = cards.into_iter().map(|card| view! { <Card i18n=i18n.clone() card/> }).collect_view();
    view! {
        <section aria-labelledby="results-count">
            <p id="results-count" class="count" role="status">{count}</p>
            {empty}
            <ul class="cards">{items}</ul>
        </section>
    }
}

#[component]
fn Card(i18n: I18n, card: DialogueCard) -> impl IntoView {
    let lang = i18n.lang.code();
    let when = match card.status {
        DialogueStatus::Open => i18n.t_with("list-open-until", &[("date", i18n.date(card.closes_on).into())]),
        DialogueStatus::Upcoming => i18n.t_with("list-opens-on", &[("date", i18n.date(card.opens_on).into())]),
        DialogueStatus::Closed => i18n.t_with("list-closed-on", &[("date", i18n.date(card.closes_on).into())]),
    };
    let text_lang = (card.text_lang != i18n.lang).then(|| card.text_lang.code());
    let groups = card.target_groups.iter().map(|g| i18n.label("target-group", g.code())).collect::<Vec<_>>().join(", ");
    let themes = card.themes.iter().map(|t| i18n.label("theme", t.code())).collect::<Vec<_>>().join(", ");
    let languages = card
        .languages
        .iter()
        .enumerate()
        .map(|(i, l)| view! { {(i > 0).then_some(", ")}<span lang=l.code()>{l.native_name()}</span> })
        .collect_view();
    view! {
        <li class="card">
            <h2 lang=text_lang>
                <a href=format!("/{lang}/dialogues/{}", card.slug)>{card.title}</a>
            </h2>
            <p class=format!("status status-{}", card.status.code())>
                <span class="badge">{i18n.label("status", card.status.code())}</span>
                " "
                {when}
            </p>
            <p lang=text_lang>{card.summary}</p>
            <dl class="facts">
                <dt>{i18n.t("dialogue-place")}</dt>
                <dd>{i18n.label("place", card.place.code())}</dd>
                <dt>{i18n.t("dialogue-target-groups")}</dt>
                <dd>{groups}</dd>
                <dt>{i18n.t("dialogue-themes")}</dt>
                <dd>{themes}</dd>
                <dt>{i18n.t("list-languages")}</dt>
                <dd>{languages}</dd>
            </dl>
        </li>
    }
}
