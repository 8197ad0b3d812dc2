//! The portal's vocabulary: the closed lists a dialogue and a view are described with, and the
//! checks on free text every area shares. Shared by the server and the browser, so it holds no
//! I/O.

use crate::codes::code_enum;

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
    /// Where a resident lives, as the voluntary question asks it: the district's areas, or
    /// elsewhere, or not said. Stored as the code; views sent before the list was closed may
    /// hold the free text they were written with (see migration 6).
    HomeArea {
        HasselbyGard = "hasselby-gard",
        HasselbyStrand = "hasselby-strand",
        HasselbyVillastad = "hasselby-villastad",
        Grimsta = "grimsta",
        Kalvesta = "kalvesta",
        Nalsta = "nalsta",
        Racksta = "racksta",
        Vinsta = "vinsta",
        Vallingby = "vallingby",
        Elsewhere = "elsewhere",
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
pub const MINORITY_LANGS: [crate::lang::Lang; 5] = [
    crate::lang::Lang::Fi,
    crate::lang::Lang::Fit,
    crate::lang::Lang::Se,
    crate::lang::Lang::Smj,
    crate::lang::Lang::Sma,
];

/// Stands in a view's public text where a moderator removed a part; pages show a translated
/// marker in its place. The original text is kept unchanged beside it.
pub const REDACTED: &str = "\u{27e6}redacted\u{27e7}";

/// What a span of text that looks like personal data looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonalKind {
    IdentityNumber,
    Phone,
    Email,
}

impl PersonalKind {
    /// A short code, for the Fluent id of its label (`staff-personal-<code>`).
    pub fn code(self) -> &'static str {
        match self {
            PersonalKind::IdentityNumber => "identity-number",
            PersonalKind::Phone => "phone",
            PersonalKind::Email => "email",
        }
    }
}

/// A part of a text that looks like personal data: its byte range in the text, and what it
/// looks like.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonalSpan {
    pub range: std::ops::Range<usize>,
    pub kind: PersonalKind,
}

/// The parts of a text that look like personal data the moderator should look at before
/// publishing: a Swedish personal identity number (its check digit must be right), a phone
/// number, or an e-mail address, in the order they stand. A hint, not a verdict: false alarms
/// are cheap, misses are not.
pub fn personal_spans(text: &str) -> Vec<PersonalSpan> {
    let mut spans: Vec<PersonalSpan> = email_spans(text);
    for (range, digits) in digit_groups(text) {
        let kind = if is_identity_number(&digits) {
            PersonalKind::IdentityNumber
        } else if is_phone_number(&digits) {
            PersonalKind::Phone
        } else {
            continue;
        };
        // Digits inside an e-mail address are already in its span.
        if !spans
            .iter()
            .any(|s| s.range.start <= range.start && range.end <= s.range.end)
        {
            spans.push(PersonalSpan { range, kind });
        }
    }
    spans.sort_by_key(|s| s.range.start);
    spans
}

/// Whether a text looks as if it holds personal data (see [`personal_spans`]).
pub fn looks_personal(text: &str) -> bool {
    !personal_spans(text).is_empty()
}

/// The name a view shows the public: none once a moderator has redacted it (`public` holds
/// the marker then), the name given otherwise.
pub fn public_name(given: Option<String>, public: Option<String>) -> Option<String> {
    match public {
        Some(_) => None,
        None => given,
    }
}

/// Whether any of a view's texts (its answers, general view, name and area) looks as if it
/// holds personal data: the flag the moderation queue filters on, stored when the view arrives.
pub fn view_looks_personal<'a>(mut texts: impl Iterator<Item = &'a str>) -> bool {
    texts.any(looks_personal)
}

