//! The district's numbers: whom a dialogue reached and what came in, for the district council
//! (staff reports with charts and tables), for residents (a closed dialogue's public summary),
//! and for anyone who wants the data (exports and the open-data API in `opendata`).
//!
//! Every figure that leaves the portal goes through [`model::protect`]: a count under five is
//! shown as "fewer than 5", and a second figure is withheld where the first could be worked out
//! from a total.

pub mod model;

#[cfg(feature = "ssr")]
pub mod chart;
#[cfg(feature = "ssr")]
pub mod export;
#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod public;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod tally;
