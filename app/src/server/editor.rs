//! Writing dialogues: the editor's form, saving it as a new version, publishing and closing.
//!
//! Every save, publish and close writes the whole dialogue as it now is into
//! `dialogue_version` (who, when, what) and an audit entry, in the same transaction as the
//! change. Versions are never changed or deleted, so the history can always be read back.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use sea_orm::{
    sea_query::Expr, ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set, TransactionTrait,
};
use serde::{Deserialize, Serialize};

use super::entities::{
    dialogue, dialogue_target_group, dialogue_text, dialogue_theme, dialogue_version, question, question_text, staff,
};
use super::staff::{audit, internal, Staff, StaffError};
use crate::domain::{dialogue_status, plausible_email, DialogueStatus, EditorState, Moderation, ParticipationLevel, Place, TargetGroup, Theme, MINORITY_LANGS};
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
    pub title: String,
    pub summary: String,
    pub body: String,
    pub influence: String,
    pub not_influence: String,
    pub decides: String,
    pub reviewed: bool,
    /// Existing questions' texts in `text_lang`, by question id.
    pub questions: BTreeMap<i32, String>,
    pub new_question: String,
}

/// What is wrong with one field of the editor form; each maps to an `editor-error-*` message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditorProblem {
    Required,
    TooLong(usize),
    Date,
    DatesOrder,
    Email,
    Choose,
    SwedishFirst,
}

