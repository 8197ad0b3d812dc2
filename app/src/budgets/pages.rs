//! Citizen budget pages: the residents' list and a budget's page (its projects, the ballot
//! while voting is open, the result once certified), and the staff's page of printed voting
//! codes. Plain forms, no island: everything works without JavaScript.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::credentials::EMAIL_FIELD;
use super::read::{self, kronor, BudgetView};
use super::stations::pages::{at_station, notice, request_headers};
use super::{Method, Phase};
use crate::domain::{AgeGroup, HomeArea};
use crate::forms::fields::{Checkbox, Checkboxes, Choice, Input, Resubmitted, TextArea};
use crate::i18n::{use_i18n, I18n};
use crate::lang::Lang;
use crate::site::{loaded, slug_param, PageTitle};
use crate::state::AppState;

/// The ballot form's field names.
pub mod fields {
    pub const CODE: &str = "code";
    pub const PROJECT: &str = "project";
    pub const AGE: &str = "age";
    pub const AREA: &str = "area";
    pub const COUNT: &str = "count";
    pub const PURPOSE: &str = "purpose";
    /// `yes` from the children's ballot; on the codes form, a batch for a class session.
    pub const CHILDREN: &str = "children";
}

/// `lang` attribute for text written in another language than the page's.
pub(super) fn other(i18n: &I18n, lang: Lang) -> Option<&'static str> {
    (lang != i18n.lang).then(|| lang.code())
}

/// The sentence that says where a budget stands.
fn phase_text(i18n: &I18n, view: &BudgetView) -> String {
    let date = |d| i18n.date(d).into();
    match view.phase {
        Phase::Information => i18n.t_with(
            "budget-phase-information",
            &[("date", date(view.dates.ideas_opens))],
        ),
        Phase::Ideas => i18n.t_with(
            "budget-phase-ideas",
            &[("date", date(view.dates.ideas_closes))],
        ),
        Phase::Review => i18n.t_with(
            "budget-phase-review",
            &[("date", date(view.dates.voting_opens))],
        ),
        Phase::Voting => i18n.t_with(
            "budget-phase-voting",
            &[("date", date(view.dates.voting_closes))],
        ),
        Phase::Counting => i18n.t("budget-phase-counting"),
        Phase::Result => i18n.t("budget-phase-result"),
    }
}

pub(super) fn today() -> chrono::NaiveDate {
    chrono::Utc::now()
        .with_timezone(&chrono_tz::Europe::Stockholm)
        .date_naive()
}

/// `/<lang>/budgets`: the published citizen budgets.
#[component]
pub fn BudgetsPage() -> impl IntoView {
    let i18n = use_i18n();
    let content = Suspend::new(async move {
        let result = async {
            let state = AppState::from_context()?;
            read::list(&state.db, i18n.lang, today()).await
        }
        .await
        .map_err(crate::error::ApiError::from);
        loaded(&i18n.clone(), result, |budgets| {
            let lang = i18n.lang.code();
            let empty = budgets
                .is_empty()
                .then(|| view! { <p>{i18n.t("budget-list-empty")}</p> });
            let items = budgets
                .into_iter()
                .map(|(slug, title_lang, title, _)| {
                    view! {
                        <li><a href=format!("/{lang}/budgets/{slug}") lang=other(&i18n, title_lang)>{title}</a></li>
                    }
                })
                .collect_view();
            view! {
                <PageTitle text=i18n.t("budget-nav")/>
                <h1>{i18n.t("budget-nav")}</h1>
                <p class="lead">{i18n.t("budget-list-intro")}</p>
                {empty}
                <ul class="budget-list">{items}</ul>
            }
        })
    });
    view! { <Suspense>{content}</Suspense> }
}

