//! Translators: the queue, a reviewed translation ending the readers' draft notice, stale
//! translations with what changed in Swedish, languages a translator does not hold, working
//! translations of views (staff only, in the full export), and the receipt naming the language
//! in the reader's words.

use app::access::{Role, Staff};
use app::db::entities::{audit_entry, dialogue_text, dialogue_version, question_text, view};
use app::dialogues::editor::form::DialogueForm;
use app::lang::Lang;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};

use crate::helpers::{DialogueSpec, Fixture, TestApp};
use crate::staff::Session;

/// The link every draft notice carries: to how a bad translation is reported.
const DRAFT_NOTICE: &str = "/accessibility#translations";

impl TestApp {
    /// A translator holding `langs`, signed in.
    async fn translator(&self, email: &str, langs: &[Lang]) -> Session {
        self.staff(email, Role::Translator).await;
        let id = app::accounts::service::account_id(&self.db, email)
            .await
            .expect("account");
        app::translations::service::set_languages(&self.db, None, id, langs)
            .await
            .expect("languages");
        self.session(email).await
    }

    /// A Finnish translation of `d`'s texts and questions, as machine drafts arrive: not
    /// reviewed, and following no version.
    async fn finnish_draft(&self, d: &Fixture, reviewed: bool) {
        dialogue_text::ActiveModel {
            dialogue_id: Set(d.id),
            lang: Set("fi".into()),
            title: Set("Uusi leikkipaikka Grimstaan".into()),
            summary: Set("Tiivistelmä".into()),
            body: Set("Ensimmäinen kappale.".into()),
            influence: Set("Suunnittelu.".into()),
            not_influence: Set("Budjetti.".into()),
            decides: Set("Lautakunta.".into()),
            reviewed: Set(reviewed),
            based_on: Set(None),
        }
        .insert(&self.db)
        .await
        .expect("fi text");
        for (i, id) in d.questions.iter().enumerate() {
            question_text::ActiveModel {
                question_id: Set(*id),
                lang: Set("fi".into()),
                text: Set(format!("Kysymys {}", i + 1)),
            }
            .insert(&self.db)
            .await
            .expect("fi question");
        }
    }