impl EditorProblem {
    /// The Fluent id of the message for this problem.
    pub fn message_id(self) -> &'static str {
        match self {
            EditorProblem::Required => "editor-error-required",
            EditorProblem::TooLong(_) => "editor-error-too-long",
            EditorProblem::Date => "editor-error-date",
            EditorProblem::DatesOrder => "editor-error-dates-order",
            EditorProblem::Email => "editor-error-email",
            EditorProblem::Choose => "editor-error-choose",
            EditorProblem::SwedishFirst => "editor-error-swedish-first",
        }
    }
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
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: Option<String>,
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
                "place" => form.place = value,
                "level" => form.level = value,
                "group" => form.groups.push(value),
                "theme" => form.themes.push(value),
                "opens" => form.opens = value,
                "closes" => form.closes = value,
                "decision" => form.decision = value,
                "contact-name" => form.contact_name = value,
                "contact-email" => form.contact_email = value,
                "contact-phone" => form.contact_phone = value,
                "moderation" => form.moderation = value,
                "text-lang" => form.text_lang = value,
                "title" => form.title = value,
                "summary" => form.summary = value,
                "body" => form.body = value,
                "influence" => form.influence = value,
                "not-influence" => form.not_influence = value,
                "decides" => form.decides = value,
                "reviewed" => form.reviewed = value == "yes",
                "new-question" => form.new_question = value,
                other => {
                    if let Some(id) = other.strip_prefix("question-").and_then(|id| id.parse().ok()) {
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
        let text_field = |f: fn(&SnapshotText) -> &String| text.map(|t| f(t).clone()).unwrap_or_default();
        DialogueForm {
            place: snapshot.place.clone(),
            level: snapshot.level.clone(),
            groups: snapshot.groups.clone(),
            themes: snapshot.themes.clone(),
            opens: snapshot.opens_on.to_string(),
            closes: snapshot.closes_on.to_string(),
            decision: snapshot.decision_on.map(|d| d.to_string()).unwrap_or_default(),
            contact_name: snapshot.contact_name.clone(),
            contact_email: snapshot.contact_email.clone(),
            contact_phone: snapshot.contact_phone.clone().unwrap_or_default(),
            moderation: snapshot.moderation.clone(),
            text_lang: lang.code().to_string(),
            title: text_field(|t| &t.title),
            summary: text_field(|t| &t.summary),
            body: text_field(|t| &t.body),
            influence: text_field(|t| &t.influence),
            not_influence: text_field(|t| &t.not_influence),
            decides: text_field(|t| &t.decides),
            reviewed: text.is_some_and(|t| t.reviewed),
            questions: snapshot
                .questions
                .iter()
                .map(|q| (q.id, q.texts.get(lang.code()).cloned().unwrap_or_default()))
                .collect(),
            new_question: String::new(),
        }
    }

    /// Checks every field and returns all problems at once, by field name. `creating`: a new
    /// dialogue, which is written in Swedish first.
    ///
    /// # Errors
    /// Every refused field with its problem.
    pub fn validate(&self, creating: bool) -> Result<ValidDialogue, Vec<(String, EditorProblem)>> {
        let mut problems: Vec<(String, EditorProblem)> = Vec::new();
        let mut problem = |field: &str, p: EditorProblem| problems.push((field.to_string(), p));
        let text_lang = Lang::from_code(&self.text_lang).unwrap_or_default();
        let sized = |field: &str, value: &str, max: usize, required: bool, problem: &mut dyn FnMut(&str, EditorProblem)| {
            let value = value.trim();
            if required && value.is_empty() {
                problem(field, EditorProblem::Required);
            } else if value.chars().count() > max {
                problem(field, EditorProblem::TooLong(max));
            }
            value.to_string()
        };
        let place = Place::from_code(&self.place);
        if place.is_none() {
            problem("place", EditorProblem::Choose);
        }
        let level = ParticipationLevel::from_code(&self.level);
        if level.is_none() {
            problem("level", EditorProblem::Choose);
        }
        let groups: Vec<TargetGroup> = self.groups.iter().filter_map(|g| TargetGroup::from_code(g)).collect();
        if groups.is_empty() {
            problem("group", EditorProblem::Choose);
        }
        let themes: Vec<Theme> = self.themes.iter().filter_map(|t| Theme::from_code(t)).collect();
        if themes.is_empty() {
            problem("theme", EditorProblem::Choose);
        }
        let date = |value: &str| NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").ok();
        let opens_on = date(&self.opens);
        if opens_on.is_none() {
            problem("opens", EditorProblem::Date);
        }
        let closes_on = date(&self.closes);
        if closes_on.is_none() {
            problem("closes", EditorProblem::Date);
        }
        if let (Some(opens), Some(closes)) = (opens_on, closes_on) {
            if closes < opens {
                problem("closes", EditorProblem::DatesOrder);
            }
        }
        let decision_on = if self.decision.trim().is_empty() { None } else { date(&self.decision) };
        if !self.decision.trim().is_empty() && decision_on.is_none() {
            problem("decision", EditorProblem::Date);
        }
        let contact_name = sized("contact-name", &self.contact_name, limits::CONTACT, true, &mut problem);
        let contact_email = sized("contact-email", &self.contact_email, limits::CONTACT, true, &mut problem);
        if !contact_email.is_empty() && !plausible_email(&contact_email) {
            problem("contact-email", EditorProblem::Email);
        }
        let contact_phone = sized("contact-phone", &self.contact_phone, limits::PHONE, false, &mut problem);
        let moderation = Moderation::from_code(&self.moderation).unwrap_or(Moderation::Pre);

        if creating && text_lang != Lang::Sv {
            problem("title", EditorProblem::SwedishFirst);
        }
        let texts = [&self.title, &self.summary, &self.body, &self.influence, &self.not_influence, &self.decides];
        // A translation may be left out entirely; Swedish, the source, may not.
        let has_text = text_lang == Lang::Sv || texts.iter().any(|t| !t.trim().is_empty());
        let text = SnapshotText {
            lang: text_lang.code().to_string(),
            title: sized("title", &self.title, limits::TITLE, has_text, &mut problem),
            summary: sized("summary", &self.summary, limits::SUMMARY, has_text, &mut problem),
            body: sized("body", &self.body, limits::BODY, has_text, &mut problem),
            influence: sized("influence", &self.influence, limits::PARAGRAPH, false, &mut problem),
            not_influence: sized("not-influence", &self.not_influence, limits::PARAGRAPH, false, &mut problem),
            decides: sized("decides", &self.decides, limits::PARAGRAPH, false, &mut problem),
            reviewed: self.reviewed,
        };
        let mut questions = BTreeMap::new();
        for (id, value) in &self.questions {
            // A Swedish question cannot be emptied: residents' answers refer to it.
            let value = sized(&format!("question-{id}"), value, limits::QUESTION, text_lang == Lang::Sv, &mut problem);
            questions.insert(*id, value);
        }
        let new_question = sized("new-question", &self.new_question, limits::QUESTION, false, &mut problem);
        if !new_question.is_empty() && text_lang != Lang::Sv {
            problem("new-question", EditorProblem::SwedishFirst);
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(ValidDialogue {
            place: place.unwrap_or(Place::WholeDistrict),
            level: level.unwrap_or(ParticipationLevel::Consultation),
            groups,
            themes,
            opens_on: opens_on.unwrap_or_default(),
            closes_on: closes_on.unwrap_or_default(),
            decision_on,
            contact_name,
            contact_email,
            contact_phone: (!contact_phone.is_empty()).then_some(contact_phone),
            moderation,
            text_lang,
            text: has_text.then_some(text),
            questions,
            new_question: (!new_question.is_empty()).then_some(new_question),
        })
    }
}

/// A dialogue as it was at one moment: what each version stores, and what the editor shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    pub slug: String,
    pub place: String,
    pub level: String,
    pub groups: Vec<String>,
    pub themes: Vec<String>,
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
    pub decision_on: Option<NaiveDate>,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: Option<String>,
    pub moderation: String,
    pub published: bool,
    pub closed: bool,
    pub texts: Vec<SnapshotText>,
    pub questions: Vec<SnapshotQuestion>,
}

