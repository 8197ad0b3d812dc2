use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "budget_subscription")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub budget_id: i32,
    pub email: String,
    pub lang: String,
    #[sea_orm(unique)]
    pub token: String,
    pub confirmed_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
