//! Citizen budget forms: a resident's ballot (public, limited per address, since codes could
//! otherwise be guessed), and the staff's batch of printed voting codes.

use axum::{
    extract::{Path, State},
    http::{HeaderMap, StatusCode, Uri},
    response::Response,
    routing::post,
    Form, Router,
};

use super::followup::{self, NewMilestone};
use super::pages::{fields, today};
use super::paper::{self, PaperBallot};
use super::proposals::{self, fields as pf, NewProposal, Review};
use super::read;
use super::service::{self, Cast};
use super::staff::{Issued, PaperDone};
use super::BallotChannel;
use crate::access::{cap, Area, Grant};
use crate::accounts::guard::StaffRoute;
use crate::domain::{AgeGroup, Channel, HomeArea};
use crate::error::ServiceError;
use crate::forms::fields::Resubmitted;
use crate::forms::{FieldError, FieldProblem};
use crate::http::{field, field_values, lang_of, page_of, refuse, to, Fields};
use crate::lang::Lang;
use crate::limits::Client;
use crate::shell::{form_again, render_with};
use crate::state::AppState;

/// The residents' ballot: no session; limited per address instead.
pub fn public_routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/budgets/{slug}", post(vote))
        .route("/{lang}/budgets/{slug}/children", post(vote))
        .route("/{lang}/budgets/{slug}/proposals", post(propose))
        .route("/{lang}/budgets/{slug}/code", post(mail_code))
        .route("/{lang}/budgets/{slug}/follow", post(follow))
        .route("/{lang}/budget-result/{token}", post(confirm_follow))
        .route("/budgets/{slug}/ballots.pb", axum::routing::get(ballots))
}

/// The guarded budget routes.
pub fn routes() -> Vec<StaffRoute> {
    vec![
        StaffRoute::post(
            "/{lang}/staff/budgets/{slug}/codes",
            Area::Dialogues,
            issue_codes,
        ),
        StaffRoute::post(
            "/{lang}/staff/budgets/{slug}/paper",
            Area::Entry,
            enter_paper,
        ),
        StaffRoute::post(
            "/{lang}/staff/budgets/{slug}/proposals",
            Area::Entry,
            enter_proposal,
        ),
        StaffRoute::post(
            "/{lang}/staff/budgets/{slug}/proposals/{id}/moderate",
            Area::Moderation,
            moderate_proposal,
        ),
        StaffRoute::post(
            "/{lang}/staff/budgets/{slug}/proposals/{id}/review",
            Area::Dialogues,
            review_proposal,
        ),
        StaffRoute::post(
            "/{lang}/staff/budgets/{slug}/certify",
            Area::Accounts,
            certify,
        ),
        StaffRoute::post(
            "/{lang}/staff/budgets/{slug}/follow-up/{id}/decision",
            Area::Accounts,
            decide,
        ),
        StaffRoute::post(
            "/{lang}/staff/budgets/{slug}/follow-up/{id}/milestone",
            Area::Dialogues,
            add_milestone,
        ),
    ]
}

/// `POST /<lang>/budgets/<slug>` and `.../children`: a ballot, from the budget's page or the
/// children's ballot. Counted: 303 to the page it came from with the receipt
/// (a reload does not vote again). Refused: the page again with what was chosen, at the
/// error's status, the code unspent.
async fn vote(
    State(state): State<AppState>,
    client: Client,
    Path((lang, slug)): Path<(String, String)>,
    uri: Uri,
    headers: HeaderMap,
    Form(pairs): Fields,
) -> Response {
    let Some(lang) = Lang::from_code(&lang) else {
        return refuse(&state, Lang::default(), ServiceError::NotFound);
    };
    if let Err(error) = state.limits.ballots.check(&state.db, client).await {
        return refuse(&state, lang, error);
    }
    let ballot = WebBallot::from_form(&pairs, &headers);
    match service::cast(&state.db, &slug, ballot.cast(), today()).await {
        // Back to the page the ballot came from: the budget's, or the children's ballot.
        Ok(receipt) => to(format!("{}?receipt={receipt}#top", uri.path())),
        Err(error) => again(&state, lang, &page_of(&uri), headers, pairs, error).await,
    }
}