/// `/<lang>/budgets/<slug>`: a budget, its projects, the ballot while voting is open, the
/// result once certified.
#[component]
pub fn BudgetPage() -> impl IntoView {
    let i18n = use_i18n();
    let slug = slug_param();
    let (receipt, proposed, code_sent, follow) = use_query_map().with_untracked(|q| {
        (
            q.get("receipt"),
            q.get("proposed").is_some(),
            q.get("code-sent").is_some(),
            q.get("follow"),
        )
    });
    let resubmitted = use_context::<Resubmitted>();
    let headers = request_headers();
    let content = Suspend::new(async move {
        let result = async {
            let state = AppState::from_context()?;
            let view = read::view(&state.db, &slug, i18n.lang, today()).await?;
            let here = at_station(&state.db, headers.as_ref(), &slug).await;
            Ok::<_, crate::error::ServiceError>((view, here))
        }
        .await
        .map_err(crate::error::ApiError::from);
        loaded(&i18n.clone(), result, move |(view, at_station)| {
            let text_lang = other(&i18n, view.lang);
            let counted = receipt
                .filter(|r| r.starts_with("MB-") && r.len() <= 20)
                .map(|r| {
                    view! { <p class="notice" role="status">{i18n.t_with("budget-vote-counted", &[("receipt", r.into())])}</p> }
                });
            let thanks = proposed.then(
                || view! { <p class="notice" role="status">{i18n.t("budget-proposal-thanks")}</p> },
            );
            let votes = view.tally.as_ref();
            let projects = view
                .projects
                .iter()
                .map(|p| {
                    let result = votes.and_then(|t| t.projects.iter().find(|(id, _, _)| *id == p.id)).map(|(_, n, won)| {
                        let n = usize::try_from(*n).unwrap_or(usize::MAX);
                        view! {
                            <p class="budget-votes"><strong>{i18n.count("budget-result-votes", n)}</strong>
                            {won.then(|| view! { " · "<strong>{i18n.t("budget-result-won")}</strong> })}</p>
                        }
                    });
                    let decision = p.decision.clone().map(|(fund, reason)| {
                        let id = if fund { "budget-decision-funded" } else { "budget-decision-not-funded" };
                        view! { <p class="budget-decision"><strong>{i18n.t(id)}</strong>" "{reason}</p> }
                    });
                    let follow_up = (!p.milestones.is_empty()).then(|| view! { <FollowUp i18n=i18n.clone() milestones=p.milestones.clone()/> });
                    view! {
                        <li class="budget-project" id=format!("budget-project-{}", p.id)>
                            <h3 lang=other(&i18n, p.lang)>{p.title.clone()}</h3>
                            <p lang=other(&i18n, p.lang)>{p.description.clone()}</p>
                            <p>
                                {i18n.t_with("budget-project-cost", &[("amount", kronor(p.cost_sek).into())])}
                                {p.area.map(|a| view! { " · "{i18n.label("home-area", a.code())} })}
                            </p>
                            {result}
                            {decision}
                            {follow_up}
                        </li>
                    }
                })
                .collect_view();
            // A refused form comes back to itself: asking for a code, or for the result by
            // e-mail, or the ballot and the proposal form (which never show at once).
            let sent_in = |field: &str| {
                resubmitted
                    .clone()
                    .filter(|r| r.pairs.iter().any(|(k, _)| k == field))
            };
            let (for_code, for_follow) = (sent_in(EMAIL_FIELD), sent_in(super::follow::FIELD));
            let for_ballot = resubmitted
                .clone()
                .filter(|_| for_code.is_none() && for_follow.is_none());
            let mail_code = (view.phase == Phase::Voting && view.email_codes)
                .then(|| view! { <CodeByMailForm i18n=i18n.clone() slug=view.slug.clone() sent=for_code code_sent/> });
            let children = format!("/{}/budgets/{}/children", i18n.lang.code(), view.slug);
            let ballot = (view.phase == Phase::Voting).then(|| {
                view! {
                    {mail_code}
                    <BallotForm i18n=i18n.clone() view=view.clone() sent=for_ballot.clone()/>
                    <p><a href=children>{i18n.t("budget-children-link")}</a></p>
                }
            });
            let propose = (view.phase == Phase::Ideas)
                .then(|| view! { <ProposalForm i18n=i18n.clone() slug=view.slug.clone() sent=for_ballot.clone()/> });
            let follow_form = (view.phase != Phase::Result)
                .then(|| view! { <FollowForm i18n=i18n.clone() slug=view.slug.clone() sent=for_follow follow=follow.clone()/> });
            let proposals = view
                .proposals
                .iter()
                .any(|p| p.status != super::service::ON_BALLOT)
                .then(|| view! { <Proposals i18n=i18n.clone() view=view.clone()/> });
            let digest = votes.map(|t| {
                let n = usize::try_from(t.ballots).unwrap_or(usize::MAX);
                let text = i18n.t_with(
                    "budget-result-ballots",
                    &[("count", n.into()), ("digest", t.digest.clone().into())],
                );
                let file = format!("/budgets/{}/ballots.pb", view.slug);
                view! {
                    <h2 id="result">{i18n.t("budget-result-heading")}</h2>
                    <p class="digest">{text}</p>
                    <p><a href=file>{i18n.t("budget-result-file")}</a></p>
                    <Figures i18n=i18n.clone() tally=t.clone()/>
                }
            });
            view! {
                <PageTitle text=view.title.clone()/>
                <h1 lang=text_lang>{view.title.clone()}</h1>
                {counted}
                {notice(&i18n, at_station.clone())}
                {thanks}
                <p class="lead" lang=text_lang>{view.summary.clone()}</p>
                <p><strong>{i18n.t_with("budget-total", &[("amount", kronor(view.total_sek).into())])}</strong></p>
                <p>{phase_text(&i18n, &view)}</p>
                <h2>{i18n.t("budget-eligibility")}</h2>
                <p lang=text_lang>{view.eligibility.clone()}</p>
                <p>{i18n.t_with("budget-decided-by", &[("who", view.decided_by.clone().into()), ("number", view.diarienummer.clone().into())])}</p>
                {digest}
                <h2>{i18n.t("budget-projects")}</h2>
                <ul class="budget-projects">{projects}</ul>
                {ballot}
                {propose}
                {proposals}
                {follow_form}
            }
        })
    });
    view! { <Suspense>{content}</Suspense> }
}

