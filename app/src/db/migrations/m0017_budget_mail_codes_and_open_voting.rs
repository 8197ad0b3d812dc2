//! Citizen budgets: more ways to the one vote a person has.
//! - `budget.email_codes`: residents may ask for a one-time code by e-mail;
//!   `budget.open_voting`: residents may vote without a code, where the district accepts it
//!   (limited per address like views, and audited afterwards by the kind of each ballot).
//! - `budget_credential.kind` (`printed`, `email`, `open`) and `email_hmac`: the address a
//!   code was mailed to, only as an HMAC under the budget's ballot key, unique per budget, so
//!   one address gets one code; once the key is destroyed at certification nothing ties it to
//!   an address any more.
//! - `budget_proposer_contact.wants_outcome`: the proposer asked to be mailed how the proposal
//!   fared; the mail goes when the result is certified, and the contact is erased then.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Budget {
    Table,
    EmailCodes,
    OpenVoting,
}

#[derive(DeriveIden)]
enum BudgetProposerContact {
    Table,
    WantsOutcome,
}

#[derive(DeriveIden)]
enum BudgetCredential {
    Table,
    BudgetId,
    Kind,
    EmailHmac,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds columns one at a time.
        for column in [
            boolean(Budget::EmailCodes).default(false).to_owned(),
            boolean(Budget::OpenVoting).default(false).to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Budget::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        for column in [
            string_len(BudgetCredential::Kind, 10)
                .default("printed")
                .to_owned(),
            string_len_null(BudgetCredential::EmailHmac, 64).to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(BudgetCredential::Table)
                        .add_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(BudgetProposerContact::Table)
                    .add_column(boolean(BudgetProposerContact::WantsOutcome).default(false))
                    .to_owned(),
            )
            .await?;
        // NULLs are distinct in a unique index on both databases: printed and open
        // credentials have none.
        manager
            .create_index(
                Index::create()
                    .name("budget_credential_email")
                    .table(BudgetCredential::Table)
                    .col(BudgetCredential::BudgetId)
                    .col(BudgetCredential::EmailHmac)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("budget_credential_email")
                    .table(BudgetCredential::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(BudgetProposerContact::Table)
                    .drop_column(BudgetProposerContact::WantsOutcome)
                    .to_owned(),
            )
            .await?;
        for column in [BudgetCredential::EmailHmac, BudgetCredential::Kind] {
            manager
                .alter_table(
                    Table::alter()
                        .table(BudgetCredential::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        for column in [Budget::OpenVoting, Budget::EmailCodes] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Budget::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
