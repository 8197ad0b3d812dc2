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
    /// Set a staff member's password (the first administrator's, or anyone's who is locked
    /// out); it is read from standard input (or a prompt). Their sessions end, and the next
    /// sign-in asks them to choose their own.
    SetPassword {
        /// The staff member's e-mail address.
        #[arg(long)]
        email: String,
    },
    /// Copy the database to PATH while the portal serves (SQLite; for PostgreSQL use
    /// `pg_dump`, see README). The copy is consistent: one moment's state.
    Backup {
        /// Where the copy goes; must not exist yet.
        path: std::path::PathBuf,
    },
    /// Create a staff account; the password is read from standard input (or a prompt).
    CreateStaff {
        /// The staff member's e-mail address, used to sign in.
        #[arg(long)]
        email: String,
        /// admin, editor, moderator or translator.
        #[arg(long)]
        role: String,
        /// A translator's languages, comma-separated codes (`fi,se`).
        #[arg(long, value_delimiter = ',')]
        languages: Vec<String>,
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

    /// Send the staff session cookie without `Secure` (and without its `__Host-` prefix, which
    /// needs it): only for development on plain HTTP, never on the internet.
    #[arg(long, env = "PORTAL_INSECURE_COOKIES", default_value_t = false)]
    pub insecure_cookies: bool,

    /// Keep rendered public pages in memory and serve them from there until something they
    /// show changes (on by default; `false` renders every request).
    #[arg(long, env = "PORTAL_PAGE_CACHE", default_value_t = true, action = clap::ArgAction::Set)]
    pub page_cache: bool,

    /// Reverse proxies (addresses or networks, comma-separated) whose `X-Forwarded-For` names
    /// the resident's address for the per-address limits. Empty: the TCP peer is the resident.
    #[arg(long, env = "PORTAL_TRUSTED_PROXIES", value_delimiter = ',', value_parser = parse_net)]
    pub trusted_proxies: Vec<ipnet::IpNet>,

    /// With `serve`: do not run the migrations (several processes start together; run
    /// `server migrate` once before them). Serving refuses to start on an outdated schema.
    #[arg(long, env = "PORTAL_SKIP_MIGRATIONS", default_value_t = false)]
    pub skip_migrations: bool,

    /// Log lines as `text` (for people) or `json` (one object per line, for a log collector).
    #[arg(long, env = "PORTAL_LOG_FORMAT", default_value = "text")]
    pub log_format: LogFormat,

    /// Longest time a request may take before it is answered 408, in seconds (an export's
    /// download, once started, is not cut).
    #[arg(long, env = "PORTAL_REQUEST_TIMEOUT", default_value = "30")]
    pub request_timeout: u64,

    /// Where Prometheus metrics are served (`127.0.0.1:9100`): unset, none are. Keep it off
    /// the public network: the figures are for operators.
    #[arg(long, env = "PORTAL_METRICS_ADDR")]
    pub metrics_addr: Option<std::net::SocketAddr>,

    /// After SIGTERM or Ctrl-C, how many seconds requests in flight get to finish.
    #[arg(long, env = "PORTAL_SHUTDOWN_GRACE", default_value = "20")]
    pub shutdown_grace: u64,

    /// Mail to residents.
    #[command(flatten)]
    pub mail: MailConfig,
}

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

/// A network (`10.0.0.0/8`) or a single address (`10.0.0.2`).
fn parse_net(text: &str) -> Result<ipnet::IpNet, String> {
    let text = text.trim();
    text.parse::<ipnet::IpNet>()
        .or_else(|_| text.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
        .map_err(|_| format!("not an address or network: {text}"))
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

/// A URL with any user and password hidden: everything between `://` and the last `@` (a
/// password may itself hold `@`, `/` or `:`); the whole URL when it has no `://`.
fn without_credentials(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return "***".to_string();
    };
    match rest.rfind('@') {
        Some(at) => format!("{scheme}://***@{}", &rest[at + 1..]),
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
            insecure_cookies: false,
            page_cache: true,
            logins_per_minute: NonZeroU32::MIN,
            trusted_proxies: Vec::new(),
            skip_migrations: false,
            log_format: LogFormat::Text,
            request_timeout: 30,
            shutdown_grace: 20,
            metrics_addr: None,
            mail: MailConfig {
                smtp_url: Some("smtps://portal:m4ilpass@smtp.example:465".into()),
                ..MailConfig::default()
            },
        };
        let shown = settings.database_for_logs();
        assert!(!shown.contains("s3cret"), "{shown}");
        assert!(shown.contains("db.example:5432/portal"));
        for (url, password) in [
            ("postgres://portal:p@ss@db.example/portal", "p@ss"),
            ("postgres://portal:a/b@c:d@db.example/portal", "a/b@c:d"),
            (
                "postgres://portal:s3cret@db.example/portal?sslmode=require",
                "s3cret",
            ),
        ] {
            let shown = without_credentials(url);
            assert!(!shown.contains(password), "{shown}");
            assert!(!shown.contains("portal:"), "{shown}");
            assert!(shown.contains("db.example/portal"), "{shown}");
        }
        let mail = settings.mail.describe();
        assert!(!mail.contains("m4ilpass"), "{mail}");
        assert!(mail.contains("smtp.example:465"));
    }
}
