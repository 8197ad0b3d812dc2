//! The budget editor's forms: a new draft, the settings, the texts in one language, and
//! publishing. Editors and administrators only; each refusal comes back to its own form with
//! everything kept.

use axum::{
    extract::{Path, State},
    http::HeaderMap,
    response::Response,
    Form,
};

use super::{self as editor, Settings, Texts};
use crate::access::{cap, Area, Grant};
use crate::accounts::guard::StaffRoute;
use crate::budgets::handlers::again;
use crate::budgets::pages::today;
use crate::error::ServiceError;
use crate::forms::{FieldError, FieldProblem};
use crate::http::{field, lang_of, refuse, to, Fields};
use crate::lang::Lang;
use crate::state::AppState;

/// The editor's guarded routes.
pub fn routes() -> Vec<StaffRoute> {
    vec![
        StaffRoute::post("/{lang}/staff/budgets/new", Area::Dialogues, create),
        StaffRoute::post(
            "/{lang}/staff/budgets/{slug}/edit",
            Area::Dialogues,
            change_settings,
        ),
        StaffRoute::post(
            "/{lang}/staff/budgets/{slug}/texts/{text_lang}",
            Area::Dialogues,
            save_texts,
        ),
        StaffRoute::post(
            "/{lang}/staff/budgets/{slug}/publish",
            Area::Dialogues,
            publish,
        ),
    ]
}

/// `POST /<lang>/staff/budgets/new`: a new draft budget; 303 to its editor page.
async fn create(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    editor: Grant<cap::EditDialogues>,
    headers: HeaderMap,
    Form(pairs): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let page = format!("/{}/staff/budgets/new", lang.code());
    let result = match (Settings::from_form(&pairs), Texts::from_form(&pairs)) {
        (Ok(settings), Ok(texts)) => editor::create(&state.db, &editor, settings, texts).await,
        (settings, texts) => {
            let mut problems = texts.err().unwrap_or_default();
            problems.extend(settings.err().unwrap_or_default());
            Err(ServiceError::Invalid(problems))
        }
    };
    match result {
        Ok(slug) => to(format!(
            "/{}/staff/budgets/{slug}/edit?done=created",
            lang.code()
        )),
        Err(error) => again(&state, lang, &page, headers, pairs, error).await,
    }
}

/// `POST /<lang>/staff/budgets/<slug>/edit`: the settings, until voting opens.
async fn change_settings(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    editor: Grant<cap::EditDialogues>,
    headers: HeaderMap,
    Form(pairs): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let page = format!("/{}/staff/budgets/{slug}/edit", lang.code());
    let result = match Settings::from_form(&pairs) {
        Ok(settings) => editor::change_settings(&state.db, &editor, &slug, settings, today()).await,
        Err(problems) => Err(ServiceError::Invalid(problems)),
    };
    match result {
        Ok(()) => to(format!("{page}?done=saved#settings-heading")),
        Err(error) => again(&state, lang, &page, headers, pairs, error).await,
    }
}

/// `POST /<lang>/staff/budgets/<slug>/texts/<text_lang>`: the texts in one language.
async fn save_texts(
    State(state): State<AppState>,
    Path((lang, slug, text_lang)): Path<(String, String, String)>,
    editor: Grant<cap::EditDialogues>,
    headers: HeaderMap,
    Form(pairs): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let Some(text_lang) = Lang::from_code(&text_lang) else {
        return refuse(&state, lang, ServiceError::NotFound);
    };
    let page = format!(
        "/{}/staff/budgets/{slug}/edit?text={}",
        lang.code(),
        text_lang.code()
    );
    let result = match Texts::from_form(&pairs) {
        Ok(texts) => editor::save_texts(&state.db, &editor, &slug, text_lang, texts).await,
        Err(problems) => Err(ServiceError::Invalid(problems)),
    };
    match result {
        Ok(()) => to(format!("{page}&done=saved#texts-heading")),
        Err(error) => again(&state, lang, &page, headers, pairs, error).await,
    }
}

/// `POST /<lang>/staff/budgets/<slug>/publish`: publishes, with the confirmation when
/// minority languages are missing; refused without it, naming them.
async fn publish(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    editor: Grant<cap::EditDialogues>,
    headers: HeaderMap,
    Form(pairs): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let page = format!("/{}/staff/budgets/{slug}/edit", lang.code());
    let confirmed = field(&pairs, editor::fields::CONFIRM) == "yes";
    match editor::publish(&state.db, &editor, &slug, confirmed).await {
        Ok(()) => to(format!("{page}?done=published")),
        Err(ServiceError::NeedsConfirmation(_)) => {
            let problem = FieldError::new(editor::fields::CONFIRM, FieldProblem::Confirm);
            let error = ServiceError::Invalid(vec![problem]);
            again(&state, lang, &page, headers, pairs, error).await
        }
        Err(error) => again(&state, lang, &page, headers, pairs, error).await,
    }
}
