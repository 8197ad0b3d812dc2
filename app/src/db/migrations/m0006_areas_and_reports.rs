//! The area a resident lives in becomes a closed list (the district's areas, elsewhere, not
//! said). Free text written before is mapped to the list where it names one of the areas, and
//! kept as it was otherwise: a view is never changed beyond recognition. Also the indexes the
//! reports and exports read by: views by time (a period's report), a dialogue's views in id
//! order (exports and the API page through them), audit entries by target (the moderation
//! reason of each exported view).
//!
//! The mapping is written out here rather than taken from `domain::HomeArea`, so that this
//! migration means the same thing whenever it runs.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, QueryResult};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum View {
    Table,
    Id,
    DialogueId,
    Area,
    CreatedAt,
}

#[derive(DeriveIden)]
enum AuditEntry {
    Table,
    Target,
}

/// The names residents wrote, normalised by [`normalise`], and the code each maps to.
const NAMES: &[(&str, &str)] = &[
    ("hasselby gard", "hasselby-gard"),
    ("hasselby strand", "hasselby-strand"),
    ("hasselby villastad", "hasselby-villastad"),
    ("grimsta", "grimsta"),
    ("kalvesta", "kalvesta"),
    ("nalsta", "nalsta"),
    ("racksta", "racksta"),
    ("vinsta", "vinsta"),
    ("vallingby", "vallingby"),
    ("vallingby centrum", "vallingby"),
];

/// Lower case, without the Swedish letters' marks, words separated by single spaces:
/// "Hässelby-Gård " and "hasselby gard" are the same name.
fn normalise(text: &str) -> String {
    let folded: String = text
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'å' | 'ä' | 'á' | 'à' => 'a',
            'ö' | 'ø' => 'o',
            'é' | 'è' => 'e',
            c if c.is_alphanumeric() => c,
            _ => ' ',
        })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The code free text `text` maps to, if it names one of the areas.
fn code_of(text: &str) -> Option<&'static str> {
    let name = normalise(text);
    NAMES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, code)| *code)
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let distinct = Query::select()
            .distinct()
            .column(View::Area)
            .from(View::Table)
            .and_where(Expr::col(View::Area).is_not_null())
            .to_owned();
        let rows: Vec<QueryResult> = db.query_all(&distinct).await?;
        for row in rows {
            let text: String = row.try_get("", "area")?;
            if let Some(code) = code_of(&text) {
                if code != text {
                    let update = Query::update()
                        .table(View::Table)
                        .value(View::Area, code)
                        .and_where(Expr::col(View::Area).eq(text.as_str()))
                        .to_owned();
                    db.execute(&update).await?;
                }
            }
        }

        manager
            .create_index(
                Index::create()
                    .name("view_by_time")
                    .table(View::Table)
                    .col(View::CreatedAt)
                    .to_owned(),
            )
            .await?;
        // Exports and the API read a dialogue's views in id order, a batch at a time.
        manager
            .create_index(
                Index::create()
                    .name("view_by_dialogue_id")
                    .table(View::Table)
                    .col(View::DialogueId)
                    .col(View::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("audit_entry_by_target")
                    .table(AuditEntry::Table)
                    .col(AuditEntry::Target)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::code_of;

    #[test]
    fn names_written_in_any_case_or_spelling_map_to_the_area() {
        assert_eq!(code_of("Hässelby gård"), Some("hasselby-gard"));
        assert_eq!(code_of("  hasselby-GARD "), Some("hasselby-gard"));
        assert_eq!(code_of("Vällingby centrum"), Some("vallingby"));
        assert_eq!(code_of("Råcksta"), Some("racksta"));
        assert_eq!(code_of("Nälsta"), Some("nalsta"));
    }

    #[tokio::test]
    async fn the_migration_maps_what_matches_and_keeps_the_rest() {
        use crate::db::entities::view;
        use crate::db::migrations::Migrator;
        use sea_orm::{ActiveModelTrait, Database, EntityTrait, Set};
        use sea_orm_migration::MigratorTrait;

        let db = Database::connect("sqlite::memory:").await.expect("db");
        Migrator::up(&db, Some(5)).await.expect("migrations 1 to 5");
        crate::db::entities::dialogue::ActiveModel {
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
        for (i, area) in ["Hässelby Gård", "vallingby", "Bromma", "nära Vinsta torg"]
            .into_iter()
            .enumerate()
        {
            let row = view::ActiveModel {
                dialogue_id: Set(1),
                reference: Set(format!("HV-{i}")),
                idempotency_key: Set(format!("k{i}")),
                lang: Set("sv".into()),
                area: Set(Some(area.into())),
                consent_publish: Set(false),
                status: Set("pending".into()),
                created_at: Set(chrono::Utc::now()),
                channel: Set("web".into()),
                needs_translation: Set(false),
                ..Default::default()
            };
            // Without RETURNING: the entity has columns later migrations add.
            view::Entity::insert(row)
                .exec_without_returning(&db)
                .await
                .expect("view");
        }
        Migrator::up(&db, None).await.expect("migration 6");
        let areas: Vec<Option<String>> = view::Entity::find()
            .all(&db)
            .await
            .expect("views")
            .into_iter()
            .map(|v| v.area)
            .collect();
        assert_eq!(
            areas,
            [
                Some("hasselby-gard".to_string()),
                Some("vallingby".to_string()),
                Some("Bromma".to_string()),
                Some("nära Vinsta torg".to_string()),
            ]
        );
    }

    #[test]
    fn anything_else_is_kept_as_it_was() {
        assert_eq!(code_of("Bromma"), None);
        assert_eq!(code_of("nära Vinsta torg"), None);
        assert_eq!(code_of(""), None);
    }
}
