//! Open data: a read-only, versioned JSON API under `/api/v1/` (dialogues with their texts,
//! their published views page by page, the participation summary of closed dialogues), its
//! OpenAPI 3.1 document generated from the types below, and the page that explains it with the
//! terms of use. Everything here is public and the same for every reader, so answers carry an
//! `ETag` and may be cached.

#[cfg(feature = "ssr")]
pub mod api;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod read;
#[cfg(feature = "ssr")]
pub mod schema;
