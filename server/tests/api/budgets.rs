//! Citizen budgets: the vote's integrity on both databases. A ballot must be valid on every
//! path (only projects on the ballot, 1..k choices, a knapsack within the budget), only while
//! voting is open, one counted ballot per code even when the same code is sent at once, and no
//! count before the result is certified; the certificate names the SHA-256 of the Pabulib
//! export it was counted from.

use app::access::{Role, Staff};
use app::budgets::count::Rule;
use app::budgets::service::{self, Cast, NewBudget};
use app::budgets::{BallotChannel, Dates, Method};
use app::db::entities::{budget_ballot, budget_ballot_line, budget_credential};
use app::domain::{AgeGroup, HomeArea};
use app::error::ServiceError;
use app::lang::Lang;
use chrono::{Duration, NaiveDate};
use sea_orm::{EntityTrait, PaginatorTrait};

use crate::helpers::TestApp;

pub(crate) fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

impl TestApp {
    /// What the services need to write mails, from this app's state.
    pub(crate) fn letters(&self) -> app::mail::Letters<'_> {
        app::mail::Letters {
            settings: &self.state.mail,
            translations: &self.state.translations,
        }
    }

    /// A staff member's grant, straight from the service (these tests are below the forms).
    pub(crate) async fn grant<C: app::access::Capability>(
        &self,
        email: &str,
        role: Role,
    ) -> app::access::Grant<C> {
        self.staff(email, role).await;
        let id = app::accounts::service::account_id(&self.db, email)
            .await
            .expect("staff id");
        Staff {
            id,
            email: email.into(),
            role,
            csrf: String::new(),
            must_change_password: false,
        }
        .grant()
        .expect("grant")
    }

    /// A published budget of 100,000 kronor in its voting phase (ideas closed last month), with
    /// three projects on the ballot (60,000, 30,000 and 20,000) and `codes` printed codes.
    pub(crate) async fn budget(
        &self,
        slug: &str,
        method: Method,
        codes: usize,
    ) -> (app::db::entities::budget::Model, Vec<i32>, Vec<String>) {
        self.budget_by("ed@example.stockholm.se", slug, method, codes)
            .await
    }

    /// [`TestApp::budget`], made by the editor `email` (created here).
    async fn budget_by(
        &self,
        email: &str,
        slug: &str,
        method: Method,
        codes: usize,
    ) -> (app::db::entities::budget::Model, Vec<i32>, Vec<String>) {
        let editor = self.grant(email, Role::Editor).await;
        let t = today();
        let b = service::create(
            &self.db,
            &editor,
            NewBudget {
                slug: slug.into(),
                total_sek: 100_000,
                method,
                rule: Rule::Greedy,
                area: None,
                dates: Dates {
                    ideas_opens: t - Duration::days(60),
                    ideas_closes: t - Duration::days(30),
                    voting_opens: t + Duration::days(1),
                    voting_closes: t + Duration::days(20),
                },
                decided_by: "Stadsdelsnämnden".into(),
                diarienummer: "HV 2027/12".into(),
                published: true,
                texts: vec![(
                    Lang::Sv,
                    "Medborgarbudget 2027".into(),
                    "100 000 kronor till er idéer.".into(),
                    "Alla som bor i stadsdelen, från 12 år.".into(),
                )],
            },
        )
        .await
        .expect("budget");
        let mut projects = Vec::new();
        for (cost, title) in [(60_000, "Utegym"), (30_000, "Bänkar"), (20_000, "Blommor")] {
            projects.push(
                service::put_on_ballot(
                    &self.db,
                    &editor,
                    b.id,
                    cost,
                    Some(HomeArea::Grimsta),
                    vec![(Lang::Sv, title.into(), format!("{title} i parken."))],
                    // Before voting: the ballot is still open to changes.
                    t,
                )
                .await
                .expect("project"),
            );
        }
        let codes =
            service::issue_codes(&self.db, &editor, b.id, codes, "Grimsta bibliotek", false)
                .await
                .expect("codes");
        (b, projects, codes)
    }
}

/// A budget for the role table: its slug.
pub(crate) async fn a_budget(app: &TestApp) -> String {
    let (b, _, _) = app
        .budget_by(
            "budget-ed@example.stockholm.se",
            "mb-roller",
            Method::Approval { max: 2 },
            1,
        )
        .await;
    b.slug
}

/// A day inside the voting phase of the budgets above.
pub(crate) fn voting_day() -> NaiveDate {
    today() + Duration::days(2)
}