/// A dialogue's texts in one language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotText {
    pub lang: String,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub influence: String,
    pub not_influence: String,
    pub decides: String,
    pub reviewed: bool,
}

/// One question, with its text in each language it has.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotQuestion {
    pub id: i32,
    pub position: i32,
    /// Language code to text.
    pub texts: BTreeMap<String, String>,
}

/// How far a language has come for one dialogue, as the language panel shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextState {
    Missing,
    Draft,
    Reviewed,
}

impl TextState {
    /// The Fluent id naming this state.
    pub fn message_id(self) -> &'static str {
        match self {
            TextState::Missing => "editor-text-missing",
            TextState::Draft => "editor-text-draft",
            TextState::Reviewed => "editor-text-reviewed",
        }
    }
}

/// One row of the language panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageRow {
    pub lang: Lang,
    pub texts: TextState,
    /// Questions with a text in this language.
    pub questions_done: usize,
    pub questions_total: usize,
}

impl Snapshot {
    /// The state the editor sees, by today's date in Stockholm.
    pub fn state(&self, today: NaiveDate) -> EditorState {
        if !self.published {
            EditorState::Draft
        } else if self.closed || dialogue_status(today, self.opens_on, self.closes_on) == DialogueStatus::Closed {
            EditorState::Closed
        } else {
            EditorState::Published
        }
    }

    /// The Swedish title (every dialogue has one: it is written first).
    pub fn title(&self) -> String {
        self.texts.iter().find(|t| t.lang == Lang::Sv.code()).map(|t| t.title.clone()).unwrap_or_default()
    }

    /// Per language: are the texts missing, a draft, or reviewed, and how many questions have a text.
    pub fn language_panel(&self) -> Vec<LanguageRow> {
        Lang::ALL
            .into_iter()
            .map(|lang| {
                let texts = match self.texts.iter().find(|t| t.lang == lang.code()) {
                    None => TextState::Missing,
                    Some(t) if t.reviewed => TextState::Reviewed,
                    Some(_) => TextState::Draft,
                };
                let questions_done = self.questions.iter().filter(|q| q.texts.contains_key(lang.code())).count();
                LanguageRow { lang, texts, questions_done, questions_total: self.questions.len() }
            })
            .collect()
    }

