//! Demo dialogues for a newcomer's first run and for the end-to-end tests: realistic
//! Hässelby-Vällingby dialogues, some open, one upcoming, one closed, with published views.
//! The content is in `demo/dialogues.toml`, dated relative to the day it is loaded so that the
//! demo never goes stale.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};
use sea_orm::{
    ActiveModelTrait, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, Set, TransactionTrait,
};
use serde::Deserialize;

use super::entities::{
    dialogue, dialogue_target_group, dialogue_text, dialogue_theme, easy_text, question,
    question_text, view, view_answer,
};
use crate::domain::{
    AgeGroup, Gender, HomeArea, ParticipationLevel, Place, TargetGroup, Theme, ViewStatus,
};
use crate::lang::Lang;
use crate::views::service::new_reference;

mod budget;

const DEMO: &str = include_str!("demo/dialogues.toml");

/// Further languages' texts, one file each (see `demo/translations/README.md`).
const TRANSLATIONS: [(&str, &str); 5] = [
    ("fi", include_str!("demo/translations/fi.toml")),
    ("fit", include_str!("demo/translations/fit.toml")),
    ("se", include_str!("demo/translations/se.toml")),
    ("smj", include_str!("demo/translations/smj.toml")),
    ("sma", include_str!("demo/translations/sma.toml")),
];

#[derive(Deserialize)]
struct TranslationFile {
    #[serde(default)]
    dialogue: Vec<TranslatedDialogue>,
}

#[derive(Deserialize)]
struct TranslatedDialogue {
    slug: String,
    #[serde(flatten)]
    text: DemoText,
    questions: Vec<String>,
}

/// The demo content with every language's texts merged in.
fn content() -> Result<DemoFile, DemoError> {
    let mut file: DemoFile = toml::from_str(DEMO).map_err(|e| DemoError::Content(e.to_string()))?;
    for (lang, source) in TRANSLATIONS {
        let translations: TranslationFile =
            toml::from_str(source).map_err(|e| DemoError::Content(format!("{lang}.toml: {e}")))?;
        for t in translations.dialogue {
            let Some(d) = file.dialogue.iter_mut().find(|d| d.slug == t.slug) else {
                return Err(DemoError::Content(format!(
                    "{lang}.toml: no dialogue {:?}",
                    t.slug
                )));
            };
            if t.questions.len() != d.question.len() {
                return Err(DemoError::Content(format!(
                    "{lang}.toml: {} needs one text per question",
                    t.slug
                )));
            }
            for (question, text) in d.question.iter_mut().zip(t.questions) {
                question.insert(lang.to_string(), text);
            }
            d.text.insert(lang.to_string(), t.text);
        }
    }
    Ok(file)
}

#[derive(Deserialize)]
struct DemoFile {
    dialogue: Vec<DemoDialogue>,
}

#[derive(Deserialize)]
struct DemoDialogue {
    slug: String,
    place: String,
    level: String,
    target_groups: Vec<String>,
    themes: Vec<String>,
    opens_in_days: i64,
    closes_in_days: i64,
    decision_in_days: Option<i64>,
    contact_name: String,
    contact_email: String,
    contact_phone: Option<String>,
    text: BTreeMap<String, DemoText>,
    /// Easy-to-read Swedish (lättläst), where the demo has one.
    #[serde(default)]
    easy: Option<DemoText>,
    question: Vec<BTreeMap<String, String>>,
    #[serde(default)]
    view: Vec<DemoView>,
    #[serde(default)]
    meeting: Vec<DemoMeeting>,
}

/// A meeting, `in_days` from today, checked by the editor's own form rules.
#[derive(Deserialize)]
struct DemoMeeting {
    in_days: i64,
    start: String,
    end: String,
    /// The link of an online meeting.
    online: Option<String>,
    #[serde(default)]
    place: String,
    #[serde(default)]
    venue: String,
    #[serde(default)]
    address: String,
    languages: Vec<String>,
    #[serde(default)]
    interpreting: Vec<String>,
    #[serde(default)]
    step_free: bool,
    #[serde(default)]
    hearing_loop: bool,
    #[serde(default)]
    registration: bool,
    contact: String,
    #[serde(default)]
    cancelled: bool,
}

#[derive(Deserialize)]
struct DemoText {
    title: String,
    summary: String,
    body: String,
    influence: String,
    not_influence: String,
    decides: String,
}

#[derive(Deserialize)]
struct DemoView {
    name: Option<String>,
    lang: String,
    age: Option<String>,
    gender: Option<String>,
    area: Option<String>,
    days_ago: i64,
    answers: Vec<String>,
    general: Option<String>,
}

/// Why the demo could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error("the database already has dialogues; the demo is only loaded into an empty one")]
    NotEmpty,
    #[error("demo/dialogues.toml: {0}")]
    Content(String),
    #[error(transparent)]
    Db(#[from] DbErr),
}

fn shift(today: NaiveDate, days: i64) -> NaiveDate {
    let magnitude = Days::new(days.unsigned_abs());
    let shifted = if days < 0 {
        today.checked_sub_days(magnitude)
    } else {
        today.checked_add_days(magnitude)
    };
    shifted.unwrap_or(today)
}

