//! The moderator's desk: personal data highlighted where it stands and redacted with one
//! action, a batch rejected with one reason, the way back to the next view, the queue paged,
//! and the staff bar's counts.

use app::access::Role;
use app::db::entities::{audit_entry, view, view_answer};
use app::domain::REDACTED;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::helpers::TestApp;

/// The page without Fluent's isolation marks and leptos' `<!>` markers.
fn strip(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
        .replace("<!>", "")
}

#[tokio::test(flavor = "multi_thread")]
async fn a_highlighted_phone_number_is_redacted_with_one_action_and_the_original_kept() {
    for app in TestApp::each_backend().await {
        app.staff("mod@example.stockholm.se", Role::Moderator).await;
        let session = app.session("mod@example.stockholm.se").await;
        let v = app
            .pending_view("Ring 070-123 45 67 eller kim@example.se")
            .await;
        let (status, queue) = app.get_as(Some(&session), "/sv/staff/moderation").await;
        assert_eq!(status, 200);
        let queue = strip(&queue);
        // Marked where it stands, with a label in words, and one button per passage.
        assert!(
            queue.contains(r#"<mark class="personal"><span class="personal-kind">[Telefonnummer] </span>070-123 45 67</mark>"#),
            "{queue}"
        );
        assert!(queue.contains("Maska Telefonnummer: 070-123 45 67"));
        assert!(queue.contains("Maska E-postadress: kim@example.se"));

        let csrf = app.csrf(&session).await;
        let res = app
            .post_as(
                Some(&session),
                &format!("/sv/staff/moderation/{}", v.id),
                &[
                    ("csrf", &csrf),
                    ("back", "lang=sv"),
                    ("next", "4711"),
                    ("decision", "redact"),
                    ("reason", "personal-data"),
                    ("passage", "070-123 45 67"),
                ],
            )
            .await;
        assert_eq!(res.status().as_u16(), 303);
        assert_eq!(
            res.headers()["location"],
            "/sv/staff/moderation?done=redacted&lang=sv#pending-4711",
            "back at the moderator's place, the next view in front"
        );
        let answer = view_answer::Entity::find()
            .filter(view_answer::Column::ViewId.eq(v.id))
            .one(&app.db)
            .await
            .expect("db")
            .expect("answer");
        assert!(
            answer.answer.contains("070-123 45 67"),
            "the original is kept"
        );
        let public = answer.public_answer.expect("a public version");
        assert!(public.contains(REDACTED) && !public.contains("070-123"));
        let audited = audit_entry::Entity::find()
            .filter(audit_entry::Column::Action.eq("redact"))
            .filter(audit_entry::Column::Target.eq(format!("view:{}", v.id)))
            .count(&app.db)
            .await
            .expect("audit");
        assert_eq!(audited, 1);
        // The redacted number is no longer offered; the address still is.
        let (_, queue) = app.get_as(Some(&session), "/sv/staff/moderation").await;
        let queue = strip(&queue);
        assert!(!queue.contains("Maska Telefonnummer"));
        assert!(queue.contains("Maska E-postadress: kim@example.se"));
        // A way back that is not the page's own is ignored.
        let res = app
            .post_as(
                Some(&session),
                &format!("/sv/staff/moderation/{}", v.id),
                &[
                    ("csrf", &csrf),
                    ("back", "x=<script>"),
                    ("decision", "approve"),
                ],
            )
            .await;
        assert_eq!(
            res.headers()["location"],
            "/sv/staff/moderation?done=approved"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_checked_batch_is_rejected_with_one_reason() {
    for app in TestApp::each_backend().await {
        app.staff("mod@example.stockholm.se", Role::Moderator).await;
        let session = app.session("mod@example.stockholm.se").await;
        let a = app.pending_view("Köp billiga klockor här").await;
        let b = app.pending_view("Köp billiga väskor här").await;
        let c = app.pending_view("Fler bänkar vid dammen").await;
        let csrf = app.csrf(&session).await;
        let (a_id, b_id) = (a.id.to_string(), b.id.to_string());
        // Without a reason nothing is decided.
        let res = app
            .post_as(
                Some(&session),
                "/sv/staff/moderation/reject-selected",
                &[("csrf", &csrf), ("view", &a_id), ("view", &b_id)],
            )
            .await;
        assert_eq!(res.status().as_u16(), 422);
        let res = app
            .post_as(
                Some(&session),
                "/sv/staff/moderation/reject-selected",
                &[
                    ("csrf", &csrf),
                    ("reason", "spam"),
                    ("view", &a_id),
                    ("view", &b_id),
                ],
            )
            .await;
        assert_eq!(
            res.headers()["location"],
            "/sv/staff/moderation?done=rejected-many&count=2"
        );
        let (_, page) = app
            .get_as(
                Some(&session),
                "/sv/staff/moderation?done=rejected-many&count=2",
            )
            .await;
        assert!(strip(&page).contains("2 synpunkter avvisades"));
        for (v, status) in [(&a, "rejected"), (&b, "rejected"), (&c, "pending")] {
            let now = view::Entity::find_by_id(v.id)
                .one(&app.db)
                .await
                .expect("db")
                .expect("view");
            assert_eq!(now.status, status, "{}", v.reference);
        }
        let reasons: Vec<Option<String>> = audit_entry::Entity::find()
            .filter(audit_entry::Column::Action.eq("reject"))
            .all(&app.db)
            .await
            .expect("audit")
            .into_iter()
            .map(|e| e.reason)
            .collect();
        assert_eq!(reasons, vec![Some("spam".into()), Some("spam".into())]);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_queue_is_paged_and_the_staff_bar_counts_what_waits() {
    for app in TestApp::each_backend().await {
        app.staff("mod@example.stockholm.se", Role::Moderator).await;
        app.staff("ed@example.stockholm.se", Role::Editor).await;
        let session = app.session("mod@example.stockholm.se").await;
        for i in 0..27 {
            app.pending_view(&format!("Synpunkt nummer {i} om parken"))
                .await;
        }
        let (_, first) = app.get_as(Some(&session), "/sv/staff/moderation").await;
        let first = strip(&first);
        assert_eq!(first.matches(r#"class="pending""#).count(), 25);
        assert!(first.contains("27 synpunkter väntar på granskning"));
        assert!(
            first.contains("27 väntar"),
            "the staff bar counts the queue"
        );
        assert!(
            first.contains("Sida 1 av 2") || first.contains("1 av 2"),
            "{first}"
        );
        let (_, second) = app
            .get_as(Some(&session), "/sv/staff/moderation?page=2")
            .await;
        assert_eq!(strip(&second).matches(r#"class="pending""#).count(), 2);
        // An editor has no queue: no counts in their bar.
        let editor = app.session("ed@example.stockholm.se").await;
        let (_, page) = app.get_as(Some(&editor), "/sv/staff/dialogues").await;
        assert!(!strip(&page).contains("väntar"));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_second_moderator_is_told_who_decided_first_and_nothing_is_decided_twice() {
    for app in TestApp::each_backend().await {
        app.staff("first@example.stockholm.se", Role::Moderator)
            .await;
        app.staff("second@example.stockholm.se", Role::Moderator)
            .await;
        let first = app.session("first@example.stockholm.se").await;
        let second = app.session("second@example.stockholm.se").await;
        let v = app.pending_view("Fler papperskorgar vid badet").await;
        let path = format!("/sv/staff/moderation/{}", v.id);
        let csrf = app.csrf(&first).await;
        let res = app
            .post_as(
                Some(&first),
                &path,
                &[("csrf", &csrf), ("decision", "approve")],
            )
            .await;
        assert_eq!(res.status().as_u16(), 303);
        // The second had the same view in front of them and rejects it: too late.
        let csrf = app.csrf(&second).await;
        let res = app
            .post_as(
                Some(&second),
                &path,
                &[("csrf", &csrf), ("decision", "reject"), ("reason", "spam")],
            )
            .await;
        assert_eq!(res.status().as_u16(), 409);
        let body = strip(&res.text().await.expect("body"));
        assert!(
            body.contains("Beslutet togs av first@example.stockholm.se: Godkände"),
            "{body}"
        );
        let now = view::Entity::find_by_id(v.id)
            .one(&app.db)
            .await
            .expect("db")
            .expect("view");
        assert_eq!(now.status, "published");
        let decisions = audit_entry::Entity::find()
            .filter(audit_entry::Column::Target.eq(format!("view:{}", v.id)))
            .filter(audit_entry::Column::Action.is_in(["approve", "reject"]))
            .count(&app.db)
            .await
            .expect("audit");
        assert_eq!(decisions, 1);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_name_is_redacted_with_one_action_and_the_personal_filter_reads_a_stored_flag() {
    for app in TestApp::each_backend().await {
        app.staff("mod@example.stockholm.se", Role::Moderator).await;
        let session = app.session("mod@example.stockholm.se").await;
        let d = app
            .dialogue(crate::helpers::DialogueSpec {
                slug: "namn-maskas",
                ..Default::default()
            })
            .await;
        let (status, _) = app
            .submit(
                "sv",
                &d.slug,
                &[
                    (&d.answer_field(0), "Fler bänkar vid dammen"),
                    ("name", "Kim Andersson, Grimstagatan 4"),
                    ("key", "k-name"),
                    ("consent", "yes"),
                ],
            )
            .await;
        assert_eq!(status, 200);
        let named = app.views_of(d.id).await.remove(0);
        let phone = app.pending_view("Ring mig på 070-123 45 67").await;
        let plain = app.pending_view("Gungor till de yngsta").await;
        for (v, flagged) in [(&named, false), (&phone, true), (&plain, false)] {
            let stored = view::Entity::find_by_id(v.id)
                .one(&app.db)
                .await
                .expect("db")
                .expect("view");
            assert_eq!(stored.looks_personal, flagged, "{}", v.reference);
        }
        // The "personal data" filter of the pending list is the stored flag.
        let (_, flagged) = app
            .get_as(Some(&session), "/sv/staff/moderation?reason=personal-data")
            .await;
        let flagged = strip(&flagged);
        assert!(flagged.contains(&phone.reference));
        assert!(!flagged.contains(&plain.reference) && !flagged.contains(&named.reference));

        let (_, queue) = app.get_as(Some(&session), "/sv/staff/moderation").await;
        assert!(strip(&queue).contains("Maska namnet: Kim Andersson, Grimstagatan 4"));
        let csrf = app.csrf(&session).await;
        let redact = |csrf: String| {
            let path = format!("/sv/staff/moderation/{}", named.id);
            let app = &app;
            let session = &session;
            async move {
                app.post_as(
                    Some(session),
                    &path,
                    &[("csrf", &csrf), ("decision", "redact-name")],
                )
                .await
            }
        };
        let res = redact(csrf.clone()).await;
        assert_eq!(res.status().as_u16(), 303);
        let (_, queue) = app.get_as(Some(&session), "/sv/staff/moderation").await;
        let queue = strip(&queue);
        assert!(!queue.contains("Maska namnet"), "offered once");
        assert!(queue.contains("maskerat, visas inte för allmänheten"));
        // Twice is refused with a message, and changes nothing.
        let res = redact(csrf.clone()).await;
        assert_eq!(res.status().as_u16(), 422);
        let audited = audit_entry::Entity::find()
            .filter(audit_entry::Column::Action.eq("redact"))
            .filter(audit_entry::Column::Target.eq(format!("view:{}:name", named.id)))
            .count(&app.db)
            .await
            .expect("audit");
        assert_eq!(audited, 1);
        let stored = view::Entity::find_by_id(named.id)
            .one(&app.db)
            .await
            .expect("db")
            .expect("view");
        assert_eq!(
            stored.display_name.as_deref(),
            Some("Kim Andersson, Grimstagatan 4"),
            "the name given is kept"
        );

        // Published, the view shows no name to the public, nor in the open data.
        let res = app
            .post_as(
                Some(&session),
                &format!("/sv/staff/moderation/{}", named.id),
                &[("csrf", &csrf), ("decision", "approve")],
            )
            .await;
        assert_eq!(res.status().as_u16(), 303);
        let (status, page) = app.get_text(&format!("/sv/dialogues/{}", d.slug)).await;
        assert_eq!(status, 200);
        assert!(strip(&page).contains("Fler bänkar vid dammen"));
        assert!(!page.contains("Kim Andersson"));
        let api: serde_json::Value = app
            .get(&format!("/api/v1/dialogues/{}/views", d.slug))
            .await
            .json()
            .await
            .expect("JSON");
        let items = api["items"].as_array().expect("items");
        assert_eq!(items.len(), 1);
        assert!(items[0]["name"].is_null(), "{api}");
    }
}
