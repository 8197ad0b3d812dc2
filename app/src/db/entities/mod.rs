//! sea-orm entities, one per table, in the shape `sea-orm-cli generate entity` writes them.
//! Behaviour lives in the services beside this module, not here.

pub mod audit_entry;
pub mod budget;
pub mod budget_ballot;
pub mod budget_ballot_line;
pub mod budget_code_batch;
pub mod budget_credential;
pub mod budget_milestone;
pub mod budget_paper_entry;
pub mod budget_project;
pub mod budget_project_text;
pub mod budget_proposer_contact;
pub mod budget_text;
pub mod dialogue;
pub mod dialogue_target_group;
pub mod dialogue_text;
pub mod dialogue_theme;
pub mod dialogue_version;
pub mod easy_text;
pub mod feedback;
pub mod feedback_question;
pub mod feedback_text;
pub mod meeting;
pub mod meeting_version;
pub mod outbox;
pub mod postal_request;
pub mod question;
pub mod question_text;
pub mod staff;
pub mod staff_language;
pub mod staff_session;
pub mod subscription;
pub mod view;
pub mod view_answer;
pub mod view_report;
pub mod view_translation;
