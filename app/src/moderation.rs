//! Moderation: the queue of pending and reported views, decisions (approve, reject with a
//! policy reason, hide, restore, keep a reported view), redaction of passages, and the
//! "needs translation" mark. Moderators and administrators only (`access::Area::Moderation`).

#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod queue;
#[cfg(feature = "ssr")]
pub mod service;
