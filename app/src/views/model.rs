//! A resident's view as it travels: the form's field names and size limits, the form as sent
//! and the checks it must pass, and what comes back (the sent mark, the receipt). Shared by the
//! server and the browser, so it holds no I/O.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::{AgeGroup, Gender, HomeArea};
use crate::forms::{optional_email, too_long, FieldError, FieldProblem};
use crate::lang::Lang;

/// Size limits, in characters, of what a resident may send. The request body as a whole is
/// limited by the server ([`MAX_FORM_BYTES`]).
pub mod limits {
    /// An answer to one question, or the general view.
    pub const ANSWER_CHARS: usize = 4000;
    /// The optional display name.
    pub const NAME_CHARS: usize = 60;
    /// The form's idempotency key (a UUID is 36).
    pub const KEY_CHARS: usize = 64;
    /// The whole form body: room for ten full answers with multi-byte characters.
    pub const MAX_FORM_BYTES: usize = 64 * 1024;
    /// At most this many questions a dialogue can have (and answers a form can carry).
    pub const QUESTIONS: usize = 20;
}

/// Form field names, shared by the page that renders the form and the code that reads it.
pub mod fields {
    /// The answer to a question: `answer-<question id>`.
    pub const ANSWER_PREFIX: &str = "answer-";
    pub const GENERAL: &str = "general";
    pub const NAME: &str = "name";
    pub const AGE: &str = "age";
    pub const GENDER: &str = "gender";
    pub const AREA: &str = "area";
    pub const LANG: &str = "lang";
    pub const CONSENT: &str = "consent";
    pub const KEY: &str = "key";
    /// An e-mail address for the outcome: never stored with the view.
    pub const NOTIFY: &str = "notify";
    /// Hidden from people; a robot that fills every field fills this one too.
    pub const HONEYPOT: &str = "website";

    /// The field of the answer to question `id`.
    pub fn answer(id: i32) -> String {
        format!("{ANSWER_PREFIX}{id}")
    }
}

/// A resident's view as the form sent it: every field as text, nothing checked yet.
/// Kept so that a refused form can be shown again with what the resident wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ViewForm {
    /// Answers by question id, in the order they came.
    pub answers: Vec<(i32, String)>,
    pub general: String,
    pub name: String,
    pub age: String,
    pub gender: String,
    pub area: String,
    pub lang: String,
    pub consent: bool,
    pub key: String,
    pub honeypot: String,
    pub notify: String,
}

impl ViewForm {
    /// Reads the form from its `name=value` pairs, as a browser sends them. Unknown fields are
    /// ignored; a repeated field keeps its last value.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> Self {
        let mut form = ViewForm::default();
        for (name, value) in pairs {
            if let Some(id) = name.strip_prefix(fields::ANSWER_PREFIX) {
                if let Ok(id) = id.parse::<i32>() {
                    form.answers.retain(|(q, _)| *q != id);
                    form.answers.push((id, value));
                }
                continue;
            }
            match name.as_str() {
                fields::GENERAL => form.general = value,
                fields::NAME => form.name = value,
                fields::AGE => form.age = value,
                fields::GENDER => form.gender = value,
                fields::AREA => form.area = value,
                fields::LANG => form.lang = value,
                fields::CONSENT => form.consent = !value.is_empty(),
                fields::KEY => form.key = value,
                fields::HONEYPOT => form.honeypot = value,
                fields::NOTIFY => form.notify = value,
                _ => {}
            }
        }
        form
    }

    /// What the resident wrote in the answer to `question`, or "".
    pub fn answer(&self, question: i32) -> &str {
        self.answers
            .iter()
            .find(|(q, _)| *q == question)
            .map(|(_, a)| a.as_str())
            .unwrap_or("")
    }

    /// Checks the form against the dialogue's questions and the size limits. Returns the view
    /// ready to store, or every problem found (so the resident can fix them all at once).
    ///
    /// # Errors
    /// One [`FieldError`] per refused field.
    pub fn validate(
        &self,
        question_ids: &[i32],
        page_lang: Lang,
    ) -> Result<ValidView, Vec<FieldError>> {
        let mut errors = Vec::new();

        if !self.honeypot.is_empty() {
            refuse(&mut errors, fields::HONEYPOT, FieldProblem::Honeypot);
        }
        let key = self.key.trim();
        if key.is_empty() || key.chars().count() > limits::KEY_CHARS {
            refuse(&mut errors, fields::KEY, FieldProblem::MissingKey);
        }

        let mut answers = Vec::new();
        for &id in question_ids {
            let text = self.answer(id).trim();
            if text.chars().count() > limits::ANSWER_CHARS {
                refuse(
                    &mut errors,
                    &fields::answer(id),
                    too_long(limits::ANSWER_CHARS),
                );
            } else if !text.is_empty() {
                answers.push((id, text.to_string()));
            }
        }
        let general = self.general.trim();
        if general.chars().count() > limits::ANSWER_CHARS {
            refuse(&mut errors, fields::GENERAL, too_long(limits::ANSWER_CHARS));
        }
        let too_long_answer = errors
            .iter()
            .any(|e| matches!(e.problem, FieldProblem::TooLong(_)));
        if answers.is_empty() && general.is_empty() && !too_long_answer {
            // The first place to write is where the message goes: the first question, or the
            // general view when the dialogue asks none.
            let field = question_ids
                .first()
                .map(|id| fields::answer(*id))
                .unwrap_or_else(|| fields::GENERAL.to_string());
            refuse(&mut errors, &field, FieldProblem::Empty);
        }

        let name = optional_text(&self.name, limits::NAME_CHARS, fields::NAME, &mut errors);
        let age = optional_choice(&self.age, AgeGroup::from_code, fields::AGE, &mut errors);
        let gender = optional_choice(&self.gender, Gender::from_code, fields::GENDER, &mut errors);
        let area = optional_choice(&self.area, HomeArea::from_code, fields::AREA, &mut errors);

        let notify = optional_email(fields::NOTIFY, &self.notify, &mut errors);
        let lang = match self.lang.trim() {
            "" => page_lang,
            code => Lang::from_code(code).unwrap_or_else(|| {
                refuse(&mut errors, fields::LANG, FieldProblem::NotAChoice);
                page_lang
            }),
        };

        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(ValidView {
            answers,
            general: (!general.is_empty()).then(|| general.to_string()),
            name,
            age,
            gender,
            area,
            lang,
            consent: self.consent,
            key: key.to_string(),
            notify,
        })
    }
}

