//! The exports' routes: the public export for whoever reads reports, the full one for
//! administrators, recorded in the audit log with its reason before a byte is sent.

use axum::{
    body::Body,
    extract::{Path, State},
    http::{header, HeaderMap, HeaderValue, Uri},
    response::Response,
    Form,
};

use super::export::{self, Encoder, Format, Kind};
use super::pages::REASON_CHARS;
use crate::access::{cap, Area, Grant};
use crate::accounts::guard::StaffRoute;
use crate::audit::model::AuditAction;
use crate::audit::service::record;
use crate::dialogues::editor::versions::find;
use crate::error::ServiceError;
use crate::forms::fields::Resubmitted;
use crate::forms::{too_long, FieldError, FieldProblem};
use crate::http::{field, lang_of, page_of, refuse, Fields};
use crate::shell::form_again;
use crate::state::AppState;

/// The guarded export routes.
pub fn routes() -> Vec<StaffRoute> {
    vec![
        StaffRoute::post(
            "/{lang}/staff/reports/{slug}/export",
            Area::Reports,
            export_public,
        ),
        StaffRoute::post(
            "/{lang}/staff/reports/{slug}/export-full",
            Area::FullExport,
            export_full,
        ),
    ]
}

/// `POST .../export`: published, consented views as the public sees them.
async fn export_public(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    _reader: Grant<cap::ReadReports>,
    Form(fields): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let format = Format::from_code(field(&fields, "format")).unwrap_or(Format::Csv);
    match find(&state.db, &slug).await {
        Ok(d) => download(&state, d.id, &slug, Kind::Public, format).await,
        Err(error) => refuse(&state, lang, error),
    }
}

/// `POST .../export-full`: every view with its originals. Needs a reason, which the audit log
/// keeps with who asked.
async fn export_full(
    State(state): State<AppState>,
    Path((lang, slug)): Path<(String, String)>,
    admin: Grant<cap::ExportAll>,
    uri: Uri,
    headers: HeaderMap,
    Form(fields): Fields,
) -> Response {
    let lang = lang_of(&lang);
    let format = Format::from_code(field(&fields, "format")).unwrap_or(Format::Csv);
    let reason = field(&fields, "reason").trim().to_string();
    let problem = if reason.is_empty() {
        Some(FieldProblem::Empty)
    } else if reason.chars().count() > REASON_CHARS {
        Some(too_long(REASON_CHARS))
    } else {
        None
    };
    if let Some(problem) = problem {
        let resubmitted = Resubmitted {
            pairs: fields,
            problems: vec![FieldError::new("reason", problem)],
            summary_id: "form-error-summary",
        };
        return form_again(
            &state,
            &page_of(&uri).replace("/export-full", ""),
            headers,
            resubmitted,
        )
        .await;
    }
    let result = async {
        let d = find(&state.db, &slug).await?;
        let why = format!("{reason} ({})", format.extension());
        record(
            &state.db,
            Some(admin.id),
            AuditAction::ExportFull,
            &format!("dialogue:{}", d.id),
            Some(&why),
        )
        .await?;
        Ok::<_, ServiceError>(d.id)
    }
    .await;
    match result {
        Ok(id) => download(&state, id, &slug, Kind::Full, format).await,
        Err(error) => refuse(&state, lang, error),
    }
}

/// The export as a download, streamed.
async fn download(
    state: &AppState,
    dialogue_id: i32,
    slug: &str,
    kind: Kind,
    format: Format,
) -> Response {
    let columns = match export::columns(&state.db, dialogue_id).await {
        Ok(columns) => columns,
        Err(error) => return refuse(state, crate::lang::Lang::default(), error),
    };
    let encoder = Encoder {
        kind,
        format,
        slug: slug.to_string(),
        columns,
    };
    let which = match kind {
        Kind::Public => "public",
        Kind::Full => "full",
    };
    let name = format!("{slug}-views-{which}.{}", format.extension());
    let body = Body::from_stream(export::stream(state.db.clone(), dialogue_id, encoder));
    let mut res = Response::new(body);
    let headers = res.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(format.content_type()),
    );
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    // Residents' texts, and for the full export personal data: never kept by a browser or proxy.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}
