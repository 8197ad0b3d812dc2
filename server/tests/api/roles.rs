//! One table of every staff page and every guarded staff route with the roles allowed to use
//! it, checked against what the application really serves: a page or route added without an
//! entry here fails the test, and every entry is called as anonymous, moderator, editor and
//! administrator.

use std::collections::BTreeSet;

use app::access::Role;
use app::db::entities::audit_entry;
use app::lang::Lang;
use sea_orm::{EntityTrait, PaginatorTrait};

use crate::helpers::{DialogueSpec, TestApp};

const ALL: &[Role] = &[Role::Admin, Role::Editor, Role::Moderator, Role::Translator];
const MODERATORS: &[Role] = &[Role::Admin, Role::Moderator];
const TRANSLATORS: &[Role] = &[Role::Admin, Role::Translator];
/// Who may attach a working translation to a view.
const VIEW_TRANSLATORS: &[Role] = &[Role::Admin, Role::Moderator, Role::Translator];
const EDITORS: &[Role] = &[Role::Admin, Role::Editor];
const ADMINS: &[Role] = &[Role::Admin];

/// Every staff page (GET) but the sign-in page, with `{slug}` for a draft dialogue.
const PAGES: &[(&str, &[Role])] = &[
    ("/sv/staff", ALL),
    ("/sv/staff/enter", ALL),
    ("/sv/staff/moderation", MODERATORS),
    ("/sv/staff/dialogues", EDITORS),
    ("/sv/staff/dialogues/new", EDITORS),
    ("/sv/staff/dialogues/{slug}/edit", EDITORS),
    ("/sv/staff/dialogues/{slug}/publish", EDITORS),
    ("/sv/staff/dialogues/{slug}/preview", EDITORS),
    ("/sv/staff/dialogues/{slug}/history", EDITORS),
    ("/sv/staff/dialogues/{slug}/lattlast", EDITORS),
    ("/sv/staff/dialogues/{slug}/feedback", EDITORS),
    ("/sv/staff/dialogues/{slug}/feedback/publish", EDITORS),
    ("/sv/staff/dialogues/{slug}/letters", EDITORS),
    ("/sv/staff/dialogues/{slug}/letter", EDITORS),
    ("/sv/staff/dialogues/{slug}/meetings", EDITORS),
    ("/sv/staff/dialogues/{slug}/meetings/{meeting}", EDITORS),
    ("/sv/staff/dialogues/{slug}/print", EDITORS),
    ("/sv/staff/budgets", ALL),
    ("/sv/staff/budgets/new", EDITORS),
    ("/sv/staff/budgets/{budget}/edit", EDITORS),
    ("/sv/staff/budgets/{budget}/codes", EDITORS),
    ("/sv/staff/budgets/{budget}/paper", ALL),
    ("/sv/staff/budgets/{budget}/proposals", ALL),
    ("/sv/staff/budgets/{budget}/certify", ADMINS),
    ("/sv/staff/budgets/{budget}/follow-up", EDITORS),
    ("/sv/staff/budgets/{budget}/stations", EDITORS),
    ("/sv/staff/budgets/{budget}/children", EDITORS),
    ("/sv/staff/accounts", ADMINS),
    ("/sv/staff/audit", ADMINS),
    ("/sv/staff/reports", ALL),
    ("/sv/staff/reports/{slug}", ALL),
    ("/sv/staff/translations", TRANSLATORS),
    // The translator in the test holds Finnish.
    ("/sv/staff/translations/{slug}/{text_lang}", TRANSLATORS),
];

/// Every guarded staff route (POST), with a form that does nothing lasting when allowed (an
/// unknown view or account, an invalid form, a wrong password), so each row is independent.
/// A route, the roles allowed, and the form to send.
type PostRow = (
    &'static str,
    &'static [Role],
    &'static [(&'static str, &'static str)],
);

