use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "budget_code_batch")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub budget_id: i32,
    pub issued_by: i32,
    pub issued_at: DateTimeUtc,
    pub count: i32,
    pub purpose: String,
    pub class_session: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
