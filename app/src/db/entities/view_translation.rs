use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "view_translation")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub view_id: i32,
    #[sea_orm(column_type = "Text")]
    pub text: String,
    pub staff_id: i32,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
