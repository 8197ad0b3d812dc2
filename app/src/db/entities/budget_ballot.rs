use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "budget_ballot")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub budget_id: i32,
    #[sea_orm(unique)]
    pub receipt: String,
    pub credential_id: Option<i32>,
    pub channel: String,
    pub age_group: Option<String>,
    pub area: Option<String>,
    pub created_at: DateTimeUtc,
    pub station_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
