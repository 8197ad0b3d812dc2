use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "dialogue")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub place: String,
    pub participation_level: String,
    pub opens_on: Date,
    pub closes_on: Date,
    pub decision_on: Option<Date>,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: Option<String>,
    pub published: bool,
    pub created_at: DateTimeUtc,
    pub closed: bool,
    pub moderation: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
