//! The residents' dialogue pages: the list, filtered by a plain GET form, and the dialogue
//! page with every fact about the dialogue, its published views, and the form.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::api::{get_dialogue, get_easy_dialogue, list_dialogues};
use super::model::{
    DialogueCard, DialogueDetail, DialogueFilter, PublishedView, QuestionText, ViewPage,
};
use crate::domain::{DialogueStatus, Place, RejectReason, TargetGroup, Theme, REDACTED};
use crate::feedback::public_pages::FeedbackSection;
use crate::forms::fields::Checkbox;
use crate::i18n::{use_i18n, I18n};
use crate::lang::Lang;
use crate::site::{loaded, paragraphs, slug_param, DraftTranslationNotice, PageTitle};
use crate::subscriptions::pages::SubscribeForm;
use crate::views::pages::ViewFormSection;

/// `/<lang>`: every published dialogue, with filters by target group, place, theme and status.
#[component]
pub fn ListPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map().get_untracked();
    let filter = DialogueFilter {
        group: query.get("group").and_then(|c| TargetGroup::from_code(&c)),
        place: query.get("place").and_then(|c| Place::from_code(&c)),
        theme: query.get("theme").and_then(|c| Theme::from_code(&c)),
        status: query
            .get("status")
            .and_then(|c| DialogueStatus::from_code(&c)),
        in_my_language: query.get("mine").is_some_and(|v| !v.is_empty()),
        feedback_given: query.get("feedback").is_some_and(|v| !v.is_empty()),
    };
    let lang = i18n.lang;
    let results = {
        let (i18n, filter) = (i18n.clone(), filter.clone());
        Suspend::new(async move {
            let result = list_dialogues(lang.code().to_string(), filter).await;
            loaded(
                &i18n.clone(),
                result,
                |cards| view! { <Results i18n cards/> },
            )
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
fn filter_select(
    i18n: &I18n,
    name: &'static str,
    label_id: &str,
    prefix: &str,
    codes: Vec<&'static str>,
    chosen: Option<&'static str>,
) -> impl IntoView {
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
            <Checkbox id="filter-mine" name="mine" value="1" label=i18n.t("list-filter-my-language") checked=filter.in_my_language/>
            <Checkbox id="filter-feedback" name="feedback" value="1" label=i18n.t("list-filter-feedback") checked=filter.feedback_given/>
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
    let empty = cards
        .is_empty()
        .then(|| view! { <p>{i18n.t("list-empty")}</p> });
    let items = cards
        .into_iter()
        .map(|card| view! { <Card i18n=i18n.clone() card/> })
        .collect_view();
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
        DialogueStatus::Open => i18n.t_with(
            "list-open-until",
            &[("date", i18n.date(card.closes_on).into())],
        ),
        DialogueStatus::Upcoming => i18n.t_with(
            "list-opens-on",
            &[("date", i18n.date(card.opens_on).into())],
        ),
        DialogueStatus::Closed => i18n.t_with(
            "list-closed-on",
            &[("date", i18n.date(card.closes_on).into())],
        ),
    };
    let text_lang = (card.text_lang != i18n.lang).then(|| card.text_lang.code());
    let groups = card
        .target_groups
        .iter()
        .map(|g| i18n.label("target-group", g.code()))
        .collect::<Vec<_>>()
        .join(", ");
    let themes = card
        .themes
        .iter()
        .map(|t| i18n.label("theme", t.code()))
        .collect::<Vec<_>>()
        .join(", ");
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
                <span class="badge">{i18n.label("stage", card.stage.code())}</span>
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

/// `/<lang>/dialogues/<slug>?page=N`.
#[component]
pub fn DialoguePage() -> impl IntoView {
    dialogue_page(false)
}

/// `/sv/dialogues/<slug>/lattlast?page=N`: the dialogue in easy-to-read Swedish. A sub-page
/// of the Swedish page rather than an eighth language: the interface stays Swedish, and the
/// address says what it is to those who look for "lättläst".
#[component]
pub fn EasyDialoguePage() -> impl IntoView {
    dialogue_page(true)
}

/// A dialogue page, in standard or (`easy`) easy-to-read Swedish texts.
fn dialogue_page(easy: bool) -> impl IntoView {
    let i18n = use_i18n();
    let slug = slug_param();
    let page = use_query_map().with_untracked(|q| {
        q.get("page")
            .and_then(|p| p.parse::<u32>().ok())
            .unwrap_or(1)
    });
    let content = Suspend::new(async move {
        let result = if easy {
            get_easy_dialogue(slug, page).await
        } else {
            get_dialogue(i18n.lang.code().to_string(), slug, page).await
        };
        loaded(
            &i18n.clone(),
            result,
            |detail| view! { <Dialogue i18n detail/> },
        )
    });
    view! { <Suspense>{content}</Suspense> }
}

/// A dialogue as residents read it. `preview`: an editor's preview, without the form or the
/// report buttons.
#[component]
pub fn Dialogue(
    i18n: I18n,
    detail: DialogueDetail,
    #[prop(default = false)] preview: bool,
) -> impl IntoView {
    let text_lang = (detail.text_lang != i18n.lang).then(|| detail.text_lang.code());
    let join = |labels: Vec<String>| labels.join(", ");
    let groups = join(
        detail
            .target_groups
            .iter()
            .map(|g| i18n.label("target-group", g.code()))
            .collect(),
    );
    let themes = join(
        detail
            .themes
            .iter()
            .map(|t| i18n.label("theme", t.code()))
            .collect(),
    );
    let period = i18n.t_with(
        "dialogue-period-value",
        &[
            ("from", i18n.date(detail.opens_on).into()),
            ("to", i18n.date(detail.closes_on).into()),
        ],
    );
    let notice = match detail.status {
        DialogueStatus::Open => None,
        DialogueStatus::Closed => Some(i18n.t("dialogue-closed-notice")),
        DialogueStatus::Upcoming => Some(i18n.t_with(
            "dialogue-upcoming-notice",
            &[("date", i18n.date(detail.opens_on).into())],
        )),
    };
    let contact_phone = detail.contact.phone.clone().map(|phone| {
        let tel = format!("tel:{}", phone.replace([' ', '-'], ""));
        view! { <br/><a href=tel>{phone}</a> }
    });
    // Asking for the outcome makes sense until the feedback is out.
    let notify = detail.feedback.is_none() && !preview;
    let form = (detail.status == DialogueStatus::Open && !preview).then(|| {
        view! { <ViewFormSection i18n=i18n.clone() slug=detail.slug.clone() questions=detail.questions.clone() notify/> }
    });
    let subscribe = (notify && detail.status != DialogueStatus::Upcoming)
        .then(|| view! { <SubscribeForm i18n=i18n.clone() slug=detail.slug.clone()/> });
    let decision = detail.decision.map(|(day, past)| {
        let id = if past {
            "dialogue-decision-made"
        } else {
            "dialogue-decision-planned"
        };
        i18n.t_with(id, &[("date", i18n.date(day).into())])
    });
    let feedback = detail
        .feedback
        .clone()
        .map(|feedback| view! { <FeedbackSection i18n=i18n.clone() feedback questions=detail.questions.clone()/> });
    let level = detail.level.code();
    // The switch between standard and easy-to-read Swedish, for Swedish readers.
    let easy_switch = (i18n.lang == Lang::Sv && detail.has_easy && !preview).then(|| {
        let (href, label) = if detail.easy_reading {
            (
                format!("/sv/dialogues/{}", detail.slug),
                i18n.t("dialogue-easy-standard"),
            )
        } else {
            (
                format!("/sv/dialogues/{}/lattlast", detail.slug),
                i18n.t("dialogue-easy-link"),
            )
        };
        view! { <p class="easy-switch"><a href=href>{label}</a></p> }
    });

    view! {
        <PageTitle text=detail.text.title.clone()/>
        <article class="dialogue">
            {easy_switch}
            <div lang=text_lang>
                <h1>{detail.text.title.clone()}</h1>
                <p class="lead">{detail.text.summary.clone()}</p>
            </div>
            {text_lang.map(|_| view! { <p class="notice" role="note">{i18n.t("dialogue-fallback-notice")}</p> })}
            {detail.draft_translation.then(|| view! { <DraftTranslationNotice i18n=i18n.clone()/> })}
            {notice.map(|n| view! { <p class="notice" role="note">{n}</p> })}
            {feedback}
            <section aria-labelledby="facts-heading" class="facts-box">
                <h2 id="facts-heading">{i18n.t("dialogue-facts")}</h2>
                <dl class="facts">
                    <dt>{i18n.t("dialogue-status")}</dt>
                    <dd>{i18n.label("status", detail.status.code())}</dd>
                    <dt>{i18n.t("dialogue-period")}</dt>
                    <dd>{period}</dd>
                    {decision.map(|d| view! { <dt>{i18n.t("dialogue-decision")}</dt><dd>{d}</dd> })}
                    <dt>{i18n.t("dialogue-place")}</dt>
                    <dd>{i18n.label("place", detail.place.code())}</dd>
                    <dt>{i18n.t("dialogue-target-groups")}</dt>
                    <dd>{groups}</dd>
                    <dt>{i18n.t("dialogue-themes")}</dt>
                    <dd>{themes}</dd>
                    <dt>{i18n.t("dialogue-level")}</dt>
                    <dd>
                        <strong>{i18n.label("level", level)}</strong>
                        ". "
                        {i18n.t(&format!("level-{level}-explained"))}
                    </dd>
                </dl>
            </section>
            <div class="body" lang=text_lang>{paragraphs(&detail.text.body)}</div>
            <section aria-labelledby="influence-heading" lang=text_lang>
                <h2 id="influence-heading" lang=i18n.lang.code()>{i18n.t("dialogue-influence")}</h2>
                {paragraphs(&detail.text.influence)}
                <h2 lang=i18n.lang.code()>{i18n.t("dialogue-not-influence")}</h2>
                {paragraphs(&detail.text.not_influence)}
                <h2 lang=i18n.lang.code()>{i18n.t("dialogue-decides")}</h2>
                {paragraphs(&detail.text.decides)}
            </section>
            <section aria-labelledby="contact-heading">
                <h2 id="contact-heading">{i18n.t("dialogue-contact")}</h2>
                <p>
                    {detail.contact.name.clone()}
                    <br/>
                    <a href=format!("mailto:{}", detail.contact.email)>{detail.contact.email.clone()}</a>
                    {contact_phone}
                </p>
            </section>
            <crate::meetings::pages::DialogueMeetings i18n=i18n.clone() meetings=detail.meetings.clone()/>
            {form}
            {subscribe}
            {detail.participation.clone().map(|summary| view! { <crate::reports::public::Participation i18n=i18n.clone() summary/> })}
            <Views i18n=i18n.clone() slug=detail.slug.clone() views=detail.views questions=detail.questions reportable=!preview/>
        </article>
    }
}

#[component]
fn Views(
    i18n: I18n,
    slug: String,
    views: ViewPage,
    questions: Vec<QuestionText>,
    reportable: bool,
) -> impl IntoView {
    let reported = use_query_map()
        .with_untracked(|q| q.get("reported"))
        .is_some();
    let count = i18n.count(
        "dialogue-views-count",
        usize::try_from(views.total).unwrap_or(usize::MAX),
    );
    let items = views
        .items
        .into_iter()
        .map(|v| {
            let report = reportable.then(|| (slug.clone(), v.id));
            view! { <ViewItem i18n=i18n.clone() view=v questions=questions.clone() report/> }
        })
        .collect_view();
    let pager = (views.pages > 1).then(|| {
        let base = format!("/{}/dialogues/{slug}", i18n.lang.code());
        let link = |page: u32| format!("{base}?page={page}#views-heading");
        let previous = (views.page > 1).then(|| view! { <a href=link(views.page - 1) rel="prev">{i18n.t("dialogue-views-previous")}</a> });
        let next = (views.page < views.pages).then(|| view! { <a href=link(views.page + 1) rel="next">{i18n.t("dialogue-views-next")}</a> });
        let position = i18n.t_with(
            "dialogue-views-page",
            &[("page", views.page.into()), ("pages", views.pages.into())],
        );
        view! {
            <nav class="pager" aria-label=i18n.t("dialogue-views-pages")>
                {previous}
                <span aria-current="page">{position}</span>
                {next}
            </nav>
        }
    });
    view! {
        <section class="views" aria-labelledby="views-heading">
            <h2 id="views-heading">{i18n.t("dialogue-views-heading")}</h2>
            {reported.then(|| view! {
                <div class="notice" role="status">
                    <p><strong>{i18n.t("report-thanks-title")}</strong></p>
                    <p>{i18n.t("report-thanks")}</p>
                </div>
            })}
            <p>{count}</p>
            <p class="hint">{i18n.t("dialogue-views-note")}</p>
            <ul class="view-list">{items}</ul>
            {pager}
        </section>
    }
}

#[component]
fn ViewItem(
    i18n: I18n,
    view: PublishedView,
    questions: Vec<QuestionText>,
    report: Option<(String, i32)>,
) -> impl IntoView {
    let name = view
        .display_name
        .clone()
        .unwrap_or_else(|| i18n.t("dialogue-view-anonymous"));
    let sent = i18n.t_with(
        "dialogue-view-sent",
        &[("date", i18n.date(view.sent_on).into())],
    );
    let resident_lang = view.lang.clone();
    let answers = view
        .answers
        .into_iter()
        .map(|(question_id, answer)| {
            let question = questions.iter().find(|q| q.id == question_id);
            let q_lang = question
                .map(|q| q.text_lang)
                .filter(|l| *l != i18n.lang)
                .map(|l| l.code());
            let q_text = question.map(|q| q.text.clone()).unwrap_or_default();
            view! {
                <dt lang=q_lang>{q_text}</dt>
                <dd lang=resident_lang.clone()>{with_redactions(&i18n, &answer)}</dd>
            }
        })
        .collect_view();
    let general = view.general.map(|g| {
        view! {
            <dt>{i18n.t("dialogue-view-general")}</dt>
            <dd lang=resident_lang.clone()>{with_redactions(&i18n, &g)}</dd>
        }
    });
    view! {
        <li class="view-item">
            <p class="view-meta"><strong>{name}</strong>" · "{sent}</p>
            <dl>{answers}{general}</dl>
            {report.map(|(slug, id)| view! { <ReportForm i18n=i18n.clone() slug id/> })}
        </li>
    }
}

/// A view's text with the marker, in the reader's language, where a moderator removed a part.
fn with_redactions(i18n: &I18n, text: &str) -> impl IntoView {
    let marker = i18n.t("redacted-marker");
    let lang = i18n.lang.code();
    text.split(REDACTED)
        .enumerate()
        .map(|(i, part)| {
            let marker =
                (i > 0).then(|| view! { <span class="redacted" lang=lang>{marker.clone()}</span> });
            view! { {marker}{part.to_string()} }
        })
        .collect_view()
}

/// Report a published view to the moderators: a disclosure with a reason and a button, a
/// plain form that works without JavaScript.
#[component]
fn ReportForm(i18n: I18n, slug: String, id: i32) -> impl IntoView {
    let select_id = format!("report-reason-{id}");
    let options = RejectReason::ALL
        .iter()
        .map(|r| view! { <option value=r.code()>{i18n.label("reason", r.code())}</option> })
        .collect_view();
    view! {
        <details class="report">
            <summary>{i18n.t("report-summary")}</summary>
            <form method="post" action=format!("/{}/dialogues/{slug}/report", i18n.lang.code())>
                <p class="hint">{i18n.t("report-intro")}</p>
                <input type="hidden" name="view" value=id.to_string()/>
                <div class="field">
                    <label for=select_id.clone()>{i18n.t("report-reason")}</label>
                    <select id=select_id name="reason">{options}</select>
                </div>
                <button type="submit" class="secondary">{i18n.t("report-submit")}</button>
            </form>
        </details>
    }
}
