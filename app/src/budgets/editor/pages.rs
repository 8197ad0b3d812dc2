//! The budget editor's pages: a new budget (settings and the Swedish texts), and a budget's
//! page for editors with its settings (fixed once voting opens), its texts per language, the
//! languages missing before it is published, and its versions. Plain forms, no JavaScript.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::form::{self, fields as f, Settings};
use super::{self as editor, Draft};
use crate::access::{cap, Grant};
use crate::budgets::count::Rule;
use crate::budgets::pages::today;
use crate::budgets::{Method, Phase};
use crate::domain::HomeArea;
use crate::forms::fields::{Checkbox, Choice, Csrf, Input, Resubmitted, TextArea};
use crate::i18n::I18n;
use crate::lang::Lang;
use crate::site::staff::staff_page;
use crate::site::{slug_param, PageTitle};

/// The hidden field that says which of the edit page's forms was sent, so a refusal fills
/// only that form with what was sent.
pub const FORM: &str = "form";

/// A form's values by field name, what was sent or what is stored, read as a refused form's
/// are ([`Resubmitted::value`]).
fn values(pairs: Vec<(String, String)>) -> Resubmitted {
    Resubmitted {
        pairs,
        ..Default::default()
    }
}

/// The stored settings as the form writes them.
fn settings_values(settings: &Settings) -> Resubmitted {
    let (method, max) = match settings.method {
        Method::Approval { max } => ("approval", max.to_string()),
        Method::Knapsack => ("knapsack", String::new()),
    };
    let d = settings.dates;
    values(
        [
            (f::TOTAL, settings.total_sek.to_string()),
            (f::METHOD, method.to_string()),
            (f::MAX_CHOICES, max),
            (f::RULE, settings.rule.code().to_string()),
            (
                f::AREA,
                settings
                    .area
                    .map_or(f::WHOLE_DISTRICT, |a| a.code())
                    .to_string(),
            ),
            (f::IDEAS_OPENS, d.ideas_opens.to_string()),
            (f::IDEAS_CLOSES, d.ideas_closes.to_string()),
            (f::VOTING_OPENS, d.voting_opens.to_string()),
            (f::VOTING_CLOSES, d.voting_closes.to_string()),
            (f::DECIDED_BY, settings.decided_by.clone()),
            (f::DIARIENUMMER, settings.diarienummer.clone()),
            (f::EMAIL_CODES, yes(settings.email_codes)),
            (f::OPEN_VOTING, yes(settings.open_voting)),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect(),
    )
}

/// A checkbox's value as the form sends it.
fn yes(checked: bool) -> String {
    if checked { "yes" } else { "" }.to_string()
}

/// What was sent, when the refused form is `form`.
fn sent_in(refused: &Option<Resubmitted>, form: &str) -> Option<Resubmitted> {
    refused.clone().filter(|r| r.value(FORM) == form)
}

/// The settings' fields, filled with `values`, each with its error from `sent`.
fn settings_fields(i18n: &I18n, values: &Resubmitted, sent: &Resubmitted) -> impl IntoView {
    let choices = |pairs: Vec<(&str, String)>| -> Vec<(String, String)> {
        pairs.into_iter().map(|(v, t)| (v.to_string(), t)).collect()
    };
    let methods = choices(vec![
        ("approval", i18n.t("budget-editor-method-approval")),
        ("knapsack", i18n.t("budget-editor-method-knapsack")),
    ]);
    let rules = Rule::ALL
        .iter()
        .map(|r| {
            (
                r.code().to_string(),
                i18n.label("budget-editor-rule", r.code()),
            )
        })
        .collect();
    let areas = std::iter::once((
        f::WHOLE_DISTRICT.to_string(),
        i18n.t("budget-editor-whole-district"),
    ))
    .chain(
        HomeArea::ALL
            .iter()
            .filter(|a| !matches!(a, HomeArea::Elsewhere | HomeArea::PreferNotToSay))
            .map(|a| (a.code().to_string(), i18n.label("home-area", a.code()))),
    )
    .collect();
    let date = |name: &'static str, label: &str| {
        view! {
            <Input name=name label=i18n.t(label) kind="date" max=10 value=values.value(name)
                error=sent.problem(i18n, name) required=true/>
        }
    };
    view! {
        <Input name=f::TOTAL label=i18n.t("budget-editor-total") max=16 value=values.value(f::TOTAL)
            hint=Some(i18n.t("budget-editor-total-hint")) error=sent.problem(i18n, f::TOTAL) required=true/>
        <Choice name=f::METHOD label=i18n.t("budget-editor-method") options=methods selected=values.value(f::METHOD)
            error=sent.problem(i18n, f::METHOD)/>
        <Input name=f::MAX_CHOICES label=i18n.t("budget-editor-max-choices") kind="number" max=2 value=values.value(f::MAX_CHOICES)
            hint=Some(i18n.t("budget-editor-max-choices-hint")) error=sent.problem(i18n, f::MAX_CHOICES)/>
        <Choice name=f::RULE label=i18n.t("budget-editor-rule") options=rules selected=values.value(f::RULE)
            error=sent.problem(i18n, f::RULE)/>
        <Choice name=f::AREA label=i18n.t("budget-editor-area") options=areas selected=values.value(f::AREA)
            error=sent.problem(i18n, f::AREA)/>
        {date(f::IDEAS_OPENS, "budget-editor-ideas-opens")}
        {date(f::IDEAS_CLOSES, "budget-editor-ideas-closes")}
        {date(f::VOTING_OPENS, "budget-editor-voting-opens")}
        {date(f::VOTING_CLOSES, "budget-editor-voting-closes")}
        <Input name=f::DECIDED_BY label=i18n.t("budget-editor-decided-by") max=form::MAX_DECIDED_BY
            value=values.value(f::DECIDED_BY) error=sent.problem(i18n, f::DECIDED_BY) required=true/>
        <Input name=f::DIARIENUMMER label=i18n.t("budget-editor-diarienummer") max=form::MAX_DIARIENUMMER
            value=values.value(f::DIARIENUMMER) error=sent.problem(i18n, f::DIARIENUMMER) required=true/>
        <fieldset>
            <legend>{i18n.t("budget-editor-credentials")}</legend>
            <p class="hint">{i18n.t("budget-editor-credentials-hint")}</p>
            <Checkbox id=f::EMAIL_CODES name=f::EMAIL_CODES label=i18n.t("budget-editor-email-codes")
                checked=values.value(f::EMAIL_CODES) == "yes"/>
            <Checkbox id=f::OPEN_VOTING name=f::OPEN_VOTING label=i18n.t("budget-editor-open-voting")
                hint=Some(i18n.t("budget-editor-open-voting-hint")) checked=values.value(f::OPEN_VOTING) == "yes"/>
        </fieldset>
    }
}

