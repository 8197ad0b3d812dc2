//! The portal's only browser code: the view form sends without a page reload.
//!
//! The form, every field, and every message the form may show are rendered on the server, in
//! the page's language (they work as a plain HTML POST without JavaScript). This island only
//! wraps them: when scripts run it catches the form's submit, sends the same fields to the
//! `submit_view` server function, and shows the outcome by filling and revealing the
//! server-rendered parts. It takes no props and builds no views, so the browser bundle carries
//! no translations, no JSON parser and no templates.

use leptos::prelude::*;

/// Ids and data attributes shared by the server-rendered form and this island.
pub mod hooks {
    /// Where the outcome of an attempt is announced (a polite live region, focused after).
    pub const STATUS: &str = "view-form-status";
    /// The block shown instead of the form once the view is sent.
    pub const SENT: &str = "view-form-sent";
    /// In the sent block: the element whose `data-template` gets the reference number.
    pub const SENT_REFERENCE: &str = "view-form-sent-reference";
    /// In the sent block: the receipt link, whose `data-href-prefix` gets the reference.
    pub const SENT_LINK: &str = "view-form-sent-link";
    /// The form's class.
    pub const FORM_CLASS: &str = "view-form";
    /// The hidden block of messages, each a `<p data-text="...">`.
    pub const TEXTS: &str = "view-form-texts";
}

/// Wraps the server-rendered form and its messages.
#[island]
pub fn ViewFormIsland(children: Children) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    {
        // Effects run only in the browser, once the island is live: the mark tells tests
        // (and styles) that sending now happens without a reload.
        Effect::new(move || {
            if let Some(form) = browser::form() {
                let _ = form.set_attribute("data-live", "");
            }
        });
    }
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        #[cfg(feature = "hydrate")]
        browser::submit(ev);
        #[cfg(not(feature = "hydrate"))]
        let _ = ev;
    };
    view! { <div class="view-form-island" on:submit=on_submit>{children()}</div> }
}

#[cfg(feature = "hydrate")]
mod browser {
    use std::cell::Cell;

    use wasm_bindgen::JsCast;
    use web_sys::{Document, Element, HtmlElement, HtmlFormElement};

    use super::hooks;
    use crate::error::ApiError;
    use crate::forms::{FieldError, FieldProblem};
    use crate::views::model::SentView;

    thread_local! {
        /// A send is under way: a second tap waits for it instead of sending again.
        static SENDING: Cell<bool> = const { Cell::new(false) };
    }

    fn document() -> Document {
        leptos::prelude::document()
    }

    pub(super) fn form() -> Option<HtmlFormElement> {
        document()
            .query_selector(&format!("form.{}", hooks::FORM_CLASS))
            .ok()
            .flatten()
            .and_then(|f| f.dyn_into().ok())
    }

    fn by_id(id: &str) -> Option<Element> {
        document().get_element_by_id(id)
    }

    /// A message the server rendered, in the page's language, into the hidden texts block.
    fn text(name: &str) -> String {
        document()
            .query_selector(&format!("#{} [data-text=\"{name}\"]", hooks::TEXTS))
            .ok()
            .flatten()
            .and_then(|p| p.text_content())
            .unwrap_or_default()
    }