    /// The national minority languages whose texts or questions are missing: what publishing
    /// must be confirmed for.
    pub fn missing_minority_languages(&self) -> Vec<Lang> {
        let panel = self.language_panel();
        MINORITY_LANGS
            .into_iter()
            .filter(|lang| {
                panel.iter().any(|row| {
                    row.lang == *lang && (row.texts == TextState::Missing || row.questions_done < row.questions_total)
                })
            })
            .collect()
    }
}

/// Reads a dialogue as it now is.
///
/// # Errors
/// [`StaffError::Gone`] for an unknown slug; [`StaffError::Internal`] on a database failure.
async fn load_snapshot<C: ConnectionTrait>(db: &C, slug: &str) -> Result<(dialogue::Model, Snapshot), StaffError> {
    let d = find(db, slug).await?;
    let snapshot = snapshot_of(db, &d).await?;
    Ok((d, snapshot))
}

/// The dialogue with this slug, drafts included.
async fn find<C: ConnectionTrait>(db: &C, slug: &str) -> Result<dialogue::Model, StaffError> {
    dialogue::Entity::find()
        .filter(dialogue::Column::Slug.eq(slug))
        .one(db)
        .await
        .map_err(internal)?
        .ok_or(StaffError::Gone)
}

/// Everything about dialogue `d` as it now is.
async fn snapshot_of<C: ConnectionTrait>(db: &C, d: &dialogue::Model) -> Result<Snapshot, StaffError> {
    let order = |code: &str| Lang::from_code(code).and_then(|l| Lang::ALL.iter().position(|x| *x == l)).unwrap_or(99);
    let mut texts: Vec<SnapshotText> = dialogue_text::Entity::find()
        .filter(dialogue_text::Column::DialogueId.eq(d.id))
        .all(db)
        .await
        .map_err(internal)?
        .into_iter()
        .map(|t| SnapshotText {
            lang: t.lang,
            title: t.title,
            summary: t.summary,
            body: t.body,
            influence: t.influence,
            not_influence: t.not_influence,
            decides: t.decides,
            reviewed: t.reviewed,
        })
        .collect();
    texts.sort_by_key(|t| order(&t.lang));
    let questions = question::Entity::find()
        .filter(question::Column::DialogueId.eq(d.id))
        .order_by_asc(question::Column::Position)
        .all(db)
        .await
        .map_err(internal)?;
    let ids: Vec<i32> = questions.iter().map(|q| q.id).collect();
    let question_texts = question_text::Entity::find()
        .filter(question_text::Column::QuestionId.is_in(ids))
        .all(db)
        .await
        .map_err(internal)?;
    let groups = dialogue_target_group::Entity::find()
        .filter(dialogue_target_group::Column::DialogueId.eq(d.id))
        .all(db)
        .await
        .map_err(internal)?;
    let themes = dialogue_theme::Entity::find()
        .filter(dialogue_theme::Column::DialogueId.eq(d.id))
        .all(db)
        .await
        .map_err(internal)?;
    let snapshot = Snapshot {
        slug: d.slug.clone(),
        place: d.place.clone(),
        level: d.participation_level.clone(),
        groups: TargetGroup::ALL
            .iter()
            .map(|g| g.code().to_string())
            .filter(|code| groups.iter().any(|g| &g.target_group == code))
            .collect(),
        themes: Theme::ALL
            .iter()
            .map(|t| t.code().to_string())
            .filter(|code| themes.iter().any(|t| &t.theme == code))
            .collect(),
        opens_on: d.opens_on,
        closes_on: d.closes_on,
        decision_on: d.decision_on,
        contact_name: d.contact_name.clone(),
        contact_email: d.contact_email.clone(),
        contact_phone: d.contact_phone.clone(),
        moderation: d.moderation.clone(),
        published: d.published,
        closed: d.closed,
        texts,
        questions: questions
            .iter()
            .map(|q| SnapshotQuestion {
                id: q.id,
                position: q.position,
                texts: question_texts
                    .iter()
                    .filter(|t| t.question_id == q.id)
                    .map(|t| (t.lang.clone(), t.text.clone()))
                    .collect(),
            })
            .collect(),
    };
    Ok(snapshot)
}

