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

    /// Staff sign-in attempts allowed per account per minute (four times as many per address).
    #[arg(long, env = "PORTAL_LOGINS_PER_MINUTE", default_value = "5")]
    pub logins_per_minute: NonZeroU32,

    /// Mark the staff session cookie Secure: set when the portal is served over TLS.
    #[arg(long, env = "PORTAL_SECURE_COOKIES", default_value_t = false)]
    pub secure_cookies: bool,
}

impl Settings {
    /// The database URL with any password hidden, for logs.
    pub fn database_for_logs(&self) -> String {
        match self.database_url.split_once('@') {
            Some((credentials, host)) => {
                let scheme = credentials.split("://").next().unwrap_or("db");
                format!("{scheme}://***@{host}")
            }
            None => self.database_url.clone(),
        }
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
            secure_cookies: false,
            logins_per_minute: NonZeroU32::MIN,
        };
        let shown = settings.database_for_logs();
        assert!(!shown.contains("s3cret"), "{shown}");
        assert!(shown.contains("db.example:5432/portal"));
    }
}
