//! Pages as a browser without JavaScript gets them.

use crate::helpers::{DialogueSpec, TestApp};

#[tokio::test(flavor = "multi_thread")]
async fn the_list_filters_with_a_plain_get_form() {
    for app in TestApp::each_backend().await {
        app.dialogue(DialogueSpec::default()).await;
        app.dialogue(DialogueSpec {
            slug: "aldre-racksta",
            title_sv: "Mötesplats för äldre i Råcksta",
            place: "racksta",
            groups: &["older-people"],
            themes: &["older-meeting-places"],
            ..Default::default()
        })
        .await;
        let (status, page) = app.get_text("/sv").await;
        assert_eq!(status, 200);
        assert!(page.contains(r#"<html lang="sv""#));
        assert!(
            page.contains("Ny lekplats i Grimsta")
                && page.contains("Mötesplats för äldre i Råcksta")
        );
        assert!(
            page.contains(r#"<form method="get" action="/sv""#),
            "a plain GET form"
        );

        let (_, page) = app
            .get_text("/sv?group=older-people&place=&theme=&status=")
            .await;
        assert!(page.contains("Mötesplats för äldre i Råcksta"));
        assert!(!page.contains("Ny lekplats i Grimsta"));
        assert!(
            page.contains(r#"<option value="older-people" selected"#),
            "the chosen filter stays chosen"
        );

        let (status, page) = app.get_text("/sv?group=nonsense&status=%ff").await;
        assert_eq!(status, 200, "unknown filter values are ignored");
        assert!(page.contains("Ny lekplats i Grimsta"));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_dialogue_page_shows_every_fact_the_questions_and_the_form() {
    for app in TestApp::each_backend().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        let (status, page) = app.get_text(&d.page("sv")).await;
        assert_eq!(status, 200);
        for expected in [
            "Ny lekplats i Grimsta",
            "Första stycket.",
            "Det här kan du påverka",
            "Utformningen.",
            "Budgeten.",
            "Stadsdelsnämnden i juni.",
            "Grimsta",
            "Barn, Barnfamiljer",
            "Parker och grönområden",
            "Samråd",
            "kim.berg@example.stockholm.se",
            "Vad vill du kunna göra där?",
            r#"name="key""#,
            "Skicka synpunkt",
        ] {
            assert!(page.contains(expected), "missing {expected:?}");
        }
        let (_, english) = app.get_text(&d.page("en")).await;
        assert!(english.contains("A new playground in Grimsta"));
        assert!(english.contains(r#"<html lang="en""#));
        assert!(english.contains(r#"<label for="answer-"#));
        assert!(
            english.contains(r#"lang="sv""#),
            "the Swedish-only question is marked as Swedish"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_closed_dialogue_has_no_form_and_says_so() {
    for app in TestApp::each_backend().await {
        let d = app
            .dialogue(DialogueSpec {
                opens_in: -20,
                closes_in: -1,
                ..Default::default()
            })
            .await;
        let (status, page) = app.get_text(&d.page("sv")).await;
        assert_eq!(status, 200);
        assert!(page.contains("Dialogen är stängd."));
        assert!(!page.contains("Skicka synpunkt"));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn unknown_pages_are_translated_404s() {
    for app in TestApp::each_backend().await {
        app.dialogue(DialogueSpec {
            slug: "utkast",
            published: false,
            ..Default::default()
        })
        .await;
        for (path, lang) in [
            ("/sv/dialogues/finns-inte", "sv"),
            ("/en/dialogues/utkast", "en"),
            ("/sv/receipt/HV-AAAA-AAAA", "sv"),
            ("/nope", "sv"),
            ("/en/nope/deeper", "en"),
        ] {
            let (status, page) = app.get_text(path).await;
            assert_eq!(status, 404, "{path}");
            assert!(page.contains(&format!(r#"<html lang="{lang}""#)), "{path}");
        }
        let (_, page) = app.get_text("/sv/dialogues/finns-inte").await;
        assert!(page.contains("Sidan finns inte"));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_accessibility_statement_names_the_standard_and_how_to_report() {
    for app in TestApp::each_backend().await {
        let (status, page) = app.get_text("/sv/accessibility").await;
        assert_eq!(status, 200);
        assert!(page.contains("WCAG 2.1"));
        assert!(page.contains("Rapportera ett problem"));
        assert!(page.contains("Digg"));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_front_door_picks_the_remembered_then_the_browsers_language() {
    for app in TestApp::each_backend().await {
        let location = |res: reqwest::Response| {
            res.headers()["location"]
                .to_str()
                .expect("location")
                .to_string()
        };
        assert_eq!(location(app.get("/").await), "/sv");
        let res = app
            .client
            .get(app.url("/"))
            .header("accept-language", "de, en;q=0.8")
            .send()
            .await
            .expect("GET");
        assert_eq!(location(res), "/en");
        let res = app
            .client
            .get(app.url("/"))
            .header("accept-language", "en")
            .header("cookie", "lang=sv")
            .send()
            .await
            .expect("GET");
        assert_eq!(
            location(res),
            "/sv",
            "a language chosen before wins over the browser's"
        );
        let res = app
            .client
            .get(app.url("/dialogues/lekplats-grimsta?page=2"))
            .header("accept-language", "fi-FI")
            .send()
            .await
            .expect("GET");
        assert_eq!(
            location(res),
            "/fi/dialogues/lekplats-grimsta?page=2",
            "links without a language get one"
        );
        let res = app.get("/en").await;
        assert!(res.headers()["set-cookie"]
            .to_str()
            .expect("cookie")
            .starts_with("lang=en"));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_text_missing_in_the_readers_language_is_shown_in_swedish_with_a_notice() {
    for app in TestApp::each_backend().await {
        let d = app
            .dialogue(DialogueSpec {
                title_en: None,
                ..Default::default()
            })
            .await;
        let (_, page) = app.get_text(&d.page("en")).await;
        assert!(
            page.contains("This dialogue is not available in English yet."),
            "notice in the reader's language"
        );
        assert!(
            page.contains(r#"<div lang="sv"><h1>Ny lekplats i Grimsta</h1>"#),
            "Swedish text marked as Swedish"
        );
        let (_, page) = app.get_text(&d.page("sv")).await;
        assert!(!page.contains("Den här dialogen finns inte på ditt språk ännu."));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_list_names_each_dialogues_languages_and_can_hide_untranslated_ones() {
    for app in TestApp::each_backend().await {
        app.dialogue(DialogueSpec::default()).await;
        app.dialogue(DialogueSpec {
            slug: "bara-svenska",
            title_sv: "Bara på svenska",
            title_en: None,
            ..Default::default()
        })
        .await;
        let (_, page) = app.get_text("/en").await;
        assert!(
            page.contains(r#"<span lang="sv">Svenska</span>"#)
                && page.contains(r#"<span lang="en">English</span>"#)
        );
        assert!(page.contains("Bara på svenska"));
        let (_, page) = app.get_text("/en?mine=1").await;
        assert!(page.contains("A new playground in Grimsta"));
        assert!(
            !page.contains("Bara på svenska"),
            "untranslated dialogue hidden"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn search_engines_get_a_description_and_absolute_alternates_and_one_address_per_page() {
    let apps = TestApp::each_backend().await;
    let app = &apps[0];
    let d = app.dialogue(DialogueSpec::default()).await;
    let base = app.state.mail.public_url.trim_end_matches('/').to_string();
    let path = format!("/fi/dialogues/{}", d.slug);
    let (status, page) = app.get_text(&path).await;
    assert_eq!(status, 200);
    // The head's tags, each as its attributes (in whatever order they are written).
    let head = &page[..page.find("</head>").expect("head")];
    let tags: Vec<Vec<&str>> = head
        .split('<')
        .filter(|t| t.starts_with("link ") || t.starts_with("meta "))
        .map(|t| t.trim_end_matches('>').split(' ').skip(1).collect())
        .collect();
    let has = |attributes: &[&str]| {
        tags.iter().any(|tag| {
            attributes
                .iter()
                .all(|a| tag.iter().any(|t| t.trim_end_matches('/') == *a))
        })
    };
    assert!(
        head.contains(r#"name="description""#) && head.contains("content=\"Kerro"),
        "a description in the page's language: {head}"
    );
    let href = |path: &str| format!(r#"href="{base}{path}""#);
    assert!(has(&[r#"rel="canonical""#, &href(&path)]), "{head}");
    for lang in ["sv", "fi", "fit", "se", "smj", "sma", "en"] {
        let alternate = href(&format!("/{lang}/dialogues/{}", d.slug));
        let hreflang = format!(r#"hreflang="{lang}""#);
        assert!(
            has(&[r#"rel="alternate""#, &hreflang, &alternate]),
            "{lang}: {head}"
        );
    }
    let default = href(&format!("/sv/dialogues/{}", d.slug));
    assert!(has(&[
        r#"rel="alternate""#,
        r#"hreflang="x-default""#,
        &default
    ]));
    // With a slash at the end, the same page: a permanent redirect there, the query kept.
    let res = app.get("/sv/").await;
    assert_eq!(res.status().as_u16(), 308);
    assert_eq!(res.headers()["location"], "/sv");
    let res = app.get("/sv/?group=children").await;
    assert_eq!(res.headers()["location"], "/sv?group=children");
    // Never to another site: `//host/` is not a path of this one.
    let res = app.get("//evil.example/").await;
    assert!(
        res.headers()
            .get("location")
            .is_none_or(|l| !l.to_str().unwrap_or("").starts_with("//")),
        "no redirect to another host"
    );
}
