use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "meeting")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub dialogue_id: i32,
    pub starts_at: DateTimeUtc,
    pub ends_at: DateTimeUtc,
    pub online: bool,
    pub place: Option<String>,
    pub venue: String,
    pub address: String,
    pub link: Option<String>,
    pub languages: String,
    pub interpreting: String,
    pub step_free: bool,
    pub hearing_loop: bool,
    pub registration: bool,
    pub contact: String,
    pub status: String,
    pub sequence: i32,
    pub moved_from: Option<DateTimeUtc>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
