//! Rate limits that hold across every server process: kept in the database they all share
//! (PostgreSQL in production), not in a process's memory, so two processes behind a proxy do not
//! double what one address may do. Who is asking is [`Client`]: the TCP peer, or the address a
//! trusted proxy forwarded, IPv6 by its /64 network. Server only.
//!
//! Each limit is a GCRA ("generic cell rate algorithm", what governor and tower_governor use in
//! memory): a row per key holds the theoretical arrival time (`tat`) of the next request; a
//! request is let through when `tat` is no more than the burst's tolerance ahead of now, and
//! pushes `tat` on by one interval. Checking and counting are one conditional upsert, atomic on
//! both backends, so concurrent requests from several processes are counted once each.

use std::{
    net::{IpAddr, SocketAddr},
    num::NonZeroU32,
    time::Duration,
};

use axum::{
    extract::{ConnectInfo, FromRequestParts},
    http::{request::Parts, HeaderMap},
};
use ipnet::IpNet;
use sea_orm::{ConnectionTrait, DatabaseBackend, DatabaseConnection, Statement, Value};

use crate::error::ServiceError;
use crate::state::AppState;

/// So many requests per minute on average, with room for a burst.
#[derive(Debug, Clone, Copy)]
pub struct Quota {
    pub per_minute: NonZeroU32,
    pub burst: NonZeroU32,
}

impl Quota {
    /// The time one request uses up, in milliseconds.
    fn interval_ms(self) -> i64 {
        (60_000 / i64::from(self.per_minute.get())).max(1)
    }

    /// How far ahead of now the arrival time may run: the burst, less the request itself.
    fn tolerance_ms(self) -> i64 {
        self.interval_ms() * (i64::from(self.burst.get()) - 1)
    }
}

/// One kind of limited request: its name (the first part of each key) and its quota.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    name: &'static str,
    quota: Quota,
}

/// The limits of this deployment, one per kind of request that anyone may send.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Views per address.
    pub views: Limit,
    /// Reports of published views per address (the same quota as views).
    pub reports: Limit,
    /// Requests for a dialogue's outcome by mail per address (the same quota as views).
    pub subscriptions: Limit,
    /// Ballots of citizen budgets per address (the same quota as views): a voting code cannot
    /// be found by guessing from one address.
    pub ballots: Limit,
    /// Staff sign-in attempts per address (wrong passwords per account wait longer and
    /// longer: `accounts::throttle`).
    pub sign_in: Limit,
    /// Open-data API requests per address.
    pub api: Limit,
}

impl Limits {
    /// The limits from the settings: views (and reports, subscriptions) per minute with a
    /// burst; sign-ins per minute, four times the per-account figure, since an office shares an
    /// address; API requests per minute with a burst of a fifth of that.
    pub fn new(views: Quota, logins_per_minute: NonZeroU32, api_per_minute: NonZeroU32) -> Limits {
        let four = NonZeroU32::new(4).unwrap_or(NonZeroU32::MIN);
        let sign_in = logins_per_minute.saturating_mul(four);
        let api_burst = NonZeroU32::new(api_per_minute.get() / 5).unwrap_or(NonZeroU32::MIN);
        Limits {
            views: Limit::new("views", views),
            reports: Limit::new("reports", views),
            subscriptions: Limit::new("subscriptions", views),
            ballots: Limit::new("ballots", views),
            sign_in: Limit::new(
                "sign-in",
                Quota {
                    per_minute: sign_in,
                    burst: sign_in,
                },
            ),
            api: Limit::new(
                "api",
                Quota {
                    per_minute: api_per_minute,
                    burst: api_burst,
                },
            ),
        }
    }
}

impl Limit {
    pub const fn new(name: &'static str, quota: Quota) -> Limit {
        Limit { name, quota }
    }

    /// Counts one request from `client`.
    ///
    /// # Errors
    /// [`ServiceError::RateLimited`] when it is over the limit; a database failure.
    pub async fn check(&self, db: &DatabaseConnection, client: Client) -> Result<(), ServiceError> {
        match self.wait(db, client).await? {
            None => Ok(()),
            Some(_) => {
                tracing::info!(limit = self.name, "refused by a rate limit");
                Err(ServiceError::RateLimited)
            }
        }
    }

    /// Counts one request from `client`: `None` when it may go ahead, else how long until the
    /// next one would be let through.
    ///
    /// # Errors
    /// A database failure.
    pub async fn wait(
        &self,
        db: &DatabaseConnection,
        client: Client,
    ) -> Result<Option<Duration>, ServiceError> {
        let key = format!("{}:{}", self.name, client.key());
        let now = now_ms();
        let (interval, tolerance) = (self.quota.interval_ms(), self.quota.tolerance_ms());
        let counted = db
            .execute_raw(statement(
                db.get_database_backend(),
                "INSERT INTO rate_limit (bucket, tat) VALUES ($1, $2 + $3) \
                 ON CONFLICT (bucket) DO UPDATE \
                 SET tat = (CASE WHEN rate_limit.tat > $2 THEN rate_limit.tat ELSE $2 END) + $3 \
                 WHERE rate_limit.tat <= $2 + $4",
                [
                    key.clone().into(),
                    now.into(),
                    interval.into(),
                    tolerance.into(),
                ],
            ))
            .await?;
        if counted.rows_affected() == 1 {
            return Ok(None);
        }
        let row = db
            .query_one_raw(statement(
                db.get_database_backend(),
                "SELECT tat FROM rate_limit WHERE bucket = $1",
                [key.into()],
            ))
            .await?;
        let tat: i64 = match row {
            Some(row) => row.try_get("", "tat")?,
            None => now,
        };
        let wait = (tat - tolerance - now).max(1);
        Ok(Some(Duration::from_millis(wait.unsigned_abs())))
    }
}

