//! The rendered-page cache: a public page is rendered once and then served from memory, as its
//! bytes and their brotli and gzip forms (made once, at the first render), with a strong
//! `ETag` (304 when the browser has the bytes).
//!
//! - **Key**: everything that changes a page's bytes: the path with its language prefix, the
//!   query, and the day in Stockholm (dialogues and budgets open and close by the calendar).
//! - **Current**: each page is kept with the site version it was rendered at
//!   ([`app::db::site_version`]). Every change that may alter a public page raises the version
//!   in the database ([`raise_on_change`]: any successful form post or server function, staff
//!   or resident). This process sees its own changes at once; other processes on the same
//!   database read the version at most [`RECHECK`] apart, so no process serves a page older
//!   than the last change for longer than that.
//! - **Never kept**: staff pages; answers to requests with a staff session or a voting
//!   station's cookie (pages that differ for them); anything but a 200 HTML page without a
//!   cookie set; pages holding a form's per-visitor idempotency key (`name="key"`).

use std::collections::HashMap;
use std::io::Write as _;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use axum::{
    body::{to_bytes, Body, Bytes},
    extract::State,
    http::{header, HeaderMap, HeaderValue, Method, Request, StatusCode},
    response::Response,
};
use sea_orm::DatabaseConnection;

/// How long another process's change may take to reach this one's pages.
pub const RECHECK: Duration = Duration::from_secs(1);
/// The most pages kept; past it the cache starts again (a district's pages are far fewer).
const MAX_ENTRIES: usize = 1024;
/// The largest page kept.
const MAX_PAGE_BYTES: usize = 2 * 1024 * 1024;
/// The longest query a kept page may have (a filter form's queries are short).
const MAX_QUERY: usize = 512;
/// Says whether the answer came from the cache: for the benchmark and for operators.
const X_CACHE: &str = "x-cache";

/// The kept pages of this process.
pub struct PageCache {
    db: DatabaseConnection,
    entries: RwLock<HashMap<String, Arc<Entry>>>,
    /// The site version last read or raised here.
    version: AtomicI64,
    /// When it was last read, in milliseconds since `started`.
    read_at: AtomicU64,
    started: Instant,
}

/// One rendered page: its headers (content type, security policy...) and its bytes three ways.
struct Entry {
    version: i64,
    headers: HeaderMap,
    etag: HeaderValue,
    identity: Bytes,
    gzip: Bytes,
    br: Bytes,
}

impl PageCache {
    /// An empty cache for the pages of the database `db`.
    pub fn new(db: DatabaseConnection) -> Arc<PageCache> {
        Arc::new(PageCache {
            db,
            entries: RwLock::new(HashMap::new()),
            version: AtomicI64::new(-1),
            read_at: AtomicU64::new(0),
            started: Instant::now(),
        })
    }

    /// The site version, read from the database when the last reading is older than
    /// [`RECHECK`] (one request reads it; the others meanwhile use the last one).
    async fn version(&self) -> Option<i64> {
        let now = u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX);
        let read_at = self.read_at.load(Ordering::Acquire);
        let known = self.version.load(Ordering::Acquire);
        let due = known < 0 || now.saturating_sub(read_at) >= RECHECK.as_millis() as u64;
        if due
            && self
                .read_at
                .compare_exchange(read_at, now.max(1), Ordering::AcqRel, Ordering::Acquire)
                .is_ok()
        {
            match app::db::site_version::current(&self.db).await {
                Ok(version) => {
                    self.version.fetch_max(version, Ordering::AcqRel);
                    return Some(self.version.load(Ordering::Acquire));
                }
                Err(error) => {
                    // Without the version nothing kept is known to be current: render.
                    tracing::warn!(%error, "page cache: the site version could not be read");
                    self.read_at.store(0, Ordering::Release);
                    return None;
                }
            }
        }
        (known >= 0).then_some(known)
    }

    /// Raises the site version after a change: in the database for every process, and here
    /// at once.
    async fn raise(&self) {
        match app::db::site_version::raise(&self.db).await {
            Ok(()) => {
                self.version.fetch_add(1, Ordering::AcqRel);
                // Read again at the next request: another process may have raised it too.
                self.read_at.store(0, Ordering::Release);
            }
            Err(error) => {
                tracing::error!(%error, "page cache: the site version could not be raised");
                self.entries.write().map(|mut e| e.clear()).ok();
            }
        }
    }

    fn get(&self, key: &str) -> Option<Arc<Entry>> {
        self.entries.read().ok()?.get(key).cloned()
    }

    fn put(&self, key: String, entry: Entry) {
        if let Ok(mut entries) = self.entries.write() {
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
            entries.insert(key, Arc::new(entry));
        }
    }
}

