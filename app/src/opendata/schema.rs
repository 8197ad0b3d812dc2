//! What the API answers with. The OpenAPI document is generated from these types, so the
//! document and the answers cannot drift apart.

use chrono::NaiveDate;
use serde::Serialize;
use utoipa::ToSchema;

use crate::reports::model::Cell;

/// A dialogue's texts in one language.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DialogueTexts {
    /// The language code (`sv`, `fi`, `fit`, `se`, `smj`, `sma`, `en`).
    pub lang: String,
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

/// A question, in each language it is written in.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Question {
    pub id: i32,
    pub texts: Vec<LangText>,
}

/// A text in one language.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct LangText {
    pub lang: String,
    pub text: String,
}

/// The feedback in one language: what was heard and decided.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FeedbackTexts {
    pub lang: String,
    pub heard: String,
    pub decided: String,
    pub decided_by: String,
    pub next_steps: String,
}

/// What the district reported back once the dialogue was over.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Feedback {
    pub published_on: NaiveDate,
    /// The decision's reference number (diarienummer).
    pub decision_reference: Option<String>,
    pub decided_on: Option<NaiveDate>,
    /// A link to the minutes with the decision.
    pub protocol_url: Option<String>,
    pub texts: Vec<FeedbackTexts>,
}

/// A published dialogue.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Dialogue {
    pub slug: String,
    /// `upcoming`, `open` or `closed`.
    pub state: String,
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
    /// When the decision is planned or was made.
    pub decision_on: Option<NaiveDate>,
    /// The participation level: `information`, `consultation`, `dialogue`, `influence`,
    /// `co-decision`.
    pub level: String,
    /// The district area it concerns.
    pub place: String,
    /// The dialogue's page, in Swedish.
    pub url: String,
    pub texts: Vec<DialogueTexts>,
    pub questions: Vec<Question>,
    pub feedback: Option<Feedback>,
}

/// Every published dialogue.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DialogueList {
    pub items: Vec<Dialogue>,
}

/// An answer to one question, as published.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Answer {
    pub question_id: i32,
    pub text: String,
}

/// A published view, as the dialogue page shows it (redactions applied).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct View {
    /// The view's number in the portal (not the writer's receipt reference, which stays theirs).
    pub id: i32,
    /// The language it was written in.
    pub lang: String,
    /// The day it came in, Stockholm time.
    pub received_on: NaiveDate,
    /// The name the writer chose to show, if any.
    pub name: Option<String>,
    pub answers: Vec<Answer>,
    pub general: Option<String>,
}

/// One page of a dialogue's published views, oldest first.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ViewPage {
    pub items: Vec<View>,
    /// Pass as `cursor` for the next page; absent on the last page.
    pub next_cursor: Option<String>,
}

/// A protected figure: the count, or why it is not shown.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Figure {
    /// The count, when it may be shown.
    pub count: Option<u64>,
    /// `fewer-than-5`, or `withheld` (it would give away a small figure beside it); absent
    /// when the count is shown.
    pub protected: Option<String>,
}

impl From<Cell> for Figure {
    fn from(cell: Cell) -> Self {
        match cell {
            Cell::Count(n) => Figure {
                count: Some(n),
                protected: None,
            },
            Cell::FewerThan5 => Figure {
                count: None,
                protected: Some("fewer-than-5".into()),
            },
            Cell::Withheld => Figure {
                count: None,
                protected: Some("withheld".into()),
            },
        }
    }
}

/// One row of a breakdown.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SummaryRow {
    /// A language code, an age group (`under-13`, `13-17`...), an area (`vinsta`...), or
    /// `not-answered`.
    pub key: String,
    pub figure: Figure,
}

/// Who took part in a closed dialogue (rejected views not counted).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Summary {
    pub dialogue: String,
    pub total: Figure,
    pub languages: Vec<SummaryRow>,
    pub ages: Vec<SummaryRow>,
    pub areas: Vec<SummaryRow>,
}

/// An error, as RFC 9457 problem details.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Problem {
    /// `about:blank`: the status says what kind of problem it is.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
}