    /// The Finnish form as the translator sends it: every text, the questions, `reviewed`.
    fn finnish_form<'a>(
        d: &Fixture,
        csrf: &'a str,
        title: &'a str,
        reviewed: bool,
    ) -> Vec<(String, String)> {
        let mut form = vec![
            ("csrf".to_string(), csrf.to_string()),
            ("title".into(), title.to_string()),
            ("summary".into(), "Uusi tiivistelmä".into()),
            ("body".into(), "Uusi kappale.".into()),
            ("influence".into(), "Suunnittelu.".into()),
            ("not-influence".into(), "Budjetti.".into()),
            ("decides".into(), "Lautakunta.".into()),
        ];
        for (i, id) in d.questions.iter().enumerate() {
            form.push((
                format!("question-{id}"),
                format!("Tarkistettu kysymys {}", i + 1),
            ));
        }
        if reviewed {
            form.push(("reviewed".into(), "yes".into()));
        }
        form
    }

    async fn post_pairs(&self, session: &Session, path: &str, form: &[(String, String)]) -> u16 {
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        self.post_as(Some(session), path, &pairs)
            .await
            .status()
            .as_u16()
    }

    /// An editor changes the Swedish summary of `d` through the editor's service.
    async fn edit_swedish_summary(&self, slug: &str, summary: &str) {
        self.staff("ed@example.stockholm.se", Role::Editor).await;
        let id = app::accounts::service::account_id(&self.db, "ed@example.stockholm.se")
            .await
            .expect("editor");
        let editor = Staff {
            id,
            email: "ed@example.stockholm.se".into(),
            role: Role::Editor,
            csrf: String::new(),
            must_change_password: false,
        }
        .grant()
        .expect("grant");
        let (_, snapshot) = app::dialogues::editor::versions::load(&self.db, &editor, slug)
            .await
            .expect("snapshot");
        let mut form = DialogueForm::from_snapshot(&snapshot, Lang::Sv);
        form.text.summary = summary.to_string();
        let valid = form.validate(false).expect("valid");
        app::dialogues::editor::service::save(&self.db, &editor, Some(slug), &valid)
            .await
            .expect("saved");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reviewed_finnish_translation_ends_the_readers_draft_notice() {
    for app in TestApp::each_backend().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        app.finnish_draft(&d, false).await;

        // A Finnish reader is told the text is an unchecked draft; a Swedish one is not.
        let (_, page) = app.get_text(&d.page("fi")).await;
        assert!(
            page.contains(&format!("/fi{DRAFT_NOTICE}")),
            "draft notice in Finnish"
        );
        let (_, page) = app.get_text(&d.page("sv")).await;
        assert!(!page.contains(DRAFT_NOTICE), "Swedish is the source");
        // English is reviewed in the fixture.
        let (_, page) = app.get_text(&d.page("en")).await;
        assert!(!page.contains(DRAFT_NOTICE), "a reviewed text says nothing");

        let translator = app.translator("fi@example.stockholm.se", &[Lang::Fi]).await;
        let target = format!("/sv/staff/translations/{}/fi", d.slug);
        let (status, queue) = app
            .get_as(Some(&translator), "/sv/staff/translations")
            .await;
        assert_eq!(status, 200);
        assert!(queue.contains(&target), "the draft is in the queue");
        assert!(queue.contains("Utkast, inte granskat"), "named as a draft");

        let (status, page) = app.get_as(Some(&translator), &target).await;
        assert_eq!(status, 200);
        assert!(
            page.contains("Uusi leikkipaikka Grimstaan"),
            "the Finnish text to edit"
        );
        assert!(page.contains("Ny lekplats i Grimsta"), "beside its Swedish");

        // A refused form keeps what was written and saves nothing.
        let csrf = app.csrf(&translator).await;
        let mut form = TestApp::finnish_form(&d, &csrf, "Tarkistettu otsikko", true);
        form.retain(|(k, _)| k != "summary");
        assert_eq!(app.post_pairs(&translator, &target, &form).await, 422);
        let versions = dialogue_version::Entity::find()
            .filter(dialogue_version::Column::DialogueId.eq(d.id))
            .all(&app.db)
            .await
            .expect("versions");
        assert!(versions.is_empty(), "nothing saved");

        let form = TestApp::finnish_form(&d, &csrf, "Tarkistettu otsikko", true);
        assert_eq!(app.post_pairs(&translator, &target, &form).await, 303);

        let (_, page) = app.get_text(&d.page("fi")).await;
        assert!(
            page.contains("Tarkistettu otsikko"),
            "the new text is public"
        );
        assert!(page.contains("Tarkistettu kysymys 1"), "and its questions");
        assert!(!page.contains(DRAFT_NOTICE), "reviewed: no notice");
        let (_, queue) = app
            .get_as(Some(&translator), "/sv/staff/translations")
            .await;
        assert!(!queue.contains(&target), "nothing left to do in Finnish");

        // Saved as a version, and in the audit log under the translator's name.
        let versions = dialogue_version::Entity::find()
            .filter(dialogue_version::Column::DialogueId.eq(d.id))
            .all(&app.db)
            .await
            .expect("versions");
        assert_eq!(versions.len(), 1);
        assert_eq!(versions[0].action, "translate");
        let logged = audit_entry::Entity::find()
            .filter(audit_entry::Column::Action.eq("translate"))
            .all(&app.db)
            .await
            .expect("audit");
        assert_eq!(logged.len(), 1);
        assert_eq!(logged[0].reason.as_deref(), Some("fi"));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_swedish_change_makes_the_translation_stale_and_shows_what_changed() {
    for app in TestApp::each_backend().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        // Reviewed, but made before the portal kept versions: it follows no version yet.
        app.finnish_draft(&d, true).await;
        let translator = app.translator("fi@example.stockholm.se", &[Lang::Fi]).await;
        let target = format!("/sv/staff/translations/{}/fi", d.slug);
        let (_, queue) = app
            .get_as(Some(&translator), "/sv/staff/translations")
            .await;
        assert!(!queue.contains(&target), "reviewed and complete");

        app.edit_swedish_summary(&d.slug, "Sammanfattning med nya ord")
            .await;

        let (_, queue) = app
            .get_as(Some(&translator), "/sv/staff/translations")
            .await;
        assert!(queue.contains(&target), "stale after the Swedish changed");
        assert!(
            queue.contains("Den svenska texten har ändrats"),
            "named as stale"
        );
        let (_, page) = app.get_as(Some(&translator), &target).await;
        let removed = &page[page.find("<del>").expect("removed words")..];
        let removed = &removed[..removed.find("</del>").expect("end")];
        assert!(
            removed.contains("sv"),
            "the old word struck through: {removed}"
        );
        let added = &page[page.find("<ins>").expect("added words")..];
        let added = &added[..added.find("</ins>").expect("end")];
        assert!(added.contains("med nya ord"), "the new words: {added}");

        // Translated again against today's Swedish: no longer stale.
        let csrf = app.csrf(&translator).await;
        let form = TestApp::finnish_form(&d, &csrf, "Uusi leikkipaikka", true);
        assert_eq!(app.post_pairs(&translator, &target, &form).await, 303);
        let (_, queue) = app
            .get_as(Some(&translator), "/sv/staff/translations")
            .await;
        assert!(!queue.contains(&target), "follows the Swedish again");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_translator_works_only_in_their_languages_and_never_publishes() {
    for app in TestApp::each_backend().await {
        let d = app
            .dialogue(DialogueSpec {
                published: false,
                ..Default::default()
            })
            .await;
        let translator = app.translator("fi@example.stockholm.se", &[Lang::Fi]).await;
        let csrf = app.csrf(&translator).await;
        // North Sami is not theirs.
        let other = format!("/sv/staff/translations/{}/se", d.slug);
        let (status, _) = app.get_as(Some(&translator), &other).await;
        assert_eq!(status, 403);
        let form = TestApp::finnish_form(&d, &csrf, "Otsikko", false);
        assert_eq!(app.post_pairs(&translator, &other, &form).await, 403);
        // Swedish is the source, nobody's translation.
        let swedish = format!("/sv/staff/translations/{}/sv", d.slug);
        assert_eq!(app.post_pairs(&translator, &swedish, &form).await, 403);
        let texts = dialogue_text::Entity::find()
            .filter(dialogue_text::Column::DialogueId.eq(d.id))
            .all(&app.db)
            .await
            .expect("texts");
        assert!(texts.iter().all(|t| t.lang == "sv" || t.lang == "en"));

        // The draft dialogue is in the queue as missing in Finnish, and publishing is refused.
        let (_, queue) = app
            .get_as(Some(&translator), "/sv/staff/translations")
            .await;
        assert!(queue.contains(&format!("/sv/staff/translations/{}/fi", d.slug)));
        let publish = format!("/sv/staff/dialogues/{}/publish", d.slug);
        let status = app
            .post_as(
                Some(&translator),
                &publish,
                &[("csrf", &csrf), ("confirm", "yes")],
            )
            .await
            .status()
            .as_u16();
        assert_eq!(status, 403);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_working_translation_is_for_staff_and_the_full_export_only() {
    for app in TestApp::each_backend().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        let key = "key-fi-view";
        let (status, _) = app
            .submit(
                "fi",
                &d.slug,
                &[
                    (&d.answer_field(0), "Haluan keinuja ja penkkejä."),
                    ("key", key),
                    ("consent", "yes"),
                ],
            )
            .await;
        assert_eq!(status, 200);
        let v = app.views_of(d.id).await.remove(0);
        app.staff("mod@example.stockholm.se", Role::Moderator).await;
        let moderator = app.session("mod@example.stockholm.se").await;
        let csrf = app.csrf(&moderator).await;
        let decide = format!("/sv/staff/moderation/{}", v.id);
        let res = app
            .post_as(
                Some(&moderator),
                &decide,
                &[("csrf", &csrf), ("decision", "translate")],
            )
            .await;
        assert_eq!(res.status().as_u16(), 303);

        // A translator of North Sami may not translate a Finnish view; a Finnish one may.
        let sami = app.translator("se@example.stockholm.se", &[Lang::Se]).await;
        let finn = app.translator("fi@example.stockholm.se", &[Lang::Fi]).await;
        let path = format!("/sv/staff/views/{}/translation", v.id);
        let (_, queue) = app.get_as(Some(&sami), "/sv/staff/translations").await;
        assert!(!queue.contains(&path), "not in the Sami translator's queue");
        let sami_csrf = app.csrf(&sami).await;
        let translation = "Jag vill ha gungor och bänkar.";
        let res = app
            .post_as(
                Some(&sami),
                &path,
                &[("csrf", &sami_csrf), ("translation", translation)],
            )
            .await;
        assert_eq!(res.status().as_u16(), 403);
        let (_, queue) = app.get_as(Some(&finn), "/sv/staff/translations").await;
        assert!(queue.contains(&path), "in the Finnish translator's queue");
        let finn_csrf = app.csrf(&finn).await;
        // An empty translation is refused with a message.
        let res = app
            .post_as(
                Some(&finn),
                &path,
                &[("csrf", &finn_csrf), ("translation", " ")],
            )
            .await;
        assert_eq!(res.status().as_u16(), 422);
        let res = app
            .post_as(
                Some(&finn),
                &path,
                &[("csrf", &finn_csrf), ("translation", translation)],
            )
            .await;
        assert_eq!(res.status().as_u16(), 303);

        // The moderator reads it beside the view, then approves.
        let (_, page) = app.get_as(Some(&moderator), "/sv/staff/moderation").await;
        assert!(
            page.contains(translation),
            "the moderator sees the translation"
        );
        let res = app
            .post_as(
                Some(&moderator),
                &decide,
                &[("csrf", &csrf), ("decision", "approve")],
            )
            .await;
        assert_eq!(res.status().as_u16(), 303);
        let published = view::Entity::find_by_id(v.id)
            .one(&app.db)
            .await
            .expect("view")
            .expect("kept");
        assert_eq!(published.status, "published");
        for lang in ["sv", "fi"] {
            let (_, page) = app.get_text(&d.page(lang)).await;
            assert!(page.contains("Haluan keinuja"), "the view is public");
            assert!(!page.contains(translation), "the translation never is");
        }

        // The full export holds it; the public export does not.
        app.staff("admin@example.stockholm.se", Role::Admin).await;
        let admin = app.session("admin@example.stockholm.se").await;
        let admin_csrf = app.csrf(&admin).await;
        let full = format!("/sv/staff/reports/{}/export-full", d.slug);
        let res = app
            .post_as(
                Some(&admin),
                &full,
                &[
                    ("csrf", &admin_csrf),
                    ("format", "json"),
                    ("reason", "Test"),
                ],
            )
            .await;
        let doc: serde_json::Value = res.json().await.expect("JSON");
        assert_eq!(doc["views"][0]["working_translation"], translation);
        let public = format!("/sv/staff/reports/{}/export", d.slug);
        let res = app
            .post_as(
                Some(&admin),
                &public,
                &[("csrf", &admin_csrf), ("format", "json")],
            )
            .await;
        let text = res.text().await.expect("body");
        assert!(!text.contains(translation));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn an_administrator_gives_a_translator_their_languages() {
    for app in TestApp::each_backend().await {
        app.staff("admin@example.stockholm.se", Role::Admin).await;
        let admin = app.session("admin@example.stockholm.se").await;
        let csrf = app.csrf(&admin).await;
        let res = app
            .post_as(
                Some(&admin),
                "/sv/staff/accounts",
                &[
                    ("csrf", csrf.as_str()),
                    ("email", "ny@example.stockholm.se"),
                    ("password", "ett långt lösenord"),
                    ("role", "translator"),
                    ("language", "fi"),
                    ("language", "sma"),
                    // Swedish is the source: never a translator's language.
                    ("language", "sv"),
                ],
            )
            .await;
        assert_eq!(res.status().as_u16(), 303);
        let id = app::accounts::service::account_id(&app.db, "ny@example.stockholm.se")
            .await
            .expect("added");
        let langs = app::translations::service::languages_of(&app.db, id)
            .await
            .expect("languages");
        assert_eq!(langs, vec![Lang::Fi, Lang::Sma]);
        let (_, page) = app.get_as(Some(&admin), "/sv/staff/accounts").await;
        assert!(page.contains(&format!("/sv/staff/accounts/{id}/languages")));

        let res = app
            .post_as(
                Some(&admin),
                &format!("/sv/staff/accounts/{id}/languages"),
                &[("csrf", csrf.as_str()), ("language", "se")],
            )
            .await;
        assert_eq!(res.status().as_u16(), 303);
        let langs = app::translations::service::languages_of(&app.db, id)
            .await
            .expect("languages");
        assert_eq!(langs, vec![Lang::Se]);
        let logged = audit_entry::Entity::find()
            .filter(audit_entry::Column::Action.eq("languages-change"))
            .count(&app.db)
            .await
            .expect("audit");
        assert_eq!(logged, 2);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_receipt_names_the_language_in_the_readers_words() {
    for app in TestApp::each_backend().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        let (status, sent) = app
            .submit(
                "fi",
                &d.slug,
                &[(&d.answer_field(0), "Penkkejä."), ("key", "receipt-key")],
            )
            .await;
        assert_eq!(status, 200);
        let reference = sent.expect("sent").reference;
        // Fluent isolates the inserted name (U+2068 … U+2069) for bidirectional text.
        let plain = |page: String| page.replace(['\u{2068}', '\u{2069}'], "");
        let (_, page) = app.get_text(&format!("/sv/receipt/{reference}")).await;
        assert!(
            plain(page).contains("Skriven på finska"),
            "Swedish running text"
        );
        let (_, page) = app.get_text(&format!("/fi/receipt/{reference}")).await;
        assert!(
            plain(page).contains("Kirjoitettu suomeksi"),
            "Finnish running text"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_accessibility_statement_lists_each_languages_status() {
    for app in TestApp::each_backend().await {
        let (status, page) = app.get_text("/en/accessibility").await;
        assert_eq!(status, 200);
        assert!(page.contains(r#"id="translations""#));
        for name in ["Svenska", "Suomi", "Meänkieli", "Davvisámegiella"] {
            assert!(page.contains(name), "{name} listed");
        }
        assert!(page.contains("Draft, not checked"), "drafts said as such");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn an_editor_writes_easy_swedish_and_swedish_readers_switch_to_it() {
    for app in TestApp::each_backend().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        let easy_page = format!("/sv/dialogues/{}/lattlast", d.slug);
        let (_, page) = app.get_text(&d.page("sv")).await;
        assert!(!page.contains(&easy_page), "no switch before there is one");
        let (status, _) = app.get_text(&easy_page).await;
        assert_eq!(status, 404);

        app.staff("ed@example.stockholm.se", Role::Editor).await;
        let editor = app.session("ed@example.stockholm.se").await;
        let csrf = app.csrf(&editor).await;
        let form = format!("/sv/staff/dialogues/{}/lattlast", d.slug);
        // Started but incomplete: refused with what was written kept, nothing saved.
        let res = app
            .post_as(
                Some(&editor),
                &form,
                &[("csrf", &csrf), ("title", "Vi bygger en lekplats")],
            )
            .await;
        assert_eq!(res.status().as_u16(), 422);
        assert!(res
            .text()
            .await
            .expect("body")
            .contains("Vi bygger en lekplats"));
        let (status, _) = app.get_text(&easy_page).await;
        assert_eq!(status, 404);

        let res = app
            .post_as(
                Some(&editor),
                &form,
                &[
                    ("csrf", &csrf),
                    ("title", "Vi bygger en lekplats"),
                    ("summary", "Säg vad du vill göra där."),
                    ("body", "Lekplatsen är gammal. Vi bygger en ny."),
                ],
            )
            .await;
        assert_eq!(res.status().as_u16(), 303);

        // The Swedish page switches to it; it is Swedish, its own address, and switches back.
        let (_, page) = app.get_text(&d.page("sv")).await;
        assert!(page.contains(&format!(r#"href="{easy_page}""#)));
        let (status, page) = app.get_text(&easy_page).await;
        assert_eq!(status, 200);
        assert!(page.contains(r#"<html lang="sv""#));
        assert!(page.contains("Vi bygger en lekplats"));
        assert!(page.contains("Lekplatsen är gammal. Vi bygger en ny."));
        assert!(page.contains(&format!(r#"href="/sv/dialogues/{}""#, d.slug)));
        // Another language leads to that language's standard page.
        assert!(page.contains(&format!(r#"href="/fi/dialogues/{}""#, d.slug)));
        assert!(!page.contains(&format!("/fi/dialogues/{}/lattlast", d.slug)));
        // Only Swedish readers get the switch.
        let (_, page) = app.get_text(&d.page("en")).await;
        assert!(!page.contains(&easy_page));

        // The editor's language panel shows it like a language.
        let (_, page) = app
            .get_as(
                Some(&editor),
                &format!("/sv/staff/dialogues/{}/edit", d.slug),
            )
            .await;
        assert!(page.contains("Lättläst svenska"));

        // Emptied: withdrawn from the public, kept in the versions.
        let res = app.post_as(Some(&editor), &form, &[("csrf", &csrf)]).await;
        assert_eq!(res.status().as_u16(), 303);
        let (status, _) = app.get_text(&easy_page).await;
        assert_eq!(status, 404);
        let versions = dialogue_version::Entity::find()
            .filter(dialogue_version::Column::DialogueId.eq(d.id))
            .all(&app.db)
            .await
            .expect("versions");
        assert_eq!(versions.len(), 2);
        assert!(versions.iter().any(|v| v
            .snapshot
            .contains("Lekplatsen är gammal. Vi bygger en ny.")));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_translator_translates_the_feedback_and_leaves_the_decision_alone() {
    use app::db::entities::{feedback, feedback_text};
    for app in TestApp::each_backend().await {
        let d = app.dialogue(DialogueSpec::default()).await;
        feedback::ActiveModel {
            dialogue_id: Set(d.id),
            reference: Set(Some("Dnr 2026/42".into())),
            decided_on: Set(None),
            protocol_url: Set(None),
            published_at: Set(None),
            updated_at: Set(chrono::Utc::now()),
            keep_addresses_until: Set(None),
        }
        .insert(&app.db)
        .await
        .expect("feedback");
        feedback_text::ActiveModel {
            dialogue_id: Set(d.id),
            lang: Set("sv".into()),
            heard: Set("Många vill ha gungor.".into()),
            decided: Set("Vi bygger gungor.".into()),
            decided_by: Set("Stadsdelsnämnden".into()),
            next_steps: Set("Bygget börjar i maj.".into()),
            reviewed: Set(true),
        }
        .insert(&app.db)
        .await
        .expect("Swedish feedback");

        let translator = app.translator("fi@example.stockholm.se", &[Lang::Fi]).await;
        let (_, queue) = app
            .get_as(Some(&translator), "/sv/staff/translations")
            .await;
        assert!(
            queue.contains("Återkoppling: Saknas"),
            "the feedback is missing in Finnish"
        );
        let target = format!("/sv/staff/translations/{}/fi", d.slug);
        let (_, page) = app.get_as(Some(&translator), &target).await;
        assert!(page.contains(&format!(r#"action="{target}/feedback""#)));
        assert!(page.contains("Många vill ha gungor."), "beside its Swedish");

        let csrf = app.csrf(&translator).await;
        let form = |heard: &'static str| {
            vec![
                ("csrf".to_string(), csrf.clone()),
                ("part".into(), "feedback".into()),
                ("heard".into(), heard.into()),
                ("decided".into(), "Rakennamme keinuja.".into()),
                ("decided-by".into(), "Kaupunginosalautakunta".into()),
                ("next".into(), "Rakentaminen alkaa toukokuussa.".into()),
                ("reviewed".into(), "yes".into()),
            ]
        };
        // Without what was heard: refused, the decision kept as written.
        let status = app
            .post_pairs(&translator, &format!("{target}/feedback"), &form(""))
            .await;
        assert_eq!(status, 422);
        let status = app
            .post_pairs(
                &translator,
                &format!("{target}/feedback"),
                &form("Moni haluaa keinuja."),
            )
            .await;
        assert_eq!(status, 303);
        let fi = feedback_text::Entity::find_by_id((d.id, "fi".to_string()))
            .one(&app.db)
            .await
            .expect("read")
            .expect("Finnish feedback");
        assert_eq!(fi.heard, "Moni haluaa keinuja.");
        assert!(fi.reviewed);
        let decision = feedback::Entity::find_by_id(d.id)
            .one(&app.db)
            .await
            .expect("read")
            .expect("feedback");
        assert_eq!(decision.reference.as_deref(), Some("Dnr 2026/42"));
        let (_, queue) = app
            .get_as(Some(&translator), "/sv/staff/translations")
            .await;
        assert!(!queue.contains("Återkoppling: Saknas"));
    }
}
