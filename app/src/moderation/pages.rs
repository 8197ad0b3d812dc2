//! `/<lang>/staff/moderation`: the moderation queue. Plain forms posted to [`super::handlers`],
//! which work without JavaScript; with it, the desk's own module (`desk/`, loaded by this page
//! only) sends them without a reload and adds single-key shortcuts. No island, so nothing here
//! adds to the residents' download.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::queue::{self, PendingView, Queue, QueueFilter};
use crate::access::{cap, Grant};
use crate::dialogues::service::titles;
use crate::domain::{personal_spans, RejectReason, REDACTED};
use crate::forms::fields::{Checkbox, Csrf};
use crate::i18n::I18n;
use crate::lang::Lang;
use crate::site::staff::staff_page;
use crate::site::PageTitle;
use crate::translations::pages::WorkingTranslationForm;

/// `/<lang>/staff/moderation`: pending views, oldest first (moderators and administrators).
#[component]
pub fn ModerationPage() -> impl IntoView {
    let query = use_query_map().get_untracked();
    let done = query.get("done");
    let approved_count = query
        .get("count")
        .and_then(|c| c.parse::<usize>().ok())
        .unwrap_or(0);
    let filter = QueueFilter {
        dialogue: query.get("dialogue").filter(|d| !d.is_empty()),
        lang: query.get("lang").and_then(|l| Lang::from_code(&l)),
        reason: query
            .get("reason")
            .and_then(|r| RejectReason::from_code(&r)),
        needs_translation: query.get("translation").is_some_and(|t| t == "1"),
    };
    let page = query
        .get("page")
        .and_then(|p| p.parse::<u64>().ok())
        .unwrap_or(1);
    staff_page(
        move |i18n, state, moderator: Grant<cap::Moderate>| async move {
            let dialogues = titles(&state.db).await?;
            let mut lists = Vec::new();
            for queue in [
                Queue::Pending,
                Queue::Reported,
                Queue::Published,
                Queue::Hidden,
            ] {
                lists.push((
                    queue,
                    queue::queue(&state.db, &moderator, queue, &filter, page).await?,
                ));
            }
            let done = done.and_then(|d| match d.as_str() {
                "approved" | "rejected" | "hidden" | "restored" | "dismissed" | "redacted"
                | "translation" | "translated" => Some(i18n.t(&format!("staff-done-{d}"))),
                "approved-many" => Some(i18n.count("staff-done-approved-many", approved_count)),
                "rejected-many" => Some(i18n.count("staff-done-rejected-many", approved_count)),
                _ => None,
            });
            // Where a decision brings the moderator back: the same filters and page.
            let back = filter_query(&filter, page);
            let sections = lists
            .into_iter()
            .map(|(queue, list)| {
                let total = usize::try_from(list.total).unwrap_or(usize::MAX);
                let (code, heading) = match queue {
                    Queue::Pending => ("pending", i18n.count("staff-moderation-count", total)),
                    Queue::Reported => ("reported", i18n.count("staff-reported-count", total)),
                    Queue::Published => ("published", i18n.t("staff-published-heading")),
                    Queue::Hidden => ("hidden", i18n.t("staff-hidden-heading")),
                };
                let id = format!("section-{code}");
                let bulk = (queue == Queue::Pending && !list.views.is_empty()).then(|| {
                    view! { <BulkForm i18n=i18n.clone() csrf=moderator.csrf.clone() back=back.clone()/> }
                });
                let keys = (queue == Queue::Pending && !list.views.is_empty())
                    .then(|| view! { <DeskKeys i18n=i18n.clone()/> });
                // After a decision the page comes back at the view that followed it.
                let ids: Vec<i32> = list.views.iter().map(|v| v.id).collect();
                let items = list
                    .views
                    .into_iter()
                    .enumerate()
                    .map(|(i, view)| {
                        let next = ids.get(i + 1).or_else(|| i.checked_sub(1).and_then(|p| ids.get(p))).copied();
                        view! { <PendingItem i18n=i18n.clone() view queue csrf=moderator.csrf.clone() back=back.clone() next/> }
                    })
                    .collect_view();
                let pager = (list.pages > 1).then(|| view! { <Pager i18n=i18n.clone() filter=filter.clone() page=list.page pages=list.pages/> });
                view! {
                    <section aria-labelledby=id.clone() class=format!("queue queue-{code}")>
                        <h2 id=id.clone()>{heading}</h2>
                        {keys}
                        {bulk}
                        <ul class="pending-list">{items}</ul>
                        {pager}
                    </section>
                }.into_any()
            })
            .collect_view();
            let filtering = filter != QueueFilter::default();
            // The desk's own module, apart from the residents' bundle (see desk/).
            let desk = state.assets.desk.clone().map(|desk| {
                let loader = format!(
                    "import start from '{}'; start({{ module_or_path: '{}' }});",
                    desk.js, desk.wasm
                );
                view! { <script type="module">{loader}</script> }
            });
            Ok(view! {
                <PageTitle text=i18n.t("staff-moderation-title")/>
                <h1>{i18n.t("staff-moderation-title")}</h1>
                {done.map(|d| view! { <p class="notice" role="status">{d}</p> })}
                <details class="queue-filters" open=filtering>
                    <summary>{i18n.t("staff-filter-heading")}</summary>
                    <p class="hint">{i18n.t("staff-moderation-intro")}</p>
                    <QueueFilters i18n=i18n.clone() dialogues filter=filter.clone()/>
                </details>
                {sections}
                {desk}
            }
            .into_any())
        },
    )
}

