//! Settings, read from the environment (or the command line), typed and checked at start.
//! The leptos settings (`LEPTOS_SITE_ADDR`, `LEPTOS_SITE_ROOT`, ...) are read by leptos itself.

use std::num::NonZeroU32;

use clap::{Args, Parser, Subcommand};

/// The citizen-dialogue portal of Hässelby-Vällingby.
#[derive(Debug, Parser)]
#[command(version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub settings: Settings,
}

/// What the binary does; `serve` when none is given.
#[derive(Debug, Clone, Subcommand)]
pub enum Command {
    /// Serve the portal (runs the migrations first).
    Serve,
    /// Bring the database schema up to date, then exit.
    Migrate,
    /// Load the demo dialogues into an empty database, then exit.
    SeedDemo,
    /// Create a staff account; the password is read from standard input (or a prompt).
    CreateStaff {
        /// The staff member's e-mail address, used to sign in.
        #[arg(long)]
        email: String,
        /// admin, editor or moderator.
        #[arg(long)]
        role: String,
    },
    /// Add made-up views (references `GEN-...`) to a dialogue, for benchmarks of the reports
    /// and exports. Never on a database with real views.
    GenerateViews {
        /// The published dialogue's slug.
        #[arg(long)]
        slug: String,
        /// How many views.
        #[arg(long, default_value_t = 100_000)]
        count: usize,
        /// Over how many days before today they came in.
        #[arg(long, default_value_t = 60)]
        days: u32,
        /// Seeds the made-up facts: the same seed makes the same views (a new seed for a
        /// second batch on the same dialogue).
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Required: says that this database holds no real views.
        #[arg(long)]
        not_a_real_database: bool,
    },
}

/// Settings shared by every command.
#[derive(Debug, Clone, Args)]
pub struct Settings {
    /// The database: `sqlite://path?mode=rwc` (embedded, the default) or `postgres://...`.
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "sqlite://data/portal.db?mode=rwc"
    )]
    pub database_url: String,

    /// With `serve`: load the demo dialogues when the database has none.
    #[arg(long, env = "PORTAL_SEED_DEMO", default_value_t = false)]
    pub seed_demo: bool,

    /// Views one address may send per minute, on average.
    #[arg(long, env = "PORTAL_VIEWS_PER_MINUTE", default_value = "6")]
    pub views_per_minute: NonZeroU32,

    /// Views one address may send in a burst (a school class behind one address).
    #[arg(long, env = "PORTAL_VIEWS_BURST", default_value = "30")]
    pub views_burst: NonZeroU32,

    /// Open-data API requests one address may make per minute (a burst of a fifth of that).
    #[arg(long, env = "PORTAL_API_PER_MINUTE", default_value = "600")]
    pub api_per_minute: NonZeroU32,

    /// Staff sign-in attempts allowed per account per minute (four times as many per address).
    #[arg(long, env = "PORTAL_LOGINS_PER_MINUTE", default_value = "5")]
    pub logins_per_minute: NonZeroU32,

    /// Mark the staff session cookie Secure: set when the portal is served over TLS.
    #[arg(long, env = "PORTAL_SECURE_COOKIES", default_value_t = false)]
    pub secure_cookies: bool,

    /// Mail to residents.
    #[command(flatten)]
    pub mail: MailConfig,
}

/// Where mail goes and what it says about the portal.
#[derive(Debug, Clone, Args)]
pub struct MailConfig {
    /// The portal's public address: every link in a mail (and every absolute link the portal
    /// writes) starts here.
    #[arg(
        long,
        env = "PORTAL_PUBLIC_URL",
        default_value = "http://127.0.0.1:3000"
    )]
    pub public_url: String,

    /// The SMTP server, with TLS and credentials in the URL: `smtps://user:pass@host:465`, or
    /// `smtp://user:pass@host:587?tls=required` for STARTTLS. Unset: mails are written as
    /// `.eml` files into the outbox folder instead.
    #[arg(long, env = "PORTAL_SMTP_URL")]
    pub smtp_url: Option<String>,

    /// Where mails go as `.eml` files when no SMTP server is set.
    #[arg(long, env = "PORTAL_OUTBOX_DIR", default_value = "data/outbox")]
    pub outbox_dir: std::path::PathBuf,

    /// The sender of every mail.
    #[arg(
        long,
        env = "PORTAL_MAIL_FROM",
        default_value = "Medborgardialog Hässelby-Vällingby <medborgardialog@localhost>"
    )]
    pub from: String,

    /// Where replies go, when not to the sender.
    #[arg(long, env = "PORTAL_MAIL_REPLY_TO")]
    pub reply_to: Option<String>,

    /// Days after a dialogue closes by which its feedback is due; later, editors see it flagged.
    #[arg(long, env = "PORTAL_FEEDBACK_DUE_DAYS", default_value = "60")]
    pub feedback_due_days: u32,
}

impl Default for MailConfig {
    fn default() -> Self {
        MailConfig {
            public_url: "http://127.0.0.1:3000".to_string(),
            smtp_url: None,
            outbox_dir: "data/outbox".into(),
            from: "Medborgardialog <medborgardialog@localhost>".to_string(),
            reply_to: None,
            feedback_due_days: 60,
        }
    }
}

impl MailConfig {
    /// Where mail goes, for the log: the SMTP host without credentials, or the folder.
    pub fn describe(&self) -> String {
        match &self.smtp_url {
            Some(url) => format!("SMTP {}", without_credentials(url)),
            None => format!(".eml files in {}", self.outbox_dir.display()),
        }
    }
}

/// A URL with any user and password hidden.
fn without_credentials(url: &str) -> String {
    match url.rsplit_once('@') {
        Some((credentials, host)) => {
            let scheme = credentials.split("://").next().unwrap_or("url");
            format!("{scheme}://***@{host}")
        }
        None => url.to_string(),
    }
}

impl Settings {
    /// The database URL with any password hidden, for logs.
    pub fn database_for_logs(&self) -> String {
        without_credentials(&self.database_url)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_never_reach_the_logs() {
        let settings = Settings {
            database_url: "postgres://portal:s3cret@db.example:5432/portal".into(),
            seed_demo: false,
            views_per_minute: NonZeroU32::MIN,
            views_burst: NonZeroU32::MIN,
            api_per_minute: NonZeroU32::MIN,
            secure_cookies: false,
            logins_per_minute: NonZeroU32::MIN,
            mail: MailConfig {
                smtp_url: Some("smtps://portal:m4ilpass@smtp.example:465".into()),
                ..MailConfig::default()
            },
        };
        let shown = settings.database_for_logs();
        assert!(!shown.contains("s3cret"), "{shown}");
        assert!(shown.contains("db.example:5432/portal"));
        let mail = settings.mail.describe();
        assert!(!mail.contains("m4ilpass"), "{mail}");
        assert!(mail.contains("smtp.example:465"));
    }
}
