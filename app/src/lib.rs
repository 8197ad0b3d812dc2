//! The citizen-dialogue portal: pages rendered on the server, with one small interactive island
//! hydrated in the browser (leptos islands mode), so that a phone downloads little JavaScript
//! and everything works with scripts off.
//!
//! Arranged by area, each a folder holding its whole story (`model` types that cross to the
//! browser, `api` server functions, and behind `ssr`: `service` on the database, `pages`,
//! `handlers` for plain-HTML forms with their routes):
//! - [`dialogues`]: the public list and dialogue page, and the editor;
//! - [`views`]: the resident's form, storing a view, the receipt, residents' reports;
//! - [`moderation`]: the queue, decisions, redaction;
//! - [`entry`]: views staff enter from paper, phone or meetings;
//! - [`accounts`]: staff sessions, sign-in, passwords, accounts, the guard on staff routes;
//! - [`audit`]: the append-only log;
//! - [`feedback`]: what was heard and decided, written by editors, shown and mailed;
//! - [`subscriptions`]: residents who asked to be told the outcome by mail;
//! - [`letters`]: the outcome by post, for those who took part on paper, by phone or at meetings;
//! - [`reports`]: who took part, in figures protected for small numbers; the exports;
//! - [`opendata`]: the read-only JSON API under `/api/v1/` and its page;
//! - [`translations`]: translators, their queue, and working translations of views;
//! - [`budgets`]: citizen budgets: projects on a ballot, voting codes, ballots, the count.
//!
//! Below every area, importing none of them: [`domain`] and [`lang`] (vocabulary), [`access`]
//! (roles and grants), [`forms`] (the form kit), [`error`]; and, server only, `state`, `db`,
//! `i18n`, `http` (the handler edge), `site` (the frames every page uses) and `shell` (the
//! router of every page).

// Deeply nested views make deep types; the default limit is reached by the staff pages.
#![recursion_limit = "256"]

mod codes;

pub mod access;
pub mod domain;
pub mod error;
pub mod forms;
pub mod lang;

pub mod accounts;
pub mod audit;
pub mod budgets;
pub mod dialogues;
pub mod entry;
pub mod feedback;
pub mod letters;
pub mod meetings;
pub mod moderation;
pub mod opendata;
pub mod print;
pub mod reports;
pub mod subscriptions;
pub mod translations;
pub mod views;

#[cfg(feature = "ssr")]
pub mod assets;
#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod http;
#[cfg(feature = "ssr")]
pub mod i18n;
#[cfg(feature = "ssr")]
pub mod limits;
#[cfg(feature = "ssr")]
pub mod mail;
#[cfg(feature = "ssr")]
pub mod shell;
#[cfg(feature = "ssr")]
pub mod site;
#[cfg(feature = "ssr")]
pub mod state;
#[cfg(feature = "ssr")]
pub mod tokens;

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
