//! The real binary, stopped as a service manager stops it (SIGTERM) while residents send views:
//! it exits cleanly, and every view it acknowledged is in the database.

use std::process::{Command, Stdio};
use std::time::Duration;

use app::db::entities::view;
use sea_orm::EntityTrait;

/// A free local port (bound, read, released).
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_view_sent_while_the_server_stops_is_stored_or_refused_never_lost() {
    let dir = tempfile::tempdir().expect("dir");
    let database = format!("sqlite://{}/portal.db?mode=rwc", dir.path().display());
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut child = Command::new(env!("CARGO_BIN_EXE_server"))
        .arg("serve")
        .env("DATABASE_URL", &database)
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("LEPTOS_SITE_ROOT", dir.path())
        .env("LEPTOS_OUTPUT_NAME", "portal")
        .env("PORTAL_SEED_DEMO", "true")
        .env("PORTAL_VIEWS_BURST", "100000")
        .env("PORTAL_OUTBOX_DIR", dir.path().join("outbox"))
        .env("PORTAL_SHUTDOWN_GRACE", "10")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .spawn()
        .expect("start the server");
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(20))
        .build()
        .expect("client");
    let mut ready = false;
    for _ in 0..300 {
        if let Ok(res) = client.get(format!("{base}/readyz")).send().await {
            if res.status().is_success() {
                ready = true;
                break;
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(ready, "the server did not become ready");
    let list: serde_json::Value = client
        .get(format!("{base}/api/v1/dialogues"))
        .send()
        .await
        .expect("GET")
        .json()
        .await
        .expect("JSON");
    let slug = list["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|d| d["state"] == "open")
        .and_then(|d| d["slug"].as_str())
        .expect("an open demo dialogue")
        .to_string();

    // Four residents keep sending views until the server stops answering.
    let senders: Vec<_> = (0..4)
        .map(|who| {
            let (client, url) = (client.clone(), format!("{base}/sv/dialogues/{slug}"));
            tokio::spawn(async move {
                let mut acknowledged = Vec::new();
                for i in 0.. {
                    let key = format!("stop-{who}-{i}");
                    let sent = client
                        .post(&url)
                        .form(&[("general", "Synpunkt under avstängningen"), ("key", &key)])
                        .send()
                        .await;
                    match sent {
                        Ok(res) if res.status().as_u16() == 303 => {
                            let location = res.headers()["location"]
                                .to_str()
                                .expect("location")
                                .to_string();
                            acknowledged
                                .push(location.rsplit('/').next().expect("ref").to_string());
                        }
                        // Refused (a 5xx while stopping) or no connection: not acknowledged.
                        Ok(_) => {}
                        Err(_) => break,
                    }
                }
                acknowledged
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(700)).await;
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    let status = tokio::task::spawn_blocking(move || child.wait())
        .await
        .expect("join")
        .expect("wait");
    assert!(status.success(), "a clean exit after SIGTERM: {status:?}");

    let mut acknowledged = Vec::new();
    for sender in senders {
        acknowledged.extend(sender.await.expect("sender"));
    }
    assert!(
        !acknowledged.is_empty(),
        "views were acknowledged before the stop"
    );
    let db = app::db::connect(&database).await.expect("open");
    let stored: std::collections::HashSet<String> = view::Entity::find()
        .all(&db)
        .await
        .expect("views")
        .into_iter()
        .map(|v| v.reference)
        .collect();
    let lost: Vec<&String> = acknowledged
        .iter()
        .filter(|r| !stored.contains(*r))
        .collect();
    assert!(lost.is_empty(), "acknowledged but not stored: {lost:?}");
}
