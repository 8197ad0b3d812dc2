//! What editors and moderators need beyond the first schema: dialogue states and per-dialogue
//! moderation, translation review marks, the version history of dialogues, residents' reports
//! of published views, redacted public versions of texts, and the channel a view came by.
//!
//! Every column is added with a default, so existing rows stay valid on both backends.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Dialogue {
    Table,
    Id,
    Closed,
    Moderation,
}

#[derive(DeriveIden)]
enum DialogueText {
    Table,
    Reviewed,
}

#[derive(DeriveIden)]
enum View {
    Table,
    Id,
    Channel,
    NeedsTranslation,
    GeneralPublic,
}

#[derive(DeriveIden)]
enum ViewAnswer {
    Table,
    PublicAnswer,
}

#[derive(DeriveIden)]
enum Staff {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum DialogueVersion {
    Table,
    Id,
    DialogueId,
    Number,
    Action,
    StaffId,
    At,
    Snapshot,
}

#[derive(DeriveIden)]
enum ViewReport {
    Table,
    Id,
    ViewId,
    Reason,
    CreatedAt,
    ResolvedAt,
    ResolvedBy,
}

/// Adds one column: SQLite alters one column per statement.
async fn add_column(
    manager: &SchemaManager<'_>,
    table: impl IntoIden,
    column: &mut ColumnDef,
) -> Result<(), DbErr> {
    manager
        .alter_table(Table::alter().table(table).add_column(column).to_owned())
        .await
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
        // An editor may close a dialogue before its closing date.
        add_column(
            manager,
            Dialogue::Table,
            boolean(Dialogue::Closed).default(false),
        )
        .await?;
        // "pre": views wait for a moderator (the default); "post": published at once.
        add_column(
            manager,
            Dialogue::Table,
            string_len(Dialogue::Moderation, 10).default("pre"),
        )
        .await?;
        // Checked by someone whose first language it is.
        add_column(
            manager,
            DialogueText::Table,
            boolean(DialogueText::Reviewed).default(false),
        )
        .await?;
        // "web", "paper", "phone" or "meeting".
        add_column(
            manager,
            View::Table,
            string_len(View::Channel, 20).default("web"),
        )
        .await?;
        add_column(
            manager,
            View::Table,
            boolean(View::NeedsTranslation).default(false),
        )
        .await?;
        // The redacted text the public sees; the original stays where it was.
        add_column(manager, View::Table, &mut text_null(View::GeneralPublic)).await?;
        add_column(
            manager,
            ViewAnswer::Table,
            &mut text_null(ViewAnswer::PublicAnswer),
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(DialogueVersion::Table)
                    .col(pk_auto(DialogueVersion::Id))
                    .col(integer(DialogueVersion::DialogueId))
                    .col(integer(DialogueVersion::Number))
                    .col(string_len(DialogueVersion::Action, 20))
                    .col(integer(DialogueVersion::StaffId))
                    .col(timestamp_with_time_zone(DialogueVersion::At))
                    .col(text(DialogueVersion::Snapshot))
                    .foreign_key(&mut restrict(
                        (DialogueVersion::Table, DialogueVersion::DialogueId),
                        (Dialogue::Table, Dialogue::Id),
                    ))
                    .foreign_key(&mut restrict(
                        (DialogueVersion::Table, DialogueVersion::StaffId),
                        (Staff::Table, Staff::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        // Two editors saving at once cannot both write version n.
        manager
            .create_index(
                Index::create()
                    .name("dialogue_version_number")
                    .table(DialogueVersion::Table)
                    .col(DialogueVersion::DialogueId)
                    .col(DialogueVersion::Number)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ViewReport::Table)
                    .col(pk_auto(ViewReport::Id))
                    .col(integer(ViewReport::ViewId))
                    .col(string_len(ViewReport::Reason, 40))
                    .col(timestamp_with_time_zone(ViewReport::CreatedAt))
                    .col(timestamp_with_time_zone_null(ViewReport::ResolvedAt))
                    .col(integer_null(ViewReport::ResolvedBy))
                    .foreign_key(&mut restrict(
                        (ViewReport::Table, ViewReport::ViewId),
                        (View::Table, View::Id),
                    ))
                    .foreign_key(&mut restrict(
                        (ViewReport::Table, ViewReport::ResolvedBy),
                        (Staff::Table, Staff::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration(
            "m0003 holds versions and reports and is not reversible".into(),
        ))
    }
}
