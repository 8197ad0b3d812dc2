//! The editor's form: its field names (shared by the page that renders it and the code that
//! reads it), its size limits, and the checks a dialogue must pass before it is saved.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::snapshot::{Snapshot, SnapshotText};
use crate::dialogues::model::{Contact, Texts};
use crate::domain::{plausible_email, Moderation, ParticipationLevel, Place, TargetGroup, Theme};
use crate::forms::{sized_text, FieldError, FieldProblem};
use crate::lang::Lang;

/// Size limits of the editor's fields, in characters.
pub mod limits {
    pub const TITLE: usize = 200;
    pub const SUMMARY: usize = 500;
    pub const BODY: usize = 10_000;
    /// Influence, not influence, who decides.
    pub const PARAGRAPH: usize = 4_000;
    pub const QUESTION: usize = 500;
    pub const CONTACT: usize = 200;
    pub const PHONE: usize = 40;
}

/// The editor form's field names.
pub mod fields {
    pub const PLACE: &str = "place";
    pub const LEVEL: &str = "level";
    pub const GROUP: &str = "group";
    pub const THEME: &str = "theme";
    pub const OPENS: &str = "opens";
    pub const CLOSES: &str = "closes";
    pub const DECISION: &str = "decision";
    pub const CONTACT_NAME: &str = "contact-name";
    pub const CONTACT_EMAIL: &str = "contact-email";
    pub const CONTACT_PHONE: &str = "contact-phone";
    pub const MODERATION: &str = "moderation";
    /// The language the texts and questions are written in.
    pub const TEXT_LANG: &str = "text-lang";
    pub const TITLE: &str = "title";
    pub const SUMMARY: &str = "summary";
    pub const BODY: &str = "body";
    pub const INFLUENCE: &str = "influence";
    pub const NOT_INFLUENCE: &str = "not-influence";
    pub const DECIDES: &str = "decides";
    pub const REVIEWED: &str = "reviewed";
    pub const NEW_QUESTION: &str = "new-question";
    /// An existing question's text: `question-<id>`.
    pub const QUESTION_PREFIX: &str = "question-";

    /// The field of question `id`.
    pub fn question(id: i32) -> String {
        format!("{QUESTION_PREFIX}{id}")
    }
}

/// The editor form as sent: every value kept as text, so a refused form comes back as written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DialogueForm {
    pub place: String,
    pub level: String,
    pub groups: Vec<String>,
    pub themes: Vec<String>,
    pub opens: String,
    pub closes: String,
    pub decision: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub moderation: String,
    /// The language of the texts and questions below.
    pub text_lang: String,
    /// The texts in `text_lang`.
    pub text: Texts,
    pub reviewed: bool,
    /// Existing questions' texts in `text_lang`, by question id.
    pub questions: BTreeMap<i32, String>,
    pub new_question: String,
}

/// A checked editor form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidDialogue {
    pub place: Place,
    pub level: ParticipationLevel,
    pub groups: Vec<TargetGroup>,
    pub themes: Vec<Theme>,
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
    pub decision_on: Option<NaiveDate>,
    pub contact: Contact,
    pub moderation: Moderation,
    pub text_lang: Lang,
    /// `None`: this language has no texts (every text field left empty).
    pub text: Option<SnapshotText>,
    pub questions: BTreeMap<i32, String>,
    pub new_question: Option<String>,
}

