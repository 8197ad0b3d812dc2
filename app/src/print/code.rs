//! A dialogue's short code: five characters that staff can read aloud, type from a paper form
//! and print under a QR code, derived from the dialogue's id, so nothing is stored and a code
//! never changes. The id is scrambled by a fixed permutation of the code space, so neighbouring
//! dialogues get unrelated codes and a typing error almost always gives a code no dialogue has.

/// The symbols: digits and capitals without 0, 1, I, L and O, which are read as each other.
const ALPHABET: &[u8; 31] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const LENGTH: u32 = 5;
/// 31^5: the number of codes.
const SPACE: i64 = 28_629_151;
/// Any multiplier not divisible by 31 permutes the space; this one scatters well.
const MULTIPLIER: i64 = 7_368_787;
const OFFSET: i64 = 12_345_678;

/// The short code of dialogue `id`.
pub fn encode(id: i32) -> String {
    let mut n = (i64::from(id) * MULTIPLIER + OFFSET).rem_euclid(SPACE);
    let mut out = [b'2'; LENGTH as usize];
    for slot in out.iter_mut().rev() {
        let digit = usize::try_from(n % 31).unwrap_or(0);
        *slot = ALPHABET[digit];
        n /= 31;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The dialogue id a code stands for, whatever its case and spacing; `None` when it is not a
/// code at all.
pub fn decode(code: &str) -> Option<i32> {
    let symbols: Vec<char> = code
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if symbols.len() != LENGTH as usize {
        return None;
    }
    let mut n: i64 = 0;
    for c in symbols {
        let digit = ALPHABET.iter().position(|a| char::from(*a) == c)?;
        n = n * 31 + i64::try_from(digit).ok()?;
    }
    let id = ((n - OFFSET).rem_euclid(SPACE) * inverse(MULTIPLIER, SPACE)).rem_euclid(SPACE);
    i32::try_from(id).ok()
}

/// The inverse of `a` modulo `m` (they are coprime), by the extended Euclidean algorithm.
fn inverse(a: i64, m: i64) -> i64 {
    let (mut old_r, mut r) = (a, m);
    let (mut old_s, mut s) = (1_i64, 0_i64);
    while r != 0 {
        let q = old_r / r;
        (old_r, r) = (r, old_r - q * r);
        (old_s, s) = (s, old_s - q * s);
    }
    old_s.rem_euclid(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_reads_back_as_its_dialogue_and_neighbours_look_unrelated() {
        for id in (1..5_000).chain([1_000_000, 28_000_000]) {
            let code = encode(id);
            assert_eq!(code.len(), 5);
            assert_eq!(decode(&code), Some(id), "{code}");
            assert_eq!(decode(&code.to_lowercase()), Some(id));
        }
        assert_ne!(encode(1)[..3], encode(2)[..3]);
    }

    #[test]
    fn what_is_not_a_code_is_refused() {
        assert_eq!(decode(""), None);
        assert_eq!(decode("ABC"), None);
        assert_eq!(decode("ABCDEF"), None);
        // 0 and O are not symbols: a code with them was mistyped.
        assert_eq!(decode("A0BCD"), None);
    }
}