/// `POST /<lang>/budgets/<slug>/code`: a one-time voting code by e-mail, where the budget
/// offers it. The same answer whether or not the address had a code before (303 to the
/// budget's page, which says a code is on its way if the address has not had one); a refused
/// address comes back at the field.
async fn mail_code(
    State(state): State<AppState>,
    client: Client,
    Path((lang, slug)): Path<(String, String)>,
    headers: HeaderMap,
    Form(pairs): Fields,
) -> Response {
    use super::credentials::{self, EMAIL_FIELD};
    let Some(lang) = Lang::from_code(&lang) else {
        return refuse(&state, Lang::default(), ServiceError::NotFound);
    };
    // Each request may send a mail: limited per address like subscriptions.
    if let Err(error) = state.limits.subscriptions.check(&state.db, client).await {
        return refuse(&state, lang, error);
    }
    let i18n = crate::i18n::I18n::new(lang, state.translations.clone());
    let address = field(&pairs, EMAIL_FIELD)
        .chars()
        .take(300)
        .collect::<String>();
    match credentials::mail_code(&state.db, &state.mail, &i18n, &slug, &address, today()).await {
        Ok(()) => {
            state.outbox_wake.notify_one();
            to(format!("/{}/budgets/{slug}?code-sent=1#vote", lang.code()))
        }
        Err(error) => {
            let page = format!("/{}/budgets/{slug}", lang.code());
            again(&state, lang, &page, headers, pairs, error).await
        }
    }
}

/// `POST /<lang>/budgets/<slug>/follow`: the result by e-mail, asked for on the budget's page;
/// 303 back to it, which says a confirmation mail is on its way (the same answer for an
/// address that asked before). A refused address comes back at the field.
async fn follow(
    State(state): State<AppState>,
    client: Client,
    Path((lang, slug)): Path<(String, String)>,
    headers: HeaderMap,
    Form(pairs): Fields,
) -> Response {
    use super::follow;
    let Some(lang) = Lang::from_code(&lang) else {
        return refuse(&state, Lang::default(), ServiceError::NotFound);
    };
    if let Err(error) = state.limits.subscriptions.check(&state.db, client).await {
        return refuse(&state, lang, error);
    }
    let letters = crate::mail::Letters {
        settings: &state.mail,
        translations: &state.translations,
    };
    let address: String = field(&pairs, follow::FIELD).chars().take(300).collect();
    match follow::subscribe(&state.db, &letters, &slug, &address, lang, today()).await {
        Ok(()) => {
            state.outbox_wake.notify_one();
            to(format!(
                "/{}/budgets/{slug}?follow=asked#follow",
                lang.code()
            ))
        }
        Err(error) => {
            let page = format!("/{}/budgets/{slug}", lang.code());
            again(&state, lang, &page, headers, pairs, error).await
        }
    }
}

/// `POST /<lang>/budget-result/<token>`: the mailed link's button confirms; 303 to the
/// budget's page, which says so.
async fn confirm_follow(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
) -> Response {
    let lang = lang_of(&lang);
    match super::follow::confirm(&state.db, &token).await {
        Ok(slug) => to(format!(
            "/{}/budgets/{slug}?follow=confirmed#follow",
            lang.code()
        )),
        Err(error) => refuse(&state, lang, error),
    }
}

/// `GET /budgets/<slug>/ballots.pb`: every ballot in the Pabulib format, once the result is
/// certified (404 before: no count leaves the portal earlier). Its SHA-256 is the one the
/// certificate names, so anyone can count again and check.
async fn ballots(State(state): State<AppState>, Path(slug): Path<String>) -> Response {
    use axum::response::IntoResponse;
    match read::certified_export(&state.db, &slug).await {
        Ok(file) => (
            [
                (
                    axum::http::header::CONTENT_TYPE,
                    "text/csv; charset=utf-8".to_string(),
                ),
                (
                    axum::http::header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"{slug}.pb\""),
                ),
            ],
            file,
        )
            .into_response(),
        Err(error) => refuse(&state, Lang::default(), error),
    }
}

/// `POST /<lang>/staff/budgets/<slug>/codes`: a batch of codes, shown once on the page that
/// answers, to be printed.
async fn issue_codes(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    editor: Grant<cap::EditDialogues>,
    uri: Uri,
    headers: HeaderMap,
    Form(pairs): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let count = field(&pairs, fields::COUNT).trim().parse::<usize>().ok();
    let purpose = field(&pairs, fields::PURPOSE).trim().to_string();
    let (Some(count), false) = (count, purpose.is_empty() || purpose.chars().count() > 200) else {
        let resubmitted = Resubmitted {
            pairs,
            problems: Vec::new(),
            summary_id: "budget-codes-error",
        };
        return form_again(&state, &page_of(&uri), headers, resubmitted).await;
    };
    let budget_id = match read::staff_budget(&state.db, &slug, today()).await {
        Ok(b) => b.id,
        Err(error) => return refuse(&state, lang, error),
    };
    let class_session = field(&pairs, fields::CHILDREN) == "yes";
    match service::issue_codes(
        &state.db,
        &editor,
        budget_id,
        count,
        &purpose,
        class_session,
    )
    .await
    {
        Ok(codes) => {
            render_with(
                &state,
                &page_of(&uri),
                headers,
                Issued {
                    purpose,
                    codes,
                    class_session,
                },
                StatusCode::OK,
            )
            .await
        }
        Err(ServiceError::Invalid(_)) => {
            let resubmitted = Resubmitted {
                pairs,
                problems: Vec::new(),
                summary_id: "budget-codes-error",
            };
            form_again(&state, &page_of(&uri), headers, resubmitted).await
        }
        Err(error) => refuse(&state, lang, error),
    }
}

