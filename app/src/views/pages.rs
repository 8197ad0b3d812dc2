//! The residents' view pages: the form as the server renders it (a plain HTML form that works
//! without JavaScript, wrapped in [`ViewFormIsland`] which sends it without a page reload when
//! scripts run), and the receipt a resident gets after sending.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::api::get_receipt;
use super::island::{hooks, ViewFormIsland};
use super::model::{fields, limits, Receipt, ViewForm};
use crate::dialogues::model::QuestionText;
use crate::domain::{AgeGroup, Gender, HomeArea};
use crate::forms::fields::{problem_message, Checkbox, Choice, Input, Resubmitted, TextArea};
use crate::forms::{too_long, FieldError, FieldProblem, MAX_EMAIL_CHARS};
use crate::i18n::{use_i18n, I18n};
use crate::lang::Lang;
use crate::site::{loaded, PageTitle};

/// The message for a field problem (the island shows the same, rendered here).
fn message(i18n: &I18n, problem: FieldProblem) -> String {
    problem_message(i18n, &FieldError::new("", problem))
}

/// The messages the island may show, each keyed by `data-text` in a hidden block: rendered
/// here in the page's language, so the browser needs no translations.
fn island_texts(i18n: &I18n) -> Vec<(String, String)> {
    let mut texts = vec![
        ("sending".to_string(), i18n.t("form-sending")),
        ("error-summary".to_string(), i18n.t("form-error-summary")),
    ];
    for problem in [
        FieldProblem::Empty,
        FieldProblem::NotAChoice,
        FieldProblem::Honeypot,
        FieldProblem::MissingKey,
        FieldProblem::Email,
    ] {
        texts.push((
            format!("problem-{}", problem.code()),
            message(i18n, problem),
        ));
    }
    for max in [limits::ANSWER_CHARS, limits::NAME_CHARS, MAX_EMAIL_CHARS] {
        texts.push((
            format!("problem-too-long-{max}"),
            message(i18n, too_long(max)),
        ));
    }
    for id in [
        "form-error-not-open",
        "form-error-rate-limited",
        "form-error-internal",
        "form-error-network",
    ] {
        texts.push((id.to_string(), i18n.t(id)));
    }
    texts
}

