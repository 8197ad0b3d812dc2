//! The portal's vocabulary: the closed lists a dialogue and a view are described with, and the
//! rules a resident's view must follow before it is stored. Shared by the server and the browser,
//! so it holds no I/O.

use serde::{Deserialize, Serialize};

/// Defines an enum of stable codes: the code is what the database, URLs and forms carry, and
/// what the Fluent message id of each value is built from (`<prefix>-<code>`).
macro_rules! code_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($variant),+ }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.code())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let code = String::deserialize(deserializer)?;
                $name::from_code(&code).ok_or_else(|| serde::de::Error::custom("unknown code"))
            }
        }

        impl $name {
            /// Every value, in the order forms and filters list them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable code of this value.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// The value with this code, if there is one.
            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

code_enum! {
    /// Whom a dialogue is aimed at.
    TargetGroup {
        Everyone = "everyone",
        Children = "children",
        YoungPeople = "young-people",
        Families = "families",
        OlderPeople = "older-people",
        NationalMinorities = "national-minorities",
        PeopleWithDisabilities = "people-with-disabilities",
    }
}

code_enum! {
    /// A district area of Hässelby-Vällingby.
    Place {
        WholeDistrict = "whole-district",
        VallingbyCentrum = "vallingby-centrum",
        HasselbyGard = "hasselby-gard",
        HasselbyStrand = "hasselby-strand",
        HasselbyVillastad = "hasselby-villastad",
        Grimsta = "grimsta",
        Racksta = "racksta",
        Vinsta = "vinsta",
    }
}

code_enum! {
    /// What a dialogue is about.
    Theme {
        Parks = "parks",
        Safety = "safety",
        CultureLeisure = "culture-leisure",
        Traffic = "traffic",
        OlderMeetingPlaces = "older-meeting-places",
        Youth = "youth",
        Environment = "environment",
    }
}

code_enum! {
    /// How much residents can influence, from the routine's participation ladder.
    ParticipationLevel {
        Information = "information",
        Consultation = "consultation",
        Dialogue = "dialogue",
        Influence = "influence",
        CoDecision = "co-decision",
    }
}

code_enum! {
    /// Where a dialogue is in its life, as the public sees it.
    DialogueStatus {
        Upcoming = "upcoming",
        Open = "open",
        Closed = "closed",
    }
}

code_enum! {
    /// The voluntary age question.
    AgeGroup {
        Under13 = "under-13",
        From13To17 = "13-17",
        From18To29 = "18-29",
        From30To49 = "30-49",
        From50To64 = "50-64",
        From65To79 = "65-79",
        From80 = "80-plus",
    }
}

code_enum! {
    /// The voluntary gender question.
    Gender {
        WomanGirl = "woman-girl",
        ManBoy = "man-boy",
        Another = "another",
        PreferNotToSay = "prefer-not-to-say",
    }
}

code_enum! {
    /// Moderation state of a view. New views are pending: pre-moderation is the default.
    /// Hidden: was published, then taken down by a moderator (the original is kept).
    ViewStatus {
        Pending = "pending",
        Published = "published",
        Rejected = "rejected",
        Hidden = "hidden",
    }
}

code_enum! {
    /// What a staff member may do. Every staff function checks it on the server.
    Role {
        Admin = "admin",
        Editor = "editor",
        Moderator = "moderator",
    }
}

code_enum! {
    /// Why a moderator rejected a view: the published moderation policy's reasons.
    RejectReason {
        PersonalData = "personal-data",
        Threat = "threat",
        Offensive = "offensive",
        OffTopic = "off-topic",
        Spam = "spam",
        Duplicate = "duplicate",
    }
}

code_enum! {
    /// How a view reached the district: the web form, or entered by staff from paper, a phone
    /// call or a meeting.
    Channel {
        Web = "web",
        Paper = "paper",
        Phone = "phone",
        Meeting = "meeting",
    }
}

code_enum! {
    /// When a dialogue's views are moderated: before publication (the default, so that
    /// unlawful content never reaches the public) or after.
    Moderation {
        Pre = "pre",
        Post = "post",
    }
}

code_enum! {
    /// Where a dialogue is in the editor's hands: a draft only staff see, published, or closed
    /// (by the editor, or because its closing date has passed).
    EditorState {
        Draft = "draft",
        Published = "published",
        Closed = "closed",
    }
}

/// The languages a dialogue is expected in besides Swedish: the national minority languages
/// the district serves. Publishing without any of them needs the editor's confirmation.
pub const MINORITY_LANGS: [crate::lang::Lang; 5] =
    [crate::lang::Lang::Fi, crate::lang::Lang::Fit, crate::lang::Lang::Se, crate::lang::Lang::Smj, crate::lang::Lang::Sma];

/// Stands in a view's public text where a moderator removed a part; pages show a translated
/// marker in its place. The original text is kept unchanged beside it.
pub const REDACTED: &str = "\u{27e6}redacted\u{27e7}";

/// Whether a text looks as if it holds personal data the moderator should look at before
/// publishing: a Swedish personal identity number (its check digit must be right), a phone
/// number, or an e-mail address. A hint, not a verdict: false alarms are cheap, misses are not.
pub fn looks_personal(text: &str) -> bool {
    has_email(text) || digit_groups(text).iter().any(|digits| is_identity_number(digits) || is_phone_number(digits))
}

fn has_email(text: &str) -> bool {
    text.split_whitespace().any(|word| {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        match word.split_once('@') {
            Some((user, domain)) => !user.is_empty() && domain.contains('.') && !domain.ends_with('.'),
            None => false,
        }
    })
}

/// Runs of digits, joined across the separators people write inside numbers (space, hyphen,
/// plus, parentheses), with a leading `+` kept.
fn digit_groups(text: &str) -> Vec<String> {
    let mut groups = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() || (c == '+' && current.is_empty() && chars.peek().is_some_and(char::is_ascii_digit)) {
            current.push(c);
        } else if matches!(c, ' ' | '-' | '(' | ')') && !current.is_empty() && chars.peek().is_some_and(|n| n.is_ascii_digit() || *n == '(') {
            continue;
        } else if !current.is_empty() {
            groups.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        groups.push(current);
    }
    groups
}

fn is_identity_number(digits: &str) -> bool {
    let digits: Vec<u32> = digits.chars().filter_map(|c| c.to_digit(10)).collect();
    let ten = match digits.len() {
        10 => &digits[..],
        12 => &digits[2..],
        _ => return false,
    };
    let (month, day) = (ten[2] * 10 + ten[3], ten[4] * 10 + ten[5]);
    // Day + 60 is a coordination number.
    let day_ok = (1..=31).contains(&day) || (61..=91).contains(&day);
    if !(1..=12).contains(&month) || !day_ok {
        return false;
    }
    // Luhn over the ten digits.
    let sum: u32 = ten
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let v = if i % 2 == 0 { d * 2 } else { *d };
            if v > 9 { v - 9 } else { v }
        })
        .sum();
    sum.is_multiple_of(10)
}

