//! Citizen budgets beyond the web ballot: voting stations (a staffed device whose ballots are
//! marked as cast there) and children (class sessions' codes, counted apart, and the ballot
//! in easy Swedish with few choices).

use app::access::Role;
use app::budgets::ballot::BallotProblem;
use app::budgets::service::{self, Cast};
use app::budgets::Method;
use app::db::entities::{audit_entry, budget, budget_ballot, budget_credential, budget_station};
use app::error::ServiceError;
use app::lang::Lang;
use chrono::Duration;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::budgets::{today, voting_day, web};
use crate::helpers::TestApp;

/// Moves budget `slug`'s voting to include today, as the forms count days.
async fn open_voting_today(app: &TestApp, slug: &str) {
    budget::Entity::update_many()
        .col_expr(
            budget::Column::VotingOpens,
            Expr::value(today() - Duration::days(1)),
        )
        .filter(budget::Column::Slug.eq(slug))
        .exec(&app.db)
        .await
        .expect("open voting");
}

/// A ballot from the children's form.
fn children<'a>(code: &'a str, chosen: &'a [i32]) -> Cast<'a> {
    Cast {
        children: true,
        ..web(code, chosen)
    }
}

/// Text of a page without Fluent's isolation marks.
fn plain(page: &str) -> String {
    page.replace(['\u{2068}', '\u{2069}'], "")
}

/// Posts a ballot to `path`, from a device holding `cookie` (if any); answers the status and
/// the body.
async fn vote(
    app: &TestApp,
    path: &str,
    cookie: Option<&str>,
    form: &[(&str, &str)],
) -> (u16, String) {
    let mut req = app.client.post(app.url(path)).form(form);
    if let Some(cookie) = cookie {
        req = req.header("cookie", cookie);
    }
    let res = req.send().await.expect("POST");
    let status = res.status().as_u16();
    (status, plain(&res.text().await.expect("body")))
}