/// The words that look like e-mail addresses, without the punctuation around them.
fn email_spans(text: &str) -> Vec<PersonalSpan> {
    let mut spans = Vec::new();
    let mut offset = 0;
    for word in text.split_inclusive(char::is_whitespace) {
        let start = offset;
        offset += word.len();
        let trimmed = word.trim_start_matches(|c: char| !c.is_alphanumeric());
        let lead = word.len() - trimmed.len();
        let trimmed = trimmed.trim_end_matches(|c: char| !c.is_alphanumeric());
        let plausible = match trimmed.split_once('@') {
            Some((user, domain)) => {
                !user.is_empty() && domain.contains('.') && !domain.ends_with('.')
            }
            None => false,
        };
        if plausible {
            let from = start + lead;
            spans.push(PersonalSpan {
                range: from..from + trimmed.len(),
                kind: PersonalKind::Email,
            });
        }
    }
    spans
}

/// Runs of digits, joined across the separators people write inside numbers (space, hyphen,
/// plus, parentheses), with a leading `+` kept: each with its byte range in the text (from its
/// first to its last character) and its digits.
fn digit_groups(text: &str) -> Vec<(std::ops::Range<usize>, String)> {
    let mut groups = Vec::new();
    let mut current = String::new();
    let mut start = 0;
    let mut end = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map(|(_, n)| *n);
        if c.is_ascii_digit()
            || (c == '+' && current.is_empty() && next.is_some_and(|n| n.is_ascii_digit()))
        {
            if current.is_empty() {
                start = at;
            }
            current.push(c);
            end = at + c.len_utf8();
        } else if matches!(c, ' ' | '-' | '(' | ')')
            && !current.is_empty()
            && next.is_some_and(|n| n.is_ascii_digit() || n == '(')
        {
            continue;
        } else if !current.is_empty() {
            groups.push((start..end, std::mem::take(&mut current)));
        }
    }
    if !current.is_empty() {
        groups.push((start..end, current));
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
            if v > 9 {
                v - 9
            } else {
                v
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

fn is_phone_number(digits: &str) -> bool {
    let count = digits.chars().filter(char::is_ascii_digit).count();
    (digits.starts_with("+46") && (10..=13).contains(&count))
        || (digits.starts_with('0') && (8..=11).contains(&count))
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

/// Whether `value` looks like an e-mail address: one `@`, something before it, a dotted domain
/// after it, no spaces. Only a check for typing mistakes; nothing is sent to it.
pub fn plausible_email(value: &str) -> bool {
    let mut parts = value.split('@');
    matches!((parts.next(), parts.next(), parts.next()), (Some(local), Some(domain), None)
        if !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.') && !value.contains(char::is_whitespace))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn personal_data_is_found_where_it_stands_so_that_it_can_be_redacted() {
        let text = "Ring 070-123 45 67 eller mejla (anna@example.se), pnr 811218-9876.";
        let found: Vec<(&str, PersonalKind)> = personal_spans(text)
            .into_iter()
            .map(|s| (&text[s.range], s.kind))
            .collect();
        assert_eq!(
            found,
            vec![
                ("070-123 45 67", PersonalKind::Phone),
                ("anna@example.se", PersonalKind::Email),
                ("811218-9876", PersonalKind::IdentityNumber),
            ]
        );
        assert!(personal_spans("Åsa går till parken 2026.").is_empty());
    }

    #[test]
    fn personal_data_is_flagged_for_the_moderator() {
        assert!(looks_personal("Mitt personnummer är 811218-9876, ring mig"));
        assert!(looks_personal("19811218-9876"));
        assert!(looks_personal("Ring 070-123 45 67 så pratar vi"));
        assert!(looks_personal("eller +46 8 508 00 508"));
        assert!(looks_personal("Mejla anna.svensson@example.se!"));
        assert!(
            !looks_personal("811218-9875"),
            "a wrong check digit is not an identity number"
        );
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
        for (day, status) in [
            ("2026-02-28", DialogueStatus::Upcoming),
            ("2026-03-01", DialogueStatus::Open),
            ("2026-03-31", DialogueStatus::Open),
            ("2026-04-01", DialogueStatus::Closed),
        ] {
            assert_eq!(dialogue_status(d(day), opens, closes), status, "{day}");
        }
    }
}
