//! Återkoppling: a resident asks for the outcome, confirms by mail, an editor publishes the
//! feedback, the outcome arrives in the resident's language, and the address is erased. Mail
//! goes to a real SMTP server (`smtp.rs`). Also: the outbox under a dying sender and under
//! several senders at once, and bad input that changes nothing.

use std::collections::HashSet;

use app::access::Role;
use app::db::entities::{audit_entry, outbox, subscription, view};
use app::lang::Lang;
use app::mail::outbox::{enqueue, MailKind, NewMail};
use app::mail::sender::deliver_due;
use app::mail::transport::Transport;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::helpers::{DialogueSpec, Options, TestApp};
use crate::smtp::Received;
use crate::staff::Session;

const ADDRESS: &str = "anna.virtanen@example.fi";

/// The path of a mailed link on this portal (the mails carry the public address).
fn path_of(link: &str) -> String {
    link.trim_start_matches("https://dialog.example.se")
        .to_string()
}

fn link_to(mail: &Received, part: &str) -> String {
    let link = mail.links().into_iter().find(|l| l.contains(part));
    path_of(&link.unwrap_or_else(|| panic!("no {part} link in {}", mail.text())))
}

async fn editor(app: &TestApp) -> (Session, String) {
    app.staff("ed@example.stockholm.se", Role::Editor).await;
    let session = app.session("ed@example.stockholm.se").await;
    let csrf = app.csrf(&session).await;
    (session, csrf)
}

/// Every row of every table the address could be in, as text.
async fn everything_stored(app: &TestApp) -> String {
    let subscriptions = subscriptions(app).await;
    let mails = outbox::Entity::find().all(&app.db).await.expect("db");
    let views = view::Entity::find().all(&app.db).await.expect("db");
    let audit = audit_entry::Entity::find().all(&app.db).await.expect("db");
    format!("{subscriptions:?}{mails:?}{views:?}{audit:?}")
}

/// Asks for the outcome of dialogue `slug` with the small form, on the `lang` page.
async fn ask_for_outcome(app: &TestApp, lang: &str, slug: &str, email: &str) -> reqwest::Response {
    app.post_form(
        &format!("/{lang}/dialogues/{slug}/outcome"),
        &[("email", email)],
    )
    .await
}

/// Every subscription stored.
async fn subscriptions(app: &TestApp) -> Vec<subscription::Model> {
    subscription::Entity::find().all(&app.db).await.expect("db")
}

/// The token of the one subscription stored.
async fn only_token(app: &TestApp) -> String {
    subscription::Entity::find()
        .one(&app.db)
        .await
        .expect("db")
        .expect("subscribed")
        .token
}

