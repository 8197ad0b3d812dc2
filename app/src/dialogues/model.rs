//! The dialogues as pages show them: plain serde types that server functions return.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::{DialogueStatus, ParticipationLevel, Place, TargetGroup, Theme};
use crate::lang::Lang;

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
    pub title: String,
    pub summary: String,
    pub body: String,
    pub influence: String,
    pub not_influence: String,
    pub decides: String,
    pub place: Place,
    pub level: ParticipationLevel,
    pub target_groups: Vec<TargetGroup>,
    pub themes: Vec<Theme>,
    pub status: DialogueStatus,
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
    pub decision_on: Option<NaiveDate>,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: Option<String>,
    pub questions: Vec<QuestionText>,
    pub views: ViewPage,
    pub languages: Vec<Lang>,
}
