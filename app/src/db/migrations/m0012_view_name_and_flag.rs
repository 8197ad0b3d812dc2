//! Two columns on `view` for the moderator's desk:
//! - `display_name_public`: the name as the public sees it once a moderator has redacted it
//!   (as `general_public` and `view_answer.public_answer` do for the texts); the name given is
//!   kept, as public records law asks.
//! - `looks_personal`: whether the view looked as if it held personal data when it arrived,
//!   stored so the queue narrowed to "personal data" is one SQL query a page, whatever its
//!   length. Views already stored are flagged here with the same rule the server uses.
//!
//! And an index on `view_report.view_id`: the queue reads the open reports of a page's views,
//! and the reported list is views with an open report.

use sea_orm_migration::prelude::*;

use crate::domain::view_looks_personal;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum View {
    Table,
    Id,
    DisplayName,
    Area,
    General,
    DisplayNamePublic,
    LooksPersonal,
}

#[derive(DeriveIden)]
enum ViewReport {
    Table,
    ViewId,
}

#[derive(DeriveIden)]
enum ViewAnswer {
    Table,
    ViewId,
    Answer,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(View::Table)
                    .add_column(ColumnDef::new(View::DisplayNamePublic).string().null())
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(View::Table)
                    .add_column(
                        ColumnDef::new(View::LooksPersonal)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_index(
                Index::create()
                    .name("view_report_by_view")
                    .table(ViewReport::Table)
                    .col(ViewReport::ViewId)
                    .to_owned(),
            )
            .await?;

        let db = manager.get_connection();
        let views = Query::select()
            .columns([View::Id, View::DisplayName, View::Area, View::General])
            .from(View::Table)
            .to_owned();
        let answers = Query::select()
            .columns([ViewAnswer::ViewId, ViewAnswer::Answer])
            .from(ViewAnswer::Table)
            .to_owned();
        let mut texts: std::collections::HashMap<i32, Vec<String>> = Default::default();
        for row in db.query_all(&answers).await? {
            let id: i32 = row.try_get("", "view_id")?;
            texts
                .entry(id)
                .or_default()
                .push(row.try_get("", "answer")?);
        }
        let mut flagged = Vec::new();
        for row in db.query_all(&views).await? {
            let id: i32 = row.try_get("", "id")?;
            let own: Vec<Option<String>> = vec![
                row.try_get("", "display_name")?,
                row.try_get("", "area")?,
                row.try_get("", "general")?,
            ];
            let answers = texts.remove(&id).unwrap_or_default();
            let all = own
                .iter()
                .flatten()
                .chain(answers.iter())
                .map(String::as_str);
            if view_looks_personal(all) {
                flagged.push(id);
            }
        }
        for ids in flagged.chunks(500) {
            let update = Query::update()
                .table(View::Table)
                .value(View::LooksPersonal, true)
                .and_where(Expr::col(View::Id).is_in(ids.iter().copied()))
                .to_owned();
            db.execute(&update).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("view_report_by_view")
                    .table(ViewReport::Table)
                    .to_owned(),
            )
            .await?;
        for column in [View::LooksPersonal, View::DisplayNamePublic] {
            manager
                .alter_table(
                    Table::alter()
                        .table(View::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn views_already_stored_are_flagged_by_the_same_rule() {
        use crate::db::entities::{dialogue, view, view_answer};
        use crate::db::migrations::Migrator;
        use sea_orm::{ActiveModelTrait, ConnectionTrait, Database, EntityTrait, Set};
        use sea_orm_migration::MigratorTrait;

        let db = Database::connect("sqlite::memory:").await.expect("db");
        Migrator::up(&db, Some(11))
            .await
            .expect("migrations 1 to 11");
        // The answers' questions are not what is tested here.
        db.execute_unprepared("PRAGMA foreign_keys = OFF")
            .await
            .expect("pragma");
        dialogue::ActiveModel {
            id: Set(1),
            slug: Set("d".into()),
            place: Set("grimsta".into()),
            participation_level: Set("consultation".into()),
            opens_on: Set(chrono::NaiveDate::MIN),
            closes_on: Set(chrono::NaiveDate::MIN),
            contact_name: Set("Kim".into()),
            contact_email: Set("kim@example.se".into()),
            published: Set(false),
            created_at: Set(chrono::Utc::now()),
            closed: Set(false),
            moderation: Set("pre".into()),
            ..Default::default()
        }
        .insert(&db)
        .await
        .expect("dialogue");
        // (general view, name, answer): the second holds a phone number in its answer, the
        // third an address in its name.
        let rows = [
            (Some("Fler bänkar"), None, "Gungor"),
            (None, None, "Ring 070-123 45 67"),
            (None, Some("kim@example.se"), "Gungor"),
        ];
        for (i, (general, name, answer)) in rows.into_iter().enumerate() {
            let id = i32::try_from(i).expect("small") + 1;
            let row = view::ActiveModel {
                id: Set(id),
                dialogue_id: Set(1),
                reference: Set(format!("HV-{i}")),
                idempotency_key: Set(format!("k{i}")),
                lang: Set("sv".into()),
                display_name: Set(name.map(str::to_string)),
                general: Set(general.map(str::to_string)),
                consent_publish: Set(true),
                status: Set("pending".into()),
                created_at: Set(chrono::Utc::now()),
                channel: Set("web".into()),
                needs_translation: Set(false),
                ..Default::default()
            };
            // Without RETURNING: the entity has the columns this migration adds.
            view::Entity::insert(row)
                .exec_without_returning(&db)
                .await
                .expect("view");
            view_answer::Entity::insert(view_answer::ActiveModel {
                view_id: Set(id),
                question_id: Set(1),
                answer: Set(answer.to_string()),
                public_answer: Set(None),
            })
            .exec_without_returning(&db)
            .await
            .expect("answer");
        }
        Migrator::up(&db, None).await.expect("migration 12");
        let flags: Vec<(i32, bool, Option<String>)> = view::Entity::find()
            .all(&db)
            .await
            .expect("views")
            .into_iter()
            .map(|v| (v.id, v.looks_personal, v.display_name_public))
            .collect();
        assert_eq!(
            flags,
            vec![(1, false, None), (2, true, None), (3, true, None)]
        );
    }
}
