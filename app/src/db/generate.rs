//! Made-up views in bulk, for the tests and benchmarks of reports and exports: a dialogue with
//! tens of thousands of views, each with facts drawn from a fixed seed (so a run can be
//! repeated), written in batches. Returns what it made, so a test can count it independently
//! of the code under test. Never used on real data: the references start with `GEN-`.

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Europe::Stockholm;
use sea_orm::{DatabaseConnection, DbErr, EntityTrait, Set, TransactionTrait};

use crate::audit::model::AuditAction;
use crate::db::entities::{audit_entry, view, view_answer};
use crate::domain::{AgeGroup, Channel, Gender, HomeArea, RejectReason, ViewStatus, REDACTED};
use crate::lang::Lang;

/// Rows written per statement: well within SQLite's limit on bound values.
const BATCH: usize = 400;

/// One made-up view's facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    pub reference: String,
    pub status: ViewStatus,
    pub lang: Lang,
    pub channel: Channel,
    pub age: Option<AgeGroup>,
    pub gender: Option<Gender>,
    /// A code of the list, or free text as written before the list.
    pub area: Option<String>,
    pub consent: bool,
    /// Per question (in the order given), whether it was answered.
    pub answered: Vec<bool>,
    pub general: bool,
    /// Whether its first answer was redacted.
    pub redacted: bool,
    /// The day it came in, Stockholm time.
    pub day: NaiveDate,
}

/// A small, seeded generator (xorshift): reproducible, and no dependency for made-up data.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// A number from 0 to `n - 1`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// True `percent` times in a hundred.
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    /// One of `items`, picked by their weights.
    fn weighted<T: Copy>(&mut self, items: &[(T, u64)]) -> T {
        let total: u64 = items.iter().map(|(_, w)| w).sum();
        let mut roll = self.below(total);
        for (item, weight) in items {
            if roll < *weight {
                return *item;
            }
            roll -= weight;
        }
        items[0].0
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[usize::try_from(self.below(items.len() as u64)).unwrap_or(0)]
    }
}

