//! Dialogues: the public list and dialogue page (residents), and the editor (staff) in
//! [`editor`]. The texts of a dialogue exist per language; a reader gets their own language,
//! or the Swedish source marked as Swedish.

pub mod api;
#[cfg(feature = "ssr")]
pub mod easy;
pub mod editor;
#[cfg(feature = "ssr")]
pub mod lookup;
pub mod model;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
