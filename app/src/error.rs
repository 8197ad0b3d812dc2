//! Errors, one per layer. Services answer [`ServiceError`] (server only): one enum with one HTTP
//! status and one Fluent message id per case, and `#[from] DbErr`. It is turned once, at the
//! edge: into [`ApiError`] for a server function (the codes that travel to the browser, never
//! sentences), or into a response for a handler (`crate::http::refuse`). Where it is turned, a
//! server fault is logged, once; the resident or staff member only ever sees a translated line.

use serde::{Deserialize, Serialize};
use server_fn::codec::PostcardEncoding;
use server_fn::error::{FromServerFnError, ServerFnErrorErr};

use crate::forms::FieldError;

/// What a server function can answer instead of its result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, thiserror::Error)]
pub enum ApiError {
    /// No such dialogue or receipt (or the dialogue is not published).
    #[error("not found")]
    NotFound,
    /// The dialogue is upcoming or closed and takes no views.
    #[error("dialogue not open")]
    NotOpen,
    /// The form was refused; one entry per field.
    #[error("invalid form")]
    Invalid(Vec<FieldError>),
    /// Too many views from one address in a short time.
    #[error("rate limited")]
    RateLimited,
    /// Refused for a reason the service names: the Fluent id of the message that says it (a
    /// citizen budget's ballot over the budget, a used voting code...).
    #[error("refused: {0}")]
    Refused(String),
    /// Something failed on the server; the details are in its log, never here.
    #[error("internal error")]
    Internal,
    /// The request did not reach the server function or its answer did not come back; a code
    /// from [`transport_code`], never the decoder's words (they would name the function's
    /// fields to anyone probing it).
    #[error("transport: {0}")]
    Transport(String),
}

// Errors travel as Postcard, like the view form's call: decoding them in the browser then
// needs no JSON parser (which, with its error messages, was a fifth of the download).
impl FromServerFnError for ApiError {
    type Encoder = PostcardEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        ApiError::Transport(transport_code(&value).to_string())
    }
}

/// What went wrong on the way to or from a server function, as a short code: `undecodable` (a
/// call's arguments or an answer that do not decode, or are missing), `bad-request`, `network`
/// (no answer), `server`.
pub fn transport_code(error: &ServerFnErrorErr) -> &'static str {
    match error {
        ServerFnErrorErr::Args(_)
        | ServerFnErrorErr::MissingArg(_)
        | ServerFnErrorErr::Deserialization(_) => "undecodable",
        ServerFnErrorErr::UnsupportedRequestMethod(_) | ServerFnErrorErr::Response(_) => {
            "bad-request"
        }
        ServerFnErrorErr::Request(_) => "network",
        ServerFnErrorErr::Registration(_)
        | ServerFnErrorErr::ServerError(_)
        | ServerFnErrorErr::MiddlewareError(_)
        | ServerFnErrorErr::Serialization(_) => "server",
    }
}

impl ApiError {
    /// Whether an encoded error says the call never reached the function (its arguments did
    /// not decode, or the body was too large): the caller's fault, not the server's.
    pub fn is_transport(encoded: &[u8]) -> bool {
        matches!(
            <ApiError as FromServerFnError>::de(encoded.to_vec().into()),
            ApiError::Transport(_)
        )
    }

    /// The Fluent id of the message a resident sees for this error on the form.
    pub fn form_message_id(&self) -> &'static str {
        match self {
            ApiError::NotFound | ApiError::NotOpen => "form-error-not-open",
            ApiError::Invalid(_) => "form-error-summary",
            ApiError::RateLimited => "form-error-rate-limited",
            // The view form is never refused this way: a budget's ballot is, and its caller
            // shows the message the error names.
            ApiError::Internal | ApiError::Refused(_) => "form-error-internal",
            ApiError::Transport(_) => "form-error-network",
        }
    }
}

#[cfg(feature = "ssr")]
pub use service::ServiceError;

#[cfg(feature = "ssr")]
mod service {
    use axum::http::StatusCode;
    use sea_orm::DbErr;

    use super::ApiError;
    use crate::forms::FieldError;
    use crate::lang::Lang;

