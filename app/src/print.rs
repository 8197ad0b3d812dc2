//! Beyond the screen: an A4 poster per dialogue and language (and one with several languages
//! side by side) with a QR code to the dialogue, and a paper response form that staff enter
//! through the entry page. Both are plain pages with print CSS, no JavaScript. The QR codes
//! point at short addresses, `/d/<code>/<lang>`, that redirect to the dialogue page and stay
//! valid however the portal's pages move.

pub mod code;
#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod qr;
