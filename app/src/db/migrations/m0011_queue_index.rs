//! The moderation queue reads views by status, oldest first, a page at a time: an index in that
//! order lets both databases read one page without sorting every pending view.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum View {
    Table,
    Status,
    CreatedAt,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name("view_queue")
                    .table(View::Table)
                    .col(View::Status)
                    .col(View::CreatedAt)
                    .col(View::Id)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("view_queue")
                    .table(View::Table)
                    .to_owned(),
            )
            .await
    }
}
