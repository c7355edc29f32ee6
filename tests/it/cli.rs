//! CLI tests as data: `tests/cmd/*.toml` (args, stdin, expected stdout,
//! stderr and exit code), run by trycmd against the real binary.

#[test]
fn cli() {
    trycmd::TestCases::new().case(crate::common::root().join("tests/cmd/*.toml"));
}