#[tokio::test(flavor = "multi_thread")]
async fn a_station_marks_its_ballots_and_a_code_votes_once_there_or_on_the_web() {
    for app in TestApp::each_backend().await {
        let (b, p, codes) = app
            .budget("mb-station", Method::Approval { max: 2 }, 3)
            .await;
        open_voting_today(&app, "mb-station").await;
        let editor = app.session("ed@example.stockholm.se").await;
        let csrf = app.csrf(&editor).await;
        let path = "/sv/staff/budgets/mb-station/stations";
        let (status, page) = app.get_as(Some(&editor), path).await;
        assert_eq!(status, 200);
        assert!(page.contains("Öppna en röststation"));
        // No place: refused at the field, nothing opened.
        let res = app
            .post_as(Some(&editor), path, &[("csrf", &csrf), ("place", " ")])
            .await;
        assert_eq!(res.status().as_u16(), 422);
        assert_eq!(
            budget_station::Entity::find()
                .count(&app.db)
                .await
                .expect("n"),
            0
        );
        let res = app
            .post_as(
                Some(&editor),
                path,
                &[("csrf", &csrf), ("place", "Vällingby bibliotek")],
            )
            .await;
        assert_eq!(res.status().as_u16(), 200);
        let page = res.text().await.expect("body");
        let start = page.find("/sv/budget-station/").expect("the device's link")
            + "/sv/budget-station/".len();
        let token = page[start..start + 64].to_string();
        assert!(token.bytes().all(|c| c.is_ascii_hexdigit()));
        let station = budget_station::Entity::find()
            .one(&app.db)
            .await
            .expect("read")
            .expect("station");
        assert_ne!(station.token_hash, token, "only the token's hash is kept");
        // The device opens the link: it becomes the station and goes to the ballot.
        let res = app.get(&format!("/sv/budget-station/{token}")).await;
        assert_eq!(res.status().as_u16(), 303);
        assert_eq!(res.headers()["location"], "/sv/budgets/mb-station#vote");
        let set = res.headers()["set-cookie"]
            .to_str()
            .expect("cookie")
            .to_string();
        assert!(set.starts_with(&format!("budget-station={token};")) && set.contains("HttpOnly"));
        let device = format!("budget-station={token}");
        let res = app
            .client
            .get(app.url("/sv/budgets/mb-station"))
            .header("cookie", &device)
            .send()
            .await
            .expect("GET");
        let page = plain(&res.text().await.expect("body"));
        assert!(page.contains("Det här är en röststation: Vällingby bibliotek"));
        let (_, elsewhere) = app.get_text("/sv/budgets/mb-station").await;
        assert!(
            !plain(&elsewhere).contains("röststation:"),
            "only on the device"
        );
        // A ballot from the device is the station's.
        let first = p[0].to_string();
        let (status, _) = vote(
            &app,
            "/sv/budgets/mb-station",
            Some(&device),
            &[("code", &codes[0]), ("project", &first)],
        )
        .await;
        assert_eq!(status, 303);
        let ballot = budget_ballot::Entity::find()
            .one(&app.db)
            .await
            .expect("read")
            .expect("ballot");
        assert_eq!(ballot.channel, "station");
        assert_eq!(ballot.station_id, Some(station.id));
        // Used at the station, the code cannot vote on the web; used on the web, not at the
        // station.
        let (status, page) = vote(
            &app,
            "/sv/budgets/mb-station",
            None,
            &[("code", &codes[0]), ("project", &first)],
        )
        .await;
        assert_eq!(status, 409);
        assert!(page.contains("redan använts"));
        service::cast(&app.db, "mb-station", web(&codes[1], &p[..1]), voting_day())
            .await
            .expect("web ballot");
        let (status, _) = vote(
            &app,
            "/sv/budgets/mb-station",
            Some(&device),
            &[("code", &codes[1]), ("project", &first)],
        )
        .await;
        assert_eq!(status, 409);
        // Closed, the station votes no more and says so; the code stays unspent.
        let res = app
            .post_as(
                Some(&editor),
                &format!("{path}/{}/close", station.id),
                &[("csrf", &csrf)],
            )
            .await;
        assert_eq!(res.status().as_u16(), 303);
        let (status, page) = vote(
            &app,
            "/sv/budgets/mb-station",
            Some(&device),
            &[("code", &codes[2]), ("project", &first)],
        )
        .await;
        assert_eq!(status, 409);
        assert!(page.contains("Röststationen är stängd"));
        assert_eq!(
            app.get(&format!("/sv/budget-station/{token}"))
                .await
                .status()
                .as_u16(),
            404,
            "a closed station's link opens nothing"
        );
        let (status, _) = vote(
            &app,
            "/sv/budgets/mb-station",
            None,
            &[("code", &codes[2]), ("project", &first)],
        )
        .await;
        assert_eq!(status, 303, "the code was not spent by the refusal");
        // Both steps are in the audit log, with who did them.
        let audited = audit_entry::Entity::find()
            .filter(
                audit_entry::Column::Action.is_in(["budget-station-open", "budget-station-close"]),
            )
            .count(&app.db)
            .await
            .expect("audit");
        assert_eq!(audited, 2);
        // The figures, once certified, count the station's ballots apart.
        let admin = app
            .grant::<app::access::cap::ManageAccounts>("admin@example.stockholm.se", Role::Admin)
            .await;
        service::certify(
            &app.db,
            &app.letters(),
            &admin,
            b.id,
            today() + Duration::days(60),
        )
        .await
        .expect("certified");
        let tally = app::budgets::read::tally(&app.db, "mb-station")
            .await
            .expect("tally");
        assert_eq!(tally.by_channel, [("web", 2), ("paper", 0), ("station", 1)]);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn children_vote_in_easy_swedish_with_few_choices_and_class_codes_count_apart() {
    for app in TestApp::each_backend().await {
        let (b, mut p, _) = app.budget("mb-barn", Method::Approval { max: 4 }, 1).await;
        let editor = app
            .grant::<app::access::cap::EditDialogues>("ed2@example.stockholm.se", Role::Editor)
            .await;
        p.push(
            service::put_on_ballot(
                &app.db,
                &editor,
                b.id,
                5_000,
                None,
                vec![(Lang::Sv, "Fågelholkar".into(), "Holkar i parken.".into())],
                today(),
            )
            .await
            .expect("a fourth project"),
        );
        // A class session's codes are of their own kind.
        let class = service::issue_codes(&app.db, &editor, b.id, 2, "Grimstaskolan 4B", true)
            .await
            .expect("class codes");
        let kinds: Vec<String> = budget_credential::Entity::find()
            .filter(budget_credential::Column::BudgetId.eq(b.id))
            .all(&app.db)
            .await
            .expect("read")
            .into_iter()
            .map(|c| c.kind)
            .collect();
        assert_eq!(kinds, ["printed", "class", "class"]);
        // The children's ballot asks for three at most, whatever the budget allows.
        assert!(matches!(
            service::cast(&app.db, "mb-barn", children(&class[0], &p), voting_day()).await,
            Err(ServiceError::Ballot(BallotProblem::TooMany { max: 3 }))
        ));
        service::cast(
            &app.db,
            "mb-barn",
            children(&class[0], &p[..3]),
            voting_day(),
        )
        .await
        .expect("three are counted");
        // The same code on the adults' ballot: spent.
        assert!(matches!(
            service::cast(&app.db, "mb-barn", web(&class[0], &p[..1]), voting_day()).await,
            Err(ServiceError::CodeUsed)
        ));
        // Editors write the easy texts; one over its limit is refused and nothing is saved.
        open_voting_today(&app, "mb-barn").await;
        let session = app.session("ed2@example.stockholm.se").await;
        let csrf = app.csrf(&session).await;
        let path = "/sv/staff/budgets/mb-barn/children";
        let (status, page) = app.get_as(Some(&session), path).await;
        assert_eq!(status, 200);
        assert!(
            page.contains("Fågelholkar"),
            "each project by its Swedish name"
        );
        let long = "x".repeat(2001);
        let project_field = format!("easy-project-text-{}", p[3]);
        let res = app
            .post_as(
                Some(&session),
                path,
                &[
                    ("csrf", &csrf),
                    ("easy-title", "Pengar till parken"),
                    (&project_field, &long),
                ],
            )
            .await;
        assert_eq!(res.status().as_u16(), 422);
        let (_, page) = app.get_text("/sv/budgets/mb-barn/children").await;
        assert!(!page.contains("Pengar till parken"), "nothing saved");
        let res = app
            .post_as(
                Some(&session),
                path,
                &[
                    ("csrf", &csrf),
                    ("easy-title", "Pengar till parken"),
                    ("easy-summary", "Du får välja vad vi ska köpa."),
                    (&project_field, "Små hus åt fåglarna."),
                ],
            )
            .await;
        assert_eq!(res.status().as_u16(), 303);
        let (status, page) = app.get_text("/sv/budgets/mb-barn/children").await;
        assert_eq!(status, 200);
        let page = plain(&page);
        assert!(page.contains("Pengar till parken") && page.contains("Små hus åt fåglarna."));
        assert!(
            page.contains("Välj upp till 3 förslag"),
            "few choices, said so"
        );
        assert!(
            page.contains("Bänkar i parken."),
            "the standard Swedish where none is written"
        );
        let (_, adults) = app.get_text("/sv/budgets/mb-barn").await;
        assert!(
            plain(&adults).contains("Välj upp till 4 projekt."),
            "the budget's own number of choices"
        );
        // The children's form: too many comes back to itself with the choices kept; three
        // are counted, and the answer is the children's page with the receipt.
        let ids: Vec<String> = p.iter().map(i32::to_string).collect();
        let mut form = vec![("children", "yes"), ("code", class[1].as_str())];
        form.extend(ids.iter().map(|id| ("project", id.as_str())));
        let (status, page) = vote(&app, "/sv/budgets/mb-barn/children", None, &form).await;
        assert_eq!(status, 422);
        assert!(page.contains("för många") && page.contains("Pengar till parken"));
        form.pop();
        let res = app
            .client
            .post(app.url("/sv/budgets/mb-barn/children"))
            .form(&form)
            .send()
            .await
            .expect("POST");
        assert_eq!(res.status().as_u16(), 303);
        let location = res.headers()["location"]
            .to_str()
            .expect("location")
            .to_string();
        assert!(
            location.starts_with("/sv/budgets/mb-barn/children?receipt=MB-"),
            "{location}"
        );
        // Certified: the figures count the class session's ballots apart.
        let admin = app
            .grant::<app::access::cap::ManageAccounts>("admin@example.stockholm.se", Role::Admin)
            .await;
        service::certify(
            &app.db,
            &app.letters(),
            &admin,
            b.id,
            today() + Duration::days(60),
        )
        .await
        .expect("certified");
        let tally = app::budgets::read::tally(&app.db, "mb-barn")
            .await
            .expect("tally");
        assert_eq!(
            tally.by_kind,
            [("printed", 0), ("email", 0), ("open", 0), ("class", 2)]
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_class_sessions_slips_send_the_children_to_their_ballot() {
    for app in TestApp::each_backend().await {
        app.budget("mb-klass", Method::Approval { max: 2 }, 1).await;
        let session = app.session("ed@example.stockholm.se").await;
        let csrf = app.csrf(&session).await;
        let res = app
            .post_as(
                Some(&session),
                "/sv/staff/budgets/mb-klass/codes",
                &[
                    ("csrf", &csrf),
                    ("count", "3"),
                    ("purpose", "Grimstaskolan 4B"),
                    ("children", "yes"),
                ],
            )
            .await;
        assert_eq!(res.status().as_u16(), 200);
        let page = plain(&res.text().await.expect("body"));
        assert_eq!(
            page.matches("/sv/budgets/mb-klass/children med koden")
                .count(),
            3,
            "{page}"
        );
        let class = budget_credential::Entity::find()
            .filter(budget_credential::Column::Kind.eq("class"))
            .count(&app.db)
            .await
            .expect("count");
        assert_eq!(class, 3);
    }
}
