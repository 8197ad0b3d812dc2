//! The district's numbers: reports, exports and the open-data API over a dialogue of 10,000
//! generated views, each figure checked against counts this test makes itself from what the
//! generator says it wrote; small numbers protected in every output; the API's behaviour as a
//! reader meets it.

use std::collections::HashMap;

use app::access::Role;
use app::db::entities::{audit_entry, view};
use app::db::generate::{self, Generated};
use app::domain::{AgeGroup, Gender, HomeArea, ViewStatus, REDACTED};
use app::lang::Lang;
use app::reports::model::{Breakdown, Cell, Dimension, EARLIER_TEXT, NOT_ANSWERED};
use app::reports::service::{participation, Scope};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::helpers::{DialogueSpec, Fixture, TestApp};

const VIEWS: usize = 10_000;

/// A closed dialogue (the public summary is shown once closed) with two questions.
async fn closed_dialogue(app: &TestApp, slug: &'static str) -> Fixture {
    app.dialogue(DialogueSpec {
        slug,
        opens_in: -40,
        closes_in: -1,
        ..Default::default()
    })
    .await
}

/// Whether a protected cell tells the truth about `n`.
fn agrees(cell: Cell, n: u64) -> bool {
    match cell {
        Cell::Count(shown) => shown == n && (n == 0 || n >= 5),
        Cell::FewerThan5 => (1..5).contains(&n),
        // Only a figure that is not small itself is withheld.
        Cell::Withheld => n >= 5,
    }
}

fn check(breakdown: &Breakdown, counts: &HashMap<String, u64>) {
    let mut seen = 0;
    for row in &breakdown.rows {
        let n = counts.get(&row.key).copied().unwrap_or(0);
        seen += n;
        assert!(
            agrees(row.cell, n),
            "{:?} {}: {:?} for {n}",
            breakdown.dimension,
            row.key,
            row.cell
        );
    }
    let all: u64 = counts.values().sum();
    assert_eq!(
        seen, all,
        "{:?}: every view in some row",
        breakdown.dimension
    );
}

fn tally<F: Fn(&Generated) -> String>(made: &[Generated], key: F) -> HashMap<String, u64> {
    let mut counts = HashMap::new();
    for g in made {
        *counts.entry(key(g)).or_insert(0) += 1;
    }
    counts
}

