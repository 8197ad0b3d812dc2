//! Storing a view that came on paper, by phone or at a meeting.

use crate::access::{cap, Grant};
use crate::audit::{service::record, AuditAction};
use crate::dialogues::service::{find_published, public_status, question_ids};
use crate::domain::{Channel, DialogueStatus};
use crate::error::ServiceError;
use crate::lang::Lang;
use crate::state::AppState;
use crate::views::model::ViewForm;
use crate::views::service::{store, Stored};

/// Stores a view that came on paper, by phone or at a meeting, with its channel. It is
/// moderated like any other view. Returns the reference number.
///
/// # Errors
/// [`ServiceError::Invalid`] with the refused fields, [`ServiceError::NotOpen`],
/// [`ServiceError::NotFound`] for an unknown or unpublished dialogue, a database failure.
/// A `letter` (name, address) asks for the outcome by post, in the view's language.
pub async fn enter_view(
    state: &AppState,
    staff: &Grant<cap::EnterViews>,
    slug: &str,
    channel: Channel,
    page_lang: Lang,
    form: &ViewForm,
    letter: Option<(String, String)>,
) -> Result<String, ServiceError> {
    let db = &state.db;
    let d = find_published(db, slug).await?;
    if public_status(&d, state.today()) != DialogueStatus::Open {
        return Err(ServiceError::NotOpen);
    }
    let question_ids = question_ids(db, d.id).await?;
    let valid = form
        .validate(&question_ids, page_lang)
        .map_err(ServiceError::Invalid)?;
    let saved = match store(state, &d, valid, channel, page_lang, letter).await? {
        Stored::New(saved) => {
            record(
                db,
                Some(staff.id),
                AuditAction::ViewEnter,
                &format!("view:{}", saved.id),
                Some(channel.code()),
            )
            .await?;
            saved
        }
        // The same entry sent twice: one view.
        Stored::Existing(existing) => existing,
    };
    Ok(saved.reference)
}
