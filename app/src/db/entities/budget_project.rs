use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "budget_project")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub budget_id: i32,
    pub status: String,
    pub area: Option<String>,
    pub estimate_sek: Option<i64>,
    pub cost_sek: Option<i64>,
    pub lang: String,
    pub channel: String,
    pub merged_into: Option<i32>,
    #[sea_orm(column_type = "Text", nullable)]
    pub review_reason: Option<String>,
    pub won: bool,
    /// The political decision where it differs from the count (`won`), with its reason.
    pub decision_won: Option<bool>,
    #[sea_orm(column_type = "Text", nullable)]
    pub decision_reason: Option<String>,
    pub decision_by: Option<i32>,
    pub created_at: DateTimeUtc,
    /// Easy Swedish (lättläst) for the children's ballot, where an editor wrote it.
    pub easy_title: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub easy_description: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
