use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "dialogue_text")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub dialogue_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub lang: String,
    pub title: String,
    pub summary: String,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    #[sea_orm(column_type = "Text")]
    pub influence: String,
    #[sea_orm(column_type = "Text")]
    pub not_influence: String,
    #[sea_orm(column_type = "Text")]
    pub decides: String,
    pub reviewed: bool,
    /// The dialogue version whose Swedish this translation follows (`None` for Swedish).
    pub based_on: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
