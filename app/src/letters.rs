//! Letters by post: the outcome for residents who took part on paper, by phone or at a meeting
//! and asked for it by post. Staff see how many letters each language needs and print them;
//! the addresses stay off the screen until a staff member opens them (audited), and are erased
//! once the letters are sent.

#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;

/// The entry form's fields for a letter.
pub mod fields {
    /// "yes": the resident wants the outcome by post.
    pub const WANTS_POST: &str = "post";
    pub const NAME: &str = "post-name";
    pub const ADDRESS: &str = "post-address";
}

/// Size limits, in characters.
pub mod limits {
    pub const NAME: usize = 200;
    pub const ADDRESS: usize = 400;
}

/// The addresses an administrator opened, rendered only in the answer to that request.
#[cfg(feature = "ssr")]
#[derive(Debug, Clone)]
pub struct Opened(pub Vec<service::Letter>);