/// The query string of the moderator's filters and page, for links and the way back.
fn filter_query(filter: &QueueFilter, page: u64) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if let Some(d) = &filter.dialogue {
        pairs.push(("dialogue", d.clone()));
    }
    if let Some(l) = filter.lang {
        pairs.push(("lang", l.code().to_string()));
    }
    if let Some(r) = filter.reason {
        pairs.push(("reason", r.code().to_string()));
    }
    if filter.needs_translation {
        pairs.push(("translation", "1".to_string()));
    }
    if page > 1 {
        pairs.push(("page", page.to_string()));
    }
    serde_urlencoded::to_string(pairs).unwrap_or_default()
}

/// The single-key shortcuts, explained, with the switch that turns them off. Hidden until the
/// desk's module shows it: without JavaScript there are no shortcuts to explain. The module
/// takes the words it reads out from the `data-*` attributes, in the page's language.
#[component]
fn DeskKeys(i18n: I18n) -> impl IntoView {
    let keys = [
        ("J", "staff-keys-next"),
        ("K", "staff-keys-previous"),
        ("A", "staff-keys-approve"),
        ("R", "staff-keys-reject"),
        ("M", "staff-keys-redact"),
    ]
    .into_iter()
    .map(|(key, id)| view! { <li><kbd>{key}</kbd>" "{i18n.t(id)}</li> })
    .collect_view();
    // Placeholders the module fills in; Fluent's isolation marks around them stay.
    let at = i18n.t_with(
        "staff-keys-at",
        &[
            ("position", "{position}".into()),
            ("total", "{total}".into()),
            ("reference", "{reference}".into()),
        ],
    );
    view! {
        <details class="desk-keys" id="desk-keys" hidden
            data-at=at
            data-end=i18n.t("staff-keys-end")
            data-nothing=i18n.t("staff-keys-nothing")
            data-failed=i18n.t("staff-desk-failed")>
            <summary>{i18n.t("staff-keys-heading")}</summary>
            <p class="hint">{i18n.t("staff-keys-intro")}</p>
            <Checkbox id="desk-keys-on" name="keys" value="1" label=i18n.t("staff-keys-toggle") checked=true/>
            <ul class="keys">{keys}</ul>
        </details>
    }
}

/// Previous and next page of the pending and reported lists.
#[component]
fn Pager(i18n: I18n, filter: QueueFilter, page: u64, pages: u64) -> impl IntoView {
    let base = format!("/{}/staff/moderation", i18n.lang.code());
    let link = |p: u64| format!("{base}?{}", filter_query(&filter, p));
    let previous = (page > 1).then(
        || view! { <a href=link(page - 1) rel="prev">{i18n.t("dialogue-views-previous")}</a> },
    );
    let next = (page < pages)
        .then(|| view! { <a href=link(page + 1) rel="next">{i18n.t("dialogue-views-next")}</a> });
    let position = i18n.t_with(
        "dialogue-views-page",
        &[("page", page.into()), ("pages", pages.into())],
    );
    view! {
        <nav class="pager" aria-label=i18n.t("staff-queue-pages")>
            {previous}
            <span aria-current="page">{position}</span>
            {next}
        </nav>
    }
}