fn refuse(errors: &mut Vec<FieldError>, field: &str, problem: FieldProblem) {
    errors.push(FieldError::new(field, problem));
}

fn optional_text(
    value: &str,
    max: usize,
    field: &str,
    errors: &mut Vec<FieldError>,
) -> Option<String> {
    let value = value.trim();
    if value.chars().count() > max {
        refuse(errors, field, too_long(max));
        return None;
    }
    (!value.is_empty()).then(|| value.to_string())
}

fn optional_choice<T>(
    value: &str,
    parse: fn(&str) -> Option<T>,
    field: &str,
    errors: &mut Vec<FieldError>,
) -> Option<T> {
    match value.trim() {
        "" => None,
        code => {
            let parsed = parse(code);
            if parsed.is_none() {
                refuse(errors, field, FieldProblem::NotAChoice);
            }
            parsed
        }
    }
}

/// A view that passed every check, ready to be stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidView {
    pub answers: Vec<(i32, String)>,
    pub general: Option<String>,
    pub name: Option<String>,
    pub age: Option<AgeGroup>,
    pub gender: Option<Gender>,
    pub area: Option<HomeArea>,
    /// The language the resident wrote in.
    pub lang: Lang,
    pub consent: bool,
    pub key: String,
    /// Where to send the outcome: goes to a subscription of its own, never onto the view.
    pub notify: Option<String>,
}

/// What the island needs after a view was sent: kept small, because it is decoded in the
/// browser (every type decoded there adds to the download).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SentView {
    pub reference: String,
}

/// What the resident gets back for a view.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Receipt {
    pub reference: String,
    pub dialogue_slug: String,
    pub dialogue_title: String,
    pub title_lang: Lang,
    pub received_on: NaiveDate,
    pub consent_publish: bool,
    /// The language the resident wrote in.
    pub written_in: Lang,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> ViewForm {
        ViewForm::from_pairs(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())))
    }

    fn problems(result: Result<ValidView, Vec<FieldError>>) -> Vec<(String, FieldProblem)> {
        result
            .expect_err("should be refused")
            .into_iter()
            .map(|e| (e.field, e.problem))
            .collect()
    }

    #[test]
    fn a_view_with_one_answer_is_accepted_and_trimmed() {
        let view = form(&[
            ("answer-7", "  Fler bänkar  "),
            ("key", "k1"),
            ("age", "65-79"),
        ])
        .validate(&[7, 8], Lang::Sv)
        .expect("valid");
        assert_eq!(view.answers, vec![(7, "Fler bänkar".to_string())]);
        assert_eq!(view.age, Some(AgeGroup::From65To79));
        assert_eq!(view.lang, Lang::Sv);
        assert!(!view.consent);
    }

    #[test]
    fn an_empty_view_is_refused_at_the_first_question() {
        let got = problems(form(&[("answer-7", "   "), ("key", "k")]).validate(&[7, 8], Lang::Sv));
        assert_eq!(got, vec![("answer-7".to_string(), FieldProblem::Empty)]);
    }

    #[test]
    fn a_general_view_is_enough_when_there_are_no_answers() {
        let view = form(&[("general", "Bra idé"), ("key", "k")]).validate(&[7], Lang::Sv);
        assert_eq!(view.expect("valid").general.as_deref(), Some("Bra idé"));
    }

    #[test]
    fn answers_to_questions_of_another_dialogue_are_ignored() {
        let got = problems(form(&[("answer-99", "hej"), ("key", "k")]).validate(&[7], Lang::Sv));
        assert_eq!(got, vec![("answer-7".to_string(), FieldProblem::Empty)]);
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let long = "å".repeat(limits::ANSWER_CHARS + 1);
        let got = problems(
            form(&[
                ("answer-7", &long),
                ("name", &"n".repeat(limits::NAME_CHARS + 1)),
                ("age", "150"),
                ("gender", "robot"),
                ("area", "Atlantis"),
                ("lang", "xx"),
                ("website", "http://spam"),
            ])
            .validate(&[7], Lang::Sv),
        );
        let fields: Vec<&str> = got.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(
            fields,
            ["website", "key", "answer-7", "name", "age", "gender", "area", "lang"]
        );
        assert_eq!(got[2].1, FieldProblem::TooLong(limits::ANSWER_CHARS as u32));
        assert_eq!(got[4].1, FieldProblem::NotAChoice);
    }

    #[test]
    fn the_limit_counts_characters_not_bytes() {
        let at_limit = "ä".repeat(limits::ANSWER_CHARS);
        assert!(form(&[("answer-1", &at_limit), ("key", "k")])
            .validate(&[1], Lang::Sv)
            .is_ok());
    }

    #[test]
    fn the_resident_can_choose_another_language_for_the_view() {
        let view = form(&[
            ("general", "Hello"),
            ("lang", "en"),
            ("key", "k"),
            ("consent", "on"),
        ])
        .validate(&[], Lang::Sv)
        .expect("valid");
        assert_eq!(view.lang, Lang::En);
        assert!(view.consent);
    }
}
