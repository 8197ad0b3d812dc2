//! The moderator's lists: pending views oldest first, reported ones, the newest published and
//! hidden ones, a page at a time, and the counts in the staff bar. Each page is read in a fixed
//! number of queries, however long the list: the listing and its count, then the answers,
//! titles, translations and reports of the page's views, one query each.

use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use crate::access::{cap, Grant};
use crate::db::entities::{dialogue, dialogue_text, view, view_answer, view_report};
use crate::domain::{personal_spans, Channel, PersonalKind, RejectReason, ViewStatus};
use crate::error::ServiceError;
use crate::lang::Lang;

/// A view as the moderator sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingView {
    pub id: i32,
    pub reference: String,
    pub dialogue_title: String,
    pub lang: Lang,
    pub received: chrono::DateTime<chrono::Utc>,
    pub display_name: Option<String>,
    /// A moderator has redacted the name: the public sees none.
    pub name_redacted: bool,
    pub consent_publish: bool,
    /// Every text of the view: the answers, then the general view.
    pub texts: Vec<String>,
    /// The same texts as the public sees them, when a moderator has redacted part of them.
    pub public_texts: Option<Vec<String>>,
    /// Looks as if it holds personal data.
    pub flagged: bool,
    /// The passages of the public version that look like personal data, each once, with what
    /// they look like: each can be redacted with one action.
    pub personal: Vec<(String, PersonalKind)>,
    pub channel: Channel,
    pub needs_translation: bool,
    /// The newest staff-only working translation into Swedish, if someone made one.
    pub working_translation: Option<String>,
    /// The reasons of residents' open reports of this view.
    pub reports: Vec<RejectReason>,
}

/// What the moderator narrowed the lists to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueueFilter {
    /// One dialogue, by slug.
    pub dialogue: Option<String>,
    /// Views written in one language.
    pub lang: Option<Lang>,
    /// Reported for this reason (or, for personal data, flagged as possibly holding it).
    pub reason: Option<RejectReason>,
    /// Only views marked as needing translation.
    pub needs_translation: bool,
}

/// One of the moderator's lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Queue {
    /// Waiting for a first decision, oldest first.
    Pending,
    /// Published views residents have reported, oldest first.
    Reported,
    /// The 50 newest published views: what was just let through most needs a second look.
    Published,
    /// The 50 most recently received hidden views.
    Hidden,
}

/// Views per page of the pending and reported lists.
pub const PER_PAGE: u64 = 25;

/// One page of one of the moderator's lists.
#[derive(Debug, Clone, PartialEq)]
pub struct QueuePage {
    pub views: Vec<PendingView>,
    /// How many views the whole list holds.
    pub total: u64,
    /// 1-based; a page past the last gives the last.
    pub page: u64,
    pub pages: u64,
}

/// Page `page` of one of the moderator's lists, narrowed by `filter`: the listing, its answers,
/// dialogue titles, translations and reports in a fixed number of queries, whatever the length
/// of the list. The newest published and hidden lists are one page of 50.
///
/// # Errors
/// The database fails.
pub async fn queue(
    db: &DatabaseConnection,
    _moderator: &Grant<cap::Moderate>,
    queue: Queue,
    filter: &QueueFilter,
    page: u64,
) -> Result<QueuePage, ServiceError> {
    let status = match queue {
        Queue::Pending => ViewStatus::Pending,
        Queue::Reported | Queue::Published => ViewStatus::Published,
        Queue::Hidden => ViewStatus::Hidden,
    };
    let mut query = view::Entity::find().filter(view::Column::Status.eq(status.code()));
    if let Some(lang) = filter.lang {
        query = query.filter(view::Column::Lang.eq(lang.code()));
    }
    if filter.needs_translation {
        query = query.filter(view::Column::NeedsTranslation.eq(true));
    }
    if let Some(slug) = &filter.dialogue {
        let dialogue = dialogue::Entity::find()
            .filter(dialogue::Column::Slug.eq(slug.as_str()))
            .one(db)
            .await?;
        // An unknown dialogue matches no view rather than every view.
        query = query.filter(view::Column::DialogueId.eq(dialogue.map(|d| d.id).unwrap_or(-1)));
    }
    if queue == Queue::Reported {
        let mut reports = sea_orm::sea_query::Query::select()
            .column(view_report::Column::ViewId)
            .from(view_report::Entity)
            .and_where(view_report::Column::ResolvedAt.is_null())
            .to_owned();
        if let Some(reason) = filter.reason {
            reports.and_where(view_report::Column::Reason.eq(reason.code()));
        }
        query = query.filter(view::Column::Id.in_subquery(reports));
    }
    if queue == Queue::Pending {
        // Pending views have no reports yet: only the personal-data flag, stored when the view
        // arrived, can match a reason.
        match filter.reason {
            Some(RejectReason::PersonalData) => {
                query = query.filter(view::Column::LooksPersonal.eq(true));
            }
            Some(_) => query = query.filter(view::Column::Id.eq(-1)),
            None => {}
        }
    }
    let paged = matches!(queue, Queue::Pending | Queue::Reported);
    let query = if paged {
        query
            .order_by_asc(view::Column::CreatedAt)
            .order_by_asc(view::Column::Id)
    } else {
        query
            .order_by_desc(view::Column::CreatedAt)
            .order_by_desc(view::Column::Id)
    };
    let page = page.max(1);
    if !paged {
        let views = describe(db, query.limit(50).all(db).await?).await?;
        let total = u64::try_from(views.len()).unwrap_or(0);
        return Ok(QueuePage {
            views,
            total,
            page: 1,
            pages: 1,
        });
    }
    let paginator = query.paginate(db, PER_PAGE);
    let total = paginator.num_items().await?;
    let pages = total.div_ceil(PER_PAGE).max(1);
    let page = page.min(pages);
    let views = describe(db, paginator.fetch_page(page - 1).await?).await?;
    Ok(QueuePage {
        views,
        total,
        page,
        pages,
    })
}

