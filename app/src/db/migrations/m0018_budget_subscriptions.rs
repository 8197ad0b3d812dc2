//! Citizen budgets: residents (voters or not) who asked for the result by e-mail. Confirmed by
//! a mailed link (double opt-in), mailed once when the result is certified, and erased then,
//! confirmed or not. Nothing ties a row to a ballot: the form is apart from the ballot.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum BudgetSubscription {
    Table,
    Id,
    BudgetId,
    Email,
    Lang,
    Token,
    ConfirmedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Budget {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(BudgetSubscription::Table)
                    .col(pk_auto(BudgetSubscription::Id))
                    .col(integer(BudgetSubscription::BudgetId))
                    .col(string_len(BudgetSubscription::Email, 254))
                    .col(string_len(BudgetSubscription::Lang, 8))
                    .col(string_len_uniq(BudgetSubscription::Token, 64))
                    .col(timestamp_with_time_zone_null(
                        BudgetSubscription::ConfirmedAt,
                    ))
                    .col(timestamp_with_time_zone(BudgetSubscription::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(BudgetSubscription::Table, BudgetSubscription::BudgetId)
                            .to(Budget::Table, Budget::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        // One row per address and budget: asking twice at once keeps one.
        manager
            .create_index(
                Index::create()
                    .name("budget_subscription_address")
                    .table(BudgetSubscription::Table)
                    .col(BudgetSubscription::BudgetId)
                    .col(BudgetSubscription::Email)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(BudgetSubscription::Table).to_owned())
            .await
    }
}
