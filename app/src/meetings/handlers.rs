//! The editor's meeting forms, and the calendar files residents download or subscribe to.

use axum::{
    extract::{Path, State},
    http::{header, HeaderMap, StatusCode, Uri},
    response::{IntoResponse, Response},
    routing::get,
    Form, Router,
};

use super::form::validate;
use super::ics::{calendar, Event};
use super::pages::{facts, location, when};
use super::service::{self, to_meeting};
use crate::access::{cap, Area, Grant};
use crate::accounts::guard::StaffRoute;
use crate::db::entities::{dialogue, meeting};
use crate::dialogues::lookup::{title_in, titles_in};
use crate::error::ServiceError;
use crate::forms::fields::Resubmitted;
use crate::http::{lang_of, page_of, refuse, to, Fields};
use crate::i18n::I18n;
use crate::lang::Lang;
use crate::shell::form_again;
use crate::state::AppState;

/// The guarded meeting routes.
pub fn routes() -> Vec<StaffRoute> {
    vec![
        StaffRoute::post(
            "/{lang}/staff/dialogues/{slug}/meetings",
            Area::Dialogues,
            create,
        ),
        StaffRoute::post(
            "/{lang}/staff/dialogues/{slug}/meetings/{id}",
            Area::Dialogues,
            update,
        ),
        StaffRoute::post(
            "/{lang}/staff/dialogues/{slug}/meetings/{id}/cancel",
            Area::Dialogues,
            cancel,
        ),
    ]
}

/// The calendar files: every upcoming meeting, and one meeting (`<id>.ics`).
pub fn public_routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/meetings.ics", get(feed))
        .route("/{lang}/meetings/{file}", get(one))
}

/// `POST /<lang>/staff/dialogues/<slug>/meetings`: a new meeting.
async fn create(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    editor: Grant<cap::EditDialogues>,
    uri: Uri,
    headers: HeaderMap,
    Form(pairs): Fields,
) -> Response {
    let lang = lang_of(&lang);
    match validate(&pairs) {
        Ok(draft) => match service::create(&state.db, &editor, &slug, draft).await {
            Ok(_) => to(format!(
                "/{}/staff/dialogues/{slug}/meetings?done=saved",
                lang.code()
            )),
            Err(error) => refuse(&state, lang, error),
        },
        Err(problems) => again(&state, &page_of(&uri), headers, pairs, problems).await,
    }
}

/// `POST /<lang>/staff/dialogues/<slug>/meetings/<id>`: a change (a new time moves it).
async fn update(
    State(state): State<AppState>,
    Path((lang, slug, id)): Path<(String, String, String)>,
    editor: Grant<cap::EditDialogues>,
    uri: Uri,
    headers: HeaderMap,
    Form(pairs): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let Ok(id) = id.parse::<i32>() else {
        return refuse(&state, lang, ServiceError::NotFound);
    };
    match validate(&pairs) {
        Ok(draft) => match service::update(&state.db, &editor, &slug, id, draft).await {
            Ok(()) => to(format!(
                "/{}/staff/dialogues/{slug}/meetings?done=saved",
                lang.code()
            )),
            Err(error) => refuse(&state, lang, error),
        },
        Err(problems) => again(&state, &page_of(&uri), headers, pairs, problems).await,
    }
}

/// `POST /<lang>/staff/dialogues/<slug>/meetings/<id>/cancel`.
async fn cancel(
    State(state): State<AppState>,
    Path((lang, slug, id)): Path<(String, String, String)>,
    editor: Grant<cap::EditDialogues>,
) -> Response {
    let lang = lang_of(&lang);
    let Ok(id) = id.parse::<i32>() else {
        return refuse(&state, lang, ServiceError::NotFound);
    };
    match service::cancel(&state.db, &editor, &slug, id).await {
        Ok(()) => to(format!(
            "/{}/staff/dialogues/{slug}/meetings?done=cancelled",
            lang.code()
        )),
        Err(error) => refuse(&state, lang, error),
    }
}

/// The refused form again, at 422, with everything that was written.
async fn again(
    state: &AppState,
    page: &str,
    headers: HeaderMap,
    pairs: Vec<(String, String)>,
    problems: Vec<crate::forms::FieldError>,
) -> Response {
    let resubmitted = Resubmitted {
        pairs,
        problems,
        summary_id: "editor-error-summary",
    };
    form_again(state, page, headers, resubmitted).await
}

/// `GET /<lang>/meetings.ics`: every upcoming meeting, for a calendar to subscribe to.
async fn feed(State(state): State<AppState>, Path(lang): Path<String>) -> Response {
    let lang = lang_of(&lang);
    let result = async {
        let rows = service::upcoming(&state.db, chrono::Utc::now()).await?;
        let ids: Vec<i32> = rows.iter().map(|(d, _)| d.id).collect();
        let titles = titles_in(&state.db, &ids, lang).await?;
        let events: Vec<Event> = rows
            .into_iter()
            .map(|(d, m)| {
                let title = titles
                    .get(&d.id)
                    .map(|(_, t)| t.clone())
                    .unwrap_or_default();
                event(&state, lang, d, m, title)
            })
            .collect();
        Ok::<_, ServiceError>(events)
    }
    .await;
    match result {
        Ok(events) => {
            let i18n = I18n::new(lang, state.translations.clone());
            ics_response(&state, &i18n.t("meeting-list-title"), &events)
        }
        Err(error) => refuse(&state, lang, error),
    }
}

/// `GET /<lang>/meetings/<id>.ics`: one meeting, cancelled or not.
async fn one(
    State(state): State<AppState>,
    Path((lang, file)): Path<(String, String)>,
) -> Response {
    let lang = lang_of(&lang);
    let Some(id) = file
        .strip_suffix(".ics")
        .and_then(|id| id.parse::<i32>().ok())
    else {
        return refuse(&state, lang, ServiceError::NotFound);
    };
    let result = async {
        let (d, m) = service::public_one(&state.db, id).await?;
        let (_, title) = title_in(&state.db, d.id, lang).await?;
        Ok::<_, ServiceError>(event(&state, lang, d, m, title))
    }
    .await;
    match result {
        Ok(event) => ics_response(&state, &event.title.clone(), &[event]),
        Err(error) => refuse(&state, lang, error),
    }
}

/// A meeting as a calendar event in `lang`, under its dialogue's `title` in that language.
fn event(
    state: &AppState,
    lang: Lang,
    d: dialogue::Model,
    m: meeting::Model,
    title: String,
) -> Event {
    let i18n = I18n::new(lang, state.translations.clone());
    let shown = to_meeting(&m);
    let mut description = Vec::new();
    if shown.cancelled {
        description.push(i18n.t("meeting-cancelled"));
    }
    description.push(when(&i18n, shown.starts, shown.ends));
    description.extend(
        facts(&i18n, &shown)
            .into_iter()
            .map(|(label, value)| format!("{label}: {value}")),
    );
    let location = match (&shown.link, shown.online) {
        (Some(link), true) => link.clone(),
        _ => location(&i18n, &shown),
    };
    Event {
        url: format!(
            "{}/{}/dialogues/{}",
            state.mail.public_url,
            lang.code(),
            d.slug
        ),
        title: i18n.t_with("meeting-event-title", &[("title", title.into())]),
        description,
        location,
        meeting: m,
    }
}

fn ics_response(state: &AppState, name: &str, events: &[Event]) -> Response {
    let host = state
        .mail
        .public_url
        .split("://")
        .nth(1)
        .unwrap_or("localhost")
        .trim_end_matches('/');
    let body = calendar(name, host, events);
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
        .into_response()
}
