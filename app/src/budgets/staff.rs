//! Citizen budget pages for staff: the list of budgets with what each role may do there,
//! printed voting codes, paper ballots entered twice, and the administrator's certificate.
//! Plain forms: everything works without JavaScript.

use leptos::prelude::*;

use super::pages::{fields, other, today};
use super::paper::Entered;
use super::read::{self, kronor};
use super::Phase;
use crate::access::{cap, Area, Grant};
use crate::domain::{AgeGroup, HomeArea};
use crate::forms::fields::{Checkbox, Checkboxes, Choice, Csrf, Input, Resubmitted, TextArea};
use crate::i18n::I18n;
use crate::site::staff::staff_page;
use crate::site::{slug_param, PageTitle};

/// Codes just issued, handed to the codes page to print: the count's purpose and the codes.
#[derive(Debug, Clone, Default)]
pub struct Issued {
    pub purpose: String,
    pub codes: Vec<String>,
    /// For a class session: the slips send the children to their ballot, in easy Swedish.
    pub class_session: bool,
}

/// What the last paper entry led to, handed to the paper page that answers it.
#[derive(Debug, Clone)]
pub struct PaperDone(pub Entered);

/// A phase's short name, for lists.
fn phase_name(i18n: &I18n, phase: Phase) -> String {
    let code = match phase {
        Phase::Information => "information",
        Phase::Ideas => "ideas",
        Phase::Review => "review",
        Phase::Voting => "voting",
        Phase::Counting => "counting",
        Phase::Result => "result",
    };
    i18n.label("budget-phase-name", code)
}

