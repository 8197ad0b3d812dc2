//! `/<lang>/staff/moderation`: the moderation queue. Plain forms posted to [`super::handlers`];
//! no island, so nothing here adds to the residents' download.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::service::{self, PendingView, Queue, QueueFilter};
use crate::access::{cap, Grant};
use crate::dialogues::service::titles;
use crate::domain::{RejectReason, REDACTED};
use crate::forms::fields::Csrf;
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
    };
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
                    service::queue(&state.db, &moderator, queue, &filter).await?,
                ));
            }
            let done = done.and_then(|d| match d.as_str() {
                "approved" | "rejected" | "hidden" | "restored" | "dismissed" | "redacted"
                | "translation" | "translated" => Some(i18n.t(&format!("staff-done-{d}"))),
                "approved-many" => Some(i18n.count("staff-done-approved-many", approved_count)),
                _ => None,
            });
            let sections = lists
            .into_iter()
            .map(|(queue, views)| {
                let (code, heading) = match queue {
                    Queue::Pending => ("pending", i18n.count("staff-moderation-count", views.len())),
                    Queue::Reported => ("reported", i18n.count("staff-reported-count", views.len())),
                    Queue::Published => ("published", i18n.t("staff-published-heading")),
                    Queue::Hidden => ("hidden", i18n.t("staff-hidden-heading")),
                };
                let id = format!("section-{code}");
                let bulk = (queue == Queue::Pending && !views.is_empty()).then(|| {
                    // The items' checkboxes belong to this form through their `form` attribute:
                    // forms cannot nest, and this works without JavaScript.
                    view! {
                        <form id="bulk-approve" method="post" action=format!("/{}/staff/moderation/approve-selected", i18n.lang.code())>
                            <Csrf token=moderator.csrf.clone()/>
                            <button type="submit">{i18n.t("staff-bulk-approve")}</button>
                        </form>
                    }
                });
                let items = views
                    .into_iter()
                    .map(|view| view! { <PendingItem i18n=i18n.clone() view queue csrf=moderator.csrf.clone()/> })
                    .collect_view();
                view! {
                    <section aria-labelledby=id.clone()>
                        <h2 id=id.clone()>{heading}</h2>
                        {bulk}
                        <ul class="pending-list">{items}</ul>
                    </section>
                }.into_any()
            })
            .collect_view();
            Ok(view! {
                <PageTitle text=i18n.t("staff-moderation-title")/>
                <h1>{i18n.t("staff-moderation-title")}</h1>
                {done.map(|d| view! { <p class="notice" role="status">{d}</p> })}
                <p>{i18n.t("staff-moderation-intro")}</p>
                <QueueFilters i18n=i18n.clone() dialogues filter=filter.clone()/>
                {sections}
            }
            .into_any())
        },
    )
}

#[component]
fn PendingItem(i18n: I18n, view: PendingView, queue: Queue, csrf: String) -> impl IntoView {
    let lang = i18n.lang.code();
    let action = format!("/{lang}/staff/moderation/{}", view.id);
    let reason_id = format!("reason-{}", view.id);
    let heading_id = format!("pending-{}", view.id);
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
    let quote =
        |t: &String| view! { <blockquote lang=view.lang.code()><p>{t.clone()}</p></blockquote> };
    let texts = view.texts.iter().map(quote).collect_view();
    let public = view.public_texts.as_ref().map(|public| {
        let marker = i18n.t("redacted-marker");
        let items = public
            .iter()
            .map(|t| t.replace(REDACTED, &marker))
            .map(|t| quote(&t))
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
    let form = |decision: &'static str, button: &str, reason: Option<String>| {
        let reason =
            reason.map(|label| (format!("{reason_id}-{decision}"), label, reasons.clone()));
        view! { <DecisionForm action=action.clone() csrf=csrf.clone() decision button=i18n.t(button) reason/> }.into_any()
    };
    let passage_id = format!("passage-{}", view.id);
    let redact_reason_id = format!("{reason_id}-redact");
    let redact_reasons = reasons
        .iter()
        .map(|(code, name)| view! { <option value=*code>{name.clone()}</option> })
        .collect_view();
    view! {
        <li class="pending" aria-labelledby=heading_id.clone()>
            <h3 id=heading_id.clone()>{view.reference.clone()}</h3>
            <dl class="facts">
                <dt>{i18n.t("staff-view-dialogue")}</dt>
                <dd lang="sv">{view.dialogue_title.clone()}</dd>
                <dt>{i18n.t("staff-view-language")}</dt>
                <dd><span lang=view.lang.code()>{view.lang.native_name()}</span>
                    {view.needs_translation.then(|| view! { " · "<strong>{i18n.t("staff-needs-translation")}</strong> })}</dd>
                <dt>{i18n.t("staff-view-channel")}</dt>
                <dd>{i18n.label("channel", view.channel.code())}</dd>
                <dt>{i18n.t("staff-view-received")}</dt>
                <dd>{received}</dd>
                <dt>{i18n.t("staff-view-consent")}</dt>
                <dd>{consent}</dd>
                {reports.map(|r| view! { <dt>{i18n.t("staff-reported-as")}</dt><dd>{r}</dd> })}
            </dl>
            {view.flagged.then(|| view! { <p class="notice flagged" role="note">{i18n.t("staff-view-flagged")}</p> })}
            {view.display_name.clone().map(|name| view! { <p><strong>{name}</strong></p> })}
            {texts}
            {public}
            {view.working_translation.clone().map(|t| view! {
                <p class="hint">{i18n.t("translation-view-current")}</p>
                <blockquote lang="sv"><p>{t}</p></blockquote>
            })}
            {(pending && view.needs_translation).then(|| view! {
                <details>
                    <summary>{i18n.t("translation-view-add")}</summary>
                    <WorkingTranslationForm i18n=i18n.clone() view_id=view.id current=None csrf=csrf.clone() back="moderation"/>
                </details>
            })}
            {pending.then(|| {
                let id = format!("select-{}", view.id);
                view! {
                    <div class="field checkbox">
                        <input type="checkbox" id=id.clone() name="view" value=view.id.to_string() form="bulk-approve"/>
                        <label for=id>{i18n.t("staff-bulk-select")}</label>
                    </div>
                }
            })}
            <div class="decisions">
                {pending.then(|| form("approve", "staff-approve", None))}
                {pending.then(|| form("reject", "staff-reject", Some(i18n.t("staff-reject-reason"))))}
                {(pending && !view.needs_translation).then(|| form("translate", "staff-mark-translation", None))}
                {(queue == Queue::Reported).then(|| form("dismiss", "staff-report-dismiss", None))}
                {published.then(|| form("hide", "staff-hide", Some(i18n.t("staff-hide-reason"))))}
                {(queue == Queue::Hidden).then(|| form("restore", "staff-restore", None))}
                {(queue != Queue::Hidden).then(|| view! {
                    <details>
                        <summary>{i18n.t("staff-redact")}</summary>
                        <form method="post" action=action.clone()>
                            <Csrf token=csrf.clone()/>
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
                    </details>
                })}
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
            <button type="submit">{i18n.t("list-filter-submit")}</button>
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
        <form method="post" action=action>
            <Csrf token=csrf/>
            <input type="hidden" name="decision" value=decision/>
            {reason}
            <button type="submit" class:secondary=secondary>{button}</button>
        </form>
    }
}
