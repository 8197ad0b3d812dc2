//! The children's ballot (public) and the editors' form for its easy texts. Plain forms, no
//! island: everything works without JavaScript.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::fields as f;
use crate::access::{cap, Grant};
use crate::budgets::pages::{chosen_projects, fields, other, refused_ballot, today};
use crate::budgets::read::{self, kronor};
use crate::budgets::stations::pages::{at_station, notice, request_headers};
use crate::budgets::{Method, Phase};
use crate::domain::AgeGroup;
use crate::forms::fields::{Checkbox, Choice, Csrf, Input, Resubmitted, TextArea};
use crate::i18n::use_i18n;
use crate::lang::Lang;
use crate::site::staff::staff_page;
use crate::site::{loaded, slug_param, PageTitle};
use crate::state::AppState;

/// `/<lang>/budgets/<slug>/children`: the ballot for children, in easy Swedish, with few
/// choices: one project per box with its short text, the code from the slip, the age.
#[component]
pub fn ChildrenBallotPage() -> impl IntoView {
    let i18n = use_i18n();
    let slug = slug_param();
    let receipt = use_query_map().with_untracked(|q| q.get("receipt"));
    let resubmitted = use_context::<Resubmitted>();
    let headers = request_headers();
    let content = Suspend::new(async move {
        let result = async {
            let state = AppState::from_context()?;
            let view = super::ballot(&state.db, &slug, today()).await?;
            let here = at_station(&state.db, headers.as_ref(), &slug).await;
            Ok::<_, crate::error::ServiceError>((view, here))
        }
        .await
        .map_err(crate::error::ApiError::from);
        loaded(&i18n.clone(), result, move |(view, at_station)| {
            // The texts are Swedish, whatever the page's language.
            let sv = other(&i18n, Lang::Sv);
            let counted = receipt
                .filter(|r| r.starts_with("MB-") && r.len() <= 20)
                .map(|r| {
                    view! { <p class="notice" role="status">{i18n.t_with("budget-children-counted", &[("receipt", r.into())])}</p> }
                });
            let how = match view.method {
                Method::Approval { max } => i18n.count("budget-children-choose", max),
                Method::Knapsack => i18n.t_with(
                    "budget-children-choose-knapsack",
                    &[("amount", kronor(view.total_sek).into())],
                ),
            };
            let sent = resubmitted.clone().unwrap_or_default();
            let (refused, chosen) = (refused_ballot(&i18n, &sent), chosen_projects(&sent));
            let boxes = view
                .projects
                .iter()
                .map(|p| {
                    let id = p.id.to_string();
                    let label = format!("{} ({} kr)", p.title, kronor(p.cost_sek));
                    view! {
                        <div lang=sv>
                            <Checkbox id=format!("{}-{id}", fields::PROJECT) name=fields::PROJECT value=id.clone()
                                label=label hint=Some(p.description.clone()) checked=chosen.contains(&id)/>
                        </div>
                    }
                })
                .collect_view();
            let ages = [AgeGroup::Under13, AgeGroup::From13To17]
                .iter()
                .map(|a| (a.code().to_string(), i18n.label("age", a.code())))
                .collect();
            let form = (view.phase == Phase::Voting).then(|| {
                let action = format!("/{}/budgets/{}/children", i18n.lang.code(), view.slug);
                view! {
                    {refused}
                    <form method="post" action=action class="ballot children">
                        <input type="hidden" name=fields::CHILDREN value="yes"/>
                        <Input name=fields::CODE label=i18n.t("budget-children-code") value=sent.value(fields::CODE) max=20
                            hint=Some(i18n.t("budget-children-code-hint")) required=!view.open_voting/>
                        <fieldset>
                            <legend>{how}</legend>
                            {boxes}
                        </fieldset>
                        <Choice name=fields::AGE label=i18n.t("budget-children-age") options=ages selected=sent.value(fields::AGE)
                            none=Some(i18n.t("form-not-answered")) error=None/>
                        <button type="submit">{i18n.t("budget-children-submit")}</button>
                    </form>
                }
            });
            let closed = (view.phase != Phase::Voting)
                .then(|| view! { <p>{i18n.t("budget-children-closed")}</p> });
            view! {
                <PageTitle text=view.title.clone()/>
                <h1 lang=sv>{view.title.clone()}</h1>
                {counted}
                {notice(&i18n, at_station.clone())}
                <p class="lead" lang=sv>{view.summary.clone()}</p>
                {closed}
                {form}
                <p><a href=format!("/{}/budgets/{}", i18n.lang.code(), view.slug)>{i18n.t("budget-children-all")}</a></p>
            }
        })
    });
    view! { <Suspense>{content}</Suspense> }
}

