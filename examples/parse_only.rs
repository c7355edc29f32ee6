//! The floor for the comparison in `benches/compare.py`: read every YAML
//! file of a folder and parse it into a value tree with saphyr (the parser
//! dialogmote is built on), and nothing else. One thread.
//!
//! ```sh
//! cargo run --release --example parse_only -- DIR
//! ```

use saphyr::LoadableYamlNode;

fn main() {
    let dir = std::env::args().nth(1).expect("usage: parse_only DIR");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("a folder")
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    let (mut ok, mut failed) = (0, 0);
    for p in paths {
        let text = std::fs::read_to_string(&p).expect("UTF-8 text");
        match saphyr::Yaml::load_from_str(&text) {
            Ok(docs) => ok += usize::from(!docs.is_empty()),
            Err(_) => failed += 1,
        }
    }
    println!("{ok} parsed, {failed} failed");
}
