//! Feedback (återkoppling) and the mail that carries it: the feedback of a dialogue (its
//! decision reference, and per language what was heard, what was decided, by whom, what happens
//! next), residents' subscriptions to the outcome (kept apart from their views, erased once the
//! outcome is sent), and the outbox the sender delivers from.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Dialogue {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Question {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Feedback {
    Table,
    DialogueId,
    Reference,
    DecidedOn,
    ProtocolUrl,
    PublishedAt,
    UpdatedAt,
    KeepAddressesUntil,
}

#[derive(DeriveIden)]
enum FeedbackText {
    Table,
    DialogueId,
    Lang,
    Heard,
    Decided,
    DecidedBy,
    NextSteps,
    Reviewed,
}

#[derive(DeriveIden)]
enum FeedbackQuestion {
    Table,
    QuestionId,
    Lang,
    Heard,
}

#[derive(DeriveIden)]
enum Subscription {
    Table,
    Id,
    DialogueId,
    Email,
    Lang,
    Token,
    ConfirmedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Id,
    Kind,
    DialogueId,
    ToAddress,
    Lang,
    Subject,
    TextBody,
    HtmlBody,
    UnsubscribeUrl,
    CreatedAt,
    Attempts,
    NextAttemptAt,
    ClaimedUntil,
    SentAt,
    GaveUpAt,
    LastError,
}

fn restrict(
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(ForeignKeyAction::Restrict)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Feedback::Table)
                    .col(integer(Feedback::DialogueId).primary_key())
                    // The diarienummer of the decision, its date, and a link to the protocol.
                    .col(string_len_null(Feedback::Reference, 100))
                    .col(date_null(Feedback::DecidedOn))
                    .col(string_len_null(Feedback::ProtocolUrl, 500))
                    // Null until published; set again when an update is published.
                    .col(timestamp_with_time_zone_null(Feedback::PublishedAt))
                    .col(timestamp_with_time_zone(Feedback::UpdatedAt))
                    // The editor may keep the addresses to send an update; never past this.
                    .col(timestamp_with_time_zone_null(Feedback::KeepAddressesUntil))
                    .foreign_key(&mut restrict(
                        (Feedback::Table, Feedback::DialogueId),
                        (Dialogue::Table, Dialogue::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(FeedbackText::Table)
                    .col(integer(FeedbackText::DialogueId))
                    .col(string_len(FeedbackText::Lang, 8))
                    .col(text(FeedbackText::Heard))
                    .col(text(FeedbackText::Decided))
                    .col(string_len(FeedbackText::DecidedBy, 200))
                    .col(text(FeedbackText::NextSteps))
                    .col(boolean(FeedbackText::Reviewed).default(false))
                    .primary_key(
                        Index::create()
                            .col(FeedbackText::DialogueId)
                            .col(FeedbackText::Lang),
                    )
                    .foreign_key(&mut restrict(
                        (FeedbackText::Table, FeedbackText::DialogueId),
                        (Dialogue::Table, Dialogue::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(FeedbackQuestion::Table)
                    .col(integer(FeedbackQuestion::QuestionId))
                    .col(string_len(FeedbackQuestion::Lang, 8))
                    .col(text(FeedbackQuestion::Heard))
                    .primary_key(
                        Index::create()
                            .col(FeedbackQuestion::QuestionId)
                            .col(FeedbackQuestion::Lang),
                    )
                    .foreign_key(&mut restrict(
                        (FeedbackQuestion::Table, FeedbackQuestion::QuestionId),
                        (Question::Table, Question::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Subscription::Table)
                    .col(pk_auto(Subscription::Id))
                    .col(integer(Subscription::DialogueId))
                    .col(string_len(Subscription::Email, 254))
                    .col(string_len(Subscription::Lang, 8))
                    // The random token in the mailed links. It can only confirm or end this
                    // one subscription, and every later mail must carry it, so it is kept.
                    .col(string_len_uniq(Subscription::Token, 64))
                    .col(timestamp_with_time_zone_null(Subscription::ConfirmedAt))
                    .col(timestamp_with_time_zone(Subscription::CreatedAt))
                    .foreign_key(&mut restrict(
                        (Subscription::Table, Subscription::DialogueId),
                        (Dialogue::Table, Dialogue::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("subscription_dialogue_email")
                    .table(Subscription::Table)
                    .col(Subscription::DialogueId)
                    .col(Subscription::Email)
                    // One subscription per address and dialogue, however often the form is sent.
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Outbox::Table)
                    .col(pk_auto(Outbox::Id))
                    // "confirm", "outcome" or "update".
                    .col(string_len(Outbox::Kind, 20))
                    .col(integer_null(Outbox::DialogueId))
                    // Emptied once the mail is sent or given up: the address is not kept here.
                    .col(string_len(Outbox::ToAddress, 254))
                    .col(string_len(Outbox::Lang, 8))
                    .col(string_len(Outbox::Subject, 300))
                    .col(text(Outbox::TextBody))
                    .col(text(Outbox::HtmlBody))
                    .col(string_len_null(Outbox::UnsubscribeUrl, 500))
                    .col(timestamp_with_time_zone(Outbox::CreatedAt))
                    .col(integer(Outbox::Attempts).default(0))
                    .col(timestamp_with_time_zone(Outbox::NextAttemptAt))
                    // A sender's claim: no other sender takes the mail until it has passed.
                    .col(timestamp_with_time_zone_null(Outbox::ClaimedUntil))
                    .col(timestamp_with_time_zone_null(Outbox::SentAt))
                    .col(timestamp_with_time_zone_null(Outbox::GaveUpAt))
                    .col(text_null(Outbox::LastError))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("outbox_due")
                    .table(Outbox::Table)
                    .col(Outbox::SentAt)
                    .col(Outbox::NextAttemptAt)
                    .to_owned(),
            )
            .await
    }
}