/// Waits (up to ten seconds) for the sender to erase every subscription.
async fn wait_until_erased(app: &TestApp) {
    for _ in 0..100 {
        if subscriptions(app).await.is_empty() {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_resident_asks_for_the_outcome_confirms_and_gets_it_in_finnish_then_the_address_is_erased(
) {
    for app in TestApp::each_backend().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        let q = d.answer_field(0);

        // A view from the Finnish page, asking for the outcome.
        let res = app
            .post_form(
                &d.page("fi"),
                &[
                    (q.as_str(), "Keinut pyörätuolille"),
                    ("key", "k1"),
                    ("notify", ADDRESS),
                ],
            )
            .await;
        assert_eq!(res.status().as_u16(), 303);
        let stored = app.views_of(d.id).await;
        assert_eq!(stored.len(), 1);
        assert!(
            !format!("{stored:?}").contains(ADDRESS),
            "the address is never stored on the view"
        );

        // The confirmation, in Finnish, at once.
        let confirmation = app.smtp.wait_for(1).await.remove(0);
        assert_eq!(confirmation.to, vec![ADDRESS.to_string()]);
        assert_eq!(
            confirmation.header("Content-Language").as_deref(),
            Some("fi")
        );
        assert!(
            confirmation.html().contains(r#"<html lang="fi">"#),
            "{}",
            confirmation.html()
        );
        let confirm = link_to(&confirmation, "/fi/outcome/confirm/");
        let (status, page) = app.get_text(&confirm).await;
        assert_eq!(status, 200);
        assert!(page.contains("<form method=\"post\""), "{page}");
        let res = app.post_form(&confirm, &[]).await;
        assert_eq!(res.status().as_u16(), 303);
        let (_, page) = app
            .get_text(res.headers()["location"].to_str().expect("location"))
            .await;
        assert!(page.contains("role=\"status\""), "{page}");
        // A link used twice says so and changes nothing.
        let again = app.post_form(&confirm, &[]).await;
        assert!(again.headers()["location"]
            .to_str()
            .expect("location")
            .ends_with("done=already"));

        // An editor writes the feedback in Swedish and Finnish and publishes it.
        let (session, csrf) = editor(&app).await;
        let base = format!("/sv/staff/dialogues/{}/feedback", d.slug);
        let mut sv = vec![
            ("csrf", csrf.as_str()),
            ("text-lang", "sv"),
            ("heard", "Många ville ha gungor för rullstol."),
            ("decided", "Två sådana gungor byggs."),
            ("decided-by", "Stadsdelsnämnden"),
            ("next", "Bygget börjar i maj."),
            ("reference", "HV-2026/123"),
            ("decided-on", "2026-11-20"),
        ];
        let res = app.post_as(Some(&session), &base, &sv).await;
        assert_eq!(res.status().as_u16(), 303, "saved");
        sv.retain(|(k, _)| !["text-lang", "heard", "decided", "decided-by", "next"].contains(k));
        sv.extend([
            ("text-lang", "fi"),
            ("heard", "Moni toivoi keinuja pyörätuoleille."),
            ("decided", "Kaksi keinua rakennetaan."),
            ("decided-by", "Kaupunginosalautakunta"),
            ("next", "Rakentaminen alkaa toukokuussa."),
        ]);
        assert_eq!(
            app.post_as(Some(&session), &base, &sv)
                .await
                .status()
                .as_u16(),
            303
        );
        // Meänkieli and the Sami languages are missing: publishing asks first.
        let publish = format!("{base}/publish");
        let res = app
            .post_as(Some(&session), &publish, &[("csrf", csrf.as_str())])
            .await;
        assert!(res.headers()["location"]
            .to_str()
            .expect("location")
            .ends_with("/feedback/publish"));
        let res = app
            .post_as(
                Some(&session),
                &publish,
                &[("csrf", csrf.as_str()), ("confirm", "yes")],
            )
            .await;
        assert!(res.headers()["location"]
            .to_str()
            .expect("location")
            .contains("mails=1"));

        // Every save and the publish are versions; the history shows the feedback whole.
        let (status, history) = app
            .get_as(
                Some(&session),
                &format!("/sv/staff/dialogues/{}/history", d.slug),
            )
            .await;
        let main = history.split("<main").nth(1).unwrap_or(&history);
        assert!(
            status == 200 && history.contains("Många ville ha gungor för rullstol."),
            "{:?} {status}: {main}",
            app.backend
        );
        assert!(history.contains("Återkopplingen publicerad"));

        // The outcome, in Finnish, with one-click unsubscribe.
        let outcome = app.smtp.wait_for(2).await.remove(1);
        assert_eq!(outcome.to, vec![ADDRESS.to_string()]);
        assert_eq!(outcome.header("Content-Language").as_deref(), Some("fi"));
        assert!(
            outcome
                .text()
                .contains("Moni toivoi keinuja pyörätuoleille."),
            "{}",
            outcome.text()
        );
        assert!(outcome.text().contains("HV-2026/123"));
        let unsubscribe = outcome
            .header("List-Unsubscribe")
            .expect("List-Unsubscribe");
        assert!(
            unsubscribe.starts_with("<https://dialog.example.se/fi/outcome/unsubscribe/"),
            "{unsubscribe}"
        );
        assert_eq!(
            outcome.header("List-Unsubscribe-Post").as_deref(),
            Some("List-Unsubscribe=One-Click")
        );

        // The dialogue page leads with it, in Finnish; Swedish readers get the Swedish.
        let (_, page) = app.get_text(&d.page("fi")).await;
        assert!(page.contains("Moni toivoi keinuja pyörätuoleille."));
        let (_, page) = app.get_text(&d.page("sv")).await;
        assert!(page.contains("Två sådana gungor byggs."));
        assert!(
            page.contains("Beslut fattades"),
            "the decision date is shown"
        );

        // Once the outcome is out, the address is erased everywhere, leaving a count.
        wait_until_erased(&app).await;
        let stored = everything_stored(&app).await;
        assert!(
            !stored.contains(ADDRESS),
            "the address is in no table afterwards: {stored}"
        );
        let erased = audit_entry::Entity::find()
            .filter(audit_entry::Column::Action.eq("addresses-erased"))
            .one(&app.db)
            .await
            .expect("db")
            .expect("an audit entry for the erasure");
        assert_eq!(erased.reason.as_deref(), Some("1"));
        // The mailed unsubscribe link now says, in Finnish, that it no longer works.
        let (status, page) = app
            .get_text(&path_of(unsubscribe.trim_matches(['<', '>'])))
            .await;
        assert_eq!(status, 404);
        assert!(page.contains("lang=\"fi\""));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn bad_addresses_unknown_links_and_repeats_get_a_clear_answer_and_change_nothing() {
    for app in TestApp::each_backend().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        let form = format!("/sv/dialogues/{}/outcome", d.slug);
        let res = app.post_form(&form, &[("email", "inte en adress")]).await;
        assert_eq!(res.status().as_u16(), 422);
        let page = res.text().await.expect("body");
        assert!(page.contains("Skriv en e-postadress"), "{page}");
        assert!(page.contains("inte en adress"), "what was typed is kept");

        let q = d.answer_field(0);
        let res = app
            .post_form(
                &d.page("sv"),
                &[(q.as_str(), "Bra"), ("key", "k2"), ("notify", "fel@")],
            )
            .await;
        assert_eq!(
            res.status().as_u16(),
            422,
            "a bad address refuses the form, with the view kept on the page"
        );
        assert!(app.views_of(d.id).await.is_empty());

        for _ in 0..2 {
            let res = app.post_form(&form, &[("email", "kim@example.se")]).await;
            assert_eq!(res.status().as_u16(), 303);
        }
        let location = app
            .post_form(&form, &[("email", "KIM@example.se")])
            .await
            .headers()["location"]
            .to_str()
            .expect("location")
            .to_string();
        assert!(location.contains("outcome=already"), "{location}");
        assert_eq!(subscriptions(&app).await.len(), 1);
        assert_eq!(app.smtp.wait_for(1).await.len(), 1);
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        assert_eq!(
            app.smtp.received().len(),
            1,
            "asking again sends no second mail"
        );

        for path in [
            "/sv/outcome/confirm/no-such-token",
            "/sv/outcome/unsubscribe/no-such-token",
        ] {
            let (status, page) = app.get_text(path).await;
            assert_eq!(status, 404);
            assert!(page.contains("Länken fungerar inte längre"), "{page}");
            let res = app.post_form(path, &[]).await;
            assert_eq!(res.status().as_u16(), 404);
        }
        assert_eq!(subscriptions(&app).await.len(), 1);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn one_click_unsubscribe_needs_no_sign_in_and_deletes_the_address() {
    for app in TestApp::each_backend().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        ask_for_outcome(&app, "en", &d.slug, ADDRESS).await;
        let token = only_token(&app).await;
        let res = app
            .post_form(
                &format!("/en/outcome/unsubscribe/{token}"),
                &[("List-Unsubscribe", "One-Click")],
            )
            .await;
        assert_eq!(
            res.status().as_u16(),
            200,
            "a mail program gets 200, not a redirect"
        );
        assert!(res
            .text()
            .await
            .expect("body")
            .contains("Your address is deleted"));
        assert!(subscriptions(&app).await.is_empty());
    }
}

fn mail(n: usize) -> NewMail {
    NewMail {
        kind: MailKind::Outcome,
        dialogue_id: None,
        to: format!("resident{n}@example.se"),
        lang: Lang::Sv,
        subject: format!("Mejl {n}"),
        text: format!("Text {n}"),
        html: format!("<p>Text {n}</p>"),
        unsubscribe_url: None,
    }
}

/// An app whose tests drive the sender themselves, with `count` mails in its outbox, and a
/// transport to its SMTP server.
async fn outbox_of(app: &TestApp, count: usize) -> Transport {
    for n in 0..count {
        enqueue(&app.db, mail(n)).await.expect("enqueue");
    }
    Transport::new(Some(&app.smtp.url), std::env::temp_dir()).expect("transport")
}

fn message_ids(received: &[Received]) -> HashSet<String> {
    received
        .iter()
        .filter_map(|m| m.header("Message-ID"))
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_sender_that_dies_between_two_mails_sends_none_twice_and_skips_none() {
    for app in TestApp::each_backend_with(Options {
        sender: false,
        ..Default::default()
    })
    .await
    {
        let transport = outbox_of(&app, 5).await;
        // The first sender delivers two mails and is killed before the third.
        let first = {
            let (db, settings, transport) =
                (app.db.clone(), app.state.mail.clone(), transport.clone());
            tokio::spawn(async move { deliver_due(&db, &settings, &transport, 2).await })
        };
        assert_eq!(first.await.expect("task").expect("delivered"), 2);
        // A mail claimed by a sender that died mid-way waits for its claim to run out.
        let claimed = app::mail::outbox::claim(&app.db)
            .await
            .expect("db")
            .expect("a due mail");
        let restarted = deliver_due(&app.db, &app.state.mail, &transport, 10)
            .await
            .expect("delivered");
        assert_eq!(restarted, 2, "the other two, not the claimed one");
        outbox::Entity::update_many()
            .col_expr(
                outbox::Column::ClaimedUntil,
                sea_orm::sea_query::Expr::value(chrono::Utc::now()),
            )
            .filter(outbox::Column::Id.eq(claimed.id))
            .exec(&app.db)
            .await
            .expect("the claim runs out");
        assert_eq!(
            deliver_due(&app.db, &app.state.mail, &transport, 10)
                .await
                .expect("delivered"),
            1
        );
        let received = app.smtp.wait_for(5).await;
        assert_eq!(received.len(), 5);
        assert_eq!(message_ids(&received).len(), 5, "no mail twice");
        let pending = outbox::Entity::find()
            .filter(outbox::Column::SentAt.is_null())
            .all(&app.db)
            .await
            .expect("db");
        assert!(pending.is_empty(), "none skipped");
        let kept: Vec<String> = outbox::Entity::find()
            .all(&app.db)
            .await
            .expect("db")
            .into_iter()
            .map(|m| m.to_address)
            .collect();
        assert!(
            kept.iter().all(String::is_empty),
            "a sent mail keeps no address: {kept:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn several_senders_on_one_database_never_send_the_same_mail() {
    for app in TestApp::each_backend_with(Options {
        sender: false,
        ..Default::default()
    })
    .await
    {
        outbox_of(&app, 40).await;
        let mut senders = Vec::new();
        for _ in 0..4 {
            let transport =
                Transport::new(Some(&app.smtp.url), std::env::temp_dir()).expect("transport");
            let (db, settings) = (app.db.clone(), app.state.mail.clone());
            senders.push(tokio::spawn(async move {
                deliver_due(&db, &settings, &transport, 40).await
            }));
        }
        let mut sent = 0;
        for sender in senders {
            sent += sender.await.expect("task").expect("delivered");
        }
        assert_eq!(sent, 40);
        let received = app.smtp.wait_for(40).await;
        assert_eq!(received.len(), 40);
        assert_eq!(message_ids(&received).len(), 40);
    }
}

/// Not a test of speed: prints how many mails per second go from the outbox to the SMTP
/// server on this machine, with one sender and with four (as four server processes would).
/// `cargo test -p server --test api -- --ignored --nocapture outbox_throughput`
#[tokio::test(flavor = "multi_thread")]
#[ignore = "a measurement, run by hand"]
async fn outbox_throughput() {
    for app in TestApp::each_backend_with(Options {
        sender: false,
        ..Default::default()
    })
    .await
    {
        for senders in [1, 4] {
            let count = 400;
            outbox_of(&app, count).await;
            let started = std::time::Instant::now();
            let mut tasks = Vec::new();
            for _ in 0..senders {
                let transport =
                    Transport::new(Some(&app.smtp.url), std::env::temp_dir()).expect("transport");
                let (db, settings) = (app.db.clone(), app.state.mail.clone());
                tasks.push(tokio::spawn(async move {
                    deliver_due(&db, &settings, &transport, count).await
                }));
            }
            let mut sent = 0;
            for task in tasks {
                sent += task.await.expect("task").expect("delivered");
            }
            let seconds = started.elapsed().as_secs_f64();
            let rate = f64::from(u32::try_from(sent).unwrap_or(0)) / seconds;
            println!(
                "{:?}, {senders} sender(s): {sent} mails in {seconds:.2} s = {rate:.0} mails/s",
                app.backend
            );
            assert_eq!(sent, count);
        }
    }
}

/// Saves and publishes Swedish feedback (confirming the missing languages); returns where the
/// publish redirected.
async fn publish_feedback(
    app: &TestApp,
    session: &Session,
    csrf: &str,
    slug: &str,
    heard: &str,
    extra: &[(&str, &str)],
) -> String {
    let base = format!("/sv/staff/dialogues/{slug}/feedback");
    let form = [
        ("csrf", csrf),
        ("text-lang", "sv"),
        ("heard", heard),
        ("decided", "Beslut."),
        ("next", "Sedan."),
    ];
    assert_eq!(
        app.post_as(Some(session), &base, &form)
            .await
            .status()
            .as_u16(),
        303
    );
    let mut publish = vec![("csrf", csrf), ("confirm", "yes")];
    publish.extend_from_slice(extra);
    let res = app
        .post_as(Some(session), &format!("{base}/publish"), &publish)
        .await;
    res.headers()["location"]
        .to_str()
        .expect("location")
        .to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn kept_addresses_get_an_update_when_the_editor_asks_and_are_erased_after() {
    for app in TestApp::each_backend().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        ask_for_outcome(&app, "sv", &d.slug, ADDRESS).await;
        let confirm = link_to(&app.smtp.wait_for(1).await[0], "/outcome/confirm/");
        app.post_form(&confirm, &[]).await;
        let (session, csrf) = editor(&app).await;

        // Published, addresses kept for an update.
        let done = publish_feedback(
            &app,
            &session,
            &csrf,
            &d.slug,
            "Första versionen.",
            &[("keep", "yes")],
        )
        .await;
        assert!(done.contains("mails=1"), "{done}");
        assert!(app.smtp.wait_for(2).await[1]
            .text()
            .contains("Första versionen."));
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        assert_eq!(subscriptions(&app).await.len(), 1, "kept for an update");

        // Changed without mailing: nobody is mailed.
        let done = publish_feedback(
            &app,
            &session,
            &csrf,
            &d.slug,
            "Andra versionen.",
            &[("keep", "yes")],
        )
        .await;
        assert!(done.contains("mails=0"), "{done}");
        // Changed and mailed, not kept: the update goes out, then the address is erased.
        let done = publish_feedback(
            &app,
            &session,
            &csrf,
            &d.slug,
            "Tredje versionen.",
            &[("send-update", "yes")],
        )
        .await;
        assert!(done.contains("mails=1"), "{done}");
        let update = app.smtp.wait_for(3).await.remove(2);
        assert!(
            update
                .header("Subject")
                .is_some_and(|s| s.contains("Ny information")),
            "{:?}",
            update.header("Subject")
        );
        assert!(update.text().contains("Tredje versionen."));
        wait_until_erased(&app).await;
        assert!(!everything_stored(&app).await.contains(ADDRESS));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_list_shows_each_stage_filters_to_feedback_given_and_editors_see_overdue_feedback() {
    for app in TestApp::each_backend().await {
        let late = app
            .dialogue(DialogueSpec {
                slug: "sen",
                opens_in: -100,
                closes_in: -61,
                ..Default::default()
            })
            .await;
        let recent = app
            .dialogue(DialogueSpec {
                slug: "nyss",
                opens_in: -30,
                closes_in: -10,
                ..Default::default()
            })
            .await;
        let (_, page) = app.get_text("/sv").await;
        assert!(page.contains("Stängd – återkoppling kommer"), "{page}");
        let (session, csrf) = editor(&app).await;
        let (_, list) = app.get_as(Some(&session), "/sv/staff/dialogues").await;
        assert_eq!(
            list.matches("Återkopplingen är försenad").count(),
            1,
            "only the one closed 61 days ago"
        );
        let edit = format!("/{}/edit", late.slug);
        let late_card = list
            .split("<li class=\"card\">")
            .find(|c| c.contains(&edit))
            .expect("card");
        assert!(late_card.contains("Återkopplingen är försenad"));

        publish_feedback(&app, &session, &csrf, &recent.slug, "Hört.", &[]).await;
        let (_, given) = app.get_text("/sv?feedback=1").await;
        assert!(
            given.contains("/sv/dialogues/nyss") && !given.contains("/sv/dialogues/sen"),
            "{given}"
        );
        assert!(given.contains("Återkoppling finns"));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unconfirmed_address_lapses_after_seven_days() {
    for app in TestApp::each_backend_with(Options {
        sender: false,
        ..Default::default()
    })
    .await
    {
        let d = app.dialogue(DialogueSpec::default()).await;
        for email in ["old@example.se", "new@example.se"] {
            ask_for_outcome(&app, "sv", &d.slug, email).await;
        }
        let eight_days_ago = chrono::Utc::now() - chrono::Duration::days(8);
        subscription::Entity::update_many()
            .col_expr(
                subscription::Column::CreatedAt,
                sea_orm::sea_query::Expr::value(eight_days_ago),
            )
            .filter(subscription::Column::Email.eq("old@example.se"))
            .exec(&app.db)
            .await
            .expect("backdate");
        let erased = app::subscriptions::service::erase_finished(&app.db)
            .await
            .expect("erase");
        assert_eq!(erased, 1);
        let left: Vec<String> = subscription::Entity::find()
            .all(&app.db)
            .await
            .expect("db")
            .into_iter()
            .map(|s| s.email)
            .collect();
        assert_eq!(left, vec!["new@example.se".to_string()]);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_resident_who_confirms_after_publishing_still_gets_the_outcome() {
    for app in TestApp::each_backend().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        ask_for_outcome(&app, "en", &d.slug, ADDRESS).await;
        let confirm = link_to(&app.smtp.wait_for(1).await[0], "/en/outcome/confirm/");
        let (session, csrf) = editor(&app).await;
        let done = publish_feedback(&app, &session, &csrf, &d.slug, "Late but heard.", &[]).await;
        assert!(done.contains("mails=0"), "nobody had confirmed yet: {done}");
        app.post_form(&confirm, &[]).await;
        let outcome = app.smtp.wait_for(2).await.remove(1);
        assert!(
            outcome.text().contains("Late but heard."),
            "{}",
            outcome.text()
        );
        assert_eq!(outcome.header("Content-Language").as_deref(), Some("en"));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn two_publishes_at_once_mail_each_subscriber_once() {
    for app in TestApp::each_backend().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        ask_for_outcome(&app, "sv", &d.slug, ADDRESS).await;
        let confirm = link_to(&app.smtp.wait_for(1).await[0], "/outcome/confirm/");
        app.post_form(&confirm, &[]).await;
        let (session, csrf) = editor(&app).await;
        let base = format!("/sv/staff/dialogues/{}/feedback", d.slug);
        let form = [
            ("csrf", csrf.as_str()),
            ("text-lang", "sv"),
            ("heard", "Hört en enda gång."),
            ("decided", "D."),
            ("next", "N."),
        ];
        app.post_as(Some(&session), &base, &form).await;
        let publish = format!("{base}/publish");
        let body = [("csrf", csrf.as_str()), ("confirm", "yes")];
        let (a, b) = tokio::join!(
            app.post_as(Some(&session), &publish, &body),
            app.post_as(Some(&session), &publish, &body)
        );
        let statuses = [a.status().as_u16(), b.status().as_u16()];
        assert!(statuses.contains(&303), "{statuses:?}");
        tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
        let outcomes = app
            .smtp
            .received()
            .into_iter()
            .filter(|m| m.text().contains("Hört en enda gång."))
            .count();
        assert_eq!(
            outcomes, 1,
            "one outcome mail, whatever the second publish did ({statuses:?})"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn one_click_sent_as_multipart_unsubscribes_too() {
    for app in TestApp::each_backend().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        ask_for_outcome(&app, "sv", &d.slug, ADDRESS).await;
        let token = only_token(&app).await;
        let body = "--b\r\nContent-Disposition: form-data; name=\"List-Unsubscribe\"\r\n\r\nOne-Click\r\n--b--\r\n";
        let res = app
            .client
            .post(app.url(&format!("/sv/outcome/unsubscribe/{token}")))
            .header("content-type", "multipart/form-data; boundary=b")
            .body(body)
            .send()
            .await
            .expect("POST");
        assert_eq!(res.status().as_u16(), 200);
        assert!(subscriptions(&app).await.is_empty());
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_server_that_is_away_never_makes_a_mail_be_given_up() {
    for app in TestApp::each_backend_with(Options {
        sender: false,
        ..Default::default()
    })
    .await
    {
        outbox_of(&app, 1).await;
        for attempt in 0..12 {
            let claimed = app::mail::outbox::claim(&app.db)
                .await
                .expect("db")
                .expect("due");
            app::mail::outbox::mark_failed(
                &app.db,
                &claimed,
                "421 try later",
                app::mail::outbox::Failure::Passing,
            )
            .await
            .expect("db");
            // Due again at once, for the test.
            outbox::Entity::update_many()
                .col_expr(
                    outbox::Column::NextAttemptAt,
                    sea_orm::sea_query::Expr::value(chrono::Utc::now()),
                )
                .exec(&app.db)
                .await
                .expect("db");
            let row = outbox::Entity::find()
                .one(&app.db)
                .await
                .expect("db")
                .expect("row");
            assert!(
                row.gave_up_at.is_none() && !row.to_address.is_empty(),
                "attempt {attempt}"
            );
        }
        let claimed = app::mail::outbox::claim(&app.db)
            .await
            .expect("db")
            .expect("due");
        app::mail::outbox::mark_failed(
            &app.db,
            &claimed,
            "550 no such user",
            app::mail::outbox::Failure::Refused,
        )
        .await
        .expect("db");
        let row = outbox::Entity::find()
            .one(&app.db)
            .await
            .expect("db")
            .expect("row");
        assert!(
            row.gave_up_at.is_some() && row.to_address.is_empty(),
            "a refusal for good gives up, and keeps no address"
        );
    }
}
