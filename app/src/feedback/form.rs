//! The editors' feedback form: field names, size limits, and the checks before it is saved.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::model::{Decision, FeedbackSnapshot, FeedbackTexts};
use crate::forms::{sized_text, FieldError, FieldProblem};
use crate::lang::Lang;

/// Size limits, in characters.
pub mod limits {
    pub const REFERENCE: usize = 100;
    pub const URL: usize = 500;
    /// What was heard, decided, what happens next; and per question.
    pub const TEXT: usize = 10_000;
    pub const DECIDED_BY: usize = 200;
}

/// The form's field names.
pub mod fields {
    pub const REFERENCE: &str = "reference";
    pub const DECIDED_ON: &str = "decided-on";
    pub const PROTOCOL: &str = "protocol";
    pub const TEXT_LANG: &str = "text-lang";
    pub const HEARD: &str = "heard";
    pub const DECIDED: &str = "decided";
    pub const DECIDED_BY: &str = "decided-by";
    pub const NEXT: &str = "next";
    pub const REVIEWED: &str = "reviewed";
    /// What was heard about question `<id>`: `heard-<id>`.
    pub const HEARD_PREFIX: &str = "heard-";

    /// The field of what was heard about question `id`.
    pub fn heard(id: i32) -> String {
        format!("{HEARD_PREFIX}{id}")
    }
}

/// The form as sent, every value as text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FeedbackForm {
    pub reference: String,
    pub decided_on: String,
    pub protocol: String,
    pub text_lang: String,
    pub texts: FeedbackTexts,
    pub reviewed: bool,
    pub per_question: BTreeMap<i32, String>,
}

/// A checked feedback form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidFeedback {
    pub decision: Decision,
    pub text_lang: Lang,
    /// `None`: this language has no feedback (every text left empty).
    pub texts: Option<FeedbackTexts>,
    pub reviewed: bool,
    pub per_question: BTreeMap<i32, String>,
}

