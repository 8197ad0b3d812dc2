//! Editors write and publish dialogues; moderators redact, handle reports and enter views from
//! other channels; administrators manage accounts. Every step is kept and logged.

use app::access::Role;
use app::db::entities::{audit_entry, dialogue, dialogue_version, view, view_answer, view_report};
use app::domain::REDACTED;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::helpers::{DialogueSpec, Options, TestApp};
use crate::staff::{slug_for, Session, PASSWORD};

/// The Swedish editor form for a new dialogue, with `extra` replacing or adding fields.
fn dialogue_form<'a>(csrf: &'a str, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![
        ("csrf", csrf),
        ("text-lang", "sv"),
        ("title", "Nya bänkar i Vinsta"),
        ("summary", "Var ska bänkarna stå?"),
        ("body", "Vi ställer ut tio bänkar i Vinsta i vår."),
        ("influence", "Var bänkarna står."),
        ("not-influence", "Hur många de är."),
        ("decides", "Parkenheten i april."),
        ("new-question", "Var vill du sitta?"),
        ("place", "vinsta"),
        ("level", "consultation"),
        ("group", "everyone"),
        ("group", "older-people"),
        ("theme", "parks"),
        ("opens", "2026-01-01"),
        ("closes", "2099-12-31"),
        ("contact-name", "Kim Berg"),
        ("contact-email", "kim.berg@example.stockholm.se"),
        ("moderation", "pre"),
    ];
    for (name, value) in extra {
        form.retain(|(n, _)| n != name);
        form.push((name, value));
    }
    form
}

async fn audit_actions(app: &TestApp, target: &str) -> Vec<String> {
    audit_entry::Entity::find()
        .filter(audit_entry::Column::Target.eq(target))
        .order_by_asc(audit_entry::Column::Id)
        .all(&app.db)
        .await
        .expect("audit")
        .into_iter()
        .map(|e| e.action)
        .collect()
}

async fn signed_in(app: &TestApp, email: &str, role: Role) -> (Session, String) {
    app.staff(email, role).await;
    let session = app.session(email).await;
    let csrf = app.csrf(&session).await;
    (session, csrf)
}

