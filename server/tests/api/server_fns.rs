//! Every server function, called the way the browser calls it, with good and bad input.

use app::error::ApiError;
use app::forms::FieldProblem;

use crate::helpers::{DialogueSpec, TestApp};

fn slugs(list: serde_json::Value) -> Vec<String> {
    list.as_array()
        .expect("list")
        .iter()
        .map(|c| c["slug"].as_str().expect("slug").to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn list_dialogues_filters_by_group_place_theme_and_status() {
    for app in TestApp::each_backend().await {
        app.dialogue(DialogueSpec::default()).await;
        app.dialogue(DialogueSpec {
            slug: "trygg-centrum",
            title_sv: "Tryggare Vällingby centrum",
            place: "vallingby-centrum",
            groups: &["everyone"],
            themes: &["safety"],
            opens_in: 3,
            closes_in: 30,
            ..Default::default()
        })
        .await;
        app.dialogue(DialogueSpec {
            slug: "utkast",
            published: false,
            ..Default::default()
        })
        .await;

        let (status, all) = app.call_form("list-dialogues", "lang=sv").await;
        assert_eq!(status, 200, "{:?}: {all:?}", app.backend);
        assert_eq!(
            slugs(all.expect("list")),
            ["lekplats-grimsta", "trygg-centrum"],
            "open first, drafts never"
        );

        for (query, expected) in [
            ("filter[group]=children", vec!["lekplats-grimsta"]),
            ("filter[place]=vallingby-centrum", vec!["trygg-centrum"]),
            ("filter[theme]=safety", vec!["trygg-centrum"]),
            ("filter[status]=upcoming", vec!["trygg-centrum"]),
            ("filter[status]=closed", vec![]),
            ("filter[group]=older-people", vec![]),
        ] {
            let (status, found) = app
                .call_form("list-dialogues", &format!("lang=sv&{query}"))
                .await;
            assert_eq!(status, 200, "{query}: {found:?}");
            assert_eq!(
                slugs(found.expect("list")),
                expected,
                "{:?} {query}",
                app.backend
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn list_dialogues_gives_the_readers_language_or_swedish() {
    for app in TestApp::each_backend().await {
        app.dialogue(DialogueSpec::default()).await;
        app.dialogue(DialogueSpec {
            slug: "bara-svenska",
            title_en: None,
            ..Default::default()
        })
        .await;
        let (_, list) = app.call_form("list-dialogues", "lang=en").await;
        let list = list.expect("list");
        let cards = list.as_array().expect("list");
        let card = |slug: &str| {
            cards
                .iter()
                .find(|c| c["slug"] == slug)
                .expect("card")
                .clone()
        };
        assert_eq!(
            card("lekplats-grimsta")["title"],
            "A new playground in Grimsta"
        );
        assert_eq!(card("lekplats-grimsta")["text_lang"], "en");
        assert_eq!(card("bara-svenska")["title"], "Ny lekplats i Grimsta");
        assert_eq!(card("bara-svenska")["text_lang"], "sv");
        assert_eq!(card("bara-svenska")["languages"], serde_json::json!(["sv"]));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn get_dialogue_answers_not_found_for_unknown_unpublished_or_bad_language() {
    for app in TestApp::each_backend().await {
        app.dialogue(DialogueSpec {
            slug: "utkast",
            published: false,
            ..Default::default()
        })
        .await;
        for body in [
            "lang=sv&slug=finns-inte&page=1",
            "lang=sv&slug=utkast&page=1",
            "lang=xx&slug=utkast&page=1",
        ] {
            let (status, err) = app.call_form("get-dialogue", body).await;
            assert_eq!((status, err), (404, Err(ApiError::NotFound)), "{body}");
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn get_dialogue_shows_only_published_consented_views_twenty_a_page() {
    for app in TestApp::each_backend().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        let q0 = d.answer_field(0);
        for i in 0..23 {
            let answer = format!("Synpunkt nummer {i}");
            let key = format!("k{i}");
            let consent = if i == 22 { "" } else { "yes" };
            let (status, _) = app
                .submit(
                    "sv",
                    &d.slug,
                    &[(&q0, &answer), ("key", &key), ("consent", consent)],
                )
                .await;
            assert_eq!(status, 200);
        }
        let stored = app.views_of(d.id).await;
        assert_eq!(stored.len(), 23);
        assert!(
            stored.iter().all(|v| v.status == "pending"),
            "pre-moderation: new views are pending"
        );

        let page = |n: u32| format!("lang=sv&slug={}&page={n}", d.slug);
        let (_, before) = app.call_form("get-dialogue", &page(1)).await;
        assert_eq!(
            before.expect("detail")["views"]["total"],
            0,
            "pending views are never public"
        );

        for v in &stored[..21] {
            app.publish(v).await;
        }
        app.publish(&stored[22]).await; // published, but the resident did not consent
        let page1 = app
            .call_form("get-dialogue", &page(1))
            .await
            .1
            .expect("detail");
        assert_eq!(page1["views"]["total"], 21);
        assert_eq!(page1["views"]["pages"], 2);
        assert_eq!(page1["views"]["items"].as_array().expect("items").len(), 20);
        let page2 = app
            .call_form("get-dialogue", &page(2))
            .await
            .1
            .expect("detail");
        assert_eq!(page2["views"]["items"].as_array().expect("items").len(), 1);
        let past_end = app
            .call_form("get-dialogue", &page(99))
            .await
            .1
            .expect("detail");
        assert_eq!(
            past_end["views"]["page"], 2,
            "a page past the end shows the last"
        );
        let texts = page1.to_string() + &page2.to_string();
        assert!(
            !texts.contains("Synpunkt nummer 21"),
            "unpublished view leaked"
        );
        assert!(
            !texts.contains("Synpunkt nummer 22"),
            "view without consent leaked"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn submit_view_stores_a_pending_view_and_returns_a_receipt() {
    for app in TestApp::each_backend().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        let q0 = d.answer_field(0);
        let fields = [
            (q0.as_str(), "Gungor och en sandlåda"),
            ("general", "Tack för att ni frågar!"),
            ("name", "Amira"),
            ("age", "30-49"),
            ("gender", "woman-girl"),
            ("area", "grimsta"),
            ("lang", "fi"),
            ("consent", "yes"),
            ("key", "key-1"),
        ];
        let (status, sent) = app.submit("sv", &d.slug, &fields).await;
        assert_eq!(status, 200, "{sent:?}");
        let reference = sent.expect("sent").reference;
        assert!(reference.starts_with("HV-"));

        let stored = app.views_of(d.id).await;
        assert_eq!(stored.len(), 1);
        let v = &stored[0];
        assert_eq!(
            (v.reference.as_str(), v.lang.as_str(), v.status.as_str()),
            (reference.as_str(), "fi", "pending")
        );
        assert_eq!(v.display_name.as_deref(), Some("Amira"));
        assert_eq!(v.age_group.as_deref(), Some("30-49"));
        assert_eq!(v.gender.as_deref(), Some("woman-girl"));
        assert!(v.consent_publish);

        let (status, again) = app
            .call_form(
                "get-receipt",
                &format!("lang=sv&reference={}", reference.to_lowercase()),
            )
            .await;
        assert_eq!(status, 200);
        let again = again.expect("receipt");
        assert_eq!(again["reference"], reference.as_str());
        assert_eq!(again["dialogue_title"], "Ny lekplats i Grimsta");
        assert_eq!(again["consent_publish"], true);
        let (status, err) = app
            .call_form("get-receipt", "lang=sv&reference=HV-XXXX-XXXX")
            .await;
        assert_eq!((status, err), (404, Err(ApiError::NotFound)));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_same_form_sent_twice_is_one_view() {
    for app in TestApp::each_backend().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        let q0 = d.answer_field(0);
        let fields = [(q0.as_str(), "En gång"), ("key", "same-key")];
        let ((s1, r1), (s2, r2)) = tokio::join!(
            app.submit("sv", &d.slug, &fields),
            app.submit("sv", &d.slug, &fields)
        );
        let (s3, r3) = app.submit("sv", &d.slug, &fields).await;
        assert_eq!((s1, s2, s3), (200, 200, 200), "{r1:?} {r2:?} {r3:?}");
        assert_eq!(r1, r2);
        assert_eq!(r1, r3);
        assert_eq!(app.views_of(d.id).await.len(), 1);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn submit_view_refuses_each_kind_of_bad_input_with_field_codes() {
    for app in TestApp::each_backend().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        let long = "x".repeat(4001);
        let long_name = "n".repeat(61);
        let q0 = d.answer_field(0);
        let q0 = q0.as_str();
        // (fields sent, the field refused, why)
        type Case<'a> = (Vec<(&'a str, &'a str)>, &'a str, FieldProblem);
        let cases: Vec<Case> = vec![
            (vec![("key", "k")], q0, FieldProblem::Empty),
            (
                vec![(q0, long.as_str()), ("key", "k")],
                q0,
                FieldProblem::TooLong(4000),
            ),
            (
                vec![(q0, "ok"), ("key", "k"), ("age", "200")],
                "age",
                FieldProblem::NotAChoice,
            ),
            (
                vec![(q0, "ok"), ("key", "k"), ("gender", "x")],
                "gender",
                FieldProblem::NotAChoice,
            ),
            (
                vec![(q0, "ok"), ("key", "k"), ("lang", "klingon")],
                "lang",
                FieldProblem::NotAChoice,
            ),
            (
                vec![(q0, "ok"), ("key", "k"), ("website", "http://spam.example")],
                "website",
                FieldProblem::Honeypot,
            ),
            (vec![(q0, "ok")], "key", FieldProblem::MissingKey),
            (
                vec![(q0, "ok"), ("key", "k"), ("name", long_name.as_str())],
                "name",
                FieldProblem::TooLong(60),
            ),
        ];
        for (fields, field, problem) in cases {
            let (status, result) = app.submit("sv", &d.slug, &fields).await;
            assert_eq!(status, 422, "{field}: {result:?}");
            let Err(ApiError::Invalid(problems)) = result else {
                panic!("{field}: {result:?}")
            };
            assert!(
                problems
                    .iter()
                    .any(|p| p.field == field && p.problem == problem),
                "{field} {problem:?}: {problems:?}"
            );
        }
        assert!(
            app.views_of(d.id).await.is_empty(),
            "nothing refused is stored"
        );

        for garbage in [vec![], vec![0xff; 7], b"{\"lang\":\"sv\"}".to_vec()] {
            let (status, result) = app.submit_raw(garbage).await;
            assert_eq!(
                status, 400,
                "a malformed call is a client error: {result:?}"
            );
            assert_eq!(result, Err(ApiError::Transport("undecodable".into())));
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn closed_upcoming_and_unknown_dialogues_take_no_views() {
    for app in TestApp::each_backend().await {
        let closed = app
            .dialogue(DialogueSpec {
                slug: "stangd",
                opens_in: -30,
                closes_in: -1,
                ..Default::default()
            })
            .await;
        let upcoming = app
            .dialogue(DialogueSpec {
                slug: "kommande",
                opens_in: 1,
                closes_in: 30,
                ..Default::default()
            })
            .await;
        for d in [&closed, &upcoming] {
            let (status, result) = app
                .submit("sv", &d.slug, &[(&d.answer_field(0), "Hej"), ("key", "k")])
                .await;
            assert_eq!((status, result), (409, Err(ApiError::NotOpen)));
            assert!(app.views_of(d.id).await.is_empty());
        }
        let (status, result) = app.submit("sv", "finns-inte", &[("key", "k")]).await;
        assert_eq!((status, result), (404, Err(ApiError::NotFound)));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn one_address_sending_too_many_views_is_slowed_down() {
    use crate::helpers::Options;
    for app in TestApp::each_backend_with(Options {
        burst: 3,
        ..Default::default()
    })
    .await
    {
        let d = app.dialogue(DialogueSpec::default()).await;
        let mut statuses = Vec::new();
        for i in 0..5 {
            let key = format!("rate-{i}");
            let (status, _) = app
                .submit("sv", &d.slug, &[(&d.answer_field(0), "Hej"), ("key", &key)])
                .await;
            statuses.push(status);
        }
        assert_eq!(statuses, [200, 200, 200, 429, 429]);
        assert_eq!(app.views_of(d.id).await.len(), 3);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn an_oversized_request_is_refused_without_a_server_error() {
    for app in TestApp::each_backend().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        let huge = "å".repeat(100_000);
        let (status, _) = app
            .submit("sv", &d.slug, &[(&d.answer_field(0), &huge), ("key", "k")])
            .await;
        assert!((400..500).contains(&status), "got {status}");
        assert!(app.views_of(d.id).await.is_empty());
    }
}
