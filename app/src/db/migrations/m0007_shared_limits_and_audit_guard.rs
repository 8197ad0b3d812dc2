//! What several server processes on one database need to share, and what the database itself
//! must enforce:
//!
//! - `rate_limit`: one row per limited key (e.g. `views:203.0.113.9`), holding the GCRA
//!   "theoretical arrival time" in milliseconds, so a limit holds once across every process.
//! - `sign_in_failure`: failed sign-ins per normalised address (stored as a SHA-256 digest,
//!   whether or not an account has that address), for the growing wait after repeated failures.
//! - `staff.must_change_password`: set when an administrator resets a password.
//! - The audit log is append-only in the database: triggers refuse UPDATE and DELETE (and, on
//!   PostgreSQL, TRUNCATE) of `audit_entry`, whoever asks.

use sea_orm_migration::{prelude::*, schema::*, sea_orm::ConnectionTrait};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum RateLimit {
    Table,
    Bucket,
    Tat,
}

#[derive(DeriveIden)]
enum SignInFailure {
    Table,
    Who,
    Failures,
    LastAt,
}

#[derive(DeriveIden)]
enum Staff {
    Table,
    MustChangePassword,
}

const SQLITE_TRIGGERS: &[&str] = &[
    "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry \
     BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry \
     BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
];

const POSTGRES_TRIGGERS: &[&str] = &[
    "CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS \
     $$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$",
    "CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry \
     FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()",
    "CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry \
     FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(RateLimit::Table)
                    .col(string_len(RateLimit::Bucket, 160).primary_key())
                    .col(big_integer(RateLimit::Tat))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SignInFailure::Table)
                    .col(string_len(SignInFailure::Who, 64).primary_key())
                    .col(integer(SignInFailure::Failures))
                    .col(big_integer(SignInFailure::LastAt))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Staff::Table)
                    .add_column(boolean(Staff::MustChangePassword).default(false))
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        let triggers = match manager.get_database_backend() {
            sea_orm_migration::sea_orm::DatabaseBackend::Postgres => POSTGRES_TRIGGERS,
            _ => SQLITE_TRIGGERS,
        };
        for statement in triggers {
            db.execute_unprepared(statement).await?;
        }
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        Err(DbErr::Migration(
            "m0007 guards the audit log and is not reversible".into(),
        ))
    }
}
