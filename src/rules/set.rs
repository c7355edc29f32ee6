//! The patterns of one `matches`, compiled together: which of them match a
//! text. It is only asked which patterns to try; each pattern's own
//! expression (compiled when a text first matches it) finds the match.
//!
//! A set needs only to search forward, so it is one forward automaton,
//! searched by a lazy DFA, with the PikeVM where the lazy DFA gives up (a
//! Unicode word boundary in a non-ASCII text, a cache cleared too often).
//! `regex_automata`'s `meta::Regex` would also compile a reverse automaton,
//! which a set never uses: for DM802's patterns that was half of the time
//! building the linter spent on regular expressions.

use regex_automata::hybrid::dfa::{Cache as DfaCache, DFA};
use regex_automata::nfa::thompson::pikevm::{Cache as VmCache, PikeVM};
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::{Input, MatchKind, PatternSet};
use regex_syntax::hir::Hir;

/// One search's scratch space, kept between searches.
type Caches = (DfaCache, VmCache);

/// The lazy DFA's cache, per thread searching: a text that needs more
/// states than fit is searched by the PikeVM instead.
const CACHE_CAPACITY: usize = 2 << 20;

/// A set of patterns (see the module's documentation).
pub(crate) struct Set {
    dfa: DFA,
    vm: PikeVM,
    /// What the automaton takes, in bytes.
    nfa_bytes: usize,
    /// Scratch spaces not in use: one per thread searching at once, at
    /// most. Taken out for a search (the lock is held only to take and
    /// to give back) and made when there is none.
    caches: std::sync::Mutex<Vec<Caches>>,
}

impl std::fmt::Debug for Set {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Set")
            .field("patterns", &self.pattern_len())
            .field("nfa_bytes", &self.nfa_bytes)
            .finish_non_exhaustive()
    }
}

/// Why a set could not be built: it would take more than the size limit.
#[derive(Debug)]
pub(crate) struct TooLarge;

impl Set {
    /// Compiles `hirs` (parsed with UTF-8 required) into one set; each
    /// automaton may take at most `size_limit` bytes.
    pub(crate) fn new(hirs: &[Hir], size_limit: usize) -> Result<Set, TooLarge> {
        let nfa = thompson::Compiler::new()
            .configure(
                thompson::Config::new()
                    .which_captures(WhichCaptures::None)
                    .nfa_size_limit(Some(size_limit)),
            )
            .build_many_from_hir(hirs)
            .map_err(|_| TooLarge)?;
        let nfa_bytes = nfa.memory_usage();
        let dfa = DFA::builder()
            .configure(
                DFA::config()
                    // Every pattern that matches, not only the first.
                    .match_kind(MatchKind::All)
                    // A Unicode `\b` makes the DFA give up on non-ASCII
                    // text, rather than refuse to build.
                    .unicode_word_boundary(true)
                    .cache_capacity(CACHE_CAPACITY)
                    // When the cache is cleared again and again, the
                    // PikeVM is faster: give up then (as `regex` does).
                    .minimum_cache_clear_count(Some(3))
                    .minimum_bytes_per_state(Some(10)),
            )
            .build_from_nfa(nfa.clone())
            .map_err(|_| TooLarge)?;
        let vm = PikeVM::builder()
            .configure(PikeVM::config().match_kind(MatchKind::All))
            .build_from_nfa(nfa)
            .map_err(|_| TooLarge)?;
        Ok(Set {
            dfa,
            vm,
            nfa_bytes,
            caches: std::sync::Mutex::new(Vec::new()),
        })
    }

    /// The bytes the compiled automaton takes.
    pub(crate) fn memory_usage(&self) -> usize {
        self.nfa_bytes
    }

    /// How many patterns the set has.
    pub(crate) fn pattern_len(&self) -> usize {
        self.vm.get_nfa().pattern_len()
    }

    /// Runs `search` with a scratch space of this set's.
    fn with_caches<T>(&self, search: impl FnOnce(&mut DfaCache, &mut VmCache) -> T) -> T {
        // A poisoned lock only means a search panicked: the list is fine.
        let taken = self
            .caches
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .pop();
        let mut caches = taken.unwrap_or_else(|| (self.dfa.create_cache(), self.vm.create_cache()));
        let out = search(&mut caches.0, &mut caches.1);
        self.caches
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(caches);
        out
    }

    /// Whether any pattern matches `text`.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        let input = Input::new(text).earliest(true);
        self.with_caches(
            |dfa_cache, vm_cache| match self.dfa.try_search_fwd(dfa_cache, &input) {
                Ok(found) => found.is_some(),
                Err(_) => self.vm.is_match(vm_cache, input.clone()),
            },
        )
    }

    /// Which patterns match `text`, added to `out`.
    pub(crate) fn which(&self, text: &str, out: &mut PatternSet) {
        let input = Input::new(text);
        self.with_caches(|dfa_cache, vm_cache| {
            if self
                .dfa
                .try_which_overlapping_matches(dfa_cache, &input, out)
                .is_err()
            {
                self.vm.which_overlapping_matches(vm_cache, &input, out);
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(patterns: &[&str]) -> Set {
        let config = regex_automata::util::syntax::Config::new().utf8(true);
        let hirs: Vec<Hir> = patterns
            .iter()
            .map(|p| regex_automata::util::syntax::parse_with(p, &config).unwrap())
            .collect();
        Set::new(&hirs, 4 << 20).unwrap()
    }

    fn which(s: &Set, text: &str) -> Vec<usize> {
        let mut out = PatternSet::new(s.pattern_len());
        s.which(text, &mut out);
        out.iter().map(|p| p.as_usize()).collect()
    }

    #[test]
    fn every_matching_pattern_is_named() {
        let s = set(&[r"F\d{2}", r"diagnose", r"(?i)DIAG"]);
        assert!(s.is_match("en diagnose"));
        assert!(!s.is_match("ingen funn"));
        assert_eq!(which(&s, "diagnose F32"), [0, 1, 2]);
        assert_eq!(which(&s, "Diagnose"), [2]);
        assert_eq!(which(&s, "ingen"), Vec::<usize>::new());
    }

    /// A Unicode word boundary makes the lazy DFA give up on non-ASCII
    /// text; the PikeVM answers then, the same as `regex`.
    #[test]
    fn a_unicode_word_boundary_in_non_ascii_text_is_still_answered() {
        let s = set(&[r"\bkår\b", r"\bår\b"]);
        for text in ["en kår her", "i år", "påår", "kåre", "år"] {
            let want: Vec<usize> = [r"\bkår\b", r"\bår\b"]
                .iter()
                .enumerate()
                .filter(|(_, p)| regex::Regex::new(p).unwrap().is_match(text))
                .map(|(i, _)| i)
                .collect();
            assert_eq!(which(&s, text), want, "{text}");
            assert_eq!(s.is_match(text), !want.is_empty(), "{text}");
        }
    }

    #[test]
    fn a_set_over_the_size_limit_is_refused() {
        let config = regex_automata::util::syntax::Config::new().utf8(true);
        let hir = regex_automata::util::syntax::parse_with(r"\w{200}", &config).unwrap();
        assert!(Set::new(&[hir], 100_000).is_err());
    }

    #[test]
    fn a_set_is_shared_between_threads() {
        fn shared<T: Send + Sync>() {}
        shared::<Set>();
        let s = set(&[r"\d{11}"]);
        std::thread::scope(|scope| {
            for _ in 0..4 {
                scope.spawn(|| assert!(s.is_match("nr 01019012345")));
            }
        });
    }
}
