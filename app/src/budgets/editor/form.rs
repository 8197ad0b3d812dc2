//! The budget editor's forms read and checked: a budget's settings (fixed once voting opens)
//! and its texts in one language. Each refused field is named with its problem.

use crate::budgets::count::Rule;
use crate::budgets::{Dates, Method};
use crate::domain::HomeArea;
use crate::forms::{sized_text, FieldError, FieldProblem};
use crate::http::field as value;

/// Field limits, in characters.
pub const MAX_TITLE: usize = 200;
pub const MAX_SUMMARY: usize = 4000;
pub const MAX_ELIGIBILITY: usize = 1000;
pub const MAX_DECIDED_BY: usize = 200;
pub const MAX_DIARIENUMMER: usize = 40;
/// The largest sum a budget may hold, in kronor (a district's whole yearly budget is below).
pub const MAX_TOTAL_SEK: i64 = 1_000_000_000;
/// The most choices an approval ballot may offer.
pub const MAX_CHOICES: usize = 20;

/// The editor's form fields.
pub mod fields {
    pub const TITLE: &str = "title";
    pub const SUMMARY: &str = "summary";
    pub const ELIGIBILITY: &str = "eligibility";
    pub const TOTAL: &str = "total";
    pub const METHOD: &str = "method";
    pub const MAX_CHOICES: &str = "max-choices";
    pub const RULE: &str = "rule";
    pub const AREA: &str = "area";
    pub const IDEAS_OPENS: &str = "ideas-opens";
    pub const IDEAS_CLOSES: &str = "ideas-closes";
    pub const VOTING_OPENS: &str = "voting-opens";
    pub const VOTING_CLOSES: &str = "voting-closes";
    pub const DECIDED_BY: &str = "decided-by";
    pub const DIARIENUMMER: &str = "diarienummer";
    pub const EMAIL_CODES: &str = "email-codes";
    pub const OPEN_VOTING: &str = "open-voting";
    /// Publishing without the minority languages that are missing.
    pub const CONFIRM: &str = "confirm";
    /// The area field's value for the whole district.
    pub const WHOLE_DISTRICT: &str = "district";
}

/// A budget's own settings, as the editor's form sends them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    pub total_sek: i64,
    pub method: Method,
    pub rule: Rule,
    /// `None`: the whole district.
    pub area: Option<HomeArea>,
    pub dates: Dates,
    pub decided_by: String,
    pub diarienummer: String,
    /// Residents may ask for a one-time voting code by e-mail.
    pub email_codes: bool,
    /// Residents may vote without a code (audited afterwards by the ballots' kinds).
    pub open_voting: bool,
}

/// A budget's texts in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Texts {
    pub title: String,
    pub summary: String,
    pub eligibility: String,
}

impl Texts {
    /// Reads and checks the texts from a form: a title and a summary are required.
    ///
    /// # Errors
    /// One problem per refused field.
    pub fn from_form(pairs: &[(String, String)]) -> Result<Texts, Vec<FieldError>> {
        let mut errors = Vec::new();
        let texts = Texts {
            title: sized_text(
                fields::TITLE,
                value(pairs, fields::TITLE),
                MAX_TITLE,
                true,
                &mut errors,
            ),
            summary: sized_text(
                fields::SUMMARY,
                value(pairs, fields::SUMMARY),
                MAX_SUMMARY,
                true,
                &mut errors,
            ),
            eligibility: sized_text(
                fields::ELIGIBILITY,
                value(pairs, fields::ELIGIBILITY),
                MAX_ELIGIBILITY,
                true,
                &mut errors,
            ),
        };
        if errors.is_empty() {
            Ok(texts)
        } else {
            Err(errors)
        }
    }
}

/// A date typed as YYYY-MM-DD, or its field's problem.
fn date(
    pairs: &[(String, String)],
    name: &str,
    errors: &mut Vec<FieldError>,
) -> Option<chrono::NaiveDate> {
    let text = value(pairs, name).trim();
    let problem = if text.is_empty() {
        FieldProblem::Required
    } else if let Ok(day) = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Some(day);
    } else {
        FieldProblem::Date
    };
    errors.push(FieldError::new(name, problem));
    None
}

