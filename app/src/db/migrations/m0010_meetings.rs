//! Meetings: the open meetings, drop-ins and online sessions where a dialogue is discussed.
//! A meeting is never deleted: cancelling sets its status, moving it keeps the earlier start,
//! and every change is a numbered version (the iCalendar `SEQUENCE`). Views collected at a
//! meeting name it, so the report can count them per meeting.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Meeting {
    Table,
    Id,
    DialogueId,
    StartsAt,
    EndsAt,
    Online,
    Place,
    Venue,
    Address,
    Link,
    Languages,
    Interpreting,
    StepFree,
    HearingLoop,
    Registration,
    Contact,
    Status,
    Sequence,
    MovedFrom,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum MeetingVersion {
    Table,
    Id,
    MeetingId,
    Number,
    Action,
    Snapshot,
    StaffId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Dialogue {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Staff {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum View {
    Table,
    MeetingId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Meeting::Table)
                    .col(pk_auto(Meeting::Id))
                    .col(integer(Meeting::DialogueId))
                    .col(timestamp_with_time_zone(Meeting::StartsAt))
                    .col(timestamp_with_time_zone(Meeting::EndsAt))
                    .col(boolean(Meeting::Online))
                    .col(string_len_null(Meeting::Place, 40))
                    .col(string_len(Meeting::Venue, 200))
                    .col(string_len(Meeting::Address, 300))
                    .col(string_len_null(Meeting::Link, 500))
                    .col(string_len(Meeting::Languages, 100))
                    .col(string_len(Meeting::Interpreting, 100))
                    .col(boolean(Meeting::StepFree))
                    .col(boolean(Meeting::HearingLoop))
                    .col(boolean(Meeting::Registration))
                    .col(string_len(Meeting::Contact, 300))
                    .col(string_len(Meeting::Status, 20))
                    .col(integer(Meeting::Sequence))
                    .col(timestamp_with_time_zone_null(Meeting::MovedFrom))
                    .col(timestamp_with_time_zone(Meeting::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(Meeting::Table, Meeting::DialogueId)
                            .to(Dialogue::Table, Dialogue::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("meeting_starts")
                    .table(Meeting::Table)
                    .col(Meeting::StartsAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("meeting_dialogue")
                    .table(Meeting::Table)
                    .col(Meeting::DialogueId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(MeetingVersion::Table)
                    .col(pk_auto(MeetingVersion::Id))
                    .col(integer(MeetingVersion::MeetingId))
                    .col(integer(MeetingVersion::Number))
                    .col(string_len(MeetingVersion::Action, 20))
                    .col(text(MeetingVersion::Snapshot))
                    .col(integer(MeetingVersion::StaffId))
                    .col(timestamp_with_time_zone(MeetingVersion::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .from(MeetingVersion::Table, MeetingVersion::MeetingId)
                            .to(Meeting::Table, Meeting::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(MeetingVersion::Table, MeetingVersion::StaffId)
                            .to(Staff::Table, Staff::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("meeting_version_number")
                    .table(MeetingVersion::Table)
                    .col(MeetingVersion::MeetingId)
                    .col(MeetingVersion::Number)
                    .unique()
                    .to_owned(),
            )
            .await?;
        // No foreign key: SQLite cannot add one to an existing table; the entry service checks
        // that the meeting belongs to the view's dialogue.
        manager
            .alter_table(
                Table::alter()
                    .table(View::Table)
                    .add_column(integer_null(View::MeetingId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("view_meeting")
                    .table(View::Table)
                    .col(View::MeetingId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("view_meeting")
                    .table(View::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(View::Table)
                    .drop_column(View::MeetingId)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(MeetingVersion::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Meeting::Table).to_owned())
            .await
    }
}
