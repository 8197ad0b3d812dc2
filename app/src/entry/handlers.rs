//! The form for entering a view received on paper, by phone or at a meeting.

use axum::{
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
    response::Response,
    Form,
};

use super::service;
use super::CHANNEL;
use crate::access::{cap, Area, Grant};
use crate::accounts::guard::StaffRoute;
use crate::domain::Channel;
use crate::error::ServiceError;
use crate::forms::fields::Resubmitted;
use crate::forms::{FieldError, FieldProblem};
use crate::http::{error_page, field, lang_of, refuse, to, Fields};
use crate::meetings::fields::MEETING;
use crate::shell::form_again;
use crate::state::AppState;
use crate::views::model::ViewForm;

/// The guarded entry route.
pub fn routes() -> Vec<StaffRoute> {
    vec![StaffRoute::post(
        "/{lang}/staff/enter/{slug}",
        Area::Entry,
        enter_view,
    )]
}

/// `POST /<lang>/staff/enter/<slug>`: a view received on paper, by phone or at a meeting.
async fn enter_view(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    me: Grant<cap::EnterViews>,
    headers: HeaderMap,
    Form(fields): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let channel = Channel::from_code(field(&fields, CHANNEL)).filter(|c| *c != Channel::Web);
    let form = ViewForm::from_pairs(fields.clone());
    let letter = crate::letters::service::from_form(&fields);
    let problems = match (channel, letter) {
        (None, _) => vec![FieldError::new(CHANNEL, FieldProblem::NotAChoice)],
        (_, Err(problems)) => problems,
        (Some(channel), Ok(letter)) => {
            let source = service::Source {
                channel,
                meeting: field(&fields, MEETING).parse::<i32>().ok(),
            };
            match service::enter_view(&state, &me, &slug, source, lang, &form, letter).await {
                Ok(reference) => {
                    return to(format!(
                        "/{}/staff/enter?dialogue={slug}&done={reference}",
                        lang.code()
                    ))
                }
                Err(ServiceError::NotOpen) => {
                    return error_page(&state, lang, StatusCode::CONFLICT, "enter-error-closed")
                }
                Err(ServiceError::Invalid(problems)) => problems,
                Err(error) => return refuse(&state, lang, error),
            }
        }
    };
    let page = format!("/{}/staff/enter?dialogue={slug}", lang.code());
    let resubmitted = Resubmitted {
        pairs: fields,
        problems,
        summary_id: "form-error-summary",
    };
    form_again(&state, &page, headers, resubmitted).await
}
