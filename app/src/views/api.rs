//! The views' server functions: sending a view (the island's way; the plain form posts to
//! [`super::handlers`], and both call the same service) and reading a receipt.

use leptos::prelude::*;
use server_fn::codec::Postcard;

use super::model::{Receipt, SentView};
use crate::error::ApiError;

/// Sends a resident's view. `fields` are the form's `name=value` pairs, exactly as the plain
/// HTML form posts them, so both ways of sending share one path. Sending the same form twice
/// (same idempotency key) returns the first reference and stores nothing new.
#[server(endpoint = "submit-view", input = Postcard, output = Postcard)]
pub async fn submit_view(
    lang: String,
    slug: String,
    fields: Vec<(String, String)>,
) -> Result<SentView, ApiError> {
    use crate::error::ServiceError;
    use axum::{extract::ConnectInfo, http::HeaderMap};
    let state = crate::state::AppState::from_context()?;
    let (ConnectInfo(peer), headers) =
        leptos_axum::extract::<(ConnectInfo<std::net::SocketAddr>, HeaderMap)>()
            .await
            .map_err(ServiceError::internal)?;
    let client = crate::limits::Client::of(peer.ip(), &headers, &state.trusted_proxies);
    let lang = crate::lang::Lang::from_code(&lang).ok_or(ServiceError::NotFound)?;
    let form = super::model::ViewForm::from_pairs(fields);
    let reference = super::service::submit(&state, client, lang, &slug, &form).await?;
    Ok(SentView { reference })
}

/// The receipt for a reference number.
#[server(endpoint = "get-receipt")]
pub async fn get_receipt(lang: String, reference: String) -> Result<Receipt, ApiError> {
    let state = crate::state::AppState::from_context()?;
    let lang = crate::lang::Lang::from_code(&lang).ok_or(crate::error::ServiceError::NotFound)?;
    Ok(super::service::receipt(&state.db, lang, &reference).await?)
}