/// The cache key of a request whose answer may be kept, or `None`.
fn key_of(req: &Request<Body>, staff_cookie: &str) -> Option<String> {
    if req.method() != Method::GET {
        return None;
    }
    let path = req.uri().path();
    let first = path.trim_start_matches('/').split('/').next()?;
    app::lang::Lang::from_code(first)?;
    if path.split('/').nth(2) == Some("staff") {
        return None;
    }
    let query = req.uri().query().unwrap_or("");
    if query.len() > MAX_QUERY {
        return None;
    }
    // Pages that differ for a signed-in staff member or on a voting station's device.
    let personal = app::http::cookie(req.headers(), staff_cookie).is_some()
        || app::http::cookie(req.headers(), app::budgets::stations::COOKIE).is_some();
    if personal {
        return None;
    }
    let today = app::state::today_in_stockholm();
    Some(format!("{today} {path}?{query}"))
}

/// The form of the body the browser takes best: brotli, gzip, or as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Br,
    Gzip,
    Identity,
}

fn encoding_of(headers: &HeaderMap) -> Encoding {
    let accepted = |name: &str| {
        headers
            .get_all(header::ACCEPT_ENCODING)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .any(|item| {
                let mut parts = item.split(';');
                let coding = parts.next().unwrap_or("").trim();
                let refused = parts.any(|p| {
                    p.trim()
                        .strip_prefix("q=")
                        .and_then(|q| q.trim().parse::<f32>().ok())
                        .is_some_and(|q| q <= 0.0)
                });
                coding.eq_ignore_ascii_case(name) && !refused
            })
    };
    if accepted("br") {
        Encoding::Br
    } else if accepted("gzip") {
        Encoding::Gzip
    } else {
        Encoding::Identity
    }
}

/// The kept page as the browser asked for it: 304 when it has these bytes.
fn answer(entry: &Entry, req_headers: &HeaderMap) -> Response {
    let mut res = Response::new(Body::empty());
    *res.headers_mut() = entry.headers.clone();
    res.headers_mut().insert(header::ETAG, entry.etag.clone());
    res.headers_mut()
        .insert(X_CACHE, HeaderValue::from_static("hit"));
    res.headers_mut()
        .insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    if req_headers.get(header::IF_NONE_MATCH) == Some(&entry.etag) {
        *res.status_mut() = StatusCode::NOT_MODIFIED;
        res.headers_mut().remove(header::CONTENT_TYPE);
        return res;
    }
    let (body, coding) = match encoding_of(req_headers) {
        Encoding::Br => (entry.br.clone(), Some("br")),
        Encoding::Gzip => (entry.gzip.clone(), Some("gzip")),
        Encoding::Identity => (entry.identity.clone(), None),
    };
    if let Some(coding) = coding {
        res.headers_mut()
            .insert(header::CONTENT_ENCODING, HeaderValue::from_static(coding));
    }
    res.headers_mut()
        .insert(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
    *res.body_mut() = Body::from(body);
    res
}

/// The page's bytes compressed with gzip and brotli (at their best settings: this runs once
/// per page and change, and every visitor after gets the smaller bytes).
fn compress(bytes: &[u8]) -> std::io::Result<(Bytes, Bytes)> {
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gzip.write_all(bytes)?;
    let gzip = gzip.finish()?;
    let mut br = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut br, 4096, 11, 22);
        writer.write_all(bytes)?;
    }
    Ok((Bytes::from(gzip), Bytes::from(br)))
}

/// Whether a rendered answer may be kept: a whole HTML page, the same for everyone.
fn keepable(res: &Response) -> bool {
    let headers = res.headers();
    res.status() == StatusCode::OK
        && headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|t| t.starts_with("text/html"))
        && !headers.contains_key(header::SET_COOKIE)
        && !headers.contains_key(header::CONTENT_ENCODING)
        && headers.contains_key(header::ETAG)
}

