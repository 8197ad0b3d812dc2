//! Mail to residents: confirmations of their subscriptions and the outcome of dialogues. Mails
//! are rows in an outbox, written in the same transaction as what causes them ([`outbox`]); a
//! sender task in every server process delivers them ([`sender`]) over SMTP or, without an SMTP
//! setting, into `.eml` files ([`transport`]). Server only.

pub mod compose;
pub mod outbox;
pub mod sender;
pub mod transport;

/// What a service needs to write mails in residents' languages: the portal's mail settings and
/// the texts.
#[derive(Clone, Copy)]
pub struct Letters<'a> {
    pub settings: &'a MailSettings,
    pub translations: &'a std::sync::Arc<crate::i18n::Translations>,
}

/// What every mail needs to know about the portal.
#[derive(Debug, Clone)]
pub struct MailSettings {
    /// The portal's public address, without a trailing slash: every link in a mail starts here.
    pub public_url: String,
    /// The sender, such as `Medborgardialog <dialog@example.se>`.
    pub from: String,
    /// Where replies go, if not to the sender.
    pub reply_to: Option<String>,
}

impl MailSettings {
    /// Checks the sender and reply-to addresses, so that a wrong setting stops the server at
    /// start instead of failing every mail.
    ///
    /// # Errors
    /// An address that does not parse, named by its setting.
    pub fn check(&self) -> Result<(), String> {
        self.from
            .parse::<lettre::message::Mailbox>()
            .map_err(|e| format!("PORTAL_MAIL_FROM: {e}"))?;
        if let Some(reply_to) = &self.reply_to {
            reply_to
                .parse::<lettre::message::Mailbox>()
                .map_err(|e| format!("PORTAL_MAIL_REPLY_TO: {e}"))?;
        }
        Ok(())
    }

    /// An absolute link to `path` (which starts with `/`).
    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.public_url.trim_end_matches('/'))
    }
}
