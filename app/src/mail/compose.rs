//! The mails themselves: plain text and simple HTML, in the recipient's language, from the
//! Fluent messages in `locales/<code>/mail.ftl`; and the message as it goes out, with its
//! `Content-Language`, a stable `Message-ID`, and the one-click unsubscribe headers (RFC 8058).

use chrono::NaiveDate;
use lettre::message::header::{Header, HeaderName, HeaderValue};
use lettre::message::MultiPart;
use lettre::Message;

use super::outbox::{MailKind, NewMail};
use super::MailSettings;
use crate::db::entities::outbox;
use crate::i18n::{strip_isolation, I18n};
use crate::lang::Lang;

/// The feedback of a dialogue as an outcome mail carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeContent {
    pub slug: String,
    pub title: String,
    pub title_lang: Lang,
    /// The language the feedback texts are in: the recipient's, or Swedish.
    pub texts_lang: Lang,
    pub heard: String,
    pub decided: String,
    pub decided_by: String,
    pub next_steps: String,
    pub reference: Option<String>,
    pub decided_on: Option<NaiveDate>,
    pub protocol_url: Option<String>,
}

/// A mail's text and HTML, written side by side.
struct Body {
    lang: Lang,
    text: String,
    html: String,
}

impl Body {
    fn new(lang: Lang) -> Self {
        Body {
            lang,
            text: String::new(),
            html: String::new(),
        }
    }

