//! Residents who asked to be told the outcome of a dialogue: the address is kept apart from any
//! view, confirmed by a link in a mail (double opt-in), ended by a one-click link in every
//! later mail, lapses unconfirmed after seven days, and is erased once the outcome is sent.

#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;

/// The field of the small form on the dialogue page.
pub const EMAIL: &str = "email";

/// A refused request for the outcome: the dialogue page shows it at the small form.
#[cfg(feature = "ssr")]
#[derive(Debug, Clone)]
pub struct SubscribeRefused(pub crate::forms::fields::Resubmitted);
