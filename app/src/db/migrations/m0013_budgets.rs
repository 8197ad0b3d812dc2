//! Citizen budgets (medborgarbudget): a sum residents propose projects for and vote on.
//! - `budget`, `budget_text` (per language): the sum, the areas, the voting method and counting
//!   rule, the phases' dates, who decides and the diarienummer; the ballot key that codes are
//!   hashed under, destroyed when the result is certified, and the certificate.
//! - `budget_project`, `budget_project_text`: proposals and, once reviewed, the projects on the
//!   ballot with their cost.
//! - `budget_code_batch`, `budget_credential`: the ledger of who may vote once: printed codes
//!   (stored only as hashes), each batch logged with who issued it.
//! - `budget_ballot`, `budget_ballot_line`: every ballot with its lines, never only totals. At
//!   most one ballot per credential, held by a unique index, so concurrent submits of one code
//!   count once on both databases.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Budget {
    Table,
    Id,
    Slug,
    TotalSek,
    Method,
    MaxChoices,
    Rule,
    Area,
    IdeasOpens,
    IdeasCloses,
    VotingOpens,
    VotingCloses,
    DecidedBy,
    Diarienummer,
    Published,
    BallotKey,
    CertifiedAt,
    CertifiedBy,
    CertifiedDigest,
    CreatedAt,
}

#[derive(DeriveIden)]
enum BudgetText {
    Table,
    Id,
    BudgetId,
    Lang,
    Title,
    Summary,
    Eligibility,
}

#[derive(DeriveIden)]
enum BudgetProject {
    Table,
    Id,
    BudgetId,
    Status,
    Area,
    EstimateSek,
    CostSek,
    Lang,
    Channel,
    MergedInto,
    ReviewReason,
    Won,
    CreatedAt,
}

#[derive(DeriveIden)]
enum BudgetProjectText {
    Table,
    Id,
    ProjectId,
    Lang,
    Title,
    Description,
}

#[derive(DeriveIden)]
enum BudgetCodeBatch {
    Table,
    Id,
    BudgetId,
    IssuedBy,
    IssuedAt,
    Count,
    Purpose,
}

#[derive(DeriveIden)]
enum BudgetCredential {
    Table,
    Id,
    BudgetId,
    BatchId,
    CodeHash,
    UsedAt,
    UsedChannel,
}

#[derive(DeriveIden)]
enum BudgetBallot {
    Table,
    Id,
    BudgetId,
    Receipt,
    CredentialId,
    Channel,
    AgeGroup,
    Area,
    CreatedAt,
}