    /// A paragraph; `lang` when it is in another language than the mail.
    fn para(&mut self, text: &str, lang: Option<Lang>) {
        if text.trim().is_empty() {
            return;
        }
        self.text.push_str(text.trim());
        self.text.push_str("\n\n");
        let attr = lang
            .filter(|l| *l != self.lang)
            .map(|l| format!(" lang=\"{}\"", l.code()))
            .unwrap_or_default();
        for part in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
            self.html.push_str(&format!(
                "<p{attr}>{}</p>\n",
                escape(part).replace('\n', "<br>")
            ));
        }
    }

    fn heading(&mut self, text: &str) {
        self.text.push_str(&format!(
            "{}\n{}\n\n",
            text,
            "-".repeat(text.chars().count())
        ));
        self.html.push_str(&format!("<h2>{}</h2>\n", escape(text)));
    }

    /// A line of text followed by a link on its own line (so plain text clients show it whole).
    fn link(&mut self, text: &str, url: &str) {
        self.text.push_str(&format!("{text}\n{url}\n\n"));
        self.html.push_str(&format!(
            "<p>{}<br><a href=\"{}\">{}</a></p>\n",
            escape(text),
            escape(url),
            escape(url)
        ));
    }

    /// The mail to `to` with this body: text, and the HTML as a whole document.
    fn into_mail(
        self,
        kind: MailKind,
        dialogue_id: Option<i32>,
        to: &str,
        subject: String,
        unsubscribe_url: Option<String>,
    ) -> NewMail {
        let html = format!(
            "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title></head>\n<body>\n{}</body></html>\n",
            self.lang.code(),
            escape(&subject),
            self.html
        );
        NewMail {
            kind,
            dialogue_id,
            to: to.to_string(),
            lang: self.lang,
            subject,
            text: self.text,
            html,
            unsubscribe_url,
        }
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn t(i18n: &I18n, id: &str, vars: &[(&'static str, String)]) -> String {
    let vars: Vec<_> = vars.iter().map(|(k, v)| (*k, v.clone().into())).collect();
    strip_isolation(&i18n.t_with(id, &vars))
}

/// The confirmation a resident gets at once after asking for the outcome (double opt-in).
pub fn confirmation(
    i18n: &I18n,
    settings: &MailSettings,
    to: &str,
    dialogue_id: i32,
    title: &str,
    token: &str,
) -> NewMail {
    let lang = i18n.lang;
    let title = title.to_string();
    let subject = t(i18n, "mail-confirm-subject", &[("title", title.clone())]);
    let mut body = Body::new(lang);
    body.para(&t(i18n, "mail-greeting", &[]), None);
    body.para(&t(i18n, "mail-confirm-intro", &[("title", title)]), None);
    let confirm = settings.link(&format!("/{}/outcome/confirm/{token}", lang.code()));
    body.link(&t(i18n, "mail-confirm-link", &[]), &confirm);
    body.para(&t(i18n, "mail-confirm-ignore", &[]), None);
    body.para(&t(i18n, "mail-signature", &[]), None);
    body.into_mail(MailKind::Confirm, Some(dialogue_id), to, subject, None)
}

/// The feedback, to one confirmed subscriber, in their language (`i18n`).
pub fn outcome(
    i18n: &I18n,
    settings: &MailSettings,
    kind: MailKind,
    to: &str,
    dialogue_id: i32,
    token: &str,
    content: &OutcomeContent,
) -> NewMail {
    let lang = i18n.lang;
    let update = kind == MailKind::Update;
    let title = content.title.clone();
    let subject_id = if update {
        "mail-update-subject"
    } else {
        "mail-outcome-subject"
    };
    let subject = t(i18n, subject_id, &[("title", title.clone())]);
    let mut body = Body::new(lang);
    body.para(&t(i18n, "mail-greeting", &[]), None);
    let intro_id = if update {
        "mail-update-intro"
    } else {
        "mail-outcome-intro"
    };
    body.para(&t(i18n, intro_id, &[("title", title)]), None);
    let texts = Some(content.texts_lang);
    if content.texts_lang != lang {
        body.para(&t(i18n, "mail-outcome-in-swedish", &[]), None);
    }
    body.heading(&t(i18n, "feedback-heard", &[]));
    body.para(&content.heard, texts);
    body.heading(&t(i18n, "feedback-decided", &[]));
    body.para(&content.decided, texts);
    if !content.decided_by.trim().is_empty() {
        body.para(
            &format!(
                "{}: {}",
                t(i18n, "feedback-decided-by", &[]),
                content.decided_by.trim()
            ),
            texts,
        );
    }
    let mut reference = Vec::new();
    if let Some(r) = content
        .reference
        .as_deref()
        .filter(|r| !r.trim().is_empty())
    {
        reference.push(format!("{}: {r}", t(i18n, "feedback-reference", &[])));
    }
    if let Some(date) = content.decided_on {
        reference.push(format!(
            "{}: {}",
            t(i18n, "feedback-decided-on", &[]),
            strip_isolation(&i18n.date(date))
        ));
    }
    body.para(&reference.join("\n"), None);
    if let Some(url) = content
        .protocol_url
        .as_deref()
        .filter(|u| !u.trim().is_empty())
    {
        body.link(&t(i18n, "feedback-protocol", &[]), url);
    }
    body.heading(&t(i18n, "feedback-next", &[]));
    body.para(&content.next_steps, texts);
    let page = settings.link(&format!("/{}/dialogues/{}", lang.code(), content.slug));
    body.link(&t(i18n, "mail-outcome-page", &[]), &page);
    let unsubscribe = settings.link(&format!("/{}/outcome/unsubscribe/{token}", lang.code()));
    body.link(&t(i18n, "mail-unsubscribe", &[]), &unsubscribe);
    body.para(&t(i18n, "mail-erase-note", &[]), None);
    body.para(&t(i18n, "mail-signature", &[]), None);
    body.into_mail(kind, Some(dialogue_id), to, subject, Some(unsubscribe))
}

/// A one-time voting code for a citizen budget, to the address that asked for it. The code
/// is in the text only: the outbox empties the mail's text once it is delivered.
pub fn budget_code(
    i18n: &I18n,
    settings: &MailSettings,
    to: &str,
    title: &str,
    slug: &str,
    code: &str,
) -> NewMail {
    let lang = i18n.lang;
    let subject = t(
        i18n,
        "mail-budget-code-subject",
        &[("title", title.to_string())],
    );
    let mut body = Body::new(lang);
    body.para(&t(i18n, "mail-greeting", &[]), None);
    body.para(
        &t(
            i18n,
            "mail-budget-code-intro",
            &[("title", title.to_string())],
        ),
        None,
    );
    body.heading(code);
    let page = settings.link(&format!("/{}/budgets/{slug}#ballot", lang.code()));
    body.link(&t(i18n, "mail-budget-code-vote", &[]), &page);
    body.para(&t(i18n, "mail-budget-code-once", &[]), None);
    body.para(&t(i18n, "mail-budget-code-ignore", &[]), None);
    body.para(&t(i18n, "mail-signature", &[]), None);
    body.into_mail(MailKind::BudgetCode, None, to, subject, None)
}

/// The confirmation a resident gets at once after asking for a citizen budget's result (double
/// opt-in): a link to a page with one button.
pub fn budget_follow_confirm(
    i18n: &I18n,
    settings: &MailSettings,
    to: &str,
    title: &str,
    token: &str,
) -> NewMail {
    let lang = i18n.lang;
    let subject = t(
        i18n,
        "mail-budget-follow-subject",
        &[("title", title.to_string())],
    );
    let mut body = Body::new(lang);
    body.para(&t(i18n, "mail-greeting", &[]), None);
    body.para(
        &t(
            i18n,
            "mail-budget-follow-intro",
            &[("title", title.to_string())],
        ),
        None,
    );
    let confirm = settings.link(&format!("/{}/budget-result/{token}", lang.code()));
    body.link(&t(i18n, "mail-confirm-link", &[]), &confirm);
    body.para(&t(i18n, "mail-budget-follow-ignore", &[]), None);
    body.para(&t(i18n, "mail-signature", &[]), None);
    body.into_mail(MailKind::Confirm, None, to, subject, None)
}

/// A citizen budget's certified result, to a resident who asked and confirmed: the funded
/// projects with their votes, and the link to the whole result.
pub fn budget_result(
    i18n: &I18n,
    settings: &MailSettings,
    to: &str,
    title: &str,
    funded: &[(String, u64)],
    slug: &str,
) -> NewMail {
    let lang = i18n.lang;
    let subject = t(
        i18n,
        "mail-budget-outcome-subject",
        &[("title", title.to_string())],
    );
    let mut body = Body::new(lang);
    body.para(&t(i18n, "mail-greeting", &[]), None);
    body.para(
        &t(
            i18n,
            "mail-budget-result-intro",
            &[("title", title.to_string())],
        ),
        None,
    );
    for (project, votes) in funded {
        let line = t(
            i18n,
            "mail-budget-result-project",
            &[("project", project.clone()), ("votes", votes.to_string())],
        );
        body.para(&line, None);
    }
    let page = settings.link(&format!("/{}/budgets/{slug}#result", lang.code()));
    body.link(&t(i18n, "mail-budget-outcome-page", &[]), &page);
    body.para(&t(i18n, "mail-budget-result-erased", &[]), None);
    body.para(&t(i18n, "mail-signature", &[]), None);
    body.into_mail(MailKind::BudgetResult, None, to, subject, None)
}

/// How a proposal fared, to the proposer who asked, when the budget's result is certified.
/// `outcome` is the sentence that says it; the contact is erased as the mail is queued.
pub fn budget_outcome(
    i18n: &I18n,
    settings: &MailSettings,
    to: &str,
    budget: &str,
    proposal: &str,
    outcome: &str,
    slug: &str,
) -> NewMail {
    let lang = i18n.lang;
    let subject = t(
        i18n,
        "mail-budget-outcome-subject",
        &[("title", budget.to_string())],
    );
    let mut body = Body::new(lang);
    body.para(&t(i18n, "mail-greeting", &[]), None);
    let intro = [
        ("title", budget.to_string()),
        ("proposal", proposal.to_string()),
    ];
    body.para(&t(i18n, "mail-budget-outcome-intro", &intro), None);
    body.para(outcome, None);
    let page = settings.link(&format!("/{}/budgets/{slug}#result", lang.code()));
    body.link(&t(i18n, "mail-budget-outcome-page", &[]), &page);
    body.para(&t(i18n, "mail-budget-outcome-erased", &[]), None);
    body.para(&t(i18n, "mail-signature", &[]), None);
    body.into_mail(MailKind::BudgetOutcome, None, to, subject, None)
}

/// The sentence that says how a proposal fared: on the ballot and funded or not (with its
/// votes), kept off with the reason, or merged into another.
pub fn budget_outcome_line(i18n: &I18n, fared: &ProposalFared) -> String {
    match fared {
        ProposalFared::Funded { votes } => t(
            i18n,
            "mail-budget-outcome-won",
            &[("votes", votes.to_string())],
        ),
        ProposalFared::NotFunded { votes } => t(
            i18n,
            "mail-budget-outcome-not-won",
            &[("votes", votes.to_string())],
        ),
        ProposalFared::Declined { reason } => t(
            i18n,
            "mail-budget-outcome-declined",
            &[("reason", reason.clone())],
        ),
        ProposalFared::Merged { into } => t(
            i18n,
            "mail-budget-outcome-merged",
            &[("into", into.clone())],
        ),
    }
}

/// How a proposal fared in a citizen budget.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProposalFared {
    Funded {
        votes: u64,
    },
    NotFunded {
        votes: u64,
    },
    Declined {
        reason: String,
    },
    /// Merged into the proposal with this title.
    Merged {
        into: String,
    },
}

macro_rules! text_header {
    ($(#[$meta:meta])* $name:ident, $header:literal) => {
        $(#[$meta])*
        #[derive(Debug, Clone)]
        struct $name(String);

        impl Header for $name {
            fn name() -> HeaderName {
                HeaderName::new_from_ascii_str($header)
            }

            fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
                Ok($name(s.to_string()))
            }

            fn display(&self) -> HeaderValue {
                HeaderValue::new(Self::name(), self.0.clone())
            }
        }
    };
}

text_header!(
    /// The language the mail is written in (RFC 3282).
    ContentLanguage,
    "Content-Language"
);
text_header!(
    /// Where to unsubscribe (RFC 2369).
    ListUnsubscribe,
    "List-Unsubscribe"
);
text_header!(
    /// That unsubscribing takes one POST, without a page (RFC 8058).
    ListUnsubscribePost,
    "List-Unsubscribe-Post"
);

/// The message for an outbox row, as it goes out.
///
/// # Errors
/// An address does not parse (the sender's, from the settings, or the recipient's).
pub fn message(settings: &MailSettings, row: &outbox::Model) -> Result<Message, String> {
    let host = settings
        .public_url
        .split("://")
        .nth(1)
        .unwrap_or("portal")
        .split(['/', ':'])
        .next()
        .unwrap_or("portal");
    let mut builder = Message::builder()
        .from(
            settings
                .from
                .parse()
                .map_err(|e| format!("PORTAL_MAIL_FROM: {e}"))?,
        )
        .to(row
            .to_address
            .parse()
            .map_err(|e| format!("recipient: {e}"))?)
        .subject(row.subject.clone())
        // Stable per outbox row: a mail delivered twice is recognisably the same mail.
        .message_id(Some(format!("<outbox-{}@{host}>", row.id)))
        .header(ContentLanguage(row.lang.clone()));
    if let Some(reply_to) = &settings.reply_to {
        builder = builder.reply_to(
            reply_to
                .parse()
                .map_err(|e| format!("PORTAL_MAIL_REPLY_TO: {e}"))?,
        );
    }
    if let Some(url) = &row.unsubscribe_url {
        builder = builder
            .header(ListUnsubscribe(format!("<{url}>")))
            .header(ListUnsubscribePost(
                "List-Unsubscribe=One-Click".to_string(),
            ));
    }
    builder
        .multipart(MultiPart::alternative_plain_html(
            row.text_body.clone(),
            row.html_body.clone(),
        ))
        .map_err(|e| e.to_string())
}
