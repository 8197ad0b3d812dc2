//! Integration tests: the real router on a real socket, against a fresh database per test.
//! Every test runs against SQLite, and against PostgreSQL too when `TEST_POSTGRES_URL` is set.

mod budget_children;
mod budget_editor;
mod budgets;
mod desk;
mod editing;
mod forms;
mod hardening;
mod helpers;
mod letters;
mod meetings;
mod outcome;
mod page_cache;
mod pages;
mod reports;
mod roles;
mod server_fns;
mod shutdown;
mod smtp;
mod staff;
mod translations;
mod upgrade;