/// The result by e-mail, before it is out: one address, confirmed from a mailed link. Apart
/// from the ballot, so nothing ties an address to a vote. `follow`: `asked` or `confirmed`
/// after the forms.
#[component]
fn FollowForm(
    i18n: I18n,
    slug: String,
    sent: Option<Resubmitted>,
    follow: Option<String>,
) -> impl IntoView {
    use super::follow::FIELD;
    let sent = sent.unwrap_or_default();
    let done = follow.and_then(|f| match f.as_str() {
        "asked" => Some(i18n.t("budget-follow-asked")),
        "confirmed" => Some(i18n.t("budget-follow-confirmed")),
        _ => None,
    });
    let done = done.map(|d| view! { <p class="notice" role="status">{d}</p> });
    let action = format!("/{}/budgets/{slug}/follow", i18n.lang.code());
    view! {
        <h2 id="follow">{i18n.t("budget-follow-heading")}</h2>
        <p>{i18n.t("budget-follow-intro")}</p>
        {done}
        <form method="post" action=action class="follow">
            <Input name=FIELD label=i18n.t("budget-follow-email") kind="email" value=sent.value(FIELD)
                max=crate::forms::MAX_EMAIL_CHARS error=sent.problem(&i18n, FIELD) required=true autocomplete="email"/>
            <button type="submit">{i18n.t("budget-follow-submit")}</button>
        </form>
    }
}

/// `/<lang>/budget-result/<token>`: the mailed link's page, one button that confirms (a link
/// alone does not: mail scanners open links).
#[component]
pub fn FollowConfirmPage() -> impl IntoView {
    let i18n = use_i18n();
    let token = leptos_router::hooks::use_params_map()
        .with_untracked(|p| p.get("token").unwrap_or_default());
    let content = Suspend::new(async move {
        let result = async {
            let state = AppState::from_context()?;
            super::follow::by_token(&state.db, &token, i18n.lang).await
        }
        .await
        .map_err(crate::error::ApiError::from);
        loaded(&i18n.clone(), result, move |(_, title, confirmed)| {
            let body = if confirmed {
                view! { <p role="status">{i18n.t("budget-follow-confirmed")}</p> }.into_any()
            } else {
                view! {
                    <form method="post">
                        <button type="submit">{i18n.t("budget-follow-confirm-submit")}</button>
                    </form>
                }
                .into_any()
            };
            view! {
                <PageTitle text=i18n.t("outcome-confirm-title")/>
                <h1>{i18n.t("outcome-confirm-title")}</h1>
                <p>{i18n.t_with("budget-follow-confirm-text", &[("title", title.into())])}</p>
                {body}
            }
        })
    });
    view! { <Suspense>{content}</Suspense> }
}