/// The texts' fields in `text_lang`, filled with `values`.
fn text_fields(
    i18n: &I18n,
    text_lang: Lang,
    values: &Resubmitted,
    sent: &Resubmitted,
) -> impl IntoView {
    // The fields hold text in `text_lang`, which may not be the page's language.
    let lang = text_lang.code();
    view! {
        <TextArea name=f::TITLE label=i18n.t("budget-editor-title") max=form::MAX_TITLE rows=2 lang
            value=values.value(f::TITLE) error=sent.problem(i18n, f::TITLE)/>
        <TextArea name=f::SUMMARY label=i18n.t("budget-editor-summary") max=form::MAX_SUMMARY rows=6 lang
            value=values.value(f::SUMMARY) error=sent.problem(i18n, f::SUMMARY)/>
        <TextArea name=f::ELIGIBILITY label=i18n.t("budget-editor-eligibility") max=form::MAX_ELIGIBILITY rows=3 lang
            value=values.value(f::ELIGIBILITY) error=sent.problem(i18n, f::ELIGIBILITY)/>
    }
}

/// `/<lang>/staff/budgets/new`: a new budget as a draft, written in Swedish first.
#[component]
pub fn NewBudgetPage() -> impl IntoView {
    let refused = use_context::<Resubmitted>();
    staff_page(
        move |i18n, _state, editor: Grant<cap::EditDialogues>| async move {
            let sent = refused.clone().unwrap_or_default();
            let values = match &refused {
                Some(r) => r.clone(),
                None => values(
                    [
                        (f::METHOD, "approval"),
                        (f::MAX_CHOICES, "3"),
                        (f::RULE, "greedy"),
                        (f::AREA, f::WHOLE_DISTRICT),
                    ]
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect(),
                ),
            };
            let lang = i18n.lang.code();
            Ok(view! {
                <PageTitle text=i18n.t("budget-editor-new-title")/>
                <h1>{i18n.t("budget-editor-new-title")}</h1>
                <p class="hint">{i18n.t("budget-editor-new-intro")}</p>
                {refused.as_ref().map(|r| r.summary(&i18n))}
                <form method="post" action=format!("/{lang}/staff/budgets/new")>
                    <Csrf token=editor.csrf.clone()/>
                    <fieldset>
                        <legend>{i18n.t("budget-editor-swedish-texts")}</legend>
                        {text_fields(&i18n, Lang::Sv, &values, &sent)}
                    </fieldset>
                    <fieldset>
                        <legend>{i18n.t("budget-editor-settings")}</legend>
                        {settings_fields(&i18n, &values, &sent)}
                    </fieldset>
                    <button type="submit">{i18n.t("budget-editor-create")}</button>
                </form>
            }
            .into_any())
        },
    )
}