impl DialogueForm {
    /// Reads the form's `name=value` pairs. Unknown names are ignored.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> Self {
        let mut form = DialogueForm::default();
        for (name, value) in pairs {
            match name.as_str() {
                fields::PLACE => form.place = value,
                fields::LEVEL => form.level = value,
                fields::GROUP => form.groups.push(value),
                fields::THEME => form.themes.push(value),
                fields::OPENS => form.opens = value,
                fields::CLOSES => form.closes = value,
                fields::DECISION => form.decision = value,
                fields::CONTACT_NAME => form.contact_name = value,
                fields::CONTACT_EMAIL => form.contact_email = value,
                fields::CONTACT_PHONE => form.contact_phone = value,
                fields::MODERATION => form.moderation = value,
                fields::TEXT_LANG => form.text_lang = value,
                fields::TITLE => form.text.title = value,
                fields::SUMMARY => form.text.summary = value,
                fields::BODY => form.text.body = value,
                fields::INFLUENCE => form.text.influence = value,
                fields::NOT_INFLUENCE => form.text.not_influence = value,
                fields::DECIDES => form.text.decides = value,
                fields::REVIEWED => form.reviewed = value == "yes",
                fields::NEW_QUESTION => form.new_question = value,
                other => {
                    if let Some(id) = other
                        .strip_prefix(fields::QUESTION_PREFIX)
                        .and_then(|id| id.parse().ok())
                    {
                        form.questions.insert(id, value);
                    }
                }
            }
        }
        form
    }

    /// The form as the editor page shows it for an existing dialogue, texts in `lang`.
    pub fn from_snapshot(snapshot: &Snapshot, lang: Lang) -> Self {
        let text = snapshot.texts.iter().find(|t| t.lang == lang.code());
        DialogueForm {
            place: snapshot.place.clone(),
            level: snapshot.level.clone(),
            groups: snapshot.groups.clone(),
            themes: snapshot.themes.clone(),
            opens: snapshot.opens_on.to_string(),
            closes: snapshot.closes_on.to_string(),
            decision: snapshot
                .decision_on
                .map(|d| d.to_string())
                .unwrap_or_default(),
            contact_name: snapshot.contact.name.clone(),
            contact_email: snapshot.contact.email.clone(),
            contact_phone: snapshot.contact.phone.clone().unwrap_or_default(),
            moderation: snapshot.moderation.clone(),
            text_lang: lang.code().to_string(),
            text: text.map(|t| t.text.clone()).unwrap_or_default(),
            reviewed: text.is_some_and(|t| t.reviewed),
            questions: snapshot
                .questions
                .iter()
                .map(|q| (q.id, q.texts.get(lang.code()).cloned().unwrap_or_default()))
                .collect(),
            new_question: String::new(),
        }
    }

    /// Checks every field and returns all problems at once. `creating`: a new dialogue, which
    /// is written in Swedish first.
    ///
    /// # Errors
    /// Every refused field with its problem.
    pub fn validate(&self, creating: bool) -> Result<ValidDialogue, Vec<FieldError>> {
        let mut errors: Vec<FieldError> = Vec::new();
        let text_lang = Lang::from_code(&self.text_lang).unwrap_or_default();
        let place = chosen(Place::from_code(&self.place), fields::PLACE, &mut errors);
        let level = chosen(
            ParticipationLevel::from_code(&self.level),
            fields::LEVEL,
            &mut errors,
        );
        let groups: Vec<TargetGroup> = self
            .groups
            .iter()
            .filter_map(|g| TargetGroup::from_code(g))
            .collect();
        if groups.is_empty() {
            errors.push(FieldError::new(fields::GROUP, FieldProblem::Choose));
        }
        let themes: Vec<Theme> = self
            .themes
            .iter()
            .filter_map(|t| Theme::from_code(t))
            .collect();
        if themes.is_empty() {
            errors.push(FieldError::new(fields::THEME, FieldProblem::Choose));
        }
        let opens_on = date(&self.opens, fields::OPENS, true, &mut errors);
        let closes_on = date(&self.closes, fields::CLOSES, true, &mut errors);
        if let (Some(opens), Some(closes)) = (opens_on, closes_on) {
            if closes < opens {
                errors.push(FieldError::new(fields::CLOSES, FieldProblem::DatesOrder));
            }
        }
        let decision_on = date(&self.decision, fields::DECISION, false, &mut errors);
        let contact_name = sized_text(
            fields::CONTACT_NAME,
            &self.contact_name,
            limits::CONTACT,
            true,
            &mut errors,
        );
        let contact_email = sized_text(
            fields::CONTACT_EMAIL,
            &self.contact_email,
            limits::CONTACT,
            true,
            &mut errors,
        );
        if !contact_email.is_empty() && !plausible_email(&contact_email) {
            errors.push(FieldError::new(fields::CONTACT_EMAIL, FieldProblem::Email));
        }
        let contact_phone = sized_text(
            fields::CONTACT_PHONE,
            &self.contact_phone,
            limits::PHONE,
            false,
            &mut errors,
        );
        let moderation = Moderation::from_code(&self.moderation).unwrap_or(Moderation::Pre);

        if creating && text_lang != Lang::Sv {
            errors.push(FieldError::new(fields::TITLE, FieldProblem::SwedishFirst));
        }
        let raw = &self.text;
        let texts = [
            &raw.title,
            &raw.summary,
            &raw.body,
            &raw.influence,
            &raw.not_influence,
            &raw.decides,
        ];
        // A translation may be left out entirely; Swedish, the source, may not.
        let has_text = text_lang == Lang::Sv || texts.iter().any(|t| !t.trim().is_empty());
        let mut text = |field: &str, value: &str, max: usize, required: bool| {
            sized_text(field, value, max, required && has_text, &mut errors)
        };
        let text = SnapshotText {
            lang: text_lang.code().to_string(),
            text: Texts {
                title: text(fields::TITLE, &raw.title, limits::TITLE, true),
                summary: text(fields::SUMMARY, &raw.summary, limits::SUMMARY, true),
                body: text(fields::BODY, &raw.body, limits::BODY, true),
                influence: text(fields::INFLUENCE, &raw.influence, limits::PARAGRAPH, false),
                not_influence: text(
                    fields::NOT_INFLUENCE,
                    &raw.not_influence,
                    limits::PARAGRAPH,
                    false,
                ),
                decides: text(fields::DECIDES, &raw.decides, limits::PARAGRAPH, false),
            },
            reviewed: self.reviewed,
        };
        let mut questions = BTreeMap::new();
        for (id, value) in &self.questions {
            // A Swedish question cannot be emptied: residents' answers refer to it.
            let field = fields::question(*id);
            let value = sized_text(
                &field,
                value,
                limits::QUESTION,
                text_lang == Lang::Sv,
                &mut errors,
            );
            questions.insert(*id, value);
        }
        let new_question = sized_text(
            fields::NEW_QUESTION,
            &self.new_question,
            limits::QUESTION,
            false,
            &mut errors,
        );
        if !new_question.is_empty() && text_lang != Lang::Sv {
            errors.push(FieldError::new(
                fields::NEW_QUESTION,
                FieldProblem::SwedishFirst,
            ));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(ValidDialogue {
            place: place.unwrap_or(Place::WholeDistrict),
            level: level.unwrap_or(ParticipationLevel::Consultation),
            groups,
            themes,
            opens_on: opens_on.unwrap_or_default(),
            closes_on: closes_on.unwrap_or_default(),
            decision_on,
            contact: Contact {
                name: contact_name,
                email: contact_email,
                phone: (!contact_phone.is_empty()).then_some(contact_phone),
            },
            moderation,
            text_lang,
            text: has_text.then_some(text),
            questions,
            new_question: (!new_question.is_empty()).then_some(new_question),
        })
    }
}

