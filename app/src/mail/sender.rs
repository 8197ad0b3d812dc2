//! The sender: takes due mails from the outbox one at a time and hands them to the transport.
//! Every server process runs one; their claims keep them from sending the same mail twice.

use super::compose::message;
use super::outbox::{self, Failure};
use super::transport::Transport;
use super::MailSettings;
use crate::error::ServiceError;
use sea_orm::DatabaseConnection;

/// Delivers up to `max` due mails and returns how many were sent.
///
/// A mail whose address or settings do not make a message is given up at once; one the
/// transport refuses is tried again later (see [`outbox::mark_failed`]).
///
/// # Errors
/// The database fails.
pub async fn deliver_due(
    db: &DatabaseConnection,
    settings: &MailSettings,
    transport: &Transport,
    max: usize,
) -> Result<usize, ServiceError> {
    let mut sent = 0;
    for _ in 0..max {
        let Some(mail) = outbox::claim(db).await? else {
            break;
        };
        match message(settings, &mail) {
            Ok(message) => match transport.send(message).await {
                Ok(()) => {
                    if outbox::mark_sent(db, &mail).await? {
                        sent += 1;
                    }
                }
                Err(failure) => {
                    // The reason goes to the outbox row (without addresses), not to the log.
                    tracing::warn!(
                        mail = mail.id,
                        attempt = mail.attempts,
                        permanent = failure.permanent,
                        "mail not delivered, will retry"
                    );
                    let reason = without_addresses(&failure.text);
                    let failure = if failure.permanent {
                        Failure::Refused
                    } else {
                        Failure::Passing
                    };
                    outbox::mark_failed(db, &mail, &reason, failure).await?;
                }
            },
            Err(error) => {
                tracing::warn!(mail = mail.id, "mail cannot be written; given up");
                outbox::mark_failed(db, &mail, &without_addresses(&error), Failure::Unsendable)
                    .await?;
            }
        }
    }
    Ok(sent)
}

/// An error text with every word that looks like an address replaced, so that a failure
/// report keeps no personal data.
pub fn without_addresses(text: &str) -> String {
    text.split_whitespace()
        .map(|word| {
            if word.contains('@') {
                "[address]"
            } else {
                word
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failure_reports_keep_no_address() {
        assert_eq!(
            without_addresses("550 5.1.1 <anna@example.se>: unknown user"),
            "550 5.1.1 [address] unknown user"
        );
    }
}