/// Forgets keys whose every request has been paid back (their row says nothing an absent row
/// does not), so the table holds only the addresses active in the last minutes.
///
/// # Errors
/// A database failure.
pub async fn prune(db: &DatabaseConnection) -> Result<u64, ServiceError> {
    let done = db
        .execute_raw(statement(
            db.get_database_backend(),
            "DELETE FROM rate_limit WHERE tat < $1",
            [now_ms().into()],
        ))
        .await?;
    Ok(done.rows_affected())
}

/// A statement written with PostgreSQL's `$1` placeholders, for either backend (SQLite reads
/// the same numbered placeholders as `?1`).
pub(crate) fn statement<const N: usize>(
    backend: DatabaseBackend,
    sql: &str,
    values: [Value; N],
) -> Statement {
    let sql = match backend {
        DatabaseBackend::Sqlite => sql.replace('$', "?"),
        _ => sql.to_string(),
    };
    Statement::from_sql_and_values(backend, sql, values)
}

/// Milliseconds since the Unix epoch.
pub(crate) fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// Who sent a request, for the per-address limits: the TCP peer, unless the peer is one of the
/// trusted proxies; then the rightmost address in `X-Forwarded-For` that is not a trusted proxy
/// (the ones left of it could be written by anyone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Client(pub IpAddr);

impl Client {
    /// The client of a request that came from `peer` with `headers`.
    pub fn of(peer: IpAddr, headers: &HeaderMap, trusted: &[IpNet]) -> Client {
        let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
        if !is_trusted(&peer) {
            return Client(peer);
        }
        let forwarded: Vec<&str> = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .collect();
        let mut client = peer;
        for part in forwarded.into_iter().rev() {
            // Something that is no address: the hop before it is the last one to believe.
            let Ok(ip) = part.trim().parse::<IpAddr>() else {
                break;
            };
            client = ip;
            if !is_trusted(&ip) {
                break;
            }
        }
        Client(client)
    }

    /// The key a limit counts by: an IPv4 address, or an IPv6 address's /64 network (one
    /// household or phone gets a whole /64 and can pick any address in it).
    pub fn key(self) -> String {
        match self.0 {
            IpAddr::V4(v4) => v4.to_string(),
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => v4.to_string(),
                None => {
                    let s = v6.segments();
                    format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
                }
            },
        }
    }
}

impl FromRequestParts<AppState> for Client {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map_or(IpAddr::from([127, 0, 0, 1]), |ConnectInfo(addr)| addr.ip());
        Ok(Client::of(peer, &parts.headers, &state.trusted_proxies))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(xff: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in xff {
            h.append("x-forwarded-for", v.parse().expect("header"));
        }
        h
    }

    #[test]
    fn forwarded_addresses_count_only_from_a_trusted_proxy() {
        let proxy: IpNet = "10.0.0.0/8".parse().expect("net");
        let resident: IpAddr = "203.0.113.9".parse().expect("ip");
        let peer: IpAddr = "10.0.0.2".parse().expect("ip");
        // Through the proxy: the address it saw, not what the client wrote to the left of it.
        let h = headers(&["198.51.100.1, 203.0.113.9"]);
        assert_eq!(Client::of(peer, &h, &[proxy]), Client(resident));
        // Two trusted hops.
        let h = headers(&["203.0.113.9", "10.0.0.7"]);
        assert_eq!(Client::of(peer, &h, &[proxy]), Client(resident));
        // Not from a trusted proxy: the header is anyone's to write, the peer counts.
        let stranger: IpAddr = "192.0.2.50".parse().expect("ip");
        assert_eq!(Client::of(stranger, &h, &[proxy]), Client(stranger));
        // No proxies trusted (the default): never read.
        assert_eq!(Client::of(peer, &h, &[]), Client(peer));
        // A trusted proxy that forwarded nothing: the proxy itself.
        assert_eq!(Client::of(peer, &HeaderMap::new(), &[proxy]), Client(peer));
        // Garbage to the right stops the walk at the proxy.
        let h = headers(&["203.0.113.9, not-an-address"]);
        assert_eq!(Client::of(peer, &h, &[proxy]), Client(peer));
    }

    #[test]
    fn ipv6_addresses_share_a_key_per_64_network() {
        let a = Client("2001:db8:1:2::1".parse().expect("ip"));
        let b = Client("2001:db8:1:2:ffff:ffff:ffff:fffe".parse().expect("ip"));
        let other = Client("2001:db8:1:3::1".parse().expect("ip"));
        assert_eq!(a.key(), b.key());
        assert_ne!(a.key(), other.key());
        assert_eq!(a.key(), "2001:db8:1:2::/64");
        let mapped = Client("::ffff:192.0.2.1".parse().expect("ip"));
        assert_eq!(mapped.key(), "192.0.2.1");
    }

    #[test]
    fn a_quota_lets_a_burst_through_then_one_per_interval() {
        let q = Quota {
            per_minute: NonZeroU32::new(6).expect("6"),
            burst: NonZeroU32::new(3).expect("3"),
        };
        assert_eq!(q.interval_ms(), 10_000);
        assert_eq!(q.tolerance_ms(), 20_000);
    }
}
