//! The editors' form for the children's ballot's easy texts. (The ballot itself posts to the
//! budget's ballot handler, [`crate::budgets::handlers`].)

use axum::{
    extract::{Path, State},
    http::HeaderMap,
    response::Response,
    Form,
};

use super::EasyTexts;
use crate::access::{cap, Area, Grant};
use crate::accounts::guard::StaffRoute;
use crate::budgets::handlers::again;
use crate::budgets::pages::today;
use crate::budgets::read;
use crate::error::ServiceError;
use crate::http::{lang_of, refuse, to, Fields};
use crate::state::AppState;

/// The guarded route.
pub fn routes() -> Vec<StaffRoute> {
    vec![StaffRoute::post(
        "/{lang}/staff/budgets/{slug}/children",
        Area::Dialogues,
        save,
    )]
}

/// `POST /<lang>/staff/budgets/<slug>/children`: the easy texts; 303 back to the form, which
/// says they are saved. A text over its limit comes back with everything kept.
async fn save(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    editor: Grant<cap::EditDialogues>,
    headers: HeaderMap,
    Form(pairs): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let page = format!("/{}/staff/budgets/{slug}/children", lang.code());
    let b = match read::staff_budget(&state.db, &slug, today()).await {
        Ok(b) => b,
        Err(error) => return refuse(&state, lang, error),
    };
    let ids = match super::texts(&state.db, b.id).await {
        Ok(texts) => texts.projects.iter().map(|p| p.0).collect::<Vec<_>>(),
        Err(error) => return refuse(&state, lang, error),
    };
    let result = match EasyTexts::from_form(&pairs, &ids) {
        Ok(texts) => super::write(&state.db, &editor, b.id, texts).await,
        Err(problems) => Err(ServiceError::Invalid(problems)),
    };
    match result {
        Ok(()) => to(format!("{page}?done=saved")),
        Err(error) => again(&state, lang, &page, headers, pairs, error).await,
    }
}
