//! The moderator's desk with JavaScript, as a WebAssembly module of its own: the moderation page
//! loads it, no resident's page does, so the residents' download stays as it is.
//!
//! Everything here improves forms that already work without it:
//! - **Decisions without a reload.** A decision form in the queue is sent with `fetch`; the
//!   queue the server answers with replaces the page's `<main>`, the view that followed the
//!   decided one gets the focus, and the outcome is read out by a live region. A moderator who
//!   was too late sees the server's "decided by" message above the fresh queue.
//! - **Single-key shortcuts** (J next, K previous, A approve, R reject with the chosen reason,
//!   M redact the first highlighted passage). WCAG 2.1.4: they work only while the focus is in
//!   the pending list and not in a text field, and a checkbox turns them off (remembered in
//!   this browser). Nothing depends on them.
//!
//! The words it speaks come from the page (`data-*` on `#desk-keys`), in the page's language:
//! the module itself holds no text.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{
    Document, DomParser, Element, FormData, HtmlElement, HtmlFormElement, HtmlInputElement,
    KeyboardEvent, RequestInit, Response, ScrollIntoViewOptions, ScrollLogicalPosition,
    SubmitEvent, SupportedType, UrlSearchParams,
};

/// Where the choice "shortcuts off" is remembered.
const KEYS_OFF: &str = "portal-desk-keys-off";
/// The pending list, where the shortcuts work.
const PENDING: &str = ".queue-pending";
/// One view in a list.
const ITEM: &str = "li.pending";

/// Starts the desk on the moderation page; does nothing elsewhere.
#[wasm_bindgen(start)]
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id("desk-keys").is_none() {
        return;
    }
    // The live region lives outside <main>, which is replaced after each decision: a region
    // that is itself replaced is not read out.
    if let (Ok(live), Some(body)) = (document.create_element("div"), document.body()) {
        let _ = live.set_attribute("id", "desk-live");
        let _ = live.set_attribute("role", "status");
        let _ = live.set_attribute("class", "visually-hidden");
        let _ = body.append_child(&live);
    }
    prepare(&document);
    listen(&document, "submit", true, |event: SubmitEvent| {
        on_submit(&event)
    });
    listen(&document, "keydown", false, |event: KeyboardEvent| {
        on_key(&event)
    });
    listen(&document, "change", false, |event: web_sys::Event| {
        let toggle = event
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            .filter(|t| t.id() == "desk-keys-on");
        if let (Some(toggle), Some(storage)) = (toggle, storage()) {
            let _ = if toggle.checked() {
                storage.remove_item(KEYS_OFF)
            } else {
                storage.set_item(KEYS_OFF, "1")
            };
        }
    });
}

/// Listens on the whole document, so the listeners outlive the content they serve.
fn listen<E: JsCast + 'static>(
    document: &Document,
    kind: &str,
    capture: bool,
    handler: impl Fn(E) + 'static,
) {
    let closure = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        if let Ok(event) = event.dyn_into::<E>() {
            handler(event);
        }
    });
    let _ = document.add_event_listener_with_callback_and_bool(
        kind,
        closure.as_ref().unchecked_ref(),
        capture,
    );
    // The listener lasts as long as the page.
    closure.forget();
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Shows the shortcuts' panel (hidden without JavaScript, where it would promise nothing), sets
/// its switch as the moderator left it, and lets each pending view take the focus.
fn prepare(document: &Document) {
    if let Some(panel) = document.get_element_by_id("desk-keys") {
        let _ = panel.remove_attribute("hidden");
    }
    let off = storage().is_some_and(|s| s.get_item(KEYS_OFF).ok().flatten().is_some());
    if let Some(toggle) = by_id::<HtmlInputElement>(document, "desk-keys-on") {
        toggle.set_checked(!off);
    }
    for item in all(document, &format!("{PENDING} {ITEM}")) {
        let _ = item.set_attribute("tabindex", "-1");
    }
}

fn by_id<T: JsCast>(document: &Document, id: &str) -> Option<T> {
    document.get_element_by_id(id)?.dyn_into::<T>().ok()
}