impl Settings {
    /// Reads and checks the settings from a form. The sum may be written with spaces between
    /// the thousands, as Swedish writes it; the phases must follow each other (ideas, then
    /// voting, each closing on or after its opening).
    ///
    /// # Errors
    /// One problem per refused field.
    pub fn from_form(pairs: &[(String, String)]) -> Result<Settings, Vec<FieldError>> {
        let mut errors = Vec::new();
        let digits: String = value(pairs, fields::TOTAL)
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '\u{202f}')
            .collect();
        let total = digits
            .parse::<i64>()
            .ok()
            .filter(|t| (1..=MAX_TOTAL_SEK).contains(t));
        if total.is_none() {
            let problem = if digits.is_empty() {
                FieldProblem::Required
            } else {
                FieldProblem::Amount
            };
            errors.push(FieldError::new(fields::TOTAL, problem));
        }
        let method = match value(pairs, fields::METHOD) {
            "knapsack" => Some(Method::Knapsack),
            "approval" => {
                let max = value(pairs, fields::MAX_CHOICES)
                    .trim()
                    .parse::<usize>()
                    .ok()
                    .filter(|m| (1..=MAX_CHOICES).contains(m));
                if max.is_none() {
                    errors.push(FieldError::new(
                        fields::MAX_CHOICES,
                        FieldProblem::NotAChoice,
                    ));
                }
                max.map(|max| Method::Approval { max })
            }
            _ => {
                errors.push(FieldError::new(fields::METHOD, FieldProblem::NotAChoice));
                None
            }
        };
        let rule = Rule::from_code(value(pairs, fields::RULE));
        if rule.is_none() {
            errors.push(FieldError::new(fields::RULE, FieldProblem::NotAChoice));
        }
        let area = match value(pairs, fields::AREA) {
            fields::WHOLE_DISTRICT => Some(None),
            code => HomeArea::from_code(code)
                .filter(|a| !matches!(a, HomeArea::Elsewhere | HomeArea::PreferNotToSay))
                .map(Some),
        };
        if area.is_none() {
            errors.push(FieldError::new(fields::AREA, FieldProblem::NotAChoice));
        }
        let ideas_opens = date(pairs, fields::IDEAS_OPENS, &mut errors);
        let ideas_closes = date(pairs, fields::IDEAS_CLOSES, &mut errors);
        let voting_opens = date(pairs, fields::VOTING_OPENS, &mut errors);
        let voting_closes = date(pairs, fields::VOTING_CLOSES, &mut errors);
        let decided_by = sized_text(
            fields::DECIDED_BY,
            value(pairs, fields::DECIDED_BY),
            MAX_DECIDED_BY,
            true,
            &mut errors,
        );
        let diarienummer = sized_text(
            fields::DIARIENUMMER,
            value(pairs, fields::DIARIENUMMER),
            MAX_DIARIENUMMER,
            true,
            &mut errors,
        );
        let dates = match (ideas_opens, ideas_closes, voting_opens, voting_closes) {
            (Some(ideas_opens), Some(ideas_closes), Some(voting_opens), Some(voting_closes)) => {
                let dates = Dates {
                    ideas_opens,
                    ideas_closes,
                    voting_opens,
                    voting_closes,
                };
                errors.extend(dates_problems(&dates));
                Some(dates)
            }
            _ => None,
        };
        match (total, method, rule, area, dates) {
            (Some(total_sek), Some(method), Some(rule), Some(area), Some(dates))
                if errors.is_empty() =>
            {
                Ok(Settings {
                    total_sek,
                    method,
                    rule,
                    area,
                    dates,
                    decided_by,
                    diarienummer,
                    email_codes: value(pairs, fields::EMAIL_CODES) == "yes",
                    open_voting: value(pairs, fields::OPEN_VOTING) == "yes",
                })
            }
            _ => Err(errors),
        }
    }
}

/// What is wrong with the order of a budget's dates: each phase closes on or after it opens,
/// and voting opens after ideas close (the review lies between).
fn dates_problems(d: &Dates) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if d.ideas_closes < d.ideas_opens {
        errors.push(FieldError::new(
            fields::IDEAS_CLOSES,
            FieldProblem::DatesOrder,
        ));
    }
    if d.voting_opens <= d.ideas_closes {
        errors.push(FieldError::new(
            fields::VOTING_OPENS,
            FieldProblem::PhasesOrder,
        ));
    }
    if d.voting_closes < d.voting_opens {
        errors.push(FieldError::new(
            fields::VOTING_CLOSES,
            FieldProblem::DatesOrder,
        ));
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A valid form, with the fields in `changed` sent first (a form's first value counts).
    fn form(changed: &[(&str, &str)]) -> Vec<(String, String)> {
        changed
            .iter()
            .chain(&[
                ("total", "500 000"),
                ("method", "approval"),
                ("max-choices", "3"),
                ("rule", "greedy"),
                ("area", "district"),
                ("ideas-opens", "2027-03-01"),
                ("ideas-closes", "2027-03-31"),
                ("voting-opens", "2027-05-01"),
                ("voting-closes", "2027-05-21"),
                ("decided-by", "Stadsdelsnämnden"),
                ("diarienummer", "HV 2027/1"),
            ])
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn refused(pairs: &[(String, String)]) -> Vec<(String, FieldProblem)> {
        Settings::from_form(pairs)
            .expect_err("refused")
            .into_iter()
            .map(|e| (e.field, e.problem))
            .collect()
    }

    #[test]
    fn settings_read_a_sum_written_with_spaces() {
        let s = Settings::from_form(&form(&[])).expect("valid");
        assert_eq!(s.total_sek, 500_000);
        assert_eq!(s.method, Method::Approval { max: 3 });
        assert_eq!(s.area, None);
    }

    #[test]
    fn settings_refuse_phases_out_of_order_and_a_sum_that_is_not_one() {
        let problems = refused(&form(&[
            ("total", "femhundra"),
            ("voting-opens", "2027-03-15"),
            ("voting-closes", "2027-03-10"),
        ]));
        assert!(problems.contains(&("total".into(), FieldProblem::Amount)));
        assert!(problems.contains(&("voting-opens".into(), FieldProblem::PhasesOrder)));
        assert!(problems.contains(&("voting-closes".into(), FieldProblem::DatesOrder)));
    }

    #[test]
    fn settings_refuse_an_approval_ballot_without_a_number_of_choices() {
        let problems = refused(&form(&[("max-choices", "0"), ("area", "elsewhere")]));
        assert!(problems.contains(&("max-choices".into(), FieldProblem::NotAChoice)));
        assert!(problems.contains(&("area".into(), FieldProblem::NotAChoice)));
        let knapsack = form(&[("method", "knapsack"), ("max-choices", "")]);
        assert_eq!(
            Settings::from_form(&knapsack).expect("valid").method,
            Method::Knapsack
        );
    }
}
