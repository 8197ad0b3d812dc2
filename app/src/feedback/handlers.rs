//! The editors' feedback forms: saving one language, and publishing.

use axum::{
    extract::{Path, State},
    http::{HeaderMap, Uri},
    response::Response,
    Form,
};

use super::form::FeedbackForm;
use super::service::{self, Publish};
use crate::access::{cap, Area, Grant};
use crate::accounts::guard::StaffRoute;
use crate::error::ServiceError;
use crate::forms::fields::Resubmitted;
use crate::http::{field, lang_of, page_of, refuse, to, Fields};
use crate::shell::form_again;
use crate::state::AppState;

/// The guarded feedback routes.
pub fn routes() -> Vec<StaffRoute> {
    vec![
        StaffRoute::post(
            "/{lang}/staff/dialogues/{slug}/feedback",
            Area::Dialogues,
            save_feedback,
        ),
        StaffRoute::post(
            "/{lang}/staff/dialogues/{slug}/feedback/publish",
            Area::Dialogues,
            publish_feedback,
        ),
    ]
}

/// `POST /<lang>/staff/dialogues/<slug>/feedback`: the decision and one language's texts.
async fn save_feedback(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    editor: Grant<cap::EditDialogues>,
    uri: Uri,
    headers: HeaderMap,
    Form(fields): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let form = FeedbackForm::from_pairs(fields.clone());
    let result = match form.validate() {
        Ok(valid) => service::save(&state.db, &editor, &slug, &valid)
            .await
            .map(|()| valid.text_lang),
        Err(problems) => Err(ServiceError::Invalid(problems)),
    };
    match result {
        Ok(text) => to(format!(
            "/{}/staff/dialogues/{slug}/feedback?text={}&done=saved",
            lang.code(),
            text.code()
        )),
        Err(ServiceError::Invalid(problems)) => {
            let resubmitted = Resubmitted {
                pairs: fields,
                problems,
                summary_id: "editor-error-summary",
            };
            form_again(&state, &page_of(&uri), headers, resubmitted).await
        }
        Err(error) => refuse(&state, lang, error),
    }
}

/// `POST /<lang>/staff/dialogues/<slug>/feedback/publish`. With minority languages missing and
/// no `confirm=yes`, nothing is published: the editor is sent to the page that names them.
async fn publish_feedback(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    editor: Grant<cap::EditDialogues>,
    Form(fields): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let choice = Publish {
        confirmed: field(&fields, "confirm") == "yes",
        send_update: field(&fields, "send-update") == "yes",
        keep_addresses: field(&fields, "keep") == "yes",
    };
    let base = format!("/{}/staff/dialogues/{slug}/feedback", lang.code());
    match service::publish(&state, &editor, &slug, choice).await {
        Ok(mails) => to(format!("{base}?done=published&mails={mails}")),
        Err(ServiceError::NeedsConfirmation(_)) => {
            let error = if field(&fields, "from") == "confirm" {
                "?error=required"
            } else {
                ""
            };
            to(format!("{base}/publish{error}"))
        }
        Err(error) => refuse(&state, lang, error),
    }
}
