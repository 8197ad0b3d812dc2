//! Voting stations' forms: opening and closing one (editors and administrators), and the link
//! a station's device opens, which makes it the station.

use axum::{
    extract::{Path, State},
    http::{header, HeaderMap, HeaderValue, StatusCode, Uri},
    response::Response,
    routing::get,
    Form, Router,
};

use super::pages::Opened;
use super::{COOKIE_SECONDS, PLACE};
use crate::access::{cap, Area, Grant};
use crate::accounts::guard::StaffRoute;
use crate::budgets::handlers::again;
use crate::budgets::pages::today;
use crate::budgets::read;
use crate::http::{field, lang_of, page_of, refuse, to, Fields};
use crate::shell::render_with;
use crate::state::AppState;

/// The device's link: no session (the device is the residents').
pub fn public_routes() -> Router<AppState> {
    Router::new().route("/{lang}/budget-station/{token}", get(become_station))
}

/// The guarded station routes.
pub fn routes() -> Vec<StaffRoute> {
    vec![
        StaffRoute::post(
            "/{lang}/staff/budgets/{slug}/stations",
            Area::Dialogues,
            open,
        ),
        StaffRoute::post(
            "/{lang}/staff/budgets/{slug}/stations/{id}/close",
            Area::Dialogues,
            close,
        ),
    ]
}

/// `POST /<lang>/staff/budgets/<slug>/stations`: a new station; the page answers with its
/// device's link, once.
async fn open(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    editor: Grant<cap::EditDialogues>,
    uri: Uri,
    headers: HeaderMap,
    Form(pairs): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let b = match read::staff_budget(&state.db, &slug, today()).await {
        Ok(b) => b,
        Err(error) => return refuse(&state, lang, error),
    };
    let place: String = field(&pairs, PLACE).chars().take(1000).collect();
    match super::open(&state.db, &editor, b.id, &place, today()).await {
        Ok(token) => {
            let link = format!(
                "{}/{}/budget-station/{token}",
                state.mail.public_url.trim_end_matches('/'),
                lang.code()
            );
            let opened = Opened {
                place: place.trim().to_string(),
                link,
            };
            render_with(&state, &page_of(&uri), headers, opened, StatusCode::OK).await
        }
        Err(error) => again(&state, lang, &page_of(&uri), headers, pairs, error).await,
    }
}

/// `POST /<lang>/staff/budgets/<slug>/stations/<id>/close`: 303 back to the stations.
async fn close(
    State(state): State<AppState>,
    Path((lang, slug, id)): Path<(String, String, i32)>,
    editor: Grant<cap::EditDialogues>,
) -> Response {
    let lang = lang_of(&lang);
    let result = match read::staff_budget(&state.db, &slug, today()).await {
        Ok(b) => super::close(&state.db, &editor, b.id, id).await,
        Err(error) => Err(error),
    };
    match result {
        Ok(()) => to(format!("/{}/staff/budgets/{slug}/stations", lang.code())),
        Err(error) => refuse(&state, lang, error),
    }
}

/// `GET /<lang>/budget-station/<token>`: the device becomes the station (a cookie holding the
/// token) and goes to its budget's ballot. An unknown or closed station's link is refused.
async fn become_station(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
) -> Response {
    let lang = lang_of(&lang);
    let slug = match super::device(&state.db, &token).await {
        Ok((_, slug)) => slug,
        Err(error) => return refuse(&state, lang, error),
    };
    let mut res = to(format!("/{}/budgets/{slug}#vote", lang.code()));
    let cookie = super::cookie(&token, COOKIE_SECONDS, state.secure_cookies);
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        res.headers_mut().append(header::SET_COOKIE, value);
    }
    res
}

/// The station token a request's device holds, if any (at most 64 hex digits are read).
pub fn token_of(headers: &HeaderMap) -> Option<String> {
    crate::http::cookie(headers, super::COOKIE)
        .filter(|t| !t.is_empty() && t.len() <= 64 && t.bytes().all(|b| b.is_ascii_hexdigit()))
}
