//! The dialogues as pages show them: plain serde types that server functions return.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::{DialogueStatus, ParticipationLevel, Place, TargetGroup, Theme};
use crate::feedback::model::{PublicFeedback, Stage};
use crate::lang::Lang;

/// A dialogue's texts in one language: what a translator translates.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Texts {
    pub title: String,
    pub summary: String,
    pub body: String,
    /// What residents can influence.
    pub influence: String,
    /// What they cannot.
    pub not_influence: String,
    /// Who decides, and when.
    pub decides: String,
}

/// Who answers questions about a dialogue. Stored versions keep the field names they were
/// written with (`contact_name`, ...), so old versions still read back.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    #[serde(rename = "contact_name")]
    pub name: String,
    #[serde(rename = "contact_email")]
    pub email: String,
    #[serde(rename = "contact_phone")]
    pub phone: Option<String>,
}

/// The list page's filters, as the GET form sends them. An unknown code is ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DialogueFilter {
    pub group: Option<TargetGroup>,
    pub place: Option<Place>,
    pub theme: Option<Theme>,
    pub status: Option<DialogueStatus>,
    /// Only dialogues whose texts exist in the reader's language.
    #[serde(default)]
    pub in_my_language: bool,
    /// Only dialogues whose feedback is published.
    #[serde(default)]
    pub feedback_given: bool,
}

/// A dialogue as the list shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DialogueCard {
    pub slug: String,
    /// The language the title and summary are in (the reader's, or Swedish as a fallback).
    pub text_lang: Lang,
    pub title: String,
    pub summary: String,
    pub status: DialogueStatus,
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
    pub place: Place,
    pub target_groups: Vec<TargetGroup>,
    pub themes: Vec<Theme>,
    /// The languages the dialogue's texts exist in.
    pub languages: Vec<Lang>,
    /// Where it is in the routine: upcoming, open, awaiting feedback, feedback given.
    pub stage: Stage,
}

/// One question of a dialogue, in the reader's language where it exists.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionText {
    pub id: i32,
    pub text_lang: Lang,
    pub text: String,
}

/// A published view as the public sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PublishedView {
    /// For the report form.
    pub id: i32,
    pub display_name: Option<String>,
    /// The language the resident wrote in (a code: views may come in any language).
    pub lang: String,
    pub sent_on: NaiveDate,
    /// Answers in question order, as (question id, answer).
    pub answers: Vec<(i32, String)>,
    pub general: Option<String>,
}

/// One page of a dialogue's published views.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ViewPage {
    pub items: Vec<PublishedView>,
    /// 1-based.
    pub page: u32,
    pub pages: u32,
    pub total: u64,
}

/// Published views per page.
pub const VIEWS_PER_PAGE: u64 = 20;

/// Everything the dialogue page shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DialogueDetail {
    pub slug: String,
    pub text_lang: Lang,
    pub text: Texts,
    /// The texts and questions in the reader's language are a translation no one has marked
    /// reviewed: the page says so.
    pub draft_translation: bool,
    /// An editor wrote this dialogue in easy-to-read Swedish (lättläst).
    pub has_easy: bool,
    /// The page shows the easy-to-read Swedish in place of the standard texts.
    pub easy_reading: bool,
    pub place: Place,
    pub level: ParticipationLevel,
    pub target_groups: Vec<TargetGroup>,
    pub themes: Vec<Theme>,
    pub status: DialogueStatus,
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
    pub decision_on: Option<NaiveDate>,
    pub contact: Contact,
    pub questions: Vec<QuestionText>,
    pub views: ViewPage,
    pub languages: Vec<Lang>,
    /// The day of the decision (the feedback's, else the planned one) and whether it is past.
    pub decision: Option<(NaiveDate, bool)>,
    /// The published feedback, in the reader's language or Swedish.
    pub feedback: Option<PublicFeedback>,
    /// Who took part, once the dialogue has closed (small numbers protected).
    pub participation: Option<crate::reports::model::PublicSummary>,
    /// Its meetings that are not yet over, cancelled ones included (they say so).
    pub meetings: Vec<crate::meetings::model::Meeting>,
}
