//! Writing a citizen budget with the editor's plain forms, on both databases: a draft in
//! Swedish first, refused fields said and kept, texts per language, publishing only with a
//! confirmation when minority languages are missing, settings fixed once voting opens, and
//! every step kept as a version and in the audit log.

use app::access::Role;
use app::db::entities::{audit_entry, budget, budget_version};
use chrono::Duration;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::helpers::TestApp;
use crate::staff::Session;

/// The page without Fluent's isolation marks.
fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// A form's fields as owned pairs, with the session's token first.
fn with_csrf<'a>(csrf: &'a str, form: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![("csrf", csrf)];
    fields.extend_from_slice(form);
    fields
}

/// Posts `form` as `session`: the status, the `Location` (if any) and the page.
async fn post(
    app: &TestApp,
    session: &Session,
    path: &str,
    form: &[(&str, &str)],
) -> (u16, String, String) {
    let csrf = app.csrf(session).await;
    let res = app
        .post_as(Some(session), path, &with_csrf(&csrf, form))
        .await;
    let status = res.status().as_u16();
    let location = res
        .headers()
        .get("location")
        .and_then(|l| l.to_str().ok())
        .unwrap_or_default()
        .to_string();
    (status, location, plain(&res.text().await.expect("body")))
}

#[tokio::test(flavor = "multi_thread")]
async fn an_editor_writes_a_budget_in_several_languages_and_publishes_it() {
    for app in TestApp::each_backend().await {
        app.staff("red@example.stockholm.se", Role::Editor).await;
        let editor = app.session("red@example.stockholm.se").await;
        let day = |n: i64| (chrono::Utc::now().date_naive() + Duration::days(n)).to_string();
        let (ideas_opens, ideas_closes) = (day(10), day(40));
        let (voting_opens, voting_closes) = (day(60), day(80));
        let (status, page) = app.get_as(Some(&editor), "/sv/staff/budgets/new").await;
        assert_eq!(status, 200);
        assert!(page.contains("Ny medborgarbudget"));

        // Refused: no title, voting before ideas close, a sum that is not one. Said per
        // field, what was typed kept, nothing stored.
        let refused = [
            ("title", ""),
            ("summary", "Pengar till idéer i Grimsta."),
            ("eligibility", "Alla som bor i Grimsta."),
            ("total", "mycket"),
            ("method", "approval"),
            ("max-choices", "3"),
            ("rule", "greedy"),
            ("area", "grimsta"),
            ("ideas-opens", ideas_opens.as_str()),
            ("ideas-closes", ideas_closes.as_str()),
            ("voting-opens", ideas_opens.as_str()),
            ("voting-closes", voting_closes.as_str()),
            ("decided-by", "Stadsdelsnämnden"),
            ("diarienummer", "HV 2027/77"),
        ];
        let (status, _, page) = post(&app, &editor, "/sv/staff/budgets/new", &refused).await;
        assert_eq!(status, 422);
        assert!(page.contains("Fyll i det här fältet"), "{page}");
        assert!(page.contains("Röstningen kan öppna först efter den sista dagen för förslag"));
        assert!(page.contains("Skriv kostnaden i hela kronor"));
        assert!(page.contains("HV 2027/77") && page.contains("Pengar till idéer i Grimsta."));
        assert_eq!(
            budget::Entity::find().count(&app.db).await.expect("count"),
            0
        );

        // Accepted: a draft, whose slug comes from the Swedish title.
        let mut form = refused.to_vec();
        form[0] = ("title", "Medborgarbudget för Grimsta");
        form[3] = ("total", "250 000");
        form[10] = ("voting-opens", voting_opens.as_str());
        let (status, location, _) = post(&app, &editor, "/sv/staff/budgets/new", &form).await;
        assert_eq!(status, 303);
        assert_eq!(
            location,
            "/sv/staff/budgets/medborgarbudget-for-grimsta/edit?done=created"
        );
        let (status, page) = app.get_as(Some(&editor), &location).await;
        assert_eq!(status, 200);
        assert!(plain(&page).contains("Utkastet är skapat"));
        let (status, _) = app
            .get_text("/sv/budgets/medborgarbudget-for-grimsta")
            .await;
        assert_eq!(status, 404, "a draft is not public");

        // The Finnish texts.
        let base = "/sv/staff/budgets/medborgarbudget-for-grimsta";
        let finnish = [
            ("form", "texts"),
            ("title", "Asukasbudjetti Grimstalle"),
            ("summary", "Rahaa ideoille Grimstassa."),
            ("eligibility", "Kaikki Grimstassa asuvat."),
        ];
        let (status, location, _) =
            post(&app, &editor, &format!("{base}/texts/fi"), &finnish).await;
        assert_eq!(status, 303);
        assert!(
            location.starts_with(&format!("{base}/edit?text=fi&done=saved")),
            "{location}"
        );
        // A text without its summary: refused, the Finnish text as it was.
        let (status, _, page) = post(
            &app,
            &editor,
            &format!("{base}/texts/fi"),
            &[
                ("form", "texts"),
                ("title", "Uusi otsikko"),
                ("summary", ""),
                ("eligibility", "x"),
            ],
        )
        .await;
        assert_eq!(status, 422);
        assert!(page.contains("Uusi otsikko"), "what was typed is kept");

        // Publishing with four minority languages missing needs the confirmation.
        let (status, _, page) = post(
            &app,
            &editor,
            &format!("{base}/publish"),
            &[("form", "publish")],
        )
        .await;
        assert_eq!(status, 422);
        assert!(page.contains("Bekräfta att budgeten publiceras utan de språk som saknas"));
        assert!(
            page.contains("De här minoritetsspråken saknar texter"),
            "the gaps are named"
        );
        let (status, _) = app
            .get_text("/sv/budgets/medborgarbudget-for-grimsta")
            .await;
        assert_eq!(status, 404, "still a draft");
        let (status, location, _) = post(
            &app,
            &editor,
            &format!("{base}/publish"),
            &[("form", "publish"), ("confirm", "yes")],
        )
        .await;
        assert_eq!(status, 303);
        assert_eq!(location, format!("{base}/edit?done=published"));
        let (status, page) = app
            .get_text("/fi/budgets/medborgarbudget-for-grimsta")
            .await;
        assert_eq!(status, 200);
        assert!(
            page.contains("Asukasbudjetti Grimstalle"),
            "the Finnish text"
        );
        let (_, page) = app
            .get_text("/sv/budgets/medborgarbudget-for-grimsta")
            .await;
        assert!(page.contains("Medborgarbudget för Grimsta") && page.contains("250\u{a0}000"));
        // Publishing again: refused, nothing changed.
        let (status, _, _) = post(
            &app,
            &editor,
            &format!("{base}/publish"),
            &[("form", "publish"), ("confirm", "yes")],
        )
        .await;
        assert_eq!(status, 409);

        // The settings change until voting opens.
        let mut settings: Vec<(&str, &str)> = form[3..].to_vec();
        settings[0] = ("total", "300000");
        settings.push(("form", "settings"));
        let (status, _, _) = post(&app, &editor, &format!("{base}/edit"), &settings).await;
        assert_eq!(status, 303);
        let (_, page) = app
            .get_text("/sv/budgets/medborgarbudget-for-grimsta")
            .await;
        assert!(page.contains("300\u{a0}000"), "the new sum is shown");
        budget::Entity::update_many()
            .col_expr(
                budget::Column::VotingOpens,
                sea_orm::sea_query::Expr::value(
                    chrono::Utc::now().date_naive() - Duration::days(1),
                ),
            )
            .col_expr(
                budget::Column::IdeasCloses,
                sea_orm::sea_query::Expr::value(
                    chrono::Utc::now().date_naive() - Duration::days(2),
                ),
            )
            .col_expr(
                budget::Column::IdeasOpens,
                sea_orm::sea_query::Expr::value(
                    chrono::Utc::now().date_naive() - Duration::days(3),
                ),
            )
            .exec(&app.db)
            .await
            .expect("open voting");
        settings[0] = ("total", "900000");
        let (status, _, _) = post(&app, &editor, &format!("{base}/edit"), &settings).await;
        assert_eq!(status, 409, "the settings are fixed once voting opens");
        let (_, page) = app
            .get_text("/sv/budgets/medborgarbudget-for-grimsta")
            .await;
        assert!(page.contains("300\u{a0}000") && !page.contains("900\u{a0}000"));
        let (_, page) = app.get_as(Some(&editor), &format!("{base}/edit")).await;
        assert!(plain(&page).contains("Röstningen har öppnat"));
        assert!(
            !page.contains(r#"name="total""#),
            "no settings form while voting"
        );

        // Every step is a version, newest first on the page, and in the audit log.
        let b = budget::Entity::find()
            .filter(budget::Column::Slug.eq("medborgarbudget-for-grimsta"))
            .one(&app.db)
            .await
            .expect("query")
            .expect("budget");
        let versions: Vec<String> = budget_version::Entity::find()
            .filter(budget_version::Column::BudgetId.eq(b.id))
            .all(&app.db)
            .await
            .expect("versions")
            .into_iter()
            .map(|v| v.action)
            .collect();
        assert_eq!(versions, ["create", "texts", "publish", "settings"]);
        assert!(plain(&page).contains("Publicerade") && page.contains("red@example.stockholm.se"));
        let published = audit_entry::Entity::find()
            .filter(audit_entry::Column::Action.eq("budget-publish"))
            .one(&app.db)
            .await
            .expect("query")
            .expect("audited");
        assert_eq!(published.reason.as_deref(), Some("fit, se, smj, sma"));
    }
}