fn is_phone_number(digits: &str) -> bool {
    let count = digits.chars().filter(char::is_ascii_digit).count();
    (digits.starts_with("+46") && (10..=13).contains(&count)) || (digits.starts_with('0') && (8..=11).contains(&count))
}

/// The public status of a dialogue on a given day. Opening and closing days are inclusive.
pub fn dialogue_status(
    today: chrono::NaiveDate,
    opens_on: chrono::NaiveDate,
    closes_on: chrono::NaiveDate,
) -> DialogueStatus {
    if today < opens_on {
        DialogueStatus::Upcoming
    } else if today > closes_on {
        DialogueStatus::Closed
    } else {
        DialogueStatus::Open
    }
}

/// Size limits, in characters, of what a resident may send. The request body as a whole is
/// limited by the server ([`MAX_FORM_BYTES`]).
pub mod limits {
    /// An answer to one question, or the general view.
    pub const ANSWER_CHARS: usize = 4000;
    /// The optional display name.
    pub const NAME_CHARS: usize = 60;
    /// The optional free-text area ("where do you live").
    pub const AREA_CHARS: usize = 80;
    /// The form's idempotency key (a UUID is 36).
    pub const KEY_CHARS: usize = 64;
    /// The whole form body: room for ten full answers with multi-byte characters.
    pub const MAX_FORM_BYTES: usize = 64 * 1024;
    /// At most this many questions a dialogue can have (and answers a form can carry).
    pub const QUESTIONS: usize = 20;

