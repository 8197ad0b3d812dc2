//! Form fields for every page, and what a refused form brings back to them. Each field has its
//! label, an optional hint, and an error slot tied to the input with `aria-describedby`, so a
//! screen reader hears the problem with the field. The error slot is always there (empty when
//! the field is fine), so the residents' island can fill it too.

use leptos::prelude::*;

use super::FieldError;
use crate::i18n::I18n;

/// A refused form, provided by the handler when it renders the page again: what was sent, each
/// refused field, and the Fluent id of the summary's first line.
#[derive(Debug, Clone, Default)]
pub struct Resubmitted {
    pub pairs: Vec<(String, String)>,
    pub problems: Vec<FieldError>,
    pub summary_id: &'static str,
}

impl Resubmitted {
    /// What was sent in `field` (the last value when repeated), or "".
    pub fn value(&self, field: &str) -> String {
        self.pairs
            .iter()
            .rev()
            .find(|(k, _)| k == field)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    /// The message for `field`, if it was refused.
    pub fn problem(&self, i18n: &I18n, field: &str) -> Option<String> {
        self.problems
            .iter()
            .find(|p| p.field == field)
            .map(|p| problem_message(i18n, p))
    }

    /// The error summary at the top of the form: every problem, each a link to its field.
    pub fn summary(&self, i18n: &I18n) -> impl IntoView {
        let items = self
            .problems
            .iter()
            .map(|p| view! { <li><a href=format!("#{}", p.field)>{problem_message(i18n, p)}</a></li> })
            .collect_view();
        view! {
            <div class="error-summary" role="alert" id="form-errors" tabindex="-1">
                <p><strong>{i18n.t(self.summary_id)}</strong></p>
                <ul>{items}</ul>
            </div>
        }
    }
}

/// The message for a refused field, in the page's language.
pub fn problem_message(i18n: &I18n, error: &FieldError) -> String {
    i18n.t_with(
        error.problem.message_id(),
        &[("max", error.problem.max().into())],
    )
}

/// The error slot of a field: filled when the field was refused.
fn error_slot(name: &str, error: Option<String>) -> impl IntoView {
    view! { <p class="field-error" id=format!("{name}-error")>{error}</p> }
}

/// A text input (or `kind` email, password, date, tel) with its label, hint and error.
#[component]
pub fn Input(
    #[prop(into)] name: String,
    label: String,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] value: String,
    max: usize,
    #[prop(default = None)] hint: Option<String>,
    #[prop(default = None)] error: Option<String>,
    #[prop(default = false)] required: bool,
    #[prop(default = "off")] autocomplete: &'static str,
) -> impl IntoView {
    let invalid = error.is_some().then_some("true");
    let hint_id = format!("{name}-hint");
    let described = if hint.is_some() {
        format!("{name}-error {hint_id}")
    } else {
        format!("{name}-error")
    };
    // `maxlength` belongs only to inputs where one types free text (not dates or numbers).
    let has_length = matches!(
        kind,
        "text" | "email" | "password" | "search" | "tel" | "url"
    );
    view! {
        <div class="field">
            <label for=name.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            {error_slot(&name, error)}
            <input type=kind id=name.clone() name=name.clone() value=value maxlength=has_length.then_some(max) required=required
                autocomplete=autocomplete aria-invalid=invalid aria-describedby=described/>
        </div>
    }
}

/// A multi-line text field with its label and error. `lang` marks text written in another
/// language than the page, `label_lang` a label that is (a question in its Swedish original).
#[component]
pub fn TextArea(
    #[prop(into)] name: String,
    label: String,
    #[prop(optional)] value: String,
    max: usize,
    #[prop(default = 4)] rows: u32,
    #[prop(default = None)] error: Option<String>,
    #[prop(optional)] lang: Option<&'static str>,
    #[prop(default = None)] label_lang: Option<&'static str>,
) -> impl IntoView {
    let invalid = error.is_some().then_some("true");
    view! {
        <div class="field">
            <label for=name.clone() lang=label_lang>{label}</label>
            {error_slot(&name, error)}
            <textarea id=name.clone() name=name.clone() rows=rows maxlength=max lang=lang
                aria-invalid=invalid aria-describedby=format!("{name}-error")>{value}</textarea>
        </div>
    }
}

/// A select with its label and error; `options` are (value, label), `selected` the chosen
/// value, `none` the label of an empty first choice. `own_lang`: each option is a language
/// named in itself, so it carries its code as `lang`.
#[component]
pub fn Choice(
    #[prop(into)] name: String,
    label: String,
    options: Vec<(String, String)>,
    #[prop(optional)] selected: String,
    #[prop(default = None)] none: Option<String>,
    #[prop(default = None)] error: Option<String>,
    #[prop(default = false)] own_lang: bool,
) -> impl IntoView {
    let invalid = error.is_some().then_some("true");
    let options = options
        .into_iter()
        .map(|(value, text)| {
            let is_selected = value == selected;
            let lang = own_lang.then(|| value.clone());
            view! { <option value=value lang=lang selected=is_selected>{text}</option> }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for=name.clone()>{label}</label>
            {error_slot(&name, error)}
            <select id=name.clone() name=name.clone() aria-invalid=invalid aria-describedby=format!("{name}-error")>
                {none.map(|none| view! { <option value="">{none}</option> })}
                {options}
            </select>
        </div>
    }
}

/// A group of checkboxes (or radio buttons, `radio`) sharing one name, in a fieldset.
#[component]
pub fn Checkboxes(
    name: &'static str,
    legend: String,
    options: Vec<(String, String)>,
    checked: Vec<String>,
    #[prop(default = None)] error: Option<String>,
    #[prop(default = false)] radio: bool,
) -> impl IntoView {
    let kind = if radio { "radio" } else { "checkbox" };
    let boxes = options
        .into_iter()
        .map(|(value, text)| {
            let id = format!("{name}-{value}");
            let is_checked = checked.contains(&value);
            view! { <Checkbox id name kind value label=text checked=is_checked/> }
        })
        .collect_view();
    view! {
        <fieldset id=name aria-describedby=format!("{name}-error")>
            <legend>{legend}</legend>
            {error_slot(name, error)}
            {boxes}
        </fieldset>
    }
}

/// One checkbox (or radio button) with its label after it, and an optional hint.
#[component]
pub fn Checkbox(
    #[prop(into)] id: String,
    #[prop(into)] name: String,
    #[prop(default = "checkbox")] kind: &'static str,
    #[prop(into, default = "yes".to_string())] value: String,
    label: String,
    #[prop(default = false)] checked: bool,
    #[prop(default = None)] hint: Option<String>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let described = hint.is_some().then(|| hint_id.clone());
    view! {
        <div class="field checkbox">
            <input type=kind id=id.clone() name=name value=value checked=checked aria-describedby=described/>
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> })}
        </div>
    }
}

/// The hidden anti-forgery token every staff form sends back.
#[component]
pub fn Csrf(token: String) -> impl IntoView {
    view! { <input type="hidden" name="csrf" value=token/> }
}