/// The checked pending views approved, or rejected with one reason, in one action. The items'
/// checkboxes belong to this form through their `form` attribute: forms cannot nest, and this
/// works without JavaScript.
#[component]
fn BulkForm(i18n: I18n, csrf: String, back: String) -> impl IntoView {
    let lang = i18n.lang.code();
    let options = RejectReason::ALL
        .iter()
        .map(|r| view! { <option value=r.code()>{i18n.label("reason", r.code())}</option> })
        .collect_view();
    view! {
        <form id="bulk" class="bulk" method="post" action=format!("/{lang}/staff/moderation/approve-selected")>
            <Csrf token=csrf/>
            <input type="hidden" name="back" value=back/>
            <button type="submit">{i18n.t("staff-bulk-approve")}</button>
            <div class="field inline">
                <label for="bulk-reason">{i18n.t("staff-reject-reason")}</label>
                <select id="bulk-reason" name="reason">{options}</select>
            </div>
            <button type="submit" formaction=format!("/{lang}/staff/moderation/reject-selected") class="secondary">{i18n.t("staff-bulk-reject")}</button>
        </form>
    }
}

/// A text with the passages that look like personal data marked, each with a label in words.
fn highlighted(i18n: &I18n, text: &str) -> impl IntoView {
    let mut parts = Vec::new();
    let mut at = 0;
    for span in personal_spans(text) {
        if span.range.start < at {
            continue;
        }
        parts.push(text[at..span.range.start].to_string().into_any());
        let label = i18n.t(&format!("staff-personal-{}", span.kind.code()));
        let passage = text[span.range.clone()].to_string();
        parts.push(view! { <mark class="personal"><span class="personal-kind">"["{label}"] "</span>{passage}</mark> }.into_any());
        at = span.range.end;
    }
    parts.push(text[at..].to_string().into_any());
    parts.collect_view()
}

