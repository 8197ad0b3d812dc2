use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "staff_language")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub staff_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub lang: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
