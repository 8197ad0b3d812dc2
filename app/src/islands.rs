//! The portal's only browser code: the view form sends without a page reload.
//!
//! The form and every field are rendered on the server (and work as a plain HTML POST without
//! JavaScript); this island wraps them and, when scripts run, sends the same fields to the
//! `submit_view` server function instead. Translated strings arrive as props: the browser
//! bundle carries no translations.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::api::SentView;
#[cfg(feature = "hydrate")]
use crate::{api::ApiError, domain::FieldError};

/// The strings the form island may need, already in the page's language.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FormTexts {
    pub sending: String,
    pub sent_heading: String,
    /// "Reference number: {reference}", with the literal `{reference}` to be replaced.
    pub sent_reference: String,
    pub receipt_link: String,
    pub error_summary: String,
    /// Messages for field problems: (`problem code`, message). `too-long` comes as
    /// `too-long-<max>` for each field size.
    pub problems: Vec<(String, String)>,
    /// Messages for whole-form errors: (Fluent id, message).
    pub errors: Vec<(String, String)>,
}

#[cfg(feature = "hydrate")]
impl FormTexts {
    fn find(list: &[(String, String)], key: &str) -> String {
        list.iter().find(|(k, _)| k == key).map(|(_, m)| m.clone()).unwrap_or_default()
    }
}

/// What the island shows above the fields after an attempt.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(feature = "hydrate"), expect(dead_code, reason = "the server renders only the idle state"))]
enum Outcome {
    Idle,
    Sending,
    Failed { message: String, fields: Vec<(String, String)> },
    Sent(SentView),
}

/// Wraps the server-rendered fields in a form that posts to `action` without JavaScript and
/// calls the server function with it.
#[island]
pub fn ViewFormIsland(
    /// The page's language code.
    lang: String,
    /// The dialogue's slug.
    slug: String,
    /// Where the plain form posts: the dialogue page itself.
    action: String,
    texts: FormTexts,
    children: Children,
) -> impl IntoView {
    let outcome = RwSignal::new(Outcome::Idle);
    let texts = StoredValue::new(texts);
    let receipt_base = format!("/{lang}/receipt/");

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        #[cfg(feature = "hydrate")]
        {
            ev.prevent_default();
            if outcome.get_untracked() == Outcome::Sending {
                return; // A double tap: the first send is still under way.
            }
            let Some(form) = form_of(&ev) else { return };
            let fields = form_fields(&form);
            clear_field_errors(&form);
            outcome.set(Outcome::Sending);
            let (lang, slug) = (lang.clone(), slug.clone());
            leptos::task::spawn_local(async move {
                let result = crate::api::submit_view(lang, slug, fields).await;
                let next = match result {
                    Ok(receipt) => Outcome::Sent(receipt),
                    Err(err) => texts.with_value(|t| failure(t, &form, &err)),
                };
                outcome.set(next);
                focus_by_id("view-form-status");
            });
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (ev, &slug);
    };

    let status = move || match outcome.get() {
        Outcome::Idle => None,
        Outcome::Sending => Some(view! { <p class="form-sending">{texts.with_value(|t| t.sending.clone())}</p> }.into_any()),
        Outcome::Failed { message, fields } => Some(
            view! {
                <div class="error-summary">
                    <p><strong>{message}</strong></p>
                    <ul>
                        {fields
                            .into_iter()
                            .map(|(field, msg)| view! { <li><a href=format!("#{field}")>{msg}</a></li> })
                            .collect_view()}
                    </ul>
                </div>
            }
            .into_any(),
        ),
        Outcome::Sent(receipt) => {
            let reference_line = texts.with_value(|t| t.sent_reference.replace("{reference}", &receipt.reference));
            Some(
                view! {
                    <div class="sent">
                        <h3>{texts.with_value(|t| t.sent_heading.clone())}</h3>
                        <p class="reference">{reference_line}</p>
                        <p>
                            <a href=format!("{}{}", receipt_base, receipt.reference)>
                                {texts.with_value(|t| t.receipt_link.clone())}
                            </a>
                        </p>
                    </div>
                }
                .into_any(),
            )
        }
    };
    let sent = move || matches!(outcome.get(), Outcome::Sent(_));
    // Effects run only in the browser, once the island is live: the mark tells tests (and
    // styles) that sending now happens without a reload.
    let live = RwSignal::new(false);
    Effect::new(move || live.set(true));

    view! {
        <div id="view-form-status" tabindex="-1" role="status" aria-live="polite">{status}</div>
        <form method="post" action=action class="view-form" novalidate=true on:submit=on_submit hidden=sent data-live=move || live.get().then_some("")>
            {children()}
        </form>
    }
}

/// Turns an error into the message above the form, and marks each refused field.
#[cfg(feature = "hydrate")]
fn failure(texts: &FormTexts, form: &web_sys::HtmlFormElement, err: &ApiError) -> Outcome {
    let message = if let ApiError::Invalid(_) = err {
        texts.error_summary.clone()
    } else {
        FormTexts::find(&texts.errors, err.form_message_id())
    };
    let fields = match err {
        ApiError::Invalid(problems) => problems.iter().map(|p| (p.field.clone(), mark_field(texts, form, p))).collect(),
        _ => Vec::new(),
    };
    Outcome::Failed { message, fields }
}

/// Shows a field's error beside it, as the server-rendered page would, and returns the message.
#[cfg(feature = "hydrate")]
fn mark_field(texts: &FormTexts, form: &web_sys::HtmlFormElement, problem: &FieldError) -> String {
    let document = form.owner_document();
    let field = document.as_ref().and_then(|d| d.get_element_by_id(&problem.field));
    let mut key = problem.problem.code().to_string();
    if key == "too-long" {
        let max = field.as_ref().and_then(|f| f.get_attribute("maxlength")).unwrap_or_default();
        key = format!("too-long-{max}");
    }
    let message = FormTexts::find(&texts.problems, &key);
    if let Some(field) = field {
        let _ = field.set_attribute("aria-invalid", "true");
    }
    if let Some(slot) = document.and_then(|d| d.get_element_by_id(&format!("{}-error", problem.field))) {
        slot.set_text_content(Some(&message));
    }
    message
}

#[cfg(feature = "hydrate")]
fn clear_field_errors(form: &web_sys::HtmlFormElement) {
    if let Ok(list) = form.query_selector_all(".field-error") {
        for i in 0..list.length() {
            if let Some(node) = list.item(i) {
                node.set_text_content(None);
            }
        }
    }
    if let Ok(list) = form.query_selector_all("[aria-invalid]") {
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok()) {
                let _ = el.remove_attribute("aria-invalid");
            }
        }
    }
}

#[cfg(feature = "hydrate")]
fn form_of(ev: &leptos::ev::SubmitEvent) -> Option<web_sys::HtmlFormElement> {
    use wasm_bindgen::JsCast;
    ev.target()?.dyn_into::<web_sys::HtmlFormElement>().ok()
}

/// The form's fields as `name=value` pairs, exactly what a plain POST would send.
#[cfg(feature = "hydrate")]
fn form_fields(form: &web_sys::HtmlFormElement) -> Vec<(String, String)> {
    use wasm_bindgen::JsCast;
    let Ok(data) = web_sys::FormData::new_with_form(form) else { return Vec::new() };
    let Ok(Some(entries)) = js_sys::try_iter(&data) else { return Vec::new() };
    entries
        .filter_map(|entry| {
            let pair: js_sys::Array = entry.ok()?.dyn_into().ok()?;
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}

#[cfg(feature = "hydrate")]
fn focus_by_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}
