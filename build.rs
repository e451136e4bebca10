//! The German sentences are compiled into the widget's first download (every other language is
//! fetched when chosen). Two forms, both without the comments Fluent ignores:
//! - `de.ftl`: every message (the editors' checker and check page, native builds);
//! - `de-visitor.ftl`: without the editors' problem messages (`p-…`), for the widget's split
//!   build; it fetches `locales/de.ftl` when a host asks for the editors' notices.

fn main() {
    let source = "locales/de.ftl";
    println!("cargo::rerun-if-changed={source}");
    let text = std::fs::read_to_string(source).expect("locales/de.ftl");
    // A Fluent comment starts with `#` in the first column; a message's text never does, and a
    // message's further lines are indented.
    let kept: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
    let mut visitor = Vec::new();
    let mut in_problem = false;
    for line in &kept {
        if !line.starts_with([' ', '\t']) && !line.is_empty() {
            in_problem = line.starts_with("p-");
        }
        if !in_problem {
            visitor.push(*line);
        }
    }
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out.join("de.ftl"), kept.join("\n") + "\n").expect("write de.ftl");
    std::fs::write(out.join("de-visitor.ftl"), visitor.join("\n") + "\n").expect("write de-visitor.ftl");
}
