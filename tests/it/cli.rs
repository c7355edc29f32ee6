//! CLI tests as data: `tests/cmd/*.toml` (args, stdin, expected stdout,
//! stderr and exit code), run by trycmd against the real binary.

#[test]
fn cli() {
    trycmd::TestCases::new().case("tests/cmd/*.toml");
}
