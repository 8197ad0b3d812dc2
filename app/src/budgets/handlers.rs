//! Citizen budget forms: a resident's ballot (public, limited per address, since codes could
//! otherwise be guessed), and the staff's batch of printed voting codes.

use axum::{
    extract::{Path, State},
    http::{HeaderMap, StatusCode, Uri},
    response::Response,
    routing::post,
    Form, Router,
};

use super::pages::{fields, Issued};
use super::service::{self, Cast};
use crate::access::{cap, Area, Grant};
use crate::accounts::guard::StaffRoute;
use crate::domain::{AgeGroup, Channel, HomeArea};
use crate::error::ServiceError;
use crate::forms::fields::Resubmitted;
use crate::http::{field, field_values, lang_of, page_of, refuse, to, Fields};
use crate::lang::Lang;
use crate::limits::Client;
use crate::shell::{form_again, render_with};
use crate::state::AppState;

/// The residents' ballot: no session; limited per address instead.
pub fn public_routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/budgets/{slug}", post(vote))
        .route("/budgets/{slug}/ballots.pb", axum::routing::get(ballots))
}

/// The guarded budget routes.
pub fn routes() -> Vec<StaffRoute> {
    vec![StaffRoute::post(
        "/{lang}/staff/budgets/{slug}/codes",
        Area::Dialogues,
        issue_codes,
    )]
}

/// `POST /<lang>/budgets/<slug>`: a ballot. Counted: 303 to the budget's page with the receipt
/// (a reload does not vote again). Refused: the page again with what was chosen, at the
/// error's status, the code unspent.
async fn vote(
    State(state): State<AppState>,
    client: Client,
    Path((lang, slug)): Path<(String, String)>,
    uri: Uri,
    headers: HeaderMap,
    Form(pairs): Fields,
) -> Response {
    let Some(lang) = Lang::from_code(&lang) else {
        return refuse(&state, Lang::default(), ServiceError::NotFound);
    };
    if let Err(error) = state.limits.ballots.check(&state.db, client).await {
        return refuse(&state, lang, error);
    }
    let chosen: Vec<i32> = field_values(&pairs, fields::PROJECT)
        .iter()
        .filter_map(|v| v.parse().ok())
        .take(100)
        .collect();
    let code: String = field(&pairs, fields::CODE).chars().take(40).collect();
    let ballot = Cast {
        code: &code,
        chosen: &chosen,
        channel: Channel::Web,
        age: AgeGroup::from_code(field(&pairs, fields::AGE)),
        area: HomeArea::from_code(field(&pairs, fields::AREA)),
    };
    let today = chrono::Utc::now()
        .with_timezone(&chrono_tz::Europe::Stockholm)
        .date_naive();
    match service::cast(&state.db, &slug, ballot, today).await {
        Ok(receipt) => to(format!(
            "/{}/budgets/{slug}?receipt={receipt}#top",
            lang.code()
        )),
        Err(ServiceError::NotFound) => refuse(&state, lang, ServiceError::NotFound),
        Err(error) => {
            let status = error.status();
            if status.is_server_error() {
                return refuse(&state, lang, error);
            }
            let resubmitted = Resubmitted {
                pairs,
                problems: Vec::new(),
                summary_id: error.message_id(),
            };
            let mut res = form_again(&state, &page_of(&uri), headers, resubmitted).await;
            *res.status_mut() = status;
            res
        }
    }
}

/// `GET /budgets/<slug>/ballots.pb`: every ballot in the Pabulib format, once the result is
/// certified (404 before: no count leaves the portal earlier). Its SHA-256 is the one the
/// certificate names, so anyone can count again and check.
async fn ballots(State(state): State<AppState>, Path(slug): Path<String>) -> Response {
    use axum::response::IntoResponse;
    match service::certified_export(&state.db, &slug).await {
        Ok(file) => (
            [
                (
                    axum::http::header::CONTENT_TYPE,
                    "text/csv; charset=utf-8".to_string(),
                ),
                (
                    axum::http::header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"{slug}.pb\""),
                ),
            ],
            file,
        )
            .into_response(),
        Err(error) => refuse(&state, Lang::default(), error),
    }
}

/// `POST /<lang>/staff/budgets/<slug>/codes`: a batch of codes, shown once on the page that
/// answers, to be printed.
async fn issue_codes(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    editor: Grant<cap::EditDialogues>,
    uri: Uri,
    headers: HeaderMap,
    Form(pairs): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let count = field(&pairs, fields::COUNT).trim().parse::<usize>().ok();
    let purpose = field(&pairs, fields::PURPOSE).trim().to_string();
    let (Some(count), false) = (count, purpose.is_empty() || purpose.chars().count() > 200) else {
        let resubmitted = Resubmitted {
            pairs,
            problems: Vec::new(),
            summary_id: "budget-codes-error",
        };
        return form_again(&state, &page_of(&uri), headers, resubmitted).await;
    };
    let budget_id = match service::staff_find(&state.db, &slug).await {
        Ok((id, _)) => id,
        Err(error) => return refuse(&state, lang, error),
    };
    match service::issue_codes(&state.db, &editor, budget_id, count, &purpose).await {
        Ok(codes) => {
            render_with(
                &state,
                &page_of(&uri),
                headers,
                Issued { purpose, codes },
                StatusCode::OK,
            )
            .await
        }
        Err(ServiceError::Invalid(_)) => {
            let resubmitted = Resubmitted {
                pairs,
                problems: Vec::new(),
                summary_id: "budget-codes-error",
            };
            form_again(&state, &page_of(&uri), headers, resubmitted).await
        }
        Err(error) => refuse(&state, lang, error),
    }
}
