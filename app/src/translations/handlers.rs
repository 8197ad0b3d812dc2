//! The translators' forms: saving one dialogue in one language, and adding a working
//! translation to a resident's view.

use axum::{
    extract::{Path, State},
    http::{HeaderMap, StatusCode, Uri},
    response::Response,
    Form,
};

use super::service;
use crate::access::{cap, Area, Grant};
use crate::accounts::guard::StaffRoute;
use crate::error::ServiceError;
use crate::forms::fields::Resubmitted;
use crate::http::{error_page, field, lang_of, page_of, refuse, to, Fields};
use crate::lang::Lang;
use crate::shell::form_again;
use crate::state::AppState;

/// The guarded translation routes.
pub fn routes() -> Vec<StaffRoute> {
    vec![
        StaffRoute::post(
            "/{lang}/staff/translations/{slug}/{text_lang}",
            Area::Translation,
            save_translation,
        ),
        StaffRoute::post(
            "/{lang}/staff/translations/{slug}/{text_lang}/feedback",
            Area::Translation,
            save_feedback,
        ),
        StaffRoute::post(
            "/{lang}/staff/views/{view}/translation",
            Area::ViewTranslation,
            translate_view,
        ),
    ]
}

/// `POST /<lang>/staff/translations/<slug>/<text lang>`: saves the texts and questions.
async fn save_translation(
    State(state): State<AppState>,
    Path((lang, slug, text_lang)): Path<(String, String, String)>,
    translator: Grant<cap::Translate>,
    uri: Uri,
    headers: HeaderMap,
    Form(fields): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let result = match Lang::from_code(&text_lang) {
        Some(text_lang) => {
            service::save(&state.db, &translator, &slug, text_lang, fields.clone()).await
        }
        None => Err(ServiceError::NotFound),
    };
    answer(&state, lang, &page_of(&uri), headers, fields, result).await
}

/// `POST /<lang>/staff/translations/<slug>/<text lang>/feedback`: saves the feedback texts.
async fn save_feedback(
    State(state): State<AppState>,
    Path((lang, slug, text_lang)): Path<(String, String, String)>,
    translator: Grant<cap::Translate>,
    uri: Uri,
    headers: HeaderMap,
    Form(fields): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let result = match Lang::from_code(&text_lang) {
        Some(text_lang) => {
            service::save_feedback(&state.db, &translator, &slug, text_lang, fields.clone()).await
        }
        None => Err(ServiceError::NotFound),
    };
    let page = page_of(&uri);
    let page = page.strip_suffix("/feedback").unwrap_or(&page);
    answer(&state, lang, page, headers, fields, result).await
}

/// A translator's form saved: back to the queue; refused: the translation page again, at 422,
/// with what was sent; anything else: the refusal.
async fn answer(
    state: &AppState,
    lang: Lang,
    page: &str,
    headers: HeaderMap,
    fields: Vec<(String, String)>,
    result: Result<(), ServiceError>,
) -> Response {
    match result {
        Ok(()) => to(format!("/{}/staff/translations?done=saved", lang.code())),
        Err(ServiceError::Invalid(problems)) => {
            let resubmitted = Resubmitted {
                pairs: fields,
                problems,
                summary_id: "editor-error-summary",
            };
            form_again(state, page, headers, resubmitted).await
        }
        Err(error) => refuse(state, lang, error),
    }
}

/// `POST /<lang>/staff/views/<id>/translation`: a working translation into Swedish, staff only.
async fn translate_view(
    State(state): State<AppState>,
    Path((lang, view_id)): Path<(String, i32)>,
    staff: Grant<cap::TranslateViews>,
    Form(fields): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let text = field(&fields, "translation");
    match super::views::translate_view(&state.db, &staff, view_id, text).await {
        Ok(()) => {
            let back = if field(&fields, "back") == "moderation" {
                "moderation?done=translated"
            } else {
                "translations?done=view"
            };
            to(format!("/{}/staff/{back}", lang.code()))
        }
        Err(ServiceError::Invalid(_)) => error_page(
            &state,
            lang,
            StatusCode::UNPROCESSABLE_ENTITY,
            "translation-error-view-text",
        ),
        Err(error) => refuse(&state, lang, error),
    }
}
