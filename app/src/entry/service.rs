//! Storing a view that came on paper, by phone or at a meeting.

use crate::access::{cap, Grant};
use crate::audit::{service::record, AuditAction};
use crate::dialogues::service::{find_published, public_status, question_ids};
use crate::domain::{Channel, DialogueStatus};
use crate::error::ServiceError;
use crate::forms::{FieldError, FieldProblem};
use crate::lang::Lang;
use crate::meetings::fields::MEETING;
use crate::meetings::service::of_dialogue;
use crate::state::AppState;
use crate::views::model::ViewForm;
use crate::views::service::{store, Stored};

/// How a view came: its channel, and for one collected at a meeting, the meeting (its id as
/// the form sent it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    pub channel: Channel,
    pub meeting: Option<i32>,
}

/// Stores a view that came on paper, by phone or at a meeting, with its channel (and its
/// meeting). It is moderated like any other view. Returns the reference number.
///
/// # Errors
/// [`ServiceError::Invalid`] with the refused fields (a meeting must be chosen when the view
/// came from one and the dialogue has meetings), [`ServiceError::NotOpen`],
/// [`ServiceError::NotFound`] for an unknown or unpublished dialogue, a database failure.
/// A `letter` (name, address) asks for the outcome by post, in the view's language.
pub async fn enter_view(
    state: &AppState,
    staff: &Grant<cap::EnterViews>,
    slug: &str,
    source: Source,
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
    let meeting = meeting_of(db, d.id, source).await;
    let valid = form.validate(&question_ids, page_lang);
    let (valid, meeting) = match (valid, meeting) {
        (Ok(valid), Ok(meeting)) => (valid, meeting),
        (valid, meeting) => {
            let mut problems = valid.err().unwrap_or_default();
            problems.extend(meeting.err());
            return Err(ServiceError::Invalid(problems));
        }
    };
    let channel = source.channel;
    let saved = match store(state, &d, valid, channel, meeting, page_lang, letter).await? {
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

/// The meeting a view is recorded against: only for channel "meeting", and then one of the
/// dialogue's meetings must be chosen when it has any.
async fn meeting_of(
    db: &sea_orm::DatabaseConnection,
    dialogue_id: i32,
    source: Source,
) -> Result<Option<i32>, FieldError> {
    if source.channel != Channel::Meeting {
        return Ok(None);
    }
    let meetings = of_dialogue(db, dialogue_id)
        .await
        .map_err(|_| FieldError::new(MEETING, FieldProblem::NotAChoice))?;
    match source.meeting {
        None if meetings.is_empty() => Ok(None),
        None => Err(FieldError::new(MEETING, FieldProblem::Required)),
        Some(id) if meetings.iter().any(|m| m.id == id) => Ok(Some(id)),
        Some(_) => Err(FieldError::new(MEETING, FieldProblem::NotAChoice)),
    }
}
