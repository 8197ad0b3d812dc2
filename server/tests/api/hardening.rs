//! What an operator checks before putting the portal on the internet: the session cookie, the
//! residents' idempotency key, bad addresses, the append-only audit log, limits that hold
//! across processes and behind a proxy, health checks, password resets and backups.

use app::access::Role;
use app::db::entities::{audit_entry, view, view_report};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::helpers::{DialogueSpec, Options, TestApp};
use crate::staff::PASSWORD;

fn location(res: &reqwest::Response) -> String {
    res.headers()["location"]
        .to_str()
        .expect("location")
        .to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_session_cookie_is_host_only_secure_and_read_only_when_it_is_alone() {
    for app in TestApp::each_backend().await {
        app.staff("mod@example.stockholm.se", Role::Moderator).await;
        let res = app.sign_in("mod@example.stockholm.se", PASSWORD).await;
        let cookie = res.headers()["set-cookie"]
            .to_str()
            .expect("cookie")
            .to_string();
        assert!(cookie.starts_with("__Host-portal_staff="), "{cookie}");
        assert!(cookie.contains("; Secure"), "{cookie}");
        assert!(cookie.contains("; Path=/;"), "{cookie}");
        assert!(!cookie.contains("Domain"), "{cookie}");
        let pair = cookie.split(';').next().expect("pair").to_string();
        let token = pair.split_once('=').expect("value").1.to_string();

        let page = |cookie: String| {
            let app = &app;
            async move {
                let res = app
                    .client
                    .get(app.url("/sv/staff/moderation"))
                    .header("cookie", cookie)
                    .send()
                    .await
                    .expect("GET");
                res.status().as_u16()
            }
        };
        assert_eq!(page(pair.clone()).await, 200);
        // A second cookie of the same name (planted by a subdomain or an older login) makes
        // neither count, whichever comes first.
        assert_eq!(
            page(format!("__Host-portal_staff=planted; {pair}")).await,
            401
        );
        assert_eq!(
            page(format!("{pair}; __Host-portal_staff=planted")).await,
            401
        );
        // The development cookie's name is not read when cookies are secure.
        assert_eq!(page(format!("portal_staff={token}")).await, 401);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_key_chosen_by_another_page_never_hands_out_another_persons_receipt() {
    for app in TestApp::each_backend().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        let post = |text: &'static str| {
            let (app, field, page) = (&app, d.answer_field(0), d.page("sv"));
            async move {
                app.post_form(&page, &[(&field, text), ("key", "fixed-by-a-hostile-page")])
                    .await
            }
        };
        let first = location(&post("Första personens synpunkt").await);
        let second = location(&post("Andra personens synpunkt").await);
        assert!(second.starts_with("/sv/receipt/HV-"), "{second}");
        assert_ne!(first, second, "another text is another view");
        assert_eq!(app.views_of(d.id).await.len(), 2, "neither view is dropped");
        // The same form sent again is still one view.
        assert_eq!(location(&post("Andra personens synpunkt").await), second);
        assert_eq!(app.views_of(d.id).await.len(), 2);

        // A refused post from another site does not pass its key on to the form.
        for (name, value) in [
            ("sec-fetch-site", "cross-site"),
            ("origin", "https://evil.example"),
        ] {
            let res = app
                .client
                .post(app.url(&d.page("sv")))
                .header("content-type", "application/x-www-form-urlencoded")
                .header(name, value)
                .body("key=evil-key&general=")
                .send()
                .await
                .expect("POST");
            assert_eq!(res.status().as_u16(), 422);
            let page = res.text().await.expect("body");
            assert!(!page.contains("evil-key"), "{name}: the key was echoed");
            assert!(page.contains(r#"name="key""#), "a fresh key instead");
        }
        // The same refusal from the portal's own page keeps the key (a fixed resend is one view).
        let res = app
            .client
            .post(app.url(&d.page("sv")))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("sec-fetch-site", "same-origin")
            .body("key=own-key&general=")
            .send()
            .await
            .expect("POST");
        assert!(res.text().await.expect("body").contains("own-key"));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_report_under_a_bad_or_wrong_address_is_refused_and_stores_nothing() {
    for app in TestApp::each_backend().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        let other = app
            .dialogue(DialogueSpec {
                slug: "annan-dialog",
                ..Default::default()
            })
            .await;
        let res = app
            .post_form(&d.page("sv"), &[(&d.answer_field(0), "Bra"), ("key", "r1")])
            .await;
        assert_eq!(res.status().as_u16(), 303);
        let v = app.views_of(d.id).await.remove(0);
        app.publish(&v).await;
        let form = [("view", v.id.to_string()), ("reason", "offensive".into())];
        for path in [
            "/sv/dialogues/a%0Ab/report".to_string(),
            format!("{}/report", other.page("sv")),
        ] {
            let res = app
                .client
                .post(app.url(&path))
                .form(&form)
                .send()
                .await
                .expect("POST");
            assert_eq!(res.status().as_u16(), 404, "{path}");
        }
        let reports = view_report::Entity::find()
            .count(&app.db)
            .await
            .expect("db");
        assert_eq!(reports, 0, "nothing stored for a wrong address");

        let res = app
            .client
            .post(app.url(&format!("{}/report", d.page("sv"))))
            .form(&form)
            .send()
            .await
            .expect("POST");
        assert_eq!(
            location(&res),
            format!("/sv/dialogues/{}?reported=yes#views-heading", d.slug)
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_malformed_server_function_call_answers_a_code_not_the_decoders_words() {
    for app in TestApp::each_backend().await {
        let res = app
            .client
            .post(app.url("/api/get-receipt"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body("reference=HV-AAAA-BBBB")
            .send()
            .await
            .expect("POST");
        assert_eq!(res.status().as_u16(), 400);
        let body = res.bytes().await.expect("body");
        let error: app::error::ApiError = postcard::from_bytes(&body).expect("an ApiError");
        assert_eq!(error, app::error::ApiError::Transport("undecodable".into()));
        let text = String::from_utf8_lossy(&body);
        assert!(!text.contains("missing field"), "{text}");
        assert!(!text.contains("lang"), "{text}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_database_refuses_to_change_or_delete_the_audit_log() {
    for app in TestApp::each_backend().await {
        app.staff("mod@example.stockholm.se", Role::Moderator).await;
        let _ = app.session("mod@example.stockholm.se").await;
        let before = audit_entry::Entity::find()
            .count(&app.db)
            .await
            .expect("db");
        assert!(before > 0);
        for statement in [
            "UPDATE audit_entry SET action = 'approve'",
            "DELETE FROM audit_entry",
        ] {
            let result = app.db.execute_unprepared(statement).await;
            assert!(result.is_err(), "{statement} was allowed");
            assert!(format!("{result:?}").contains("append-only"), "{result:?}");
        }
        if app.backend == crate::helpers::Backend::Postgres {
            assert!(app
                .db
                .execute_unprepared("TRUNCATE audit_entry")
                .await
                .is_err());
        }
        let after = audit_entry::Entity::find()
            .count(&app.db)
            .await
            .expect("db");
        assert_eq!(before, after);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn failed_sign_ins_wait_alike_for_real_and_unknown_addresses_and_name_no_actor() {
    for app in TestApp::each_backend().await {
        app.staff("mod@example.stockholm.se", Role::Moderator).await;
        for email in ["mod@example.stockholm.se", "nobody@example.stockholm.se"] {
            let mut answers = Vec::new();
            for _ in 0..4 {
                answers.push(location(&app.sign_in(email, "wrong password!").await));
            }
            assert_eq!(
                answers,
                [
                    "/sv/staff/login?error=bad-credentials",
                    "/sv/staff/login?error=bad-credentials",
                    "/sv/staff/login?error=bad-credentials",
                    "/sv/staff/login?error=throttled",
                ],
                "{email}"
            );
            // Another spelling of the same address is the same address, and even the right
            // password waits.
            let res = app
                .sign_in(&format!(" {} ", email.to_uppercase()), PASSWORD)
                .await;
            assert_eq!(location(&res), "/sv/staff/login?error=throttled");
        }

        let failures = audit_entry::Entity::find()
            .filter(audit_entry::Column::Action.eq("login-failed"))
            .all(&app.db)
            .await
            .expect("audit");
        assert_eq!(failures.len(), 6, "three per address, both logged");
        assert!(
            failures.iter().all(|f| f.actor_staff_id.is_none()),
            "whoever failed is not the account they tried"
        );
        assert_eq!(
            failures
                .iter()
                .filter(|f| f.target.starts_with("sign-in:"))
                .count(),
            3,
            "the unknown address is logged by a digest, not as typed"
        );
        assert!(failures.iter().all(|f| !f.target.contains("nobody")));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn limits_hold_once_across_two_server_processes() {
    for app in TestApp::each_backend_with(Options {
        burst: 2,
        ..Default::default()
    })
    .await
    {
        let d = app.dialogue(DialogueSpec::default()).await;
        let second = app.second_process().await;
        let post = |base: String, key: &'static str| {
            let (client, page, field) = (app.client.clone(), d.page("sv"), d.answer_field(0));
            async move {
                client
                    .post(format!("{base}{page}"))
                    .form(&[(field.as_str(), "Synpunkt"), ("key", key)])
                    .send()
                    .await
                    .expect("POST")
                    .status()
                    .as_u16()
            }
        };
        assert_eq!(post(app.address.clone(), "a").await, 303);
        assert_eq!(post(second.clone(), "b").await, 303);
        assert_eq!(
            post(app.address.clone(), "c").await,
            429,
            "the burst of two is used up, one view on each process"
        );
        assert_eq!(post(second.clone(), "d").await, 429);

        // Failed sign-ins through the other process count here too.
        app.staff("mod@example.stockholm.se", Role::Moderator).await;
        for _ in 0..3 {
            app.client
                .post(format!("{second}/sv/staff/login"))
                .form(&[
                    ("email", "mod@example.stockholm.se"),
                    ("password", "wrong!"),
                ])
                .send()
                .await
                .expect("POST");
        }
        let res = app.sign_in("mod@example.stockholm.se", PASSWORD).await;
        assert_eq!(location(&res), "/sv/staff/login?error=throttled");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn behind_a_trusted_proxy_each_resident_has_their_own_limit() {
    for trusted in [true, false] {
        let proxies = if trusted {
            vec!["127.0.0.1/32".parse().expect("net")]
        } else {
            Vec::new()
        };
        for app in TestApp::each_backend_with(Options {
            burst: 1,
            trusted_proxies: proxies.clone(),
            ..Default::default()
        })
        .await
        {
            let d = app.dialogue(DialogueSpec::default()).await;
            let post = |forwarded: &'static str, key: &'static str| {
                let (app, page, field) = (&app, d.page("sv"), d.answer_field(0));
                async move {
                    app.client
                        .post(app.url(&page))
                        .header("x-forwarded-for", forwarded)
                        .form(&[(field.as_str(), "Synpunkt"), ("key", key)])
                        .send()
                        .await
                        .expect("POST")
                        .status()
                        .as_u16()
                }
            };
            assert_eq!(post("203.0.113.1", "a").await, 303);
            // What a client writes left of the proxy's entry is not believed.
            let other = post("203.0.113.1, 203.0.113.2", "b").await;
            let same = post("198.51.100.7, 203.0.113.1", "c").await;
            let v6_a = post("2001:db8:1:2::1", "d").await;
            let v6_b = post("2001:db8:1:2::ffff", "e").await;
            if trusted {
                assert_eq!(other, 303, "another resident behind the proxy");
                assert_eq!(same, 429, "the first resident again");
                assert_eq!(v6_a, 303);
                assert_eq!(v6_b, 429, "one /64 network is one resident");
            } else {
                assert_eq!(
                    (other, same, v6_a, v6_b),
                    (429, 429, 429, 429),
                    "without trusted proxies the header is ignored"
                );
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn health_and_readiness_answer_and_every_answer_has_a_request_id() {
    for app in TestApp::each_backend().await {
        for (path, body) in [("/healthz", "ok"), ("/readyz", "ready")] {
            let res = app.get(path).await;
            assert_eq!(res.status().as_u16(), 200, "{path}");
            let id = res.headers()["x-request-id"]
                .to_str()
                .expect("id")
                .to_string();
            assert_eq!(id.len(), 36, "a UUID: {id}");
            assert_eq!(res.text().await.expect("body"), body);
        }
        let a = app.get("/sv").await.headers()["x-request-id"].clone();
        let b = app.get("/sv").await.headers()["x-request-id"].clone();
        assert_ne!(a, b, "one id per request");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn an_administrator_resets_a_password_and_the_next_sign_in_must_change_it() {
    for app in TestApp::each_backend().await {
        app.staff("admin@example.stockholm.se", Role::Admin).await;
        app.staff("mod@example.stockholm.se", Role::Moderator).await;
        let admin = app.session("admin@example.stockholm.se").await;
        let moderator = app.session("mod@example.stockholm.se").await;
        let id = app::accounts::service::account_id(&app.db, "mod@example.stockholm.se")
            .await
            .expect("id");
        let csrf = app.csrf(&admin).await;
        let path = format!("/sv/staff/accounts/{id}/password");
        let res = app
            .post_as(
                Some(&admin),
                &path,
                &[("csrf", &csrf), ("password", "short")],
            )
            .await;
        assert_eq!(
            location(&res),
            "/sv/staff/accounts?error=account-error-short"
        );
        let temporary = "temporary password 2026";
        let res = app
            .post_as(
                Some(&admin),
                &path,
                &[("csrf", &csrf), ("password", temporary)],
            )
            .await;
        assert_eq!(location(&res), "/sv/staff/accounts?done=reset");

        let (status, _) = app.get_as(Some(&moderator), "/sv/staff/moderation").await;
        assert_eq!(status, 401, "the old session ended");
        assert_eq!(
            location(&app.sign_in("mod@example.stockholm.se", PASSWORD).await),
            "/sv/staff/login?error=bad-credentials"
        );
        let res = app.sign_in("mod@example.stockholm.se", temporary).await;
        assert_eq!(location(&res), "/sv/staff", "straight to the password form");
        let cookie = res.headers()["set-cookie"].to_str().expect("cookie");
        let session = crate::staff::Session {
            cookie: cookie.split(';').next().expect("pair").to_string(),
        };
        let (status, page) = app.get_as(Some(&session), "/sv/staff/moderation").await;
        assert_eq!(status, 403);
        assert!(page.contains("Välj ett eget lösenord"), "{page}");
        let csrf = app.csrf(&session).await;
        let res = app
            .post_as(
                Some(&session),
                "/sv/staff/password",
                &[
                    ("csrf", &csrf),
                    ("current", temporary),
                    ("new", "my very own password"),
                    ("again", "my very own password"),
                ],
            )
            .await;
        assert_eq!(location(&res), "/sv/staff?done=password");
        let (status, _) = app.get_as(Some(&session), "/sv/staff/moderation").await;
        assert_eq!(status, 200);

        let resets = audit_entry::Entity::find()
            .filter(audit_entry::Column::Action.eq("password-reset"))
            .all(&app.db)
            .await
            .expect("audit");
        assert_eq!(
            resets.len(),
            1,
            "the refused short one is not a reset: {resets:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_backup_taken_while_serving_holds_every_view() {
    for app in TestApp::each_backend().await {
        if app.backend != crate::helpers::Backend::Sqlite {
            // PostgreSQL is backed up with pg_dump; the command says so.
            let dir = tempfile::tempdir().expect("dir");
            let result = app::db::backup(&app.db, &dir.path().join("x.db")).await;
            assert!(format!("{result:?}").contains("pg_dump"));
            continue;
        }
        let d = app.dialogue(DialogueSpec::default()).await;
        for i in 0..5 {
            let key = format!("backup-{i}");
            let res = app
                .post_form(
                    &d.page("sv"),
                    &[(&d.answer_field(0), "Synpunkt"), ("key", &key)],
                )
                .await;
            assert_eq!(res.status().as_u16(), 303);
        }
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("backup.db");
        app::db::backup(&app.db, &path).await.expect("backup");
        assert!(
            app::db::backup(&app.db, &path).await.is_err(),
            "never overwrites"
        );

        let copy = app::db::connect(&format!("sqlite://{}", path.display()))
            .await
            .expect("open the copy");
        assert_eq!(app::db::pending_migrations(&copy).await.expect("db"), 0);
        let restored: Vec<String> = view::Entity::find()
            .all(&copy)
            .await
            .expect("views")
            .into_iter()
            .map(|v| v.reference)
            .collect();
        let mut original: Vec<String> = app
            .views_of(d.id)
            .await
            .into_iter()
            .map(|v| v.reference)
            .collect();
        let mut restored = restored;
        original.sort();
        restored.sort();
        assert_eq!(restored, original);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn metrics_count_requests_by_route_views_by_channel_and_read_the_queue() {
    let handle = server::metrics::install().expect("recorder");
    for app in TestApp::each_backend().await {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let metrics_url = format!("http://{}/metrics", listener.local_addr().expect("addr"));
        let router = server::metrics::router(app.state.clone(), handle.clone());
        tokio::spawn(async move { axum::serve(listener, router).await });
        let d = app.dialogue(DialogueSpec::default()).await;
        let res = app
            .post_form(
                &d.page("sv"),
                &[(&d.answer_field(0), "Mätt"), ("key", "metrics-1")],
            )
            .await;
        assert_eq!(res.status().as_u16(), 303);
        assert_eq!(app.get(&d.page("sv")).await.status().as_u16(), 200);

        let text = app
            .client
            .get(&metrics_url)
            .send()
            .await
            .expect("GET")
            .text()
            .await
            .expect("body");
        // One series per route pattern, whatever the slug.
        assert!(
            text.contains(r#"http_requests_total{route="/{lang}/dialogues/{slug}",method="POST",status="303"}"#),
            "{text}"
        );
        assert!(!text.contains(&d.slug), "no series per slug");
        assert!(
            text.contains("http_request_duration_seconds_bucket{"),
            "{text}"
        );
        assert!(
            text.contains(r#"portal_views_received_total{channel="web"}"#),
            "{text}"
        );
        let queue: f64 = text
            .lines()
            .find_map(|l| l.strip_prefix("portal_moderation_queue "))
            .expect("queue gauge")
            .parse()
            .expect("number");
        assert_eq!(queue, 1.0, "this app's one pending view");
        assert!(text.contains("portal_outbox_backlog "));
        assert!(text.contains("portal_db_connections "));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn public_pages_carry_a_validator_and_answer_304_when_unchanged() {
    for app in TestApp::each_backend().await {
        app.dialogue(DialogueSpec::default()).await;
        let first = app.get("/sv").await;
        assert_eq!(first.status().as_u16(), 200);
        assert_eq!(first.headers()["cache-control"], "private, no-cache");
        let tag = first.headers()["etag"].clone();
        let again = app
            .client
            .get(app.url("/sv"))
            .header("if-none-match", tag.clone())
            .send()
            .await
            .expect("GET");
        assert_eq!(again.status().as_u16(), 304);
        assert_eq!(again.headers()["etag"], tag);
        assert!(again.bytes().await.expect("body").is_empty());

        // Something changed on the page: a new dialogue in the list, a new tag, the whole page.
        app.dialogue(DialogueSpec {
            slug: "ny-dialog",
            title_sv: "En ny dialog i listan",
            ..Default::default()
        })
        .await;
        let changed = app
            .client
            .get(app.url("/sv"))
            .header("if-none-match", tag.clone())
            .send()
            .await
            .expect("GET");
        assert_eq!(changed.status().as_u16(), 200);
        assert_ne!(changed.headers()["etag"], tag);
        assert!(changed
            .text()
            .await
            .expect("body")
            .contains("En ny dialog i listan"));

        // Staff pages have no validator: they are never stored at all.
        let login = app.get("/sv/staff/login").await;
        assert_eq!(login.headers()["cache-control"], "no-store");
        assert!(!login.headers().contains_key("etag"));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_panic_is_a_translated_500_page_naming_the_request_id_and_a_slow_request_times_out() {
    let app = TestApp::each_backend().await.remove(0);
    // Two routes that misbehave, behind the same middleware as every real route.
    let routes = axum::Router::new()
        .route(
            "/fi/boom",
            axum::routing::get(|| async {
                if true {
                    panic!("a bug in one request");
                }
                "never"
            }),
        )
        .route(
            "/sv/slow",
            axum::routing::get(|| async {
                tokio::time::sleep(std::time::Duration::from_secs(10)).await;
                "too late"
            }),
        );
    let router = server::with_edge(routes, app.state.clone(), std::time::Duration::from_secs(1));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move { axum::serve(listener, router).await });

    let res = app
        .client
        .get(format!("{base}/fi/boom"))
        .send()
        .await
        .expect("GET");
    assert_eq!(res.status().as_u16(), 500);
    let id = res.headers()["x-request-id"]
        .to_str()
        .expect("id")
        .to_string();
    let page = app::i18n::strip_isolation(&res.text().await.expect("body"));
    assert!(
        page.contains("Jokin meni vikaan"),
        "in the page's language: {page}"
    );
    assert!(page.contains(&id), "the request id to quote: {page}");
    assert!(
        !page.contains("a bug in one request"),
        "no internals: {page}"
    );

    // The process goes on.
    assert_eq!(app.get("/healthz").await.status().as_u16(), 200);

    let started = std::time::Instant::now();
    let res = app
        .client
        .get(format!("{base}/sv/slow"))
        .send()
        .await
        .expect("GET");
    assert_eq!(res.status().as_u16(), 408);
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
}

#[tokio::test(flavor = "multi_thread")]
async fn paid_back_limits_and_old_sign_in_failures_are_pruned() {
    for app in TestApp::each_backend().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        let res = app
            .post_form(
                &d.page("sv"),
                &[(&d.answer_field(0), "Hej"), ("key", "prune-1")],
            )
            .await;
        assert_eq!(res.status().as_u16(), 303);
        let now = chrono::Utc::now().timestamp_millis();
        let day = 24 * 3_600_000_i64;
        app.db
            .execute_unprepared(&format!(
                "INSERT INTO rate_limit (bucket, tat) VALUES ('views:192.0.2.1', {})",
                now - 60_000
            ))
            .await
            .expect("an old bucket");
        app.db
            .execute_unprepared(&format!(
                "INSERT INTO sign_in_failure (who, failures, last_at) VALUES ('old', 5, {}), \
                 ('recent', 5, {now})",
                now - 2 * day
            ))
            .await
            .expect("failures");
        let count = |table: &'static str| {
            let db = app.db.clone();
            async move {
                let row = db
                    .query_one_raw(sea_orm::Statement::from_string(
                        db.get_database_backend(),
                        format!("SELECT COUNT(*) AS n FROM {table}"),
                    ))
                    .await
                    .expect("count")
                    .expect("row");
                row.try_get::<i64>("", "n").expect("n")
            }
        };
        assert_eq!(count("rate_limit").await, 2);
        assert_eq!(app::limits::prune(&app.db).await.expect("prune"), 1);
        assert_eq!(
            count("rate_limit").await,
            1,
            "the bucket still in use stays"
        );
        assert_eq!(
            app::accounts::throttle::prune(&app.db)
                .await
                .expect("prune"),
            1
        );
        assert_eq!(
            count("sign_in_failure").await,
            1,
            "the recent failure stays"
        );
    }
}
