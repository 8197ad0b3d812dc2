//! An upgrade from the oldest schema: a database made by migration 1 alone, with a dialogue and
//! a resident's view in it, is brought up to date, and everything in it is still there and
//! readable by today's code.

use app::db::entities::{view, view_answer};
use sea_orm::{ConnectionTrait, Database, EntityTrait};
use sea_orm_migration::MigratorTrait;

/// Rows as migration 1's schema holds them (the same SQL on SQLite and PostgreSQL).
const OLD_ROWS: &[&str] = &[
    "INSERT INTO dialogue (id, slug, place, participation_level, opens_on, closes_on, \
     contact_name, contact_email, published, created_at) VALUES (1, 'gammal-dialog', 'grimsta', \
     'consultation', '2026-01-01', '2026-12-31', 'Kim', 'kim@example.se', TRUE, \
     '2026-01-01T10:00:00+00:00')",
    "INSERT INTO dialogue_text (dialogue_id, lang, title, summary, body, influence, \
     not_influence, decides) VALUES (1, 'sv', 'En gammal dialog', 'Kort', 'Lång text', 'Mycket', \
     'Lite', 'Nämnden')",
    "INSERT INTO question (id, dialogue_id, position) VALUES (1, 1, 1)",
    "INSERT INTO question_text (question_id, lang, text) VALUES (1, 'sv', 'Vad tycker du?')",
    "INSERT INTO view (id, dialogue_id, reference, idempotency_key, lang, area, \
     consent_publish, status, general, created_at) VALUES (1, 1, 'HV-OLD1-VIEW', 'old-key', 'sv', \
     'Hässelby gård', TRUE, 'published', 'Allmänt', '2026-02-01T10:00:00+00:00')",
    "INSERT INTO view_answer (view_id, question_id, answer) VALUES (1, 1, 'Mer träd')",
];

#[tokio::test(flavor = "multi_thread")]
async fn a_database_from_the_first_migration_with_views_upgrades_and_keeps_them() {
    let dir = tempfile::tempdir().expect("dir");
    let mut urls = vec![format!("sqlite://{}/old.db?mode=rwc", dir.path().display())];
    let admin = std::env::var("TEST_POSTGRES_URL").ok();
    let name = format!("portal_upgrade_{}", std::process::id());
    if let Some(admin) = &admin {
        let conn = Database::connect(admin).await.expect("postgres");
        conn.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name}"))
            .await
            .expect("drop");
        conn.execute_unprepared(&format!("CREATE DATABASE {name}"))
            .await
            .expect("create");
        let base = admin.rsplit_once('/').map_or(admin.as_str(), |(b, _)| b);
        urls.push(format!("{base}/{name}"));
    }
    for url in &urls {
        let db = app::db::connect(url).await.expect("open");
        app::db::migrations::Migrator::up(&db, Some(1))
            .await
            .expect("migration 1");
        for row in OLD_ROWS {
            db.execute_unprepared(row).await.expect(row);
        }
        assert!(app::db::pending_migrations(&db).await.expect("db") > 0);

        app::db::migrate(&db).await.expect("every migration since");
        assert_eq!(app::db::pending_migrations(&db).await.expect("db"), 0);

        let d = app::dialogues::lookup::find_published(&db, "gammal-dialog")
            .await
            .expect("the dialogue");
        let v = view::Entity::find_by_id(1)
            .one(&db)
            .await
            .expect("db")
            .expect("the view");
        assert_eq!(v.dialogue_id, d.id);
        assert_eq!(v.reference, "HV-OLD1-VIEW");
        assert_eq!(v.status, "published");
        assert_eq!(v.general.as_deref(), Some("Allmänt"));
        assert_eq!(v.channel, "web", "views before channels came in on the web");
        assert_eq!(
            v.area.as_deref(),
            Some("hasselby-gard"),
            "mapped by migration 6"
        );
        let answers = view_answer::Entity::find().all(&db).await.expect("answers");
        assert_eq!(answers.len(), 1);
        assert_eq!(answers[0].answer, "Mer träd");
        // The receipt still works for its resident.
        let receipt = app::views::service::receipt(&db, app::lang::Lang::Sv, "hv-old1-view")
            .await
            .expect("receipt");
        assert_eq!(receipt.dialogue_title, "En gammal dialog");
        db.close().await.expect("close");
    }
    if let Some(admin) = &admin {
        let conn = Database::connect(admin).await.expect("postgres");
        conn.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name}"))
            .await
            .ok();
    }
}
