//! Form fields for the staff pages, and what a refused staff form brings back to them.
//! Each field has its label, an optional hint, and an error slot tied to the input with
//! `aria-describedby`, so a screen reader hears the problem with the field.

use leptos::prelude::*;

use crate::i18n::I18n;

/// A refused staff form, provided by the server's handler when it renders the page again:
/// what was sent, and each refused field with its message id (and size limit, if that was it).
#[derive(Debug, Clone, Default)]
pub struct Resubmitted {
    pub pairs: Vec<(String, String)>,
    pub problems: Vec<(String, String, Option<usize>)>,
}

impl Resubmitted {
    /// The message for `field`, if it was refused.
    pub fn problem(&self, i18n: &I18n, field: &str) -> Option<String> {
        self.problems
            .iter()
            .find(|(f, _, _)| f == field)
            .map(|(_, id, max)| i18n.t_with(id, &[("max", max.unwrap_or(0).into())]))
    }

    /// The error summary at the top of the form: every problem, each a link to its field.
    pub fn summary(&self, i18n: &I18n, intro_id: &str) -> impl IntoView {
        let items = self
            .problems
            .iter()
            .map(|(field, id, max)| {
                let message = i18n.t_with(id, &[("max", max.unwrap_or(0).into())]);
                view! { <li><a href=format!("#{field}")>{message}</a></li> }
            })
            .collect_view();
        view! {
            <div class="error-summary" role="alert" id="form-errors" tabindex="-1">
                <p><strong>{i18n.t(intro_id)}</strong></p>
                <ul>{items}</ul>
            </div>
        }
    }
}

/// A text input (or `kind` email, password, date) with its label, hint and error.
#[component]
pub fn Input(
    name: String,
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
    let described = if hint.is_some() { format!("{name}-error {hint_id}") } else { format!("{name}-error") };
    view! {
        <div class="field">
            <label for=name.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            <p class="field-error" id=format!("{name}-error")>{error}</p>
            <input type=kind id=name.clone() name=name.clone() value=value maxlength=max required=required
                autocomplete=autocomplete aria-invalid=invalid aria-describedby=described/>
        </div>
    }
}

/// A multi-line text field with its label and error. `lang` marks text in another language.
#[component]
pub fn TextArea(
    name: String,
    label: String,
    #[prop(optional)] value: String,
    max: usize,
    #[prop(default = 4)] rows: u32,
    #[prop(default = None)] error: Option<String>,
    #[prop(optional)] lang: Option<&'static str>,
) -> impl IntoView {
    let invalid = error.is_some().then_some("true");
    view! {
        <div class="field">
            <label for=name.clone()>{label}</label>
            <p class="field-error" id=format!("{name}-error")>{error}</p>
            <textarea id=name.clone() name=name.clone() rows=rows maxlength=max lang=lang
                aria-invalid=invalid aria-describedby=format!("{name}-error")>{value}</textarea>
        </div>
    }
}

/// A select with its label and error; `options` are (value, label) and `selected` the chosen value.
#[component]
pub fn Choice(
    name: String,
    label: String,
    options: Vec<(String, String)>,
    #[prop(optional)] selected: String,
    #[prop(default = None)] error: Option<String>,
) -> impl IntoView {
    let invalid = error.is_some().then_some("true");
    let options = options
        .into_iter()
        .map(|(value, text)| {
            let is_selected = value == selected;
            view! { <option value=value selected=is_selected>{text}</option> }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for=name.clone()>{label}</label>
            <p class="field-error" id=format!("{name}-error")>{error}</p>
            <select id=name.clone() name=name.clone() aria-invalid=invalid aria-describedby=format!("{name}-error")>{options}</select>
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
            view! {
                <div class="field checkbox">
                    <input type=kind id=id.clone() name=name value=value checked=is_checked/>
                    <label for=id>{text}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset id=name aria-describedby=format!("{name}-error")>
            <legend>{legend}</legend>
            <p class="field-error" id=format!("{name}-error")>{error}</p>
            {boxes}
        </fieldset>
    }
}
