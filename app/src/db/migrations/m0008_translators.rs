//! Translators and their work:
//!
//! - `staff_language`: the languages a translator works in (one person may hold several).
//! - `dialogue_text.based_on`: the dialogue version whose Swedish a translation follows. When
//!   the Swedish changes after that version, the translation is stale, and the translator is
//!   shown what changed since. Existing translations are taken to follow the latest version.
//! - `view_translation`: staff-only working translations of residents' views into Swedish, so a
//!   moderator can judge a view written in a language they do not read. Never shown in public;
//!   rows are only added (the latest is the one shown), like the rest of the record.

use sea_orm_migration::{prelude::*, schema::*, sea_orm::ConnectionTrait};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum StaffLanguage {
    Table,
    StaffId,
    Lang,
}

#[derive(DeriveIden)]
enum Staff {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum DialogueText {
    Table,
    BasedOn,
}

#[derive(DeriveIden)]
enum ViewTranslation {
    Table,
    Id,
    ViewId,
    Text,
    StaffId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum View {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(StaffLanguage::Table)
                    .col(integer(StaffLanguage::StaffId))
                    .col(string_len(StaffLanguage::Lang, 8))
                    .primary_key(
                        Index::create()
                            .col(StaffLanguage::StaffId)
                            .col(StaffLanguage::Lang),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(StaffLanguage::Table, StaffLanguage::StaffId)
                            .to(Staff::Table, Staff::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(DialogueText::Table)
                    .add_column(integer_null(DialogueText::BasedOn))
                    .to_owned(),
            )
            .await?;
        manager
            .get_connection()
            .execute_unprepared(
                "UPDATE dialogue_text SET based_on = (SELECT MAX(v.number) FROM dialogue_version v \
                 WHERE v.dialogue_id = dialogue_text.dialogue_id) WHERE lang <> 'sv'",
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ViewTranslation::Table)
                    .col(pk_auto(ViewTranslation::Id))
                    .col(integer(ViewTranslation::ViewId))
                    .col(text(ViewTranslation::Text))
                    .col(integer(ViewTranslation::StaffId))
                    .col(timestamp_with_time_zone(ViewTranslation::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(ViewTranslation::Table, ViewTranslation::ViewId)
                            .to(View::Table, View::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ViewTranslation::Table, ViewTranslation::StaffId)
                            .to(Staff::Table, Staff::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("view_translation_view")
                    .table(ViewTranslation::Table)
                    .col(ViewTranslation::ViewId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ViewTranslation::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(DialogueText::Table)
                    .drop_column(DialogueText::BasedOn)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(StaffLanguage::Table).to_owned())
            .await
    }
}
