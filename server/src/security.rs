//! The headers every answer carries, and the content security policy of every page.
//!
//! A page may run only the portal's own files (`script-src 'self'`), WebAssembly compiled from
//! them (`'wasm-unsafe-eval'`), and the inline scripts the server itself wrote into that page,
//! each allowed by the SHA-256 of its text. Hashes rather than nonces: a hash is the same for
//! every visitor, so a page's bytes can be cached and served to anyone (a nonce would have to be
//! new in every answer), and an injected script, whose text the server did not write, never
//! matches. Every inline script sits inside `<html>`: anything the renderer appends after
//! `</html>` is moved before `</body>`, where the HTML standard wants it.

use axum::{
    body::{to_bytes, Body},
    extract::State,
    http::{header, HeaderValue, Request},
    response::Response,
};
use base64::Engine as _;
use sha2::{Digest, Sha256};

/// The largest page the policy reads whole (the largest report page is well under 1 MB).
const MAX_PAGE_BYTES: usize = 16 * 1024 * 1024;

/// What the headers depend on: whether the portal is served over TLS (its public address).
#[derive(Debug, Clone, Copy)]
pub struct Policy {
    hsts: bool,
}

impl Policy {
    /// The policy for a portal whose public address is `public_url`.
    pub fn new(public_url: &str) -> Policy {
        Policy {
            hsts: public_url.starts_with("https://"),
        }
    }
}

