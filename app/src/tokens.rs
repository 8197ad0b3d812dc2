//! Secrets and readable codes, made one way everywhere: random tokens from the operating
//! system's generator, SHA-256 digests in hex (what the portal keeps of what it must recognise
//! but never read back), and short codes people read aloud or type from paper.

use rand::{Rng, TryRngCore};
use sha2::{Digest, Sha256};

/// Letters of codes people type from paper or read aloud: no 0/O, 1/I/L.
pub const READABLE: &[u8; 31] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/// 32 bytes from the operating system's random source, as 64 hex digits: session tokens,
/// unsubscribe links, a budget's ballot key.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.unwrap_err().fill(&mut bytes);
    hex::encode(bytes)
}

/// The SHA-256 of `bytes` as 64 lower-case hex digits.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// A code of `groups` groups of `len` letters from [`READABLE`], drawn from the operating
/// system's random source, joined by dashes after `prefix` (for instance `HV-` or `MB-`).
pub fn readable_code(prefix: &str, groups: usize, len: usize) -> String {
    let mut rng = rand::rngs::OsRng.unwrap_err();
    let parts: Vec<String> = (0..groups)
        .map(|_| {
            (0..len)
                .map(|_| char::from(READABLE[rng.random_range(0..READABLE.len())]))
                .collect()
        })
        .collect();
    format!("{prefix}{}", parts.join("-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_and_codes_are_fresh_and_readable() {
        let token = random_token();
        assert_eq!(token.len(), 64);
        assert_ne!(token, random_token());
        let code = readable_code("MB-", 2, 4);
        assert_eq!(code.len(), 12);
        assert!(code[3..]
            .chars()
            .all(|c| c == '-' || READABLE.contains(&(c as u8))));
        assert_ne!(readable_code("", 2, 5), readable_code("", 2, 5));
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
