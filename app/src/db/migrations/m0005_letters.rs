//! Letters by post: a resident who gave a view on paper, by phone or at a meeting may ask for
//! the outcome by post. The name and address are kept apart from the view and erased once the
//! letters are sent.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum View {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Dialogue {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum PostalRequest {
    Table,
    Id,
    ViewId,
    DialogueId,
    Lang,
    Name,
    Address,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(PostalRequest::Table)
                    .col(pk_auto(PostalRequest::Id))
                    // One letter per view at most.
                    .col(integer_uniq(PostalRequest::ViewId))
                    .col(integer(PostalRequest::DialogueId))
                    // The language the letter is written in: the view's.
                    .col(string_len(PostalRequest::Lang, 8))
                    .col(string_len(PostalRequest::Name, 200))
                    .col(text(PostalRequest::Address))
                    .col(timestamp_with_time_zone(PostalRequest::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(PostalRequest::Table, PostalRequest::ViewId)
                            .to(View::Table, View::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(PostalRequest::Table, PostalRequest::DialogueId)
                            .to(Dialogue::Table, Dialogue::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await
    }
}
