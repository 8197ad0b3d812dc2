//! Translators: a role per language (`staff_language`), their queue (dialogues missing their
//! language, draft translations, translations whose Swedish changed since they were made, and
//! residents' views marked "needs translation"), the page where they translate one dialogue
//! into one language, and staff-only working translations of residents' views.
//!
//! Translators write only texts and questions, never the common fields; they cannot publish or
//! moderate (`access::Area::Translation`). Each save is a dialogue version like an editor's, so
//! the history and the audit log show who translated what.

#[cfg(feature = "ssr")]
pub mod diff;
#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod views;
