//! How mail leaves the portal: over SMTP (`PORTAL_SMTP_URL`, with STARTTLS or TLS and
//! credentials as the URL says), or, with no SMTP setting, as `.eml` files in a folder, so that
//! the portal runs on a laptop with nothing else installed.

use std::path::PathBuf;

use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// Where mail goes.
#[derive(Clone)]
pub enum Transport {
    /// An SMTP server.
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// `.eml` files in this folder.
    Files(PathBuf, AsyncFileTransport<Tokio1Executor>),
}

/// Why a message was not handed over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendFailure {
    pub text: String,
    /// Refused for good (an SMTP 5xx), not a passing trouble.
    pub permanent: bool,
}

/// The SMTP setting does not parse.
#[derive(Debug, thiserror::Error)]
#[error("PORTAL_SMTP_URL is not a usable SMTP address: {0}")]
pub struct BadSmtpUrl(String);

impl Transport {
    /// SMTP when `smtp_url` is given (`smtps://user:pass@host`, `smtp://host:587?tls=required`,
    /// ...), else files under `outbox_dir` (created if missing).
    ///
    /// # Errors
    /// The URL does not parse, or the folder cannot be created.
    pub fn new(smtp_url: Option<&str>, outbox_dir: PathBuf) -> Result<Self, BadSmtpUrl> {
        match smtp_url.filter(|u| !u.trim().is_empty()) {
            Some(url) => {
                // The URL may hold a password: the error names the kind of problem only.
                let builder = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| BadSmtpUrl(e.to_string()))?;
                // Each command waits at most 20 s: well within a sender's claim on a mail.
                let timeout = Some(std::time::Duration::from_secs(20));
                Ok(Transport::Smtp(builder.timeout(timeout).build()))
            }
            None => {
                std::fs::create_dir_all(&outbox_dir).map_err(|e| {
                    BadSmtpUrl(format!("cannot create {}: {e}", outbox_dir.display()))
                })?;
                let files = AsyncFileTransport::<Tokio1Executor>::new(&outbox_dir);
                Ok(Transport::Files(outbox_dir, files))
            }
        }
    }

    /// Where mail goes, for the log (never with credentials).
    pub fn describe(&self) -> String {
        match self {
            Transport::Smtp(_) => "an SMTP server (PORTAL_SMTP_URL)".to_string(),
            Transport::Files(dir, _) => format!(".eml files in {}", dir.display()),
        }
    }

    /// Hands one message over.
    ///
    /// # Errors
    /// The server refused it or could not be reached, or the file could not be written.
    pub async fn send(&self, message: Message) -> Result<(), SendFailure> {
        match self {
            Transport::Smtp(smtp) => {
                smtp.send(message)
                    .await
                    .map(|_| ())
                    .map_err(|e| SendFailure {
                        // A 5xx answer refuses this mail for good; anything else may pass.
                        permanent: e.is_permanent(),
                        text: e.to_string(),
                    })
            }
            Transport::Files(_, files) => {
                files
                    .send(message)
                    .await
                    .map(|_| ())
                    .map_err(|e| SendFailure {
                        permanent: false,
                        text: e.to_string(),
                    })
            }
        }
    }
}