/// The form section of an open dialogue.
#[component]
pub fn ViewFormSection(
    i18n: I18n,
    slug: String,
    questions: Vec<QuestionText>,
    /// Offer "tell me what happened" (until the feedback is out).
    notify: bool,
) -> impl IntoView {
    let outcome = use_context::<Resubmitted>();
    let sent = outcome
        .as_ref()
        .map(|o| ViewForm::from_pairs(o.pairs.clone()))
        .unwrap_or_default();
    let error_for = {
        let (outcome, i18n) = (outcome.clone(), i18n.clone());
        move |field: &str| outcome.as_ref().and_then(|o| o.problem(&i18n, field))
    };
    let summary = outcome.as_ref().map(|o| o.summary(&i18n));
    // A refused form keeps its key: sending it again after fixing must still give one view.
    let key = if sent.key.is_empty() {
        uuid::Uuid::new_v4().to_string()
    } else {
        sent.key.clone()
    };
    let written_lang = if sent.lang.is_empty() {
        i18n.lang.code().to_string()
    } else {
        sent.lang.clone()
    };

    let question_fields = questions
        .into_iter()
        .map(|q| {
            let name = fields::answer(q.id);
            let q_lang = (q.text_lang != i18n.lang).then(|| q.text_lang.code());
            let error = error_for(&name);
            view! {
                <TextArea name label=q.text label_lang=q_lang value=sent.answer(q.id).to_string() max=limits::ANSWER_CHARS rows=5 error/>
            }
        })
        .collect_view();

    let age_options = AgeGroup::ALL
        .iter()
        .map(|a| (a.code().to_string(), i18n.label("age", a.code())))
        .collect();
    let gender_options = Gender::ALL
        .iter()
        .map(|g| (g.code().to_string(), i18n.label("gender", g.code())))
        .collect();
    let area_options = HomeArea::ALL
        .iter()
        .map(|a| (a.code().to_string(), i18n.label("home-area", a.code())))
        .collect();
    let lang_options = Lang::ALL
        .iter()
        .map(|l| (l.code().to_string(), l.native_name().to_string()))
        .collect();
    let action = format!("/{}/dialogues/{slug}", i18n.lang.code());
    let reference_template = i18n.t_with(
        "form-sent-reference",
        &[("reference", "{reference}".into())],
    );
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
                <TextArea name=fields::GENERAL label=i18n.t("form-general") value=sent.general.clone() max=limits::ANSWER_CHARS rows=5 error=error_for(fields::GENERAL)/>
                <fieldset>
                    <legend>{i18n.t("form-about-you")}</legend>
                    <p class="hint" id="about-you-help">{i18n.t("form-about-you-help")}</p>
                    <Input name=fields::NAME label=i18n.t("form-name") hint=Some(i18n.t("form-name-help")) value=sent.name.clone() max=limits::NAME_CHARS error=error_for(fields::NAME) autocomplete="nickname"/>
                    <Choice name=fields::AGE label=i18n.t("form-age") options=age_options selected=sent.age.clone() none=Some(i18n.t("form-not-answered")) error=error_for(fields::AGE)/>
                    <Choice name=fields::GENDER label=i18n.t("form-gender") options=gender_options selected=sent.gender.clone() none=Some(i18n.t("form-not-answered")) error=error_for(fields::GENDER)/>
                    <Choice name=fields::AREA label=i18n.t("form-area") options=area_options selected=sent.area.clone() none=Some(i18n.t("form-not-answered")) error=error_for(fields::AREA)/>
                </fieldset>
                <Choice name=fields::LANG label=i18n.t("form-lang") options=lang_options selected=written_lang error=error_for(fields::LANG) own_lang=true/>
                <Checkbox id=fields::CONSENT name=fields::CONSENT label=i18n.t("form-consent") checked=sent.consent hint=Some(i18n.t("form-consent-help"))/>
                {notify.then(|| view! {
                    <Input name=fields::NOTIFY kind="email" label=i18n.t("outcome-field") value=sent.notify.clone() max=MAX_EMAIL_CHARS
                        hint=Some(i18n.t("outcome-field-help")) error=error_for(fields::NOTIFY) autocomplete="email"/>
                })}
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

/// `/<lang>/receipt/<reference>`.
#[component]
pub fn ReceiptPage() -> impl IntoView {
    let i18n = use_i18n();
    let reference = use_params_map().with_untracked(|p| p.get("reference").unwrap_or_default());
    let content = Suspend::new(async move {
        let result = get_receipt(i18n.lang.code().to_string(), reference).await;
        loaded(
            &i18n.clone(),
            result,
            |receipt| view! { <ReceiptView i18n receipt/> },
        )
    });
    view! { <Suspense>{content}</Suspense> }
}

#[component]
fn ReceiptView(i18n: I18n, receipt: Receipt) -> impl IntoView {
    let title_lang = (receipt.title_lang != i18n.lang).then(|| receipt.title_lang.code());
    let publishing = if receipt.consent_publish {
        "receipt-next-published"
    } else {
        "receipt-next-private"
    };
    let back = format!("/{}/dialogues/{}", i18n.lang.code(), receipt.dialogue_slug);
    view! {
        <PageTitle text=i18n.t("receipt-title")/>
        <h1>{i18n.t("receipt-title")}</h1>
        <dl class="receipt">
            <dt>{i18n.t("receipt-reference")}</dt>
            <dd class="reference">{receipt.reference.clone()}</dd>
            <dt>{i18n.t("receipt-dialogue")}</dt>
            <dd lang=title_lang>{receipt.dialogue_title.clone()}</dd>
        </dl>
        <p>{i18n.t_with("receipt-written-in", &[("lang", receipt.written_in.code().into())])}</p>
        <p>{i18n.t_with("receipt-received", &[("date", i18n.date(receipt.received_on).into())])}</p>
        <p class="hint">{i18n.t("receipt-reference-help")}</p>
        <h2>{i18n.t("receipt-next-heading")}</h2>
        <ul>
            <li>{i18n.t("receipt-next-moderation")}</li>
            <li>{i18n.t(publishing)}</li>
            <li>{i18n.t("receipt-next-feedback")}</li>
            <li>{i18n.t("receipt-public-record")}</li>
        </ul>
        <p><a href=back>{i18n.t("receipt-back")}</a></p>
    }
}
