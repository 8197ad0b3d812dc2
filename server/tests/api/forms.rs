//! The view form posted as plain HTML, as a browser without JavaScript sends it.

use crate::helpers::{DialogueSpec, TestApp};

#[tokio::test(flavor = "multi_thread")]
async fn a_view_posted_without_javascript_is_saved_and_redirects_to_the_receipt() {
    for app in TestApp::each_backend().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        let res = app
            .post_form(
                &d.page("sv"),
                &[
                    (&d.answer_field(1), "Mer belysning"),
                    ("consent", "yes"),
                    ("key", "nojs-1"),
                ],
            )
            .await;
        assert_eq!(res.status().as_u16(), 303);
        let location = res.headers()["location"]
            .to_str()
            .expect("location")
            .to_string();
        assert!(location.starts_with("/sv/receipt/HV-"), "{location}");

        let stored = app.views_of(d.id).await;
        assert_eq!(stored.len(), 1);
        assert_eq!(
            stored[0].lang, "sv",
            "a view is in the page's language by default"
        );

        let (status, receipt) = app.get_text(&location).await;
        assert_eq!(status, 200);
        assert!(receipt.contains(&stored[0].reference));
        assert!(receipt.contains("Vad händer nu?"));
        assert!(receipt.contains("Ny lekplats i Grimsta"));

        // Sent again (a reload, or a resend after a lost connection): the same receipt.
        let again = app
            .post_form(
                &d.page("sv"),
                &[
                    (&d.answer_field(1), "Mer belysning"),
                    ("consent", "yes"),
                    ("key", "nojs-1"),
                ],
            )
            .await;
        assert_eq!(
            again.headers()["location"].to_str().expect("location"),
            location
        );
        assert_eq!(app.views_of(d.id).await.len(), 1);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_refused_form_comes_back_with_the_input_kept_and_a_message_at_each_field() {
    for app in TestApp::each_backend().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        let res = app
            .post_form(
                &d.page("sv"),
                &[
                    (&d.answer_field(0), "   "),
                    ("general", ""),
                    ("name", "Kalle <b>Anka</b>"),
                    ("age", "hundra"),
                    ("area", "vinsta"),
                    ("key", "kept-key"),
                ],
            )
            .await;
        assert_eq!(res.status().as_u16(), 422);
        let page = res.text().await.expect("body");
        assert!(
            page.contains("Skriv något i minst ett svar."),
            "empty answer message"
        );
        assert!(
            page.contains("Välj ett av alternativen i listan."),
            "bad choice message"
        );
        assert!(page.contains("Synpunkten skickades inte."), "summary");
        assert!(
            page.contains("Kalle &lt;b&gt;Anka&lt;/b&gt;"),
            "name kept, escaped"
        );
        assert!(
            page.contains(r#"<option value="vinsta" selected"#),
            "area kept"
        );
        assert!(
            page.contains(r#"value="kept-key""#),
            "the key is kept so a fixed resend is still one view"
        );
        assert!(page.contains(r#"aria-invalid="true""#));
        assert!(page.contains(r#"<html lang="sv""#));
        assert!(app.views_of(d.id).await.is_empty());

        let res = app
            .post_form(&d.page("en"), &[(&d.answer_field(0), ""), ("key", "k")])
            .await;
        let page = res.text().await.expect("body");
        assert!(
            !page.contains("Skriv något i minst ett svar."),
            "the English page speaks English"
        );
        assert!(page.contains(r#"<html lang="en""#));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_closed_dialogue_refuses_a_posted_view_with_a_clear_message() {
    for app in TestApp::each_backend().await {
        let d = app
            .dialogue(DialogueSpec {
                opens_in: -20,
                closes_in: -2,
                ..Default::default()
            })
            .await;
        let res = app
            .post_form(&d.page("sv"), &[(&d.answer_field(0), "Hej"), ("key", "k")])
            .await;
        assert_eq!(res.status().as_u16(), 409);
        let page = res.text().await.expect("body");
        assert!(page.contains("Dialogen är stängd."), "{page}");
        assert!(app.views_of(d.id).await.is_empty());
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn malformed_and_oversized_posts_get_a_translated_page_not_a_server_error() {
    for app in TestApp::each_backend().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        let url = app.url(&d.page("sv"));
        let bodies: Vec<Vec<u8>> = vec![
            b"%%%&&&==".to_vec(),
            vec![0xff, 0xfe, 0x00, 0x41],
            b"answer-abc=1&answer-=2&key".to_vec(),
            format!("{}=1", "a".repeat(10_000)).into_bytes(),
        ];
        for body in bodies {
            let res = app
                .client
                .post(&url)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(body)
                .send()
                .await
                .expect("POST");
            let status = res.status().as_u16();
            assert!((400..500).contains(&status), "got {status}");
        }
        let huge = format!("answer-{}={}", d.questions[0], "x".repeat(200_000));
        let res = app
            .client
            .post(&url)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(huge)
            .send()
            .await
            .expect("POST");
        assert_eq!(res.status().as_u16(), 413);
        let page = res.text().await.expect("body");
        assert!(page.contains("Det du skickade var för stort."), "{page}");
        let (status, _) = app.get_text("/xx/dialogues/foo").await;
        assert_eq!(status, 404);
        let res = app
            .post_form("/sv/dialogues/finns-inte", &[("key", "k")])
            .await;
        assert_eq!(res.status().as_u16(), 404);
        assert!(app.views_of(d.id).await.is_empty());
    }
}

/// A small deterministic generator, so a failure can be reproduced from its seed.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    fn bytes(&mut self, max: usize) -> Vec<u8> {
        let len = (self.next() as usize) % max;
        // Mostly the characters forms are made of, sometimes anything.
        const FORM: &[u8] = b"answer-12=&%+;key=general0123456789abcXYZ\xc3\xa5\xff\x00[]{}\"'<>";
        (0..len)
            .map(|_| {
                if self.next().is_multiple_of(4) {
                    self.next() as u8
                } else {
                    FORM[(self.next() as usize) % FORM.len()]
                }
            })
            .collect()
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_thousand_malformed_requests_give_no_server_error() {
    for app in TestApp::each_backend().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        let mut rng = Lcg(20261127);
        let targets = [
            (d.page("sv"), "application/x-www-form-urlencoded"),
            ("/api/submit-view".to_string(), "application/x-postcard"),
            (
                "/api/list-dialogues".to_string(),
                "application/x-www-form-urlencoded",
            ),
            (
                "/api/get-dialogue".to_string(),
                "application/x-www-form-urlencoded",
            ),
            (
                "/sv/staff/login".to_string(),
                "application/x-www-form-urlencoded",
            ),
            (
                "/sv/staff/moderation/1".to_string(),
                "application/x-www-form-urlencoded",
            ),
        ];
        for i in 0..1000 {
            let (path, content_type) = &targets[i % targets.len()];
            let body = rng.bytes(600);
            let res = app
                .client
                .post(app.url(path))
                .header("content-type", *content_type)
                .body(body.clone())
                .send()
                .await
                .expect("POST");
            assert!(
                res.status().as_u16() < 500,
                "request {i} to {path} answered {}: {:?}",
                res.status(),
                String::from_utf8_lossy(&body)
            );
        }
    }
}
