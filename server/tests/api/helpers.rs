//! `TestApp`: a server on port 0 with a database of its own, and fixtures to fill it.

use std::num::NonZeroU32;

use crate::smtp::SmtpSink;
use app::db::entities::{
    dialogue, dialogue_target_group, dialogue_text, dialogue_theme, question, question_text, view,
};
use app::error::ApiError;
use app::views::model::SentView;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, Database, DatabaseConnection, EntityTrait,
    QueryFilter, Set,
};

/// Which database a test app runs on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub struct TestApp {
    pub backend: Backend,
    pub address: String,
    pub db: DatabaseConnection,
    /// Follows no redirects, so tests see them.
    pub client: reqwest::Client,
    /// The state the server runs with (database, mail settings...).
    pub state: app::state::AppState,
    /// The SMTP server this app's mail goes to.
    pub smtp: SmtpSink,
    /// This app's mail sender, when it runs one.
    pub sender: Option<tokio::task::JoinHandle<()>>,
    /// The settings it was started with.
    pub settings: server::config::Settings,
    _dir: Option<tempfile::TempDir>,
    postgres: Option<(String, String)>,
}

/// Settings for a test: a small burst so the rate-limit test is quick.
pub struct Options {
    pub burst: u32,
    /// Run the mail sender in the background (the outbox tests drive it themselves).
    pub sender: bool,
    /// Open-data API requests per address per minute.
    pub api_per_minute: u32,
    /// Proxies whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// Keep rendered public pages. Off in most tests: they change the database directly and
    /// then read the page, which the cache (rightly) does not see; the cache's own tests turn
    /// it on and change things through the forms.
    pub page_cache: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            burst: 50,
            sender: true,
            api_per_minute: 6000,
            trusted_proxies: Vec::new(),
            page_cache: false,
        }
    }
}

impl TestApp {
    /// One app per backend this run tests.
    pub async fn each_backend() -> Vec<TestApp> {
        Self::each_backend_with(Options::default()).await
    }

    pub async fn each_backend_with(options: Options) -> Vec<TestApp> {
        let mut apps = vec![TestApp::spawn(Backend::Sqlite, &options).await];
        if std::env::var("TEST_POSTGRES_URL").is_ok() {
            apps.push(TestApp::spawn(Backend::Postgres, &options).await);
        }
        apps
    }