    pub(super) fn submit(ev: leptos::ev::SubmitEvent) {
        let Some(form) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlFormElement>().ok())
        else {
            return;
        };
        ev.prevent_default();
        if SENDING.with(|s| s.replace(true)) {
            return;
        }
        let (Some(lang), Some(slug)) = (
            form.get_attribute("data-lang"),
            form.get_attribute("data-slug"),
        ) else {
            return;
        };
        let fields = form_fields(&form);
        clear_field_errors(&form);
        announce(paragraph(&text("sending"), "form-sending").as_slice());
        leptos::task::spawn_local(async move {
            let result = crate::views::api::submit_view(lang, slug, fields).await;
            SENDING.with(|s| s.set(false));
            match result {
                Ok(sent) => show_sent(&form, &sent),
                Err(err) => show_failure(&err),
            }
        });
    }

    fn show_sent(form: &HtmlFormElement, sent: &SentView) {
        announce(&[]);
        if let Some(slot) = by_id(hooks::SENT_REFERENCE) {
            let template = slot.get_attribute("data-template").unwrap_or_default();
            slot.set_text_content(Some(&template.replace("{reference}", &sent.reference)));
        }
        if let Some(link) = by_id(hooks::SENT_LINK) {
            let prefix = link.get_attribute("data-href-prefix").unwrap_or_default();
            let _ = link.set_attribute("href", &format!("{prefix}{}", sent.reference));
        }
        let _ = form.set_attribute("hidden", "");
        if let Some(block) = by_id(hooks::SENT) {
            let _ = block.remove_attribute("hidden");
            // Focus moves to the confirmation, so it is read out.
            if let Ok(block) = block.dyn_into::<HtmlElement>() {
                let _ = block.focus();
            }
        }
    }

    fn show_failure(err: &ApiError) {
        let summary = match err {
            ApiError::Invalid(_) => text("error-summary"),
            other => text(other.form_message_id()),
        };
        let doc = document();
        let Ok(block) = doc.create_element("div") else {
            return;
        };
        let _ = block.set_attribute("class", "error-summary");
        if let Some(title) = paragraph(&summary, "error-summary-title") {
            let _ = block.append_child(&title);
        }
        if let ApiError::Invalid(problems) = err {
            if let Ok(list) = doc.create_element("ul") {
                for problem in problems {
                    let message = mark_field(problem);
                    if let (Ok(item), Ok(link)) =
                        (doc.create_element("li"), doc.create_element("a"))
                    {
                        let _ = link.set_attribute("href", &format!("#{}", problem.field));
                        link.set_text_content(Some(&message));
                        let _ = item.append_child(&link);
                        let _ = list.append_child(&item);
                    }
                }
                let _ = block.append_child(&list);
            }
        }
        announce(&[block]);
        focus(hooks::STATUS);
    }

    /// Shows a field's error beside it, as the server-rendered page would, and returns it.
    fn mark_field(problem: &FieldError) -> String {
        let field = by_id(&problem.field);
        let key = match problem.problem {
            FieldProblem::TooLong(max) => format!("problem-too-long-{max}"),
            other => format!("problem-{}", other.code()),
        };
        let message = text(&key);
        if let Some(field) = field {
            let _ = field.set_attribute("aria-invalid", "true");
        }
        if let Some(slot) = by_id(&format!("{}-error", problem.field)) {
            slot.set_text_content(Some(&message));
        }
        message
    }

    fn clear_field_errors(form: &HtmlFormElement) {
        if let Ok(list) = form.query_selector_all(".field-error") {
            for i in 0..list.length() {
                if let Some(node) = list.item(i) {
                    node.set_text_content(None);
                }
            }
        }
        if let Ok(list) = form.query_selector_all("[aria-invalid]") {
            for i in 0..list.length() {
                if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    let _ = el.remove_attribute("aria-invalid");
                }
            }
        }
    }

    /// Replaces what the status region says.
    fn announce(children: &[Element]) {
        let Some(status) = by_id(hooks::STATUS) else {
            return;
        };
        status.set_text_content(None);
        for child in children {
            let _ = status.append_child(child);
        }
    }

    fn paragraph(text: &str, class: &str) -> Option<Element> {
        let p = document().create_element("p").ok()?;
        let _ = p.set_attribute("class", class);
        p.set_text_content(Some(text));
        Some(p)
    }

    fn focus(id: &str) {
        if let Some(el) = by_id(id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            let _ = el.focus();
        }
    }

    /// The form's fields as `name=value` pairs, exactly what a plain POST would send.
    fn form_fields(form: &HtmlFormElement) -> Vec<(String, String)> {
        let Ok(data) = web_sys::FormData::new_with_form(form) else {
            return Vec::new();
        };
        let Ok(Some(entries)) = js_sys::try_iter(&data) else {
            return Vec::new();
        };
        entries
            .filter_map(|entry| {
                let pair: js_sys::Array = entry.ok()?.dyn_into().ok()?;
                Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
            })
            .collect()
    }
}
