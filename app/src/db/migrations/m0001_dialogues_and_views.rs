//! Dialogues with their texts per language, questions, and residents' views.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Dialogue {
    Table,
    Id,
    Slug,
    Place,
    ParticipationLevel,
    OpensOn,
    ClosesOn,
    DecisionOn,
    ContactName,
    ContactEmail,
    ContactPhone,
    Published,
    CreatedAt,
}

#[derive(DeriveIden)]
enum DialogueText {
    Table,
    DialogueId,
    Lang,
    Title,
    Summary,
    Body,
    Influence,
    NotInfluence,
    Decides,
}

#[derive(DeriveIden)]
enum DialogueTargetGroup {
    Table,
    DialogueId,
    TargetGroup,
}

#[derive(DeriveIden)]
enum DialogueTheme {
    Table,
    DialogueId,
    Theme,
}

#[derive(DeriveIden)]
enum Question {
    Table,
    Id,
    DialogueId,
    Position,
}

#[derive(DeriveIden)]
enum QuestionText {
    Table,
    QuestionId,
    Lang,
    Text,
}

#[derive(DeriveIden)]
enum View {
    Table,
    Id,
    DialogueId,
    Reference,
    IdempotencyKey,
    Lang,
    DisplayName,
    AgeGroup,
    Gender,
    Area,
    ConsentPublish,
    Status,
    General,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ViewAnswer {
    Table,
    ViewId,
    QuestionId,
    Answer,
}

/// A foreign key from `table.column` to `target.id` that refuses to delete a referenced row:
/// nothing a resident sent may disappear with its dialogue.
fn refers_to(
    table: impl IntoTableRef,
    column: impl IntoIden,
    target: impl IntoTableRef,
    id: impl IntoIden,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, column)
        .to(target, id)
        .on_delete(ForeignKeyAction::Restrict)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Dialogue::Table)
                    .col(pk_auto(Dialogue::Id))
                    .col(string_len_uniq(Dialogue::Slug, 100))
                    .col(string_len(Dialogue::Place, 40))
                    .col(string_len(Dialogue::ParticipationLevel, 40))
                    .col(date(Dialogue::OpensOn))
                    .col(date(Dialogue::ClosesOn))
                    .col(date_null(Dialogue::DecisionOn))
                    .col(string_len(Dialogue::ContactName, 200))
                    .col(string_len(Dialogue::ContactEmail, 200))
                    .col(string_len_null(Dialogue::ContactPhone, 40))
                    .col(boolean(Dialogue::Published))
                    .col(timestamp_with_time_zone(Dialogue::CreatedAt))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(DialogueText::Table)
                    .col(integer(DialogueText::DialogueId))
                    .col(string_len(DialogueText::Lang, 8))
                    .col(string_len(DialogueText::Title, 300))
                    .col(text(DialogueText::Summary))
                    .col(text(DialogueText::Body))
                    .col(text(DialogueText::Influence))
                    .col(text(DialogueText::NotInfluence))
                    .col(text(DialogueText::Decides))
                    .primary_key(
                        Index::create()
                            .col(DialogueText::DialogueId)
                            .col(DialogueText::Lang),
                    )
                    .foreign_key(&mut refers_to(
                        DialogueText::Table,
                        DialogueText::DialogueId,
                        Dialogue::Table,
                        Dialogue::Id,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(DialogueTargetGroup::Table)
                    .col(integer(DialogueTargetGroup::DialogueId))
                    .col(string_len(DialogueTargetGroup::TargetGroup, 40))
                    .primary_key(
                        Index::create()
                            .col(DialogueTargetGroup::DialogueId)
                            .col(DialogueTargetGroup::TargetGroup),
                    )
                    .foreign_key(&mut refers_to(
                        DialogueTargetGroup::Table,
                        DialogueTargetGroup::DialogueId,
                        Dialogue::Table,
                        Dialogue::Id,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(DialogueTheme::Table)
                    .col(integer(DialogueTheme::DialogueId))
                    .col(string_len(DialogueTheme::Theme, 40))
                    .primary_key(
                        Index::create()
                            .col(DialogueTheme::DialogueId)
                            .col(DialogueTheme::Theme),
                    )
                    .foreign_key(&mut refers_to(
                        DialogueTheme::Table,
                        DialogueTheme::DialogueId,
                        Dialogue::Table,
                        Dialogue::Id,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Question::Table)
                    .col(pk_auto(Question::Id))
                    .col(integer(Question::DialogueId))
                    .col(integer(Question::Position))
                    .foreign_key(&mut refers_to(
                        Question::Table,
                        Question::DialogueId,
                        Dialogue::Table,
                        Dialogue::Id,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(QuestionText::Table)
                    .col(integer(QuestionText::QuestionId))
                    .col(string_len(QuestionText::Lang, 8))
                    .col(text(QuestionText::Text))
                    .primary_key(
                        Index::create()
                            .col(QuestionText::QuestionId)
                            .col(QuestionText::Lang),
                    )
                    .foreign_key(&mut refers_to(
                        QuestionText::Table,
                        QuestionText::QuestionId,
                        Question::Table,
                        Question::Id,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(View::Table)
                    .col(pk_auto(View::Id))
                    .col(integer(View::DialogueId))
                    .col(string_len_uniq(View::Reference, 20))
                    .col(string_len_uniq(View::IdempotencyKey, 64))
                    .col(string_len(View::Lang, 8))
                    .col(string_len_null(View::DisplayName, 100))
                    .col(string_len_null(View::AgeGroup, 20))
                    .col(string_len_null(View::Gender, 20))
                    .col(string_len_null(View::Area, 100))
                    .col(boolean(View::ConsentPublish))
                    .col(string_len(View::Status, 20))
                    .col(text_null(View::General))
                    .col(timestamp_with_time_zone(View::CreatedAt))
                    .foreign_key(&mut refers_to(
                        View::Table,
                        View::DialogueId,
                        Dialogue::Table,
                        Dialogue::Id,
                    ))
                    .to_owned(),
            )
            .await?;

        // The dialogue page lists a dialogue's published views, newest first.
        manager
            .create_index(
                Index::create()
                    .name("view_by_dialogue_status_time")
                    .table(View::Table)
                    .col(View::DialogueId)
                    .col(View::Status)
                    .col(View::CreatedAt)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ViewAnswer::Table)
                    .col(integer(ViewAnswer::ViewId))
                    .col(integer(ViewAnswer::QuestionId))
                    .col(text(ViewAnswer::Answer))
                    .primary_key(
                        Index::create()
                            .col(ViewAnswer::ViewId)
                            .col(ViewAnswer::QuestionId),
                    )
                    .foreign_key(&mut refers_to(
                        ViewAnswer::Table,
                        ViewAnswer::ViewId,
                        View::Table,
                        View::Id,
                    ))
                    .foreign_key(&mut refers_to(
                        ViewAnswer::Table,
                        ViewAnswer::QuestionId,
                        Question::Table,
                        Question::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Views are public records: this migration is never rolled back by dropping them.
        Err(DbErr::Migration(
            "m0001 holds public records and is not reversible".into(),
        ))
    }
}