fn check<T>(parsed: Option<T>, what: &str, code: &str, slug: &str) -> Result<String, DemoError> {
    match parsed {
        Some(_) => Ok(code.to_string()),
        None => Err(DemoError::Content(format!(
            "{slug}: unknown {what} {code:?}"
        ))),
    }
}

/// Loads the demo dialogues into an empty database, dated around `today`.
///
/// # Errors
/// [`DemoError::NotEmpty`] if there are dialogues already; a content or database error.
pub async fn seed(db: &DatabaseConnection, today: NaiveDate) -> Result<usize, DemoError> {
    if dialogue::Entity::find().count(db).await? > 0 {
        return Err(DemoError::NotEmpty);
    }
    let file = content()?;
    let txn = db.begin().await?;
    let now = chrono::Utc::now();
    for d in &file.dialogue {
        let slug = d.slug.as_str();
        let opens_on = shift(today, d.opens_in_days);
        let saved = dialogue::ActiveModel {
            slug: Set(d.slug.clone()),
            place: Set(check(Place::from_code(&d.place), "place", &d.place, slug)?),
            participation_level: Set(check(
                ParticipationLevel::from_code(&d.level),
                "level",
                &d.level,
                slug,
            )?),
            opens_on: Set(opens_on),
            closes_on: Set(shift(today, d.closes_in_days)),
            decision_on: Set(d.decision_in_days.map(|days| shift(today, days))),
            contact_name: Set(d.contact_name.clone()),
            contact_email: Set(d.contact_email.clone()),
            contact_phone: Set(d.contact_phone.clone()),
            published: Set(true),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;

        for (lang, t) in &d.text {
            check(Lang::from_code(lang), "language", lang, slug)?;
            dialogue_text::ActiveModel {
                dialogue_id: Set(saved.id),
                lang: Set(lang.clone()),
                title: Set(t.title.trim().to_string()),
                summary: Set(t.summary.trim().to_string()),
                body: Set(t.body.trim().to_string()),
                influence: Set(t.influence.trim().to_string()),
                not_influence: Set(t.not_influence.trim().to_string()),
                decides: Set(t.decides.trim().to_string()),
                // The demo's translations are machine drafts: only the Swedish source is checked.
                reviewed: Set(lang == Lang::Sv.code()),
                based_on: Set(None),
            }
            .insert(&txn)
            .await?;
        }
        if let Some(t) = &d.easy {
            easy_text::ActiveModel {
                dialogue_id: Set(saved.id),
                title: Set(t.title.trim().to_string()),
                summary: Set(t.summary.trim().to_string()),
                body: Set(t.body.trim().to_string()),
                influence: Set(t.influence.trim().to_string()),
                not_influence: Set(t.not_influence.trim().to_string()),
                decides: Set(t.decides.trim().to_string()),
                heard: Set(None),
                decided: Set(None),
                next_steps: Set(None),
            }
            .insert(&txn)
            .await?;
        }
        if !d.text.contains_key(Lang::Sv.code()) {
            return Err(DemoError::Content(format!(
                "{slug}: every dialogue needs its Swedish text"
            )));
        }
        for group in &d.target_groups {
            let code = check(TargetGroup::from_code(group), "target group", group, slug)?;
            dialogue_target_group::ActiveModel {
                dialogue_id: Set(saved.id),
                target_group: Set(code),
            }
            .insert(&txn)
            .await?;
        }
        for theme in &d.themes {
            let code = check(Theme::from_code(theme), "theme", theme, slug)?;
            dialogue_theme::ActiveModel {
                dialogue_id: Set(saved.id),
                theme: Set(code),
            }
            .insert(&txn)
            .await?;
        }

        let mut question_ids = Vec::new();
        for (position, texts) in d.question.iter().enumerate() {
            let q = question::ActiveModel {
                dialogue_id: Set(saved.id),
                position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            for (lang, text) in texts {
                check(Lang::from_code(lang), "language", lang, slug)?;
                question_text::ActiveModel {
                    question_id: Set(q.id),
                    lang: Set(lang.clone()),
                    text: Set(text.clone()),
                }
                .insert(&txn)
                .await?;
            }
            question_ids.push(q.id);
        }

        for m in &d.meeting {
            use crate::meetings::fields;
            let day = shift(today, m.in_days).format("%Y-%m-%d").to_string();
            let mut pairs = vec![
                (fields::DATE, day),
                (fields::START, m.start.clone()),
                (fields::END, m.end.clone()),
                (fields::PLACE, m.place.clone()),
                (fields::VENUE, m.venue.clone()),
                (fields::ADDRESS, m.address.clone()),
                (fields::CONTACT, m.contact.clone()),
            ];
            if let Some(link) = &m.online {
                pairs.push((fields::ONLINE, "yes".into()));
                pairs.push((fields::LINK, link.clone()));
            }
            pairs.extend(m.languages.iter().map(|l| (fields::LANGUAGES, l.clone())));
            pairs.extend(
                m.interpreting
                    .iter()
                    .map(|l| (fields::INTERPRETING, l.clone())),
            );
            for (flag, name) in [
                (m.step_free, fields::STEP_FREE),
                (m.hearing_loop, fields::HEARING_LOOP),
                (m.registration, fields::REGISTRATION),
            ] {
                if flag {
                    pairs.push((name, "yes".into()));
                }
            }
            let pairs: Vec<(String, String)> =
                pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
            let draft = crate::meetings::form::validate(&pairs).map_err(|problems| {
                DemoError::Content(format!("{slug}: a meeting is refused: {problems:?}"))
            })?;
            crate::meetings::service::new_row(saved.id, draft, m.cancelled)
                .insert(&txn)
                .await?;
        }
        for v in &d.view {
            if v.answers.len() != question_ids.len() {
                return Err(DemoError::Content(format!(
                    "{slug}: a view must have one answer per question"
                )));
            }
            let sent_on = shift(today, -v.days_ago);
            let created_at = sent_on.and_hms_opt(10, 0, 0).unwrap_or_default().and_utc();
            let stored = view::ActiveModel {
                dialogue_id: Set(saved.id),
                reference: Set(new_reference()),
                idempotency_key: Set(format!("demo-{}", new_reference())),
                lang: Set(check(Lang::from_code(&v.lang), "language", &v.lang, slug)?),
                display_name: Set(v.name.clone()),
                age_group: Set(match &v.age {
                    Some(age) => Some(check(AgeGroup::from_code(age), "age group", age, slug)?),
                    None => None,
                }),
                gender: Set(match &v.gender {
                    Some(g) => Some(check(Gender::from_code(g), "gender", g, slug)?),
                    None => None,
                }),
                area: Set(match &v.area {
                    Some(a) => Some(check(HomeArea::from_code(a), "area", a, slug)?),
                    None => None,
                }),
                consent_publish: Set(true),
                status: Set(ViewStatus::Published.code().to_string()),
                general: Set(v.general.clone()),
                created_at: Set(created_at),
                looks_personal: Set(crate::domain::view_looks_personal(
                    v.answers
                        .iter()
                        .chain(v.general.iter())
                        .chain(v.name.iter())
                        .map(String::as_str),
                )),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            for (question_id, answer) in question_ids.iter().zip(&v.answers) {
                if !answer.trim().is_empty() {
                    view_answer::ActiveModel {
                        view_id: Set(stored.id),
                        question_id: Set(*question_id),
                        answer: Set(answer.clone()),
                        public_answer: Set(None),
                    }
                    .insert(&txn)
                    .await?;
                }
            }
        }
    }
    budget::seed(&txn, today).await?;
    budget::seed_result(&txn, today).await?;
    txn.commit().await?;
    Ok(file.dialogue.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_has_open_upcoming_and_closed_dialogues_in_swedish_and_finnish() {
        let file = content().expect("demo content parses and merges");
        assert!(file.dialogue.len() >= 6);
        let status = |d: &DemoDialogue| match (d.opens_in_days > 0, d.closes_in_days < 0) {
            (true, _) => "upcoming",
            (_, true) => "closed",
            _ => "open",
        };
        for wanted in ["open", "upcoming", "closed"] {
            assert!(
                file.dialogue.iter().any(|d| status(d) == wanted),
                "no {wanted} dialogue"
            );
        }
        for d in &file.dialogue {
            assert!(
                d.text.contains_key("sv") && d.text.contains_key("fi"),
                "{} lacks sv or fi",
                d.slug
            );
        }
        let complete = file
            .dialogue
            .iter()
            .filter(|d| Lang::ALL.iter().all(|l| d.text.contains_key(l.code())))
            .count();
        assert!(
            complete >= 2,
            "at least two dialogues in all seven languages"
        );
    }

    #[tokio::test]
    async fn the_demo_loads_with_its_meetings_one_of_them_cancelled() {
        use sea_orm::{Database, PaginatorTrait};
        use sea_orm_migration::MigratorTrait;

        let db = Database::connect("sqlite::memory:").await.expect("db");
        crate::db::migrations::Migrator::up(&db, None)
            .await
            .expect("migrations");
        let today = NaiveDate::from_ymd_opt(2026, 3, 20).expect("day");
        seed(&db, today).await.expect("the demo loads");
        let meetings = crate::db::entities::meeting::Entity::find()
            .all(&db)
            .await
            .expect("meetings");
        assert!(meetings.len() >= 4, "{meetings:?}");
        assert_eq!(
            meetings.iter().filter(|m| m.status == "cancelled").count(),
            1
        );
        assert!(meetings.iter().any(|m| m.online && m.link.is_some()));
        let again = crate::db::entities::dialogue::Entity::find()
            .count(&db)
            .await;
        assert_eq!(again.expect("count"), file_len());
    }

    fn file_len() -> u64 {
        u64::try_from(content().expect("demo").dialogue.len()).expect("few")
    }
}
