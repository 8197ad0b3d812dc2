//! The residents' outcome forms: asking for the outcome on the dialogue page, confirming from
//! the mail, and unsubscribing, from the page or with one click from a mail program (RFC 8058).

use axum::{
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
    response::Response,
    routing::post,
    Form, Router,
};

use super::service::{self, Confirmation, Subscribed};
use super::{SubscribeRefused, EMAIL};
use crate::dialogues::service::{find_published, public_status};
use crate::domain::DialogueStatus;
use crate::error::ServiceError;
use crate::forms::{fields::Resubmitted, optional_email, FieldError, FieldProblem};
use crate::http::{field, lang_of, message_page, refuse, to, Fields};
use crate::lang::Lang;
use crate::limits::Client;
use crate::shell::render_with;
use crate::state::AppState;

/// The residents' outcome routes: no session, no token but the mailed one.
pub fn public_routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/dialogues/{slug}/outcome", post(subscribe))
        .route("/{lang}/outcome/confirm/{token}", post(confirm))
        .route("/{lang}/outcome/unsubscribe/{token}", post(unsubscribe))
}

/// `POST /<lang>/dialogues/<slug>/outcome`: the small form on the dialogue page.
async fn subscribe(
    State(state): State<AppState>,
    client: Client,
    Path((lang, slug)): Path<(String, String)>,
    headers: HeaderMap,
    Form(fields): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let page = format!("/{}/dialogues/{slug}", lang.code());
    let mut problems = Vec::new();
    let email = optional_email(EMAIL, field(&fields, EMAIL), &mut problems);
    let email = match email {
        Some(email) if field(&fields, "website").is_empty() => email,
        _ => {
            if problems.is_empty() {
                problems.push(FieldError::new(EMAIL, FieldProblem::Email));
            }
            let refused = Resubmitted {
                pairs: fields,
                problems,
                summary_id: "outcome-error-email",
            };
            return render_with(
                &state,
                &page,
                headers,
                SubscribeRefused(refused),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    if let Err(error) = state.limits.subscriptions.check(&state.db, client).await {
        return refuse(&state, lang, error);
    }
    let result = async {
        let d = find_published(&state.db, &slug).await?;
        if public_status(&d, state.today()) == DialogueStatus::Upcoming {
            return Err(ServiceError::NotOpen);
        }
        use sea_orm::TransactionTrait;
        let txn = state.db.begin().await?;
        let subscribed = service::subscribe(&txn, &state, &d, &email, lang).await?;
        txn.commit().await?;
        Ok(subscribed)
    }
    .await;
    match result {
        Ok(subscribed) => {
            let outcome = match subscribed {
                Subscribed::New => {
                    state.outbox_wake.notify_one();
                    "new"
                }
                Subscribed::Already => "already",
                Subscribed::Published => "published",
            };
            to(format!("{page}?outcome={outcome}#outcome"))
        }
        Err(error) => refuse(&state, lang, error),
    }
}

/// Whether a POST is a mail program's one-click unsubscribe (RFC 8058) rather than a person's:
/// its body names it, whether sent as a form or as multipart (which the RFC prefers).
fn one_click(body: &[u8]) -> bool {
    body.windows(26).any(|w| w == b"List-Unsubscribe=One-Click")
        || (body.windows(16).any(|w| w == b"List-Unsubscribe")
            && body.windows(9).any(|w| w == b"One-Click"))
}

/// `POST /<lang>/outcome/confirm/<token>`: the button on the confirmation page.
async fn confirm(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
) -> Response {
    let lang = lang_of(&lang);
    // Confirming, and (after the feedback is out) mailing it, are one transaction: the address
    // cannot be erased in between.
    let result = async {
        use sea_orm::TransactionTrait;
        let txn = state.db.begin().await?;
        let done = service::confirm(&txn, &token).await?;
        let mailed = done == Confirmation::Confirmed
            && crate::feedback::service::outcome_for_late_confirmation(&txn, &state, &token)
                .await?;
        txn.commit().await?;
        if mailed {
            state.outbox_wake.notify_one();
        }
        Ok::<_, ServiceError>(done)
    }
    .await;
    match result {
        Ok(done) => {
            let done = if done == Confirmation::Confirmed {
                "confirmed"
            } else {
                "already"
            };
            to(format!(
                "/{}/outcome/confirm/{token}?done={done}",
                lang.code()
            ))
        }
        Err(error) => gone_or(&state, lang, error),
    }
}

/// `POST /<lang>/outcome/unsubscribe/<token>`: the button on the page, or one click from a
/// mail program, which gets a plain 200 and no redirect.
async fn unsubscribe(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
    body: axum::body::Bytes,
) -> Response {
    let lang = lang_of(&lang);
    match service::unsubscribe(&state.db, &token).await {
        Ok(()) if one_click(&body) => message_page(
            &state,
            lang,
            StatusCode::OK,
            "outcome-unsubscribe-title",
            "outcome-unsubscribed",
        ),
        Ok(()) => to(format!(
            "/{}/outcome/unsubscribe/{token}?done=yes",
            lang.code()
        )),
        Err(error) => gone_or(&state, lang, error),
    }
}

/// An unknown or used token says so in the resident's language; anything else is a refusal.
fn gone_or(state: &AppState, lang: Lang, error: ServiceError) -> Response {
    match error {
        ServiceError::NotFound => message_page(
            state,
            lang,
            StatusCode::NOT_FOUND,
            "outcome-unsubscribe-title",
            "outcome-link-gone",
        ),
        other => refuse(state, lang, other),
    }
}