/// A dialogue for the editor: its current content.
///
/// # Errors
/// [`StaffError::Gone`] for an unknown slug; [`StaffError::Internal`] on a database failure.
pub async fn load(db: &DatabaseConnection, _editor: &Staff, slug: &str) -> Result<Snapshot, StaffError> {
    Ok(load_snapshot(db, slug).await?.1)
}

/// Every dialogue, drafts and closed ones included, newest first.
///
/// # Errors
/// [`StaffError::Internal`] on a database failure.
pub async fn list(db: &DatabaseConnection, _editor: &Staff) -> Result<Vec<Snapshot>, StaffError> {
    let dialogues = dialogue::Entity::find().order_by_desc(dialogue::Column::Id).all(db).await.map_err(internal)?;
    let mut all = Vec::with_capacity(dialogues.len());
    for d in &dialogues {
        all.push(snapshot_of(db, d).await?);
    }
    Ok(all)
}

/// A URL-safe slug from a title: lower-case letters and digits, words joined by hyphens,
/// Swedish letters spelled without their marks.
fn slugify(title: &str) -> String {
    let mut slug = String::new();
    for c in title.to_lowercase().chars() {
        let c = match c {
            'å' | 'ä' | 'á' | 'à' | 'â' => 'a',
            'ö' | 'ø' | 'ó' => 'o',
            'é' | 'è' | 'ê' => 'e',
            'ü' => 'u',
            'ï' | 'í' => 'i',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug: String = slug.trim_end_matches('-').chars().take(60).collect();
    if slug.is_empty() { "dialog".to_string() } else { slug.trim_end_matches('-').to_string() }
}

/// Saves the editor's form: creates the dialogue (`slug` is `None`) as a draft, or changes
/// it. The common fields, the texts in one language and the questions' texts in that language
/// are written, then the whole dialogue is kept as a new version. Returns the slug.
///
/// # Errors
/// [`StaffError::Gone`] for an unknown slug; [`StaffError::Internal`] on a database failure.
pub async fn save(db: &DatabaseConnection, editor: &Staff, slug: Option<&str>, form: &ValidDialogue) -> Result<String, StaffError> {
    let txn = db.begin().await.map_err(internal)?;
    let now = chrono::Utc::now();
    let (dialogue_id, slug, action) = match slug {
        Some(slug) => {
            let mut active: dialogue::ActiveModel = find(&txn, slug).await?.into();
            set_common(&mut active, form);
            let d = active.update(&txn).await.map_err(internal)?;
            (d.id, d.slug, "edit")
        }
        None => {
            let base = slugify(form.text.as_ref().map(|t| t.title.as_str()).unwrap_or_default());
            let mut slug = base.clone();
            let mut n = 1;
            while dialogue::Entity::find().filter(dialogue::Column::Slug.eq(&slug)).one(&txn).await.map_err(internal)?.is_some() {
                n += 1;
                slug = format!("{base}-{n}");
            }
            let mut active = dialogue::ActiveModel {
                slug: Set(slug.clone()),
                published: Set(false),
                closed: Set(false),
                created_at: Set(now),
                ..Default::default()
            };
            set_common(&mut active, form);
            let d = active.insert(&txn).await.map_err(internal)?;
            (d.id, d.slug, "create")
        }
    };

    // Target groups and themes are the dialogue's own settings (kept in every version), so
    // they are replaced as a whole.
    dialogue_target_group::Entity::delete_many()
        .filter(dialogue_target_group::Column::DialogueId.eq(dialogue_id))
        .exec(&txn)
        .await
        .map_err(internal)?;
    for group in &form.groups {
        dialogue_target_group::ActiveModel { dialogue_id: Set(dialogue_id), target_group: Set(group.code().to_string()) }
            .insert(&txn)
            .await
            .map_err(internal)?;
    }
    dialogue_theme::Entity::delete_many()
        .filter(dialogue_theme::Column::DialogueId.eq(dialogue_id))
        .exec(&txn)
        .await
        .map_err(internal)?;
    for theme in &form.themes {
        dialogue_theme::ActiveModel { dialogue_id: Set(dialogue_id), theme: Set(theme.code().to_string()) }
            .insert(&txn)
            .await
            .map_err(internal)?;
    }

    let lang = form.text_lang.code();
    let existing_text = dialogue_text::Entity::find_by_id((dialogue_id, lang.to_string())).one(&txn).await.map_err(internal)?;
    match (&form.text, existing_text) {
        (Some(text), existing) => {
            let row = dialogue_text::ActiveModel {
                dialogue_id: Set(dialogue_id),
                lang: Set(lang.to_string()),
                title: Set(text.title.clone()),
                summary: Set(text.summary.clone()),
                body: Set(text.body.clone()),
                influence: Set(text.influence.clone()),
                not_influence: Set(text.not_influence.clone()),
                decides: Set(text.decides.clone()),
                reviewed: Set(text.reviewed),
            };
            if existing.is_some() { row.update(&txn).await } else { row.insert(&txn).await }.map_err(internal)?;
        }
        // Every text field emptied: the translation is withdrawn (the versions keep it).
        (None, Some(existing)) => {
            dialogue_text::Entity::delete_by_id((existing.dialogue_id, existing.lang)).exec(&txn).await.map_err(internal)?;
        }
        (None, None) => {}
    }

    let questions = question::Entity::find().filter(question::Column::DialogueId.eq(dialogue_id)).all(&txn).await.map_err(internal)?;
    for (id, text) in &form.questions {
        // Only this dialogue's questions: an id from elsewhere is ignored.
        if !questions.iter().any(|q| q.id == *id) {
            continue;
        }
        question_text::Entity::delete_by_id((*id, lang.to_string())).exec(&txn).await.map_err(internal)?;
        if !text.is_empty() {
            question_text::ActiveModel { question_id: Set(*id), lang: Set(lang.to_string()), text: Set(text.clone()) }
                .insert(&txn)
                .await
                .map_err(internal)?;
        }
    }
    if let Some(text) = &form.new_question {
        let position = questions.iter().map(|q| q.position).max().unwrap_or(0) + 1;
        let q = question::ActiveModel { dialogue_id: Set(dialogue_id), position: Set(position), ..Default::default() }
            .insert(&txn)
            .await
            .map_err(internal)?;
        question_text::ActiveModel { question_id: Set(q.id), lang: Set(lang.to_string()), text: Set(text.clone()) }
            .insert(&txn)
            .await
            .map_err(internal)?;
    }

    record_version(&txn, editor, &slug, action, Some(lang)).await?;
    txn.commit().await.map_err(internal)?;
    Ok(slug)
}

fn set_common(active: &mut dialogue::ActiveModel, form: &ValidDialogue) {
    active.place = Set(form.place.code().to_string());
    active.participation_level = Set(form.level.code().to_string());
    active.opens_on = Set(form.opens_on);
    active.closes_on = Set(form.closes_on);
    active.decision_on = Set(form.decision_on);
    active.contact_name = Set(form.contact_name.clone());
    active.contact_email = Set(form.contact_email.clone());
    active.contact_phone = Set(form.contact_phone.clone());
    active.moderation = Set(form.moderation.code().to_string());
}

/// Writes the dialogue as it now is as its next version, and the matching audit entry.
async fn record_version<C: ConnectionTrait>(
    txn: &C,
    editor: &Staff,
    slug: &str,
    action: &str,
    reason: Option<&str>,
) -> Result<(), StaffError> {
    let (d, snapshot) = load_snapshot(txn, slug).await?;
    let last = dialogue_version::Entity::find()
        .filter(dialogue_version::Column::DialogueId.eq(d.id))
        .order_by_desc(dialogue_version::Column::Number)
        .one(txn)
        .await
        .map_err(internal)?
        .map_or(0, |v| v.number);
    dialogue_version::ActiveModel {
        dialogue_id: Set(d.id),
        number: Set(last + 1),
        action: Set(action.to_string()),
        staff_id: Set(editor.id),
        at: Set(chrono::Utc::now()),
        snapshot: Set(serde_json::to_string(&snapshot).map_err(internal)?),
        ..Default::default()
    }
    .insert(txn)
    .await
    .map_err(internal)?;
    audit(txn, Some(editor.id), &format!("dialogue-{action}"), &format!("dialogue:{slug}"), reason).await
}

/// What an editor asks of a dialogue's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StateChange {
    /// Make it public. `confirmed`: the editor has confirmed publishing without the minority
    /// languages that are missing.
    Publish { confirmed: bool },
    /// Stop taking views, before the closing date if need be.
    Close,
}

/// Why a state change did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StateError {
    /// These minority languages are missing; publishing needs the editor's confirmation.
    NeedsConfirmation(Vec<Lang>),
    Staff(StaffError),
}