/// The projects chosen in a ballot form: at most 100 ids, unreadable values left out.
/// A ballot as the residents' form sends it, read the same way by the plain form's handler
/// and by the server function.
pub(crate) struct WebBallot {
    code: String,
    chosen: Vec<i32>,
    age: Option<AgeGroup>,
    area: Option<HomeArea>,
    station: Option<String>,
    children: bool,
}

impl WebBallot {
    /// Reads the form's fields: the code (at most 40 characters are read), the chosen
    /// projects, the voluntary age group and area, and whether it is the children's ballot;
    /// and from the request, the voting station the device is, if it is one.
    pub(crate) fn from_form(pairs: &[(String, String)], headers: &HeaderMap) -> WebBallot {
        WebBallot {
            code: field(pairs, fields::CODE).chars().take(40).collect(),
            chosen: chosen_projects(pairs),
            age: AgeGroup::from_code(field(pairs, fields::AGE)),
            area: HomeArea::from_code(field(pairs, fields::AREA)),
            station: super::stations::handlers::token_of(headers),
            children: field(pairs, fields::CHILDREN) == "yes",
        }
    }

    /// The ballot for the service.
    pub(crate) fn cast(&self) -> Cast<'_> {
        Cast {
            code: &self.code,
            chosen: &self.chosen,
            channel: BallotChannel::Web,
            age: self.age,
            area: self.area,
            station: self.station.as_deref(),
            children: self.children,
        }
    }
}

fn chosen_projects(pairs: &[(String, String)]) -> Vec<i32> {
    field_values(pairs, fields::PROJECT)
        .iter()
        .filter_map(|v| v.parse().ok())
        .take(100)
        .collect()
}

/// `POST /<lang>/staff/budgets/<slug>/paper`: one entry of a paper ballot. The page answers
/// with what it led to (waiting for a second person, counted, or disagreeing) and an empty form
/// for the next sheet; a refused entry comes back with everything kept.
async fn enter_paper(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    clerk: Grant<cap::EnterViews>,
    uri: Uri,
    headers: HeaderMap,
    Form(pairs): Fields,
) -> Response {
    let chosen = chosen_projects(&pairs);
    let code: String = field(&pairs, fields::CODE).chars().take(40).collect();
    let sheet = PaperBallot {
        code: &code,
        chosen: &chosen,
        age: AgeGroup::from_code(field(&pairs, fields::AGE)),
        area: HomeArea::from_code(field(&pairs, fields::AREA)),
    };
    match paper::enter(&state.db, &clerk, &slug, sheet, today()).await {
        Ok(entered) => {
            render_with(
                &state,
                &page_of(&uri),
                headers,
                PaperDone(entered),
                StatusCode::OK,
            )
            .await
        }
        Err(error) => {
            again(
                &state,
                lang_of(&lang),
                &page_of(&uri),
                headers,
                pairs,
                error,
            )
            .await
        }
    }
}

/// `POST /<lang>/staff/budgets/<slug>/certify`: the administrator counts and certifies the
/// result; 303 to the budget's page, which shows it.
async fn certify(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    admin: Grant<cap::ManageAccounts>,
) -> Response {
    let lang = lang_of(&lang);
    let result = async {
        let b = read::staff_budget(&state.db, &slug, today()).await?;
        let letters = crate::mail::Letters {
            settings: &state.mail,
            translations: &state.translations,
        };
        service::certify(&state.db, &letters, &admin, b.id, today()).await
    }
    .await;
    match result {
        Ok(_) => {
            // The proposers' mails are in the outbox.
            state.outbox_wake.notify_one();
            to(format!("/{}/budgets/{slug}#result", lang.code()))
        }
        Err(error) => refuse(&state, lang, error),
    }
}