    /// Why a service did not do what it was asked.
    #[derive(Debug, thiserror::Error)]
    pub enum ServiceError {
        /// No such dialogue, view, receipt or account.
        #[error("no such dialogue, view, receipt or account")]
        NotFound,
        /// The dialogue takes no views now.
        #[error("the dialogue takes no views now")]
        NotOpen,
        /// The form was refused; one entry per field.
        #[error("the form was refused: {0:?}")]
        Invalid(Vec<FieldError>),
        /// Too many views or reports from one address in a short time.
        #[error("too many requests from one address")]
        RateLimited,
        #[error("not signed in")]
        NotSignedIn,
        /// The staff member's role does not open this.
        #[error("role not allowed")]
        Forbidden,
        #[error("wrong email or password")]
        BadCredentials,
        #[error("too many sign-in attempts")]
        Throttled,
        #[error("the form's anti-forgery token does not match")]
        BadCsrf,
        /// The view is no longer in the state the decision starts from (someone was first).
        #[error("already decided")]
        AlreadyDecided,
        /// The dialogue is already in that state, or someone changed it meanwhile.
        #[error("dialogue state changed")]
        WrongState,
        /// Publishing without these minority languages needs the editor's confirmation.
        #[error("confirmation needed for missing languages")]
        NeedsConfirmation(Vec<Lang>),
        /// Feedback is published once it is written in Swedish.
        #[error("no Swedish feedback to publish")]
        NoSwedishFeedback,
        /// The passage to redact is not in the view.
        #[error("passage not in the view")]
        NoSuchPassage,
        /// A citizen budget's ballot that cannot be counted.
        #[error("ballot refused: {0:?}")]
        Ballot(crate::budgets::ballot::BallotProblem),
        /// No voting code of this budget reads so.
        #[error("unknown voting code")]
        CodeUnknown,
        /// The voting code has voted already (on the web, on paper or at a station).
        #[error("voting code used")]
        CodeUsed,
        /// The voting station this device was opened as has been closed by staff.
        #[error("voting station closed")]
        StationClosed,
        /// A paper ballot needs a second person: this one entered the sheet already.
        #[error("entered by the same person")]
        SamePerson,
        #[error("an account with this address exists")]
        Taken,
        #[error("not an e-mail address")]
        BadEmail,
        #[error("password too short")]
        ShortPassword,
        #[error("password too long")]
        LongPassword,
        /// The password was reset: the staff member chooses a new one before anything else.
        #[error("the password must be changed first")]
        MustChangePassword,
        #[error("the current password is wrong")]
        WrongPassword,
        #[error("the new passwords differ")]
        PasswordMismatch,
        #[error("administrators cannot disable or re-role themselves")]
        OwnAccount,
        #[error("database: {0}")]
        Db(#[from] DbErr),
        /// A failure that is not the database's (a hashing thread, a stored document).
        #[error("internal: {0}")]
        Internal(String),
    }

    impl ServiceError {
        /// The HTTP status that says the same to machines.
        pub fn status(&self) -> StatusCode {
            match self {
                ServiceError::NotFound => StatusCode::NOT_FOUND,
                ServiceError::NotSignedIn | ServiceError::BadCredentials => {
                    StatusCode::UNAUTHORIZED
                }
                ServiceError::Forbidden
                | ServiceError::BadCsrf
                | ServiceError::MustChangePassword => StatusCode::FORBIDDEN,
                ServiceError::RateLimited | ServiceError::Throttled => {
                    StatusCode::TOO_MANY_REQUESTS
                }
                ServiceError::NotOpen
                | ServiceError::AlreadyDecided
                | ServiceError::WrongState
                | ServiceError::NeedsConfirmation(_)
                | ServiceError::NoSwedishFeedback
                | ServiceError::CodeUsed
                | ServiceError::StationClosed
                | ServiceError::SamePerson
                | ServiceError::Taken => StatusCode::CONFLICT,
                ServiceError::Invalid(_)
                | ServiceError::NoSuchPassage
                | ServiceError::Ballot(_)
                | ServiceError::CodeUnknown
                | ServiceError::BadEmail
                | ServiceError::ShortPassword
                | ServiceError::LongPassword
                | ServiceError::WrongPassword
                | ServiceError::PasswordMismatch
                | ServiceError::OwnAccount => StatusCode::UNPROCESSABLE_ENTITY,
                ServiceError::Db(_) | ServiceError::Internal(_) => {
                    StatusCode::INTERNAL_SERVER_ERROR
                }
            }
        }

