//! The guard in front of every staff form route. Each area declares its routes once, with the
//! [`Area`] they belong to ([`StaffRoute`]); the router puts each behind [`guard`], which checks
//! the session, the role and the form's anti-forgery token before the handler runs, and
//! answers 401/403 otherwise (a redirect alone would not stop anything). The handler then takes
//! the [`Grant`] of its capability, which the guard's check makes certain to be there.

use axum::{
    body::{to_bytes, Body},
    extract::{FromRequestParts, Request, State},
    http::{request::Parts, HeaderMap},
    middleware::Next,
    response::{IntoResponse, Response},
    routing::MethodRouter,
};

use super::service::{from_session, session_token};
use crate::access::{Area, Capability, Grant, Staff};
use crate::error::ServiceError;
use crate::http::{lang_of_path, refuse};
use crate::state::AppState;
use crate::views::model::limits::MAX_FORM_BYTES;

/// A staff form route: its path, the area whose roles may use it, and its handler.
pub struct StaffRoute {
    pub path: &'static str,
    pub area: Area,
    pub handler: MethodRouter<AppState>,
}

impl StaffRoute {
    /// A POST route of `area`.
    pub fn post<H, T>(path: &'static str, area: Area, handler: H) -> Self
    where
        H: axum::handler::Handler<T, AppState>,
        T: 'static,
    {
        StaffRoute {
            path,
            area,
            handler: axum::routing::post(handler),
        }
    }
}

/// What [`guard`] needs: the state and the area of one route.
#[derive(Clone)]
pub struct Guard {
    pub state: AppState,
    pub area: Area,
}

/// The signed-in staff member of a request, if their role opens `area`.
///
/// # Errors
/// [`ServiceError::NotSignedIn`], [`ServiceError::Forbidden`], or a database failure.
pub async fn signed_in(
    state: &AppState,
    headers: &HeaderMap,
    area: Area,
) -> Result<Staff, ServiceError> {
    let staff = match session_token(state, headers) {
        Some(token) => from_session(&state.db, &token).await?,
        None => None,
    };
    let staff = staff.ok_or(ServiceError::NotSignedIn)?;
    if staff.must_change_password && area != Area::OwnAccount {
        return Err(ServiceError::MustChangePassword);
    }
    if staff.role.may(area) {
        Ok(staff)
    } else {
        Err(ServiceError::Forbidden)
    }
}

/// Lets a request through only with a session whose role opens the route's area and the
/// session's anti-forgery token in the form. The staff member is handed on as an extension.
pub async fn guard(State(guard): State<Guard>, req: Request, next: Next) -> Response {
    let state = &guard.state;
    let lang = lang_of_path(req.uri());
    let staff = match signed_in(state, req.headers(), guard.area).await {
        Ok(staff) => staff,
        Err(error) => return refuse(state, lang, error),
    };
    let (parts, body) = req.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_FORM_BYTES).await else {
        return crate::http::too_large(state, lang);
    };
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
    let csrf = pairs
        .iter()
        .find(|(name, _)| name == "csrf")
        .map_or("", |(_, value)| value.as_str());
    // A forged cross-site post carries no valid token (and SameSite=Strict keeps the cookie
    // away from it in the first place).
    if csrf.is_empty() || csrf != staff.csrf {
        return refuse(state, lang, ServiceError::BadCsrf);
    }
    let mut req = Request::from_parts(parts, Body::from(bytes));
    req.extensions_mut().insert(staff);
    next.run(req).await
}

/// A handler behind [`guard`] takes the grant of its capability. Without the guard's staff
/// member, or for a role the capability is not for, the request is refused.
impl<C, S> FromRequestParts<S> for Grant<C>
where
    C: Capability + Send + Sync,
    S: Send + Sync,
{
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let staff = parts.extensions.get::<Staff>().cloned();
        match staff.map(Staff::grant::<C>) {
            Some(Ok(grant)) => Ok(grant),
            Some(Err(_)) => Err(axum::http::StatusCode::FORBIDDEN.into_response()),
            None => Err(axum::http::StatusCode::UNAUTHORIZED.into_response()),
        }
    }
}