/// A choice that must be made: `None` adds the problem.
fn chosen<T>(value: Option<T>, field: &str, errors: &mut Vec<FieldError>) -> Option<T> {
    if value.is_none() {
        errors.push(FieldError::new(field, FieldProblem::Choose));
    }
    value
}

/// A date written as YYYY-MM-DD; empty is a problem only when `required`.
fn date(
    value: &str,
    field: &str,
    required: bool,
    errors: &mut Vec<FieldError>,
) -> Option<NaiveDate> {
    let value = value.trim();
    if value.is_empty() && !required {
        return None;
    }
    let parsed = NaiveDate::parse_from_str(value, "%Y-%m-%d").ok();
    if parsed.is_none() {
        errors.push(FieldError::new(field, FieldProblem::Date));
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(extra: &[(&str, &str)]) -> Vec<(String, String)> {
        let base = [
            ("place", "racksta"),
            ("level", "consultation"),
            ("group", "everyone"),
            ("theme", "parks"),
            ("opens", "2027-01-10"),
            ("closes", "2027-02-10"),
            ("contact-name", "Anna Andersson"),
            ("contact-email", "anna@stockholm.se"),
            ("moderation", "pre"),
            ("text-lang", "sv"),
            ("title", "Ny lekplats i Råcksta"),
            ("summary", "Hur ska lekplatsen se ut?"),
            ("body", "Vi bygger om lekplatsen."),
        ];
        let mut all: Vec<(String, String)> = base
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        for (k, v) in extra {
            all.retain(|(name, _)| name != k);
            all.push((k.to_string(), v.to_string()));
        }
        all
    }

    #[test]
    fn a_complete_swedish_form_is_valid() {
        let valid = DialogueForm::from_pairs(pairs(&[]))
            .validate(true)
            .expect("valid");
        assert_eq!(valid.place, Place::Racksta);
        assert_eq!(
            valid.text.expect("text").text.title,
            "Ny lekplats i Råcksta"
        );
    }

    #[test]
    fn every_problem_is_reported_at_its_field() {
        let form = DialogueForm::from_pairs(pairs(&[
            ("title", ""),
            ("closes", "2027-01-01"),
            ("contact-email", "anna"),
            ("decision", "snart"),
        ]));
        let problems = form.validate(true).expect_err("invalid");
        assert!(problems.contains(&FieldError::new("title", FieldProblem::Required)));
        assert!(problems.contains(&FieldError::new("closes", FieldProblem::DatesOrder)));
        assert!(problems.contains(&FieldError::new("contact-email", FieldProblem::Email)));
        assert!(problems.contains(&FieldError::new("decision", FieldProblem::Date)));
    }

    #[test]
    fn a_new_dialogue_starts_in_swedish_and_a_translation_may_be_left_empty() {
        let problems = DialogueForm::from_pairs(pairs(&[("text-lang", "fi")]))
            .validate(true)
            .expect_err("sv first");
        assert!(problems
            .iter()
            .any(|e| e.problem == FieldProblem::SwedishFirst));
        let empty_fi = pairs(&[
            ("text-lang", "fi"),
            ("title", ""),
            ("summary", ""),
            ("body", ""),
        ]);
        let valid = DialogueForm::from_pairs(empty_fi)
            .validate(false)
            .expect("empty translation");
        assert_eq!(valid.text, None);
    }
}