const POSTS: &[PostRow] = &[
    (
        "/sv/staff/password",
        ALL,
        &[("current", "wrong"), ("new", "x"), ("again", "y")],
    ),
    ("/sv/staff/enter/{slug}", ALL, &[("channel", "paper")]),
    (
        "/sv/staff/moderation/999999",
        MODERATORS,
        &[("decision", "approve")],
    ),
    ("/sv/staff/moderation/approve-selected", MODERATORS, &[]),
    // Without a reason: refused, nothing decided.
    ("/sv/staff/moderation/reject-selected", MODERATORS, &[]),
    ("/sv/staff/dialogues/new", EDITORS, &[("title", "")]),
    ("/sv/staff/dialogues/{slug}/edit", EDITORS, &[("title", "")]),
    ("/sv/staff/dialogues/{slug}/publish", EDITORS, &[]),
    ("/sv/staff/dialogues/{slug}/close", EDITORS, &[]),
    // A title without the summary and description it needs: refused, nothing saved.
    (
        "/sv/staff/dialogues/{slug}/lattlast",
        EDITORS,
        &[("title", "Lättläst")],
    ),
    (
        "/sv/staff/dialogues/{slug}/feedback",
        EDITORS,
        &[("text-lang", "sv")],
    ),
    ("/sv/staff/dialogues/{slug}/feedback/publish", EDITORS, &[]),
    ("/sv/staff/dialogues/{slug}/letters/open", EDITORS, &[]),
    ("/sv/staff/dialogues/{slug}/letters/erase", EDITORS, &[]),
    // Without a date: refused on the form, no meeting added or changed.
    (
        "/sv/staff/dialogues/{slug}/meetings",
        EDITORS,
        &[("date", "")],
    ),
    (
        "/sv/staff/dialogues/{slug}/meetings/{meeting}",
        EDITORS,
        &[("date", "")],
    ),
    (
        "/sv/staff/dialogues/{slug}/meetings/999999/cancel",
        EDITORS,
        &[],
    ),
    // Without a title (and the rest): refused on the form, no budget made or changed.
    ("/sv/staff/budgets/new", EDITORS, &[("title", "")]),
    ("/sv/staff/budgets/{budget}/edit", EDITORS, &[("total", "")]),
    (
        "/sv/staff/budgets/{budget}/texts/{text_lang}",
        EDITORS,
        &[("title", "")],
    ),
    // Published already: refused, nothing changed.
    (
        "/sv/staff/budgets/{budget}/publish",
        EDITORS,
        &[("confirm", "yes")],
    ),
    // No count and no purpose: refused on the form, no codes made.
    (
        "/sv/staff/budgets/{budget}/codes",
        EDITORS,
        &[("count", ""), ("purpose", "")],
    ),
    // No place: refused on the form, no station opened; no such station: nothing closed.
    (
        "/sv/staff/budgets/{budget}/stations",
        EDITORS,
        &[("place", "")],
    ),
    (
        "/sv/staff/budgets/{budget}/stations/999999/close",
        EDITORS,
        &[],
    ),
    // Empty easy texts: saved as none (the standard Swedish stays in their place).
    ("/sv/staff/budgets/{budget}/children", EDITORS, &[]),
    // Before voting opens: refused, no entry stored.
    (
        "/sv/staff/budgets/{budget}/paper",
        ALL,
        &[("code", "AAAAA-AAAAA")],
    ),
    // Before voting closes: refused, nothing counted.
    ("/sv/staff/budgets/{budget}/certify", ADMINS, &[]),
    // Outside the ideas phase (the budget is voting): refused, no proposal stored.
    (
        "/sv/staff/budgets/{budget}/proposals",
        ALL,
        &[("channel", "paper"), ("title", "Bänkar")],
    ),
    // No such proposal: nothing published or reviewed.
    (
        "/sv/staff/budgets/{budget}/proposals/999999/moderate",
        MODERATORS,
        &[("decision", "publish")],
    ),
    (
        "/sv/staff/budgets/{budget}/proposals/999999/review",
        EDITORS,
        &[("decision-999999", "decline"), ("reason-999999", "Utanför")],
    ),
    // Before the result: no decision recorded, no milestone added.
    (
        "/sv/staff/budgets/{budget}/follow-up/999999/decision",
        ADMINS,
        &[("funded-999999", "yes"), ("reason-999999", "Beslut")],
    ),
    (
        "/sv/staff/budgets/{budget}/follow-up/999999/milestone",
        EDITORS,
        &[
            ("status-999999", "started"),
            ("date-999999", "2027-06-01"),
            ("note-999999", "x"),
        ],
    ),
    (
        "/sv/staff/accounts",
        ADMINS,
        &[
            ("email", "inte-en-adress"),
            ("password", "kort"),
            ("role", "admin"),
        ],
    ),
    ("/sv/staff/accounts/999999", ADMINS, &[("role", "admin")]),
    (
        "/sv/staff/accounts/999999/languages",
        ADMINS,
        &[("language", "fi")],
    ),
    // A title without the required summary: refused on the form, nothing saved.
    (
        "/sv/staff/translations/{slug}/{text_lang}",
        TRANSLATORS,
        &[("title", "Otsikko")],
    ),
    // What was decided without what was heard: refused, nothing saved (the draft has no
    // Swedish feedback, which is refused too).
    (
        "/sv/staff/translations/{slug}/{text_lang}/feedback",
        TRANSLATORS,
        &[("decided", "Päätös")],
    ),
    (
        "/sv/staff/views/999999/translation",
        VIEW_TRANSLATORS,
        &[("translation", "Översättning")],
    ),
    // A too short password: refused on the form, no account touched.
    (
        "/sv/staff/accounts/999999/password",
        ADMINS,
        &[("password", "kort")],
    ),
    ("/sv/staff/reports/{slug}/export", ALL, &[("format", "csv")]),
    // Without a reason: refused, nothing exported or logged.
    (
        "/sv/staff/reports/{slug}/export-full",
        ADMINS,
        &[("format", "csv")],
    ),
];

