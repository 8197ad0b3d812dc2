//! Feedback (återkoppling): what was heard in a dialogue and what was decided, written by
//! editors per language, saved as versions, published on the dialogue page (leading it once the
//! dialogue is closed) and mailed to every resident who asked for it.

pub mod model;

#[cfg(feature = "ssr")]
pub mod form;
#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod public_pages;
#[cfg(feature = "ssr")]
pub mod read;
#[cfg(feature = "ssr")]
pub mod service;
