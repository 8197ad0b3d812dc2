//! Citizen budgets, second part.
//! - `budget_paper_entry`: a paper ballot as one staff member typed it in. A paper ballot counts
//!   only when two different people have entered it alike; each entry is kept (with who made
//!   it) and points at the ballot it became. One person enters a code once (a unique index).
//! - `budget_proposer_contact`: how to reach a resident who proposed a project, kept apart from
//!   the proposal (which is public once moderated) and erased after the decision.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum BudgetPaperEntry {
    Table,
    Id,
    BudgetId,
    CodeHash,
    EnteredBy,
    Lines,
    AgeGroup,
    Area,
    CreatedAt,
    BallotId,
}

#[derive(DeriveIden)]
enum BudgetProposerContact {
    Table,
    Id,
    ProjectId,
    Contact,
    ErasedAt,
}

#[derive(DeriveIden)]
enum Budget {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum BudgetBallot {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum BudgetProject {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Staff {
    Table,
    Id,
}

fn to(
    from: (impl IntoIden + 'static, impl IntoIden + 'static),
    to: (impl IntoIden + 'static, impl IntoIden + 'static),
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
        manager
            .create_table(
                Table::create()
                    .table(BudgetPaperEntry::Table)
                    .col(pk_auto(BudgetPaperEntry::Id))
                    .col(integer(BudgetPaperEntry::BudgetId))
                    .col(string_len(BudgetPaperEntry::CodeHash, 64))
                    .col(integer(BudgetPaperEntry::EnteredBy))
                    .col(string_len(BudgetPaperEntry::Lines, 1000))
                    .col(string_len_null(BudgetPaperEntry::AgeGroup, 20))
                    .col(string_len_null(BudgetPaperEntry::Area, 40))
                    .col(timestamp_with_time_zone(BudgetPaperEntry::CreatedAt))
                    .col(integer_null(BudgetPaperEntry::BallotId))
                    .foreign_key(&mut to(
                        (BudgetPaperEntry::Table, BudgetPaperEntry::BudgetId),
                        (Budget::Table, Budget::Id),
                    ))
                    .foreign_key(&mut to(
                        (BudgetPaperEntry::Table, BudgetPaperEntry::EnteredBy),
                        (Staff::Table, Staff::Id),
                    ))
                    .foreign_key(&mut to(
                        (BudgetPaperEntry::Table, BudgetPaperEntry::BallotId),
                        (BudgetBallot::Table, BudgetBallot::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("budget_paper_entry_once")
                    .table(BudgetPaperEntry::Table)
                    .col(BudgetPaperEntry::BudgetId)
                    .col(BudgetPaperEntry::CodeHash)
                    .col(BudgetPaperEntry::EnteredBy)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(BudgetProposerContact::Table)
                    .col(pk_auto(BudgetProposerContact::Id))
                    .col(integer_uniq(BudgetProposerContact::ProjectId))
                    .col(string_len_null(BudgetProposerContact::Contact, 300))
                    .col(timestamp_with_time_zone_null(
                        BudgetProposerContact::ErasedAt,
                    ))
                    .foreign_key(&mut to(
                        (
                            BudgetProposerContact::Table,
                            BudgetProposerContact::ProjectId,
                        ),
                        (BudgetProject::Table, BudgetProject::Id),
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            BudgetProposerContact::Table.into_iden(),
            BudgetPaperEntry::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
