//! The stylesheets keep the browser's restyling local: no property that does not inherit by
//! itself is taken from the parent with `inherit`. Such a keyword makes Chromium restyle every
//! child of an element whose style changes, so each frame of a drag restyled every marker (the
//! pane's transform): 100 elements a frame on the phone profile, against 2 without it.

/// Properties that inherit by themselves (CSS specifications), as far as our sheets name them.
const INHERITED: &[&str] = &[
    "color",
    "cursor",
    "direction",
    "font",
    "font-family",
    "font-size",
    "font-style",
    "font-variant",
    "font-weight",
    "letter-spacing",
    "line-height",
    "list-style",
    "quotes",
    "text-align",
    "text-indent",
    "text-shadow",
    "text-transform",
    "visibility",
    "white-space",
    "word-spacing",
];

/// `(property, line)` of each declaration whose value is `inherit`.
fn inherits(css: &str) -> Vec<(String, usize)> {
    let mut found = Vec::new();
    for (n, line) in css.lines().enumerate() {
        for decl in line.split([';', '{', '}']) {
            let Some((prop, value)) = decl.split_once(':') else { continue };
            let value = value.trim().trim_end_matches("!important").trim();
            if value == "inherit" {
                found.push((prop.trim().to_string(), n + 1));
            }
        }
    }
    found
}

#[test]
fn no_stylesheet_inherits_a_property_that_does_not_inherit() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("style");
    let mut wrong = Vec::new();
    let mut read = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "css") {
            read += 1;
            let css = std::fs::read_to_string(&path).unwrap();
            for (prop, line) in inherits(&css) {
                if !INHERITED.contains(&prop.as_str()) {
                    wrong.push(format!("{}:{line}: {prop}: inherit", path.display()));
                }
            }
        }
    }
    assert!(read >= 3, "the stylesheets were not found in {}", dir.display());
    assert!(wrong.is_empty(), "inherited by keyword, restyling every child:\n{}", wrong.join("\n"));
}

#[test]
fn the_reader_finds_inherit_where_it_is_written() {
    let css =
        ".a *, .a *::before { box-sizing: inherit; }\n.b { font: inherit; color: red; width: inherit !important }";
    let found = inherits(css);
    assert_eq!(found, vec![("box-sizing".into(), 1), ("font".into(), 2), ("width".into(), 2)]);
    // Selectors with colons are not declarations with a value of `inherit`.
    assert!(inherits("a:hover, b::before { color: blue }").is_empty());
}
