//! Meetings: open meetings, drop-ins and online sessions where a dialogue is discussed, for
//! the residents the routine names who do not take part on the web. Editors attach them to a
//! dialogue; residents find them on the dialogue page, in a list of all meetings and in their
//! calendar (iCalendar, one file per meeting and a feed); views collected at a meeting are
//! entered with channel "meeting" and the meeting chosen. A meeting is never deleted:
//! cancelling and moving are changes, each a numbered version with an audit entry.

#[cfg(feature = "ssr")]
pub mod form;
#[cfg(feature = "ssr")]
pub mod handlers;
#[cfg(feature = "ssr")]
pub mod ics;
pub mod model;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;

/// The meeting form's field names.
pub mod fields {
    pub const DATE: &str = "date";
    pub const START: &str = "start";
    pub const END: &str = "end";
    pub const ONLINE: &str = "online";
    pub const PLACE: &str = "place";
    pub const VENUE: &str = "venue";
    pub const ADDRESS: &str = "address";
    pub const LINK: &str = "link";
    pub const LANGUAGES: &str = "languages";
    pub const INTERPRETING: &str = "interpreting";
    pub const STEP_FREE: &str = "step-free";
    pub const HEARING_LOOP: &str = "hearing-loop";
    pub const REGISTRATION: &str = "registration";
    pub const CONTACT: &str = "contact";
    /// On the entry form: the meeting a view was collected at.
    pub const MEETING: &str = "meeting";
}

/// Size limits, in characters (the columns are sized to match).
pub mod limits {
    pub const VENUE: usize = 200;
    pub const ADDRESS: usize = 300;
    pub const LINK: usize = 500;
    pub const CONTACT: usize = 300;
}

/// Interpreting into Swedish sign language: offered beside the spoken languages.
pub const SIGN_LANGUAGE: &str = "sgn";
