use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "view")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub dialogue_id: i32,
    #[sea_orm(unique)]
    pub reference: String,
    #[sea_orm(unique)]
    pub idempotency_key: String,
    pub lang: String,
    pub display_name: Option<String>,
    pub age_group: Option<String>,
    pub gender: Option<String>,
    pub area: Option<String>,
    pub consent_publish: bool,
    pub status: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub general: Option<String>,
    pub created_at: DateTimeUtc,
    pub channel: String,
    pub needs_translation: bool,
    #[sea_orm(column_type = "Text", nullable)]
    pub general_public: Option<String>,
    pub meeting_id: Option<i32>,
    pub display_name_public: Option<String>,
    pub looks_personal: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
