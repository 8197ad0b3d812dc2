//! Writing, publishing and reading feedback. Every save and publish is a new version of the
//! dialogue with an audit entry, in the same transaction; publishing puts one mail per
//! confirmed subscriber in the outbox in that transaction too, so a published outcome is never
//! left unsent and never sent without being published.

use std::collections::HashSet;

use chrono::{Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set, TransactionTrait,
};

use super::form::ValidFeedback;
use super::model::FeedbackSnapshot;
use super::read::{pick, published_snapshot};
use crate::access::{cap, Grant, Staff};
use crate::db::entities::{
    dialogue, feedback, feedback_question, feedback_text, question, subscription,
};
use crate::dialogues::editor::service::{record_version, VersionAction};
use crate::dialogues::editor::versions::{find, load_snapshot};
use crate::dialogues::service::title_in;
use crate::error::ServiceError;
use crate::i18n::I18n;
use crate::lang::Lang;
use crate::mail::compose::{self, OutcomeContent};
use crate::mail::outbox::{self, MailKind};
use crate::state::AppState;
use crate::subscriptions::service::confirmed;

/// How long an editor may keep the addresses to send an update.
pub const KEEP_DAYS: i64 = 30;

/// Saves the feedback form: the decision, and the texts in one language. A new version.
///
/// # Errors
/// [`ServiceError::NotFound`] for an unknown dialogue; [`ServiceError::Invalid`] for a
/// translation written before the Swedish; a database failure.
pub async fn save(
    db: &DatabaseConnection,
    editor: &Grant<cap::EditDialogues>,
    slug: &str,
    form: &ValidFeedback,
) -> Result<(), ServiceError> {
    write(db, editor, slug, form).await
}

/// Writes the feedback form as a new version by `staff`: an editor's whole form, or a
/// translator's texts with the decision as it was (the caller checks the grant).
pub(crate) async fn write(
    db: &DatabaseConnection,
    staff: &Staff,
    slug: &str,
    form: &ValidFeedback,
) -> Result<(), ServiceError> {
    let txn = db.begin().await?;
    let d = find(&txn, slug).await?;
    let lang = form.text_lang.code();
    let swedish = feedback_text::Entity::find_by_id((d.id, Lang::Sv.code().to_string()))
        .one(&txn)
        .await?;
    if form.text_lang != Lang::Sv && swedish.is_none() {
        let first = crate::forms::FieldError::new(
            super::form::fields::HEARD,
            crate::forms::FieldProblem::SwedishFirst,
        );
        return Err(ServiceError::Invalid(vec![first]));
    }
    let now = Utc::now();
    let existing = feedback::Entity::find_by_id(d.id).one(&txn).await?;
    let row = feedback::ActiveModel {
        dialogue_id: Set(d.id),
        reference: Set(form.decision.reference.clone()),
        decided_on: Set(form.decision.decided_on),
        protocol_url: Set(form.decision.protocol_url.clone()),
        updated_at: Set(now),
        published_at: Set(existing.as_ref().and_then(|f| f.published_at)),
        keep_addresses_until: Set(existing.as_ref().and_then(|f| f.keep_addresses_until)),
    };
    if existing.is_some() {
        row.update(&txn).await?
    } else {
        row.insert(&txn).await?
    };

    feedback_text::Entity::delete_by_id((d.id, lang.to_string()))
        .exec(&txn)
        .await?;
    if let Some(texts) = &form.texts {
        feedback_text::ActiveModel {
            dialogue_id: Set(d.id),
            lang: Set(lang.to_string()),
            heard: Set(texts.heard.clone()),
            decided: Set(texts.decided.clone()),
            decided_by: Set(texts.decided_by.clone()),
            next_steps: Set(texts.next_steps.clone()),
            reviewed: Set(form.reviewed),
        }
        .insert(&txn)
        .await?;
    }
    let own: HashSet<i32> = question::Entity::find()
        .filter(question::Column::DialogueId.eq(d.id))
        .all(&txn)
        .await?
        .into_iter()
        .map(|q| q.id)
        .collect();
    // Only this dialogue's questions: an id from elsewhere is ignored.
    for (id, heard) in form.per_question.iter().filter(|(id, _)| own.contains(id)) {
        feedback_question::Entity::delete_by_id((*id, lang.to_string()))
            .exec(&txn)
            .await?;
        if !heard.is_empty() {
            feedback_question::ActiveModel {
                question_id: Set(*id),
                lang: Set(lang.to_string()),
                heard: Set(heard.clone()),
            }
            .insert(&txn)
            .await?;
        }
    }
    record_version(&txn, staff, slug, VersionAction::FeedbackEdit, Some(lang)).await?;
    Ok(txn.commit().await?)
}

/// What the editor chose when publishing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Publish {
    /// Publish although minority languages are missing.
    pub confirmed: bool,
    /// For published feedback that changed: mail the change to the subscribers.
    pub send_update: bool,
    /// Keep the addresses (at most [`KEEP_DAYS`]) to be able to send an update.
    pub keep_addresses: bool,
}