/// What the cache layer needs: the cache (none when it is turned off) and the staff session
/// cookie's name.
#[derive(Clone)]
pub struct Layer {
    pub cache: Option<Arc<PageCache>>,
    pub staff_cookie: &'static str,
}

/// Serves public pages from the cache, and keeps what is rendered for the next visitors.
pub async fn serve(
    State(layer): State<Layer>,
    mut req: Request<Body>,
    next: axum::middleware::Next,
) -> Response {
    let (Some(cache), Some(key)) = (&layer.cache, key_of(&req, layer.staff_cookie)) else {
        return next.run(req).await;
    };
    let Some(version) = cache.version().await else {
        return next.run(req).await;
    };
    if let Some(entry) = cache.get(&key).filter(|e| e.version == version) {
        return answer(&entry, req.headers());
    }
    // Rendered once, uncompressed: the cache makes its own compressed forms.
    let asked = req.headers().clone();
    req.headers_mut().remove(header::ACCEPT_ENCODING);
    req.headers_mut().remove(header::IF_NONE_MATCH);
    let res = next.run(req).await;
    if !keepable(&res) {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let bytes = match to_bytes(body, MAX_PAGE_BYTES).await {
        Ok(bytes) => bytes,
        Err(error) => {
            tracing::error!(%error, "page cache: a page could not be read whole");
            parts.status = StatusCode::INTERNAL_SERVER_ERROR;
            return Response::from_parts(parts, Body::empty());
        }
    };
    // A page with a form's per-visitor key is not the same for everyone.
    if memchr::memmem::find(&bytes, br#"name="key""#).is_some() {
        return Response::from_parts(parts, Body::from(bytes));
    }
    let identity = bytes.clone();
    let compressed = tokio::task::spawn_blocking(move || compress(&identity)).await;
    let Ok(Ok((gzip, br))) = compressed else {
        tracing::error!("page cache: a page could not be compressed");
        return Response::from_parts(parts, Body::from(bytes));
    };
    let Some(etag) = parts.headers.get(header::ETAG).cloned() else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    parts.headers.remove(header::CONTENT_LENGTH);
    let entry = Entry {
        version,
        headers: parts.headers,
        etag,
        identity: bytes,
        gzip,
        br,
    };
    let res = answer(&entry, &asked);
    let mut res = res;
    res.headers_mut()
        .insert(X_CACHE, HeaderValue::from_static("miss"));
    cache.put(key, entry);
    res
}

/// Raises the site version after every change that may alter a public page: a form post or
/// a server function that succeeded (an answer below 400), by staff or a resident.
pub async fn raise_on_change(
    State(layer): State<Layer>,
    req: Request<Body>,
    next: axum::middleware::Next,
) -> Response {
    let changes = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let res = next.run(req).await;
    if let Some(cache) = layer.cache.as_ref().filter(|_| changes) {
        if res.status().as_u16() < 400 {
            cache.raise().await;
        }
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(accept: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_str(accept).expect("a header value"),
        );
        h
    }

    #[test]
    fn the_best_encoding_the_browser_takes() {
        assert_eq!(
            encoding_of(&headers("gzip, deflate, br, zstd")),
            Encoding::Br
        );
        assert_eq!(encoding_of(&headers("gzip")), Encoding::Gzip);
        assert_eq!(encoding_of(&headers("br;q=0, gzip;q=0.5")), Encoding::Gzip);
        assert_eq!(encoding_of(&headers("identity")), Encoding::Identity);
        assert_eq!(encoding_of(&HeaderMap::new()), Encoding::Identity);
    }

    #[test]
    fn compressed_forms_read_back_as_the_page() {
        use std::io::Read as _;
        let page = "<!DOCTYPE html><p>Hej</p>".repeat(100);
        let (gzip, br) = compress(page.as_bytes()).expect("compressed");
        let mut back = String::new();
        flate2::read::GzDecoder::new(&gzip[..])
            .read_to_string(&mut back)
            .expect("gzip");
        assert_eq!(back, page);
        let mut back = String::new();
        brotli::Decompressor::new(&br[..], 4096)
            .read_to_string(&mut back)
            .expect("br");
        assert_eq!(back, page);
        assert!(br.len() < page.len() / 10);
    }
}
