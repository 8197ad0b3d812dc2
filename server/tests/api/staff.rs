//! Staff sign-in, roles and moderation: every staff route answers exactly as the role allows,
//! and nothing a resident sent is ever destroyed.

use app::access::Role;
use app::db::entities::{audit_entry, view};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::helpers::{DialogueSpec, TestApp};

pub(crate) const PASSWORD: &str = "correct horse battery staple";

/// A dialogue of its own for each test view, named after the view's text.
pub(crate) fn slug_for(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

/// A signed-in client: its session cookie and the CSRF token from the moderation page.
pub(crate) struct Session {
    pub cookie: String,
}

impl TestApp {
    pub(crate) async fn staff(&self, email: &str, role: Role) {
        app::accounts::service::create(&self.db, email, PASSWORD.to_string(), role)
            .await
            .expect("staff");
    }

    pub(crate) async fn sign_in(&self, email: &str, password: &str) -> reqwest::Response {
        self.client
            .post(self.url("/sv/staff/login"))
            .form(&[("email", email), ("password", password)])
            .send()
            .await
            .expect("POST")
    }

    pub(crate) async fn session(&self, email: &str) -> Session {
        let res = self.sign_in(email, PASSWORD).await;
        assert_eq!(res.status().as_u16(), 303);
        let cookie = res.headers()["set-cookie"]
            .to_str()
            .expect("cookie")
            .to_string();
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
            "{cookie}"
        );
        Session {
            cookie: cookie.split(';').next().expect("pair").to_string(),
        }
    }

    pub(crate) async fn get_as(&self, session: Option<&Session>, path: &str) -> (u16, String) {
        let mut req = self.client.get(self.url(path));
        if let Some(s) = session {
            req = req.header("cookie", &s.cookie);
        }
        let res = req.send().await.expect("GET");
        (res.status().as_u16(), res.text().await.expect("body"))
    }

    pub(crate) async fn post_as(
        &self,
        session: Option<&Session>,
        path: &str,
        form: &[(&str, &str)],
    ) -> reqwest::Response {
        let mut req = self.client.post(self.url(path)).form(form);
        if let Some(s) = session {
            req = req.header("cookie", &s.cookie);
        }
        req.send().await.expect("POST")
    }

    pub(crate) async fn csrf(&self, session: &Session) -> String {
        let (_, page) = self.get_as(Some(session), "/sv/staff").await;
        let start = page.find(r#"name="csrf" value=""#).expect("csrf field")
            + r#"name="csrf" value=""#.len();
        page[start..start + 64].to_string()
    }

    pub(crate) async fn pending_view(&self, text: &str) -> view::Model {
        let d = self
            .dialogue(DialogueSpec {
                slug: &slug_for(text),
                ..Default::default()
            })
            .await;
        let key = format!("key-{text}");
        let (status, _) = self
            .submit(
                "sv",
                &d.slug,
                &[
                    (&d.answer_field(0), text),
                    ("key", &key),
                    ("consent", "yes"),
                ],
            )
            .await;
        assert_eq!(status, 200);
        self.views_of(d.id).await.remove(0)
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn every_staff_route_answers_as_the_role_allows() {
    for app in TestApp::each_backend().await {
        app.staff("mod@example.stockholm.se", Role::Moderator).await;
        app.staff("ed@example.stockholm.se", Role::Editor).await;
        app.staff("admin@example.stockholm.se", Role::Admin).await;
        let sessions = [
            ("anonymous", None),
            (
                "moderator",
                Some(app.session("mod@example.stockholm.se").await),
            ),
            ("editor", Some(app.session("ed@example.stockholm.se").await)),
            (
                "admin",
                Some(app.session("admin@example.stockholm.se").await),
            ),
        ];
        // (who, moderation page, approve, audit page)
        let expected = [
            ("anonymous", 401, 401, 401),
            ("moderator", 200, 303, 403),
            ("editor", 403, 403, 403),
            ("admin", 200, 303, 200),
        ];
        for ((who, session), (_, page_status, post_status, audit_status)) in
            sessions.iter().zip(expected)
        {
            let (status, audit) = app.get_as(session.as_ref(), "/sv/staff/audit").await;
            assert_eq!(status, audit_status, "{who} GET audit");
            if status == 200 {
                assert!(
                    audit.contains("Inloggning") && audit.contains("mod@example.stockholm.se"),
                    "who signed in is logged"
                );
            }
            let (status, page) = app.get_as(session.as_ref(), "/sv/staff/moderation").await;
            assert_eq!(status, page_status, "{who} GET moderation");
            if status != 200 {
                assert!(!page.contains("HV-"), "{who} sees no views");
            }
            let v = app.pending_view(&format!("Synpunkt till {who}")).await;
            let csrf = match session {
                Some(s) if page_status == 200 => app.csrf(s).await,
                _ => "x".repeat(64),
            };
            let res = app
                .post_as(
                    session.as_ref(),
                    &format!("/sv/staff/moderation/{}", v.id),
                    &[("csrf", &csrf), ("decision", "approve")],
                )
                .await;
            assert_eq!(res.status().as_u16(), post_status, "{who} POST approve");
            let id = v.id.to_string();
            let res = app
                .post_as(
                    session.as_ref(),
                    "/sv/staff/moderation/approve-selected",
                    &[("csrf", &csrf), ("view", &id)],
                )
                .await;
            assert_eq!(
                res.status().as_u16(),
                post_status,
                "{who} POST approve-selected"
            );
            let after = view::Entity::find_by_id(v.id)
                .one(&app.db)
                .await
                .expect("db")
                .expect("view");
            let expected_status = if post_status == 303 {
                "published"
            } else {
                "pending"
            };
            assert_eq!(
                after.status, expected_status,
                "{who}: a refused request changes nothing"
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_forged_request_without_the_sessions_token_is_refused() {
    for app in TestApp::each_backend().await {
        app.staff("mod@example.stockholm.se", Role::Moderator).await;
        let session = app.session("mod@example.stockholm.se").await;
        let v = app.pending_view("Förfalskad").await;
        for csrf in ["", "wrong-token"] {
            let res = app
                .post_as(
                    Some(&session),
                    &format!("/sv/staff/moderation/{}", v.id),
                    &[("csrf", csrf), ("decision", "approve")],
                )
                .await;
            assert_eq!(res.status().as_u16(), 403);
        }
        let after = view::Entity::find_by_id(v.id)
            .one(&app.db)
            .await
            .expect("db")
            .expect("view");
        assert_eq!(after.status, "pending");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn sign_in_gives_a_new_session_each_time_and_is_throttled() {
    for app in TestApp::each_backend().await {
        app.staff("mod@example.stockholm.se", Role::Moderator).await;
        let first = app.session("mod@example.stockholm.se").await;
        let second = app.session("mod@example.stockholm.se").await;
        assert_ne!(
            first.cookie, second.cookie,
            "a new session id at every sign-in"
        );

        let wrong = app
            .sign_in("mod@example.stockholm.se", "not the password")
            .await;
        assert_eq!(
            wrong.headers()["location"],
            "/sv/staff/login?error=bad-credentials"
        );
        // Three failures are free; the next try waits (two sign-ins and one failure so far).
        let mut last = String::new();
        for _ in 0..3 {
            let res = app
                .sign_in("mod@example.stockholm.se", "not the password")
                .await;
            last = res.headers()["location"]
                .to_str()
                .expect("location")
                .to_string();
        }
        assert_eq!(last, "/sv/staff/login?error=throttled");
        let res = app.sign_in("mod@example.stockholm.se", PASSWORD).await;
        assert_eq!(
            res.headers()["location"],
            "/sv/staff/login?error=throttled",
            "even the right password waits"
        );

        let logins = audit_entry::Entity::find()
            .filter(audit_entry::Column::Action.eq("login"))
            .all(&app.db)
            .await
            .expect("audit");
        assert_eq!(logins.len(), 2);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_rejected_view_is_never_public_but_kept_with_its_audit_entry() {
    for app in TestApp::each_backend().await {
        app.staff("mod@example.stockholm.se", Role::Moderator).await;
        let session = app.session("mod@example.stockholm.se").await;
        let bad = app.pending_view("Ring mig på 070-123 45 67").await;
        let csrf = app.csrf(&session).await;
        let good = app.pending_view("Fler bänkar vid dammen").await;

        let (_, queue) = app.get_as(Some(&session), "/sv/staff/moderation").await;
        assert!(
            queue.find(&bad.reference) < queue.find(&good.reference),
            "oldest first"
        );
        assert!(
            queue.contains("Kan innehålla personuppgifter"),
            "the phone number is flagged"
        );

        let res = app
            .post_as(
                Some(&session),
                &format!("/sv/staff/moderation/{}", bad.id),
                &[
                    ("csrf", &csrf),
                    ("decision", "reject"),
                    ("reason", "personal-data"),
                ],
            )
            .await;
        assert_eq!(
            res.headers()["location"],
            "/sv/staff/moderation?done=rejected"
        );
        let res = app
            .post_as(
                Some(&session),
                &format!("/sv/staff/moderation/{}", good.id),
                &[("csrf", &csrf), ("decision", "approve")],
            )
            .await;
        assert_eq!(res.status().as_u16(), 303);
        let again = app
            .post_as(
                Some(&session),
                &format!("/sv/staff/moderation/{}", bad.id),
                &[("csrf", &csrf), ("decision", "approve")],
            )
            .await;
        assert_eq!(
            again.status().as_u16(),
            409,
            "a decided view is not decided again"
        );

        let (_, bad_page) = app
            .get_text(&format!(
                "/sv/dialogues/{}",
                slug_for("Ring mig på 070-123 45 67")
            ))
            .await;
        assert!(
            !bad_page.contains("070-123 45 67"),
            "a rejected view is never public"
        );
        let (_, good_page) = app
            .get_text(&format!(
                "/sv/dialogues/{}",
                slug_for("Fler bänkar vid dammen")
            ))
            .await;
        assert!(
            good_page.contains("Fler bänkar vid dammen"),
            "an approved view is public"
        );

        let kept = view::Entity::find_by_id(bad.id)
            .one(&app.db)
            .await
            .expect("db")
            .expect("the rejected view is kept");
        assert_eq!(kept.status, "rejected");
        let entries = audit_entry::Entity::find()
            .filter(audit_entry::Column::Target.eq(format!("view:{}", bad.id)))
            .all(&app.db)
            .await
            .expect("audit");
        assert_eq!(entries.len(), 1);
        assert_eq!(
            (entries[0].action.as_str(), entries[0].reason.as_deref()),
            ("reject", Some("personal-data"))
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn signing_out_ends_the_session_and_needs_the_sessions_token() {
    for app in TestApp::each_backend().await {
        app.staff("mod@example.stockholm.se", Role::Moderator).await;
        let session = app.session("mod@example.stockholm.se").await;
        app.pending_view("Utloggning").await;
        let csrf = app.csrf(&session).await;
        let forged = app
            .post_as(Some(&session), "/sv/staff/logout", &[("csrf", "nope")])
            .await;
        assert_eq!(forged.status().as_u16(), 403);
        assert_eq!(
            app.get_as(Some(&session), "/sv/staff/moderation").await.0,
            200,
            "still signed in"
        );
        let res = app
            .post_as(Some(&session), "/sv/staff/logout", &[("csrf", &csrf)])
            .await;
        assert_eq!(res.status().as_u16(), 303);
        assert_eq!(
            app.get_as(Some(&session), "/sv/staff/moderation").await.0,
            401,
            "the old cookie no longer works"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_published_view_can_be_hidden_and_shown_again_with_every_step_logged() {
    for app in TestApp::each_backend().await {
        app.staff("mod@example.stockholm.se", Role::Moderator).await;
        let session = app.session("mod@example.stockholm.se").await;
        let v = app.pending_view("Hets mot grannarna");
        let v = v.await;
        let csrf = app.csrf(&session).await;
        let path = format!("/sv/staff/moderation/{}", v.id);
        let page = format!("/sv/dialogues/{}", slug_for("Hets mot grannarna"));

        let early = app
            .post_as(
                Some(&session),
                &path,
                &[("csrf", &csrf), ("decision", "hide"), ("reason", "threat")],
            )
            .await;
        assert_eq!(
            early.status().as_u16(),
            409,
            "only a published view can be hidden"
        );
        app.post_as(
            Some(&session),
            &path,
            &[("csrf", &csrf), ("decision", "approve")],
        )
        .await;
        assert!(app.get_text(&page).await.1.contains("Hets mot grannarna"));

        let res = app
            .post_as(
                Some(&session),
                &path,
                &[("csrf", &csrf), ("decision", "hide"), ("reason", "threat")],
            )
            .await;
        assert_eq!(
            res.headers()["location"],
            "/sv/staff/moderation?done=hidden"
        );
        assert!(
            !app.get_text(&page).await.1.contains("Hets mot grannarna"),
            "a hidden view is not public"
        );
        let kept = view::Entity::find_by_id(v.id)
            .one(&app.db)
            .await
            .expect("db")
            .expect("kept");
        assert_eq!(kept.status, "hidden");

        let res = app
            .post_as(
                Some(&session),
                &path,
                &[("csrf", &csrf), ("decision", "restore")],
            )
            .await;
        assert_eq!(
            res.headers()["location"],
            "/sv/staff/moderation?done=restored"
        );
        assert!(app.get_text(&page).await.1.contains("Hets mot grannarna"));

        let actions: Vec<String> = audit_entry::Entity::find()
            .filter(audit_entry::Column::Target.eq(format!("view:{}", v.id)))
            .all(&app.db)
            .await
            .expect("audit")
            .into_iter()
            .map(|e| e.action)
            .collect();
        assert_eq!(actions, ["approve", "hide", "restore"]);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_queue_narrows_to_one_dialogue_or_one_language() {
    for app in TestApp::each_backend().await {
        app.staff("mod@example.stockholm.se", Role::Moderator).await;
        let session = app.session("mod@example.stockholm.se").await;
        let swedish = app.pending_view("Svensk synpunkt").await;
        let d = app
            .dialogue(DialogueSpec {
                slug: "samisk",
                ..Default::default()
            })
            .await;
        let (status, _) = app
            .submit(
                "se",
                &d.slug,
                &[(&d.answer_field(0), "Sámegiel oaivil"), ("key", "se-1")],
            )
            .await;
        assert_eq!(status, 200);
        let sami = app.views_of(d.id).await.remove(0);

        let (_, by_lang) = app
            .get_as(Some(&session), "/sv/staff/moderation?lang=se")
            .await;
        assert!(by_lang.contains(&sami.reference) && !by_lang.contains(&swedish.reference));
        let (_, by_dialogue) = app
            .get_as(
                Some(&session),
                &format!(
                    "/sv/staff/moderation?dialogue={}",
                    slug_for("Svensk synpunkt")
                ),
            )
            .await;
        assert!(by_dialogue.contains(&swedish.reference) && !by_dialogue.contains(&sami.reference));
        let (_, unknown) = app
            .get_as(Some(&session), "/sv/staff/moderation?dialogue=finns-inte")
            .await;
        assert!(!unknown.contains(&swedish.reference) && !unknown.contains(&sami.reference));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_moderator_approves_several_views_at_once() {
    for app in TestApp::each_backend().await {
        app.staff("mod@example.stockholm.se", Role::Moderator).await;
        let session = app.session("mod@example.stockholm.se").await;
        let a = app.pending_view("Första").await;
        let b = app.pending_view("Andra synpunkten").await;
        let c = app.pending_view("Tredje, inte markerad").await;
        let csrf = app.csrf(&session).await;
        let (a_id, b_id) = (a.id.to_string(), b.id.to_string());
        let forged = app
            .post_as(
                Some(&session),
                "/sv/staff/moderation/approve-selected",
                &[("csrf", "x"), ("view", &a_id)],
            )
            .await;
        assert_eq!(forged.status().as_u16(), 403);
        let res = app
            .post_as(
                Some(&session),
                "/sv/staff/moderation/approve-selected",
                &[
                    ("csrf", &csrf),
                    ("view", &a_id),
                    ("view", &b_id),
                    ("view", &a_id),
                ],
            )
            .await;
        assert_eq!(
            res.headers()["location"],
            "/sv/staff/moderation?done=approved-many&count=2"
        );
        let (_, page) = app
            .get_as(
                Some(&session),
                "/sv/staff/moderation?done=approved-many&count=2",
            )
            .await;
        assert!(
            page.contains("2\u{2069} synpunkter godkändes")
                || page.contains("2 synpunkter godkändes")
        );
        for (v, status) in [(&a, "published"), (&b, "published"), (&c, "pending")] {
            let now = view::Entity::find_by_id(v.id)
                .one(&app.db)
                .await
                .expect("db")
                .expect("view");
            assert_eq!(now.status, status);
        }
    }
}

/// The text of each `<script>` without `src` in a page.
fn inline_scripts(page: &str) -> Vec<String> {
    page.split("<script")
        .skip(1)
        .filter_map(|part| {
            let (tag, rest) = part.split_once('>')?;
            let (text, _) = rest.split_once("</script>")?;
            (!tag.contains(" src=")).then(|| text.to_string())
        })
        .collect()
}

/// SHA-256 in standard base64, as a CSP hash source spells it (computed here by hand, so the
/// test does not share the server's code).
fn base64_sha256(text: &str) -> String {
    use sha2::{Digest, Sha256};
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let digest = Sha256::digest(text.as_bytes());
    let mut out = String::new();
    for chunk in digest.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread")]
async fn every_answer_carries_the_security_headers_and_staff_pages_are_never_stored() {
    for app in TestApp::each_backend().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        app.staff("mod@example.stockholm.se", Role::Moderator).await;
        let session = app.session("mod@example.stockholm.se").await;
        for (path, signed_in, staff) in [
            ("/sv".to_string(), false, false),
            (d.page("sv"), false, false),
            ("/sv/staff/login".to_string(), false, true),
            ("/sv/staff/moderation".to_string(), true, true),
            ("/api/v1/dialogues".to_string(), false, false),
        ] {
            let mut req = app.client.get(app.url(&path));
            if signed_in {
                req = req.header("cookie", &session.cookie);
            }
            let res = req.send().await.expect("GET");
            assert_eq!(res.status().as_u16(), 200, "{path}");
            let h = res.headers();
            assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
            assert_eq!(h["x-frame-options"], "DENY", "{path}");
            let csp = h["content-security-policy"].to_str().expect("ascii");
            assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
            assert!(h.contains_key("referrer-policy"), "{path}");
            assert!(h.contains_key("permissions-policy"), "{path}");
            let cache = h
                .get("cache-control")
                .map(|v| v.to_str().expect("ascii").to_string());
            if staff {
                assert_eq!(cache.as_deref(), Some("no-store"), "{path}");
            } else {
                assert_ne!(cache.as_deref(), Some("no-store"), "{path}");
            }
            // The public address is https: browsers are told to come back over TLS only.
            assert_eq!(h["strict-transport-security"], "max-age=63072000", "{path}");
            let csp = csp.to_string();
            let is_page = h["content-type"]
                .to_str()
                .expect("ascii")
                .starts_with("text/html");
            let body = res.text().await.expect("body");
            if !is_page {
                assert!(csp.starts_with("default-src 'none'"), "{path}: {csp}");
                continue;
            }
            assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
            assert!(
                csp.contains("script-src 'self' 'wasm-unsafe-eval'"),
                "{path}: {csp}"
            );
            // Every inline script is allowed by its own hash, and nothing follows </html>.
            let inline = inline_scripts(&body);
            assert!(!inline.is_empty(), "{path}: the island loader is inline");
            for script in inline {
                let hash = base64_sha256(&script);
                assert!(
                    csp.contains(&format!("'sha256-{hash}'")),
                    "{path}: {script}"
                );
            }
            assert!(body.trim_end().ends_with("</html>"), "{path}");
        }
    }
}
