//! What a text must contain for a `matches` to match at all: for each
//! pattern, a few classes of characters that every match of that pattern
//! contains a character of (DM802's need a capital letter and a digit, for
//! example). Computed once from the patterns' syntax trees, as bits of
//! one [`Table`] for the whole catalogue; each text of a document is
//! scanned once by it (while the rules' tree is built), so most texts never
//! reach the regular expressions of any pattern.
//!
//! It is a necessary condition only: when it says a text may match, the
//! expressions decide. When it says no, no pattern can match (see
//! [`required`] for why).

use regex_syntax::hir::{Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind};

/// The classes kept per pattern: the smallest, which are the rarest.
const PER_PATTERN: usize = 3;
/// A class of more characters than this says little (`\w`, `[^,]`).
const MAX_CLASS: u32 = 4096;
/// Classes in one table (bits of a mask).
const MAX_CLASSES: usize = 64;

/// The classes of all `matches` of a catalogue, as they are registered
/// while its rules are compiled: a class's index is its bit in [`Facts`].
pub(crate) type Registry = std::cell::RefCell<Vec<ClassUnicode>>;

/// What a text holds, by one pass over it: the classes of a [`Table`] it
/// has a character of, and its decimal digits of any script (an identity
/// number needs 11, and DM801 reads `１` and `١` as `1`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Facts {
    pub mask: u64,
    pub digits: u32,
}

impl Facts {
    /// What any of two texts holds: the classes of either, the digits of
    /// the one with more. A detector that can find nothing in the union of
    /// many texts' facts finds nothing in any of them.
    pub(crate) fn union(self, other: Facts) -> Facts {
        Facts {
            mask: self.mask | other.mask,
            digits: self.digits.max(other.digits),
        }
    }
}

/// Which classes each character is in, for [`Table::scan`].
#[derive(Debug, Clone)]
pub(crate) struct Table {
    /// Per ASCII character, the classes that hold it.
    ascii: Box<[u64; 128]>,
    /// Per character of two UTF-8 bytes (U+0080 to U+07FF: `æøå`, accented
    /// Latin letters), the classes that hold it.
    two: Box<[u64]>,
    /// The classes with characters of three or four UTF-8 bytes, with those
    /// ranges.
    wide: Vec<(u64, Vec<(char, char)>)>,
}

impl Table {
    /// The table of `classes` (at most 64; those after are left out).
    pub(crate) fn new(classes: &[ClassUnicode]) -> Table {
        let mut ascii = Box::new([0u64; 128]);
        let mut two = vec![0u64; 0x800 - 0x80].into_boxed_slice();
        let mut wide = Vec::new();
        for (i, c) in classes.iter().take(MAX_CLASSES).enumerate() {
            let bit = 1u64 << i;
            let mut ranges = Vec::new();
            for r in c.ranges() {
                let (a, b) = (u32::from(r.start()), u32::from(r.end()));
                for ch in a..=b.min(0x7F) {
                    ascii[ch as usize] |= bit;
                }
                for ch in a.max(0x80)..=b.min(0x7FF) {
                    two[(ch - 0x80) as usize] |= bit;
                }
                if b > 0x7FF {
                    ranges.push((r.start().max('\u{800}'), r.end()));
                }
            }
            if !ranges.is_empty() {
                wide.push((bit, ranges));
            }
        }
        Table { ascii, two, wide }
    }

    /// The classes `text` has a character of, and its decimal digits (of
    /// any script: the count is a necessary condition for DM801, which
    /// reads them all).
    pub(crate) fn scan(&self, text: &str) -> Facts {
        let bytes = text.as_bytes();
        if bytes.is_ascii() {
            // Most texts: one table lookup a byte, without branches.
            let (mut mask, mut digits) = (0u64, 0u32);
            for &b in bytes {
                mask |= self.ascii[usize::from(b & 0x7F)];
                digits += u32::from(b.is_ascii_digit());
            }
            return Facts { mask, digits };
        }
        let mut mask = 0u64;
        let mut digits = 0u32;
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if b < 0x80 {
                mask |= self.ascii[usize::from(b)];
                digits += u32::from(b.is_ascii_digit());
                i += 1;
            } else if b < 0xE0 {
                // Two bytes (`text` is UTF-8): `110xxxxx 10yyyyyy`.
                let next = bytes.get(i + 1).copied().unwrap_or(0x80);
                let code = (usize::from(b & 0x1F) << 6) | usize::from(next & 0x3F);
                mask |= self.two.get(code.wrapping_sub(0x80)).copied().unwrap_or(0);
                // The digits of two bytes: Arabic-Indic, extended, NKo.
                digits += u32::from(matches!(code, 0x660..=0x669 | 0x6F0..=0x6F9 | 0x7C0..=0x7C9));
                i += 2;
            } else {
                let Some(ch) = text.get(i..).and_then(|s| s.chars().next()) else {
                    break;
                };
                for (bit, ranges) in &self.wide {
                    if mask & bit == 0 && contains(ranges, ch) {
                        mask |= bit;
                    }
                }
                digits += u32::from(super::national_id::digit_value(ch).is_some());
                i += ch.len_utf8();
            }
        }
        Facts { mask, digits }
    }
}

