//! Numbered schema migrations, written with sea-orm's backend-neutral schema helpers so that
//! SQLite and PostgreSQL share them. They run at start (`server serve`) and with
//! `server migrate`. A migration that has landed is never edited: add the next number.

use sea_orm_migration::prelude::*;

mod m0001_dialogues_and_views;
mod m0002_staff_and_audit;
mod m0003_editing_and_reports;
mod m0004_feedback_and_mail;
mod m0005_letters;
mod m0006_areas_and_reports;
mod m0007_shared_limits_and_audit_guard;
mod m0008_translators;
mod m0009_easy_swedish;
mod m0010_meetings;
mod m0011_queue_index;
mod m0012_view_name_and_flag;
mod m0013_budgets;
mod m0014_paper_ballots_and_proposals;
mod m0015_budget_follow_up;
mod m0016_budget_versions;
mod m0017_budget_mail_codes_and_open_voting;
mod m0018_budget_subscriptions;
mod m0019_budget_stations_and_children;
mod m0020_site_version;

/// The portal's migrations, in order.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m0001_dialogues_and_views::Migration),
            Box::new(m0002_staff_and_audit::Migration),
            Box::new(m0003_editing_and_reports::Migration),
            Box::new(m0004_feedback_and_mail::Migration),
            Box::new(m0005_letters::Migration),
            Box::new(m0006_areas_and_reports::Migration),
            Box::new(m0007_shared_limits_and_audit_guard::Migration),
            Box::new(m0008_translators::Migration),
            Box::new(m0009_easy_swedish::Migration),
            Box::new(m0010_meetings::Migration),
            Box::new(m0011_queue_index::Migration),
            Box::new(m0012_view_name_and_flag::Migration),
            Box::new(m0013_budgets::Migration),
            Box::new(m0014_paper_ballots_and_proposals::Migration),
            Box::new(m0015_budget_follow_up::Migration),
            Box::new(m0016_budget_versions::Migration),
            Box::new(m0017_budget_mail_codes_and_open_voting::Migration),
            Box::new(m0018_budget_subscriptions::Migration),
            Box::new(m0019_budget_stations_and_children::Migration),
            Box::new(m0020_site_version::Migration),
        ]
    }
}
