//! The citizen-dialogue portal: pages rendered on the server, with small interactive islands
//! hydrated in the browser (leptos islands mode), so that a phone downloads little JavaScript
//! and everything works with scripts off.
//!
//! - [`domain`], [`lang`]: vocabulary and rules, shared by both sides.
//! - [`api`]: server functions and the data they exchange.
//! - [`islands`]: the only components that run in the browser.
//! - `pages`, `i18n`, `server` (feature `ssr`): page components, translations, services and
//!   the database.

// Deeply nested views make deep types; the default limit is reached by the staff pages.
#![recursion_limit = "256"]

pub mod api;
pub mod domain;
pub mod islands;
pub mod lang;

#[cfg(feature = "ssr")]
pub mod i18n;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod server;

/// The browser entry point: hydrates the islands on the page, nothing else.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    // Panic messages in the console help while developing; in a release build their
    // formatting code would add to every resident's download.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