#[tokio::test(flavor = "multi_thread")]
async fn an_editor_writes_in_swedish_is_told_what_is_missing_and_publishes_with_confirmation() {
    for app in TestApp::each_backend().await {
        let (ed, csrf) = signed_in(&app, "ed@example.stockholm.se", Role::Editor).await;

        // A refused form comes back with everything written and a message at the field.
        let res = app
            .post_as(
                Some(&ed),
                "/sv/staff/dialogues/new",
                &dialogue_form(&csrf, &[("closes", "2025-01-01")]),
            )
            .await;
        assert_eq!(res.status().as_u16(), 422);
        let page = res.text().await.expect("body");
        assert!(
            page.contains("Stängningsdatumet kan inte vara före öppningsdatumet"),
            "the problem is named"
        );
        assert!(
            page.contains("Vi ställer ut tio bänkar i Vinsta i vår."),
            "nothing written is lost"
        );
        assert_eq!(
            dialogue::Entity::find()
                .all(&app.db)
                .await
                .expect("db")
                .len(),
            0,
            "nothing saved"
        );

        let res = app
            .post_as(
                Some(&ed),
                "/sv/staff/dialogues/new",
                &dialogue_form(&csrf, &[]),
            )
            .await;
        assert_eq!(
            res.headers()["location"],
            "/sv/staff/dialogues/nya-bankar-i-vinsta/edit?text=sv&done=created"
        );
        assert_eq!(
            app.get_text("/sv/dialogues/nya-bankar-i-vinsta").await.0,
            404,
            "a draft is not public"
        );
        let (_, list) = app.get_text("/sv").await;
        assert!(!list.contains("Nya bänkar i Vinsta"));

        // The language panel: Swedish written, the rest missing.
        let (_, editor) = app
            .get_as(Some(&ed), "/sv/staff/dialogues/nya-bankar-i-vinsta/edit")
            .await;
        assert!(editor.contains("Utkast") && editor.contains("Saknas"));

        // Publishing without the minority languages is refused until confirmed.
        let publish = "/sv/staff/dialogues/nya-bankar-i-vinsta/publish";
        let res = app.post_as(Some(&ed), publish, &[("csrf", &csrf)]).await;
        assert_eq!(
            res.headers()["location"],
            publish,
            "sent to the confirmation page"
        );
        assert_eq!(
            app.get_text("/sv/dialogues/nya-bankar-i-vinsta").await.0,
            404,
            "not published yet"
        );
        let (_, confirm) = app.get_as(Some(&ed), publish).await;
        for name in [
            "Suomi",
            "Meänkieli",
            "Davvisámegiella",
            "Julevsámegiella",
            "Åarjelsaemien gïele",
        ] {
            assert!(confirm.contains(name), "the confirmation names {name}");
        }
        let res = app
            .post_as(Some(&ed), publish, &[("csrf", &csrf), ("from", "confirm")])
            .await;
        assert_eq!(
            res.headers()["location"],
            format!("{publish}?error=required"),
            "the box must be ticked"
        );
        let res = app
            .post_as(
                Some(&ed),
                publish,
                &[("csrf", &csrf), ("from", "confirm"), ("confirm", "yes")],
            )
            .await;
        assert_eq!(
            res.headers()["location"],
            "/sv/staff/dialogues/nya-bankar-i-vinsta/edit?done=published"
        );

        let (status, public) = app.get_text("/sv/dialogues/nya-bankar-i-vinsta").await;
        assert_eq!(status, 200);
        assert!(
            public.contains("Var vill du sitta?"),
            "residents see the question"
        );
        let (_, finnish) = app.get_text("/fi/dialogues/nya-bankar-i-vinsta").await;
        assert!(
            finnish.contains("Vi ställer ut tio bänkar"),
            "Finnish readers get the Swedish text with a notice"
        );

        // A Finnish translation is saved as another version; Swedish is untouched.
        let question = app
            .get_as(
                Some(&ed),
                "/sv/staff/dialogues/nya-bankar-i-vinsta/edit?text=fi",
            )
            .await
            .1;
        let start =
            question.find("name=\"question-").expect("question field") + "name=\"question-".len();
        let id: String = question[start..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        let question_field = format!("question-{id}");
        let fi = dialogue_form(
            &csrf,
            &[
                ("text-lang", "fi"),
                ("title", "Uusia penkkejä Vinstaan"),
                ("summary", "Mihin penkit?"),
                ("body", "Kymmenen penkkiä."),
                ("new-question", ""),
                (&question_field, "Missä haluat istua?"),
            ],
        );
        let res = app
            .post_as(
                Some(&ed),
                "/sv/staff/dialogues/nya-bankar-i-vinsta/edit?text=fi",
                &fi,
            )
            .await;
        assert_eq!(res.status().as_u16(), 303);
        assert!(app
            .get_text("/fi/dialogues/nya-bankar-i-vinsta")
            .await
            .1
            .contains("Missä haluat istua?"));
        assert!(app
            .get_text("/sv/dialogues/nya-bankar-i-vinsta")
            .await
            .1
            .contains("Var vill du sitta?"));

        let close = app
            .post_as(
                Some(&ed),
                "/sv/staff/dialogues/nya-bankar-i-vinsta/close",
                &[("csrf", &csrf)],
            )
            .await;
        assert_eq!(close.status().as_u16(), 303);
        assert!(
            app.get_text("/sv/dialogues/nya-bankar-i-vinsta")
                .await
                .1
                .contains("Dialogen är stängd"),
            "closed early"
        );

        // Every step is a version, with who and what, and an audit entry.
        let d = dialogue::Entity::find()
            .filter(dialogue::Column::Slug.eq("nya-bankar-i-vinsta"))
            .one(&app.db)
            .await
            .expect("db")
            .expect("d");
        let versions = dialogue_version::Entity::find()
            .filter(dialogue_version::Column::DialogueId.eq(d.id))
            .order_by_asc(dialogue_version::Column::Number)
            .all(&app.db)
            .await
            .expect("versions");
        let actions: Vec<&str> = versions.iter().map(|v| v.action.as_str()).collect();
        assert_eq!(actions, ["create", "publish", "edit", "close"]);
        assert!(
            versions[0].snapshot.contains("Nya bänkar i Vinsta")
                && !versions[0].snapshot.contains("Uusia")
        );
        assert!(versions[2].snapshot.contains("Uusia penkkejä Vinstaan"));
        let logged = audit_actions(&app, "dialogue:nya-bankar-i-vinsta").await;
        assert_eq!(
            logged,
            [
                "dialogue-create",
                "dialogue-publish",
                "dialogue-edit",
                "dialogue-close"
            ]
        );
        let (_, history) = app
            .get_as(Some(&ed), "/sv/staff/dialogues/nya-bankar-i-vinsta/history")
            .await;
        let plain = history.replace(['\u{2068}', '\u{2069}'], "");
        assert!(plain.contains("Version 4") && plain.contains("ed@example.stockholm.se"));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_redacted_passage_is_never_public_and_the_original_is_kept() {
    for app in TestApp::each_backend().await {
        let (moderator, csrf) = signed_in(&app, "mod@example.stockholm.se", Role::Moderator).await;
        let v = app
            .pending_view("Bra park, ring Anna på 070-123 45 67")
            .await;
        let path = format!("/sv/staff/moderation/{}", v.id);
        let res = app
            .post_as(
                Some(&moderator),
                &path,
                &[
                    ("csrf", &csrf),
                    ("decision", "redact"),
                    ("passage", "finns inte"),
                    ("reason", "personal-data"),
                ],
            )
            .await;
        assert_eq!(
            res.status().as_u16(),
            422,
            "a passage not in the text is refused"
        );
        let res = app
            .post_as(
                Some(&moderator),
                &path,
                &[
                    ("csrf", &csrf),
                    ("decision", "redact"),
                    ("passage", "070-123 45 67"),
                    ("reason", "personal-data"),
                ],
            )
            .await;
        assert_eq!(
            res.headers()["location"],
            "/sv/staff/moderation?done=redacted"
        );
        app.post_as(
            Some(&moderator),
            &path,
            &[("csrf", &csrf), ("decision", "approve")],
        )
        .await;

        let slug = slug_for("Bra park, ring Anna på 070-123 45 67");
        let (_, page) = app.get_text(&format!("/sv/dialogues/{slug}")).await;
        assert!(
            page.contains("Bra park, ring Anna på") && page.contains("[borttaget av moderator]")
        );
        assert!(
            !page.contains("070-123 45 67"),
            "the redacted passage is not on the page"
        );
        let (_, api) = app
            .call_form("get-dialogue", &format!("lang=sv&slug={slug}&page=1"))
            .await;
        let api = serde_json::to_string(&api.expect("dialogue")).expect("json");
        assert!(
            !api.contains("070-123 45 67")
                && api.contains(REDACTED.trim_matches(|c: char| !c.is_ascii_alphabetic())),
            "nor in the API"
        );

        let answer = view_answer::Entity::find()
            .filter(view_answer::Column::ViewId.eq(v.id))
            .one(&app.db)
            .await
            .expect("db")
            .expect("answer");
        assert_eq!(
            answer.answer, "Bra park, ring Anna på 070-123 45 67",
            "the original is kept"
        );
        assert_eq!(
            audit_actions(&app, &format!("view:{}", v.id)).await,
            ["redact", "approve"]
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn residents_report_a_published_view_and_a_moderator_decides() {
    for app in TestApp::each_backend_with(Options {
        burst: 2,
        ..Default::default()
    })
    .await
    {
        let (moderator, csrf) = signed_in(&app, "mod@example.stockholm.se", Role::Moderator).await;
        let v = app.pending_view("Alla som bor här är dumma").await;
        app.publish(&v).await;
        let slug = slug_for("Alla som bor här är dumma");
        let report = format!("/sv/dialogues/{slug}/report");
        let id = v.id.to_string();

        let res = app
            .post_as(None, &report, &[("view", &id), ("reason", "offensive")])
            .await;
        assert_eq!(
            res.headers()["location"],
            format!("/sv/dialogues/{slug}?reported=yes#views-heading")
        );
        let (_, thanks) = app
            .get_text(&format!("/sv/dialogues/{slug}?reported=yes"))
            .await;
        assert!(thanks.contains("Tack för din anmälan"));
        assert!(
            thanks.contains("Alla som bor här är dumma"),
            "still published until a moderator decides"
        );
        // The burst is two reports from one address.
        assert_eq!(
            app.post_as(None, &report, &[("view", &id), ("reason", "offensive")])
                .await
                .status()
                .as_u16(),
            303
        );
        let res = app
            .post_as(None, &report, &[("view", &id), ("reason", "offensive")])
            .await;
        assert_eq!(
            res.status().as_u16(),
            429,
            "reports are rate-limited per address"
        );

        let (_, queue) = app
            .get_as(Some(&moderator), "/sv/staff/moderation?reason=offensive")
            .await;
        assert!(queue.contains("En anmäld synpunkt") && queue.contains(&v.reference));
        let (_, other) = app
            .get_as(Some(&moderator), "/sv/staff/moderation?reason=spam")
            .await;
        assert!(
            other.contains("Inga anmälda synpunkter"),
            "the reason filter narrows the reported list"
        );

        let path = format!("/sv/staff/moderation/{}", v.id);
        let res = app
            .post_as(
                Some(&moderator),
                &path,
                &[
                    ("csrf", &csrf),
                    ("decision", "hide"),
                    ("reason", "offensive"),
                ],
            )
            .await;
        assert_eq!(res.status().as_u16(), 303);
        assert!(!app
            .get_text(&format!("/sv/dialogues/{slug}"))
            .await
            .1
            .contains("Alla som bor här är dumma"));
        let reports = view_report::Entity::find()
            .filter(view_report::Column::ViewId.eq(v.id))
            .all(&app.db)
            .await
            .expect("db");
        assert_eq!(reports.len(), 2);
        assert!(
            reports.iter().all(|r| r.resolved_at.is_some()),
            "hiding resolves the reports, which are kept"
        );
        assert_eq!(
            audit_actions(&app, &format!("view:{}", v.id)).await,
            ["report", "report", "hide"]
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn staff_enter_a_paper_view_that_is_moderated_like_the_rest() {
    for app in TestApp::each_backend().await {
        let (ed, csrf) = signed_in(&app, "ed@example.stockholm.se", Role::Editor).await;
        let d = app.dialogue(DialogueSpec::default()).await;
        let (_, form) = app
            .get_as(Some(&ed), &format!("/sv/staff/enter?dialogue={}", d.slug))
            .await;
        assert!(
            form.contains("Vad vill du kunna göra där?"),
            "the dialogue's questions are in the form"
        );
        let draft = app
            .dialogue(DialogueSpec {
                slug: "utkast",
                published: false,
                ..Default::default()
            })
            .await;
        let (_, closed) = app
            .get_as(
                Some(&ed),
                &format!("/sv/staff/enter?dialogue={}", draft.slug),
            )
            .await;
        assert!(closed.contains("Dialogen tar inte emot synpunkter just nu"));
        let path = format!("/sv/staff/enter/{}", d.slug);
        let answer = d.answer_field(0);
        let res = app
            .post_as(
                Some(&ed),
                &path,
                &[
                    ("csrf", &csrf),
                    ("channel", "web"),
                    ("key", "paper-1"),
                    (&answer, "Gungor!"),
                ],
            )
            .await;
        assert_eq!(
            res.status().as_u16(),
            422,
            "staff enter views from other channels only"
        );
        assert!(
            res.text().await.expect("body").contains("Gungor!"),
            "what was typed is kept"
        );

        let res = app
            .post_as(
                Some(&ed),
                &path,
                &[
                    ("csrf", &csrf),
                    ("channel", "paper"),
                    ("lang", "fi"),
                    ("key", "paper-1"),
                    (&answer, "Keinuja!"),
                ],
            )
            .await;
        assert_eq!(res.status().as_u16(), 303);
        let stored = app.views_of(d.id).await.remove(0);
        assert_eq!(
            (
                stored.channel.as_str(),
                stored.status.as_str(),
                stored.lang.as_str()
            ),
            ("paper", "pending", "fi")
        );
        assert!(res.headers()["location"]
            .to_str()
            .expect("location")
            .contains(&stored.reference));
        assert_eq!(
            audit_actions(&app, &format!("view:{}", stored.id)).await,
            ["view-enter"]
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_post_moderated_dialogue_publishes_views_at_once() {
    for app in TestApp::each_backend().await {
        let d = app
            .dialogue(DialogueSpec {
                slug: "efterhand",
                ..Default::default()
            })
            .await;
        let mut active: dialogue::ActiveModel = dialogue::Entity::find_by_id(d.id)
            .one(&app.db)
            .await
            .expect("db")
            .expect("d")
            .into();
        active.moderation = Set("post".into());
        active.update(&app.db).await.expect("update");
        let (status, _) = app
            .submit(
                "sv",
                &d.slug,
                &[
                    (&d.answer_field(0), "Direkt synlig"),
                    ("key", "post-1"),
                    ("consent", "yes"),
                ],
            )
            .await;
        assert_eq!(status, 200);
        assert!(app
            .get_text(&d.page("sv"))
            .await
            .1
            .contains("Direkt synlig"));
        let pre = app
            .dialogue(DialogueSpec {
                slug: "i-forvag",
                ..Default::default()
            })
            .await;
        let (status, _) = app
            .submit(
                "sv",
                &pre.slug,
                &[
                    (&pre.answer_field(0), "Väntar först"),
                    ("key", "pre-1"),
                    ("consent", "yes"),
                ],
            )
            .await;
        assert_eq!(status, 200);
        assert!(
            !app.get_text(&pre.page("sv"))
                .await
                .1
                .contains("Väntar först"),
            "pre-moderation is the default"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn administrators_add_re_role_and_disable_accounts_and_staff_change_passwords() {
    for app in TestApp::each_backend().await {
        let (admin, csrf) = signed_in(&app, "admin@example.stockholm.se", Role::Admin).await;
        let res = app
            .post_as(
                Some(&admin),
                "/sv/staff/accounts",
                &[
                    ("csrf", &csrf),
                    ("email", "ny@example.stockholm.se"),
                    ("password", "kort"),
                    ("role", "editor"),
                ],
            )
            .await;
        assert!(res.headers()["location"]
            .to_str()
            .expect("location")
            .contains("error=account-error-short"));
        let res = app
            .post_as(
                Some(&admin),
                "/sv/staff/accounts",
                &[
                    ("csrf", &csrf),
                    ("email", "ny@example.stockholm.se"),
                    ("password", PASSWORD),
                    ("role", "editor"),
                ],
            )
            .await;
        assert_eq!(res.headers()["location"], "/sv/staff/accounts?done=added");
        let newcomer = app.session("ny@example.stockholm.se").await;
        assert_eq!(
            app.get_as(Some(&newcomer), "/sv/staff/dialogues").await.0,
            200,
            "an editor"
        );
        assert_eq!(
            app.get_as(Some(&newcomer), "/sv/staff/moderation").await.0,
            403
        );

        let account = app::db::entities::staff::Entity::find()
            .filter(app::db::entities::staff::Column::Email.eq("ny@example.stockholm.se"))
            .one(&app.db)
            .await
            .expect("db")
            .expect("account");
        let path = format!("/sv/staff/accounts/{}", account.id);
        app.post_as(
            Some(&admin),
            &path,
            &[("csrf", &csrf), ("role", "moderator")],
        )
        .await;
        assert_eq!(
            app.get_as(Some(&newcomer), "/sv/staff/moderation").await.0,
            200,
            "re-roled at once"
        );

        // Their own password: the other session ends, this one goes on.
        let other = app.session("ny@example.stockholm.se").await;
        let their_csrf = app.csrf(&newcomer).await;
        let new_password = "ett annat långt lösenord";
        let res = app
            .post_as(
                Some(&newcomer),
                "/sv/staff/password",
                &[
                    ("csrf", &their_csrf),
                    ("current", PASSWORD),
                    ("new", new_password),
                    ("again", new_password),
                ],
            )
            .await;
        assert_eq!(res.headers()["location"], "/sv/staff?done=password");
        assert_eq!(app.get_as(Some(&newcomer), "/sv/staff").await.0, 200);
        assert_eq!(
            app.get_as(Some(&other), "/sv/staff").await.0,
            401,
            "other sessions end"
        );
        assert_eq!(
            app.sign_in("ny@example.stockholm.se", new_password)
                .await
                .status()
                .as_u16(),
            303
        );

        app.post_as(Some(&admin), &path, &[("csrf", &csrf), ("active", "no")])
            .await;
        assert_eq!(
            app.get_as(Some(&newcomer), "/sv/staff").await.0,
            401,
            "a disabled account is signed out"
        );
        let admin_id = app::db::entities::staff::Entity::find()
            .filter(app::db::entities::staff::Column::Email.eq("admin@example.stockholm.se"))
            .one(&app.db)
            .await
            .expect("db")
            .expect("admin")
            .id;
        let own = app
            .post_as(
                Some(&admin),
                &format!("/sv/staff/accounts/{admin_id}"),
                &[("csrf", &csrf), ("active", "no")],
            )
            .await;
        assert!(own.headers()["location"]
            .to_str()
            .expect("location")
            .contains("error=staff-admin-error-self"));

        let actions = audit_actions(&app, &format!("staff:{}", account.id)).await;
        assert_eq!(
            actions,
            [
                "staff-add",
                "login",
                "role-change",
                "login",
                "password-change",
                "login",
                "staff-disable"
            ]
        );
        assert!(view::Entity::find()
            .all(&app.db)
            .await
            .expect("db")
            .is_empty());
    }
}
