//! Lättläst: easy-to-read Swedish beside the standard Swedish, one per dialogue where an editor
//! writes one: the dialogue's texts, and (once there is feedback) what was heard, decided and
//! happens next. Kept whole in every dialogue version, like the other texts.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum EasyText {
    Table,
    DialogueId,
    Title,
    Summary,
    Body,
    Influence,
    NotInfluence,
    Decides,
    Heard,
    Decided,
    NextSteps,
}

#[derive(DeriveIden)]
enum Dialogue {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(EasyText::Table)
                    .col(integer(EasyText::DialogueId).primary_key())
                    .col(string_len(EasyText::Title, 300))
                    .col(text(EasyText::Summary))
                    .col(text(EasyText::Body))
                    .col(text(EasyText::Influence))
                    .col(text(EasyText::NotInfluence))
                    .col(text(EasyText::Decides))
                    .col(text_null(EasyText::Heard))
                    .col(text_null(EasyText::Decided))
                    .col(text_null(EasyText::NextSteps))
                    .foreign_key(
                        ForeignKey::create()
                            .from(EasyText::Table, EasyText::DialogueId)
                            .to(Dialogue::Table, Dialogue::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(EasyText::Table).to_owned())
            .await
    }
}