/// `page` again at the error's status with what was sent kept, or the refusal page for a
/// fault or a missing page.
pub(super) async fn again(
    state: &AppState,
    lang: Lang,
    page: &str,
    headers: HeaderMap,
    pairs: Vec<(String, String)>,
    error: ServiceError,
) -> Response {
    let status = error.status();
    if status.is_server_error() || status == StatusCode::NOT_FOUND {
        return refuse(state, lang, error);
    }
    let summary_id = error.message_id();
    let problems = match error {
        ServiceError::Invalid(problems) => problems,
        _ => Vec::new(),
    };
    let resubmitted = Resubmitted {
        pairs,
        problems,
        summary_id,
    };
    let mut res = form_again(state, page, headers, resubmitted).await;
    *res.status_mut() = status;
    res
}

/// `POST /<lang>/budgets/<slug>/proposals`: a resident's proposal, while ideas are open.
/// Stored: 303 to the budget's page, which thanks and says it is read before it is published.
/// Refused: the page again with everything kept and an error per field.
async fn propose(
    State(state): State<AppState>,
    client: Client,
    Path((lang, slug)): Path<(String, String)>,
    headers: HeaderMap,
    Form(pairs): Fields,
) -> Response {
    let Some(lang) = Lang::from_code(&lang) else {
        return refuse(&state, Lang::default(), ServiceError::NotFound);
    };
    if let Err(error) = state.limits.views.check(&state.db, client).await {
        return refuse(&state, lang, error);
    }
    let proposal = proposal_of(&pairs, lang, Channel::Web);
    match proposals::propose(&state.db, &slug, proposal, today()).await {
        Ok(_) => to(format!("/{}/budgets/{slug}?proposed=1#top", lang.code())),
        Err(error) => {
            let page = format!("/{}/budgets/{slug}", lang.code());
            again(&state, lang, &page, headers, pairs, error).await
        }
    }
}

/// A proposal as its form sends it, written in `lang`, reaching the district by `channel`.
fn proposal_of(pairs: &[(String, String)], lang: Lang, channel: Channel) -> NewProposal {
    let estimate = field(pairs, pf::ESTIMATE)
        .chars()
        .filter(char::is_ascii_digit)
        .take(12)
        .collect::<String>()
        .parse()
        .ok();
    NewProposal {
        title: field(pairs, pf::TITLE).to_string(),
        description: field(pairs, pf::DESCRIPTION).to_string(),
        area: HomeArea::from_code(field(pairs, pf::AREA)),
        estimate_sek: estimate,
        contact: Some(field(pairs, pf::CONTACT).to_string()),
        lang,
        channel,
        wants_outcome: field(pairs, pf::OUTCOME) == "yes",
    }
}

/// `POST /<lang>/staff/budgets/<slug>/proposals`: a proposal from paper, a call or a meeting,
/// typed in by staff; 303 back to the list at the new proposal, which waits for moderation.
async fn enter_proposal(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    staff: Grant<cap::EnterViews>,
    headers: HeaderMap,
    Form(pairs): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let page = format!("/{}/staff/budgets/{slug}/proposals", lang.code());
    let written = Lang::from_code(field(&pairs, pf::TEXT_LANG)).unwrap_or(Lang::Sv);
    let result = match Channel::from_code(field(&pairs, pf::CHANNEL)) {
        Some(channel) => {
            let proposal = proposal_of(&pairs, written, channel);
            proposals::enter(&state.db, &staff, &slug, proposal, today()).await
        }
        None => {
            let problem = FieldError::new(pf::CHANNEL, FieldProblem::NotAChoice);
            Err(ServiceError::Invalid(vec![problem]))
        }
    };
    match result {
        Ok(id) => to(format!("{page}?entered={id}#proposal-{id}")),
        Err(error) => again(&state, lang, &page, headers, pairs, error).await,
    }
}

/// `POST /<lang>/staff/budgets/<slug>/proposals/<id>/moderate`: publish or hide a proposal;
/// 303 back to the list.
async fn moderate_proposal(
    State(state): State<AppState>,
    Path((lang, slug, id)): Path<(String, String, i32)>,
    moderator: Grant<cap::Moderate>,
    headers: HeaderMap,
    Form(pairs): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let page = format!("/{}/staff/budgets/{slug}/proposals", lang.code());
    let publish = match field(&pairs, pf::DECISION) {
        "publish" => true,
        "hide" => false,
        _ => {
            let error = ServiceError::Invalid(Vec::new());
            return again(&state, lang, &page, headers, pairs, error).await;
        }
    };
    match proposals::moderate(&state.db, &moderator, id, publish).await {
        Ok(()) => to(format!("{page}#proposal-{id}")),
        Err(error) => again(&state, lang, &page, headers, pairs, error).await,
    }
}

