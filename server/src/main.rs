//! `server [serve|migrate|seed-demo]`: see `server --help`.

use clap::Parser;
use leptos::config::{get_configuration, LeptosOptions};
use server::config::{Cli, Command, LogFormat};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn"));
    let logs = tracing_subscriber::fmt().with_env_filter(filter);
    match cli.settings.log_format {
        LogFormat::Text => logs.init(),
        LogFormat::Json => logs
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .init(),
    }
    match run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            tracing::error!("{err}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let mut settings = cli.settings;
    // Only `serve` may skip the migrations; `migrate` exists to run them, and the other
    // commands are an operator's, run one at a time.
    if !matches!(cli.command, None | Some(Command::Serve)) {
        settings.skip_migrations = false;
    }
    tracing::info!(database = %settings.database_for_logs(), "starting");
    // Outside cargo-leptos the output name is not in the environment: it is `portal`.
    let leptos_options = get_configuration(None)
        .map(|c| c.leptos_options)
        .unwrap_or_else(|_| LeptosOptions::builder().output_name("portal").build());
    let state = server::build_state(&settings, leptos_options.clone()).await?;

    let today = app::state::today_in_stockholm();
    match cli.command.clone().unwrap_or(Command::Serve) {
        Command::Migrate => {
            tracing::info!("migrations are up to date");
            Ok(())
        }
        Command::SeedDemo => {
            let count = app::db::demo::seed(&state.db, today).await?;
            tracing::info!(count, "demo dialogues loaded");
            Ok(())
        }
        Command::SetPassword { email } => {
            let id = app::accounts::service::account_id(&state.db, &email).await?;
            let password = read_password()?;
            app::accounts::service::reset_password(&state.db, None, id, password).await?;
            tracing::info!(id, "password set; it must be changed at the next sign-in");
            Ok(())
        }
        Command::Backup { path } => {
            app::db::backup(&state.db, &path).await?;
            tracing::info!(path = %path.display(), "database copied");
            Ok(())
        }
        Command::CreateStaff {
            email,
            role,
            languages,
        } => {
            let role = app::access::Role::from_code(&role)
                .ok_or("the role must be admin, editor, moderator or translator")?;
            let langs = languages
                .iter()
                .map(|code| app::lang::Lang::from_code(code).ok_or("unknown language code"))
                .collect::<Result<Vec<_>, _>>()?;
            let password = read_password()?;
            let id = app::accounts::service::create(&state.db, &email, password, role).await?;
            if !langs.is_empty() {
                app::translations::service::set_languages(&state.db, None, id, &langs).await?;
            }
            tracing::info!(id, role = role.code(), "staff account created");
            Ok(())
        }
        Command::GenerateViews {
            slug,
            count,
            days,
            seed,
            not_a_real_database,
        } => {
            if !not_a_real_database {
                return Err(
                    "made-up views would mix with residents' views and figures: \
                     pass --not-a-real-database to confirm this database is a test one"
                        .into(),
                );
            }
            let d = app::dialogues::lookup::find_published(&state.db, &slug).await?;
            let questions = app::dialogues::lookup::question_ids(&state.db, d.id).await?;
            let first_day = today - chrono::Duration::days(i64::from(days));
            let made =
                app::db::generate::views(&state.db, d.id, &questions, count, first_day, days, seed)
                    .await?;
            tracing::info!(count = made.len(), slug, "views generated");
            Ok(())
        }
        Command::Serve => {
            if settings.seed_demo {
                match app::db::demo::seed(&state.db, today).await {
                    Ok(count) => tracing::info!(count, "demo dialogues loaded"),
                    Err(app::db::demo::DemoError::NotEmpty) => {}
                    Err(err) => return Err(err.into()),
                }
            }
            state.mail.check()?;
            let transport = server::mail_transport(&settings)?;
            tracing::info!("mail goes to {}", settings.mail.describe());
            let sender = server::spawn_mail_sender(state.clone(), transport);
            let housekeeping = server::spawn_housekeeping(state.clone());
            if let Some(addr) = settings.metrics_addr {
                let handle = server::metrics::install()?;
                server::metrics::spawn(addr, state.clone(), handle).await?;
            }
            let listener = tokio::net::TcpListener::bind(leptos_options.site_addr).await?;
            tracing::info!("listening on http://{}", listener.local_addr()?);
            let timeout = std::time::Duration::from_secs(settings.request_timeout);
            let grace = std::time::Duration::from_secs(settings.shutdown_grace);
            server::serve(
                listener,
                server::router(state.clone(), timeout),
                server::termination(),
                grace,
            )
            .await?;
            sender.abort();
            housekeeping.abort();
            state.db.clone().close().await?;
            tracing::info!("stopped");
            Ok(())
        }
    }
}

/// Reads a new password from a prompt (without echo) or, when piped, from standard input.
fn read_password() -> Result<String, Box<dyn std::error::Error + Send + Sync>> {
    use std::io::IsTerminal;
    let password = if std::io::stdin().is_terminal() {
        rpassword::prompt_password("Password (at least 12 characters): ")?
    } else {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line)?;
        line.trim_end_matches(['\r', '\n']).to_string()
    };
    app::accounts::service::check_new_password(&password)
        .map_err(|_| "the password must have 12 to 200 characters")?;
    Ok(password)
}
