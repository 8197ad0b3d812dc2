//! Server functions and the plain data they exchange with pages and islands. The functions are
//! thin: they read the shared state, call a service in `crate::server`, and return error codes
//! (never sentences: the page turns a code into a Fluent message in the reader's language).

use chrono::NaiveDate;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use server_fn::codec::{Postcard, PostcardEncoding};
use server_fn::error::{FromServerFnError, ServerFnErrorErr};

use crate::domain::{DialogueStatus, FieldError, ParticipationLevel, Place, TargetGroup, Theme};
use crate::lang::Lang;

/// What a server function can answer instead of its result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, thiserror::Error)]
pub enum ApiError {
    /// No such dialogue or receipt (or the dialogue is not published).
    #[error("not found")]
    NotFound,
    /// The dialogue is upcoming or closed and takes no views.
    #[error("dialogue not open")]
    NotOpen,
    /// The form was refused; one entry per field.
    #[error("invalid form")]
    Invalid(Vec<FieldError>),
    /// Too many views from one address in a short time.
    #[error("rate limited")]
    RateLimited,
    /// Something failed on the server; the details are in its log, never here.
    #[error("internal error")]
    Internal,
    /// The request did not reach the server function or its answer did not come back.
    #[error("transport: {0}")]
    Transport(String),
}

// Errors travel as Postcard, like the view form's call: decoding them in the browser then
// needs no JSON parser (which, with its error messages, was a fifth of the download).
impl FromServerFnError for ApiError {
    type Encoder = PostcardEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        ApiError::Transport(value.to_string())
    }
}

impl ApiError {
    /// Whether an encoded error says the call never reached the function (its arguments did
    /// not decode, or the body was too large): the caller's fault, not the server's.
    pub fn is_transport(encoded: &[u8]) -> bool {
        matches!(
            <ApiError as FromServerFnError>::de(encoded.to_vec().into()),
            ApiError::Transport(_)
        )
    }

    /// The Fluent id of the message a resident sees for this error on the form.
    pub fn form_message_id(&self) -> &'static str {
        match self {
            ApiError::NotFound | ApiError::NotOpen => "form-error-not-open",
            ApiError::Invalid(_) => "form-error-summary",
            ApiError::RateLimited => "form-error-rate-limited",
            ApiError::Internal => "form-error-internal",
            ApiError::Transport(_) => "form-error-network",
        }
    }
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

/// What the island needs after a view was sent: kept small, because it is decoded in the
/// browser (every type decoded there adds to the download).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SentView {
    pub reference: String,
}

/// What the resident gets back for a view.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Receipt {
    pub reference: String,
    pub dialogue_slug: String,
    pub dialogue_title: String,
    pub title_lang: Lang,
    pub received_on: NaiveDate,
    pub consent_publish: bool,
    /// The language the resident wrote in.
    pub written_in: Lang,
}

#[cfg(feature = "ssr")]
fn parse_lang(lang: &str) -> Result<Lang, ApiError> {
    Lang::from_code(lang).ok_or(ApiError::NotFound)
}

/// The published dialogues that match the filters, open ones first.
#[server(endpoint = "list-dialogues")]
pub async fn list_dialogues(lang: String, #[server(default)] filter: DialogueFilter) -> Result<Vec<DialogueCard>, ApiError> {
    let state = crate::server::AppState::from_context()?;
    let lang = parse_lang(&lang);
    crate::server::respond(async { crate::server::dialogues::list(&state.db, lang?, &filter, state.today()).await }.await)
}

/// A published dialogue with one page of its published views.
#[server(endpoint = "get-dialogue")]
pub async fn get_dialogue(lang: String, slug: String, page: u32) -> Result<DialogueDetail, ApiError> {
    let state = crate::server::AppState::from_context()?;
    let lang = parse_lang(&lang);
    crate::server::respond(async { crate::server::dialogues::detail(&state.db, lang?, &slug, page, state.today()).await }.await)
}

/// Sends a resident's view. `fields` are the form's `name=value` pairs, exactly as the plain
/// HTML form posts them, so both ways of sending share one path. Sending the same form twice
/// (same idempotency key) returns the first receipt and stores nothing new.
#[server(endpoint = "submit-view", input = Postcard, output = Postcard)]
pub async fn submit_view(
    lang: String,
    slug: String,
    fields: Vec<(String, String)>,
) -> Result<SentView, ApiError> {
    use axum::extract::ConnectInfo;
    let state = crate::server::AppState::from_context()?;
    let ConnectInfo(peer) = leptos_axum::extract::<ConnectInfo<std::net::SocketAddr>>()
        .await
        .map_err(|_| ApiError::Internal)?;
    let form = crate::domain::ViewForm::from_pairs(fields);
    let lang = parse_lang(&lang);
    let sent = async { crate::server::views::submit(&state, peer.ip(), lang?, &slug, &form).await }.await;
    crate::server::respond(sent.map(|receipt| SentView { reference: receipt.reference }))
}

/// The receipt for a reference number.
#[server(endpoint = "get-receipt")]
pub async fn get_receipt(lang: String, reference: String) -> Result<Receipt, ApiError> {
    let state = crate::server::AppState::from_context()?;
    let lang = parse_lang(&lang);
    crate::server::respond(async { crate::server::views::receipt(&state.db, lang?, &reference).await }.await)
}