/// `POST /<lang>/staff/budgets/<slug>/proposals/<id>/review`: onto the ballot, merged, or
/// declined with a reason; 303 back to the list. The form's fields carry the proposal's id, as
/// the page holds one form per proposal.
async fn review_proposal(
    State(state): State<AppState>,
    Path((lang, slug, id)): Path<(String, String, i32)>,
    editor: Grant<cap::EditDialogues>,
    headers: HeaderMap,
    Form(pairs): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let named = |name: &str| field(&pairs, &format!("{name}-{id}")).trim().to_string();
    let reason = named(pf::REASON);
    let decision = match named(pf::DECISION).as_str() {
        // An unreadable cost is refused by the review as out of range.
        "ballot" => Some(Review::Ballot {
            cost_sek: named(pf::COST).parse().unwrap_or(0),
        }),
        "decline" => Some(Review::Decline { reason }),
        "merge" => named(pf::INTO)
            .parse()
            .ok()
            .map(|into| Review::Merge { into, reason }),
        _ => None,
    };
    let result = match decision {
        Some(decision) => proposals::review(&state.db, &editor, id, decision, today()).await,
        None => Err(ServiceError::Invalid(vec![FieldError::new(
            pf::DECISION,
            FieldProblem::Choose,
        )])),
    };
    let page = format!("/{}/staff/budgets/{slug}/proposals", lang.code());
    match result {
        Ok(()) => to(format!("{page}#proposal-{id}")),
        Err(error) => again(&state, lang, &page, headers, pairs, named_for(id, error)).await,
    }
}

/// A refusal from a page that holds one form per item: the refused fields are named with the
/// item's id, as the page names them.
fn named_for(id: i32, error: ServiceError) -> ServiceError {
    match error {
        ServiceError::Invalid(problems) => ServiceError::Invalid(
            problems
                .into_iter()
                .map(|p| FieldError::new(format!("{}-{id}", p.field), p.problem))
                .collect(),
        ),
        other => other,
    }
}

/// `POST /<lang>/staff/budgets/<slug>/follow-up/<id>/decision`: the council's decision on a
/// project against the count, with its reason; 303 back to the project on the follow-up page.
async fn decide(
    State(state): State<AppState>,
    Path((lang, slug, id)): Path<(String, String, i32)>,
    admin: Grant<cap::ManageAccounts>,
    headers: HeaderMap,
    Form(pairs): Fields,
) -> Response {
    use super::followup::fields as ff;
    let lang = lang_of(&lang);
    let page = format!("/{}/staff/budgets/{slug}/follow-up", lang.code());
    let named = |name: &str| field(&pairs, &format!("{name}-{id}")).to_string();
    let result = async {
        let fund = match named(ff::FUNDED).as_str() {
            "yes" => true,
            "no" => false,
            _ => {
                let problem = FieldError::new(ff::FUNDED, FieldProblem::Choose);
                return Err(ServiceError::Invalid(vec![problem]));
            }
        };
        let b = read::staff_budget(&state.db, &slug, today()).await?;
        let reason = named(ff::REASON);
        followup::decide(&state.db, &admin, b.id, id, fund, &reason, today()).await
    }
    .await;
    match result {
        Ok(()) => to(format!("{page}#budget-project-{id}")),
        Err(error) => again(&state, lang, &page, headers, pairs, named_for(id, error)).await,
    }
}

/// `POST /<lang>/staff/budgets/<slug>/follow-up/<id>/milestone`: a step in a funded project's
/// implementation; 303 back to the project on the follow-up page.
async fn add_milestone(
    State(state): State<AppState>,
    Path((lang, slug, id)): Path<(String, String, i32)>,
    editor: Grant<cap::EditDialogues>,
    headers: HeaderMap,
    Form(pairs): Fields,
) -> Response {
    use super::followup::fields as ff;
    let lang = lang_of(&lang);
    let page = format!("/{}/staff/budgets/{slug}/follow-up", lang.code());
    let named = |name: &str| field(&pairs, &format!("{name}-{id}")).to_string();
    let milestone = NewMilestone {
        status: named(ff::STATUS),
        on_date: named(ff::DATE),
        note: named(ff::NOTE),
        lang,
    };
    let result = async {
        let b = read::staff_budget(&state.db, &slug, today()).await?;
        followup::add_milestone(&state.db, &editor, b.id, id, milestone, today()).await
    }
    .await;
    match result {
        Ok(()) => to(format!("{page}#budget-project-{id}")),
        Err(error) => again(&state, lang, &page, headers, pairs, named_for(id, error)).await,
    }
}
