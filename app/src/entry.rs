//! Views that reach the district on paper, by phone or at a meeting: any staff member enters
//! them with their channel, and they are moderated like any other view.

#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;

/// The form field that names how the view came (paper, phone, meeting).
pub const CHANNEL: &str = "channel";
