//! Writes a corpus of realistic minutes for benchmarks and comparisons.
//!
//! ```sh
//! cargo run --release --example gen_corpus -- --count 1000 --out target/corpus [--seed 1] [--actions N] [--json]
//! ```
//!
//! Deterministic for a seed. `--actions N` writes documents with N actions
//! each and no defects (for scaling). `--json` writes the same documents as
//! JSON (`referat-NNNNN.json`), for tools whose YAML loader reads dates as
//! timestamps rather than strings (ajv-cli).

#[path = "../benches/corpus/mod.rs"]
mod corpus;

fn main() {
    let mut count = 1000usize;
    let mut out = std::path::PathBuf::from("target/corpus");
    let mut seed = 1u64;
    let mut actions: Option<usize> = None;
    let mut json = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || {
            args.next()
                .unwrap_or_else(|| usage(&format!("{a} needs a value")))
        };
        match a.as_str() {
            "--count" => {
                count = value()
                    .parse()
                    .unwrap_or_else(|_| usage("--count takes a number"))
            }
            "--out" => out = value().into(),
            "--json" => json = true,
            "--seed" => {
                seed = value()
                    .parse()
                    .unwrap_or_else(|_| usage("--seed takes a number"))
            }
            "--actions" => {
                actions = Some(
                    value()
                        .parse()
                        .unwrap_or_else(|_| usage("--actions takes a number")),
                )
            }
            _ => usage(&format!("unknown argument {a}")),
        }
    }
    std::fs::create_dir_all(&out)
        .unwrap_or_else(|e| usage(&format!("cannot create {}: {e}", out.display())));
    let docs = match actions {
        None => corpus::corpus(seed, count),
        Some(n) => {
            let mut r = corpus::Rng::new(seed);
            (0..count)
                .map(|i| {
                    (
                        format!("referat-{i:05}.yaml"),
                        corpus::document(&mut r, n, None),
                    )
                })
                .collect()
        }
    };
    let docs: Vec<(String, String)> = if json {
        docs.into_iter()
            .map(|(name, text)| to_json(name, &text))
            .collect()
    } else {
        docs
    };
    let mut bytes = 0;
    for (name, text) in &docs {
        bytes += text.len();
        std::fs::write(out.join(name), text)
            .unwrap_or_else(|e| usage(&format!("cannot write: {e}")));
    }
    eprintln!(
        "wrote {} documents ({} bytes on average) to {}",
        docs.len(),
        bytes / docs.len().max(1),
        out.display()
    );
}

/// The document as JSON, loaded as dialogmote loads it (YAML 1.2: a date is a string).
fn to_json(name: String, text: &str) -> (String, String) {
    let doc = dialogmote::Source::from_str(name.as_str(), text)
        .with_kind(dialogmote::SourceKind::Yaml)
        .load(&dialogmote::Limits::default())
        .unwrap_or_else(|| usage(&format!("{name} is not valid YAML")));
    let json = serde_json::to_string_pretty(doc.value()).expect("a value tree is JSON");
    (name.replace(".yaml", ".json"), json + "\n")
}

fn usage(msg: &str) -> ! {
    eprintln!(
        "gen_corpus: {msg}\nusage: gen_corpus --count N --out DIR [--seed S] [--actions N] [--json]"
    );
    std::process::exit(2)
}
