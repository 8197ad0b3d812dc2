//! Residents' views: the form (a plain HTML form, sent without a reload by the one island when
//! scripts run), storing a view with its idempotency key, the receipt, and residents' reports
//! of published views.

pub mod api;
#[cfg(feature = "ssr")]
pub mod handlers;
pub mod island;
pub mod model;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
