//! Citizen budgets, after the count.
//! - `budget_project.decision_*`: the political decision where it differs from the count. The
//!   count's own result (`won`) stays as certified; an administrator records the decision with
//!   a reason, and the page shows both.
//! - `budget_milestone`: the follow-up of a funded project, one row per step (planned,
//!   started, done, stopped) with its date and a note; nothing is edited in place.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum BudgetProject {
    Table,
    Id,
    DecisionWon,
    DecisionReason,
    DecisionBy,
}

#[derive(DeriveIden)]
enum BudgetMilestone {
    Table,
    Id,
    ProjectId,
    Status,
    OnDate,
    Note,
    Lang,
    EnteredBy,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Staff {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds columns one at a time.
        for column in [
            ColumnDef::new(BudgetProject::DecisionWon)
                .boolean()
                .null()
                .to_owned(),
            ColumnDef::new(BudgetProject::DecisionReason)
                .text()
                .null()
                .to_owned(),
            ColumnDef::new(BudgetProject::DecisionBy)
                .integer()
                .null()
                .to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(BudgetProject::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(BudgetMilestone::Table)
                    .col(pk_auto(BudgetMilestone::Id))
                    .col(integer(BudgetMilestone::ProjectId))
                    .col(string_len(BudgetMilestone::Status, 20))
                    .col(date(BudgetMilestone::OnDate))
                    .col(string_len(BudgetMilestone::Note, 1000))
                    .col(string_len(BudgetMilestone::Lang, 8))
                    .col(integer(BudgetMilestone::EnteredBy))
                    .col(timestamp_with_time_zone(BudgetMilestone::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(BudgetMilestone::Table, BudgetMilestone::ProjectId)
                            .to(BudgetProject::Table, BudgetProject::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(BudgetMilestone::Table, BudgetMilestone::EnteredBy)
                            .to(Staff::Table, Staff::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("budget_milestone_project")
                    .table(BudgetMilestone::Table)
                    .col(BudgetMilestone::ProjectId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(BudgetMilestone::Table).to_owned())
            .await?;
        for column in [
            BudgetProject::DecisionBy,
            BudgetProject::DecisionReason,
            BudgetProject::DecisionWon,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(BudgetProject::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
