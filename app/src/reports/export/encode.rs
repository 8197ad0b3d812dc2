//! Writing exported views as CSV or JSON, a batch at a time.
//!
//! CSV is written for Excel with Swedish settings: UTF-8 with a byte-order mark, `;` between
//! fields, CRLF line ends, quoting per RFC 4180, ISO dates. A text that Excel would read as a
//! formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) gets a leading `'`, so
//! that a resident's text cannot run in the official's spreadsheet; the JSON keeps it as
//! written.

use super::{Column, Exported, Format, Kind};

/// Renders rows as CSV or JSON pieces.
#[derive(Debug, Clone)]
pub struct Encoder {
    pub kind: Kind,
    pub format: Format,
    pub slug: String,
    pub columns: Vec<Column>,
}

impl Encoder {
    /// What comes before the first view: the byte-order mark and header row, or the JSON
    /// document's opening.
    pub fn head(&self) -> Vec<u8> {
        match self.format {
            Format::Csv => {
                let mut out = "\u{feff}".as_bytes().to_vec();
                out.extend(self.csv(&[self.header()]));
                out
            }
            Format::Json => {
                let questions = serde_json::to_string(&self.columns).unwrap_or_default();
                let kind = match self.kind {
                    Kind::Public => "public",
                    Kind::Full => "full",
                };
                format!(
                    "{{\"dialogue\":{},\"export\":\"{kind}\",\"questions\":{questions},\"views\":[",
                    serde_json::Value::String(self.slug.clone())
                )
                .into_bytes()
            }
        }
    }

    /// A batch of views; `first`: no view was written before (JSON needs no comma then).
    pub fn rows(&self, views: &[(i32, Exported)], first: bool) -> Vec<u8> {
        match self.format {
            Format::Csv => {
                let records: Vec<Vec<String>> = views.iter().map(|(_, v)| self.record(v)).collect();
                self.csv(&records)
            }
            Format::Json => {
                let mut out = Vec::new();
                for (i, (_, v)) in views.iter().enumerate() {
                    if !(first && i == 0) {
                        out.push(b',');
                    }
                    // Serialising plain strings and numbers cannot fail.
                    out.extend(serde_json::to_vec(v).unwrap_or_default());
                }
                out
            }
        }
    }

    /// What comes after the last view.
    pub fn tail(&self) -> Vec<u8> {
        match self.format {
            Format::Csv => Vec::new(),
            Format::Json => b"]}".to_vec(),
        }
    }

    fn header(&self) -> Vec<String> {
        let full = self.kind == Kind::Full;
        let fixed: &[&str] = if full {
            &[
                "id",
                "reference",
                "date",
                "time",
                "language",
                "channel",
                "status",
                "moderation_reason",
                "consent_publish",
                "name",
                "age_group",
                "gender",
                "area",
            ]
        } else {
            &["id", "date", "language", "name"]
        };
        let mut header: Vec<String> = fixed.iter().map(|s| s.to_string()).collect();
        for (i, c) in self.columns.iter().enumerate() {
            header.push(format!("q{}: {}", i + 1, c.text));
            if full {
                header.push(format!("q{} original", i + 1));
            }
        }
        header.push("general".into());
        if full {
            header.push("general original".into());
            header.push("working translation (sv)".into());
        }
        header
    }

    fn record(&self, v: &Exported) -> Vec<String> {
        let full = self.kind == Kind::Full;
        let text = |s: &Option<String>| s.clone().unwrap_or_default();
        let mut record = vec![v.id.to_string()];
        if full {
            record.extend([
                text(&v.reference),
                v.date.clone(),
                text(&v.time),
                v.language.clone(),
                text(&v.channel),
                text(&v.status),
                text(&v.moderation_reason),
                v.consent_publish
                    .map_or(String::new(), |c| if c { "yes" } else { "no" }.into()),
                text(&v.name),
                text(&v.age_group),
                text(&v.gender),
                text(&v.area),
            ]);
        } else {
            record.extend([v.date.clone(), v.language.clone(), text(&v.name)]);
        }
        for c in &self.columns {
            let answer = v.answers.iter().find(|a| a.question_id == c.id);
            record.push(answer.map(|a| a.text.clone()).unwrap_or_default());
            if full {
                record.push(answer.and_then(|a| a.original.clone()).unwrap_or_default());
            }
        }
        record.push(text(&v.general));
        if full {
            record.push(text(&v.general_original));
            record.push(text(&v.working_translation));
        }
        record.into_iter().map(|f| defuse(&f)).collect()
    }

    fn csv(&self, records: &[Vec<String>]) -> Vec<u8> {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(csv::Terminator::CRLF)
            .has_headers(false)
            .from_writer(Vec::new());
        for record in records {
            // Writing to memory cannot fail.
            let _ = writer.write_record(record);
        }
        writer.into_inner().unwrap_or_default()
    }
}

/// A text Excel would take for a formula, made plain text with a leading apostrophe.
fn defuse(field: &str) -> String {
    if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{field}")
    } else {
        field.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reports::export::Answer;

    fn encoder(kind: Kind) -> Encoder {
        Encoder {
            kind,
            format: Format::Csv,
            slug: "park".into(),
            columns: vec![Column {
                id: 7,
                text: "Vad saknas?".into(),
            }],
        }
    }

    fn exported() -> Exported {
        Exported {
            id: 1,
            reference: None,
            date: "2026-03-01".into(),
            time: None,
            language: "sv".into(),
            channel: None,
            status: None,
            moderation_reason: None,
            name: Some("Anna".into()),
            consent_publish: None,
            age_group: None,
            gender: None,
            area: None,
            answers: vec![Answer {
                question_id: 7,
                text: "Bänkar; \"gärna\" många\noch gröna".into(),
                original: None,
            }],
            general: Some("=HYPERLINK(\"x\")".into()),
            general_original: None,
            working_translation: None,
        }
    }

    #[test]
    fn csv_is_what_excel_with_swedish_settings_reads() {
        let e = encoder(Kind::Public);
        let head = String::from_utf8(e.head()).expect("utf-8");
        assert!(head.starts_with('\u{feff}'));
        assert_eq!(
            head.trim_start_matches('\u{feff}'),
            "id;date;language;name;q1: Vad saknas?;general\r\n"
        );
        let row = String::from_utf8(e.rows(&[(1, exported())], true)).expect("utf-8");
        assert_eq!(
            row,
            "1;2026-03-01;sv;Anna;\"Bänkar; \"\"gärna\"\" många\noch gröna\";\"'=HYPERLINK(\"\"x\"\")\"\r\n"
        );
    }

    #[test]
    fn json_is_one_document_whatever_the_batches() {
        let mut e = encoder(Kind::Public);
        e.format = Format::Json;
        let mut out = e.head();
        out.extend(e.rows(&[(1, exported()), (2, exported())], true));
        out.extend(e.rows(&[(3, exported())], false));
        out.extend(e.tail());
        let doc: serde_json::Value = serde_json::from_slice(&out).expect("valid JSON");
        assert_eq!(doc["views"].as_array().map(Vec::len), Some(3));
        assert_eq!(doc["views"][0]["general"], "=HYPERLINK(\"x\")");
        assert!(doc["views"][0].get("age_group").is_none());
    }
}
