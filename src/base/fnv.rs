//! FNV-1a, 64 bits: the one small, stable, dependency-free hash of the
//! crate, for the span index (many short pointer strings per document,
//! where SipHash costs more than the parse it indexes) and for SARIF
//! fingerprints (which must not change between versions).

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0100_0000_01b3;

/// The FNV-1a hasher.
#[derive(Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(OFFSET)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(PRIME);
        }
    }
}

/// The hash of `parts`, each followed by a 0 byte (so that `["ab", "c"]`
/// and `["a", "bc"]` differ).
pub(crate) fn hash_parts(parts: &[&str]) -> u64 {
    use std::hash::Hasher;
    let mut h = Fnv::default();
    for p in parts {
        h.write(p.as_bytes());
        h.write(&[0]);
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::Hasher;

    #[test]
    fn known_values() {
        // The FNV-1a test vectors.
        assert_eq!(Fnv::default().finish(), 0xcbf2_9ce4_8422_2325);
        let mut h = Fnv::default();
        h.write(b"a");
        assert_eq!(h.finish(), 0xaf63_dc4c_8601_ec8c);
        assert_ne!(hash_parts(&["ab", "c"]), hash_parts(&["a", "bc"]));
    }
}