pub(crate) fn web<'a>(code: &'a str, chosen: &'a [i32]) -> Cast<'a> {
    Cast {
        code,
        chosen,
        channel: BallotChannel::Web,
        age: Some(AgeGroup::ALL[0]),
        area: Some(HomeArea::Grimsta),
        station: None,
        children: false,
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn ballots_are_valid_on_every_count_and_only_while_voting_is_open() {
    for app in TestApp::each_backend().await {
        let (b, p, codes) = app
            .budget("mb-approval", Method::Approval { max: 2 }, 5)
            .await;
        let cast = |code: &str, chosen: &[i32], day| {
            let db = app.db.clone();
            let (code, chosen) = (code.to_string(), chosen.to_vec());
            async move { service::cast(&db, "mb-approval", web(&code, &chosen), day).await }
        };
        // Before voting opens, and after it closes, nothing is stored and the code is kept.
        assert!(matches!(
            cast(&codes[0], &[p[0]], today()).await,
            Err(ServiceError::NotOpen)
        ));
        let after = today() + Duration::days(21);
        assert!(matches!(
            cast(&codes[0], &[p[0]], after).await,
            Err(ServiceError::NotOpen)
        ));
        // Approval with k = 2: one or two lines, of projects on this ballot.
        assert!(matches!(
            cast(&codes[0], &[], voting_day()).await,
            Err(ServiceError::Ballot(_))
        ));
        assert!(matches!(
            cast(&codes[0], &p, voting_day()).await,
            Err(ServiceError::Ballot(
                app::budgets::ballot::BallotProblem::TooMany { max: 2 }
            ))
        ));
        assert!(matches!(
            cast(&codes[0], &[p[0], 999_999], voting_day()).await,
            Err(ServiceError::Ballot(
                app::budgets::ballot::BallotProblem::NotOnBallot
            ))
        ));
        assert!(matches!(
            cast("AAAAA-AAAAA", &[p[0]], voting_day()).await,
            Err(ServiceError::CodeUnknown)
        ));
        assert_eq!(
            budget_ballot::Entity::find()
                .count(&app.db)
                .await
                .expect("count"),
            0
        );
        // A valid ballot is stored with its lines and a receipt; the code is spent.
        let receipt = cast(&codes[0], &[p[1], p[0], p[1]], voting_day())
            .await
            .expect("counted");
        assert!(receipt.starts_with("MB-"));
        let lines = budget_ballot_line::Entity::find()
            .all(&app.db)
            .await
            .expect("lines");
        let mut ids: Vec<i32> = lines.iter().map(|l| l.project_id).collect();
        ids.sort_unstable();
        assert_eq!(ids, vec![p[0], p[1]], "each project once");
        // Typed in lower case without the dash, the spent code is still the same code.
        let typed = codes[0].to_lowercase().replace('-', "");
        assert!(matches!(
            cast(&typed, &[p[2]], voting_day()).await,
            Err(ServiceError::CodeUsed)
        ));
        // Paper entered by staff spends a code just as the web does.
        let third = [p[2]];
        let paper = Cast {
            channel: BallotChannel::Paper,
            ..web(&codes[1], &third)
        };
        service::cast(&app.db, "mb-approval", paper, voting_day())
            .await
            .expect("paper");
        assert!(matches!(
            cast(&codes[1], &[p[0]], voting_day()).await,
            Err(ServiceError::CodeUsed)
        ));
        assert_eq!(
            budget_ballot::Entity::find()
                .count(&app.db)
                .await
                .expect("count"),
            2
        );
        // No count before the result: not while voting, not after it closes uncertified.
        assert!(matches!(
            app::budgets::read::tally(&app.db, &b.slug).await,
            Err(ServiceError::NotFound)
        ));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_knapsack_ballot_over_the_budget_is_refused() {
    for app in TestApp::each_backend().await {
        let (_, p, codes) = app.budget("mb-knapsack", Method::Knapsack, 2).await;
        // 60,000 + 30,000 + 20,000 = 110,000 > 100,000.
        let over = service::cast(&app.db, "mb-knapsack", web(&codes[0], &p), voting_day()).await;
        assert!(matches!(
            over,
            Err(ServiceError::Ballot(
                app::budgets::ballot::BallotProblem::OverBudget {
                    chosen: 110_000,
                    total: 100_000
                }
            ))
        ));
        // Nothing was spent: the same code then votes within the budget.
        service::cast(
            &app.db,
            "mb-knapsack",
            web(&codes[0], &p[..2]),
            voting_day(),
        )
        .await
        .expect("within the budget");
    }
}

/// The server function's answer: the receipt, or the error it sent.
fn answer(status: u16, bytes: &[u8]) -> Result<String, app::error::ApiError> {
    if status == 200 {
        Ok(serde_json::from_slice(bytes).expect("a receipt"))
    } else {
        Err(postcard::from_bytes(bytes).expect("an ApiError"))
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_server_function_refuses_what_the_form_refuses_also_at_once() {
    use app::error::ApiError;
    for app in TestApp::each_backend().await {
        let (_, p, codes) = app.budget("mb-funktion", Method::Knapsack, 2).await;
        app::db::entities::budget::Entity::update_many()
            .col_expr(
                app::db::entities::budget::Column::VotingOpens,
                sea_orm::sea_query::Expr::value(today() - Duration::days(1)),
            )
            .exec(&app.db)
            .await
            .expect("open voting");
        let body = |code: &str, chosen: &[i32]| {
            let mut fields = vec![("code".to_string(), code.to_string())];
            fields.extend(
                chosen
                    .iter()
                    .map(|id| ("project".to_string(), id.to_string())),
            );
            serde_json::json!({ "slug": "mb-funktion", "fields": fields })
        };
        // Over the budget (110,000 of 100,000): refused with the reason's message id, at 422.
        let (status, bytes) = app.call_json("cast-ballot", &body(&codes[0], &p)).await;
        assert_eq!(status, 422);
        assert_eq!(
            answer(status, &bytes),
            Err(ApiError::Refused("budget-ballot-over".into()))
        );
        // The same over-budget ballot sent five times at once with the other code: none counts.
        let over = body(&codes[1], &p);
        let calls = (0..5).map(|_| app.call_json("cast-ballot", &over));
        for (status, bytes) in futures_util::future::join_all(calls).await {
            assert_eq!(
                answer(status, &bytes),
                Err(ApiError::Refused("budget-ballot-over".into()))
            );
        }
        assert_eq!(
            budget_ballot::Entity::find()
                .count(&app.db)
                .await
                .expect("count"),
            0
        );
        // Within the budget, five times at once: exactly one receipt, the others told the code
        // is used.
        let within = body(&codes[1], &p[..2]);
        let calls = (0..5).map(|_| app.call_json("cast-ballot", &within));
        let answers: Vec<_> = futures_util::future::join_all(calls)
            .await
            .into_iter()
            .map(|(status, bytes)| answer(status, &bytes))
            .collect();
        let receipts = answers.iter().filter(|a| a.is_ok()).count();
        assert_eq!(receipts, 1, "{answers:?}");
        assert!(answers
            .iter()
            .filter_map(|a| a.as_ref().err())
            .all(|e| *e == ApiError::Refused("budget-error-code-used".into())));
        assert_eq!(
            budget_ballot::Entity::find()
                .count(&app.db)
                .await
                .expect("count"),
            1
        );
        // A project not on this ballot, and an unknown budget.
        let (status, bytes) = app
            .call_json("cast-ballot", &body(&codes[0], &[999_999]))
            .await;
        assert!(
            matches!(answer(status, &bytes), Err(ApiError::Refused(_))),
            "{status}"
        );
        let unknown = serde_json::json!({ "slug": "finns-inte", "fields": [["code", codes[0]]] });
        let (status, bytes) = app.call_json("cast-ballot", &unknown).await;
        assert_eq!(
            (status, answer(status, &bytes)),
            (404, Err(ApiError::NotFound))
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_code_by_mail_votes_once_and_the_address_is_kept_only_as_an_hmac() {
    use app::db::entities::{budget, outbox};
    use sea_orm::{sea_query::Expr, ColumnTrait, QueryFilter};
    for app in TestApp::each_backend().await {
        let (b, p, _) = app.budget("mb-epost", Method::Approval { max: 2 }, 1).await;
        let ask = |address: &'static str| {
            let app = &app;
            async move {
                let res = app
                    .post_form("/sv/budgets/mb-epost/code", &[("email", address)])
                    .await;
                let status = res.status().as_u16();
                (
                    status,
                    res.text()
                        .await
                        .expect("body")
                        .replace(['\u{2068}', '\u{2069}'], ""),
                )
            }
        };
        // Not offered by this budget yet: no such form.
        assert_eq!(ask("anna@example.se").await.0, 404);
        budget::Entity::update_many()
            .col_expr(budget::Column::EmailCodes, Expr::value(true))
            .col_expr(
                budget::Column::VotingOpens,
                Expr::value(today() - Duration::days(1)),
            )
            .exec(&app.db)
            .await
            .expect("codes by mail, voting open");
        let (_, page) = app.get_text("/sv/budgets/mb-epost").await;
        assert!(page.contains("Få en röstkod med e-post"));
        // Not an address: said at the field, kept.
        let (status, page) = ask("anna-at-example").await;
        assert_eq!(status, 422);
        assert!(
            page.contains(r#"value="anna-at-example""#) && page.contains(r#"id="email-error""#)
        );
        // An address: a code in the mail, the same answer the second time, one mail only.
        let (status, _) = ask("Anna@Example.se").await;
        assert_eq!(status, 303);
        let (status, _) = ask("anna@example.se ").await;
        assert_eq!(
            status, 303,
            "the same answer: no one learns which addresses asked"
        );
        let mail = app.smtp.wait_for(1).await.remove(0);
        assert_eq!(mail.to.len(), 1);
        assert!(
            mail.to[0].eq_ignore_ascii_case("anna@example.se"),
            "{:?}",
            mail.to
        );
        let text = mail.text();
        let code = text
            .lines()
            .map(str::trim)
            .find(|l| l.len() == 11 && l.as_bytes()[5] == b'-')
            .expect("the code on a line of its own")
            .to_string();
        assert!(mail
            .links()
            .iter()
            .any(|l| l.ends_with("/sv/budgets/mb-epost#ballot")));
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        assert_eq!(app.smtp.received().len(), 1, "one code per address");
        // Nothing in the database names the address or the code once the mail is out.
        let credential = budget_credential::Entity::find()
            .filter(budget_credential::Column::Kind.eq("email"))
            .one(&app.db)
            .await
            .expect("query")
            .expect("a credential");
        let key = budget::Entity::find_by_id(b.id)
            .one(&app.db)
            .await
            .expect("q")
            .expect("b")
            .ballot_key
            .expect("key");
        assert_eq!(
            credential.email_hmac.as_deref(),
            Some(app::budgets::credentials::address_hmac(&key, "anna@example.se").as_str())
        );
        for row in outbox::Entity::find().all(&app.db).await.expect("outbox") {
            assert!(
                row.to_address.is_empty()
                    && !row.text_body.contains(&code)
                    && !row.html_body.contains(&code)
            );
        }
        // The code votes once, like a printed one.
        let ids: Vec<String> = p.iter().map(i32::to_string).collect();
        let vote = |code: String| {
            let (app, first) = (&app, ids[0].clone());
            async move {
                app.post_form(
                    "/sv/budgets/mb-epost",
                    &[("code", code.as_str()), ("project", first.as_str())],
                )
                .await
                .status()
                .as_u16()
            }
        };
        assert_eq!(vote(code.clone()).await, 303);
        assert_eq!(vote(code).await, 409);
        // Without a code, where open voting is not allowed: refused.
        assert_eq!(vote(String::new()).await, 422);
        assert_eq!(
            budget_ballot::Entity::find()
                .count(&app.db)
                .await
                .expect("count"),
            1
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn open_voting_takes_ballots_without_a_code_and_the_result_counts_them_apart() {
    use app::db::entities::budget;
    use sea_orm::{sea_query::Expr, ColumnTrait, QueryFilter};
    for app in TestApp::each_backend().await {
        let (b, p, codes) = app.budget("mb-oppen", Method::Approval { max: 2 }, 1).await;
        budget::Entity::update_many()
            .col_expr(budget::Column::OpenVoting, Expr::value(true))
            .filter(budget::Column::Id.eq(b.id))
            .exec(&app.db)
            .await
            .expect("open voting");
        for code in ["", "", codes[0].as_str()] {
            service::cast(&app.db, "mb-oppen", web(code, &p[..1]), voting_day())
                .await
                .expect("counted");
        }
        // A paper entry without a code is not open voting.
        assert!(matches!(
            service::cast(
                &app.db,
                "mb-oppen",
                Cast {
                    channel: BallotChannel::Paper,
                    ..web("", &p[..1])
                },
                voting_day()
            )
            .await,
            Err(ServiceError::CodeUnknown)
        ));
        let open = budget_credential::Entity::find()
            .filter(budget_credential::Column::Kind.eq("open"))
            .count(&app.db)
            .await
            .expect("count");
        assert_eq!(open, 2, "one credential per ballot without a code");
        // Certified: the figures say how many came without a code.
        let admin = app.grant("admin@example.stockholm.se", Role::Admin).await;
        service::certify(
            &app.db,
            &app.letters(),
            &admin,
            b.id,
            voting_day() + Duration::days(60),
        )
        .await
        .expect("certified");
        let tally = app::budgets::read::tally(&app.db, "mb-oppen")
            .await
            .expect("tally");
        assert_eq!(
            tally.by_kind,
            [("printed", 1), ("email", 0), ("open", 2), ("class", 0)]
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn residents_who_confirmed_get_the_result_by_mail_and_every_address_is_then_erased() {
    use app::db::entities::{audit_entry, budget_subscription};
    use sea_orm::{ColumnTrait, QueryFilter};
    for app in TestApp::each_backend().await {
        let (b, p, codes) = app
            .budget("mb-resultat", Method::Approval { max: 1 }, 2)
            .await;
        let ask = |address: &'static str| {
            let app = &app;
            async move {
                let res = app
                    .post_form(
                        "/sv/budgets/mb-resultat/follow",
                        &[("follow-email", address)],
                    )
                    .await;
                (res.status().as_u16(), res.text().await.expect("body"))
            }
        };
        let (status, page) = ask("inte-en-adress").await;
        assert_eq!(status, 422);
        assert!(page.contains(r#"id="follow-email-error""#) && page.contains("inte-en-adress"));
        for address in ["berit@example.se", "Berit@example.se", "carl@example.se"] {
            let (status, _) = ask(address).await;
            assert_eq!(
                status, 303,
                "the same answer for an address that asked before"
            );
        }
        let mails = app.smtp.wait_for(2).await;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        assert_eq!(app.smtp.received().len(), 2, "one confirmation per address");
        let berit = mails
            .iter()
            .find(|m| m.to[0] == "berit@example.se")
            .expect("Berit's mail");
        let link = berit
            .links()
            .into_iter()
            .find(|l| l.contains("/sv/budget-result/"))
            .expect("the confirmation link");
        let path = link.trim_start_matches("https://dialog.example.se");
        // The link opens a page with one button: opening it confirms nothing.
        let (status, page) = app.get_text(path).await;
        assert_eq!(status, 200);
        assert!(page
            .replace(['\u{2068}', '\u{2069}'], "")
            .contains("Du har bett om att få resultatet av ”Medborgarbudget 2027”"));
        let confirmed = || async {
            budget_subscription::Entity::find()
                .filter(budget_subscription::Column::ConfirmedAt.is_not_null())
                .count(&app.db)
                .await
                .expect("count")
        };
        assert_eq!(confirmed().await, 0);
        let res = app.post_form(path, &[]).await;
        assert_eq!(res.status().as_u16(), 303);
        assert_eq!(
            res.headers()["location"].to_str().expect("location"),
            "/sv/budgets/mb-resultat?follow=confirmed#follow"
        );
        assert_eq!(confirmed().await, 1);
        // Two votes for the outdoor gym, then the count is certified.
        for code in &codes {
            service::cast(&app.db, "mb-resultat", web(code, &p[..1]), voting_day())
                .await
                .expect("counted");
        }
        let admin = app.grant("admin@example.stockholm.se", Role::Admin).await;
        service::certify(
            &app.db,
            &app.letters(),
            &admin,
            b.id,
            voting_day() + Duration::days(60),
        )
        .await
        .expect("certified");
        app.state.outbox_wake.notify_one();
        let result = app.smtp.wait_for(3).await.remove(2);
        assert_eq!(
            result.to,
            ["berit@example.se".to_string()],
            "the confirmed address only"
        );
        let text = result.text().replace(['\u{2068}', '\u{2069}'], "");
        assert!(text.contains("– Utegym (antal röster: 2)"), "{text}");
        assert!(text.contains("raderat din e-postadress"));
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        assert_eq!(
            app.smtp.received().len(),
            3,
            "nothing to the unconfirmed address"
        );
        assert_eq!(
            budget_subscription::Entity::find()
                .count(&app.db)
                .await
                .expect("count"),
            0
        );
        let erased = audit_entry::Entity::find()
            .filter(audit_entry::Column::Action.eq("addresses-erased"))
            .filter(audit_entry::Column::Target.eq(format!("budget:{}", b.id)))
            .one(&app.db)
            .await
            .expect("query")
            .expect("logged");
        assert_eq!(erased.reason.as_deref(), Some("2"));
        // The link no longer works.
        assert_eq!(app.get_text(path).await.0, 404);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn one_code_sent_many_times_at_once_counts_once() {
    for app in TestApp::each_backend().await {
        let (_, p, codes) = app
            .budget("mb-concurrent", Method::Approval { max: 3 }, 1)
            .await;
        let mut tasks = Vec::new();
        for _ in 0..8 {
            let (db, code, chosen) = (app.db.clone(), codes[0].clone(), p.clone());
            tasks.push(tokio::spawn(async move {
                service::cast(&db, "mb-concurrent", web(&code, &chosen), voting_day()).await
            }));
        }
        let mut counted = 0;
        for task in tasks {
            match task.await.expect("task") {
                Ok(_) => counted += 1,
                Err(ServiceError::CodeUsed) => {}
                Err(other) => panic!("{other:?}"),
            }
        }
        assert_eq!(counted, 1);
        assert_eq!(
            budget_ballot::Entity::find()
                .count(&app.db)
                .await
                .expect("count"),
            1
        );
        let spent = budget_credential::Entity::find()
            .all(&app.db)
            .await
            .expect("codes");
        assert!(spent.iter().all(|c| c.used_at.is_some()));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_result_is_certified_from_the_export_and_only_then_counted() {
    for app in TestApp::each_backend().await {
        let (b, p, codes) = app
            .budget("mb-result", Method::Approval { max: 2 }, 4)
            .await;
        for (code, chosen) in
            codes
                .iter()
                .zip([vec![p[0]], vec![p[0], p[1]], vec![p[1]], vec![p[2]]])
        {
            service::cast(&app.db, "mb-result", web(code, &chosen), voting_day())
                .await
                .expect("ballot");
        }
        let admin = app.grant("admin@example.stockholm.se", Role::Admin).await;
        let file = "/budgets/mb-result/ballots.pb";
        assert_eq!(
            app.get_text(file).await.0,
            404,
            "no ballots before the result"
        );
        // Not while voting is open.
        assert!(matches!(
            service::certify(&app.db, &app.letters(), &admin, b.id, voting_day()).await,
            Err(ServiceError::WrongState)
        ));
        let closed = today() + Duration::days(21);
        let certificate = service::certify(&app.db, &app.letters(), &admin, b.id, closed)
            .await
            .expect("certified");
        // Greedy: 60,000 (2 votes) and 30,000 (2 votes) fit; 20,000 (1 vote) does not.
        // 60,000 and 30,000 tie on two votes: the cheaper is funded first.
        assert_eq!(certificate.winners, vec![p[1], p[0]]);
        assert_eq!(certificate.ballots, 4);
        assert_eq!(certificate.digest.len(), 64);
        assert!(matches!(
            service::certify(&app.db, &app.letters(), &admin, b.id, closed).await,
            Err(ServiceError::WrongState)
        ));
        // The file anyone can download is the one the certificate names.
        let res = app.client.get(app.url(file)).send().await.expect("GET");
        assert_eq!(res.status().as_u16(), 200);
        let bytes = res.bytes().await.expect("body");
        assert_eq!(app::tokens::sha256_hex(&bytes), certificate.digest);
        assert!(String::from_utf8_lossy(&bytes).starts_with("META"));
        let tally = app::budgets::read::tally(&app.db, "mb-result")
            .await
            .expect("tally");
        assert_eq!(tally.ballots, 4);
        assert_eq!(tally.digest, certificate.digest);
        assert_eq!(
            tally.projects,
            vec![(p[0], 2, true), (p[1], 2, true), (p[2], 1, false)]
        );
        // The key is gone: no code can vote any more.
        let stored = app::db::entities::budget::Entity::find_by_id(b.id)
            .one(&app.db)
            .await
            .expect("db")
            .expect("budget");
        assert!(stored.ballot_key.is_none());
        assert!(stored.certified_by.is_some());
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_resident_votes_with_the_plain_form_and_a_refused_ballot_keeps_its_choices() {
    for app in TestApp::each_backend().await {
        let (_, p, codes) = app.budget("mb-formular", Method::Knapsack, 2).await;
        // Not open yet today (voting opens tomorrow): the page has no ballot.
        let (status, page) = app.get_text("/sv/budgets/mb-formular").await;
        assert_eq!(status, 200);
        assert!(page.contains("Utegym") && page.contains("60\u{a0}000"));
        assert!(!page.contains(r#"name="code""#));
        // The handler counts on Stockholm's today: move voting to include it.
        app::db::entities::budget::Entity::update_many()
            .col_expr(
                app::db::entities::budget::Column::VotingOpens,
                sea_orm::sea_query::Expr::value(today() - Duration::days(1)),
            )
            .exec(&app.db)
            .await
            .expect("open voting");
        let (_, page) = app.get_text("/sv/budgets/mb-formular").await;
        assert!(
            page.contains(r#"name="code""#),
            "the ballot while voting is open"
        );
        assert!(!page.contains("röster"), "no count while voting is open");
        let ids: Vec<String> = p.iter().map(i32::to_string).collect();
        // Over the budget: refused at 422, the chosen projects and the code kept, nothing spent.
        let res = app
            .client
            .post(app.url("/sv/budgets/mb-formular"))
            .form(&[
                ("code", codes[0].as_str()),
                ("project", &ids[0]),
                ("project", &ids[1]),
                ("project", &ids[2]),
            ])
            .send()
            .await
            .expect("POST");
        assert_eq!(res.status().as_u16(), 422);
        let page = res
            .text()
            .await
            .expect("body")
            .replace(['\u{2068}', '\u{2069}'], "");
        assert!(page.contains("kostar mer än hela budgeten"), "{page}");
        assert!(page.contains(&format!(r#"value="{}""#, codes[0])));
        assert_eq!(page.matches("checked").count(), 3, "the choices are kept");
        // Within the budget: counted, 303 to the page with the receipt.
        let res = app
            .client
            .post(app.url("/sv/budgets/mb-formular"))
            .form(&[
                ("code", codes[0].as_str()),
                ("project", &ids[0]),
                ("project", &ids[1]),
            ])
            .send()
            .await
            .expect("POST");
        assert_eq!(res.status().as_u16(), 303);
        let location = res.headers()["location"]
            .to_str()
            .expect("location")
            .to_string();
        assert!(
            location.starts_with("/sv/budgets/mb-formular?receipt=MB-"),
            "{location}"
        );
        let (_, page) = app.get_text(&location).await;
        assert!(page
            .replace(['\u{2068}', '\u{2069}'], "")
            .contains("Din röst är räknad"));
        // The same code again: 409, said in words.
        let res = app
            .client
            .post(app.url("/sv/budgets/mb-formular"))
            .form(&[("code", codes[0].as_str()), ("project", &ids[2])])
            .send()
            .await
            .expect("POST");
        assert_eq!(res.status().as_u16(), 409);
        assert!(res.text().await.expect("body").contains("redan använts"));
        assert_eq!(
            budget_ballot::Entity::find()
                .count(&app.db)
                .await
                .expect("count"),
            1
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_paper_ballot_counts_only_when_two_people_enter_it_alike() {
    use app::budgets::paper::{self, Entered, PaperBallot};
    for app in TestApp::each_backend().await {
        let (b, p, codes) = app
            .budget("mb-papper", Method::Approval { max: 2 }, 4)
            .await;
        let anna = app
            .grant("anna@example.stockholm.se", Role::Moderator)
            .await;
        let bo = app.grant("bo@example.stockholm.se", Role::Editor).await;
        let cia = app
            .grant("cia@example.stockholm.se", Role::Translator)
            .await;
        let sheet = |code: &str, chosen: &[i32]| {
            let (db, code, chosen) = (app.db.clone(), code.to_string(), chosen.to_vec());
            move |clerk: app::access::Grant<app::access::cap::EnterViews>| async move {
                let sheet = PaperBallot {
                    code: &code,
                    chosen: &chosen,
                    age: None,
                    area: Some(HomeArea::Grimsta),
                };
                paper::enter(&db, &clerk, "mb-papper", sheet, voting_day()).await
            }
        };
        // Not before voting opens.
        assert!(matches!(
            paper::enter(
                &app.db,
                &anna,
                "mb-papper",
                PaperBallot {
                    code: &codes[0],
                    chosen: &[p[0]],
                    age: None,
                    area: None
                },
                today()
            )
            .await,
            Err(ServiceError::NotOpen)
        ));
        // A sheet the method refuses is refused at once, whoever enters it.
        assert!(matches!(
            sheet(&codes[0], &p)(anna.clone()).await,
            Err(ServiceError::Ballot(_))
        ));
        // First entry: stored, nothing counted.
        assert_eq!(
            sheet(&codes[0], &[p[0]])(anna.clone())
                .await
                .expect("first"),
            Entered::First
        );
        assert!(matches!(
            sheet(&codes[0], &[p[0]])(anna.clone()).await,
            Err(ServiceError::SamePerson)
        ));
        assert_eq!(
            paper::waiting(&app.db, b.id).await.expect("waiting"),
            (1, 0)
        );
        // A second person reads it differently: still nothing counted.
        assert_eq!(
            sheet(&codes[0], &[p[1]])(bo.clone()).await.expect("second"),
            Entered::Disagree
        );
        assert_eq!(
            paper::waiting(&app.db, b.id).await.expect("waiting"),
            (0, 1)
        );
        assert_eq!(
            budget_ballot::Entity::find()
                .count(&app.db)
                .await
                .expect("count"),
            0
        );
        // A third agrees with the first: counted once, on paper, with the first's choice.
        let Entered::Counted(receipt) =
            sheet(&codes[0], &[p[0]])(cia.clone()).await.expect("third")
        else {
            panic!("the agreeing entry counts");
        };
        assert!(receipt.starts_with("MB-"));
        let ballots = budget_ballot::Entity::find()
            .all(&app.db)
            .await
            .expect("ballots");
        assert_eq!(ballots.len(), 1);
        assert_eq!(ballots[0].channel, "paper");
        let lines = budget_ballot_line::Entity::find()
            .all(&app.db)
            .await
            .expect("lines");
        assert_eq!(
            lines.iter().map(|l| l.project_id).collect::<Vec<_>>(),
            vec![p[0]]
        );
        assert_eq!(
            paper::waiting(&app.db, b.id).await.expect("waiting"),
            (0, 0)
        );
        // The code used on paper cannot vote on the web ...
        assert!(matches!(
            service::cast(&app.db, "mb-papper", web(&codes[0], &[p[1]]), voting_day()).await,
            Err(ServiceError::CodeUsed)
        ));
        // ... and a code used on the web cannot be entered from paper.
        service::cast(&app.db, "mb-papper", web(&codes[1], &[p[1]]), voting_day())
            .await
            .expect("web");
        assert!(matches!(
            sheet(&codes[1], &[p[1]])(anna.clone()).await,
            Err(ServiceError::CodeUsed)
        ));
        // Two second entries at once: the sheet counts once.
        assert_eq!(
            sheet(&codes[2], &[p[2]])(anna.clone())
                .await
                .expect("first"),
            Entered::First
        );
        let (one, two) = tokio::join!(
            tokio::spawn(sheet(&codes[2], &[p[2]])(bo.clone())),
            tokio::spawn(sheet(&codes[2], &[p[2]])(cia.clone())),
        );
        let outcomes = [one.expect("task"), two.expect("task")];
        assert_eq!(
            outcomes
                .iter()
                .filter(|o| matches!(o, Ok(Entered::Counted(_))))
                .count(),
            1,
            "{outcomes:?}"
        );
        assert!(
            outcomes
                .iter()
                .all(|o| matches!(o, Ok(Entered::Counted(_)) | Err(ServiceError::CodeUsed))),
            "{outcomes:?}"
        );
        assert_eq!(
            budget_ballot::Entity::find()
                .count(&app.db)
                .await
                .expect("count"),
            3
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn staff_enter_paper_ballots_with_the_plain_form() {
    for app in TestApp::each_backend().await {
        let (_, p, codes) = app
            .budget("mb-pappersform", Method::Approval { max: 2 }, 1)
            .await;
        app::db::entities::budget::Entity::update_many()
            .col_expr(
                app::db::entities::budget::Column::VotingOpens,
                sea_orm::sea_query::Expr::value(today() - Duration::days(1)),
            )
            .exec(&app.db)
            .await
            .expect("open voting");
        let mut sessions = Vec::new();
        for email in ["ett@example.stockholm.se", "tva@example.stockholm.se"] {
            app.staff(email, Role::Moderator).await;
            sessions.push(app.session(email).await);
        }
        let path = "/sv/staff/budgets/mb-pappersform/paper";
        let (status, page) = app.get_as(Some(&sessions[0]), path).await;
        assert_eq!(status, 200);
        assert!(page.contains("Utegym"), "the projects to tick");
        let project = p[0].to_string();
        let send = |session| {
            let path = path.to_string();
            let (code, project) = (codes[0].clone(), project.clone());
            let app = &app;
            async move {
                let csrf = app.csrf(session).await;
                let res = app
                    .post_as(
                        Some(session),
                        &path,
                        &[
                            ("csrf", csrf.as_str()),
                            ("code", code.as_str()),
                            ("project", project.as_str()),
                        ],
                    )
                    .await;
                let status = res.status().as_u16();
                let body = res
                    .text()
                    .await
                    .expect("body")
                    .replace(['\u{2068}', '\u{2069}'], "");
                (status, body)
            }
        };
        let (status, page) = send(&sessions[0]).await;
        assert_eq!(status, 200);
        assert!(page.contains("Sedeln är inmatad en gång"), "{page}");
        let (status, page) = send(&sessions[0]).await;
        assert_eq!(status, 409);
        assert!(page.contains("Du har redan matat in den här sedeln"));
        assert!(page.contains(&format!(r#"value="{}""#, codes[0])), "kept");
        let (status, page) = send(&sessions[1]).await;
        assert_eq!(status, 200);
        assert!(page.contains("Båda inmatningarna stämmer"), "{page}");
        assert_eq!(
            budget_ballot::Entity::find()
                .count(&app.db)
                .await
                .expect("count"),
            1
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn staff_type_in_a_proposal_from_paper_with_its_channel_and_language() {
    use app::db::entities::{audit_entry, budget, budget_project};
    use sea_orm::{sea_query::Expr, ColumnTrait, QueryFilter};
    for app in TestApp::each_backend().await {
        app.budget("mb-papper", Method::Approval { max: 2 }, 1)
            .await;
        app.staff("kontor@example.stockholm.se", Role::Moderator)
            .await;
        let session = app.session("kontor@example.stockholm.se").await;
        let path = "/sv/staff/budgets/mb-papper/proposals";
        let send = |form: Vec<(&'static str, &'static str)>| {
            let app = &app;
            let session = &session;
            async move {
                let csrf = app.csrf(session).await;
                let mut fields = vec![("csrf", csrf.as_str())];
                fields.extend(form);
                let res = app.post_as(Some(session), path, &fields).await;
                let status = res.status().as_u16();
                let location = res
                    .headers()
                    .get("location")
                    .map(|l| l.to_str().expect("location").to_string());
                (
                    status,
                    location,
                    res.text()
                        .await
                        .expect("body")
                        .replace(['\u{2068}', '\u{2069}'], ""),
                )
            }
        };
        let form = vec![
            ("channel", "paper"),
            ("text-lang", "fi"),
            ("title", "Penkkejä puistoon"),
            ("description", "Lisää penkkejä Grimstan puistoon."),
            ("area", "grimsta"),
            ("contact", "Liisa, 070-111 22 33"),
        ];
        // Outside the ideas phase (voting opens tomorrow): refused, nothing stored.
        let (status, _, _) = send(form.clone()).await;
        assert_eq!(status, 409);
        budget::Entity::update_many()
            .col_expr(
                budget::Column::IdeasCloses,
                Expr::value(today() + Duration::days(1)),
            )
            .col_expr(
                budget::Column::VotingOpens,
                Expr::value(today() + Duration::days(3)),
            )
            .exec(&app.db)
            .await
            .expect("ideas open");
        let (_, page) = app.get_as(Some(&session), path).await;
        assert!(
            page.contains("Skriv in ett förslag från papper"),
            "the form while ideas are open"
        );
        // The web is not a channel staff type in from; a title is required: both said, the
        // rest kept.
        let mut refused = form.clone();
        refused[0] = ("channel", "web");
        let (status, _, page) = send(refused).await;
        assert_eq!(status, 422);
        assert!(page.contains("Lisää penkkejä Grimstan puistoon."));
        let mut untitled = form.clone();
        untitled[2] = ("title", "");
        let (status, _, page) = send(untitled).await;
        assert_eq!(status, 422);
        assert!(page.contains(r#"id="title-error""#) && page.contains("Fyll i det här fältet"));
        assert_eq!(
            budget_project::Entity::find()
                .filter(budget_project::Column::Status.eq("proposed"))
                .count(&app.db)
                .await
                .expect("count"),
            0
        );

        let (status, location, _) = send(form).await;
        assert_eq!(status, 303);
        let location = location.expect("location");
        let stored = budget_project::Entity::find()
            .filter(budget_project::Column::Status.eq("proposed"))
            .one(&app.db)
            .await
            .expect("query")
            .expect("stored, waiting for moderation");
        assert_eq!(
            (stored.channel.as_str(), stored.lang.as_str()),
            ("paper", "fi")
        );
        assert!(
            location.ends_with(&format!("?entered={0}#proposal-{0}", stored.id)),
            "{location}"
        );
        let (_, page) = app.get_as(Some(&session), &location).await;
        let page = page.replace(['\u{2068}', '\u{2069}'], "");
        assert!(page.contains(&format!("Förslag nr {} är inskrivet", stored.id)));
        assert!(page.contains(r#"lang="fi""#) && page.contains("Penkkejä puistoon"));
        assert!(
            page.contains("Liisa, 070-111 22 33"),
            "the contact, for staff only"
        );
        let (_, public) = app.get_text("/sv/budgets/mb-papper").await;
        assert!(
            !public.contains("Penkkejä puistoon"),
            "not before moderation"
        );
        let logged = audit_entry::Entity::find()
            .filter(audit_entry::Column::Action.eq("budget-proposal-enter"))
            .one(&app.db)
            .await
            .expect("query")
            .expect("logged");
        assert_eq!(logged.reason.as_deref(), Some("paper"));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn residents_propose_without_an_account_and_the_review_is_published() {
    use app::budgets::proposals::{self, Review};
    use app::db::entities::{budget, budget_proposer_contact};
    use sea_orm::sea_query::Expr;
    for app in TestApp::each_backend().await {
        let (b, _, _) = app
            .budget("mb-forslag", Method::Approval { max: 2 }, 1)
            .await;
        // Ideas open today (Stockholm's today, whatever the hour).
        budget::Entity::update_many()
            .col_expr(
                budget::Column::IdeasCloses,
                Expr::value(today() + Duration::days(1)),
            )
            .col_expr(
                budget::Column::VotingOpens,
                Expr::value(today() + Duration::days(3)),
            )
            .exec(&app.db)
            .await
            .expect("ideas open");
        let path = "/sv/budgets/mb-forslag/proposals";
        // Without a title: 422, what was written is kept, an error at the field.
        let res = app
            .client
            .post(app.url(path))
            .form(&[
                ("title", ""),
                ("description", "Bättre belysning i tunneln."),
            ])
            .send()
            .await
            .expect("POST");
        assert_eq!(res.status().as_u16(), 422);
        let page = res.text().await.expect("body");
        assert!(page.contains("Bättre belysning i tunneln."), "kept");
        assert!(page.contains(r#"id="title-error""#));
        // The outcome by mail needs an address as the contact: a phone number is refused there.
        let res = app
            .client
            .post(app.url(path))
            .form(&[
                ("title", "Ny simhall"),
                ("description", "Så att det känns tryggt på kvällen."),
                ("contact", "070-123 45 67"),
                ("outcome", "yes"),
            ])
            .send()
            .await
            .expect("POST");
        assert_eq!(res.status().as_u16(), 422);
        assert!(res
            .text()
            .await
            .expect("body")
            .contains(r#"id="contact-error""#));
        let mut ids = Vec::new();
        for (title, contact, outcome) in [
            ("Belysning i tunneln", "anna@example.se", "yes"),
            ("Lampor vid tunneln", "", ""),
            ("Ny simhall", "070-123 45 67", ""),
        ] {
            let res = app
                .client
                .post(app.url(path))
                .form(&[
                    ("title", title),
                    ("description", "Så att det känns tryggt på kvällen."),
                    ("area", "grimsta"),
                    ("estimate", "50 000"),
                    ("contact", contact),
                    ("outcome", outcome),
                ])
                .send()
                .await
                .expect("POST");
            assert_eq!(res.status().as_u16(), 303);
            let location = res.headers()["location"].to_str().expect("location");
            assert!(location.contains("proposed=1"), "{location}");
            let stored = app::db::entities::budget_project::Entity::find()
                .all(&app.db)
                .await
                .expect("projects");
            ids.push(stored.last().expect("stored").id);
        }
        let (_, page) = app.get_text("/sv/budgets/mb-forslag?proposed=1").await;
        assert!(page.contains("Tack för ditt förslag"));
        assert!(
            !page.contains("Belysning i tunneln"),
            "not before moderation"
        );
        let moderator = app.grant("mod@example.stockholm.se", Role::Moderator).await;
        for id in &ids {
            proposals::moderate(&app.db, &moderator, *id, true)
                .await
                .expect("published");
        }
        assert!(matches!(
            proposals::moderate(&app.db, &moderator, ids[0], false).await,
            Err(ServiceError::AlreadyDecided)
        ));
        let editor = app
            .grant("granskare@example.stockholm.se", Role::Editor)
            .await;
        let review = |id, decision| {
            let (db, editor) = (app.db.clone(), editor.clone());
            async move { proposals::review(&db, &editor, id, decision, today()).await }
        };
        // A reason is required to keep a proposal off the ballot, and the cost within the sum.
        assert!(matches!(
            review(ids[2], Review::Decline { reason: " ".into() }).await,
            Err(ServiceError::Invalid(_))
        ));
        assert!(matches!(
            review(ids[0], Review::Ballot { cost_sek: 100_001 }).await,
            Err(ServiceError::Invalid(_))
        ));
        review(ids[0], Review::Ballot { cost_sek: 45_000 })
            .await
            .expect("on the ballot");
        review(
            ids[1],
            Review::Merge {
                into: ids[0],
                reason: "Samma plats, samma behov.".into(),
            },
        )
        .await
        .expect("merged");
        // Not into itself, nor into one merged away.
        assert!(matches!(
            review(
                ids[2],
                Review::Merge {
                    into: ids[1],
                    reason: "x".into()
                }
            )
            .await,
            Err(ServiceError::WrongState)
        ));
        review(
            ids[2],
            Review::Decline {
                reason: "Simhallar ligger utanför stadsdelsnämndens ansvar.".into(),
            },
        )
        .await
        .expect("declined");
        let (_, page) = app.get_text("/sv/budgets/mb-forslag").await;
        let page = page.replace(['\u{2068}', '\u{2069}'], "");
        assert!(
            page.contains(&format!("id=\"budget-project-{}\"", ids[0])),
            "on the ballot"
        );
        assert!(
            page.contains(&format!("href=\"#budget-project-{}\"", ids[0])),
            "links to what it became"
        );
        assert!(page.contains("Simhallar ligger utanför stadsdelsnämndens ansvar."));
        assert!(
            !page.contains("anna@example.se") && !page.contains("070-123"),
            "contacts are staff-only"
        );
        assert!(
            page.contains("45\u{a0}000"),
            "the proposal's cost on the ballot"
        );
        // Staff see the contact until the result is certified; then it is erased.
        let staff = app.session("granskare@example.stockholm.se").await;
        let (_, staff_page) = app
            .get_as(Some(&staff), "/sv/staff/budgets/mb-forslag/proposals")
            .await;
        assert!(staff_page.contains("anna@example.se"));
        // A proposal is reviewed once.
        assert!(matches!(
            review(ids[2], Review::Ballot { cost_sek: 1 }).await,
            Err(ServiceError::AlreadyDecided)
        ));
        let admin = app.grant("admin@example.stockholm.se", Role::Admin).await;
        service::certify(
            &app.db,
            &app.letters(),
            &admin,
            b.id,
            today() + Duration::days(30),
        )
        .await
        .expect("certified");
        let contacts = budget_proposer_contact::Entity::find()
            .all(&app.db)
            .await
            .expect("contacts");
        assert_eq!(contacts.len(), 2, "the rows stay");
        assert!(contacts
            .iter()
            .all(|c| c.contact.is_none() && c.erased_at.is_some()));
        // The proposer who asked hears how it went; the one who left a phone number does not.
        app.state.outbox_wake.notify_one();
        let mail = app.smtp.wait_for(1).await.remove(0);
        assert!(mail.to[0].eq_ignore_ascii_case("anna@example.se"));
        let text = mail.text().replace(['\u{2068}', '\u{2069}'], "");
        assert!(text.contains("”Belysning i tunneln”"), "{text}");
        assert!(
            text.contains("Antal röster: 0") && text.contains("raderat din kontaktuppgift"),
            "{text}"
        );
        assert!(mail
            .links()
            .iter()
            .any(|l| l.ends_with("/sv/budgets/mb-forslag#result")));
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        assert_eq!(app.smtp.received().len(), 1);
    }
}

/// The page's text without Fluent's isolation marks and leptos's hydration comments.
fn plain(page: &str) -> String {
    let page = page
        .replace(['\u{2068}', '\u{2069}'], "")
        .replace("<!>", "");
    let mut out = String::new();
    let mut rest = page.as_str();
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find("-->")
            .map_or("", |end| &rest[start + end + 3..]);
    }
    out.push_str(rest);
    out
}

#[tokio::test(flavor = "multi_thread")]
async fn after_the_count_the_decision_and_the_follow_up_are_published() {
    use app::budgets::followup;
    for app in TestApp::each_backend().await {
        let (b, p, codes) = app
            .budget("mb-uppfoljning", Method::Approval { max: 2 }, 4)
            .await;
        for (i, (code, chosen)) in codes
            .iter()
            .zip([vec![p[0]], vec![p[0], p[1]], vec![p[1]], vec![p[0]]])
            .enumerate()
        {
            let mut ballot = web(code, &chosen);
            // One child under 13, one 13–17, one adult, one who did not say.
            ballot.age = [
                Some(AgeGroup::ALL[0]),
                Some(AgeGroup::ALL[1]),
                Some(AgeGroup::ALL[2]),
                None,
            ][i];
            service::cast(&app.db, "mb-uppfoljning", ballot, voting_day())
                .await
                .expect("ballot");
        }
        let admin = app.grant("admin@example.stockholm.se", Role::Admin).await;
        // Nothing to decide before the result is certified.
        assert!(matches!(
            followup::decide(&app.db, &admin, b.id, p[2], true, "Skäl", voting_day()).await,
            Err(ServiceError::WrongState)
        ));
        let closed = today() + Duration::days(21);
        let certificate = service::certify(&app.db, &app.letters(), &admin, b.id, closed)
            .await
            .expect("certified");
        // 60,000 (3 votes) and 30,000 (2) fit in 100,000; 20,000 had no votes.
        assert_eq!(certificate.winners, vec![p[0], p[1]]);
        let tally = app::budgets::read::tally(&app.db, "mb-uppfoljning")
            .await
            .expect("tally");
        assert_eq!(
            tally.by_age[0],
            (Some(AgeGroup::ALL[0]), 1),
            "children apart"
        );
        assert_eq!(tally.by_age[1], (Some(AgeGroup::ALL[1]), 1));
        assert_eq!(tally.by_age.last(), Some(&(None, 1)));
        assert_eq!(tally.by_channel[0], ("web", 4));
        let (_, page) = app.get_text("/sv/budgets/mb-uppfoljning").await;
        let page = plain(&page);
        assert!(page.contains("Vilka röstade"), "the figures");
        assert!(
            page.contains(r#"<th scope="row">Under 13 år</th><td>1</td>"#),
            "{page}"
        );

        let follow_up = "/sv/staff/budgets/mb-uppfoljning/follow-up";
        let admin_session = app.session("admin@example.stockholm.se").await;
        let post = |session, path: String, form: Vec<(String, String)>| {
            let app = &app;
            async move {
                let csrf = app.csrf(session).await;
                let mut form = form;
                form.push(("csrf".into(), csrf));
                let pairs: Vec<(&str, &str)> =
                    form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
                let res = app.post_as(Some(session), &path, &pairs).await;
                let status = res.status().as_u16();
                (status, plain(&res.text().await.expect("body")))
            }
        };
        let decision = |id: i32| format!("{follow_up}/{id}/decision");
        // Overriding the count needs a reason: refused at the field, the choice kept.
        let (status, page) = post(
            &admin_session,
            decision(p[2]),
            vec![
                (format!("funded-{}", p[2]), "yes".into()),
                (format!("reason-{}", p[2]), " ".into()),
            ],
        )
        .await;
        assert_eq!(status, 422, "{page}");
        assert!(
            page.contains(&format!(r#"id="reason-{}-error""#, p[2])),
            "{page}"
        );
        let reason = "Nämnden beslutade att även plantera blommor, med pengar från parkbudgeten.";
        let (status, _) = post(
            &admin_session,
            decision(p[2]),
            vec![
                (format!("funded-{}", p[2]), "yes".into()),
                (format!("reason-{}", p[2]), reason.into()),
            ],
        )
        .await;
        assert_eq!(status, 303);
        let (_, page) = app.get_text("/sv/budgets/mb-uppfoljning").await;
        let page = plain(&page);
        assert!(page.contains("Beslut: projektet får pengar.") && page.contains(reason));
        // The count as certified is unchanged: the export still matches its certificate.
        let (_, file) = app.get_text("/budgets/mb-uppfoljning/ballots.pb").await;
        assert_eq!(app::tokens::sha256_hex(file.as_bytes()), certificate.digest);

        // An editor adds a milestone to a funded project; the residents see it.
        let editor = app.session("ed@example.stockholm.se").await;
        let milestone = |id: i32, date: &str| {
            vec![
                (format!("status-{id}"), "started".to_string()),
                (format!("date-{id}"), date.to_string()),
                (
                    format!("note-{id}"),
                    "Bygget av utegymmet har börjat.".to_string(),
                ),
            ]
        };
        let path = |id: i32| format!("{follow_up}/{id}/milestone");
        let (status, page) = post(&editor, path(p[0]), milestone(p[0], "1 juni")).await;
        assert_eq!(status, 422, "a date that is not a date");
        assert!(page.contains("Bygget av utegymmet har börjat."), "kept");
        let (status, _) = post(&editor, path(p[0]), milestone(p[0], "2027-06-01")).await;
        assert_eq!(status, 303);
        let (_, page) = app.get_text("/sv/budgets/mb-uppfoljning").await;
        let page = plain(&page);
        assert!(page.contains("Läge: Påbörjat"), "{page}");
        assert!(page.contains("Bygget av utegymmet har börjat."));
        // Not for a project that gets no money.
        let (status, _) = post(
            &admin_session,
            decision(p[1]),
            vec![
                (format!("funded-{}", p[1]), "no".into()),
                (format!("reason-{}", p[1]), "Marken säljs.".into()),
            ],
        )
        .await;
        assert_eq!(status, 303);
        let (status, _) = post(&editor, path(p[1]), milestone(p[1], "2027-06-01")).await;
        assert_eq!(status, 409);
        // An editor may not record a decision: the role is checked before anything is done.
        let (status, _) = post(
            &editor,
            decision(p[0]),
            vec![
                (format!("funded-{}", p[0]), "no".into()),
                (format!("reason-{}", p[0]), "x".into()),
            ],
        )
        .await;
        assert_eq!(status, 403);
        let stored = app::db::entities::budget_project::Entity::find_by_id(p[0])
            .one(&app.db)
            .await
            .expect("db")
            .expect("project");
        assert_eq!(stored.decision_won, None);
    }
}