/// The required classes of a set of patterns, as bits of the catalogue's
/// [`Table`] (its [`Registry`]).
#[derive(Debug, Clone)]
pub(crate) struct Required {
    /// Per pattern, the classes it needs all of.
    patterns: Vec<u64>,
}

impl Required {
    /// The required classes of `hirs`, registered in `registry`; `None`
    /// when some pattern needs nothing that can be tested, or the registry
    /// is full (then every text may match).
    pub(crate) fn of(hirs: &[Hir], registry: &Registry) -> Option<Required> {
        let mut patterns = Vec::with_capacity(hirs.len());
        for hir in hirs {
            let mut own: Vec<ClassUnicode> = required(hir)
                .into_iter()
                .filter(|c| size(c) <= MAX_CLASS)
                .collect();
            own.sort_by_key(size);
            own.dedup();
            own.truncate(PER_PATTERN);
            if own.is_empty() {
                return None;
            }
            let mut mask = 0u64;
            for c in own {
                mask |= bit_of(&mut registry.borrow_mut(), &c)?;
            }
            patterns.push(mask);
        }
        Some(Required { patterns })
    }

    /// Whether some pattern may match a text whose [`Facts`] (by the
    /// catalogue's table) are `facts`: it has a character of each of that
    /// pattern's classes.
    pub(crate) fn may_match(&self, facts: &Facts) -> bool {
        // A pattern none of whose classes is missing.
        self.patterns.iter().any(|&m| m & !facts.mask == 0)
    }
}

/// The bit of `class` in `classes`, added when new; `None` when all 64
/// are taken.
fn bit_of(classes: &mut Vec<ClassUnicode>, class: &ClassUnicode) -> Option<u64> {
    let i = match classes.iter().position(|k| k == class) {
        Some(i) => i,
        None if classes.len() < MAX_CLASSES => {
            classes.push(class.clone());
            classes.len() - 1
        }
        None => return None,
    };
    Some(1 << i)
}

