//! The editor's forms: create, save one language, publish, close.

use axum::{
    extract::{Path, State},
    http::{HeaderMap, Uri},
    response::Response,
    Form,
};

use super::form::DialogueForm;
use super::service::{self, StateChange};
use crate::access::{cap, Area, Grant};
use crate::accounts::guard::StaffRoute;
use crate::error::ServiceError;
use crate::forms::fields::Resubmitted;
use crate::http::{field, lang_of, page_of, refuse, to, Fields};
use crate::lang::Lang;
use crate::shell::form_again;
use crate::state::AppState;

/// The guarded editor routes.
pub fn routes() -> Vec<StaffRoute> {
    vec![
        StaffRoute::post(
            "/{lang}/staff/dialogues/new",
            Area::Dialogues,
            create_dialogue,
        ),
        StaffRoute::post(
            "/{lang}/staff/dialogues/{slug}/edit",
            Area::Dialogues,
            edit_dialogue,
        ),
        StaffRoute::post(
            "/{lang}/staff/dialogues/{slug}/publish",
            Area::Dialogues,
            publish_dialogue,
        ),
        StaffRoute::post(
            "/{lang}/staff/dialogues/{slug}/close",
            Area::Dialogues,
            close_dialogue,
        ),
    ]
}

/// `POST /<lang>/staff/dialogues/new`: a new dialogue, written in Swedish, saved as a draft.
async fn create_dialogue(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    editor: Grant<cap::EditDialogues>,
    uri: Uri,
    headers: HeaderMap,
    Form(fields): Fields,
) -> Response {
    save_dialogue(&state, lang_of(&lang), None, &editor, &uri, headers, fields).await
}

/// `POST /<lang>/staff/dialogues/<slug>/edit`: saves the common fields and one language's texts.
async fn edit_dialogue(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    editor: Grant<cap::EditDialogues>,
    uri: Uri,
    headers: HeaderMap,
    Form(fields): Fields,
) -> Response {
    save_dialogue(
        &state,
        lang_of(&lang),
        Some(&slug),
        &editor,
        &uri,
        headers,
        fields,
    )
    .await
}

async fn save_dialogue(
    state: &AppState,
    lang: Lang,
    slug: Option<&str>,
    editor: &Grant<cap::EditDialogues>,
    uri: &Uri,
    headers: HeaderMap,
    fields: Vec<(String, String)>,
) -> Response {
    let form = DialogueForm::from_pairs(fields.clone());
    match form.validate(slug.is_none()) {
        Ok(valid) => match service::save(&state.db, editor, slug, &valid).await {
            Ok(saved) => {
                let done = if slug.is_none() { "created" } else { "saved" };
                to(format!(
                    "/{}/staff/dialogues/{saved}/edit?text={}&done={done}",
                    lang.code(),
                    valid.text_lang.code()
                ))
            }
            Err(error) => refuse(state, lang, error),
        },
        Err(problems) => {
            let resubmitted = Resubmitted {
                pairs: fields,
                problems,
                summary_id: "editor-error-summary",
            };
            form_again(state, &page_of(uri), headers, resubmitted).await
        }
    }
}

/// `POST /<lang>/staff/dialogues/<slug>/publish`. Without `confirm=yes` and with minority
/// languages missing, nothing is published: the editor is sent to the confirmation page that
/// names them.
async fn publish_dialogue(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    editor: Grant<cap::EditDialogues>,
    Form(fields): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let confirmed = field(&fields, "confirm") == "yes";
    match service::change_state(
        &state.db,
        &editor,
        &slug,
        StateChange::Publish { confirmed },
    )
    .await
    {
        Ok(()) => to(format!(
            "/{}/staff/dialogues/{slug}/edit?done=published",
            lang.code()
        )),
        Err(ServiceError::NeedsConfirmation(_)) => {
            // Sent from the confirmation page without ticking the box: say what is needed.
            let error = if field(&fields, "from") == "confirm" {
                "?error=required"
            } else {
                ""
            };
            to(format!(
                "/{}/staff/dialogues/{slug}/publish{error}",
                lang.code()
            ))
        }
        Err(error) => refuse(&state, lang, error),
    }
}

/// `POST /<lang>/staff/dialogues/<slug>/close`.
async fn close_dialogue(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    editor: Grant<cap::EditDialogues>,
) -> Response {
    let lang = lang_of(&lang);
    match service::change_state(&state.db, &editor, &slug, StateChange::Close).await {
        Ok(()) => to(format!(
            "/{}/staff/dialogues/{slug}/edit?done=closed",
            lang.code()
        )),
        Err(error) => refuse(&state, lang, error),
    }
}