/// Who voted: ballots per age group (children under 13 and 13–17 apart) and per channel, from
/// what each voter chose to say. Shown with the certified result only.
#[component]
fn Figures(i18n: I18n, tally: read::Tally) -> impl IntoView {
    let rows = |rows: Vec<(String, u64)>| {
        rows.into_iter()
            .map(|(label, n)| view! { <tr><th scope="row">{label}</th><td>{n.to_string()}</td></tr> })
            .collect_view()
    };
    let ages = tally
        .by_age
        .iter()
        .map(|(age, n)| {
            let label = match age {
                Some(a) => i18n.label("age", a.code()),
                None => i18n.t("budget-figures-not-said"),
            };
            (label, *n)
        })
        .collect();
    let channels = tally
        .by_channel
        .iter()
        .map(|(c, n)| (i18n.label("budget-channel", c), *n))
        .collect();
    let kinds = tally
        .by_kind
        .iter()
        .map(|(k, n)| (i18n.label("budget-credential-kind", k), *n))
        .collect();
    let table = |caption: String, head: String, body| {
        view! {
            <table class="figures">
                <caption>{caption}</caption>
                <thead><tr><th scope="col">{head}</th><th scope="col">{i18n.t("budget-figures-ballots")}</th></tr></thead>
                <tbody>{body}</tbody>
            </table>
        }
    };
    view! {
        <h3>{i18n.t("budget-figures-heading")}</h3>
        <p class="hint">{i18n.t("budget-figures-intro")}</p>
        {table(i18n.t("budget-figures-by-age"), i18n.t("budget-vote-age"), rows(ages))}
        {table(i18n.t("budget-figures-by-channel"), i18n.t("budget-figures-channel"), rows(channels))}
        {table(i18n.t("budget-figures-by-kind"), i18n.t("budget-figures-kind"), rows(kinds))}
    }
}

