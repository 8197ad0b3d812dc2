//! Letters by post: a view entered from paper may ask for the outcome by post; the address
//! stays off the screen until opened (audited), the letter prints in the resident's language,
//! and the address is erased once the letters are sent.

use app::access::Role;
use app::db::entities::{audit_entry, postal_request, view};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::helpers::{DialogueSpec, TestApp};

const STREET: &str = "Vinstavägen 1";

#[tokio::test(flavor = "multi_thread")]
async fn a_paper_view_asks_for_a_letter_whose_address_shows_only_when_opened_and_is_erased() {
    for app in TestApp::each_backend().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        app.staff("ed@example.stockholm.se", Role::Editor).await;
        let session = app.session("ed@example.stockholm.se").await;
        let csrf = app.csrf(&session).await;
        let q = d.answer_field(0);
        let enter = format!("/sv/staff/enter/{}", d.slug);
        let mut form = vec![
            ("csrf", csrf.as_str()),
            ("channel", "paper"),
            ("key", "paper-1"),
            ("lang", "fi"),
            (q.as_str(), "Penkkejä puistoon"),
            ("post", "yes"),
            ("post-name", "Eila Niemi"),
        ];
        // No address: refused at the field, nothing stored.
        let res = app.post_as(Some(&session), &enter, &form).await;
        assert_eq!(res.status().as_u16(), 422);
        assert!(res
            .text()
            .await
            .expect("body")
            .contains("post-address-error"));
        assert!(app.views_of(d.id).await.is_empty());
        let address = format!("{STREET}\n162 00 Vällingby");
        form.push(("post-address", address.as_str()));
        let res = app.post_as(Some(&session), &enter, &form).await;
        assert_eq!(res.status().as_u16(), 303);
        let views = view::Entity::find()
            .filter(view::Column::DialogueId.eq(d.id))
            .all(&app.db)
            .await
            .expect("db");
        assert_eq!(views.len(), 1);
        assert!(
            !format!("{views:?}").contains(STREET),
            "the address is not on the view"
        );

        // The letters page counts the letter per language, without the address.
        let letters = format!("/sv/staff/dialogues/{}/letters", d.slug);
        let (status, page) = app.get_as(Some(&session), &letters).await;
        assert_eq!(status, 200);
        assert!(page.contains("Suomi"), "{page}");
        assert!(!page.contains(STREET));
        // Opening the addresses shows them in that answer only, and is logged.
        let res = app
            .post_as(
                Some(&session),
                &format!("{letters}/open"),
                &[("csrf", csrf.as_str())],
            )
            .await;
        assert_eq!(res.status().as_u16(), 200);
        assert_eq!(res.headers()["cache-control"], "no-store");
        let opened_page = res.text().await.expect("body");
        assert!(opened_page.contains(STREET));
        // Erasing takes the addresses that were shown: the page names the last one.
        let upto = opened_page
            .split(r#"name="upto" value=""#)
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("the erase form")
            .to_string();
        let opened = audit_entry::Entity::find()
            .filter(audit_entry::Column::Action.eq("addresses-opened"))
            .one(&app.db)
            .await
            .expect("db")
            .expect("opening is audited");
        assert_eq!(opened.reason.as_deref(), Some("1"));

        // The letter prints in Finnish once the feedback is written.
        let feedback = format!("/sv/staff/dialogues/{}/feedback", d.slug);
        for (lang, heard) in [
            ("sv", "Många vill ha bänkar."),
            ("fi", "Moni haluaa penkkejä."),
        ] {
            let res = app
                .post_as(
                    Some(&session),
                    &feedback,
                    &[
                        ("csrf", csrf.as_str()),
                        ("text-lang", lang),
                        ("heard", heard),
                        ("decided", "Ja."),
                        ("next", "Nu."),
                    ],
                )
                .await;
            assert_eq!(res.status().as_u16(), 303);
        }
        let (status, letter) = app
            .get_as(
                Some(&session),
                &format!("/fi/staff/dialogues/{}/letter", d.slug),
            )
            .await;
        assert_eq!(status, 200);
        assert!(letter.contains("Moni haluaa penkkejä."), "{letter}");
        assert!(letter.contains("class=\"letter\""));

        // Sent: the addresses are erased, their count kept.
        let res = app
            .post_as(
                Some(&session),
                &format!("{letters}/erase"),
                &[("csrf", csrf.as_str()), ("upto", upto.as_str())],
            )
            .await;
        assert!(res.headers()["location"]
            .to_str()
            .expect("location")
            .ends_with("erased=1"));
        assert!(postal_request::Entity::find()
            .all(&app.db)
            .await
            .expect("db")
            .is_empty());
        let audit = audit_entry::Entity::find().all(&app.db).await.expect("db");
        assert!(audit
            .iter()
            .any(|e| e.action == "addresses-erased" && e.reason.as_deref() == Some("1")));
        assert!(!format!("{audit:?}").contains(STREET));
    }
}