/// Every element under `root` that matches `selector`.
fn all(root: &impl AsRef<web_sys::Node>, selector: &str) -> Vec<Element> {
    let list = match root.as_ref().dyn_ref::<Document>() {
        Some(document) => document.query_selector_all(selector),
        None => match root.as_ref().dyn_ref::<Element>() {
            Some(element) => element.query_selector_all(selector),
            None => return Vec::new(),
        },
    };
    let Ok(list) = list else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// A message the page gave the desk (`data-<name>` on the shortcuts' panel), with `{name}`
/// placeholders filled in.
fn message(document: &Document, name: &str, values: &[(&str, String)]) -> String {
    let mut text = document
        .get_element_by_id("desk-keys")
        .and_then(|panel| panel.get_attribute(&format!("data-{name}")))
        .unwrap_or_default();
    for (key, value) in values {
        text = text.replace(&format!("{{{key}}}"), value);
    }
    text
}

/// Reads `text` out to screen readers.
fn announce(document: &Document, text: &str) {
    if let Some(live) = document.get_element_by_id("desk-live") {
        // Emptied first, so the same words twice are read twice.
        live.set_text_content(None);
        live.set_text_content(Some(text));
    }
}

// ---- Decisions without a reload -------------------------------------------------------------

/// A decision form in the moderation page's `<main>` is sent in the background.
fn on_submit(event: &SubmitEvent) {
    let Some(form) = event
        .target()
        .and_then(|t| t.dyn_into::<HtmlFormElement>().ok())
    else {
        return;
    };
    let ours = form.method().eq_ignore_ascii_case("post")
        && form.closest("main").ok().flatten().is_some()
        && form.get_attribute("data-desk-native").is_none()
        && form.action().contains("/staff/moderation");
    if !ours {
        return;
    }
    event.prevent_default();
    let action = event
        .submitter()
        .and_then(|button| button.get_attribute("formaction"))
        .unwrap_or_else(|| form.action());
    spawn_local(async move {
        if send(&form, &action).await.is_err() {
            // The network or the browser failed us: send the form the way it works without
            // JavaScript, so the decision is not lost.
            if let Some(document) = web_sys::window().and_then(|w| w.document()) {
                announce(&document, &message(&document, "failed", &[]));
            }
            let _ = form.set_attribute("data-desk-native", "1");
            form.set_action(&action);
            let _ = form.submit();
        }
    });
}

/// Sends `form` to `action` and puts the queue the server answers in front of the moderator.
async fn send(form: &HtmlFormElement, action: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let document = window.document().ok_or(JsValue::NULL)?;
    let field = |name: &str| {
        form.query_selector(&format!("input[name={name}]"))
            .ok()
            .flatten()
            .and_then(|input| input.get_attribute("value"))
            .unwrap_or_default()
    };
    let (next, back) = (field("next"), field("back"));
    let body =
        UrlSearchParams::new_with_str_sequence_sequence(&FormData::new_with_form(form)?.into())?;
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_body(&JsValue::from(body));
    let response: Response = JsFuture::from(window.fetch_with_str_and_init(action, &init))
        .await?
        .dyn_into()?;
    let page = parse(&response).await?;
    if response.ok() {
        show(&document, &page, None)?;
        let _ = window
            .history()?
            .replace_state_with_url(&JsValue::NULL, "", Some(&response.url()));
        let target = document
            .get_element_by_id(&format!("pending-{next}"))
            .or_else(|| {
                all(&document, &format!("{PENDING} {ITEM}"))
                    .into_iter()
                    .next()
            });
        focus(&document, target);
    } else {
        // Refused or too late: the server's explanation, above the queue as it is now.
        let explanation: Vec<String> = all(&page, "main > p")
            .into_iter()
            .filter(|p| p.query_selector("a").ok().flatten().is_none())
            .filter_map(|p| p.text_content())
            .collect();
        let path = window.location().pathname()?;
        let queue = if back.is_empty() {
            path
        } else {
            format!("{path}?{back}")
        };
        let response: Response = JsFuture::from(window.fetch_with_str(&queue))
            .await?
            .dyn_into()?;
        let fresh = parse(&response).await?;
        show(&document, &fresh, Some(&explanation.join(" ")))?;
        let target = document.get_element_by_id(&format!("pending-{next}"));
        focus(&document, target);
    }
    Ok(())
}

/// The page an answer holds.
async fn parse(response: &Response) -> Result<Document, JsValue> {
    let text = JsFuture::from(response.text()?)
        .await?
        .as_string()
        .unwrap_or_default();
    DomParser::new()?.parse_from_string(&text, SupportedType::TextHtml)
}

/// Puts `page`'s `<main>` and title in place of the current ones, with `problem` (a refusal
/// the server explained) at the top, and reads out what happened.
fn show(document: &Document, page: &Document, problem: Option<&str>) -> Result<(), JsValue> {
    let (Some(new), Some(old)) = (
        page.query_selector("main")?,
        document.query_selector("main")?,
    ) else {
        return Err(JsValue::NULL);
    };
    // The outcome is read out by the desk's own live region; the page's would repeat it.
    let notice = new.query_selector(".notice")?;
    if let Some(notice) = &notice {
        notice.remove_attribute("role")?;
    }
    old.set_inner_html(&new.inner_html());
    document.set_title(&page.title());
    prepare(document);
    let mut said = notice.and_then(|n| n.text_content()).unwrap_or_default();
    if let Some(problem) = problem.filter(|p| !p.is_empty()) {
        let box_ = document.create_element("p")?;
        box_.set_attribute("class", "notice error")?;
        box_.set_text_content(Some(problem));
        if let Some(heading) = old.query_selector("h1")? {
            heading.after_with_node_1(&box_)?;
        }
        said = problem.to_string();
    }
    announce(document, &said);
    Ok(())
}

/// Moves the focus to `target` (a view, or else the page's heading) and brings it into sight.
fn focus(document: &Document, target: Option<Element>) {
    let target = target.or_else(|| document.query_selector("main h1").ok().flatten());
    if let Some(target) = target.and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
        if target.get_attribute("tabindex").is_none() {
            let _ = target.set_attribute("tabindex", "-1");
        }
        let _ = target.focus();
        let options = ScrollIntoViewOptions::new();
        options.set_block(ScrollLogicalPosition::Start);
        target.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

// ---- Single-key shortcuts -------------------------------------------------------------------

/// One key, one action, while the focus is in the pending list and the shortcuts are on.
fn on_key(event: &KeyboardEvent) {
    if event.alt_key() || event.ctrl_key() || event.meta_key() || event.default_prevented() {
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let on = by_id::<HtmlInputElement>(&document, "desk-keys-on").is_some_and(|t| t.checked());
    let Some(active) = document.active_element() else {
        return;
    };
    if !on || typing(&active) {
        return;
    }
    let Some(list) = active.closest(PENDING).ok().flatten() else {
        return;
    };
    let items = all(&list, ITEM);
    let current = active.closest(ITEM).ok().flatten();
    let at = current
        .as_ref()
        .and_then(|c| items.iter().position(|i| i == c));
    let handled = match event.key().to_ascii_lowercase().as_str() {
        "j" => step(&document, &items, at.map_or(0, |i| i + 1)),
        "k" => step(&document, &items, at.map_or(0, |i| i.saturating_sub(1))),
        "a" => decide(current.as_ref(), "input[name=decision][value=approve]"),
        "r" => decide(current.as_ref(), "input[name=decision][value=reject]"),
        "m" => {
            let done = decide(
                current.as_ref(),
                ".redact-these input[name=decision][value=redact]",
            );
            if !done && current.is_some() {
                announce(&document, &message(&document, "nothing", &[]));
            }
            current.is_some()
        }
        _ => false,
    };
    if handled {
        event.prevent_default();
    }
}

/// Whether the focus is where keys type text: there a letter is a letter.
fn typing(active: &Element) -> bool {
    match active.tag_name().as_str() {
        "TEXTAREA" | "SELECT" => true,
        "INPUT" => !matches!(
            active.get_attribute("type").as_deref(),
            Some("checkbox" | "radio" | "submit" | "button")
        ),
        _ => active.get_attribute("contenteditable").is_some(),
    }
}

/// Moves to the view at `index` and says which one it is, or that the list ends here.
fn step(document: &Document, items: &[Element], index: usize) -> bool {
    match items.get(index) {
        Some(item) => {
            focus(document, Some(item.clone()));
            let reference = item
                .query_selector("h3")
                .ok()
                .flatten()
                .and_then(|h| h.text_content())
                .unwrap_or_default();
            let said = message(
                document,
                "at",
                &[
                    ("position", (index + 1).to_string()),
                    ("total", items.len().to_string()),
                    ("reference", reference),
                ],
            );
            announce(document, &said);
        }
        None => announce(document, &message(document, "end", &[])),
    }
    true
}

/// Sends the current view's form that holds `field`; false when it has none.
fn decide(current: Option<&Element>, field: &str) -> bool {
    let form = current
        .and_then(|item| item.query_selector(field).ok().flatten())
        .and_then(|input| input.closest("form").ok().flatten())
        .and_then(|form| form.dyn_into::<HtmlFormElement>().ok());
    match form {
        // As if its button were pressed: the submit listener sends it in the background.
        Some(form) => form.request_submit().is_ok(),
        None => false,
    }
}