    async fn spawn(backend: Backend, options: &Options) -> TestApp {
        let (url, dir, postgres) = match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("temp dir");
                let url = format!("sqlite://{}/test.db?mode=rwc", dir.path().display());
                (url, Some(dir), None)
            }
            Backend::Postgres => {
                let admin = std::env::var("TEST_POSTGRES_URL").expect("TEST_POSTGRES_URL");
                let name = format!("portal_test_{}", uuid_like());
                let conn = Database::connect(&admin)
                    .await
                    .expect("connect to postgres");
                conn.execute_unprepared(&format!("CREATE DATABASE {name}"))
                    .await
                    .expect("create database");
                conn.close().await.ok();
                let base = admin
                    .rsplit_once('/')
                    .map(|(b, _)| b.to_string())
                    .unwrap_or(admin.clone());
                (format!("{base}/{name}"), None, Some((admin, name)))
            }
        };
        let smtp = SmtpSink::start().await;
        let settings = server::config::Settings {
            database_url: url,
            seed_demo: false,
            views_per_minute: NonZeroU32::MIN,
            views_burst: NonZeroU32::new(options.burst).expect("burst > 0"),
            api_per_minute: NonZeroU32::new(options.api_per_minute).expect("api limit > 0"),
            insecure_cookies: false,
            page_cache: options.page_cache,
            logins_per_minute: NonZeroU32::new(5).expect("5 > 0"),
            trusted_proxies: options.trusted_proxies.clone(),
            skip_migrations: false,
            log_format: server::config::LogFormat::Text,
            request_timeout: 30,
            shutdown_grace: 5,
            metrics_addr: None,
            mail: server::config::MailConfig {
                smtp_url: Some(smtp.url.clone()),
                public_url: "https://dialog.example.se".to_string(),
                from: "Medborgardialog <dialog@example.se>".to_string(),
                ..server::config::MailConfig::default()
            },
        };
        let leptos_options = leptos::config::LeptosOptions::builder()
            .output_name("portal")
            .build();
        let state = server::build_state(&settings, leptos_options)
            .await
            .expect("state");
        let db = state.db.clone();
        let sender = options.sender.then(|| {
            let transport = server::mail_transport(&settings).expect("transport");
            server::spawn_mail_sender(state.clone(), transport)
        });
        let address = serve_on_a_free_port(state.clone()).await;
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        TestApp {
            backend,
            address,
            db,
            client,
            state,
            smtp,
            sender,
            settings: settings.clone(),
            _dir: dir,
            postgres,
        }
    }

    /// Starts a second server process's worth of state on the same database (its own
    /// connections, its own memory) and serves it; its address (`http://...`).
    pub async fn second_process(&self) -> String {
        let leptos_options = leptos::config::LeptosOptions::builder()
            .output_name("portal")
            .build();
        let state = server::build_state(&self.settings, leptos_options)
            .await
            .expect("state");
        serve_on_a_free_port(state).await
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("GET")
    }

    pub async fn get_text(&self, path: &str) -> (u16, String) {
        let res = self.get(path).await;
        let status = res.status().as_u16();
        (status, res.text().await.expect("body"))
    }

    /// Posts the view form as a browser without JavaScript does.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let body = serde_urlencoded::to_string(fields).expect("encode");
        self.client
            .post(self.url(path))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("accept", "text/html")
            .body(body)
            .send()
            .await
            .expect("POST")
    }

    /// Sends a view through the `submit_view` server function, encoded as the island does.
    pub async fn submit(
        &self,
        lang: &str,
        slug: &str,
        fields: &[(&str, &str)],
    ) -> (u16, Result<SentView, ApiError>) {
        let args = app::views::api::SubmitView {
            lang: lang.to_string(),
            slug: slug.to_string(),
            fields: fields
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        };
        self.submit_raw(postcard::to_allocvec(&args).expect("encode"))
            .await
    }

    /// Posts a body to a server function; its status and the raw answer.
    async fn call(&self, endpoint: &str, content_type: &str, body: Vec<u8>) -> (u16, Vec<u8>) {
        let res = self
            .client
            .post(self.url(&format!("/api/{endpoint}")))
            .header("content-type", content_type)
            .header("accept", "application/x-postcard, application/json")
            .body(body)
            .send()
            .await
            .expect("POST");
        let status = res.status().as_u16();
        (status, res.bytes().await.expect("body").to_vec())
    }

    /// Calls a server function whose input is JSON: the status and the answer's bytes (JSON
    /// when it succeeded, a Postcard-encoded [`ApiError`] when not).
    pub async fn call_json(&self, endpoint: &str, body: &serde_json::Value) -> (u16, Vec<u8>) {
        self.call(endpoint, "application/json", body.to_string().into_bytes())
            .await
    }

    /// Posts any bytes to `submit_view`.
    pub async fn submit_raw(&self, body: Vec<u8>) -> (u16, Result<SentView, ApiError>) {
        let (status, bytes) = self
            .call("submit-view", "application/x-postcard", body)
            .await;
        let result = if status == 200 {
            Ok(postcard::from_bytes(&bytes).expect("a SentView"))
        } else {
            Err(postcard::from_bytes(&bytes).expect("an ApiError"))
        };
        (status, result)
    }

    /// Calls a server function with a url-encoded body (the default encoding); its answer is
    /// JSON, its error a Postcard-encoded [`ApiError`].
    pub async fn call_form(
        &self,
        endpoint: &str,
        body: &str,
    ) -> (u16, Result<serde_json::Value, ApiError>) {
        let (status, bytes) = self
            .call(
                endpoint,
                "application/x-www-form-urlencoded",
                body.as_bytes().to_vec(),
            )
            .await;
        let result = if status == 200 {
            Ok(serde_json::from_slice(&bytes).expect("JSON"))
        } else {
            Err(postcard::from_bytes(&bytes).expect("an ApiError"))
        };
        (status, result)
    }

    /// Adds a dialogue that opened `opens_in` days from today and closes `closes_in` days from
    /// today, with Swedish texts (and English ones when `english`), and the given questions.
    pub async fn dialogue(&self, spec: DialogueSpec<'_>) -> Fixture {
        let today = app::state::today_in_stockholm();
        let shift = |days: i64| today + chrono::Duration::days(days);
        let d = dialogue::ActiveModel {
            slug: Set(spec.slug.to_string()),
            place: Set(spec.place.to_string()),
            participation_level: Set("consultation".into()),
            opens_on: Set(shift(spec.opens_in)),
            closes_on: Set(shift(spec.closes_in)),
            decision_on: Set(None),
            contact_name: Set("Kim Berg".into()),
            contact_email: Set("kim.berg@example.stockholm.se".into()),
            contact_phone: Set(None),
            published: Set(spec.published),
            created_at: Set(chrono::Utc::now()),
            ..Default::default()
        }
        .insert(&self.db)
        .await
        .expect("dialogue");
        let mut langs = vec![("sv", spec.title_sv.to_string())];
        if let Some(en) = spec.title_en {
            langs.push(("en", en.to_string()));
        }
        for (lang, title) in &langs {
            dialogue_text::ActiveModel {
                dialogue_id: Set(d.id),
                lang: Set(lang.to_string()),
                title: Set(title.clone()),
                summary: Set(format!("Sammanfattning {lang}")),
                body: Set("Första stycket.\n\nAndra stycket.".into()),
                influence: Set("Utformningen.".into()),
                not_influence: Set("Budgeten.".into()),
                decides: Set("Stadsdelsnämnden i juni.".into()),
                reviewed: Set(true),
                based_on: Set(None),
            }
            .insert(&self.db)
            .await
            .expect("text");
        }
        for group in spec.groups {
            dialogue_target_group::ActiveModel {
                dialogue_id: Set(d.id),
                target_group: Set(group.to_string()),
            }
            .insert(&self.db)
            .await
            .expect("group");
        }
        for theme in spec.themes {
            dialogue_theme::ActiveModel {
                dialogue_id: Set(d.id),
                theme: Set(theme.to_string()),
            }
            .insert(&self.db)
            .await
            .expect("theme");
        }
        let mut questions = Vec::new();
        for (i, text) in spec.questions.iter().enumerate() {
            let q = question::ActiveModel {
                dialogue_id: Set(d.id),
                position: Set(i as i32),
                ..Default::default()
            }
            .insert(&self.db)
            .await
            .expect("question");
            question_text::ActiveModel {
                question_id: Set(q.id),
                lang: Set("sv".into()),
                text: Set(text.to_string()),
            }
            .insert(&self.db)
            .await
            .expect("question text");
            questions.push(q.id);
        }
        Fixture {
            id: d.id,
            slug: spec.slug.to_string(),
            questions,
        }
    }

    /// Every view stored for a dialogue, in the order they arrived.
    pub async fn views_of(&self, dialogue_id: i32) -> Vec<view::Model> {
        view::Entity::find()
            .filter(view::Column::DialogueId.eq(dialogue_id))
            .all(&self.db)
            .await
            .expect("views")
    }

    /// Marks a view published (the moderator's job, which comes in a later issue).
    pub async fn publish(&self, view: &view::Model) {
        let mut active: view::ActiveModel = view.clone().into();
        active.status = Set("published".into());
        active.update(&self.db).await.expect("publish");
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(sender) = self.sender.take() {
            sender.abort();
        }
        let Some((admin, name)) = self.postgres.take() else {
            return;
        };
        // Drop the test's database from a thread of its own: Drop cannot await.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(async {
                if let Ok(conn) = Database::connect(&admin).await {
                    let _ = conn
                        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .await;
                }
            });
        })
        .join();
    }
}