impl From<StaffError> for StateError {
    fn from(error: StaffError) -> Self {
        StateError::Staff(error)
    }
}

/// Publishes or closes a dialogue, as a new version with an audit entry.
///
/// # Errors
/// [`StateError::NeedsConfirmation`] naming the missing languages; [`StaffError::Gone`] when
/// the dialogue is unknown or already in that state; [`StaffError::Internal`].
pub async fn change_state(db: &DatabaseConnection, editor: &Staff, slug: &str, change: StateChange) -> Result<(), StateError> {
    let txn = db.begin().await.map_err(internal)?;
    let (d, snapshot) = load_snapshot(&txn, slug).await?;
    let by_id = dialogue::Entity::update_many().filter(dialogue::Column::Id.eq(d.id));
    // Each change only applies from the state it starts from: two editors cannot both do it.
    let (update, action, reason) = match change {
        StateChange::Publish { confirmed } => {
            let missing = snapshot.missing_minority_languages();
            if !missing.is_empty() && !confirmed {
                return Err(StateError::NeedsConfirmation(missing));
            }
            // The audit entry says which languages it was published without.
            let reason = (!missing.is_empty()).then(|| missing.iter().map(|l| l.code()).collect::<Vec<_>>().join(", "));
            let update = if d.published {
                // A closed dialogue opened again.
                by_id.col_expr(dialogue::Column::Closed, Expr::value(false)).filter(dialogue::Column::Closed.eq(true))
            } else {
                by_id
                    .col_expr(dialogue::Column::Published, Expr::value(true))
                    .col_expr(dialogue::Column::Closed, Expr::value(false))
                    .filter(dialogue::Column::Published.eq(false))
            };
            (update, "publish", reason)
        }
        StateChange::Close => {
            let update = by_id
                .col_expr(dialogue::Column::Closed, Expr::value(true))
                .filter(dialogue::Column::Published.eq(true))
                .filter(dialogue::Column::Closed.eq(false));
            (update, "close", None)
        }
    };
    if update.exec(&txn).await.map_err(internal)?.rows_affected != 1 {
        return Err(StaffError::Gone.into());
    }
    record_version(&txn, editor, slug, action, reason.as_deref()).await?;
    txn.commit().await.map_err(internal)?;
    Ok(())
}