#[component]
fn PendingItem(
    i18n: I18n,
    view: PendingView,
    queue: Queue,
    csrf: String,
    back: String,
    next: Option<i32>,
) -> impl IntoView {
    let lang = i18n.lang.code();
    let action = format!("/{lang}/staff/moderation/{}", view.id);
    let reason_id = format!("reason-{}", view.id);
    let heading_id = format!("pending-{}-heading", view.id);
    let received = i18n.date(
        view.received
            .with_timezone(&chrono_tz::Europe::Stockholm)
            .date_naive(),
    );
    let consent = if view.consent_publish {
        i18n.t("staff-view-consent-yes")
    } else {
        i18n.t("staff-view-consent-no")
    };
    let reasons: Vec<(&'static str, String)> = RejectReason::ALL
        .iter()
        .map(|r| (r.code(), i18n.label("reason", r.code())))
        .collect();
    let texts = view
        .texts
        .iter()
        .map(|t| view! { <blockquote lang=view.lang.code()><p>{highlighted(&i18n, t)}</p></blockquote> })
        .collect_view();
    let public = view.public_texts.as_ref().map(|public| {
        let marker = i18n.t("redacted-marker");
        let items = public
            .iter()
            .map(|t| t.replace(REDACTED, &marker))
            .map(|t| view! { <blockquote lang=view.lang.code()><p>{t}</p></blockquote> })
            .collect_view();
        view! { <p class="hint">{i18n.t("staff-view-public-version")}</p>{items} }
    });
    let reports = (!view.reports.is_empty()).then(|| {
        view.reports
            .iter()
            .map(|r| i18n.label("reason", r.code()))
            .collect::<Vec<_>>()
            .join(", ")
    });
    let pending = queue == Queue::Pending;
    let published = matches!(queue, Queue::Published | Queue::Reported);
    // A decision brings the next view in front; a redaction keeps this one there, as it still
    // waits for its decision.
    let hidden_with = {
        let back = back.clone();
        move |next: Option<i32>| {
            let next = next.map(|n| n.to_string()).unwrap_or_default();
            view! { <input type="hidden" name="back" value=back.clone()/><input type="hidden" name="next" value=next/> }.into_any()
        }
    };
    let own_id = (queue != Queue::Hidden).then_some(view.id);
    let hidden_fields = {
        let hidden_with = hidden_with.clone();
        move || hidden_with(next)
    };
    let hidden_here = move || hidden_with(own_id);
    let form = |decision: &'static str, button: &str, reason: Option<String>| {
        let reason =
            reason.map(|label| (format!("{reason_id}-{decision}"), label, reasons.clone()));
        view! { <DecisionForm action=action.clone() csrf=csrf.clone() decision button=i18n.t(button) reason hidden=hidden_fields()/> }.into_any()
    };
    // One action per passage that looks like personal data: the same redaction as the form
    // below, with the reason "personal data".
    let name_to_redact = view
        .display_name
        .clone()
        .filter(|_| !view.name_redacted && queue != Queue::Hidden);
    let redact_these = (queue != Queue::Hidden
        && (!view.personal.is_empty() || name_to_redact.is_some()))
    .then(|| {
        let name_button = name_to_redact.map(|name| {
            let label = i18n.t_with("staff-redact-name", &[("name", name.into())]);
            view! {
                <li>
                    <form method="post" action=action.clone()>
                        <Csrf token=csrf.clone()/>
                        {hidden_here()}
                        <input type="hidden" name="decision" value="redact-name"/>
                        <button type="submit" class="secondary">{label}</button>
                    </form>
                </li>
            }
        });
        let buttons = view
            .personal
            .iter()
            .map(|(passage, kind)| {
                let label = i18n.t_with(
                    "staff-redact-this",
                    &[
                        ("kind", i18n.t(&format!("staff-personal-{}", kind.code())).into()),
                        ("passage", passage.clone().into()),
                    ],
                );
                view! {
                    <li>
                        <form method="post" action=action.clone()>
                            <Csrf token=csrf.clone()/>
                            {hidden_here()}
                            <input type="hidden" name="decision" value="redact"/>
                            <input type="hidden" name="reason" value=RejectReason::PersonalData.code()/>
                            <input type="hidden" name="passage" value=passage.clone()/>
                            <button type="submit" class="secondary">{label}</button>
                        </form>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="redact-these">{buttons}{name_button}</ul> }
    });
    let passage_id = format!("passage-{}", view.id);
    let redact_reason_id = format!("{reason_id}-redact");
    let redact_reasons = reasons
        .iter()
        .map(|(code, name)| view! { <option value=*code>{name.clone()}</option> })
        .collect_view();
    let select = pending.then(|| {
        let id = format!("select-{}", view.id);
        view! {
            <div class="select">
                <input type="checkbox" id=id.clone() name="view" value=view.id.to_string() form="bulk"/>
                <label for=id>{i18n.t_with("staff-bulk-select-one", &[("reference", view.reference.clone().into())])}</label>
            </div>
        }
    });
    let more = view! {
        <details class="more">
            <summary>{i18n.t("staff-more")}</summary>
            {(pending && !view.needs_translation).then(|| form("translate", "staff-mark-translation", None))}
            {(pending && view.needs_translation).then(|| view! {
                <WorkingTranslationForm i18n=i18n.clone() view_id=view.id current=None csrf=csrf.clone() back="moderation"/>
            })}
            {(queue != Queue::Hidden).then(|| view! {
                <form method="post" action=action.clone()>
                    <Csrf token=csrf.clone()/>
                    {hidden_here()}
                    <input type="hidden" name="decision" value="redact"/>
                    <div class="field">
                        <label for=passage_id.clone()>{i18n.t("staff-redact-passage")}</label>
                        <input type="text" id=passage_id.clone() name="passage" maxlength="4000" lang=view.lang.code()/>
                    </div>
                    <div class="field">
                        <label for=redact_reason_id.clone()>{i18n.t("staff-redact-reason")}</label>
                        <select id=redact_reason_id.clone() name="reason">{redact_reasons}</select>
                    </div>
                    <button type="submit" class="secondary">{i18n.t("staff-redact")}</button>
                </form>
            })}
        </details>
    };
    view! {
        <li class="pending" id=format!("pending-{}", view.id) aria-labelledby=heading_id.clone()>
            <div class="pending-head">
                <h3 id=heading_id.clone()>{view.reference.clone()}</h3>
                {select}
            // What decides the decision first; the dialogue's title last, where a narrow screen
            // may cut it.
            <p class="pending-facts">
                <span lang=view.lang.code()>{view.lang.native_name()}</span>
                " · "{i18n.label("channel", view.channel.code())}
                " · "{received}
                " · "{i18n.t("staff-view-consent")}": "{consent}
                {view.needs_translation.then(|| view! { " · "<strong>{i18n.t("staff-needs-translation")}</strong> })}
                {reports.map(|r| view! { " · "{i18n.t("staff-reported-as")}": "{r} })}
                " · "<span lang="sv">{view.dialogue_title.clone()}</span>
            </p>
            </div>
            {view.flagged.then(|| view! { <p class="flag">{i18n.t("staff-view-flagged")}</p> })}
            {view.display_name.clone().map(|name| view! {
                <p>
                    <strong>{highlighted(&i18n, &name)}</strong>
                    {view.name_redacted.then(|| view! { " ("{i18n.t("staff-name-redacted")}")" })}
                </p>
            })}
            {texts}
            {public}
            {view.working_translation.clone().map(|t| view! {
                <p class="hint">{i18n.t("translation-view-current")}</p>
                <blockquote lang="sv"><p>{t}</p></blockquote>
            })}
            <div class="decisions">
                {redact_these}
                {pending.then(|| form("approve", "staff-approve", None))}
                {pending.then(|| form("reject", "staff-reject", Some(i18n.t("staff-reject-reason"))))}
                {(queue == Queue::Reported).then(|| form("dismiss", "staff-report-dismiss", None))}
                {published.then(|| form("hide", "staff-hide", Some(i18n.t("staff-hide-reason"))))}
                {(queue == Queue::Hidden).then(|| form("restore", "staff-restore", None))}
                {(queue != Queue::Hidden).then_some(more)}
            </div>
        </li>
    }
}

/// Narrow the lists to one dialogue or one language: a plain GET form.
#[component]
fn QueueFilters(
    i18n: I18n,
    dialogues: Vec<(String, String)>,
    filter: QueueFilter,
) -> impl IntoView {
    let dialogue_options = dialogues
        .into_iter()
        .map(|(slug, title)| {
            let selected = filter.dialogue.as_deref() == Some(slug.as_str());
            view! { <option value=slug lang="sv" selected=selected>{title}</option> }
        })
        .collect_view();
    let lang_options = Lang::ALL
        .into_iter()
        .map(|l| view! { <option value=l.code() lang=l.code() selected=filter.lang == Some(l)>{l.native_name()}</option> })
        .collect_view();
    let reason_options = RejectReason::ALL
        .iter()
        .map(|r| view! { <option value=r.code() selected=filter.reason == Some(*r)>{i18n.label("reason", r.code())}</option> })
        .collect_view();
    view! {
        <form method="get" action=format!("/{}/staff/moderation", i18n.lang.code()) class="filters">
            <div class="filter-fields">
                <div class="field">
                    <label for="queue-dialogue">{i18n.t("staff-view-dialogue")}</label>
                    <select id="queue-dialogue" name="dialogue">
                        <option value="">{i18n.t("list-filter-any")}</option>
                        {dialogue_options}
                    </select>
                </div>
                <div class="field">
                    <label for="queue-lang">{i18n.t("staff-view-language")}</label>
                    <select id="queue-lang" name="lang">
                        <option value="">{i18n.t("list-filter-any")}</option>
                        {lang_options}
                    </select>
                </div>
                <div class="field">
                    <label for="queue-reason">{i18n.t("staff-filter-reason")}</label>
                    <p class="hint" id="queue-reason-hint">{i18n.t("staff-filter-reason-hint")}</p>
                    <select id="queue-reason" name="reason" aria-describedby="queue-reason-hint">
                        <option value="">{i18n.t("list-filter-any")}</option>
                        {reason_options}
                    </select>
                </div>
            </div>
            <Checkbox id="queue-translation" name="translation" value="1" label=i18n.t("staff-filter-translation") checked=filter.needs_translation/>
            <button type="submit">{i18n.t("staff-filter-submit")}</button>
        </form>
    }
}

/// A reason select: its id, its label, and the (code, name) choices.
type ReasonSelect = (String, String, Vec<(&'static str, String)>);

/// One decision as a plain form: the session's token, the decision, and a reason when it needs one.
#[component]
fn DecisionForm(
    action: String,
    csrf: String,
    decision: &'static str,
    button: String,
    /// The reason select: its id, its label, and the (code, name) choices.
    reason: Option<ReasonSelect>,
    /// The way back to the moderator's place in the list.
    hidden: AnyView,
) -> impl IntoView {
    let secondary = decision != "approve" && decision != "restore";
    let reason = reason.map(|(id, label, choices)| {
        let options = choices
            .into_iter()
            .map(|(code, name)| view! { <option value=code>{name}</option> })
            .collect_view();
        view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <select id=id name="reason">{options}</select>
            </div>
        }
    });
    view! {
        <form method="post" action=action class="decision">
            <Csrf token=csrf/>
            {hidden}
            <input type="hidden" name="decision" value=decision/>
            {reason}
            <button type="submit" class:secondary=secondary>{button}</button>
        </form>
    }
}