/// What the staff bar counts for moderators: pending views, views with open reports, and
/// pending views marked as needing translation. Three counting queries.
///
/// # Errors
/// The database fails.
pub async fn counts(db: &DatabaseConnection) -> Result<QueueCounts, ServiceError> {
    let pending = view::Entity::find()
        .filter(view::Column::Status.eq(ViewStatus::Pending.code()))
        .count(db)
        .await?;
    let reported = view::Entity::find()
        .filter(view::Column::Status.eq(ViewStatus::Published.code()))
        .filter(
            view::Column::Id.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(view_report::Column::ViewId)
                    .from(view_report::Entity)
                    .and_where(view_report::Column::ResolvedAt.is_null())
                    .to_owned(),
            ),
        )
        .count(db)
        .await?;
    let translation = view::Entity::find()
        .filter(view::Column::Status.eq(ViewStatus::Pending.code()))
        .filter(view::Column::NeedsTranslation.eq(true))
        .count(db)
        .await?;
    Ok(QueueCounts {
        pending,
        reported,
        translation,
    })
}

/// The moderators' counts in the staff bar.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QueueCounts {
    pub pending: u64,
    pub reported: u64,
    pub translation: u64,
}

/// Everything the moderator sees of `views`, read with one query per table.
async fn describe(
    db: &DatabaseConnection,
    views: Vec<view::Model>,
) -> Result<Vec<PendingView>, ServiceError> {
    let ids: Vec<i32> = views.iter().map(|v| v.id).collect();
    let dialogue_ids: Vec<i32> = views.iter().map(|v| v.dialogue_id).collect();
    let titles = dialogue_text::Entity::find()
        .filter(dialogue_text::Column::DialogueId.is_in(dialogue_ids))
        .filter(dialogue_text::Column::Lang.eq(Lang::Sv.code()))
        .all(db)
        .await?;
    let answers = view_answer::Entity::find()
        .filter(view_answer::Column::ViewId.is_in(ids.clone()))
        .order_by_asc(view_answer::Column::QuestionId)
        .all(db)
        .await?;
    let mut translations = crate::translations::views::latest_view_translations(db, &ids).await?;
    let reports = view_report::Entity::find()
        .filter(view_report::Column::ViewId.is_in(ids))
        .filter(view_report::Column::ResolvedAt.is_null())
        .all(db)
        .await?;
    Ok(views
        .into_iter()
        .map(|v| {
            let own: Vec<&view_answer::Model> =
                answers.iter().filter(|a| a.view_id == v.id).collect();
            let mut texts: Vec<String> = own.iter().map(|a| a.answer.clone()).collect();
            texts.extend(v.general.clone());
            let redacted =
                v.general_public.is_some() || own.iter().any(|a| a.public_answer.is_some());
            let public_texts = redacted.then(|| {
                let mut public: Vec<String> = own
                    .iter()
                    .map(|a| a.public_answer.clone().unwrap_or_else(|| a.answer.clone()))
                    .collect();
                public.extend(v.general_public.clone().or_else(|| v.general.clone()));
                public
            });
            let mut personal: Vec<(String, PersonalKind)> = Vec::new();
            for text in public_texts.as_ref().unwrap_or(&texts) {
                for span in personal_spans(text) {
                    let passage = text[span.range].to_string();
                    if !personal.iter().any(|(p, _)| *p == passage) {
                        personal.push((passage, span.kind));
                    }
                }
            }
            let flagged = v.looks_personal;
            let mut reasons: Vec<RejectReason> = reports
                .iter()
                .filter(|r| r.view_id == v.id)
                .filter_map(|r| RejectReason::from_code(&r.reason))
                .collect();
            reasons.dedup();
            PendingView {
                id: v.id,
                reference: v.reference,
                dialogue_title: titles
                    .iter()
                    .find(|t| t.dialogue_id == v.dialogue_id)
                    .map(|t| t.title.clone())
                    .unwrap_or_default(),
                lang: Lang::from_code(&v.lang).unwrap_or_default(),
                received: v.created_at,
                display_name: v.display_name,
                name_redacted: v.display_name_public.is_some(),
                consent_publish: v.consent_publish,
                texts,
                public_texts,
                flagged,
                personal,
                channel: Channel::from_code(&v.channel).unwrap_or(Channel::Web),
                needs_translation: v.needs_translation,
                working_translation: translations.remove(&v.id),
                reports: reasons,
            }
        })
        .collect())
}