/// `/<lang>/staff/budgets`: every budget, its phase, and the pages the role may open for it
/// (paper ballots for all staff, codes for editors, the certificate for administrators).
#[component]
pub fn StaffBudgetsPage() -> impl IntoView {
    staff_page(move |i18n, state, me: Grant<cap::EnterViews>| async move {
        let budgets = read::staff_list(&state.db, today()).await?;
        let lang = i18n.lang.code();
        let rows = budgets
            .into_iter()
            .map(|b| {
                let base = format!("/{lang}/staff/budgets/{}", b.slug);
                let title = if b.published {
                    view! { <a href=format!("/{lang}/budgets/{}", b.slug) lang="sv">{b.title.clone()}</a> }.into_any()
                } else {
                    view! { <span lang="sv">{b.title.clone()}</span>" ("{i18n.t("budget-staff-unpublished")}")" }.into_any()
                };
                let mut links = vec![
                    (format!("{base}/proposals"), i18n.t("budget-review-title")),
                    (format!("{base}/paper"), i18n.t("budget-paper-title")),
                ];
                if me.role.may(Area::Dialogues) {
                    links.insert(0, (format!("{base}/edit"), i18n.t("budget-editor-edit-title")));
                    links.push((format!("{base}/codes"), i18n.t("budget-codes-title")));
                    links.push((format!("{base}/stations"), i18n.t("budget-station-title")));
                    links.push((format!("{base}/children"), i18n.t("budget-easy-title")));
                }
                if me.role.may(Area::Accounts) && b.phase >= Phase::Counting {
                    links.push((format!("{base}/certify"), i18n.t("budget-certify-title")));
                }
                if me.role.may(Area::Dialogues) && b.phase == Phase::Result {
                    links.push((format!("{base}/follow-up"), i18n.t("budget-followup-title")));
                }
                let links = links
                    .into_iter()
                    .map(|(href, text)| view! { <li><a href=href>{text}</a></li> })
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row">{title}</th>
                        <td>{phase_name(&i18n, b.phase)}</td>
                        <td><ul class="inline-list">{links}</ul></td>
                    </tr>
                }
            })
            .collect_view();
        let new = me.role.may(Area::Dialogues).then(|| {
            view! { <p><a href=format!("/{lang}/staff/budgets/new")>{i18n.t("budget-editor-new-title")}</a></p> }
        });
        Ok(view! {
            <PageTitle text=i18n.t("budget-staff-title")/>
            <h1>{i18n.t("budget-staff-title")}</h1>
            {new}
            <table>
                <caption class="visually-hidden">{i18n.t("budget-staff-title")}</caption>
                <thead><tr>
                    <th scope="col">{i18n.t("budget-staff-budget")}</th>
                    <th scope="col">{i18n.t("budget-staff-phase")}</th>
                    <th scope="col">{i18n.t("budget-staff-actions")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any())
    })
}

/// `/<lang>/staff/budgets/<slug>/paper`: a paper ballot typed in. Two different people enter
/// each sheet; it counts when their entries agree. The page says what the last entry led to
/// and how many sheets wait.
#[component]
pub fn PaperPage() -> impl IntoView {
    let slug = slug_param();
    let done = use_context::<PaperDone>();
    let refused = use_context::<Resubmitted>();
    staff_page(move |i18n, state, me: Grant<cap::EnterViews>| async move {
        let b = read::staff_budget(&state.db, &slug, today()).await?;
        let view = read::view(&state.db, &slug, i18n.lang, today()).await?;
        let (once, disagree) = super::paper::waiting(&state.db, b.id).await?;
        let lang = i18n.lang.code();
        let outcome = done.map(|PaperDone(entered)| {
            let text = match entered {
                Entered::First => i18n.t("budget-paper-first"),
                Entered::Counted(receipt) => {
                    i18n.t_with("budget-paper-counted", &[("receipt", receipt.into())])
                }
                Entered::Disagree => i18n.t("budget-paper-disagree"),
            };
            view! { <p class="notice" role="status">{text}</p> }
        });
        let sent = refused.clone().unwrap_or_default();
        let error = refused.map(|r| {
            view! {
                <div class="error-summary" role="alert" id="form-errors" tabindex="-1">
                    <p><strong>{i18n.t("budget-paper-refused")}</strong></p>
                    <p>{i18n.t(r.summary_id)}</p>
                </div>
            }
        });
        let chosen: Vec<String> = sent
            .pairs
            .iter()
            .filter(|(k, _)| k == fields::PROJECT)
            .map(|(_, v)| v.clone())
            .collect();
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
        let open = matches!(b.phase, Phase::Voting | Phase::Counting);
        let form = open.then(|| {
            view! {
                <form method="post" action=format!("/{lang}/staff/budgets/{slug}/paper")>
                    <Csrf token=me.csrf.clone()/>
                    <Input name=fields::CODE label=i18n.t("budget-paper-code") value=sent.value(fields::CODE) max=20 required=true/>
                    <Checkboxes name=fields::PROJECT legend=i18n.t("budget-paper-projects") options checked=chosen/>
                    <Choice name=fields::AGE label=i18n.t("budget-vote-age") options=ages selected=sent.value(fields::AGE) none=Some(i18n.t("form-not-answered")) error=None/>
                    <Choice name=fields::AREA label=i18n.t("budget-vote-area") options=areas selected=sent.value(fields::AREA) none=Some(i18n.t("form-not-answered")) error=None/>
                    <button type="submit">{i18n.t("budget-paper-submit")}</button>
                </form>
            }
        });
        let closed = (!open).then(|| view! { <p>{i18n.t("budget-paper-closed")}</p> });
        Ok(view! {
            <PageTitle text=i18n.t("budget-paper-title")/>
            <h1>{i18n.t("budget-paper-title")}</h1>
            <p class="lead" lang=other(&i18n, view.lang)>{view.title.clone()}</p>
            <p class="hint">{i18n.t("budget-paper-intro")}</p>
            {outcome}
            {error}
            <p>{i18n.t_with("budget-paper-waiting", &[("once", once.into()), ("disagree", disagree.into())])}</p>
            {form}
            {closed}
        }
        .into_any())
    })
}

/// `/<lang>/staff/budgets/<slug>/proposals`: the residents' proposals. Moderators publish or
/// hide those waiting; editors review the published ones before voting opens (onto the ballot
/// with a cost, merged into a similar one, or kept off with a reason the residents see). The
/// proposer's contact is shown here only, until it is erased.
#[component]
pub fn ProposalsPage() -> impl IntoView {
    use super::proposals::{self as p, fields as f};
    let slug = slug_param();
    let refused = use_context::<Resubmitted>();
    let entered = leptos_router::hooks::use_query_map()
        .get_untracked()
        .get("entered")
        .and_then(|id| id.parse::<i32>().ok());
    staff_page(move |i18n, state, me: Grant<cap::EnterViews>| async move {
        let b = read::staff_budget(&state.db, &slug, today()).await?;
        let proposals = p::list(&state.db, b.id, true).await?;
        let lang = i18n.lang.code();
        let base = format!("/{lang}/staff/budgets/{slug}/proposals");
        let moderates = me.role.may(Area::Moderation);
        let reviews = me.role.may(Area::Dialogues) && b.phase < Phase::Voting;
        let error = refused.as_ref().map(|r| r.summary(&i18n));
        let sent = refused.clone().unwrap_or_default();
        let targets: Vec<(String, String)> = proposals
            .iter()
            .filter(|o| [p::OPEN, super::service::ON_BALLOT].contains(&o.status.as_str()))
            .map(|o| (o.id.to_string(), format!("{} (#{})", o.title, o.id)))
            .collect();
        let empty = proposals
            .is_empty()
            .then(|| view! { <p>{i18n.t("budget-review-empty")}</p> });
        let items = proposals
            .into_iter()
            .map(|o| {
                let status = i18n.label("budget-review-status", &o.status);
                let contact = o.contact.clone().map(|c| {
                    view! { <p>{i18n.t("budget-proposal-contact")}": "<span>{c}</span></p> }
                });
                let estimate = o.estimate_sek.map(|e| {
                    view! { <p>{i18n.t_with("budget-proposal-estimate", &[("amount", kronor(e).into())])}</p> }
                });
                let action = format!("{base}/{}", o.id);
                let moderate = (moderates && o.status == p::PROPOSED).then(|| {
                    view! {
                        <form method="post" action=format!("{action}/moderate") class="inline-form">
                            <Csrf token=me.csrf.clone()/>
                            <button type="submit" name=f::DECISION value="publish">{i18n.t("budget-review-publish")}</button>
                            " "
                            <button type="submit" name=f::DECISION value="hide" class="secondary">{i18n.t("budget-review-hide")}</button>
                        </form>
                    }
                });
                let review = (reviews && o.status == p::OPEN).then(|| {
                    let decisions = ["ballot", "decline", "merge"]
                        .iter()
                        .map(|d| (d.to_string(), i18n.label("budget-review-decision", d)))
                        .collect();
                    let into: Vec<(String, String)> = targets
                        .iter()
                        .filter(|(id, _)| *id != o.id.to_string())
                        .cloned()
                        .collect();
                    let name = |field: &str| format!("{field}-{}", o.id);
                    let (decision, cost, target, reason) =
                        (name(f::DECISION), name(f::COST), name(f::INTO), name(f::REASON));
                    view! {
                        <form method="post" action=format!("{action}/review")>
                            <Csrf token=me.csrf.clone()/>
                            <Choice name=decision.clone() label=i18n.t("budget-review-decision") options=decisions selected=sent.value(&decision)
                                none=Some(i18n.t("form-not-answered")) error=sent.problem(&i18n, &decision)/>
                            <Input name=cost.clone() label=i18n.t("budget-review-cost") kind="number" max=9 value=sent.value(&cost)
                                error=sent.problem(&i18n, &cost)/>
                            <Choice name=target.clone() label=i18n.t("budget-review-into") options=into selected=sent.value(&target)
                                none=Some(i18n.t("form-not-answered")) error=None/>
                            <TextArea name=reason.clone() label=i18n.t("budget-review-reason") max=p::MAX_REASON rows=3 value=sent.value(&reason)
                                error=sent.problem(&i18n, &reason)/>
                            <button type="submit">{i18n.t("budget-review-submit")}</button>
                        </form>
                    }
                });
                view! {
                    <li class="budget-project" id=format!("proposal-{}", o.id)>
                        <h2 lang=other(&i18n, o.lang)>{format!("#{} ", o.id)}{o.title.clone()}</h2>
                        <p lang=other(&i18n, o.lang)>{o.description.clone()}</p>
                        {estimate}
                        <p>{i18n.t("budget-review-state")}": "<strong>{status}</strong>
                            {o.reason.clone().map(|r| view! { " · "{r} })}</p>
                        {contact}
                        {moderate}
                        {review}
                    </li>
                }
            })
            .collect_view();
        let entered = entered.map(|id| {
            view! { <p class="notice" role="status">{i18n.t_with("budget-enter-done", &[("number", id.into())])}</p> }
        });
        let enter = (b.phase == Phase::Ideas).then(|| enter_form(&i18n, &base, &me.csrf, &sent));
        Ok(view! {
            <PageTitle text=i18n.t("budget-review-title")/>
            <h1>{i18n.t("budget-review-title")}</h1>
            <p class="lead" lang="sv">{b.title}</p>
            <p class="hint">{i18n.t("budget-review-intro")}</p>
            {entered}
            {error}
            {empty}
            <ul class="budget-projects">{items}</ul>
            {enter}
        }
        .into_any())
    })
}

/// The form for a proposal that came on paper, by phone or at a meeting: typed in as written,
/// in the language it was written in, then moderated and reviewed like the others.
fn enter_form(i18n: &I18n, base: &str, csrf: &str, sent: &Resubmitted) -> impl IntoView {
    use super::proposals::{fields as f, MAX_CONTACT, MAX_DESCRIPTION, MAX_TITLE};
    use crate::domain::Channel;
    let channels = [Channel::Paper, Channel::Phone, Channel::Meeting]
        .iter()
        .map(|c| (c.code().to_string(), i18n.label("channel", c.code())))
        .collect();
    let languages = crate::lang::Lang::ALL
        .iter()
        .map(|l| (l.code().to_string(), l.native_name().to_string()))
        .collect();
    let areas = HomeArea::ALL
        .iter()
        .filter(|a| !matches!(a, HomeArea::Elsewhere | HomeArea::PreferNotToSay))
        .map(|a| (a.code().to_string(), i18n.label("home-area", a.code())))
        .collect();
    let written = match sent.value(f::TEXT_LANG) {
        lang if lang.is_empty() => "sv".to_string(),
        lang => lang,
    };
    view! {
        <section aria-labelledby="enter-heading">
            <h2 id="enter-heading">{i18n.t("budget-enter-heading")}</h2>
            <p class="hint">{i18n.t("budget-enter-intro")}</p>
            <form method="post" action=base.to_string()>
                <Csrf token=csrf.to_string()/>
                <Choice name=f::CHANNEL label=i18n.t("budget-enter-channel") options=channels selected=sent.value(f::CHANNEL)
                    error=sent.problem(i18n, f::CHANNEL)/>
                <Choice name=f::TEXT_LANG label=i18n.t("budget-enter-language") options=languages selected=written own_lang=true
                    error=None/>
                <Input name=f::TITLE label=i18n.t("budget-editor-title") max=MAX_TITLE value=sent.value(f::TITLE)
                    error=sent.problem(i18n, f::TITLE) required=true/>
                <TextArea name=f::DESCRIPTION label=i18n.t("budget-enter-description") max=MAX_DESCRIPTION rows=5
                    value=sent.value(f::DESCRIPTION) error=sent.problem(i18n, f::DESCRIPTION)/>
                <Choice name=f::AREA label=i18n.t("budget-editor-area") options=areas selected=sent.value(f::AREA)
                    none=Some(i18n.t("budget-proposal-whole-district")) error=None/>
                <Input name=f::ESTIMATE label=i18n.t("budget-enter-estimate") kind="number" max=12
                    value=sent.value(f::ESTIMATE) error=None/>
                <Input name=f::CONTACT label=i18n.t("budget-enter-contact") max=MAX_CONTACT
                    value=sent.value(f::CONTACT) error=sent.problem(i18n, f::CONTACT)/>
                <button type="submit">{i18n.t("budget-enter-submit")}</button>
            </form>
        </section>
    }
}

/// `/<lang>/staff/budgets/<slug>/certify`: the administrator counts and certifies the result
/// once voting is over. Nothing is counted before the button is pressed, and nothing shown.
#[component]
pub fn CertifyPage() -> impl IntoView {
    let slug = slug_param();
    staff_page(
        move |i18n, state, admin: Grant<cap::ManageAccounts>| async move {
            let b = read::staff_budget(&state.db, &slug, today()).await?;
            let lang = i18n.lang.code();
            let body = match b.phase {
            Phase::Counting => view! {
                <p>{i18n.t("budget-certify-intro")}</p>
                <form method="post" action=format!("/{lang}/staff/budgets/{slug}/certify")>
                    <Csrf token=admin.csrf.clone()/>
                    <button type="submit">{i18n.t("budget-certify-submit")}</button>
                </form>
            }
            .into_any(),
            Phase::Result => view! {
                <p>{i18n.t("budget-certify-done")}</p>
                <p><a href=format!("/{lang}/budgets/{slug}")>{i18n.t("budget-certify-see")}</a></p>
                <p><a href=format!("/{lang}/staff/budgets/{slug}/follow-up")>{i18n.t("budget-followup-title")}</a></p>
            }
            .into_any(),
            _ => view! { <p>{i18n.t("budget-certify-not-yet")}</p> }.into_any(),
        };
            Ok(view! {
                <PageTitle text=i18n.t("budget-certify-title")/>
                <h1>{i18n.t("budget-certify-title")}</h1>
                <p class="lead" lang="sv">{b.title}</p>
                {body}
            }
            .into_any())
        },
    )
}

/// `/<lang>/staff/budgets/<slug>/codes`: issue a batch of printed voting codes, then print the
/// sheet of slips (editors and administrators). The codes are shown once, on the answer to the
/// form; only their hashes are kept.
#[component]
pub fn CodesPage() -> impl IntoView {
    let slug = slug_param();
    let issued = use_context::<Issued>();
    let refused = use_context::<Resubmitted>();
    staff_page(
        move |i18n, state, editor: Grant<cap::EditDialogues>| async move {
            let title = read::staff_budget(&state.db, &slug, today()).await?.title;
            let lang = i18n.lang.code();
            let address = format!(
                "{}/{lang}/budgets/{slug}",
                state.mail.public_url.trim_end_matches('/')
            );
            let sheet = issued.map(|issued| {
                let heading = i18n.t_with(
                    "budget-codes-sheet",
                    &[
                        ("count", issued.codes.len().into()),
                        ("purpose", issued.purpose.clone().into()),
                    ],
                );
                // A class session's slips send the children to their own ballot, in easy
                // Swedish whatever the staff member's language: they are for the children.
                let (slip_text, slip_lang) = if issued.class_session {
                    let sv = crate::i18n::I18n::new(crate::lang::Lang::Sv, state.translations.clone());
                    let text = sv.t_with(
                        "budget-code-slip-children",
                        &[("address", format!("{address}/children").into())],
                    );
                    (text, other(&i18n, crate::lang::Lang::Sv))
                } else {
                    let text = i18n.t_with(
                        "budget-code-slip",
                        &[("title", title.clone().into()), ("address", address.clone().into())],
                    );
                    (text, None)
                };
                let slips = issued
                    .codes
                    .into_iter()
                    .map(|code| view! { <li class="code-slip"><p lang=slip_lang>{slip_text.clone()}</p><p class="code">{code}</p></li> })
                    .collect_view();
                view! { <h2>{heading}</h2><ul class="code-slips">{slips}</ul> }
            });
            let error = refused.map(|_| view! { <p class="error-summary" role="alert">{i18n.t("budget-codes-error")}</p> });
            Ok(view! {
                <PageTitle text=i18n.t("budget-codes-title")/>
                <h1>{i18n.t("budget-codes-title")}</h1>
                <p class="lead" lang="sv">{title}</p>
                <p class="hint">{i18n.t("budget-codes-intro")}</p>
                {error}
                <form method="post" action=format!("/{lang}/staff/budgets/{slug}/codes") class="no-print">
                    <Csrf token=editor.csrf.clone()/>
                    <Input name=fields::COUNT label=i18n.t("budget-codes-count") kind="number" value="30".to_string() max=4 required=true/>
                    <Input name=fields::PURPOSE label=i18n.t("budget-codes-purpose") max=200 required=true/>
                    <Checkbox id=fields::CHILDREN name=fields::CHILDREN label=i18n.t("budget-codes-class")
                        hint=Some(i18n.t("budget-codes-class-hint")) checked=false/>
                    <button type="submit">{i18n.t("budget-codes-submit")}</button>
                </form>
                {sheet}
            }
            .into_any())
        },
    )
}

/// `/<lang>/staff/budgets/<slug>/follow-up`: after the certified count. Administrators record
/// the council's decision where it differs from the count (always with a reason, published);
/// editors add milestones to the funded projects. One form per project; refused fields carry
/// the project's id.
#[component]
pub fn FollowUpPage() -> impl IntoView {
    use super::followup::{fields as f, MAX_NOTE, MAX_REASON, STATUSES};
    let slug = slug_param();
    let refused = use_context::<Resubmitted>();
    staff_page(
        move |i18n, state, editor: Grant<cap::EditDialogues>| async move {
            let b = read::staff_budget(&state.db, &slug, today()).await?;
            let lang = i18n.lang.code();
            if b.phase != Phase::Result {
                return Ok(view! {
                    <PageTitle text=i18n.t("budget-followup-title")/>
                    <h1>{i18n.t("budget-followup-title")}</h1>
                    <p class="lead" lang="sv">{b.title}</p>
                    <p>{i18n.t("budget-followup-not-yet")}</p>
                }
                .into_any());
            }
            let view = read::view(&state.db, &slug, i18n.lang, today()).await?;
            let decides = editor.role.may(Area::Accounts);
            let error = refused.as_ref().map(|r| r.summary(&i18n));
            let sent = refused.clone().unwrap_or_default();
            let base = format!("/{lang}/staff/budgets/{slug}/follow-up");
            let items = view
                .projects
                .iter()
                .map(|p| {
                    let (votes, won) = view
                        .tally
                        .as_ref()
                        .and_then(|t| t.projects.iter().find(|(id, _, _)| *id == p.id))
                        .map(|(_, n, won)| (usize::try_from(*n).unwrap_or(usize::MAX), *won))
                        .unwrap_or_default();
                    let funded = p.decision.as_ref().map_or(won, |(fund, _)| *fund);
                    let counted = if won { i18n.t("budget-result-won") } else { i18n.t("budget-followup-not-won") };
                    let decision = p.decision.clone().map(|(fund, reason)| {
                        let id = if fund { "budget-decision-funded" } else { "budget-decision-not-funded" };
                        view! { <p><strong>{i18n.t(id)}</strong>" "{reason}</p> }
                    });
                    let name = |field: &str| format!("{field}-{}", p.id);
                    let decide = decides.then(|| {
                        let (fund, reason) = (name(f::FUNDED), name(f::REASON));
                        let options = [("yes", "budget-followup-fund-yes"), ("no", "budget-followup-fund-no")]
                            .iter()
                            .map(|(v, id)| (v.to_string(), i18n.t(id)))
                            .collect();
                        view! {
                            <form method="post" action=format!("{base}/{}/decision", p.id)>
                                <Csrf token=editor.csrf.clone()/>
                                <Choice name=fund.clone() label=i18n.t("budget-followup-fund") options selected=sent.value(&fund)
                                    error=sent.problem(&i18n, &fund)/>
                                <TextArea name=reason.clone() label=i18n.t("budget-followup-reason") max=MAX_REASON rows=3
                                    value=sent.value(&reason) error=sent.problem(&i18n, &reason)/>
                                <button type="submit">{i18n.t("budget-followup-decide")}</button>
                            </form>
                        }
                    });
                    let milestone = funded.then(|| {
                        let (status, date, note) = (name(f::STATUS), name(f::DATE), name(f::NOTE));
                        let statuses = STATUSES
                            .iter()
                            .map(|s| (s.to_string(), i18n.label("budget-followup-status", s)))
                            .collect();
                        view! {
                            <form method="post" action=format!("{base}/{}/milestone", p.id)>
                                <Csrf token=editor.csrf.clone()/>
                                <Choice name=status.clone() label=i18n.t("budget-followup-step") options=statuses selected=sent.value(&status)
                                    error=sent.problem(&i18n, &status)/>
                                <Input name=date.clone() label=i18n.t("budget-followup-date") kind="date" max=10 value=sent.value(&date)
                                    error=sent.problem(&i18n, &date) required=true/>
                                <TextArea name=note.clone() label=i18n.t("budget-followup-note") max=MAX_NOTE rows=3
                                    value=sent.value(&note) error=sent.problem(&i18n, &note)/>
                                <button type="submit">{i18n.t("budget-followup-add")}</button>
                            </form>
                        }
                    });
                    let steps = (!p.milestones.is_empty()).then(|| p
                        .milestones
                        .iter()
                        .map(|m| {
                            view! {
                                <li>{i18n.date(m.on_date)}" · "{i18n.label("budget-followup-status", &m.status)}": "
                                <span lang=other(&i18n, m.lang)>{m.note.clone()}</span></li>
                            }
                        })
                        .collect_view())
                        .map(|steps| view! { <ol class="milestones">{steps}</ol> });
                    view! {
                        <li class="budget-project" id=format!("budget-project-{}", p.id)>
                            <h2 lang=other(&i18n, p.lang)>{p.title.clone()}</h2>
                            <p>{i18n.count("budget-result-votes", votes)}" · "{counted}</p>
                            {decision}
                            {steps}
                            {decide}
                            {milestone}
                        </li>
                    }
                })
                .collect_view();
            Ok(view! {
                <PageTitle text=i18n.t("budget-followup-title")/>
                <h1>{i18n.t("budget-followup-title")}</h1>
                <p class="lead" lang="sv">{b.title}</p>
                <p class="hint">{i18n.t("budget-followup-intro")}</p>
                {error}
                <ul class="budget-projects">{items}</ul>
            }
            .into_any())
        },
    )
}