fn optional(code: Option<&'static str>) -> String {
    code.unwrap_or(NOT_ANSWERED).to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn ten_thousand_views_are_reported_exported_and_served_as_counted() {
    for app in TestApp::each_backend().await {
        let d = closed_dialogue(&app, "stor-dialog").await;
        let first_day = app::state::today_in_stockholm() - chrono::Duration::days(40);
        let made = generate::views(&app.db, d.id, &d.questions, VIEWS, first_day, 39, 7)
            .await
            .expect("generated");
        assert_eq!(made.len(), VIEWS);

        // The report, against our own counts.
        let report = participation(&app.db, Scope::Dialogue(d.id), Lang::Sv)
            .await
            .expect("report");
        assert_eq!(report.total, Cell::Count(VIEWS as u64));
        for breakdown in &report.breakdowns {
            let counts = match breakdown.dimension {
                Dimension::Status => tally(&made, |g| g.status.code().into()),
                Dimension::Language => tally(&made, |g| g.lang.code().into()),
                Dimension::Channel => tally(&made, |g| g.channel.code().into()),
                Dimension::Age => tally(&made, |g| optional(g.age.map(AgeGroup::code))),
                Dimension::Gender => tally(&made, |g| optional(g.gender.map(Gender::code))),
                Dimension::Area => tally(&made, |g| match &g.area {
                    None => NOT_ANSWERED.into(),
                    Some(a) if HomeArea::from_code(a).is_some() => a.clone(),
                    Some(_) => EARLIER_TEXT.into(),
                }),
                other => panic!("unexpected breakdown {other:?}"),
            };
            check(breakdown, &counts);
        }
        check(&report.days, &tally(&made, |g| g.day.to_string()));
        let questions = report
            .questions
            .expect("a dialogue's report counts answers");
        for (i, row) in questions.rows.iter().enumerate() {
            let n = made.iter().filter(|g| g.answered[i]).count() as u64;
            assert!(agrees(row.cell, n), "question {i}: {:?} for {n}", row.cell);
        }
        // The period report covers these views too.
        let period = participation(
            &app.db,
            Scope::Period {
                from: first_day,
                to: app::state::today_in_stockholm(),
            },
            Lang::Sv,
        )
        .await
        .expect("period report");
        assert_eq!(period.total, Cell::Count(VIEWS as u64));

        app.staff("admin@example.stockholm.se", Role::Admin).await;
        let admin = app.session("admin@example.stockholm.se").await;
        let csrf = app.csrf(&admin).await;
        let (status, page) = app
            .get_as(Some(&admin), &format!("/sv/staff/reports/{}", d.slug))
            .await;
        assert_eq!(status, 200);
        let page = app::i18n::strip_isolation(&page);
        assert!(page.contains("10000 synpunkter sammanlagt"), "total shown");
        assert!(
            page.matches("<svg role=\"img\"").count() >= 8,
            "a chart per figure"
        );

        // The public CSV export: published views whose writers consented, nothing personal.
        let public: Vec<&Generated> = made
            .iter()
            .filter(|g| g.status == ViewStatus::Published && g.consent)
            .collect();
        let res = app
            .post_as(
                Some(&admin),
                &format!("/sv/staff/reports/{}/export", d.slug),
                &[("csrf", csrf.as_str()), ("format", "csv")],
            )
            .await;
        assert_eq!(res.status().as_u16(), 200);
        assert!(res.headers()["content-type"]
            .to_str()
            .expect("ascii")
            .starts_with("text/csv"));
        let bytes = res.bytes().await.expect("body");
        assert!(bytes.starts_with("\u{feff}".as_bytes()), "BOM for Excel");
        let text = std::str::from_utf8(&bytes[3..]).expect("UTF-8");
        assert!(text.contains("\r\n"), "CRLF");
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(text.as_bytes());
        let header = reader.headers().expect("header").clone();
        assert!(header.iter().any(|h| h.starts_with("q1: ")));
        assert!(!header.iter().any(|h| h == "age_group" || h == "area"));
        let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
        assert_eq!(records.len(), public.len());
        // Rows carry the view's number, never the writer's receipt reference.
        assert!(
            !text.contains("GEN-"),
            "no receipt reference in the open export"
        );
        let id_of = |reference: &str| {
            let reference = reference.to_string();
            let db = app.db.clone();
            async move {
                view::Entity::find()
                    .filter(view::Column::Reference.eq(reference))
                    .one(&db)
                    .await
                    .expect("db")
                    .expect("the view")
                    .id
            }
        };
        let redacted = public.iter().find(|g| g.redacted).expect("a redacted view");
        let redacted_id = id_of(&redacted.reference).await;
        let row = records
            .iter()
            .find(|r| r[0] == redacted_id.to_string())
            .expect("its row");
        assert!(row.iter().any(|f| f.contains(REDACTED)));
        assert!(
            !row.iter().any(|f| f.contains("070-123")),
            "the redacted part is not exported"
        );

        // Compressed for a browser, the stream still ends properly.
        let res = app
            .client
            .post(app.url(&format!("/sv/staff/reports/{}/export", d.slug)))
            .header("cookie", &admin.cookie)
            .header("accept-encoding", "gzip")
            .form(&[("csrf", csrf.as_str()), ("format", "json")])
            .send()
            .await
            .expect("POST");
        assert_eq!(res.headers()["content-encoding"], "gzip");
        assert!(!res.bytes().await.expect("the whole body").is_empty());

        // The full export: refused without a reason, then every view, logged with the reason.
        let full = format!("/sv/staff/reports/{}/export-full", d.slug);
        let res = app
            .post_as(
                Some(&admin),
                &full,
                &[("csrf", csrf.as_str()), ("format", "json")],
            )
            .await;
        assert_eq!(res.status().as_u16(), 422);
        let reason = "Begäran om allmän handling, dnr 2026/123";
        let res = app
            .post_as(
                Some(&admin),
                &full,
                &[
                    ("csrf", csrf.as_str()),
                    ("format", "json"),
                    ("reason", reason),
                ],
            )
            .await;
        assert_eq!(res.status().as_u16(), 200);
        assert_eq!(res.headers()["cache-control"], "no-store");
        let doc: serde_json::Value = res.json().await.expect("JSON");
        let views = doc["views"].as_array().expect("views");
        assert_eq!(views.len(), VIEWS);
        let original = views
            .iter()
            .find(|v| v["id"] == redacted_id)
            .expect("the redacted view");
        assert_eq!(original["reference"], redacted.reference.as_str());
        assert!(original["answers"][0]["original"]
            .as_str()
            .is_some_and(|t| t.contains("070-123")));
        let rejected = views
            .iter()
            .find(|v| v["status"] == "rejected")
            .expect("a rejected view");
        assert_eq!(rejected["moderation_reason"], "off-topic");
        let logged = audit_entry::Entity::find()
            .filter(audit_entry::Column::Action.eq("export-full"))
            .all(&app.db)
            .await
            .expect("audit");
        assert_eq!(
            logged.len(),
            1,
            "logged once: the refused try exported nothing"
        );
        assert!(logged[0]
            .reason
            .as_deref()
            .is_some_and(|r| r.contains(reason)));

        // The API pages through the same public views.
        let mut cursor: Option<String> = None;
        let mut listed = 0;
        loop {
            let mut path = format!("/api/v1/dialogues/{}/views?limit=200", d.slug);
            if let Some(c) = &cursor {
                path.push_str(&format!("&cursor={c}"));
            }
            let page: serde_json::Value = app.get(&path).await.json().await.expect("JSON");
            listed += page["items"].as_array().expect("items").len();
            match page["next_cursor"].as_str() {
                Some(c) => cursor = Some(c.to_string()),
                None => break,
            }
        }
        assert_eq!(listed, public.len());
        let finnish = public.iter().filter(|g| g.lang == Lang::Fi).count();
        let page: serde_json::Value = app
            .get(&format!(
                "/api/v1/dialogues/{}/views?lang=fi&limit=200",
                d.slug
            ))
            .await
            .json()
            .await
            .expect("JSON");
        assert_eq!(
            page["items"].as_array().expect("items").len(),
            finnish.min(200)
        );
        let summary: serde_json::Value = app
            .get(&format!("/api/v1/dialogues/{}/summary", d.slug))
            .await
            .json()
            .await
            .expect("JSON");
        let took_part = made
            .iter()
            .filter(|g| g.status != ViewStatus::Rejected)
            .count();
        assert_eq!(summary["total"]["count"], took_part);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_small_group_is_never_shown_nor_left_to_work_out_from_the_total() {
    for app in TestApp::each_backend().await {
        let d = closed_dialogue(&app, "liten-dialog").await;
        let first_day = app::state::today_in_stockholm() - chrono::Duration::days(30);
        // 40 in Swedish, 12 in English and 3 in Finnish: 3 would be 55 - 40 - 12 if English
        // were shown.
        use sea_orm::{ActiveModelTrait, Set};
        for (lang, n) in [("sv", 40), ("en", 12), ("fi", 3)] {
            for i in 0..n {
                view::ActiveModel {
                    dialogue_id: Set(d.id),
                    reference: Set(format!("HV-{lang}-{i}")),
                    idempotency_key: Set(format!("k-{lang}-{i}")),
                    lang: Set(lang.into()),
                    consent_publish: Set(true),
                    status: Set("published".into()),
                    general: Set(Some("Bra".into())),
                    created_at: Set(first_day.and_hms_opt(12, 0, 0).expect("time").and_utc()),
                    channel: Set("web".into()),
                    needs_translation: Set(false),
                    ..Default::default()
                }
                .insert(&app.db)
                .await
                .expect("view");
            }
        }
        let summary: serde_json::Value = app
            .get(&format!("/api/v1/dialogues/{}/summary", d.slug))
            .await
            .json()
            .await
            .expect("JSON");
        let figure = |key: &str| {
            summary["languages"]
                .as_array()
                .expect("rows")
                .iter()
                .find(|r| r["key"] == key)
                .map(|r| r["figure"].clone())
                .expect("row")
        };
        assert_eq!(summary["total"]["count"], 55);
        assert_eq!(figure("sv")["count"], 40);
        assert_eq!(figure("fi")["protected"], "fewer-than-5");
        assert_eq!(figure("en")["protected"], "withheld");
        assert!(figure("en")["count"].is_null());

        // The dialogue page says the same, in words.
        let (status, page) = app.get_text(&format!("/sv/dialogues/{}", d.slug)).await;
        assert_eq!(status, 200);
        assert!(page.contains("Vilka som deltog"));
        assert!(page.contains("färre än 5"));
        assert!(page.contains("hålls inne"));
        assert!(
            !page.contains("<td>12</td>"),
            "the English figure is withheld"
        );
        assert!(!page.contains("<td>3</td>"));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_api_answers_as_an_open_data_api_should() {
    for app in TestApp::each_backend().await {
        let open = app.dialogue(DialogueSpec::default()).await;
        let draft = app
            .dialogue(DialogueSpec {
                slug: "utkast",
                published: false,
                ..Default::default()
            })
            .await;

        // Every published dialogue, with texts per language; no drafts.
        let res = app.get("/api/v1/dialogues").await;
        assert_eq!(res.status().as_u16(), 200);
        let etag = res.headers()["etag"].to_str().expect("etag").to_string();
        assert!(res.headers()["cache-control"]
            .to_str()
            .expect("ascii")
            .contains("max-age"));
        let list: serde_json::Value = res.json().await.expect("JSON");
        let slugs: Vec<&str> = list["items"]
            .as_array()
            .expect("items")
            .iter()
            .filter_map(|d| d["slug"].as_str())
            .collect();
        assert_eq!(slugs, [open.slug.as_str()]);
        assert_eq!(list["items"][0]["state"], "open");
        let langs: Vec<&str> = list["items"][0]["texts"]
            .as_array()
            .expect("texts")
            .iter()
            .filter_map(|t| t["lang"].as_str())
            .collect();
        assert_eq!(langs, ["sv", "en"]);

        // Revalidation: the same bytes are not sent again.
        let res = app
            .client
            .get(app.url("/api/v1/dialogues"))
            .header("if-none-match", &etag)
            .send()
            .await
            .expect("GET");
        assert_eq!(res.status().as_u16(), 304);

        // Any origin may read it.
        let res = app
            .client
            .get(app.url("/api/v1/dialogues"))
            .header("origin", "https://data.example.org")
            .send()
            .await
            .expect("GET");
        assert_eq!(res.headers()["access-control-allow-origin"], "*");

        // Errors are problem details.
        for (path, status) in [
            (format!("/api/v1/dialogues/{}", draft.slug), 404),
            ("/api/v1/dialogues/finns-inte/views".to_string(), 404),
            (
                format!("/api/v1/dialogues/{}/views?lang=xx", open.slug),
                400,
            ),
            (
                format!("/api/v1/dialogues/{}/views?limit=100000", open.slug),
                400,
            ),
            (
                format!("/api/v1/dialogues/{}/views?from=igår", open.slug),
                400,
            ),
            // Figures are told once the dialogue has closed.
            (format!("/api/v1/dialogues/{}/summary", open.slug), 404),
            ("/api/v1/nothing".to_string(), 404),
        ] {
            let res = app.get(&path).await;
            assert_eq!(res.status().as_u16(), status, "{path}");
            assert_eq!(
                res.headers()["content-type"],
                "application/problem+json",
                "{path}"
            );
            let problem: serde_json::Value = res.json().await.expect("JSON");
            assert_eq!(problem["status"], status);
            assert!(problem["detail"].as_str().is_some_and(|d| !d.is_empty()));
        }

        // The description and the page that explains it.
        let doc: serde_json::Value = app
            .get("/api/v1/openapi.json")
            .await
            .json()
            .await
            .expect("JSON");
        assert_eq!(doc["openapi"], "3.1.0");
        let (status, page) = app.get_text("/fi/open-data").await;
        assert_eq!(status, 200);
        assert!(page.contains("/api/v1/openapi.json"));
        assert!(page.contains("CC0 1.0"));
    }
}
