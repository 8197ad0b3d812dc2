//! The dialogues' server functions: thin, they read the shared state, call the service, and
//! turn its error into codes at this edge.

use leptos::prelude::*;

use super::model::{DialogueCard, DialogueDetail, DialogueFilter};
use crate::error::ApiError;

/// The published dialogues that match the filters, open ones first.
#[server(endpoint = "list-dialogues")]
pub async fn list_dialogues(
    lang: String,
    #[server(default)] filter: DialogueFilter,
) -> Result<Vec<DialogueCard>, ApiError> {
    let state = crate::state::AppState::from_context()?;
    let lang = crate::lang::Lang::from_code(&lang).ok_or(crate::error::ServiceError::NotFound)?;
    Ok(super::service::list(&state.db, lang, &filter, state.today()).await?)
}

/// A published dialogue in easy-to-read Swedish (lättläst), with one page of its views.
#[server(endpoint = "get-easy-dialogue")]
pub async fn get_easy_dialogue(slug: String, page: u32) -> Result<DialogueDetail, ApiError> {
    let state = crate::state::AppState::from_context()?;
    Ok(super::service::detail_easy(&state.db, &slug, page, state.today()).await?)
}

/// A published dialogue with one page of its published views.
#[server(endpoint = "get-dialogue")]
pub async fn get_dialogue(
    lang: String,
    slug: String,
    page: u32,
) -> Result<DialogueDetail, ApiError> {
    let state = crate::state::AppState::from_context()?;
    let lang = crate::lang::Lang::from_code(&lang).ok_or(crate::error::ServiceError::NotFound)?;
    Ok(super::service::detail(&state.db, lang, &slug, page, state.today()).await?)
}
