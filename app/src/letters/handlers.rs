//! Opening the addresses (audited) and erasing them once the letters are sent.

use axum::{
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
    response::Response,
    Form,
};

use super::{service, Opened};
use crate::access::{cap, Area, Grant};
use crate::accounts::guard::StaffRoute;
use crate::dialogues::editor::versions::find;
use crate::http::{field, lang_of, refuse, to, Fields};
use crate::shell::render_with;
use crate::state::AppState;

/// The guarded letters routes.
pub fn routes() -> Vec<StaffRoute> {
    vec![
        StaffRoute::post(
            "/{lang}/staff/dialogues/{slug}/letters/open",
            Area::Dialogues,
            open,
        ),
        StaffRoute::post(
            "/{lang}/staff/dialogues/{slug}/letters/erase",
            Area::Dialogues,
            erase,
        ),
    ]
}

/// `POST .../letters/open`: the page again, with the addresses, which only this answer holds.
async fn open(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    editor: Grant<cap::EditDialogues>,
    headers: HeaderMap,
) -> Response {
    let lang = lang_of(&lang);
    let result = async {
        let d = find(&state.db, &slug).await?;
        service::open(&state.db, &editor, d.id, &slug).await
    }
    .await;
    match result {
        Ok(letters) => {
            let page = format!("/{}/staff/dialogues/{slug}/letters", lang.code());
            let mut res =
                render_with(&state, &page, headers, Opened(letters), StatusCode::OK).await;
            // Addresses are personal data: never kept by a browser or a proxy.
            res.headers_mut().insert(
                axum::http::header::CACHE_CONTROL,
                axum::http::HeaderValue::from_static("no-store"),
            );
            res
        }
        Err(error) => refuse(&state, lang, error),
    }
}

/// `POST .../letters/erase`: the letters are sent; the addresses are erased.
async fn erase(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    editor: Grant<cap::EditDialogues>,
    Form(fields): Fields,
) -> Response {
    let lang = lang_of(&lang);
    // Only what was shown: the form carries the last request it listed.
    let upto = field(&fields, "upto").parse::<i32>().unwrap_or(0);
    let result = async {
        let d = find(&state.db, &slug).await?;
        service::erase(&state.db, &editor, d.id, &slug, upto).await
    }
    .await;
    match result {
        Ok(count) => to(format!(
            "/{}/staff/dialogues/{slug}/letters?erased={count}",
            lang.code()
        )),
        Err(error) => refuse(&state, lang, error),
    }
}