/// `/<lang>/staff/budgets/<slug>/children`: the easy Swedish of the children's ballot, for
/// the budget and each project on the ballot (editors and administrators). Empty texts leave
/// the standard Swedish in their place.
#[component]
pub fn EasyTextsPage() -> impl IntoView {
    let slug = slug_param();
    let saved = use_query_map().with_untracked(|q| q.get("done").is_some());
    let refused = use_context::<Resubmitted>();
    staff_page(
        move |i18n, state, editor: Grant<cap::EditDialogues>| async move {
            let b = read::staff_budget(&state.db, &slug, today()).await?;
            let mut texts = super::texts(&state.db, b.id).await?;
            let sent = refused.unwrap_or_default();
            // A refused form shows what was sent.
            if !sent.pairs.is_empty() {
                texts.title = sent.value(f::TITLE);
                texts.summary = sent.value(f::SUMMARY);
                for (id, _, title, body) in &mut texts.projects {
                    *title = sent.value(&format!("{}-{id}", f::PROJECT_TITLE));
                    *body = sent.value(&format!("{}-{id}", f::PROJECT_TEXT));
                }
            }
            let summary = (!sent.problems.is_empty()).then(|| sent.summary(&i18n));
            let done = saved.then(
                || view! { <p class="notice" role="status">{i18n.t("budget-easy-saved")}</p> },
            );
            let sv = other(&i18n, Lang::Sv);
            let projects = texts
                .projects
                .into_iter()
                .map(|(id, standard, title, body)| {
                    let (title_name, text_name) = (
                        format!("{}-{id}", f::PROJECT_TITLE),
                        format!("{}-{id}", f::PROJECT_TEXT),
                    );
                    view! {
                        <fieldset>
                            <legend lang=sv>{standard}</legend>
                            <Input name=title_name.clone() label=i18n.t("budget-easy-project-title") value=title
                                max=super::MAX_TITLE error=sent.problem(&i18n, &title_name)/>
                            <TextArea name=text_name.clone() label=i18n.t("budget-easy-project-text") value=body
                                max=super::MAX_TEXT rows=3 error=sent.problem(&i18n, &text_name) lang="sv"/>
                        </fieldset>
                    }
                })
                .collect_view();
            let lang = i18n.lang.code();
            Ok(view! {
                <PageTitle text=i18n.t("budget-easy-title")/>
                <h1>{i18n.t("budget-easy-title")}</h1>
                <p class="lead" lang="sv">{b.title}</p>
                <p class="hint">{i18n.t("budget-easy-intro")}</p>
                {done}
                {summary}
                <form method="post" action=format!("/{lang}/staff/budgets/{slug}/children")>
                    <Csrf token=editor.csrf.clone()/>
                    <Input name=f::TITLE label=i18n.t("budget-easy-budget-title") value=texts.title
                        max=super::MAX_TITLE error=sent.problem(&i18n, f::TITLE)/>
                    <TextArea name=f::SUMMARY label=i18n.t("budget-easy-budget-summary") value=texts.summary
                        max=super::MAX_TEXT rows=4 error=sent.problem(&i18n, f::SUMMARY) lang="sv"/>
                    {projects}
                    <button type="submit">{i18n.t("budget-easy-submit")}</button>
                </form>
                <p><a href=format!("/{lang}/budgets/{slug}/children")>{i18n.t("budget-easy-see")}</a></p>
            }
            .into_any())
        },
    )
}
