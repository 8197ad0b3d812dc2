//! Staff accounts: sessions and signing in, roles, passwords, and the administrators' account
//! management. The guard in front of every staff form route lives here too ([`guard`]), since
//! it starts from the session.

#[cfg(feature = "ssr")]
pub mod guard;
#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod throttle;
