//! The rendered-page cache: a public page is served from memory, compressed once, revalidated
//! by its ETag, and never after a change it shows (in this process at once, in another on the
//! same database within a second); staff pages and pages for one visitor are never kept.

use std::io::Read as _;

use app::access::Role;
use chrono::Duration;

use crate::helpers::{DialogueSpec, Options, TestApp};
use crate::staff::Session;

async fn with_cache() -> Vec<TestApp> {
    TestApp::each_backend_with(Options {
        page_cache: true,
        ..Default::default()
    })
    .await
}

/// GETs `url` (absolute) with `headers`; the status, the `x-cache` header and the body.
async fn fetch(app: &TestApp, url: &str, headers: &[(&str, &str)]) -> (u16, String, Vec<u8>) {
    let mut req = app.client.get(url);
    for (name, value) in headers {
        req = req.header(*name, *value);
    }
    let res = req.send().await.expect("GET");
    let status = res.status().as_u16();
    let cache = res
        .headers()
        .get("x-cache")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("none")
        .to_string();
    (status, cache, res.bytes().await.expect("body").to_vec())
}

/// An editor creates and publishes a budget through the forms: something the budgets list
/// shows.
async fn publish_a_budget(app: &TestApp, editor: &Session, title: &str) {
    let day = |n: i64| (chrono::Utc::now().date_naive() + Duration::days(n)).to_string();
    let (a, b, c, d) = (day(10), day(40), day(60), day(80));
    let form = [
        ("title", title),
        ("summary", "Pengar till idéer."),
        ("eligibility", "Alla som bor här."),
        ("total", "100000"),
        ("method", "approval"),
        ("max-choices", "3"),
        ("rule", "greedy"),
        ("area", "grimsta"),
        ("ideas-opens", a.as_str()),
        ("ideas-closes", b.as_str()),
        ("voting-opens", c.as_str()),
        ("voting-closes", d.as_str()),
        ("decided-by", "Stadsdelsnämnden"),
        ("diarienummer", "HV 2027/1"),
    ];
    let csrf = app.csrf(editor).await;
    let mut fields = vec![("csrf", csrf.as_str())];
    fields.extend_from_slice(&form);
    let res = app
        .post_as(Some(editor), "/sv/staff/budgets/new", &fields)
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let location = res.headers()["location"].to_str().expect("location");
    let base = location.trim_end_matches("/edit?done=created").to_string();
    let res = app
        .post_as(
            Some(editor),
            &format!("{base}/publish"),
            &[("csrf", &csrf), ("form", "publish"), ("confirm", "yes")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_public_page_is_kept_compressed_revalidated_and_renewed_when_it_changes() {
    for app in with_cache().await {
        app.staff("ed@example.stockholm.se", Role::Editor).await;
        let editor = app.session("ed@example.stockholm.se").await;
        let list = app.url("/sv/budgets");
        let (status, cache, first) = fetch(&app, &list, &[]).await;
        assert_eq!((status, cache.as_str()), (200, "miss"));
        let (_, cache, again) = fetch(&app, &list, &[]).await;
        assert_eq!(cache, "hit");
        assert_eq!(first, again, "the same bytes");
        // Brotli and gzip, made once, read back as the same page.
        let (_, _, br) = fetch(&app, &list, &[("accept-encoding", "br")]).await;
        let mut page = Vec::new();
        brotli::Decompressor::new(&br[..], 4096)
            .read_to_end(&mut page)
            .expect("brotli");
        assert_eq!(page, first);
        let (_, _, gz) = fetch(&app, &list, &[("accept-encoding", "gzip")]).await;
        let mut page = Vec::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_end(&mut page)
            .expect("gzip");
        assert_eq!(page, first);
        // Revalidated: 304 without the page for the browser that has these bytes.
        let res = app.client.get(&list).send().await.expect("GET");
        let etag = res.headers()["etag"].to_str().expect("etag").to_string();
        let res = app
            .client
            .get(&list)
            .header("if-none-match", &etag)
            .send()
            .await
            .expect("GET");
        assert_eq!(res.status().as_u16(), 304);
        assert!(res.bytes().await.expect("body").is_empty());
        // A change the page shows: the next visitor gets the new page at once.
        publish_a_budget(&app, &editor, "Medborgarbudget för Vinsta").await;
        let (_, cache, changed) = fetch(&app, &list, &[]).await;
        assert_eq!(cache, "miss");
        assert!(String::from_utf8_lossy(&changed).contains("Medborgarbudget för Vinsta"));
        let res = app
            .client
            .get(&list)
            .header("if-none-match", &etag)
            .send()
            .await
            .expect("GET");
        assert_eq!(
            res.status().as_u16(),
            200,
            "the old ETag is not the page's any more"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn another_process_on_the_same_database_serves_the_change_within_a_second() {
    for app in with_cache().await {
        app.staff("ed@example.stockholm.se", Role::Editor).await;
        let editor = app.session("ed@example.stockholm.se").await;
        let other = app.second_process().await;
        let list = format!("{other}/sv/budgets");
        fetch(&app, &list, &[]).await;
        let (_, cache, _) = fetch(&app, &list, &[]).await;
        assert_eq!(cache, "hit", "the other process keeps the page");
        publish_a_budget(&app, &editor, "Medborgarbudget för Nälsta").await;
        tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
        let (_, _, page) = fetch(&app, &list, &[]).await;
        assert!(
            String::from_utf8_lossy(&page).contains("Medborgarbudget för Nälsta"),
            "no page older than the change after the stated second"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn staff_pages_and_pages_for_one_visitor_are_never_kept() {
    for app in with_cache().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        app.staff("ed@example.stockholm.se", Role::Editor).await;
        let editor = app.session("ed@example.stockholm.se").await;
        for _ in 0..2 {
            let res = app
                .client
                .get(app.url("/sv/staff/budgets"))
                .header("cookie", &editor.cookie)
                .send()
                .await
                .expect("GET");
            assert!(res.headers().get("x-cache").is_none());
            assert_eq!(res.headers()["cache-control"], "no-store");
        }
        // A signed-in staff member's public pages are rendered for them, and so are a voting
        // station's device's.
        for cookie in [editor.cookie.as_str(), "budget-station=abc"] {
            for _ in 0..2 {
                let (_, cache, _) =
                    fetch(&app, &app.url("/sv/budgets"), &[("cookie", cookie)]).await;
                assert_eq!(cache, "none", "{cookie}");
            }
        }
        // The dialogue page's form carries a key of its own for each visitor: two visitors
        // never get the same one.
        let key = |page: &[u8]| {
            let page = String::from_utf8_lossy(page).to_string();
            let start = page.find(r#"name="key" value=""#).expect("key field") + 18;
            page[start..start + 20].to_string()
        };
        let page = app.url(&format!("/sv/dialogues/{}", d.slug));
        let (_, first_cache, first) = fetch(&app, &page, &[]).await;
        let (_, _, second) = fetch(&app, &page, &[]).await;
        assert_eq!(first_cache, "none");
        assert_ne!(key(&first), key(&second));
    }
}