        /// The Fluent id of the message a person sees for this error.
        pub fn message_id(&self) -> &'static str {
            match self {
                ServiceError::NotFound => "not-found-text",
                ServiceError::NotOpen => "form-error-not-open",
                ServiceError::Invalid(_) => "form-error-summary",
                ServiceError::RateLimited => "error-rate-limited",
                ServiceError::NotSignedIn => "staff-error-not-signed-in",
                ServiceError::Forbidden => "staff-error-forbidden",
                ServiceError::BadCredentials => "staff-login-error-bad-credentials",
                ServiceError::Throttled => "staff-login-error-throttled",
                ServiceError::BadCsrf => "staff-error-csrf",
                ServiceError::AlreadyDecided => "staff-error-gone",
                ServiceError::WrongState | ServiceError::NeedsConfirmation(_) => {
                    "editor-error-state"
                }
                ServiceError::NoSuchPassage => "staff-error-passage",
                ServiceError::Ballot(problem) => problem.message_id(),
                ServiceError::CodeUnknown => "budget-error-code",
                ServiceError::CodeUsed => "budget-error-code-used",
                ServiceError::StationClosed => "budget-station-closed",
                ServiceError::SamePerson => "budget-paper-error-same-person",
                ServiceError::NoSwedishFeedback => "editor-feedback-swedish-first",
                ServiceError::Taken => "staff-admin-error-taken",
                ServiceError::BadEmail => "staff-admin-error-email",
                ServiceError::ShortPassword => "account-error-short",
                ServiceError::LongPassword => "account-error-long",
                ServiceError::MustChangePassword => "staff-error-change-password-first",
                ServiceError::WrongPassword => "account-error-current",
                ServiceError::PasswordMismatch => "account-error-mismatch",
                ServiceError::OwnAccount => "staff-admin-error-self",
                ServiceError::Db(_) | ServiceError::Internal(_) => "error-internal",
            }
        }

        /// Writes a server fault to the log, and a refusal that an operator watches for
        /// (not signed in, a role or token that does not match, a limit) as a warning. Called
        /// once, where the error is turned into an answer; the request's span names the route.
        pub fn log(&self) {
            let status = self.status();
            if status.is_server_error() {
                tracing::error!(error = %self, "request failed");
            } else if matches!(
                status,
                StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN | StatusCode::TOO_MANY_REQUESTS
            ) {
                tracing::warn!(status = status.as_u16(), reason = %self, "request refused");
            }
        }

        /// Any failure that is not this crate's own, logged with its details when turned.
        pub fn internal(err: impl std::fmt::Display) -> Self {
            ServiceError::Internal(err.to_string())
        }
    }

    impl From<crate::access::Denied> for ServiceError {
        fn from(_: crate::access::Denied) -> Self {
            ServiceError::Forbidden
        }
    }

    /// The server-function edge: the status is set on the response, a fault logged, and the
    /// error narrowed to the codes a browser understands.
    impl From<ServiceError> for ApiError {
        fn from(error: ServiceError) -> Self {
            error.log();
            if let Some(options) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
                options.set_status(error.status());
            }
            match error {
                ServiceError::NotFound => ApiError::NotFound,
                ServiceError::NotOpen => ApiError::NotOpen,
                ServiceError::Invalid(problems) => ApiError::Invalid(problems),
                ServiceError::RateLimited => ApiError::RateLimited,
                error @ (ServiceError::Ballot(_)
                | ServiceError::CodeUnknown
                | ServiceError::CodeUsed
                | ServiceError::StationClosed) => ApiError::Refused(error.message_id().to_string()),
                _ => ApiError::Internal,
            }
        }
    }
}
