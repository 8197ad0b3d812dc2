//! Citizen budgets written in the portal: every save of a budget's settings or of its texts in
//! one language, and its publishing, is kept whole in `budget_version` (who, when, what, the
//! budget as it then was), as dialogues keep theirs. Versions are only added, never changed.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum BudgetVersion {
    Table,
    Id,
    BudgetId,
    Number,
    Action,
    Lang,
    StaffId,
    At,
    Snapshot,
}

#[derive(DeriveIden)]
enum Budget {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Staff {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(BudgetVersion::Table)
                    .col(pk_auto(BudgetVersion::Id))
                    .col(integer(BudgetVersion::BudgetId))
                    .col(integer(BudgetVersion::Number))
                    .col(string_len(BudgetVersion::Action, 20))
                    .col(string_len_null(BudgetVersion::Lang, 8))
                    .col(integer(BudgetVersion::StaffId))
                    .col(timestamp_with_time_zone(BudgetVersion::At))
                    .col(text(BudgetVersion::Snapshot))
                    .foreign_key(
                        ForeignKey::create()
                            .from(BudgetVersion::Table, BudgetVersion::BudgetId)
                            .to(Budget::Table, Budget::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(BudgetVersion::Table, BudgetVersion::StaffId)
                            .to(Staff::Table, Staff::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        // One number per version of a budget: two editors saving at once cannot both write
        // version n; the second save fails and is tried again by its editor.
        manager
            .create_index(
                Index::create()
                    .name("budget_version_number")
                    .table(BudgetVersion::Table)
                    .col(BudgetVersion::BudgetId)
                    .col(BudgetVersion::Number)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(BudgetVersion::Table).to_owned())
            .await
    }
}
