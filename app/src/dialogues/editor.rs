//! The editor: staff write a dialogue in Swedish as a draft, add each language's texts and
//! questions, see which languages are missing, publish (with a confirmation when minority
//! languages are missing), close, preview and read the history. Editors and administrators
//! only (`access::Area::Dialogues`). Server only: nothing here reaches the browser.

#[cfg(feature = "ssr")]
pub mod form;
#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod review_pages;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod snapshot;
#[cfg(feature = "ssr")]
pub mod versions;
