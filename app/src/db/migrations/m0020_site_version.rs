//! The public pages' version: one row, one number, raised by every change that may alter what
//! a public page shows. Each server process keeps rendered pages under the version it rendered
//! them at and reads the number again at most once a second, so several processes on one
//! database serve no page older than the last change for longer than that (see the server's
//! page cache).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SiteVersion {
    Table,
    Id,
    Version,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SiteVersion::Table)
                    .col(integer(SiteVersion::Id).primary_key())
                    .col(big_integer(SiteVersion::Version).default(0))
                    .to_owned(),
            )
            .await?;
        manager
            .exec_stmt(
                Query::insert()
                    .into_table(SiteVersion::Table)
                    .columns([SiteVersion::Id, SiteVersion::Version])
                    .values_panic([1.into(), 0.into()])
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SiteVersion::Table).to_owned())
            .await
    }
}
