use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "budget")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub total_sek: i64,
    pub method: String,
    pub max_choices: Option<i32>,
    pub rule: String,
    pub area: Option<String>,
    pub ideas_opens: Date,
    pub ideas_closes: Date,
    pub voting_opens: Date,
    pub voting_closes: Date,
    pub decided_by: String,
    pub diarienummer: String,
    pub published: bool,
    pub ballot_key: Option<String>,
    pub certified_at: Option<DateTimeUtc>,
    pub certified_by: Option<i32>,
    pub certified_digest: Option<String>,
    pub created_at: DateTimeUtc,
    pub email_codes: bool,
    pub open_voting: bool,
    pub easy_title: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub easy_summary: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
