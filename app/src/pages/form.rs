//! The view form as the server renders it: a plain HTML form that works without JavaScript,
//! wrapped in [`ViewFormIsland`] which sends it without a page reload when scripts run.

use leptos::prelude::*;

use crate::api::{ApiError, QuestionText};
use crate::domain::{fields, limits, AgeGroup, FieldProblem, Gender, ViewForm};
use crate::i18n::I18n;
use crate::islands::{hooks, ViewFormIsland};
use crate::lang::Lang;

/// A refused plain-HTML post: what the resident sent and why it was refused, so that the page
/// shows the form again with everything kept. Provided by the server's form handler.
#[derive(Debug, Clone)]
pub struct FormOutcome {
    pub form: ViewForm,
    pub error: ApiError,
}

/// The message for a field problem, with the field's size limit where it matters.
fn problem_message(i18n: &I18n, problem: FieldProblem, max: usize) -> String {
    let id = format!("form-error-{}", problem.code());
    i18n.t_with(&id, &[("max", max.into())])
}

/// The messages the island may show, each keyed by `data-text` in a hidden block: rendered
/// here in the page's language, so the browser needs no translations.
fn island_texts(i18n: &I18n) -> Vec<(String, String)> {
    let mut texts = vec![
        ("sending".to_string(), i18n.t("form-sending")),
        ("error-summary".to_string(), i18n.t("form-error-summary")),
    ];
    for problem in [FieldProblem::Empty, FieldProblem::NotAChoice, FieldProblem::Honeypot, FieldProblem::MissingKey] {
        texts.push((format!("problem-{}", problem.code()), problem_message(i18n, problem, 0)));
    }
    for max in [limits::ANSWER_CHARS, limits::NAME_CHARS, limits::AREA_CHARS] {
        texts.push((format!("problem-too-long-{max}"), problem_message(i18n, FieldProblem::TooLong, max)));
    }
    for id in ["form-error-not-open", "form-error-rate-limited", "form-error-internal", "form-error-network"] {
        texts.push((id.to_string(), i18n.t(id)));
    }
    texts
}

