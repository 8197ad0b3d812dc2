//! The form kit every form uses, the residents' and the staff's: one type for what is wrong
//! with a field (shared with the browser, which shows the same messages), and, on the server,
//! the re-rendered-form context and the field components with their error summary.
//!
//! A refused form never loses what was written: the handler renders the same page again with
//! a [`fields::Resubmitted`] in context, each problem at its field and in a summary at the top.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
pub mod fields;

/// Why one field of a form was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FieldProblem {
    /// Nothing was written in any answer of a view.
    Empty,
    /// A field that must be filled in is empty.
    Required,
    /// Longer than the field's limit, in characters.
    TooLong(u32),
    /// A value that is not one of the field's choices.
    NotAChoice,
    /// None of a group of choices was picked.
    Choose,
    /// The field that only robots fill in was filled in.
    Honeypot,
    /// The form is missing its idempotency key (an old or forged form).
    MissingKey,
    /// Not a date written as YYYY-MM-DD.
    Date,
    /// A closing date before the opening date.
    DatesOrder,
    /// Not an e-mail address.
    Email,
    /// A translation written before the Swedish source.
    SwedishFirst,
    /// Not a web address (http:// or https://).
    Url,
    /// Not a time written as HH:MM, or one the clocks skip.
    Time,
    /// An end before the start.
    TimesOrder,
    /// Not a sum in whole kronor within the budget.
    Amount,
    /// A citizen budget's voting opening before its ideas close.
    PhasesOrder,
    /// Publishing without missing minority languages, not confirmed.
    Confirm,
}

impl FieldProblem {
    /// A short code, used in tests and by the browser to find the message for this problem.
    pub fn code(self) -> &'static str {
        match self {
            FieldProblem::Empty => "empty",
            FieldProblem::Required => "required",
            FieldProblem::TooLong(_) => "too-long",
            FieldProblem::NotAChoice => "not-a-choice",
            FieldProblem::Choose => "choose",
            FieldProblem::Honeypot => "honeypot",
            FieldProblem::MissingKey => "missing-key",
            FieldProblem::Date => "date",
            FieldProblem::DatesOrder => "dates-order",
            FieldProblem::Email => "email",
            FieldProblem::SwedishFirst => "swedish-first",
            FieldProblem::Amount => "amount",
            FieldProblem::Url => "url",
            FieldProblem::Time => "time",
            FieldProblem::TimesOrder => "times-order",
            FieldProblem::PhasesOrder => "phases-order",
            FieldProblem::Confirm => "confirm",
        }
    }

    /// The Fluent id of the message for this problem (it takes `$max`).
    pub fn message_id(self) -> &'static str {
        match self {
            FieldProblem::Empty => "form-error-empty",
            FieldProblem::Required => "editor-error-required",
            FieldProblem::TooLong(_) => "form-error-too-long",
            FieldProblem::NotAChoice => "form-error-not-a-choice",
            FieldProblem::Choose => "editor-error-choose",
            FieldProblem::Honeypot => "form-error-honeypot",
            FieldProblem::MissingKey => "form-error-missing-key",
            FieldProblem::Date => "editor-error-date",
            FieldProblem::DatesOrder => "editor-error-dates-order",
            FieldProblem::Email => "outcome-error-email",
            FieldProblem::SwedishFirst => "editor-error-swedish-first",
            FieldProblem::Url => "editor-error-url",
            FieldProblem::Time => "meeting-error-time",
            FieldProblem::TimesOrder => "meeting-error-times-order",
            FieldProblem::Amount => "budget-error-amount",
            FieldProblem::PhasesOrder => "budget-editor-error-phases-order",
            FieldProblem::Confirm => "budget-editor-confirm-needed",
        }
    }

    /// The size limit this problem names, or 0.
    pub fn max(self) -> u32 {
        match self {
            FieldProblem::TooLong(max) => max,
            _ => 0,
        }
    }
}

/// A refused field: the form field's name and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// The `name` of the form field (`answer-<question id>`, `general`, `title`, ...).
    pub field: String,
    /// What is wrong.
    pub problem: FieldProblem,
}

impl FieldError {
    /// A refused `field`.
    pub fn new(field: impl Into<String>, problem: FieldProblem) -> Self {
        FieldError {
            field: field.into(),
            problem,
        }
    }
}

/// A text field's size limit as the problem carries it (limits are far below `u32::MAX`).
pub fn too_long(max: usize) -> FieldProblem {
    FieldProblem::TooLong(u32::try_from(max).unwrap_or(u32::MAX))
}

/// The longest e-mail address mail systems take (RFC 5321).
pub const MAX_EMAIL_CHARS: usize = 254;

/// Checks an optional e-mail address typed into `field`: empty is `None`; too long or not an
/// address is a problem added to `errors`.
pub fn optional_email(field: &str, value: &str, errors: &mut Vec<FieldError>) -> Option<String> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    if value.chars().count() > MAX_EMAIL_CHARS {
        errors.push(FieldError::new(field, too_long(MAX_EMAIL_CHARS)));
    } else if !crate::domain::plausible_email(value) {
        errors.push(FieldError::new(field, FieldProblem::Email));
    } else {
        return Some(value.to_string());
    }
    None
}

/// Checks an e-mail address that must be given in `field`: the trimmed address, or the field's
/// problem (empty, too long, or not an address).
pub fn required_email(field: &str, value: &str) -> Result<String, FieldError> {
    let mut errors = Vec::new();
    match optional_email(field, value, &mut errors) {
        Some(address) => Ok(address),
        None => Err(errors
            .pop()
            .unwrap_or_else(|| FieldError::new(field, FieldProblem::Required))),
    }
}

/// Checks a free-text field: trimmed, within `max` characters, and present when `required`.
/// Returns the trimmed text; a problem is added to `errors`.
pub fn sized_text(
    field: &str,
    value: &str,
    max: usize,
    required: bool,
    errors: &mut Vec<FieldError>,
) -> String {
    let value = value.trim();
    if required && value.is_empty() {
        errors.push(FieldError::new(field, FieldProblem::Required));
    } else if value.chars().count() > max {
        errors.push(FieldError::new(field, too_long(max)));
    }
    value.to_string()
}