/// A path with every parameter replaced by `*`, to compare route patterns.
fn shape(path: &str) -> String {
    path.split('/')
        .map(|segment| {
            let param = segment.starts_with(':')
                || segment.starts_with('{')
                || segment == "sv"
                || segment == "999999";
            if param {
                "*"
            } else {
                segment
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

#[test]
fn the_table_covers_every_staff_page_and_route_the_application_serves() {
    let served_pages: BTreeSet<String> = leptos_axum::generate_route_list(app::shell::App)
        .into_iter()
        .map(|route| shape(route.path()))
        .filter(|path| path.contains("/staff") && !path.ends_with("/login"))
        .collect();
    let listed_pages: BTreeSet<String> = PAGES.iter().map(|(path, _)| shape(path)).collect();
    assert_eq!(
        served_pages, listed_pages,
        "every staff page has a row in PAGES"
    );

    let mut served_posts: Vec<(String, Vec<Role>)> = server::staff_routes()
        .into_iter()
        .map(|route| (shape(route.path), Role::allowed(route.area)))
        .collect();
    let mut listed_posts: Vec<(String, Vec<Role>)> = POSTS
        .iter()
        .map(|(path, roles, _)| (shape(path), roles.to_vec()))
        .collect();
    let key = |r: &(String, Vec<Role>)| r.0.clone();
    served_posts.sort_by_key(key);
    listed_posts.sort_by_key(key);
    for (_, roles) in served_posts.iter_mut().chain(listed_posts.iter_mut()) {
        roles.sort_by_key(|r| r.code());
    }
    assert_eq!(
        served_posts, listed_posts,
        "every guarded route has a row in POSTS, with the same roles"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn every_staff_page_and_route_answers_exactly_as_the_role_allows() {
    for app in TestApp::each_backend().await {
        let draft = app
            .dialogue(DialogueSpec {
                slug: "utkast",
                published: false,
                ..Default::default()
            })
            .await;
        app.staff("mod@example.stockholm.se", Role::Moderator).await;
        app.staff("ed@example.stockholm.se", Role::Editor).await;
        app.staff("admin@example.stockholm.se", Role::Admin).await;
        app.staff("tr@example.stockholm.se", Role::Translator).await;
        let translator = app::accounts::service::account_id(&app.db, "tr@example.stockholm.se")
            .await
            .expect("translator");
        app::translations::service::set_languages(&app.db, None, translator, &[Lang::Fi])
            .await
            .expect("languages");
        let mut sessions = vec![(None, None)];
        for (email, role) in [
            ("mod", Role::Moderator),
            ("ed", Role::Editor),
            ("admin", Role::Admin),
            ("tr", Role::Translator),
        ] {
            let session = app.session(&format!("{email}@example.stockholm.se")).await;
            sessions.push((Some(role), Some(session)));
        }
        let expected = |allowed: &[Role], role: Option<Role>| match role {
            None => 401,
            Some(role) if allowed.contains(&role) => 200,
            Some(_) => 403,
        };
        let meeting = meeting_of(&app, draft.id).await;
        let budget = crate::budgets::a_budget(&app).await;
        for (path, allowed) in PAGES {
            let path = path
                .replace("{slug}", &draft.slug)
                .replace("{meeting}", &meeting)
                .replace("{budget}", &budget)
                .replace("{text_lang}", "fi");
            for (role, session) in &sessions {
                let (status, body) = app.get_as(session.as_ref(), &path).await;
                assert_eq!(status, expected(allowed, *role), "GET {path} as {role:?}");
                if status != 200 {
                    assert!(
                        !body.contains(r#"name="csrf""#),
                        "a refused page shows no staff form"
                    );
                }
            }
        }
        for (path, allowed, form) in POSTS {
            let path = path
                .replace("{slug}", &draft.slug)
                .replace("{meeting}", &meeting)
                .replace("{budget}", &budget)
                .replace("{text_lang}", "fi");
            for (role, session) in &sessions {
                let csrf = match session {
                    Some(s) => app.csrf(s).await,
                    None => "x".repeat(64),
                };
                let mut fields = vec![("csrf", csrf.as_str())];
                fields.extend_from_slice(form);
                let audit_before = audit_entry::Entity::find()
                    .count(&app.db)
                    .await
                    .expect("count");
                let status = app
                    .post_as(session.as_ref(), &path, &fields)
                    .await
                    .status()
                    .as_u16();
                match expected(allowed, *role) {
                    // The handler ran: it answered (opened addresses), redirected, or refused the
                    // (deliberately useless) form, or found no such view, account or dialogue.
                    200 => assert!(
                        [200, 303, 404, 409, 422].contains(&status),
                        "POST {path} as {role:?}: the handler ran, got {status}"
                    ),
                    refused => {
                        assert_eq!(status, refused, "POST {path} as {role:?}");
                        let audit_after = audit_entry::Entity::find()
                            .count(&app.db)
                            .await
                            .expect("count");
                        assert_eq!(audit_before, audit_after, "a refused request does nothing");
                    }
                }
                if let Some(s) = session.as_ref().filter(|_| expected(allowed, *role) == 200) {
                    // The same request with a forged token is refused, whatever the role.
                    let mut forged = vec![("csrf", "forged")];
                    forged.extend_from_slice(form);
                    let status = app.post_as(Some(s), &path, &forged).await.status().as_u16();
                    assert_eq!(status, 403, "forged POST {path} as {role:?}");
                }
            }
        }
    }
}

/// A meeting of dialogue `dialogue_id`, for the pages and routes that name one.
async fn meeting_of(app: &TestApp, dialogue_id: i32) -> String {
    use sea_orm::{ActiveModelTrait, Set};
    let now = chrono::Utc::now();
    let row = app::db::entities::meeting::ActiveModel {
        dialogue_id: Set(dialogue_id),
        starts_at: Set(now),
        ends_at: Set(now),
        online: Set(false),
        place: Set(Some("grimsta".into())),
        venue: Set("Grimsta bibliotek".into()),
        address: Set("Grimstagatan 1".into()),
        link: Set(None),
        languages: Set("sv".into()),
        interpreting: Set(String::new()),
        step_free: Set(true),
        hearing_loop: Set(false),
        registration: Set(false),
        contact: Set("Kim".into()),
        status: Set("scheduled".into()),
        sequence: Set(0),
        moved_from: Set(None),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .expect("meeting");
    row.id.to_string()
}
