//! Citizen budgets: voting stations and children.
//! - `budget_station`: a staffed device (a library's computer, a tablet at a meeting) opened
//!   for one budget by a staff member, with the place it stands; the device holds a random
//!   token (only its SHA-256 is stored) until staff close the station. Ballots cast on it are
//!   marked `station` and name it in `budget_ballot.station_id`.
//! - `budget_code_batch.class_session`: a batch of printed codes for a class session; its
//!   credentials are of kind `class`, so the figures count children's ballots apart.
//! - Easy Swedish (lättläst) for the children's ballot, where an editor writes it:
//!   `budget.easy_title`/`easy_summary` and `budget_project.easy_title`/`easy_description`.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum BudgetStation {
    Table,
    Id,
    BudgetId,
    Place,
    TokenHash,
    OpenedBy,
    OpenedAt,
    ClosedBy,
    ClosedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Budget {
    Table,
    Id,
    EasyTitle,
    EasySummary,
}

#[derive(DeriveIden, Clone, Copy)]
enum BudgetProject {
    Table,
    EasyTitle,
    EasyDescription,
}

#[derive(DeriveIden, Clone, Copy)]
enum BudgetBallot {
    Table,
    StationId,
}

#[derive(DeriveIden, Clone, Copy)]
enum BudgetCodeBatch {
    Table,
    ClassSession,
}

/// Adds `columns` to `table`, one statement each: SQLite adds columns one at a time.
async fn add_columns(
    manager: &SchemaManager<'_>,
    table: impl IntoIden + Clone,
    columns: Vec<ColumnDef>,
) -> Result<(), DbErr> {
    for mut column in columns {
        manager
            .alter_table(
                Table::alter()
                    .table(table.clone())
                    .add_column(&mut column)
                    .to_owned(),
            )
            .await?;
    }
    Ok(())
}

/// Drops `columns` from `table`, one statement each.
async fn drop_columns(
    manager: &SchemaManager<'_>,
    table: impl IntoIden + Clone,
    columns: Vec<DynIden>,
) -> Result<(), DbErr> {
    for column in columns {
        manager
            .alter_table(
                Table::alter()
                    .table(table.clone())
                    .drop_column(column)
                    .to_owned(),
            )
            .await?;
    }
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(BudgetStation::Table)
                    .col(pk_auto(BudgetStation::Id))
                    .col(integer(BudgetStation::BudgetId))
                    .col(string_len(BudgetStation::Place, 200))
                    .col(string_len_uniq(BudgetStation::TokenHash, 64))
                    .col(integer(BudgetStation::OpenedBy))
                    .col(timestamp_with_time_zone(BudgetStation::OpenedAt))
                    .col(integer_null(BudgetStation::ClosedBy))
                    .col(timestamp_with_time_zone_null(BudgetStation::ClosedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(BudgetStation::Table, BudgetStation::BudgetId)
                            .to(Budget::Table, Budget::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        add_columns(
            manager,
            BudgetBallot::Table,
            vec![integer_null(BudgetBallot::StationId).to_owned()],
        )
        .await?;
        add_columns(
            manager,
            BudgetCodeBatch::Table,
            vec![boolean(BudgetCodeBatch::ClassSession)
                .default(false)
                .to_owned()],
        )
        .await?;
        add_columns(
            manager,
            Budget::Table,
            vec![
                string_len_null(Budget::EasyTitle, 300).to_owned(),
                text_null(Budget::EasySummary).to_owned(),
            ],
        )
        .await?;
        add_columns(
            manager,
            BudgetProject::Table,
            vec![
                string_len_null(BudgetProject::EasyTitle, 300).to_owned(),
                text_null(BudgetProject::EasyDescription).to_owned(),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_columns(
            manager,
            BudgetProject::Table,
            vec![
                BudgetProject::EasyDescription.into_iden(),
                BudgetProject::EasyTitle.into_iden(),
            ],
        )
        .await?;
        drop_columns(
            manager,
            Budget::Table,
            vec![
                Budget::EasySummary.into_iden(),
                Budget::EasyTitle.into_iden(),
            ],
        )
        .await?;
        drop_columns(
            manager,
            BudgetCodeBatch::Table,
            vec![BudgetCodeBatch::ClassSession.into_iden()],
        )
        .await?;
        drop_columns(
            manager,
            BudgetBallot::Table,
            vec![BudgetBallot::StationId.into_iden()],
        )
        .await?;
        manager
            .drop_table(Table::drop().table(BudgetStation::Table).to_owned())
            .await
    }
}
