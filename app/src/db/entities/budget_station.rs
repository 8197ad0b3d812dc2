use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "budget_station")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub budget_id: i32,
    pub place: String,
    #[sea_orm(unique)]
    pub token_hash: String,
    pub opened_by: i32,
    pub opened_at: DateTimeUtc,
    pub closed_by: Option<i32>,
    pub closed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
