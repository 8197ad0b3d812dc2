//! The editor's meeting form checked: Stockholm wall-clock times, where (an area and a venue,
//! or online), languages, interpreting, access, sign-up and contact. Pure, so the rules are
//! tested without a database; the demo's meetings are checked by the same rules.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::Stockholm;

use super::{fields, limits, SIGN_LANGUAGE};
use crate::domain::Place;
use crate::forms::{sized_text, FieldError, FieldProblem};
use crate::http::{field, field_values};
use crate::lang::Lang;

/// A checked meeting form, times in UTC.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub online: bool,
    pub place: Option<Place>,
    pub venue: String,
    pub address: String,
    pub link: Option<String>,
    pub languages: Vec<String>,
    pub interpreting: Vec<String>,
    pub step_free: bool,
    pub hearing_loop: bool,
    pub registration: bool,
    pub contact: String,
}

/// Stockholm wall-clock time of an instant.
pub fn local(at: DateTime<Utc>) -> NaiveDateTime {
    at.with_timezone(&Stockholm).naive_local()
}

/// The instant of a Stockholm wall-clock time; `None` for a time the clocks skip in spring.
/// In the autumn hour that happens twice, the first (summer time) is meant.
pub fn instant(local: NaiveDateTime) -> Option<DateTime<Utc>> {
    Stockholm
        .from_local_datetime(&local)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

/// Checks the editor's meeting form.
///
/// # Errors
/// Every refused field.
pub fn validate(pairs: &[(String, String)]) -> Result<Draft, Vec<FieldError>> {
    let value = |name: &str| field(pairs, name);
    let values = |name: &str| field_values(pairs, name);
    let mut errors = Vec::new();
    let day = NaiveDate::parse_from_str(value(fields::DATE).trim(), "%Y-%m-%d").ok();
    if day.is_none() {
        errors.push(FieldError::new(fields::DATE, FieldProblem::Date));
    }
    let time = |name: &str, errors: &mut Vec<FieldError>| {
        let parsed = NaiveTime::parse_from_str(value(name).trim(), "%H:%M").ok();
        if parsed.is_none() {
            errors.push(FieldError::new(name, FieldProblem::Time));
        }
        parsed
    };
    let start = time(fields::START, &mut errors);
    let end = time(fields::END, &mut errors);
    let mut times = None;
    if let (Some(day), Some(start), Some(end)) = (day, start, end) {
        match (instant(day.and_time(start)), instant(day.and_time(end))) {
            (Some(s), Some(e)) if e > s => times = Some((s, e)),
            (None, _) => errors.push(FieldError::new(fields::START, FieldProblem::Time)),
            (_, None) => errors.push(FieldError::new(fields::END, FieldProblem::Time)),
            _ => errors.push(FieldError::new(fields::END, FieldProblem::TimesOrder)),
        }
    }
    let online = value(fields::ONLINE) == "yes";
    let venue = sized_text(
        fields::VENUE,
        value(fields::VENUE),
        limits::VENUE,
        !online,
        &mut errors,
    );
    let address = sized_text(
        fields::ADDRESS,
        value(fields::ADDRESS),
        limits::ADDRESS,
        !online,
        &mut errors,
    );
    let place = match value(fields::PLACE) {
        "" if online => None,
        "" => {
            errors.push(FieldError::new(fields::PLACE, FieldProblem::Required));
            None
        }
        code => {
            let place = Place::from_code(code);
            if place.is_none() {
                errors.push(FieldError::new(fields::PLACE, FieldProblem::NotAChoice));
            }
            place
        }
    };
    let link = sized_text(
        fields::LINK,
        value(fields::LINK),
        limits::LINK,
        online,
        &mut errors,
    );
    let web = link.starts_with("https://") || link.starts_with("http://");
    if !link.is_empty() && !web {
        errors.push(FieldError::new(fields::LINK, FieldProblem::Url));
    }
    let languages = values(fields::LANGUAGES);
    if languages.is_empty() {
        errors.push(FieldError::new(fields::LANGUAGES, FieldProblem::Choose));
    } else if languages.iter().any(|l| Lang::from_code(l).is_none()) {
        errors.push(FieldError::new(fields::LANGUAGES, FieldProblem::NotAChoice));
    }
    let interpreting = values(fields::INTERPRETING);
    if interpreting
        .iter()
        .any(|l| l != SIGN_LANGUAGE && Lang::from_code(l).is_none())
    {
        errors.push(FieldError::new(
            fields::INTERPRETING,
            FieldProblem::NotAChoice,
        ));
    }
    let contact = sized_text(
        fields::CONTACT,
        value(fields::CONTACT),
        limits::CONTACT,
        true,
        &mut errors,
    );
    match times {
        Some((starts_at, ends_at)) if errors.is_empty() => Ok(Draft {
            starts_at,
            ends_at,
            online,
            place,
            venue,
            address,
            link: (!link.is_empty()).then_some(link),
            languages,
            interpreting,
            step_free: value(fields::STEP_FREE) == "yes",
            hearing_loop: value(fields::HEARING_LOOP) == "yes",
            registration: value(fields::REGISTRATION) == "yes",
            contact,
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(extra: &[(&str, &str)]) -> Vec<(String, String)> {
        let mut pairs: Vec<(String, String)> = [
            (fields::DATE, "2026-03-29"),
            (fields::START, "18:00"),
            (fields::END, "19:30"),
            (fields::PLACE, "grimsta"),
            (fields::VENUE, "Grimsta bibliotek"),
            (fields::ADDRESS, "Grimstagatan 1"),
            (fields::LANGUAGES, "sv"),
            (fields::LANGUAGES, "fi"),
            (fields::CONTACT, "Kim, 08-508 00 000"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        for (k, v) in extra {
            pairs.retain(|(name, _)| name != k);
            pairs.push((k.to_string(), v.to_string()));
        }
        pairs
    }

    #[test]
    fn a_meeting_is_read_in_stockholm_time_also_across_the_change_to_summer_time() {
        let draft = validate(&form(&[])).expect("valid");
        // 29 March 2026 is the first day of summer time: 18:00 is 16:00 UTC.
        assert_eq!(draft.starts_at.to_rfc3339(), "2026-03-29T16:00:00+00:00");
        assert_eq!(draft.languages, vec!["sv", "fi"]);
        let winter = validate(&form(&[(fields::DATE, "2026-12-03")])).expect("valid");
        assert_eq!(winter.starts_at.to_rfc3339(), "2026-12-03T17:00:00+00:00");
    }

    #[test]
    fn bad_times_places_and_links_are_refused_by_field() {
        let refused = |extra: &[(&str, &str)]| -> Vec<(String, FieldProblem)> {
            validate(&form(extra))
                .expect_err("refused")
                .into_iter()
                .map(|e| (e.field, e.problem))
                .collect()
        };
        assert_eq!(
            refused(&[(fields::END, "17:00")]),
            vec![(fields::END.to_string(), FieldProblem::TimesOrder)]
        );
        // 02:30 on 29 March 2026 does not exist in Stockholm.
        assert_eq!(
            refused(&[(fields::START, "02:30")]),
            vec![(fields::START.to_string(), FieldProblem::Time)]
        );
        assert_eq!(
            refused(&[(fields::PLACE, "atlantis")]),
            vec![(fields::PLACE.to_string(), FieldProblem::NotAChoice)]
        );
        assert_eq!(
            refused(&[
                (fields::ONLINE, "yes"),
                (fields::LINK, "javascript:alert(1)")
            ]),
            vec![(fields::LINK.to_string(), FieldProblem::Url)]
        );
        let online = validate(&form(&[
            (fields::ONLINE, "yes"),
            (fields::PLACE, ""),
            (fields::VENUE, ""),
            (fields::ADDRESS, ""),
            (fields::LINK, "https://meet.example.se/grimsta"),
        ]))
        .expect("an online meeting needs no place");
        assert_eq!(online.place, None);
    }
}