/// A funded project's follow-up: its status (the newest milestone) and every step, dated.
#[component]
fn FollowUp(i18n: I18n, milestones: Vec<super::followup::Milestone>) -> impl IntoView {
    let now = milestones
        .last()
        .map(|m| i18n.label("budget-followup-status", &m.status))
        .unwrap_or_default();
    let steps = milestones
        .into_iter()
        .map(|m| {
            let date = m.on_date.format("%Y-%m-%d").to_string();
            view! {
                <li>
                    <time datetime=date>{i18n.date(m.on_date)}</time>" · "
                    {i18n.label("budget-followup-status", &m.status)}": "
                    <span lang=other(&i18n, m.lang)>{m.note}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <h4>{i18n.t("budget-followup-heading")}</h4>
        <p><strong>{i18n.t_with("budget-followup-now", &[("status", now.into())])}</strong></p>
        <ol class="milestones">{steps}</ol>
    }
}

/// Where the budget offers it: a one-time voting code sent to an address. After a request the
/// page says a code is on its way unless the address has had one (the same words either way).
#[component]
fn CodeByMailForm(
    i18n: I18n,
    slug: String,
    sent: Option<Resubmitted>,
    code_sent: bool,
) -> impl IntoView {
    let sent = sent.unwrap_or_default();
    let done = code_sent
        .then(|| view! { <p class="notice" role="status">{i18n.t("budget-code-sent")}</p> });
    let action = format!("/{}/budgets/{slug}/code", i18n.lang.code());
    view! {
        <h2 id="code-by-mail">{i18n.t("budget-code-heading")}</h2>
        <p>{i18n.t("budget-code-intro")}</p>
        {done}
        <form method="post" action=action class="code-by-mail">
            <Input name=EMAIL_FIELD label=i18n.t("budget-code-email") kind="email" value=sent.value(EMAIL_FIELD)
                max=crate::forms::MAX_EMAIL_CHARS error=sent.problem(&i18n, EMAIL_FIELD) required=true autocomplete="email"/>
            <button type="submit">{i18n.t("budget-code-submit")}</button>
        </form>
    }
}

/// Above a refused ballot (from either ballot form): that it was not counted, and why.
pub(super) fn refused_ballot(i18n: &I18n, sent: &Resubmitted) -> impl IntoView {
    (!sent.pairs.is_empty()).then(|| {
        view! {
            <div class="error-summary" role="alert" id="form-errors" tabindex="-1">
                <p><strong>{i18n.t("budget-vote-refused")}</strong></p>
                <p>{i18n.t(sent.summary_id)}</p>
            </div>
        }
    })
}

/// The projects a refused ballot had ticked, to tick them again.
pub(super) fn chosen_projects(sent: &Resubmitted) -> Vec<String> {
    sent.pairs
        .iter()
        .filter(|(k, _)| k == fields::PROJECT)
        .map(|(_, v)| v.clone())
        .collect()
}

/// The ballot: the voting code, the projects as checkboxes, and the optional facts. Posted to
/// the budget's own address; a refused ballot comes back with everything kept.
#[component]
fn BallotForm(i18n: I18n, view: BudgetView, sent: Option<Resubmitted>) -> impl IntoView {
    let sent = sent.unwrap_or_default();
    let (refused, chosen) = (refused_ballot(&i18n, &sent), chosen_projects(&sent));
    let how = match view.method {
        // The message counts by `$max` (the number of choices), not `$count`.
        Method::Approval { max } => {
            i18n.t_with("budget-vote-choose-approval", &[("max", max.into())])
        }
        Method::Knapsack => i18n.t_with(
            "budget-vote-choose-knapsack",
            &[("amount", kronor(view.total_sek).into())],
        ),
    };
    let options = view
        .projects
        .iter()
        .map(|p| {
            (
                p.id.to_string(),
                format!("{} ({} kr)", p.title, kronor(p.cost_sek)),
            )
        })
        .collect();
    let ages = AgeGroup::ALL
        .iter()
        .map(|a| (a.code().to_string(), i18n.label("age", a.code())))
        .collect();
    let areas = HomeArea::ALL
        .iter()
        .map(|a| (a.code().to_string(), i18n.label("home-area", a.code())))
        .collect();
    let action = format!("/{}/budgets/{}", i18n.lang.code(), view.slug);
    // Where the district accepts open voting, the code is not needed.
    let code_hint = if view.open_voting {
        "budget-vote-code-hint-open"
    } else {
        "budget-vote-code-hint"
    };
    view! {
        <h2 id="vote">{i18n.t("budget-vote-heading")}</h2>
        {refused}
        <form method="post" action=action class="ballot">
            <Input name=fields::CODE label=i18n.t("budget-vote-code") value=sent.value(fields::CODE) max=20
                hint=Some(i18n.t(code_hint)) required=!view.open_voting/>
            <p class="hint" id="ballot-how">{how}</p>
            <Checkboxes name=fields::PROJECT legend=i18n.t("budget-projects") options checked=chosen/>
            <Choice name=fields::AGE label=i18n.t("budget-vote-age") options=ages selected=sent.value(fields::AGE) none=Some(i18n.t("form-not-answered")) error=None/>
            <Choice name=fields::AREA label=i18n.t("budget-vote-area") options=areas selected=sent.value(fields::AREA) none=Some(i18n.t("form-not-answered")) error=None/>
            <button type="submit">{i18n.t("budget-vote-submit")}</button>
        </form>
    }
}

/// The residents' proposals not on the ballot (those are the projects above), each with how
/// the review went: waiting, merged into another (a link to it), or kept off the ballot with
/// the reason.
#[component]
fn Proposals(i18n: I18n, view: BudgetView) -> impl IntoView {
    let items = view
        .proposals
        .iter()
        .filter(|p| p.status != super::service::ON_BALLOT)
        .map(|p| {
            let outcome = match p.status.as_str() {
                super::proposals::DECLINED => view! {
                    <p><strong>{i18n.t("budget-proposal-declined")}</strong>" "{p.reason.clone()}</p>
                }
                .into_any(),
                super::proposals::MERGED => {
                    // What it became: a project on the ballot, or another proposal.
                    let into = p.merged_into.unwrap_or_default();
                    let (href, title) = match view.projects.iter().find(|o| o.id == into) {
                        Some(project) => (format!("#budget-project-{into}"), project.title.clone()),
                        None => (
                            format!("#proposal-{into}"),
                            view.proposals
                                .iter()
                                .find(|o| o.id == into)
                                .map(|o| o.title.clone())
                                .unwrap_or_default(),
                        ),
                    };
                    view! {
                        <p><strong>{i18n.t("budget-proposal-merged")}</strong>" "
                        <a href=href>{title}</a>". "{p.reason.clone()}</p>
                    }
                    .into_any()
                }
                _ => view! { <p>{i18n.t("budget-proposal-open")}</p> }.into_any(),
            };
            let estimate = p.estimate_sek.map(|e| {
                view! { <p>{i18n.t_with("budget-proposal-estimate", &[("amount", kronor(e).into())])}</p> }
            });
            view! {
                <li class="budget-project" id=format!("proposal-{}", p.id)>
                    <h3 lang=other(&i18n, p.lang)>{p.title.clone()}</h3>
                    <p lang=other(&i18n, p.lang)>{p.description.clone()}</p>
                    {estimate}
                    {outcome}
                </li>
            }
        })
        .collect_view();
    view! {
        <h2 id="proposals">{i18n.t("budget-proposals")}</h2>
        <ul class="budget-projects">{items}</ul>
    }
}

/// The proposal form, while ideas are open: no account, plain HTML. The contact is optional and
/// said to be seen by staff only, and erased after the decision.
#[component]
fn ProposalForm(i18n: I18n, slug: String, sent: Option<Resubmitted>) -> impl IntoView {
    use super::proposals::{fields as f, MAX_CONTACT, MAX_DESCRIPTION, MAX_TITLE};
    let sent = sent.unwrap_or_default();
    let summary =
        (!sent.problems.is_empty() || !sent.pairs.is_empty()).then(|| sent.summary(&i18n));
    let areas = HomeArea::ALL
        .iter()
        .map(|a| (a.code().to_string(), i18n.label("home-area", a.code())))
        .collect();
    let action = format!("/{}/budgets/{slug}/proposals", i18n.lang.code());
    view! {
        <h2 id="propose">{i18n.t("budget-proposal-heading")}</h2>
        <p>{i18n.t("budget-proposal-intro")}</p>
        {summary}
        <form method="post" action=action class="proposal">
            <Input name=f::TITLE label=i18n.t("budget-proposal-title") value=sent.value(f::TITLE) max=MAX_TITLE
                error=sent.problem(&i18n, f::TITLE) required=true/>
            <TextArea name=f::DESCRIPTION label=i18n.t("budget-proposal-description") value=sent.value(f::DESCRIPTION)
                max=MAX_DESCRIPTION rows=6 error=sent.problem(&i18n, f::DESCRIPTION)/>
            <Choice name=f::AREA label=i18n.t("budget-proposal-area") options=areas selected=sent.value(f::AREA)
                none=Some(i18n.t("budget-proposal-whole-district")) error=None/>
            <Input name=f::ESTIMATE label=i18n.t("budget-proposal-estimate-label") kind="number" value=sent.value(f::ESTIMATE) max=9
                hint=Some(i18n.t("budget-proposal-estimate-hint"))/>
            <Input name=f::CONTACT label=i18n.t("budget-proposal-contact") value=sent.value(f::CONTACT) max=MAX_CONTACT
                hint=Some(i18n.t("budget-proposal-contact-hint")) error=sent.problem(&i18n, f::CONTACT)/>
            <Checkbox id=f::OUTCOME name=f::OUTCOME label=i18n.t("budget-proposal-outcome")
                hint=Some(i18n.t("budget-proposal-outcome-hint")) checked=sent.value(f::OUTCOME) == "yes"/>
            <button type="submit">{i18n.t("budget-proposal-submit")}</button>
        </form>
    }
}