    /// The size limit of a free-text field of the view form, by its name.
    pub fn of_field(field: &str) -> usize {
        match field {
            super::fields::NAME => NAME_CHARS,
            super::fields::AREA => AREA_CHARS,
            _ => ANSWER_CHARS,
        }
    }
}
pub use limits::MAX_FORM_BYTES;

/// Whether `value` looks like an e-mail address: one `@`, something before it, a dotted domain
/// after it, no spaces. Only a check for typing mistakes; nothing is sent to it.
pub fn plausible_email(value: &str) -> bool {
    let mut parts = value.split('@');
    matches!((parts.next(), parts.next(), parts.next()), (Some(local), Some(domain), None)
        if !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.') && !value.contains(char::is_whitespace))
}

/// Why one field of the form was refused. The code becomes the Fluent id `form-error-<code>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FieldProblem {
    /// Nothing was written in any answer.
    Empty,
    /// Longer than the field's limit.
    TooLong,
    /// A value that is not one of the field's choices.
    NotAChoice,
    /// The field that only robots fill in was filled in.
    Honeypot,
    /// The form is missing its idempotency key (an old or forged form).
    MissingKey,
}

impl FieldProblem {
    /// The code used in Fluent ids and in tests.
    pub fn code(self) -> &'static str {
        match self {
            FieldProblem::Empty => "empty",
            FieldProblem::TooLong => "too-long",
            FieldProblem::NotAChoice => "not-a-choice",
            FieldProblem::Honeypot => "honeypot",
            FieldProblem::MissingKey => "missing-key",
        }
    }
}

/// A refused field: the form field's name and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// The `name` of the form field (`answer-<question id>`, `general`, `name`, ...).
    pub field: String,
    /// What is wrong.
    pub problem: FieldProblem,
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
    /// Hidden from people; a robot that fills every field fills this one too.
    pub const HONEYPOT: &str = "website";
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
        page_lang: &str,
        known_langs: &[&str],
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
                refuse(&mut errors, &format!("{}{id}", fields::ANSWER_PREFIX), FieldProblem::TooLong);
            } else if !text.is_empty() {
                answers.push((id, text.to_string()));
            }
        }
        let general = self.general.trim();
        if general.chars().count() > limits::ANSWER_CHARS {
            refuse(&mut errors, fields::GENERAL, FieldProblem::TooLong);
        }
        let too_long_answer = errors.iter().any(|e| e.problem == FieldProblem::TooLong);
        if answers.is_empty() && general.is_empty() && !too_long_answer {
            // The first place to write is where the message goes: the first question, or the
            // general view when the dialogue asks none.
            let field = question_ids
                .first()
                .map(|id| format!("{}{id}", fields::ANSWER_PREFIX))
                .unwrap_or_else(|| fields::GENERAL.to_string());
            refuse(&mut errors, &field, FieldProblem::Empty);
        }

        let name = optional_text(&self.name, limits::NAME_CHARS, fields::NAME, &mut errors);
        let area = optional_text(&self.area, limits::AREA_CHARS, fields::AREA, &mut errors);
        let age = optional_choice(&self.age, AgeGroup::from_code, fields::AGE, &mut errors);
        let gender = optional_choice(&self.gender, Gender::from_code, fields::GENDER, &mut errors);

        let lang = match self.lang.trim() {
            "" => page_lang.to_string(),
            code if known_langs.contains(&code) => code.to_string(),
            _ => {
                refuse(&mut errors, fields::LANG, FieldProblem::NotAChoice);
                String::new()
            }
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
        })
    }
}

fn refuse(errors: &mut Vec<FieldError>, field: &str, problem: FieldProblem) {
    errors.push(FieldError { field: field.to_string(), problem });
}

