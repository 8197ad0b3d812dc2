//! A dialogue as it was at one moment: what each version stores whole, what the editor
//! shows, and the language panel that tells which languages are missing before publishing.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::audit::AuditAction;
use crate::codes::code_enum;
use crate::dialogues::model::{Contact, Texts};
use crate::domain::{dialogue_status, DialogueStatus, EditorState, MINORITY_LANGS};
use crate::feedback::model::FeedbackSnapshot;
use crate::lang::Lang;

code_enum! {
    /// What made a version: the history names it through `version-action-<code>`.
    VersionAction {
        Create = "create",
        Edit = "edit",
        Publish = "publish",
        Close = "close",
        FeedbackEdit = "feedback-edit",
        FeedbackPublish = "feedback-publish",
        /// A translator saved a language's texts.
        Translate = "translate",
        /// The dialogue as it stood before its first change in the portal, kept so that
        /// translations made before then have a Swedish to be compared with.
        Baseline = "baseline",
    }
}

impl VersionAction {
    /// The audit log's name for the same act; `None` for a baseline, which is no act.
    pub fn audit(self) -> Option<AuditAction> {
        Some(match self {
            VersionAction::Create => AuditAction::DialogueCreate,
            VersionAction::Edit => AuditAction::DialogueEdit,
            VersionAction::Publish => AuditAction::DialoguePublish,
            VersionAction::Close => AuditAction::DialogueClose,
            VersionAction::FeedbackEdit => AuditAction::FeedbackEdit,
            VersionAction::FeedbackPublish => AuditAction::FeedbackPublish,
            VersionAction::Translate => AuditAction::Translate,
            VersionAction::Baseline => return None,
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
    #[serde(flatten)]
    pub contact: Contact,
    pub moderation: String,
    pub published: bool,
    pub closed: bool,
    pub texts: Vec<SnapshotText>,
    pub questions: Vec<SnapshotQuestion>,
    /// The feedback, once an editor has written some. Versions from before feedback existed
    /// read back without it.
    #[serde(default)]
    pub feedback: Option<FeedbackSnapshot>,
    /// The easy-to-read Swedish, when an editor wrote one (older versions read back without).
    #[serde(default)]
    pub easy: Option<crate::dialogues::easy::EasyText>,
}

/// A dialogue's texts in one language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotText {
    pub lang: String,
    #[serde(flatten)]
    pub text: Texts,
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
    /// The feedback in this language.
    pub feedback: TextState,
}

impl TextState {
    fn of(found: Option<bool>) -> Self {
        match found {
            None => TextState::Missing,
            Some(true) => TextState::Reviewed,
            Some(false) => TextState::Draft,
        }
    }
}

/// What every translation is made from: the Swedish texts and the Swedish questions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Source {
    pub text: Texts,
    /// Each question's id and Swedish text, in order.
    pub questions: Vec<(i32, String)>,
}

impl Snapshot {
    /// The Swedish a translation of this version follows.
    pub fn source(&self) -> Source {
        Source {
            text: self
                .texts
                .iter()
                .find(|t| t.lang == Lang::Sv.code())
                .map(|t| t.text.clone())
                .unwrap_or_default(),
            questions: self
                .questions
                .iter()
                .map(|q| {
                    (
                        q.id,
                        q.texts.get(Lang::Sv.code()).cloned().unwrap_or_default(),
                    )
                })
                .collect(),
        }
    }

    /// The state the editor sees, by today's date in Stockholm.
    pub fn state(&self, today: NaiveDate) -> EditorState {
        if !self.published {
            EditorState::Draft
        } else if self.closed
            || dialogue_status(today, self.opens_on, self.closes_on) == DialogueStatus::Closed
        {
            EditorState::Closed
        } else {
            EditorState::Published
        }
    }

    /// The Swedish title (every dialogue has one: it is written first).
    pub fn title(&self) -> String {
        self.texts
            .iter()
            .find(|t| t.lang == Lang::Sv.code())
            .map(|t| t.text.title.clone())
            .unwrap_or_default()
    }

    /// Per language: are the texts missing, a draft, or reviewed, and how many questions have a text.
    pub fn language_panel(&self) -> Vec<LanguageRow> {
        Lang::ALL
            .into_iter()
            .map(|lang| {
                let texts = TextState::of(
                    self.texts
                        .iter()
                        .find(|t| t.lang == lang.code())
                        .map(|t| t.reviewed),
                );
                let questions_done = self
                    .questions
                    .iter()
                    .filter(|q| q.texts.contains_key(lang.code()))
                    .count();
                LanguageRow {
                    lang,
                    texts,
                    questions_done,
                    questions_total: self.questions.len(),
                    feedback: self.feedback_state(lang),
                }
            })
            .collect()
    }

    /// A closed dialogue whose feedback is not published `due_days` after it closed.
    pub fn feedback_overdue(&self, today: NaiveDate, due_days: i64) -> bool {
        let published = self.feedback.as_ref().is_some_and(|f| f.published);
        self.state(today) == EditorState::Closed
            && !published
            && (today - self.closes_on.min(today)).num_days() > due_days
    }

    /// Whether the feedback exists in `lang`, and is reviewed.
    pub fn feedback_state(&self, lang: Lang) -> TextState {
        let text = self
            .feedback
            .as_ref()
            .and_then(|f| f.texts.iter().find(|t| t.lang == lang.code()));
        TextState::of(text.map(|t| t.reviewed))
    }

    /// The national minority languages the feedback is missing in: what publishing it must be
    /// confirmed for.
    pub fn missing_feedback_languages(&self) -> Vec<Lang> {
        MINORITY_LANGS
            .into_iter()
            .filter(|lang| self.feedback_state(*lang) == TextState::Missing)
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
                    row.lang == *lang
                        && (row.texts == TextState::Missing
                            || row.questions_done < row.questions_total)
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn publishing_asks_about_missing_minority_languages_only() {
        let mut snapshot = Snapshot {
            questions: vec![SnapshotQuestion {
                id: 1,
                position: 1,
                texts: BTreeMap::new(),
            }],
            ..Default::default()
        };
        for lang in ["sv", "fi", "en"] {
            snapshot.texts.push(SnapshotText {
                lang: lang.to_string(),
                ..Default::default()
            });
            snapshot.questions[0]
                .texts
                .insert(lang.to_string(), "?".to_string());
        }
        assert_eq!(
            snapshot.missing_minority_languages(),
            vec![Lang::Fit, Lang::Se, Lang::Smj, Lang::Sma]
        );
        snapshot.questions[0].texts.remove("fi");
        assert!(
            snapshot.missing_minority_languages().contains(&Lang::Fi),
            "a missing question counts"
        );
    }
}

#[cfg(test)]
mod stored {
    use super::*;
    use crate::feedback::model::{FeedbackSnapshot, FeedbackSnapshotText};

    #[test]
    fn a_version_with_feedback_per_question_reads_back_whole() {
        let mut feedback = FeedbackSnapshot::default();
        feedback.texts.push(FeedbackSnapshotText {
            lang: "sv".into(),
            ..Default::default()
        });
        feedback
            .questions
            .entry(7)
            .or_default()
            .insert("sv".into(), "Fler bänkar".into());
        let snapshot = Snapshot {
            feedback: Some(feedback),
            ..Default::default()
        };
        let stored = serde_json::to_string(&snapshot).expect("stored");
        let read: Snapshot = serde_json::from_str(&stored).expect("reads back");
        assert_eq!(read, snapshot);
    }
}
