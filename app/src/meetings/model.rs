//! A meeting as pages show it and versions keep it.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::domain::Place;

/// A meeting about a dialogue. Times are Stockholm wall-clock time, as residents read them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meeting {
    pub id: i32,
    pub starts: NaiveDateTime,
    pub ends: NaiveDateTime,
    /// Held online, at `link`; otherwise at `venue`, `address` in `place`.
    pub online: bool,
    pub place: Option<Place>,
    pub venue: String,
    pub address: String,
    pub link: Option<String>,
    /// The languages spoken (codes of the portal's languages).
    pub languages: Vec<String>,
    /// Interpreting offered: language codes, and [`super::SIGN_LANGUAGE`].
    pub interpreting: Vec<String>,
    pub step_free: bool,
    pub hearing_loop: bool,
    /// Residents sign up beforehand.
    pub registration: bool,
    /// Whom to ask, as the editor wrote it (a name, an address, a number).
    pub contact: String,
    pub cancelled: bool,
    /// Where the meeting was moved from: its earlier start.
    pub moved_from: Option<NaiveDateTime>,
    /// How many times it has changed since it was announced (iCalendar's `SEQUENCE`).
    pub sequence: i32,
}
