//! `/<lang>/staff/audit`: the audit log for administrators.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::service::{self, AuditRow};
use super::AuditAction;
use crate::access::{cap, Grant};
use crate::domain::RejectReason;
use crate::i18n::I18n;
use crate::site::staff::staff_page;
use crate::site::PageTitle;

/// `/<lang>/staff/audit?action=...`: the audit log, newest first (administrators only).
#[component]
pub fn AuditPage() -> impl IntoView {
    let chosen = use_query_map()
        .with_untracked(|q| q.get("action"))
        .and_then(|a| AuditAction::from_code(&a));
    staff_page(
        move |i18n, state, admin: Grant<cap::ReadAudit>| async move {
            let rows = service::newest(&state.db, &admin, chosen).await?;
            let options = AuditAction::ALL
            .iter()
            .map(|a| view! { <option value=a.code() selected=chosen == Some(*a)>{i18n.label("audit-action", a.code())}</option> })
            .collect_view();
            let empty = rows
                .is_empty()
                .then(|| view! { <p>{i18n.t("staff-audit-empty")}</p> });
            let items = rows
                .into_iter()
                .map(|row| view! { <AuditItem i18n=i18n.clone() row/> })
                .collect_view();
            Ok(view! {
            <PageTitle text=i18n.t("staff-audit-title")/>
            <h1>{i18n.t("staff-audit-title")}</h1>
            <p>{i18n.t("staff-audit-intro")}</p>
            <form method="get" action=format!("/{}/staff/audit", i18n.lang.code()) class="filters">
                <div class="field">
                    <label for="audit-action">{i18n.t("staff-audit-filter")}</label>
                    <select id="audit-action" name="action">
                        <option value="">{i18n.t("staff-audit-filter-any")}</option>
                        {options}
                    </select>
                </div>
                <button type="submit">{i18n.t("staff-audit-filter-submit")}</button>
            </form>
            {empty}
            <ul class="audit-list">{items}</ul>
        }
        .into_any())
        },
    )
}

#[component]
fn AuditItem(i18n: I18n, row: AuditRow) -> impl IntoView {
    let local = row.at.with_timezone(&chrono_tz::Europe::Stockholm);
    let when = format!(
        "{} {}",
        i18n.date(local.date_naive()),
        local.format("%H:%M")
    );
    let reason = row.reason.map(|r| {
        let label = if RejectReason::from_code(&r).is_some() {
            i18n.label("reason", &r)
        } else {
            r
        };
        view! {
            <dt>{i18n.t("staff-audit-reason")}</dt>
            <dd>{label}</dd>
        }
    });
    view! {
        <li class="audit-item">
            <dl class="facts">
                <dt>{i18n.t("staff-audit-when")}</dt>
                <dd>{when}</dd>
                <dt>{i18n.t("staff-audit-who")}</dt>
                <dd>{row.actor.unwrap_or_else(|| "–".to_string())}</dd>
                <dt>{i18n.t("staff-audit-what")}</dt>
                <dd>{i18n.label("audit-action", &row.action)}</dd>
                <dt>{i18n.t("staff-audit-target")}</dt>
                <dd>{row.target}</dd>
                {reason}
            </dl>
        </li>
    }
}
