use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "easy_text")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub dialogue_id: i32,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub summary: String,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    #[sea_orm(column_type = "Text")]
    pub influence: String,
    #[sea_orm(column_type = "Text")]
    pub not_influence: String,
    #[sea_orm(column_type = "Text")]
    pub decides: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub heard: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub decided: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub next_steps: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
