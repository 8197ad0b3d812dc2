//! The citizen budgets' server function: a ballot sent by a script instead of the plain form.
//! `fields` are the form's `name=value` pairs, exactly as the form posts them, and both ways
//! share one reading of them and one service, so a ballot refused on one path is refused on
//! the other (over the budget, too many choices, a project not on the ballot, a used code).

use leptos::prelude::*;
use server_fn::codec::Json;

use crate::error::ApiError;

/// Casts a ballot of budget `slug`; answers its receipt number. A refusal comes back as
/// [`ApiError::Refused`] with the Fluent id of the reason, or as `NotFound`, `NotOpen` or
/// `RateLimited`; the code is spent only when the ballot is counted.
#[server(endpoint = "cast-ballot", input = Json)]
pub async fn cast_ballot(slug: String, fields: Vec<(String, String)>) -> Result<String, ApiError> {
    use crate::error::ServiceError;
    use axum::{extract::ConnectInfo, http::HeaderMap};
    let state = crate::state::AppState::from_context()?;
    let (ConnectInfo(peer), headers) =
        leptos_axum::extract::<(ConnectInfo<std::net::SocketAddr>, HeaderMap)>()
            .await
            .map_err(ServiceError::internal)?;
    let client = crate::limits::Client::of(peer.ip(), &headers, &state.trusted_proxies);
    // Codes could otherwise be guessed: the same limit per address as the form.
    state.limits.ballots.check(&state.db, client).await?;
    let ballot = super::handlers::WebBallot::from_form(&fields, &headers);
    let today = super::pages::today();
    Ok(super::service::cast(&state.db, &slug, ballot.cast(), today).await?)
}