impl FeedbackForm {
    /// Reads the form's `name=value` pairs. Unknown names are ignored.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> Self {
        let mut form = FeedbackForm::default();
        for (name, value) in pairs {
            match name.as_str() {
                fields::REFERENCE => form.reference = value,
                fields::DECIDED_ON => form.decided_on = value,
                fields::PROTOCOL => form.protocol = value,
                fields::TEXT_LANG => form.text_lang = value,
                fields::HEARD => form.texts.heard = value,
                fields::DECIDED => form.texts.decided = value,
                fields::DECIDED_BY => form.texts.decided_by = value,
                fields::NEXT => form.texts.next_steps = value,
                fields::REVIEWED => form.reviewed = value == "yes",
                other => {
                    if let Some(id) = other
                        .strip_prefix(fields::HEARD_PREFIX)
                        .and_then(|id| id.parse().ok())
                    {
                        form.per_question.insert(id, value);
                    }
                }
            }
        }
        form
    }

    /// The form as the page shows it for saved feedback, texts in `lang`.
    pub fn from_snapshot(
        saved: Option<&FeedbackSnapshot>,
        lang: Lang,
        question_ids: &[i32],
    ) -> Self {
        let text = saved.and_then(|f| f.texts.iter().find(|t| t.lang == lang.code()));
        let decision = saved.map(|f| f.decision.clone()).unwrap_or_default();
        FeedbackForm {
            reference: decision.reference.unwrap_or_default(),
            decided_on: decision
                .decided_on
                .map(|d| d.to_string())
                .unwrap_or_default(),
            protocol: decision.protocol_url.unwrap_or_default(),
            text_lang: lang.code().to_string(),
            texts: text.map(|t| t.texts.clone()).unwrap_or_default(),
            reviewed: text.is_some_and(|t| t.reviewed),
            per_question: question_ids
                .iter()
                .map(|id| {
                    let heard = saved
                        .and_then(|f| f.questions.get(id))
                        .and_then(|q| q.get(lang.code()));
                    (*id, heard.cloned().unwrap_or_default())
                })
                .collect(),
        }
    }

    /// Checks every field and returns all problems at once.
    ///
    /// # Errors
    /// Every refused field with its problem.
    pub fn validate(&self) -> Result<ValidFeedback, Vec<FieldError>> {
        let mut errors = Vec::new();
        let text_lang = Lang::from_code(&self.text_lang).unwrap_or_default();
        let reference = sized_text(
            fields::REFERENCE,
            &self.reference,
            limits::REFERENCE,
            false,
            &mut errors,
        );
        let decided_on = match self.decided_on.trim() {
            "" => None,
            date => {
                let parsed = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok();
                if parsed.is_none() {
                    errors.push(FieldError::new(fields::DECIDED_ON, FieldProblem::Date));
                }
                parsed
            }
        };
        let protocol = sized_text(
            fields::PROTOCOL,
            &self.protocol,
            limits::URL,
            false,
            &mut errors,
        );
        let web_address = protocol.starts_with("https://") || protocol.starts_with("http://");
        if !protocol.is_empty() && !web_address {
            errors.push(FieldError::new(fields::PROTOCOL, FieldProblem::Url));
        }
        let raw = &self.texts;
        let has_text = [&raw.heard, &raw.decided, &raw.decided_by, &raw.next_steps]
            .iter()
            .any(|t| !t.trim().is_empty());
        // Swedish comes first and whole; another language may be left out entirely.
        let required = text_lang == Lang::Sv || has_text;
        let mut text = |field: &str, value: &str, max: usize, needed: bool| {
            sized_text(field, value, max, needed && required, &mut errors)
        };
        let texts = FeedbackTexts {
            heard: text(fields::HEARD, &raw.heard, limits::TEXT, true),
            decided: text(fields::DECIDED, &raw.decided, limits::TEXT, true),
            decided_by: text(
                fields::DECIDED_BY,
                &raw.decided_by,
                limits::DECIDED_BY,
                false,
            ),
            next_steps: text(fields::NEXT, &raw.next_steps, limits::TEXT, true),
        };
        let mut per_question = BTreeMap::new();
        for (id, value) in &self.per_question {
            per_question.insert(
                *id,
                sized_text(&fields::heard(*id), value, limits::TEXT, false, &mut errors),
            );
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(ValidFeedback {
            decision: Decision {
                reference: (!reference.is_empty()).then_some(reference),
                decided_on,
                protocol_url: (!protocol.is_empty()).then_some(protocol),
            },
            text_lang,
            texts: required.then_some(texts),
            reviewed: self.reviewed,
            per_question,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> FeedbackForm {
        FeedbackForm::from_pairs(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())))
    }

    #[test]
    fn swedish_feedback_needs_what_was_heard_decided_and_what_comes_next() {
        let problems = form(&[
            ("text-lang", "sv"),
            ("protocol", "ftp://x"),
            ("decided-on", "igår"),
        ])
        .validate()
        .expect_err("refused");
        for (field, problem) in [
            ("heard", FieldProblem::Required),
            ("decided", FieldProblem::Required),
            ("next", FieldProblem::Required),
            ("protocol", FieldProblem::Url),
            ("decided-on", FieldProblem::Date),
        ] {
            assert!(
                problems.contains(&FieldError::new(field, problem)),
                "{field}: {problems:?}"
            );
        }
    }

    #[test]
    fn a_translation_may_be_left_out_but_not_half_written() {
        let empty = form(&[("text-lang", "fi")]).validate().expect("valid");
        assert_eq!(empty.texts, None);
        let half = form(&[("text-lang", "fi"), ("heard", "Kuulimme")])
            .validate()
            .expect_err("refused");
        assert!(half.contains(&FieldError::new("decided", FieldProblem::Required)));
    }

    #[test]
    fn per_question_texts_are_read_by_question_id() {
        let valid = form(&[
            ("text-lang", "sv"),
            ("heard", "a"),
            ("decided", "b"),
            ("next", "c"),
            ("heard-7", " Fler bänkar "),
        ])
        .validate()
        .expect("valid");
        assert_eq!(
            valid.per_question.get(&7).map(String::as_str),
            Some("Fler bänkar")
        );
    }
}
