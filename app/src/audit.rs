//! The append-only audit log: every staff action and every resident's report, with who, when,
//! what and why. Other areas write to it through [`service::record`] in the same transaction
//! as their change; administrators read it on `/<lang>/staff/audit`.

pub mod model;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;

pub use model::AuditAction;