/// Writes `count` made-up views to dialogue `dialogue_id`, answering `questions`, received on
/// the `days` days from `first_day`. Rejected and hidden views get their moderation reason in
/// the audit log, as a moderator's decision would.
///
/// # Errors
/// The database fails.
#[allow(clippy::too_many_arguments)]
pub async fn views(
    db: &DatabaseConnection,
    dialogue_id: i32,
    questions: &[i32],
    count: usize,
    first_day: NaiveDate,
    days: u32,
    seed: u64,
) -> Result<Vec<Generated>, DbErr> {
    let mut dice = Dice(seed.max(1));
    let mut made = Vec::with_capacity(count);
    for chunk_start in (0..count).step_by(BATCH) {
        let n = BATCH.min(count - chunk_start);
        let txn = db.begin().await?;
        let mut rows = Vec::with_capacity(n);
        for i in chunk_start..chunk_start + n {
            let g = draw(&mut dice, seed, i, questions.len(), first_day, days);
            let minute = i64::try_from(dice.below(16 * 60)).unwrap_or(0) + 7 * 60;
            let local = g.day.and_hms_opt(0, 0, 0).unwrap_or_default() + Duration::minutes(minute);
            let created_at = Stockholm
                .from_local_datetime(&local)
                .earliest()
                .map_or_else(Utc::now, |t| t.with_timezone(&Utc));
            rows.push((g, created_at));
        }
        view::Entity::insert_many(rows.iter().map(|(g, at)| view::ActiveModel {
            dialogue_id: Set(dialogue_id),
            reference: Set(g.reference.clone()),
            idempotency_key: Set(format!("key-{}", g.reference)),
            lang: Set(g.lang.code().to_string()),
            display_name: Set((g.consent && g.general).then(|| "Generated".to_string())),
            age_group: Set(g.age.map(|a| a.code().to_string())),
            gender: Set(g.gender.map(|a| a.code().to_string())),
            area: Set(g.area.clone()),
            consent_publish: Set(g.consent),
            status: Set(g.status.code().to_string()),
            general: Set(g.general.then(|| "Allmän synpunkt".to_string())),
            created_at: Set(*at),
            channel: Set(g.channel.code().to_string()),
            needs_translation: Set(false),
            general_public: Set(None),
            // The redacted ones hold a phone number in their first answer.
            looks_personal: Set(g.redacted),
            ..Default::default()
        }))
        .exec(&txn)
        .await?;
        // The ids the rows got: read back by their references.
        use sea_orm::{ColumnTrait, QueryFilter};
        let stored = view::Entity::find()
            .filter(view::Column::Reference.is_in(rows.iter().map(|(g, _)| g.reference.clone())))
            .all(&txn)
            .await?;
        let id_of = |reference: &str| {
            stored
                .iter()
                .find(|v| v.reference == reference)
                .map(|v| v.id)
        };
        let mut answers = Vec::new();
        let mut audit = Vec::new();
        for (g, at) in &rows {
            let Some(id) = id_of(&g.reference) else {
                continue;
            };
            // The texts do not repeat the reference: it is the writer's, never published.
            let number = g.reference.trim_start_matches("GEN-");
            for (position, (question, answered)) in questions.iter().zip(&g.answered).enumerate() {
                if *answered {
                    let redact = g.redacted && position == 0;
                    answers.push(view_answer::ActiveModel {
                        view_id: Set(id),
                        question_id: Set(*question),
                        answer: Set(if redact {
                            format!("Svar {number} på fråga {question}: ring 070-123 45 67")
                        } else {
                            format!("Svar {number} på fråga {question}")
                        }),
                        public_answer: Set(redact.then(|| {
                            format!("Svar {number} på fråga {question}: ring {REDACTED}")
                        })),
                    });
                }
            }
            let decision = match g.status {
                ViewStatus::Rejected => Some((AuditAction::Reject, RejectReason::OffTopic)),
                ViewStatus::Hidden => Some((AuditAction::Hide, RejectReason::Offensive)),
                _ => None,
            };
            if let Some((action, reason)) = decision {
                audit.push(audit_entry::ActiveModel {
                    at: Set(*at),
                    actor_staff_id: Set(None),
                    action: Set(action.code().to_string()),
                    target: Set(format!("view:{id}")),
                    reason: Set(Some(reason.code().to_string())),
                    ..Default::default()
                });
            }
        }
        for chunk in answers.chunks(BATCH) {
            view_answer::Entity::insert_many(chunk.to_vec())
                .exec(&txn)
                .await?;
        }
        if !audit.is_empty() {
            audit_entry::Entity::insert_many(audit).exec(&txn).await?;
        }
        txn.commit().await?;
        made.extend(rows.into_iter().map(|(g, _)| g));
    }
    Ok(made)
}

fn draw(
    dice: &mut Dice,
    seed: u64,
    i: usize,
    questions: usize,
    first_day: NaiveDate,
    days: u32,
) -> Generated {
    let status = dice.weighted(&[
        (ViewStatus::Published, 70),
        (ViewStatus::Pending, 10),
        (ViewStatus::Rejected, 15),
        (ViewStatus::Hidden, 5),
    ]);
    let lang = dice.weighted(&[
        (Lang::Sv, 60),
        (Lang::Fi, 15),
        (Lang::En, 10),
        (Lang::Fit, 5),
        (Lang::Se, 5),
        (Lang::Smj, 3),
        (Lang::Sma, 2),
    ]);
    let channel = dice.weighted(&[
        (Channel::Web, 80),
        (Channel::Paper, 10),
        (Channel::Phone, 5),
        (Channel::Meeting, 5),
    ]);
    let age = (!dice.chance(20)).then(|| dice.pick(AgeGroup::ALL));
    let gender = (!dice.chance(25)).then(|| dice.pick(Gender::ALL));
    let area = if dice.chance(10) {
        None
    } else if dice.chance(2) {
        Some("Bromma".to_string())
    } else {
        Some(dice.pick(HomeArea::ALL).code().to_string())
    };
    let answered: Vec<bool> = (0..questions).map(|_| dice.chance(85)).collect();
    let general = dice.chance(30) || !answered.iter().any(|a| *a);
    let day = first_day
        + Duration::days(i64::from(
            u32::try_from(dice.below(u64::from(days.max(1)))).unwrap_or(0),
        ));
    Generated {
        reference: format!("GEN-{seed}-{i}"),
        status,
        lang,
        channel,
        age,
        gender,
        area,
        consent: dice.chance(80),
        redacted: answered.first().copied().unwrap_or(false) && dice.chance(2),
        answered,
        general,
        day,
    }
}