fn optional_text(value: &str, max: usize, field: &str, errors: &mut Vec<FieldError>) -> Option<String> {
    let value = value.trim();
    if value.chars().count() > max {
        refuse(errors, field, FieldProblem::TooLong);
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
    pub area: Option<String>,
    pub lang: String,
    pub consent: bool,
    pub key: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    const LANGS: &[&str] = &["sv", "en"];

    fn form(pairs: &[(&str, &str)]) -> ViewForm {
        ViewForm::from_pairs(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())))
    }

    fn problems(result: Result<ValidView, Vec<FieldError>>) -> Vec<(String, FieldProblem)> {
        result.expect_err("should be refused").into_iter().map(|e| (e.field, e.problem)).collect()
    }

    #[test]
    fn personal_data_is_flagged_for_the_moderator() {
        assert!(looks_personal("Mitt personnummer är 811218-9876, ring mig"));
        assert!(looks_personal("19811218-9876"));
        assert!(looks_personal("Ring 070-123 45 67 så pratar vi"));
        assert!(looks_personal("eller +46 8 508 00 508"));
        assert!(looks_personal("Mejla anna.svensson@example.se!"));
        assert!(!looks_personal("811218-9875"), "a wrong check digit is not an identity number");
        assert!(!looks_personal("Vi var 25 personer och 3 hundar, år 2026."));
        assert!(!looks_personal("Bygg 120 meter cykelväg före 2027-06-01"));
        assert!(!looks_personal("Träffas @ biblioteket"));
    }

    #[test]
    fn codes_round_trip_for_every_value() {
        for g in TargetGroup::ALL {
            assert_eq!(TargetGroup::from_code(g.code()), Some(*g));
        }
        for a in AgeGroup::ALL {
            assert_eq!(AgeGroup::from_code(a.code()), Some(*a));
        }
        assert_eq!(Place::from_code("atlantis"), None);
    }

    #[test]
    fn a_dialogue_is_open_from_its_first_to_its_last_day() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
        let (opens, closes) = (d("2026-03-01"), d("2026-03-31"));
        assert_eq!(dialogue_status(d("2026-02-28"), opens, closes), DialogueStatus::Upcoming);
        assert_eq!(dialogue_status(d("2026-03-01"), opens, closes), DialogueStatus::Open);
        assert_eq!(dialogue_status(d("2026-03-31"), opens, closes), DialogueStatus::Open);
        assert_eq!(dialogue_status(d("2026-04-01"), opens, closes), DialogueStatus::Closed);
    }

    #[test]
    fn a_view_with_one_answer_is_accepted_and_trimmed() {
        let view = form(&[("answer-7", "  Fler bänkar  "), ("key", "k1"), ("age", "65-79")])
            .validate(&[7, 8], "sv", LANGS)
            .expect("valid");
        assert_eq!(view.answers, vec![(7, "Fler bänkar".to_string())]);
        assert_eq!(view.age, Some(AgeGroup::From65To79));
        assert_eq!(view.lang, "sv");
        assert!(!view.consent);
    }

    #[test]
    fn an_empty_view_is_refused_at_the_first_question() {
        let got = problems(form(&[("answer-7", "   "), ("key", "k")]).validate(&[7, 8], "sv", LANGS));
        assert_eq!(got, vec![("answer-7".to_string(), FieldProblem::Empty)]);
    }

    #[test]
    fn a_general_view_is_enough_when_there_are_no_answers() {
        let view = form(&[("general", "Bra idé"), ("key", "k")]).validate(&[7], "sv", LANGS);
        assert_eq!(view.expect("valid").general.as_deref(), Some("Bra idé"));
    }

    #[test]
    fn answers_to_questions_of_another_dialogue_are_ignored() {
        let got = problems(form(&[("answer-99", "hej"), ("key", "k")]).validate(&[7], "sv", LANGS));
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
                ("lang", "xx"),
                ("website", "http://spam"),
            ])
            .validate(&[7], "sv", LANGS),
        );
        let fields: Vec<&str> = got.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(fields, ["website", "key", "answer-7", "name", "age", "gender", "lang"]);
        assert_eq!(got[2].1, FieldProblem::TooLong);
        assert_eq!(got[4].1, FieldProblem::NotAChoice);
    }

    #[test]
    fn the_limit_counts_characters_not_bytes() {
        let at_limit = "ä".repeat(limits::ANSWER_CHARS);
        assert!(form(&[("answer-1", &at_limit), ("key", "k")]).validate(&[1], "sv", LANGS).is_ok());
    }

    #[test]
    fn the_resident_can_choose_another_language_for_the_view() {
        let view = form(&[("general", "Hello"), ("lang", "en"), ("key", "k"), ("consent", "on")])
            .validate(&[], "sv", LANGS)
            .expect("valid");
        assert_eq!(view.lang, "en");
        assert!(view.consent);
    }
}
