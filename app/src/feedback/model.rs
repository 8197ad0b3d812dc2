//! Feedback as pages show it and versions store it.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::codes::code_enum;
use crate::lang::Lang;

/// The feedback's texts in one language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackTexts {
    /// What was heard, as a summary.
    pub heard: String,
    /// What was decided, or will be.
    pub decided: String,
    /// Who decided (the district council, a committee...).
    pub decided_by: String,
    /// What happens next, and when.
    pub next_steps: String,
}

/// The decision the feedback refers to: the same in every language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    /// The diarienummer.
    pub reference: Option<String>,
    pub decided_on: Option<NaiveDate>,
    /// A link to the protocol with the decision.
    pub protocol_url: Option<String>,
}

/// Published feedback as the dialogue page shows it, in the reader's language or Swedish.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicFeedback {
    pub text_lang: Lang,
    /// The text in the reader's language is a translation no one has marked reviewed.
    pub draft_translation: bool,
    pub texts: FeedbackTexts,
    /// What was heard per question: question id, text (in `text_lang`).
    pub per_question: Vec<(i32, String)>,
    pub decision: Decision,
    pub published_on: NaiveDate,
}

/// Feedback as a version of the dialogue keeps it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackSnapshot {
    pub decision: Decision,
    pub published: bool,
    pub texts: Vec<FeedbackSnapshotText>,
    /// Per question id, the text of what was heard in each language it has.
    pub questions: BTreeMap<i32, BTreeMap<String, String>>,
}

/// The feedback in one language, with whether a native speaker has checked it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedbackSnapshotText {
    pub lang: String,
    #[serde(flatten)]
    pub texts: FeedbackTexts,
    pub reviewed: bool,
}

code_enum! {
    /// Where a dialogue is, as the list shows it: the routine ends with feedback.
    Stage {
        Upcoming = "upcoming",
        Open = "open",
        AwaitingFeedback = "awaiting-feedback",
        FeedbackGiven = "feedback-given",
    }
}
