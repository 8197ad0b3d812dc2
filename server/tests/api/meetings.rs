//! Beyond the screen: meetings announced, moved and cancelled (versioned, audited, never
//! deleted) as residents and their calendars see them, read back by Python's `icalendar`; views
//! collected at a meeting counted per meeting; short codes on posters and paper forms.

use std::io::Write;
use std::process::{Command, Stdio};

use app::access::Role;
use app::db::entities::{audit_entry, meeting, meeting_version, view};
use app::print::code::encode;
use chrono::Datelike;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::helpers::{DialogueSpec, TestApp};

/// A calendar file as `icalendar` (PyPI), a parser that is not ours, reads it: events with
/// their times in UTC.
fn read_calendar(text: &str) -> serde_json::Value {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let mut child = Command::new(format!("{root}/end2end/.venv/bin/python"))
        .arg(format!("{root}/scripts/check-ics.py"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("end2end/.venv with icalendar: run scripts/install-tools.sh");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(text.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("icalendar");
    assert!(
        out.status.success(),
        "icalendar refused the file: {}\n{text}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("json")
}

fn pairs(form: &[(String, String)]) -> Vec<(&str, &str)> {
    form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}

fn strip(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

#[tokio::test(flavor = "multi_thread")]
async fn a_meeting_is_announced_moved_and_cancelled_and_every_calendar_follows() {
    let year = chrono::Utc::now().year() + 1;
    // A winter and a summer date: Stockholm is UTC+1, then UTC+2.
    let winter = format!("{year}-01-14");
    let summer = format!("{year}-06-10");
    for app in TestApp::each_backend().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        app.staff("ed@example.stockholm.se", Role::Editor).await;
        let ed = app.session("ed@example.stockholm.se").await;
        let csrf = app.csrf(&ed).await;
        let path = format!("/sv/staff/dialogues/{}/meetings", d.slug);
        let form = |date: &str, end: &str| -> Vec<(String, String)> {
            [
                ("csrf", csrf.as_str()),
                ("date", date),
                ("start", "18:00"),
                ("end", end),
                ("place", "grimsta"),
                ("venue", "Grimsta bibliotek"),
                ("address", "Grimstagatan 1, Vällingby"),
                ("languages", "sv"),
                ("languages", "fi"),
                ("interpreting", "sgn"),
                ("step-free", "yes"),
                ("hearing-loop", "yes"),
                ("contact", "Kim Berg, 08-508 00 000"),
            ]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
        };

        // Refused: the end before the start. Everything written comes back; nothing is stored.
        let res = app
            .post_as(Some(&ed), &path, &pairs(&form(&winter, "17:00")))
            .await;
        assert_eq!(res.status().as_u16(), 422);
        let page = strip(&res.text().await.expect("body"));
        assert!(
            page.contains("Sluttiden måste vara efter starttiden"),
            "{page}"
        );
        assert!(page.contains("Grimsta bibliotek"), "the venue is kept");
        assert_eq!(
            meeting::Entity::find().count(&app.db).await.expect("count"),
            0
        );

        let res = app
            .post_as(Some(&ed), &path, &pairs(&form(&winter, "19:30")))
            .await;
        assert_eq!(res.status().as_u16(), 303);
        let m = meeting::Entity::find()
            .one(&app.db)
            .await
            .expect("db")
            .expect("stored");

        // Residents see it on the dialogue page and in the list of meetings.
        let (_, page) = app.get_text(&d.page("sv")).await;
        let page = strip(&page);
        assert!(page.contains("Grimsta bibliotek"), "{page}");
        assert!(page.contains("14 januari"), "{page}");
        assert!(page.contains("18:00–19:30"));
        assert!(page.contains("Svenskt teckenspråk"));
        let (status, list) = app.get_text("/fi/meetings").await;
        assert_eq!(status, 200);
        assert!(list.contains("Grimsta bibliotek"));

        // Its calendar file: Stockholm time (18:00 is 17:00 UTC in January), the link back.
        let ics_path = format!("/sv/meetings/{}.ics", m.id);
        let res = app.get(&ics_path).await;
        assert_eq!(res.status().as_u16(), 200);
        assert!(res.headers()["content-type"]
            .to_str()
            .expect("type")
            .starts_with("text/calendar"));
        let calendar = read_calendar(&res.text().await.expect("ics"));
        let event = &calendar["events"][0];
        assert_eq!(event["start"], format!("{winter}T17:00:00+00:00"));
        assert_eq!(event["end"], format!("{winter}T18:30:00+00:00"));
        assert_eq!(event["tzid"], "Europe/Stockholm");
        assert_eq!(event["sequence"], 0);
        assert_eq!(event["status"], "CONFIRMED");
        assert_eq!(
            event["url"],
            format!("https://dialog.example.se/sv/dialogues/{}", d.slug)
        );
        assert!(event["summary"]
            .as_str()
            .expect("summary")
            .contains("Ny lekplats i Grimsta"));

        // Moved to summer: the page says where it was, SEQUENCE goes up, 18:00 is 16:00 UTC.
        let change = format!("{path}/{}", m.id);
        let res = app
            .post_as(Some(&ed), &change, &pairs(&form(&summer, "20:00")))
            .await;
        assert_eq!(res.status().as_u16(), 303);
        let (_, page) = app.get_text(&d.page("sv")).await;
        let page = strip(&page);
        assert!(page.contains("Mötet har flyttats"), "{page}");
        assert!(page.contains("14 januari"), "the earlier date is named");
        let (_, ics) = app.get_text(&ics_path).await;
        let event = &read_calendar(&ics)["events"][0];
        assert_eq!(event["start"], format!("{summer}T16:00:00+00:00"));
        assert_eq!(event["sequence"], 1);

        // Cancelled: still there, marked, in the page, the file and the feed; never deleted.
        let res = app
            .post_as(Some(&ed), &format!("{change}/cancel"), &[("csrf", &csrf)])
            .await;
        assert_eq!(res.status().as_u16(), 303);
        let (_, page) = app.get_text(&d.page("sv")).await;
        assert!(strip(&page).contains("Mötet är inställt"));
        let (_, ics) = app.get_text(&ics_path).await;
        let event = &read_calendar(&ics)["events"][0];
        assert_eq!(event["status"], "CANCELLED");
        assert_eq!(event["sequence"], 2);
        let (_, feed) = app.get_text("/en/meetings.ics").await;
        let feed = read_calendar(&feed);
        assert_eq!(feed["name"], "Meetings");
        assert_eq!(feed["events"][0]["status"], "CANCELLED");
        assert_eq!(
            feed["events"][0]["url"],
            format!("https://dialog.example.se/en/dialogues/{}", d.slug)
        );
        // A cancelled meeting takes no more changes.
        let res = app
            .post_as(Some(&ed), &change, &pairs(&form(&summer, "20:00")))
            .await;
        assert_eq!(res.status().as_u16(), 409);

        let versions = meeting_version::Entity::find()
            .filter(meeting_version::Column::MeetingId.eq(m.id))
            .all(&app.db)
            .await
            .expect("versions");
        let actions: Vec<(i32, String)> =
            versions.into_iter().map(|v| (v.number, v.action)).collect();
        assert_eq!(
            actions,
            vec![
                (1, "create".into()),
                (2, "edit".into()),
                (3, "cancel".into())
            ]
        );
        let audited = audit_entry::Entity::find()
            .filter(audit_entry::Column::Target.eq(format!("meeting:{}", m.id)))
            .count(&app.db)
            .await
            .expect("audit");
        assert_eq!(audited, 3);
        let (status, history) = app.get_as(Some(&ed), &change).await;
        assert_eq!(status, 200);
        assert!(strip(&history).contains("Ställde in möte"));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn views_collected_at_a_meeting_name_it_and_the_report_counts_them_per_meeting() {
    let date = format!("{}-02-03", chrono::Utc::now().year() + 1);
    for app in TestApp::each_backend().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        let other = app
            .dialogue(DialogueSpec {
                slug: "annan",
                ..Default::default()
            })
            .await;
        app.staff("ed@example.stockholm.se", Role::Editor).await;
        let ed = app.session("ed@example.stockholm.se").await;
        let csrf = app.csrf(&ed).await;
        for (slug, venue) in [(&d.slug, "Vinsta träff"), (&other.slug, "Annan lokal")] {
            let res = app
                .post_as(
                    Some(&ed),
                    &format!("/sv/staff/dialogues/{slug}/meetings"),
                    &[
                        ("csrf", &csrf),
                        ("date", &date),
                        ("start", "10:00"),
                        ("end", "12:00"),
                        ("place", "vinsta"),
                        ("venue", venue),
                        ("address", "Vinstavägen 1"),
                        ("languages", "sv"),
                        ("contact", "Kim"),
                    ],
                )
                .await;
            assert_eq!(res.status().as_u16(), 303);
        }
        let ours = meeting::Entity::find()
            .filter(meeting::Column::DialogueId.eq(d.id))
            .one(&app.db)
            .await
            .expect("db")
            .expect("meeting");
        let theirs = meeting::Entity::find()
            .filter(meeting::Column::DialogueId.eq(other.id))
            .one(&app.db)
            .await
            .expect("db")
            .expect("meeting");

        // The entry form offers the dialogue's meeting.
        let (_, page) = app
            .get_as(Some(&ed), &format!("/sv/staff/enter?dialogue={}", d.slug))
            .await;
        assert!(page.contains("Vinsta träff"), "{page}");
        assert!(!page.contains("Annan lokal"));

        let enter = format!("/sv/staff/enter/{}", d.slug);
        let q = d.answer_field(0);
        let ours_id = ours.id.to_string();
        let theirs_id = theirs.id.to_string();
        // Channel "meeting" without the meeting, or with another dialogue's: refused, kept.
        for (key, chosen) in [("m-0", ""), ("m-1", theirs_id.as_str())] {
            let res = app
                .post_as(
                    Some(&ed),
                    &enter,
                    &[
                        ("csrf", &csrf),
                        ("channel", "meeting"),
                        ("meeting", chosen),
                        ("key", key),
                        ("lang", "sv"),
                        (q.as_str(), "Fler bänkar"),
                    ],
                )
                .await;
            assert_eq!(res.status().as_u16(), 422, "meeting {chosen:?}");
            let body = res.text().await.expect("body");
            assert!(
                body.contains(r##"href="#meeting""##),
                "the summary names the field"
            );
            assert!(body.contains("Fler bänkar"), "the view is kept");
        }
        assert!(app.views_of(d.id).await.is_empty());
        for key in ["m-2", "m-3", "m-4"] {
            let res = app
                .post_as(
                    Some(&ed),
                    &enter,
                    &[
                        ("csrf", &csrf),
                        ("channel", "meeting"),
                        ("meeting", ours_id.as_str()),
                        ("key", key),
                        ("lang", "sv"),
                        (q.as_str(), "Fler bänkar"),
                    ],
                )
                .await;
            assert_eq!(res.status().as_u16(), 303);
        }
        // A paper view names no meeting, even if the form sent one.
        let res = app
            .post_as(
                Some(&ed),
                &enter,
                &[
                    ("csrf", &csrf),
                    ("channel", "paper"),
                    ("meeting", ours_id.as_str()),
                    ("key", "p-1"),
                    ("lang", "sv"),
                    (q.as_str(), "Gungor"),
                ],
            )
            .await;
        assert_eq!(res.status().as_u16(), 303);
        let at_meeting = view::Entity::find()
            .filter(view::Column::MeetingId.eq(ours.id))
            .count(&app.db)
            .await
            .expect("count");
        assert_eq!(at_meeting, 3);

        let report = app::reports::service::participation(
            &app.db,
            app::reports::service::Scope::Dialogue(d.id),
            app::lang::Lang::Sv,
        )
        .await
        .expect("report");
        let meetings = report.meetings.expect("a row per meeting");
        assert_eq!(meetings.rows.len(), 1);
        assert!(meetings.rows[0]
            .label
            .as_deref()
            .expect("label")
            .contains("Vinsta träff"));
        let (status, page) = app
            .get_as(Some(&ed), &format!("/sv/staff/reports/{}", d.slug))
            .await;
        assert_eq!(status, 200);
        assert!(
            page.contains("Vinsta träff"),
            "the report names the meeting"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn short_codes_lead_to_the_dialogue_and_find_it_on_the_entry_page() {
    for app in TestApp::each_backend().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        let draft = app
            .dialogue(DialogueSpec {
                slug: "utkast",
                published: false,
                ..Default::default()
            })
            .await;
        let code = encode(d.id);
        let res = app.get(&format!("/d/{code}/fi")).await;
        assert_eq!(res.status().as_u16(), 302);
        assert_eq!(
            res.headers()["location"],
            format!("/fi/dialogues/{}", d.slug).as_str()
        );
        // Typed by hand, in lower case, without a language: the reader's language decides.
        let res = app.get(&format!("/d/{}", code.to_lowercase())).await;
        assert_eq!(res.status().as_u16(), 302);
        assert_eq!(
            res.headers()["location"],
            format!("/dialogues/{}", d.slug).as_str()
        );
        for missing in [
            format!("/d/{}/sv", encode(draft.id)),
            "/d/ZZZZZ/sv".into(),
            "/d/x".into(),
        ] {
            assert_eq!(app.get(&missing).await.status().as_u16(), 404, "{missing}");
        }

        // The poster: a QR code of the short address in its language; the paper form: the code.
        let (status, poster) = app
            .get_text(&format!("/fi/dialogues/{}/poster", d.slug))
            .await;
        assert_eq!(status, 200);
        assert!(poster.contains("<svg"), "a QR code drawn as SVG");
        assert!(poster.contains(&format!("https://dialog.example.se/d/{code}/fi")));
        let (status, both) = app
            .get_text(&format!(
                "/sv/dialogues/{}/poster?langs=sv&langs=en",
                d.slug
            ))
            .await;
        assert_eq!(status, 200);
        assert_eq!(both.matches("<svg").count(), 2, "one QR code per language");
        assert!(
            both.contains(r#"<section lang="en" class="poster-block">"#),
            "{both}"
        );
        let (status, paper) = app
            .get_text(&format!("/sv/dialogues/{}/paper", d.slug))
            .await;
        assert_eq!(status, 200);
        let paper = strip(&paper);
        assert!(paper.contains(&format!("Kod: {code}")));
        assert!(
            paper.contains("Vad vill du kunna göra där?"),
            "the questions"
        );
        assert_eq!(
            app.get(&format!("/sv/dialogues/{}/poster", draft.slug))
                .await
                .status()
                .as_u16(),
            404,
            "a draft is not printed"
        );

        // Staff type the code from the paper form and get that dialogue's entry form.
        app.staff("mod@example.stockholm.se", Role::Moderator).await;
        let moderator = app.session("mod@example.stockholm.se").await;
        let (status, page) = app
            .get_as(
                Some(&moderator),
                &format!("/sv/staff/enter?code={}", code.to_lowercase()),
            )
            .await;
        assert_eq!(status, 200);
        assert!(
            page.contains(&format!("/sv/staff/enter/{}", d.slug)),
            "{page}"
        );
        assert!(
            page.contains(r#"<option value="paper" selected"#),
            "a paper form's code means it came on paper"
        );
        let (_, page) = app
            .get_as(Some(&moderator), "/sv/staff/enter?code=ZZZZZ")
            .await;
        assert!(strip(&page).contains("Ingen publicerad dialog har den koden"));
    }
}