#[derive(DeriveIden)]
enum BudgetBallotLine {
    Table,
    BallotId,
    ProjectId,
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
                    .table(Budget::Table)
                    .col(pk_auto(Budget::Id))
                    .col(string_len_uniq(Budget::Slug, 100))
                    .col(big_integer(Budget::TotalSek))
                    .col(string_len(Budget::Method, 20))
                    .col(integer_null(Budget::MaxChoices))
                    .col(string_len(Budget::Rule, 20))
                    .col(string_len_null(Budget::Area, 40))
                    .col(date(Budget::IdeasOpens))
                    .col(date(Budget::IdeasCloses))
                    .col(date(Budget::VotingOpens))
                    .col(date(Budget::VotingCloses))
                    .col(string_len(Budget::DecidedBy, 300))
                    .col(string_len(Budget::Diarienummer, 60))
                    .col(boolean(Budget::Published))
                    .col(string_len_null(Budget::BallotKey, 64))
                    .col(timestamp_with_time_zone_null(Budget::CertifiedAt))
                    .col(integer_null(Budget::CertifiedBy))
                    .col(string_len_null(Budget::CertifiedDigest, 64))
                    .col(timestamp_with_time_zone(Budget::CreatedAt))
                    .foreign_key(&mut to(
                        (Budget::Table, Budget::CertifiedBy),
                        (Staff::Table, Staff::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(BudgetText::Table)
                    .col(pk_auto(BudgetText::Id))
                    .col(integer(BudgetText::BudgetId))
                    .col(string_len(BudgetText::Lang, 8))
                    .col(string_len(BudgetText::Title, 200))
                    .col(text(BudgetText::Summary))
                    .col(text(BudgetText::Eligibility))
                    .foreign_key(&mut to(
                        (BudgetText::Table, BudgetText::BudgetId),
                        (Budget::Table, Budget::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("budget_text_lang")
                    .table(BudgetText::Table)
                    .col(BudgetText::BudgetId)
                    .col(BudgetText::Lang)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(BudgetProject::Table)
                    .col(pk_auto(BudgetProject::Id))
                    .col(integer(BudgetProject::BudgetId))
                    .col(string_len(BudgetProject::Status, 20))
                    .col(string_len_null(BudgetProject::Area, 40))
                    .col(big_integer_null(BudgetProject::EstimateSek))
                    .col(big_integer_null(BudgetProject::CostSek))
                    .col(string_len(BudgetProject::Lang, 8))
                    .col(string_len(BudgetProject::Channel, 20))
                    .col(integer_null(BudgetProject::MergedInto))
                    .col(text_null(BudgetProject::ReviewReason))
                    .col(boolean(BudgetProject::Won).default(false))
                    .col(timestamp_with_time_zone(BudgetProject::CreatedAt))
                    .foreign_key(&mut to(
                        (BudgetProject::Table, BudgetProject::BudgetId),
                        (Budget::Table, Budget::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("budget_project_status")
                    .table(BudgetProject::Table)
                    .col(BudgetProject::BudgetId)
                    .col(BudgetProject::Status)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(BudgetProjectText::Table)
                    .col(pk_auto(BudgetProjectText::Id))
                    .col(integer(BudgetProjectText::ProjectId))
                    .col(string_len(BudgetProjectText::Lang, 8))
                    .col(string_len(BudgetProjectText::Title, 200))
                    .col(text(BudgetProjectText::Description))
                    .foreign_key(&mut to(
                        (BudgetProjectText::Table, BudgetProjectText::ProjectId),
                        (BudgetProject::Table, BudgetProject::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("budget_project_text_lang")
                    .table(BudgetProjectText::Table)
                    .col(BudgetProjectText::ProjectId)
                    .col(BudgetProjectText::Lang)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(BudgetCodeBatch::Table)
                    .col(pk_auto(BudgetCodeBatch::Id))
                    .col(integer(BudgetCodeBatch::BudgetId))
                    .col(integer(BudgetCodeBatch::IssuedBy))
                    .col(timestamp_with_time_zone(BudgetCodeBatch::IssuedAt))
                    .col(integer(BudgetCodeBatch::Count))
                    .col(string_len(BudgetCodeBatch::Purpose, 200))
                    .foreign_key(&mut to(
                        (BudgetCodeBatch::Table, BudgetCodeBatch::BudgetId),
                        (Budget::Table, Budget::Id),
                    ))
                    .foreign_key(&mut to(
                        (BudgetCodeBatch::Table, BudgetCodeBatch::IssuedBy),
                        (Staff::Table, Staff::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(BudgetCredential::Table)
                    .col(pk_auto(BudgetCredential::Id))
                    .col(integer(BudgetCredential::BudgetId))
                    .col(integer_null(BudgetCredential::BatchId))
                    .col(string_len(BudgetCredential::CodeHash, 64))
                    .col(timestamp_with_time_zone_null(BudgetCredential::UsedAt))
                    .col(string_len_null(BudgetCredential::UsedChannel, 20))
                    .foreign_key(&mut to(
                        (BudgetCredential::Table, BudgetCredential::BudgetId),
                        (Budget::Table, Budget::Id),
                    ))
                    .foreign_key(&mut to(
                        (BudgetCredential::Table, BudgetCredential::BatchId),
                        (BudgetCodeBatch::Table, BudgetCodeBatch::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("budget_credential_code")
                    .table(BudgetCredential::Table)
                    .col(BudgetCredential::BudgetId)
                    .col(BudgetCredential::CodeHash)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(BudgetBallot::Table)
                    .col(pk_auto(BudgetBallot::Id))
                    .col(integer(BudgetBallot::BudgetId))
                    .col(string_len_uniq(BudgetBallot::Receipt, 20))
                    .col(integer_null(BudgetBallot::CredentialId))
                    .col(string_len(BudgetBallot::Channel, 20))
                    .col(string_len_null(BudgetBallot::AgeGroup, 20))
                    .col(string_len_null(BudgetBallot::Area, 40))
                    .col(timestamp_with_time_zone(BudgetBallot::CreatedAt))
                    .foreign_key(&mut to(
                        (BudgetBallot::Table, BudgetBallot::BudgetId),
                        (Budget::Table, Budget::Id),
                    ))
                    .foreign_key(&mut to(
                        (BudgetBallot::Table, BudgetBallot::CredentialId),
                        (BudgetCredential::Table, BudgetCredential::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        // One ballot per credential: the database holds it, whatever runs at once.
        manager
            .create_index(
                Index::create()
                    .name("budget_ballot_credential")
                    .table(BudgetBallot::Table)
                    .col(BudgetBallot::CredentialId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("budget_ballot_budget")
                    .table(BudgetBallot::Table)
                    .col(BudgetBallot::BudgetId)
                    .col(BudgetBallot::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(BudgetBallotLine::Table)
                    .col(integer(BudgetBallotLine::BallotId))
                    .col(integer(BudgetBallotLine::ProjectId))
                    .primary_key(
                        Index::create()
                            .col(BudgetBallotLine::BallotId)
                            .col(BudgetBallotLine::ProjectId),
                    )
                    .foreign_key(&mut to(
                        (BudgetBallotLine::Table, BudgetBallotLine::BallotId),
                        (BudgetBallot::Table, BudgetBallot::Id),
                    ))
                    .foreign_key(&mut to(
                        (BudgetBallotLine::Table, BudgetBallotLine::ProjectId),
                        (BudgetProject::Table, BudgetProject::Id),
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            BudgetBallotLine::Table.into_iden(),
            BudgetBallot::Table.into_iden(),
            BudgetCredential::Table.into_iden(),
            BudgetCodeBatch::Table.into_iden(),
            BudgetProjectText::Table.into_iden(),
            BudgetProject::Table.into_iden(),
            BudgetText::Table.into_iden(),
            Budget::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
