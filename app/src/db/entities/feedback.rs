use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "feedback")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub dialogue_id: i32,
    pub reference: Option<String>,
    pub decided_on: Option<Date>,
    pub protocol_url: Option<String>,
    pub published_at: Option<DateTimeUtc>,
    pub updated_at: DateTimeUtc,
    pub keep_addresses_until: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