/// One saved version, for the history page.
#[derive(Debug, Clone, PartialEq)]
pub struct Version {
    pub number: i32,
    pub action: String,
    pub by: String,
    pub at: chrono::DateTime<chrono::Utc>,
    pub snapshot: Snapshot,
}

/// Every version of a dialogue, newest first.
///
/// # Errors
/// [`StaffError::Gone`] for an unknown slug; [`StaffError::Internal`] on a database failure.
pub async fn history(db: &DatabaseConnection, _editor: &Staff, slug: &str) -> Result<Vec<Version>, StaffError> {
    let d = find(db, slug).await?;
    let versions = dialogue_version::Entity::find()
        .filter(dialogue_version::Column::DialogueId.eq(d.id))
        .order_by_desc(dialogue_version::Column::Number)
        .all(db)
        .await
        .map_err(internal)?;
    let authors = staff::Entity::find().all(db).await.map_err(internal)?;
    Ok(versions
        .into_iter()
        .map(|v| Version {
            number: v.number,
            by: authors.iter().find(|a| a.id == v.staff_id).map(|a| a.email.clone()).unwrap_or_default(),
            action: v.action,
            at: v.at,
            snapshot: serde_json::from_str(&v.snapshot).unwrap_or_default(),
        })
        .collect())
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
        let mut all: Vec<(String, String)> = base.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        for (k, v) in extra {
            all.retain(|(name, _)| name != k);
            all.push((k.to_string(), v.to_string()));
        }
        all
    }

    #[test]
    fn a_complete_swedish_form_is_valid() {
        let valid = DialogueForm::from_pairs(pairs(&[])).validate(true).expect("valid");
        assert_eq!(valid.place, Place::Racksta);
        assert_eq!(valid.text.expect("text").title, "Ny lekplats i Råcksta");
    }

    #[test]
    fn every_problem_is_reported_at_its_field() {
        let form = DialogueForm::from_pairs(pairs(&[("title", ""), ("closes", "2027-01-01"), ("contact-email", "anna"), ("decision", "snart")]));
        let problems = form.validate(true).expect_err("invalid");
        assert!(problems.contains(&("title".to_string(), EditorProblem::Required)));
        assert!(problems.contains(&("closes".to_string(), EditorProblem::DatesOrder)));
        assert!(problems.contains(&("contact-email".to_string(), EditorProblem::Email)));
        assert!(problems.contains(&("decision".to_string(), EditorProblem::Date)));
    }

    #[test]
    fn a_new_dialogue_starts_in_swedish_and_a_translation_may_be_left_empty() {
        let problems = DialogueForm::from_pairs(pairs(&[("text-lang", "fi")])).validate(true).expect_err("sv first");
        assert!(problems.iter().any(|(_, p)| *p == EditorProblem::SwedishFirst));
        let empty_fi = pairs(&[("text-lang", "fi"), ("title", ""), ("summary", ""), ("body", "")]);
        let valid = DialogueForm::from_pairs(empty_fi).validate(false).expect("empty translation");
        assert_eq!(valid.text, None);
    }

    #[test]
    fn slugs_are_readable_and_url_safe() {
        assert_eq!(slugify("Ny lekplats i Råcksta!"), "ny-lekplats-i-racksta");
        assert_eq!(slugify("Öppet hus – Vällingby"), "oppet-hus-vallingby");
        assert_eq!(slugify("???"), "dialog");
    }

    #[test]
    fn publishing_asks_about_missing_minority_languages_only() {
        let mut snapshot = Snapshot { questions: vec![SnapshotQuestion { id: 1, position: 1, texts: BTreeMap::new() }], ..Default::default() };
        for lang in ["sv", "fi", "en"] {
            snapshot.texts.push(SnapshotText { lang: lang.to_string(), ..Default::default() });
            snapshot.questions[0].texts.insert(lang.to_string(), "?".to_string());
        }
        assert_eq!(snapshot.missing_minority_languages(), vec![Lang::Fit, Lang::Se, Lang::Smj, Lang::Sma]);
        snapshot.questions[0].texts.remove("fi");
        assert!(snapshot.missing_minority_languages().contains(&Lang::Fi), "a missing question counts");
    }
}