fn contains(ranges: &[(char, char)], ch: char) -> bool {
    ranges
        .binary_search_by(|&(a, b)| {
            if b < ch {
                std::cmp::Ordering::Less
            } else if a > ch {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// The number of characters in `c`.
fn size(c: &ClassUnicode) -> u32 {
    c.ranges()
        .iter()
        .map(|r| u32::from(r.end()) - u32::from(r.start()) + 1)
        .sum()
}

/// Classes such that every match of `hir` contains a character of each.
///
/// - A literal needs its characters, a class itself.
/// - A concatenation needs what each of its parts needs, a repetition of
///   at least one what its part needs, a group what is inside.
/// - An alternation needs, of each branch, one of that branch's classes:
///   whichever branch matched, the match holds a character of their union.
///   A branch that needs nothing makes the alternation need nothing.
/// - An assertion (`\b`, `^`) and an empty match need nothing.
pub(crate) fn required(hir: &Hir) -> Vec<ClassUnicode> {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Vec::new(),
        HirKind::Literal(lit) => match std::str::from_utf8(&lit.0) {
            Ok(s) => s
                .chars()
                .map(|c| ClassUnicode::new([ClassUnicodeRange::new(c, c)]))
                .collect(),
            Err(_) => Vec::new(),
        },
        HirKind::Class(Class::Unicode(c)) => vec![c.clone()],
        HirKind::Class(Class::Bytes(c)) => c.to_unicode_class().into_iter().collect(),
        HirKind::Repetition(r) if r.min >= 1 => required(&r.sub),
        HirKind::Repetition(_) => Vec::new(),
        HirKind::Capture(c) => required(&c.sub),
        HirKind::Concat(parts) => parts.iter().flat_map(required).collect(),
        HirKind::Alternation(branches) => {
            let mut union = ClassUnicode::empty();
            for b in branches {
                let Some(smallest) = required(b).into_iter().min_by_key(size) else {
                    return Vec::new();
                };
                union.union(&smallest);
            }
            vec![union]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The filter of `patterns` alone, as a catalogue of them would have it.
    struct Filter(Required, Table);

    impl Filter {
        fn may_match(&self, text: &str) -> bool {
            self.0.may_match(&self.1.scan(text))
        }
    }

    fn of(patterns: &[&str]) -> Option<Filter> {
        let hirs: Vec<Hir> = patterns
            .iter()
            .map(|p| regex_syntax::Parser::new().parse(p).unwrap())
            .collect();
        let registry = Registry::default();
        let required = Required::of(&hirs, &registry)?;
        Some(Filter(required, Table::new(&registry.borrow())))
    }

    #[test]
    fn a_text_without_a_needed_class_cannot_match() {
        let r = of(&[r"(?-u:\b)[A-Z]\d{2}\.\d{1,2}(?-u:\b)"]).unwrap();
        assert!(r.may_match("F32.1"));
        assert!(r.may_match("Møterom F.32"), "a may, not a match");
        assert!(!r.may_match("F32 på møterom"), "no dot");
        assert!(!r.may_match("f32.1"), "no capital letter");
        // A digit outside ASCII counts as a digit.
        assert!(r.may_match("F\u{0663}\u{0663}.\u{0663}"));
    }

    /// The digit count is DM801's skip: it counts the digits of every
    /// script DM801 reads, and nothing a reader cannot see takes one away.
    #[test]
    fn digits_of_every_script_are_counted() {
        let t = Table::new(&[]);
        let count = |s: &str| t.scan(s).digits;
        assert_eq!(count("fnr 150585 00027"), 11);
        assert_eq!(count("\u{FF11}\u{FF15}\u{FF10}"), 3, "full-width");
        assert_eq!(
            count("\u{661}\u{6F5}\u{7C0}"),
            3,
            "Arabic-Indic, extended, NKo"
        );
        assert_eq!(count("\u{1D7CF}\u{1D7D3}"), 2, "mathematical");
        assert_eq!(count("1\u{200B}2\u{AD}3\u{2060}4\u{A0}5"), 5);
        assert_eq!(count("Ⅻ ½ ²"), 0, "numbers that are no decimal digits");
    }

    #[test]
    fn a_pattern_that_needs_nothing_turns_the_filter_off() {
        assert!(of(&["a", "b*"]).is_none());
        assert!(of(&[r"\w+"]).is_none(), "too wide a class");
        assert!(of(&[r"(?:x|\b)"]).is_none(), "a branch that needs nothing");
    }

    #[test]
    fn an_alternation_needs_one_of_its_branches() {
        let r = of(&["(?i:diagnose|icd)"]).unwrap();
        assert!(r.may_match("ICD"));
        assert!(r.may_match("Diagnose"));
        assert!(!r.may_match("kart"));
    }

    /// The patterns of the built-in rules, for the property below.
    fn builtin_patterns() -> Vec<String> {
        let mut out = Vec::new();
        for (_, text) in super::super::BUILTIN_RULE_FILES {
            for line in text.lines() {
                let line = line.trim().trim_start_matches("- ");
                let line = line.strip_prefix("regex: ").unwrap_or(line);
                if let Some(p) = line.strip_prefix('\'').and_then(|l| l.strip_suffix('\''))
                    && regex_syntax::Parser::new().parse(p).is_ok()
                {
                    out.push(p.replace("''", "'"));
                }
            }
        }
        assert!(out.len() >= 5, "the built-in patterns were found");
        out
    }

    /// Texts made of the words and signs the built-in patterns look for.
    fn texts() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("diagnose"),
            Just("Hoveddiagnose"),
            Just("ICD-10"),
            Just("icpc-2"),
            Just("dx"),
            Just("kode"),
            Just("er"),
            Just("F32"),
            Just("F32.1"),
            Just("P76"),
            Just("Z99.9"),
            Just("rom"),
            Just("møterom"),
            Just(":"),
            Just(" "),
            Just(" "),
            Just("."),
            Just(","),
            Just("("),
            Just(")"),
            Just("-"),
            Just("ø"),
            Just("\u{0663}"),
            Just("7"),
            Just("A"),
            Just("q"),
        ];
        prop::collection::vec(piece, 0..12).prop_map(|v| v.concat())
    }

    proptest! {
        /// Whenever a pattern matches, the filter lets the text through.
        #[test]
        fn never_stops_a_text_that_matches(text in texts(), pick in 0usize..64) {
            let patterns = builtin_patterns();
            let p = &patterns[pick % patterns.len()];
            let r = of(&[p.as_str()]);
            let re = regex::Regex::new(p).unwrap();
            if re.is_match(&text) {
                prop_assert!(r.is_none_or(|r| r.may_match(&text)), "{p} on {text:?}");
            }
        }
    }
}
