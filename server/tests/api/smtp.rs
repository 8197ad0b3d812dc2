//! A real SMTP server for the tests: it speaks the protocol (EHLO, MAIL, RCPT, DATA, QUIT) on a
//! port of its own and keeps every message it receives, so the tests see mail as a mail
//! server would.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

/// One message as the server received it.
#[derive(Debug, Clone)]
pub struct Received {
    pub to: Vec<String>,
    /// Headers and body, as sent after DATA (dot-unstuffed).
    pub data: String,
}

impl Received {
    /// The value of header `name` (unfolded), if present.
    pub fn header(&self, name: &str) -> Option<String> {
        let head = self.data.split("\r\n\r\n").next().unwrap_or("");
        let mut unfolded: Vec<String> = Vec::new();
        for line in head.split("\r\n") {
            match unfolded.last_mut() {
                Some(last) if line.starts_with([' ', '\t']) => last.push_str(line.trim_start()),
                _ => unfolded.push(line.to_string()),
            }
        }
        unfolded.iter().find_map(|line| {
            let (n, v) = line.split_once(':')?;
            n.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    }

    /// The plain-text part, decoded from quoted-printable or base64 as sent.
    pub fn text(&self) -> String {
        decode_part(&self.data, "text/plain")
    }

    /// The HTML part, decoded.
    pub fn html(&self) -> String {
        decode_part(&self.data, "text/html")
    }

    /// Every `http(s)://` link in the text part.
    pub fn links(&self) -> Vec<String> {
        self.text()
            .split_whitespace()
            .filter(|w| w.starts_with("http://") || w.starts_with("https://"))
            .map(str::to_string)
            .collect()
    }
}

fn decode_part(data: &str, content_type: &str) -> String {
    let Some(start) = data.find(&format!("Content-Type: {content_type}")) else {
        return String::new();
    };
    let part = &data[start..];
    let (head, rest) = part.split_once("\r\n\r\n").unwrap_or((part, ""));
    // The part ends at the next MIME boundary (not at any line that starts with dashes).
    let boundary = data
        .split("boundary=\"")
        .nth(1)
        .and_then(|b| b.split('"').next())
        .map(|b| format!("\r\n--{b}"))
        .unwrap_or_else(|| "\r\n--".to_string());
    let body = rest.split(boundary.as_str()).next().unwrap_or(rest);
    if head.contains("quoted-printable") {
        let bytes = quoted_printable_decode(body);
        String::from_utf8_lossy(&bytes).into_owned()
    } else if head.contains("base64") {
        let cleaned: String = body.chars().filter(|c| !c.is_whitespace()).collect();
        String::from_utf8_lossy(&base64_decode(&cleaned)).into_owned()
    } else {
        body.to_string()
    }
}

fn quoted_printable_decode(body: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'=' if bytes.get(i + 1) == Some(&b'\r') && bytes.get(i + 2) == Some(&b'\n') => i += 3,
            b'=' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
                match u8::from_str_radix(hex, 16) {
                    Ok(b) => out.push(b),
                    Err(_) => out.extend_from_slice(&bytes[i..i + 3]),
                }
                i += 3;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

fn base64_decode(text: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::new();
    let mut buffer = 0u32;
    let mut bits = 0;
    for c in text.bytes().filter(|c| *c != b'=') {
        let Some(v) = ALPHABET.iter().position(|a| *a == c) else {
            continue;
        };
        buffer = (buffer << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
        }
    }
    out
}

/// The running server: its URL for `PORTAL_SMTP_URL`, and what it received.
#[derive(Clone)]
pub struct SmtpSink {
    pub url: String,
    received: Arc<Mutex<Vec<Received>>>,
}

impl SmtpSink {
    /// Starts the server on a free port.
    pub async fn start() -> SmtpSink {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind smtp");
        let url = format!("smtp://{}", listener.local_addr().expect("address"));
        let sink = SmtpSink {
            url,
            received: Arc::default(),
        };
        let inner = sink.clone();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let sink = inner.clone();
                tokio::spawn(async move { sink.session(socket).await });
            }
        });
        sink
    }

    /// Every message so far.
    pub fn received(&self) -> Vec<Received> {
        self.received.lock().expect("lock").clone()
    }

    /// Waits (up to ten seconds) until at least `n` messages have arrived, and returns them.
    pub async fn wait_for(&self, n: usize) -> Vec<Received> {
        for _ in 0..200 {
            let received = self.received();
            if received.len() >= n {
                return received;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let received = self.received();
        panic!("expected {n} mails, got {}", received.len());
    }

    async fn session(&self, socket: tokio::net::TcpStream) {
        // Replies go out at once, as a mail server's do (no waiting on Nagle's algorithm).
        let _ = socket.set_nodelay(true);
        let (read, mut write) = socket.into_split();
        let mut lines = BufReader::new(read).lines();
        let _ = write.write_all(b"220 test-sink ESMTP\r\n").await;
        let mut to = Vec::new();
        while let Ok(Some(line)) = lines.next_line().await {
            let command = line.to_ascii_uppercase();
            let reply: &[u8] = if command.starts_with("EHLO") || command.starts_with("HELO") {
                b"250-test-sink\r\n250 8BITMIME\r\n"
            } else if command.starts_with("MAIL FROM") {
                to.clear();
                b"250 OK\r\n"
            } else if command.starts_with("RCPT TO") {
                to.push(line[8..].trim().trim_matches(['<', '>', ':']).to_string());
                b"250 OK\r\n"
            } else if command == "DATA" {
                let _ = write.write_all(b"354 go ahead\r\n").await;
                let mut data = Vec::new();
                while let Ok(Some(line)) = lines.next_line().await {
                    if line == "." {
                        break;
                    }
                    // Dot-stuffing: a line that starts with a dot was sent with one more.
                    data.push(if line.starts_with("..") {
                        line[1..].to_string()
                    } else {
                        line
                    });
                }
                self.received.lock().expect("lock").push(Received {
                    to: to.clone(),
                    data: data.join("\r\n"),
                });
                b"250 queued\r\n"
            } else if command == "QUIT" {
                let _ = write.write_all(b"221 bye\r\n").await;
                return;
            } else if command == "RSET" || command == "NOOP" {
                b"250 OK\r\n"
            } else {
                b"502 not implemented\r\n"
            };
            if write.write_all(reply).await.is_err() {
                return;
            }
        }
    }
}