/// The form section of an open dialogue.
#[component]
pub fn ViewFormSection(i18n: I18n, slug: String, questions: Vec<QuestionText>) -> impl IntoView {
    let outcome = use_context::<FormOutcome>();
    let sent = outcome.as_ref().map(|o| o.form.clone()).unwrap_or_default();
    let field_errors: Vec<(String, String)> = match outcome.as_ref().map(|o| &o.error) {
        Some(ApiError::Invalid(problems)) => problems
            .iter()
            .map(|p| (p.field.clone(), problem_message(&i18n, p.problem, limits::of_field(&p.field))))
            .collect(),
        _ => Vec::new(),
    };
    let known_errors = field_errors.clone();
    let error_for = move |field: &str| known_errors.iter().find(|(f, _)| f == field).map(|(_, m)| m.clone());
    let summary = outcome.as_ref().map(|o| {
        let items = field_errors
            .iter()
            .map(|(field, message)| view! { <li><a href=format!("#{field}")>{message.clone()}</a></li> })
            .collect_view();
        view! {
            <div class="error-summary" role="alert" id="form-errors" tabindex="-1">
                <p><strong>{i18n.t(o.error.form_message_id())}</strong></p>
                <ul>{items}</ul>
            </div>
        }
    });
    // A refused form keeps its key: sending it again after fixing must still give one view.
    let key = if sent.key.is_empty() { uuid::Uuid::new_v4().to_string() } else { sent.key.clone() };
    let written_lang = if sent.lang.is_empty() { i18n.lang.code().to_string() } else { sent.lang.clone() };

    let question_fields = questions
        .into_iter()
        .map(|q| {
            let name = format!("{}{}", fields::ANSWER_PREFIX, q.id);
            let q_lang = (q.text_lang != i18n.lang).then(|| q.text_lang.code());
            view! {
                <TextArea name label=q.text label_lang=q_lang value=sent.answer(q.id).to_string() error=error_for(&format!("{}{}", fields::ANSWER_PREFIX, q.id))/>
            }
        })
        .collect_view();

    let age_options = AgeGroup::ALL
        .iter()
        .map(|a| view! { <option value=a.code() selected=sent.age == a.code()>{i18n.label("age", a.code())}</option> })
        .collect_view();
    let gender_options = Gender::ALL
        .iter()
        .map(|g| view! { <option value=g.code() selected=sent.gender == g.code()>{i18n.label("gender", g.code())}</option> })
        .collect_view();
    let lang_options = Lang::ALL
        .into_iter()
        .map(|l| view! { <option value=l.code() lang=l.code() selected=written_lang == l.code()>{l.native_name()}</option> })
        .collect_view();
    let action = format!("/{}/dialogues/{slug}", i18n.lang.code());
    let reference_template = i18n.t_with("form-sent-reference", &[("reference", "{reference}".into())]);
    let texts = island_texts(&i18n)
        .into_iter()
        .map(|(name, value)| view! { <p data-text=name>{value}</p> })
        .collect_view();

    view! {
        <section class="form-section" aria-labelledby="form-heading">
            <h2 id="form-heading">{i18n.t("form-heading")}</h2>
            {summary}
            <ViewFormIsland>
                <div id=hooks::TEXTS hidden>{texts}</div>
                <div id=hooks::STATUS tabindex="-1" role="status" aria-live="polite"></div>
                <div id=hooks::SENT class="sent" tabindex="-1" hidden>
                    <h3>{i18n.t("form-sent-heading")}</h3>
                    <p id=hooks::SENT_REFERENCE class="reference" data-template=reference_template></p>
                    <p><a id=hooks::SENT_LINK href="#" data-href-prefix=format!("/{}/receipt/", i18n.lang.code())>{i18n.t("form-sent-receipt-link")}</a></p>
                </div>
                <form method="post" action=action class=hooks::FORM_CLASS data-lang=i18n.lang.code() data-slug=slug.clone()>
                <p>{i18n.t("form-intro")}</p>
                {question_fields}
                <TextArea name=fields::GENERAL.to_string() label=i18n.t("form-general") label_lang=None value=sent.general.clone() error=error_for(fields::GENERAL)/>
                <fieldset>
                    <legend>{i18n.t("form-about-you")}</legend>
                    <p class="hint" id="about-you-help">{i18n.t("form-about-you-help")}</p>
                    <TextInput name=fields::NAME label=i18n.t("form-name") help=Some(i18n.t("form-name-help")) value=sent.name.clone() max=limits::NAME_CHARS error=error_for(fields::NAME) autocomplete="nickname"/>
                    <Select name=fields::AGE label=i18n.t("form-age") none=i18n.t("form-not-answered") error=error_for(fields::AGE)>{age_options}</Select>
                    <Select name=fields::GENDER label=i18n.t("form-gender") none=i18n.t("form-not-answered") error=error_for(fields::GENDER)>{gender_options}</Select>
                    <TextInput name=fields::AREA label=i18n.t("form-area") help=Some(i18n.t("form-area-help")) value=sent.area.clone() max=limits::AREA_CHARS error=error_for(fields::AREA) autocomplete="off"/>
                </fieldset>
                <div class="field">
                    <label for=fields::LANG>{i18n.t("form-lang")}</label>
                    <p class="field-error" id=format!("{}-error", fields::LANG)>{error_for(fields::LANG)}</p>
                    <select id=fields::LANG name=fields::LANG aria-describedby=format!("{}-error", fields::LANG)>{lang_options}</select>
                </div>
                <div class="field checkbox">
                    <input type="checkbox" id=fields::CONSENT name=fields::CONSENT value="yes" checked=sent.consent aria-describedby="consent-help"/>
                    <label for=fields::CONSENT>{i18n.t("form-consent")}</label>
                    <p class="hint" id="consent-help">{i18n.t("form-consent-help")}</p>
                </div>
                <div class="hp" aria-hidden="true">
                    <label for=fields::HONEYPOT>{i18n.t("form-honeypot")}</label>
                    <input type="text" id=fields::HONEYPOT name=fields::HONEYPOT tabindex="-1" autocomplete="off" value=sent.honeypot.clone()/>
                </div>
                <input type="hidden" name=fields::KEY value=key/>
                <p class="field-error" id=format!("{}-error", fields::KEY)>{error_for(fields::KEY)}</p>
                <button type="submit">{i18n.t("form-submit")}</button>
                </form>
            </ViewFormIsland>
        </section>
    }
}

/// The error slot every field has, filled when the field was refused. Always present, so the
/// island can fill it too.
fn error_slot(name: &str, error: Option<String>) -> impl IntoView {
    view! { <p class="field-error" id=format!("{name}-error")>{error}</p> }
}

#[component]
fn TextArea(name: String, label: String, label_lang: Option<&'static str>, value: String, error: Option<String>) -> impl IntoView {
    let invalid = error.is_some().then_some("true");
    view! {
        <div class="field">
            <label for=name.clone() lang=label_lang>{label}</label>
            {error_slot(&name, error)}
            <textarea id=name.clone() name=name.clone() rows="5" maxlength=limits::ANSWER_CHARS aria-invalid=invalid aria-describedby=format!("{name}-error")>{value}</textarea>
        </div>
    }
}

#[component]
fn TextInput(
    name: &'static str,
    label: String,
    help: Option<String>,
    value: String,
    max: usize,
    error: Option<String>,
    autocomplete: &'static str,
) -> impl IntoView {
    let invalid = error.is_some().then_some("true");
    let help_id = format!("{name}-help");
    let described = if help.is_some() { format!("{name}-error {help_id}") } else { format!("{name}-error") };
    view! {
        <div class="field">
            <label for=name>{label}</label>
            {help.map(|h| view! { <p class="hint" id=help_id.clone()>{h}</p> })}
            {error_slot(name, error)}
            <input type="text" id=name name=name value=value maxlength=max autocomplete=autocomplete aria-invalid=invalid aria-describedby=described/>
        </div>
    }
}

#[component]
fn Select(name: &'static str, label: String, none: String, error: Option<String>, children: Children) -> impl IntoView {
    let invalid = error.is_some().then_some("true");
    view! {
        <div class="field">
            <label for=name>{label}</label>
            {error_slot(name, error)}
            <select id=name name=name aria-invalid=invalid aria-describedby=format!("{name}-error")>
                <option value="">{none}</option>
                {children()}
            </select>
        </div>
    }
}
