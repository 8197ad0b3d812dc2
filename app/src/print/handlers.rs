//! The short addresses on posters: `/d/<code>` and `/d/<code>/<lang>` redirect to the dialogue.

use axum::{
    extract::{Path, State},
    http::{header, StatusCode},
    response::{IntoResponse, Response},
    routing::get,
    Router,
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use super::code::decode;
use crate::db::entities::dialogue;
use crate::error::ServiceError;
use crate::http::{lang_of, refuse};
use crate::lang::Lang;
use crate::state::AppState;

/// The short-address routes.
pub fn public_routes() -> Router<AppState> {
    Router::new()
        .route("/d/{code}", get(short_swedish))
        .route("/d/{code}/{lang}", get(short))
}

/// `/d/<code>`, typed from a poster: the dialogue in the reader's language (the language-less
/// address picks it, as everywhere).
async fn short_swedish(state: State<AppState>, Path(code): Path<String>) -> Response {
    redirect(&state, &code, None).await
}

/// `/d/<code>/<lang>`, in a QR code: the dialogue in the poster's language.
async fn short(state: State<AppState>, Path((code, lang)): Path<(String, String)>) -> Response {
    redirect(&state, &code, Some(lang_of(&lang))).await
}

/// A temporary redirect (302): a printed code always asks the portal where its dialogue is.
async fn redirect(state: &AppState, code: &str, lang: Option<Lang>) -> Response {
    match published_slug(state, code).await {
        Ok(slug) => {
            let prefix = lang.map(|l| format!("/{}", l.code())).unwrap_or_default();
            (
                StatusCode::FOUND,
                [(header::LOCATION, format!("{prefix}/dialogues/{slug}"))],
            )
                .into_response()
        }
        Err(error) => refuse(state, lang.unwrap_or(Lang::Sv), error),
    }
}

/// The slug of the published dialogue a short code stands for.
///
/// # Errors
/// [`ServiceError::NotFound`] when it is not a code or its dialogue is not published.
pub async fn published_slug(state: &AppState, code: &str) -> Result<String, ServiceError> {
    let id = decode(code).ok_or(ServiceError::NotFound)?;
    dialogue::Entity::find_by_id(id)
        .filter(dialogue::Column::Published.eq(true))
        .one(&state.db)
        .await?
        .map(|d| d.slug)
        .ok_or(ServiceError::NotFound)
}