/// Publishes the feedback (or its changes), and puts one mail per confirmed subscriber in the
/// outbox: the outcome the first time, an update later if the editor asks. Returns how many
/// mails were put in the outbox.
///
/// # Errors
/// [`ServiceError::NeedsConfirmation`] naming the missing minority languages;
/// [`ServiceError::NoSwedishFeedback`] when there is nothing to publish; a database failure.
pub async fn publish(
    state: &AppState,
    editor: &Grant<cap::EditDialogues>,
    slug: &str,
    choice: Publish,
) -> Result<usize, ServiceError> {
    let txn = state.db.begin().await?;
    let (d, snapshot) = load_snapshot(&txn, slug).await?;
    let saved = snapshot
        .feedback
        .clone()
        .filter(|f| f.texts.iter().any(|t| t.lang == Lang::Sv.code()));
    let Some(saved) = saved else {
        return Err(ServiceError::NoSwedishFeedback);
    };
    let missing = snapshot.missing_feedback_languages();
    if !missing.is_empty() && !choice.confirmed {
        return Err(ServiceError::NeedsConfirmation(missing));
    }
    let row = feedback::Entity::find_by_id(d.id)
        .one(&txn)
        .await?
        .ok_or(ServiceError::NoSwedishFeedback)?;
    let first = row.published_at.is_none();
    let now = Utc::now();
    // Kept addresses stay kept only while the editor asks, and never past the first 30 days.
    let keep = choice.keep_addresses.then(|| {
        row.keep_addresses_until
            .filter(|until| *until > now)
            .unwrap_or(now + Duration::days(KEEP_DAYS))
    });
    // From the state read above only: of two publishes at once, one mails, the other is told.
    let unchanged = match row.published_at {
        None => feedback::Column::PublishedAt.is_null(),
        Some(at) => feedback::Column::PublishedAt.eq(at),
    };
    let updated = feedback::Entity::update_many()
        .col_expr(
            feedback::Column::PublishedAt,
            sea_orm::sea_query::Expr::value(Some(now)),
        )
        .col_expr(
            feedback::Column::KeepAddressesUntil,
            sea_orm::sea_query::Expr::value(keep),
        )
        .filter(feedback::Column::DialogueId.eq(d.id))
        .filter(unchanged)
        .exec(&txn)
        .await?;
    if updated.rows_affected != 1 {
        return Err(ServiceError::WrongState);
    }

    let kind = if first {
        MailKind::Outcome
    } else {
        MailKind::Update
    };
    let mut mails = 0;
    if first || choice.send_update {
        for subscriber in confirmed(&txn, d.id).await? {
            let lang = Lang::from_code(&subscriber.lang).unwrap_or_default();
            let content = outcome_content(&txn, &d.slug, d.id, lang, &saved).await?;
            let i18n = I18n::new(lang, state.translations.clone());
            let mail = compose::outcome(
                &i18n,
                &state.mail,
                kind,
                &subscriber.email,
                d.id,
                &subscriber.token,
                &content,
            );
            outbox::enqueue(&txn, mail).await?;
            mails += 1;
        }
    }
    let reason = format!("{} {mails}", kind.code());
    record_version(
        &txn,
        editor,
        slug,
        VersionAction::FeedbackPublish,
        Some(&reason),
    )
    .await?;
    txn.commit().await?;
    state.outbox_wake.notify_one();
    Ok(mails)
}

/// A resident who confirms after the feedback was published gets the outcome at once: the
/// feedback as it was last published, in their language, on the caller's transaction (the
/// one that confirmed). Returns whether a mail was queued.
///
/// # Errors
/// The database fails.
pub async fn outcome_for_late_confirmation<C: ConnectionTrait>(
    txn: &C,
    state: &AppState,
    token: &str,
) -> Result<bool, ServiceError> {
    let Some(subscriber) = subscription::Entity::find()
        .filter(subscription::Column::Token.eq(token))
        .filter(subscription::Column::ConfirmedAt.is_not_null())
        .one(txn)
        .await?
    else {
        return Ok(false);
    };
    let Some(saved) = published_snapshot(txn, subscriber.dialogue_id).await? else {
        return Ok(false);
    };
    let Some(d) = dialogue::Entity::find_by_id(subscriber.dialogue_id)
        .one(txn)
        .await?
    else {
        return Ok(false);
    };
    let lang = Lang::from_code(&subscriber.lang).unwrap_or_default();
    let content = outcome_content(txn, &d.slug, d.id, lang, &saved).await?;
    let i18n = I18n::new(lang, state.translations.clone());
    let mail = compose::outcome(
        &i18n,
        &state.mail,
        MailKind::Outcome,
        &subscriber.email,
        d.id,
        &subscriber.token,
        &content,
    );
    outbox::enqueue(txn, mail).await?;
    Ok(true)
}

/// The feedback for one recipient: in their language, else the Swedish.
async fn outcome_content<C: ConnectionTrait>(
    db: &C,
    slug: &str,
    dialogue_id: i32,
    lang: Lang,
    saved: &FeedbackSnapshot,
) -> Result<OutcomeContent, ServiceError> {
    let (texts_lang, texts) = pick(saved, lang);
    let (title_lang, title) = title_in(db, dialogue_id, lang).await?;
    Ok(OutcomeContent {
        slug: slug.to_string(),
        title,
        title_lang,
        texts_lang,
        heard: texts.heard,
        decided: texts.decided,
        decided_by: texts.decided_by,
        next_steps: texts.next_steps,
        reference: saved.decision.reference.clone(),
        decided_on: saved.decision.decided_on,
        protocol_url: saved.decision.protocol_url.clone(),
    })
}