/// The policy for answers that are not pages (JSON, CSV, files): nothing may frame or run them.
const NOT_A_PAGE: &str =
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/// Headers every answer carries: no sniffing of content types, no framing by other sites (the
/// CSP's `frame-ancestors`, and the older `X-Frame-Options`), a referrer that names only the
/// origin to other sites, no access to camera, microphone or location; over TLS, HSTS. Pages
/// get their content security policy ([`page_policy`]). Staff pages and answers are never
/// stored by a browser or a proxy: the moderation queue holds personal data before it is
/// redacted.
pub async fn headers(
    State(policy): State<Policy>,
    req: Request<Body>,
    next: axum::middleware::Next,
) -> Response {
    let staff = req
        .uri()
        .path()
        .split('/')
        .nth(2)
        .is_some_and(|segment| segment == "staff");
    let validating = req.method() == axum::http::Method::GET && !staff;
    let if_none_match = req.headers().get(header::IF_NONE_MATCH).cloned();
    let res = next.run(req).await;
    let is_page = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html"));
    let (mut parts, body) = res.into_parts();
    let (body, csp) = if is_page {
        match to_bytes(body, MAX_PAGE_BYTES).await {
            Ok(bytes) => {
                let (page, hashes) = tidy(&String::from_utf8_lossy(&bytes));
                parts.headers.remove(header::CONTENT_LENGTH);
                let policy = page_policy(&hashes);
                if validating && parts.status == axum::http::StatusCode::OK {
                    // A validator: the browser asks again each time (`no-cache`), and gets 304
                    // without the page when it has these bytes. `private`: a page may hold
                    // something for one visitor only (the view form's key).
                    let tag = etag(page.as_bytes());
                    parts.headers.insert(
                        header::CACHE_CONTROL,
                        HeaderValue::from_static("private, no-cache"),
                    );
                    if if_none_match.as_ref() == Some(&tag) {
                        parts.status = axum::http::StatusCode::NOT_MODIFIED;
                        parts.headers.insert(header::ETAG, tag);
                        parts.headers.remove(header::CONTENT_TYPE);
                        (Body::empty(), policy)
                    } else {
                        parts.headers.insert(header::ETAG, tag);
                        (Body::from(page), policy)
                    }
                } else {
                    (Body::from(page), policy)
                }
            }
            Err(error) => {
                tracing::error!(%error, "a page could not be read whole");
                parts.status = axum::http::StatusCode::INTERNAL_SERVER_ERROR;
                (Body::empty(), NOT_A_PAGE.to_string())
            }
        }
    } else {
        (body, NOT_A_PAGE.to_string())
    };
    let headers = &mut parts.headers;
    for (name, value) in [
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "strict-origin-when-cross-origin"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    if let Ok(value) = HeaderValue::from_str(&csp) {
        headers.insert(header::CONTENT_SECURITY_POLICY, value);
    }
    headers.insert(
        header::HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=()"),
    );
    if policy.hsts {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=63072000"),
        );
    }
    if staff {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    Response::from_parts(parts, body)
}

/// `page` without its ` nonce="..."` attributes.
fn without_nonces(page: &str) -> String {
    const ATTRIBUTE: &str = " nonce=\"";
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(start) = rest.find(ATTRIBUTE) {
        let value = start + ATTRIBUTE.len();
        let Some(end) = rest[value..].find('"').map(|i| value + i + 1) else {
            break;
        };
        out.push_str(&rest[..start]);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// A strong validator for a page's bytes.
fn etag(page: &[u8]) -> HeaderValue {
    let digest = Sha256::digest(page);
    let tag = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&digest[..18]);
    HeaderValue::from_str(&format!("\"{tag}\""))
        .unwrap_or_else(|_| HeaderValue::from_static("\"\""))
}

/// The policy of a page whose inline scripts have these hashes.
fn page_policy(hashes: &[String]) -> String {
    let scripts: String = hashes.iter().map(|h| format!(" '{h}'")).collect();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{scripts}; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; \
         form-action 'self'; object-src 'none'"
    )
}

/// The page with anything after `</html>` moved before `</body>` and without `nonce`
/// attributes, and the `sha256-...` source of each inline script in it. (leptos gives every
/// response a new nonce; the policy allows scripts by hash, so the nonces only made each
/// answer's bytes different.)
fn tidy(page: &str) -> (String, Vec<String>) {
    let mut page = without_nonces(page);
    if let Some(end) = page.rfind("</html>").map(|i| i + "</html>".len()) {
        let trailing = page[end..].to_string();
        if !trailing.trim().is_empty() {
            page.truncate(end);
            let at = page.rfind("</body>").unwrap_or(end - "</html>".len());
            page.insert_str(at, &trailing);
        }
    }
    let mut hashes = Vec::new();
    let mut rest = page.as_str();
    while let Some(start) = rest.find("<script") {
        let Some(tag_end) = rest[start..].find('>').map(|i| start + i + 1) else {
            break;
        };
        let Some(close) = rest[tag_end..].find("</script>").map(|i| tag_end + i) else {
            break;
        };
        let tag = &rest[start..tag_end];
        if !tag.contains(" src=") {
            let digest = Sha256::digest(&rest.as_bytes()[tag_end..close]);
            let hash = format!(
                "sha256-{}",
                base64::engine::general_purpose::STANDARD.encode(digest)
            );
            if !hashes.contains(&hash) {
                hashes.push(hash);
            }
        }
        rest = &rest[close + "</script>".len()..];
    }
    (page, hashes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_after_the_document_move_inside_it_and_each_inline_script_is_hashed() {
        let page = "<!DOCTYPE html><html><head><script type=\"module\">go()</script>\
                    <script src=\"/pkg/a.js\"></script></head><body><p>x</p></body></html>\
                    <script nonce=\"n0Nc3\">late()</script>";
        let (tidy, hashes) = tidy(page);
        assert!(
            tidy.ends_with("<script>late()</script></body></html>"),
            "{tidy}"
        );
        assert_eq!(
            hashes.len(),
            2,
            "two inline scripts, the file is not hashed"
        );
        // The hash of the text between the tags, as browsers compute it.
        let expected = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(b"go()"));
        assert_eq!(hashes[0], format!("sha256-{expected}"));
        let policy = page_policy(&hashes);
        assert!(policy.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-"));
        assert!(!policy.contains("unsafe-inline"));
    }

    #[test]
    fn a_page_without_trailing_scripts_is_left_as_it_is() {
        let page = "<html><body><p>x</p></body></html>";
        assert_eq!(tidy(page).0, page);
    }
}