/// `/<lang>/staff/budgets/<slug>/edit?text=<lang>`: the settings, the texts in one language,
/// the languages, publishing and the versions.
#[component]
pub fn EditBudgetPage() -> impl IntoView {
    let slug = slug_param();
    let query = use_query_map().get_untracked();
    let text_lang = query
        .get("text")
        .and_then(|l| Lang::from_code(&l))
        .unwrap_or(Lang::Sv);
    let done = query.get("done");
    let refused = use_context::<Resubmitted>();
    staff_page(
        move |i18n, state, editor: Grant<cap::EditDialogues>| async move {
            let draft = editor::load(&state.db, &slug).await?;
            let history = editor::history(&state.db, draft.budget.id).await?;
            let lang = i18n.lang.code();
            let base = format!("/{lang}/staff/budgets/{slug}");
            let title = draft
                .text(Lang::Sv)
                .map(|t| t.title.clone())
                .unwrap_or_default();
            let done = done.as_deref().and_then(|d| match d {
                "created" | "saved" | "published" => {
                    Some(i18n.t(&format!("budget-editor-done-{d}")))
                }
                _ => None,
            });
            let locked = crate::budgets::read::phase(&draft.budget, today()) >= Phase::Voting;
            let settings = settings_section(
                &i18n,
                &draft,
                &base,
                &editor.csrf,
                locked,
                sent_in(&refused, "settings"),
            );
            let texts = texts_section(
                &i18n,
                &draft,
                &base,
                &editor.csrf,
                text_lang,
                sent_in(&refused, "texts"),
            );
            let publish = publish_section(
                &i18n,
                &draft,
                &base,
                &editor.csrf,
                sent_in(&refused, "publish"),
            );
            let versions = history_section(&i18n, history);
            Ok(view! {
                <PageTitle text=i18n.t("budget-editor-edit-title")/>
                <h1>{i18n.t("budget-editor-edit-title")}</h1>
                <p class="lead" lang="sv">{title}</p>
                {done.map(|d| view! { <p class="notice" role="status">{d}</p> })}
                {refused.as_ref().map(|r| r.summary(&i18n))}
                {publish}
                {settings}
                {texts}
                {versions}
            }
            .into_any())
        },
    )
}

