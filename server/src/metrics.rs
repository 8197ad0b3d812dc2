//! Prometheus metrics, on a listen address of their own (`PORTAL_METRICS_ADDR`, off by
//! default), never on the public port: requests by route and status with their latency, views
//! received by channel (counted where they are stored), and, read from the database at each
//! scrape, the moderation queue, the outbox backlog and the database pool.
//!
//! The `metrics` facade records; `metrics-exporter-prometheus` renders the text format.

use std::{net::SocketAddr, sync::OnceLock, time::Instant};

use axum::{
    body::Body,
    extract::{MatchedPath, State},
    http::Request,
    response::{IntoResponse, Response},
    routing::get,
    Router,
};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use app::db::entities::{outbox, view};
use app::state::AppState;

/// Latency buckets, in seconds: a page is expected well under 100 ms.
const BUCKETS: &[f64] = &[
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();

/// The process's metrics recorder, installed the first time (a process has one).
///
/// # Errors
/// Another recorder was installed by someone else.
pub fn install() -> Result<PrometheusHandle, Box<dyn std::error::Error + Send + Sync>> {
    if let Some(handle) = HANDLE.get() {
        return Ok(handle.clone());
    }
    let handle = PrometheusBuilder::new()
        .set_buckets_for_metric(
            Matcher::Full("http_request_duration_seconds".to_string()),
            BUCKETS,
        )?
        .install_recorder()?;
    Ok(HANDLE.get_or_init(|| handle).clone())
}

/// Counts each request by its route's pattern (not its path: one series per route, whatever
/// slugs and references residents type) and status, and times it.
pub async fn track(req: Request<Body>, next: axum::middleware::Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_string(), |p| p.as_str().to_string());
    let method = req.method().as_str().to_string();
    let started = Instant::now();
    let res = next.run(req).await;
    let status = res.status().as_u16().to_string();
    metrics::counter!("http_requests_total", "route" => route.clone(), "method" => method.clone(), "status" => status)
        .increment(1);
    metrics::histogram!("http_request_duration_seconds", "route" => route, "method" => method)
        .record(started.elapsed().as_secs_f64());
    res
}

/// The metrics listener's router: `GET /metrics`.
pub fn router(state: AppState, handle: PrometheusHandle) -> Router {
    Router::new()
        .route("/metrics", get(scrape))
        .with_state((state, handle))
}

/// Serves the metrics on `addr` until the process ends.
///
/// # Errors
/// The address cannot be bound.
pub async fn spawn(
    addr: SocketAddr,
    state: AppState,
    handle: PrometheusHandle,
) -> std::io::Result<tokio::task::JoinHandle<()>> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    tracing::info!("metrics on http://{}/metrics", listener.local_addr()?);
    Ok(tokio::spawn(async move {
        if let Err(error) = axum::serve(listener, router(state, handle)).await {
            tracing::error!(%error, "the metrics listener stopped");
        }
    }))
}

async fn scrape(State((state, handle)): State<(AppState, PrometheusHandle)>) -> Response {
    if let Err(error) = read_gauges(&state).await {
        tracing::warn!(%error, "metrics: the database did not answer");
    }
    (
        [(
            axum::http::header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        handle.render(),
    )
        .into_response()
}

/// The figures that are states, not events: read when Prometheus asks.
async fn read_gauges(state: &AppState) -> Result<(), sea_orm::DbErr> {
    let pending = view::Entity::find()
        .filter(view::Column::Status.eq("pending"))
        .count(&state.db)
        .await?;
    metrics::gauge!("portal_moderation_queue").set(pending as f64);
    let backlog = outbox::Entity::find()
        .filter(outbox::Column::SentAt.is_null())
        .filter(outbox::Column::GaveUpAt.is_null())
        .count(&state.db)
        .await?;
    metrics::gauge!("portal_outbox_backlog").set(backlog as f64);
    let (size, idle) = pool_use(&state.db);
    metrics::gauge!("portal_db_connections").set(f64::from(size));
    metrics::gauge!("portal_db_connections_idle").set(idle as f64);
    Ok(())
}

/// Connections open in the database pool, and how many of them are idle.
fn pool_use(db: &sea_orm::DatabaseConnection) -> (u32, usize) {
    // The backend is checked first: the pool getters panic for the other backend.
    match db.get_database_backend() {
        sea_orm::DatabaseBackend::Sqlite => {
            let pool = db.get_sqlite_connection_pool();
            (pool.size(), pool.num_idle())
        }
        sea_orm::DatabaseBackend::Postgres => {
            let pool = db.get_postgres_connection_pool();
            (pool.size(), pool.num_idle())
        }
        _ => (0, 0),
    }
}