/// Serves the portal with `state` on a free local port until the test ends; its address.
async fn serve_on_a_free_port(state: app::state::AppState) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = format!("http://{}", listener.local_addr().expect("address"));
    tokio::spawn(server::serve(
        listener,
        server::router(state, std::time::Duration::from_secs(30)),
        std::future::pending(),
        std::time::Duration::from_secs(5),
    ));
    address
}

fn uuid_like() -> String {
    use std::time::{SystemTime, UNIX_EPOCH};
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!("{}_{}", std::process::id(), nanos)
}

/// A dialogue to add for a test.
pub struct DialogueSpec<'a> {
    pub slug: &'a str,
    pub title_sv: &'a str,
    pub title_en: Option<&'a str>,
    pub opens_in: i64,
    pub closes_in: i64,
    pub published: bool,
    pub place: &'a str,
    pub groups: &'a [&'a str],
    pub themes: &'a [&'a str],
    pub questions: &'a [&'a str],
}

impl Default for DialogueSpec<'_> {
    fn default() -> Self {
        DialogueSpec {
            slug: "lekplats-grimsta",
            title_sv: "Ny lekplats i Grimsta",
            title_en: Some("A new playground in Grimsta"),
            opens_in: -5,
            closes_in: 10,
            published: true,
            place: "grimsta",
            groups: &["children", "families"],
            themes: &["parks"],
            questions: &[
                "Vad vill du kunna göra där?",
                "Vad behöver platsen för att kännas trygg?",
            ],
        }
    }
}

/// What a test needs to know about a dialogue it added.
pub struct Fixture {
    pub id: i32,
    pub slug: String,
    pub questions: Vec<i32>,
}

impl Fixture {
    pub fn page(&self, lang: &str) -> String {
        format!("/{lang}/dialogues/{}", self.slug)
    }

    pub fn answer_field(&self, index: usize) -> String {
        format!("answer-{}", self.questions[index])
    }
}