/// The settings: a form until voting opens, then what they are.
fn settings_section(
    i18n: &I18n,
    draft: &Draft,
    base: &str,
    csrf: &str,
    locked: bool,
    sent: Option<Resubmitted>,
) -> impl IntoView {
    let stored = draft
        .settings()
        .map(|s| settings_values(&s))
        .unwrap_or_default();
    let body = if locked {
        view! { <p>{i18n.t("budget-editor-settings-locked")}</p> }.into_any()
    } else {
        let values = sent.clone().unwrap_or(stored);
        let sent = sent.unwrap_or_default();
        view! {
            <form method="post" action=format!("{base}/edit")>
                <Csrf token=csrf.to_string()/>
                <input type="hidden" name=FORM value="settings"/>
                {settings_fields(i18n, &values, &sent)}
                <button type="submit">{i18n.t("budget-editor-save-settings")}</button>
            </form>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="settings-heading">
            <h2 id="settings-heading">{i18n.t("budget-editor-settings")}</h2>
            {body}
        </section>
    }
}

/// Which languages have texts, and the texts in `text_lang` to write.
fn texts_section(
    i18n: &I18n,
    draft: &Draft,
    base: &str,
    csrf: &str,
    text_lang: Lang,
    sent: Option<Resubmitted>,
) -> impl IntoView {
    let rows = Lang::ALL
        .iter()
        .map(|l| {
            let code = l.code();
            let (class, state) = if draft.text(*l).is_some() {
                ("text-state text-reviewed", i18n.t("budget-editor-text-written"))
            } else {
                ("text-state text-missing", i18n.t("editor-text-missing"))
            };
            view! {
                <tr>
                    <th scope="row" lang=code>{l.native_name()}</th>
                    <td class=class>{state}</td>
                    <td><a href=format!("{base}/edit?text={code}#texts-heading")>{i18n.t("editor-panel-edit")}
                        <span class="visually-hidden" lang=code>{format!(" ({})", l.native_name())}</span></a></td>
                </tr>
            }
        })
        .collect_view();
    let stored = draft
        .text(text_lang)
        .map(|t| {
            values(vec![
                (f::TITLE.to_string(), t.title.clone()),
                (f::SUMMARY.to_string(), t.summary.clone()),
                (f::ELIGIBILITY.to_string(), t.eligibility.clone()),
            ])
        })
        .unwrap_or_default();
    let values = sent.clone().unwrap_or(stored);
    let sent = sent.unwrap_or_default();
    let heading = i18n.t_with(
        "budget-editor-texts-in",
        &[("language", text_lang.native_name().into())],
    );
    view! {
        <section>
            <h2 id="languages-heading">{i18n.t("editor-panel-heading")}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="languages-heading">
                <table>
                    <caption class="visually-hidden">{i18n.t("editor-panel-heading")}</caption>
                    <thead><tr>
                        <th scope="col">{i18n.t("editor-panel-language")}</th>
                        <th scope="col">{i18n.t("editor-panel-texts")}</th>
                        <th scope="col">{i18n.t("editor-panel-actions")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <h3 id="texts-heading">{heading}</h3>
            <form method="post" action=format!("{base}/texts/{}", text_lang.code())>
                <Csrf token=csrf.to_string()/>
                <input type="hidden" name=FORM value="texts"/>
                {text_fields(i18n, text_lang, &values, &sent)}
                <button type="submit">{i18n.t("budget-editor-save-texts")}</button>
            </form>
        </section>
    }
}

/// Publishing: the minority languages still missing, and the confirmation it then needs.
fn publish_section(
    i18n: &I18n,
    draft: &Draft,
    base: &str,
    csrf: &str,
    sent: Option<Resubmitted>,
) -> impl IntoView {
    let lang = i18n.lang.code();
    if draft.budget.published {
        let public = format!("/{lang}/budgets/{}", draft.budget.slug);
        return view! {
            <p>{i18n.t("budget-editor-is-published")}" "<a href=public>{i18n.t("budget-editor-public-page")}</a></p>
        }
        .into_any();
    }
    let missing = draft.missing_minority_languages();
    let missing_list = (!missing.is_empty()).then(|| {
        let items = missing
            .iter()
            .map(|l| view! { <li lang=l.code()>{l.native_name()}</li> })
            .collect_view();
        let error = sent.as_ref().and_then(|r| r.problem(i18n, f::CONFIRM));
        view! {
            <p>{i18n.t("budget-editor-missing-languages")}</p>
            <ul>{items}</ul>
            <p class="field-error" id="confirm-error">{error}</p>
            <Checkbox id=f::CONFIRM name=f::CONFIRM label=i18n.t("budget-editor-confirm")/>
        }
    });
    view! {
        <section aria-labelledby="publish-heading">
            <h2 id="publish-heading">{i18n.t("budget-editor-publish-heading")}</h2>
            <p>{i18n.t("budget-editor-draft")}</p>
            <form method="post" action=format!("{base}/publish")>
                <Csrf token=csrf.to_string()/>
                <input type="hidden" name=FORM value="publish"/>
                {missing_list}
                <button type="submit">{i18n.t("editor-publish")}</button>
            </form>
        </section>
    }
    .into_any()
}

/// Every version, newest first: when, who, what.
fn history_section(i18n: &I18n, versions: Vec<editor::Version>) -> impl IntoView {
    let rows = versions
        .into_iter()
        .map(|v| {
            let local = v.at.with_timezone(&chrono_tz::Europe::Stockholm);
            let when = format!(
                "{} {}",
                i18n.date(local.date_naive()),
                local.format("%H:%M")
            );
            let what = i18n.label("budget-editor-action", &v.action);
            let lang = v
                .lang
                .map(|l| view! { " (" <span lang=l.code()>{l.native_name()}</span> ")" });
            view! {
                <tr>
                    <td>{v.number}</td>
                    <td>{when}</td>
                    <td>{v.by}</td>
                    <td>{what}{lang}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section>
            <h2 id="versions-heading">{i18n.t("budget-editor-versions")}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="versions-heading">
                <table>
                    <caption class="visually-hidden">{i18n.t("budget-editor-versions")}</caption>
                    <thead><tr>
                        <th scope="col">{i18n.t("budget-editor-version-number")}</th>
                        <th scope="col">{i18n.t("budget-editor-version-when")}</th>
                        <th scope="col">{i18n.t("budget-editor-version-who")}</th>
                        <th scope="col">{i18n.t("budget-editor-version-what")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
