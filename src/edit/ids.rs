//! An id made from a place's name, as editors would write it by hand: `bbs-winsen`.

/// The longest id made from a name (a suffix for uniqueness may come on top): long enough for
/// "Berufsbildende Schulen Winsen", short enough to read in a link.
const MAX: usize = 48;

/// An id from a name: lower case, ä→ae ö→oe ü→ue ß→ss, other letters' accents dropped, runs of
/// anything else → one '-', trimmed, at most 48 chars at a word boundary; "ort" if nothing is
/// left; made unique with -2, -3, … while `taken` says yes.
pub fn make_id(name: &str, taken: impl Fn(&str) -> bool) -> String {
    let mut id = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        match plain(c) {
            Some(letters) => id.push_str(letters),
            None if c.is_ascii_alphanumeric() => id.push(c),
            // Combining accents (a name typed or pasted decomposed, `e` + `◌́`) are dropped too.
            None if ('\u{300}'..='\u{36f}').contains(&c) => {}
            None if !id.ends_with('-') => id.push('-'),
            None => {}
        }
    }
    let mut id = id.trim_matches('-');
    if id.len() > MAX {
        // Cut at a word: the part after the last dash in the first MAX is a word cut short.
        let whole = id.as_bytes()[MAX] == b'-';
        id = if whole { &id[..MAX] } else { id[..MAX].rsplit_once('-').map_or(&id[..MAX], |(words, _)| words) };
    }
    let base = if id.is_empty() { "ort" } else { id };
    (1..)
        .map(|n| if n == 1 { base.to_string() } else { format!("{base}-{n}") })
        .find(|candidate| !taken(candidate))
        .expect("some number is free")
}

/// The ASCII letters a lower-case letter is written with in an id; `None` for ASCII and for
/// what is not a Latin letter.
fn plain(c: char) -> Option<&'static str> {
    const GROUPS: &[(&str, &str)] = &[
        ("ä", "ae"),
        ("ö", "oe"),
        ("ü", "ue"),
        ("ß", "ss"),
        ("æ", "ae"),
        ("œ", "oe"),
        ("þ", "th"),
        ("àáâãåāăą", "a"),
        ("çćĉċč", "c"),
        ("ďđð", "d"),
        ("èéêëēĕėęě", "e"),
        ("ĝğġģ", "g"),
        ("ĥħ", "h"),
        ("ìíîïĩīĭįı", "i"),
        ("ĵ", "j"),
        ("ķ", "k"),
        ("ĺļľŀł", "l"),
        ("ñńņňŉ", "n"),
        ("òóôõøōŏő", "o"),
        ("ŕŗř", "r"),
        ("śŝşšș", "s"),
        ("ţťŧț", "t"),
        ("ùúûũūŭůűų", "u"),
        ("ŵ", "w"),
        ("ýÿŷ", "y"),
        ("źżž", "z"),
    ];
    GROUPS.iter().find(|(letters, _)| letters.contains(c)).map(|(_, plain)| *plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn free(name: &str) -> String {
        make_id(name, |_| false)
    }

    #[test]
    fn names_become_ids() {
        assert_eq!(free("Berufsbildende Schulen Winsen (Luhe)"), "berufsbildende-schulen-winsen-luhe");
        assert_eq!(free("Jugendwerkstatt „Chancen schaffen“"), "jugendwerkstatt-chancen-schaffen");
        assert_eq!(free("Bäckerei Müller & Söhne GmbH"), "baeckerei-mueller-soehne-gmbh");
        assert_eq!(free("ÄÖÜ Straße ẞ"), "aeoeue-strasse-ss");
        assert_eq!(free("Café Crème, Łódź – Señora Ørsted"), "cafe-creme-lodz-senora-orsted");
        assert_eq!(free("  --Kita 7--  "), "kita-7");
        assert_eq!(free("Cafe\u{301} Me\u{301}lange"), "cafe-melange");
    }

    #[test]
    fn nothing_left_is_ort() {
        assert_eq!(free(""), "ort");
        assert_eq!(free("–  ?!"), "ort");
        assert_eq!(free("Школа"), "ort");
    }

    #[test]
    fn long_names_are_cut_at_a_word() {
        let long = "Gemeinsame Beratungsstelle für Ausbildung und Studium im Landkreis Harburg";
        let id = free(long);
        assert_eq!(id, "gemeinsame-beratungsstelle-fuer-ausbildung-und");
        assert!(id.len() <= MAX);
        // A dash right at the cut: the word before it is whole.
        let exact = format!("{} {}", "a".repeat(MAX), "b");
        assert_eq!(free(&exact), "a".repeat(MAX));
        // One word longer than the limit is cut where it must be.
        assert_eq!(free(&"x".repeat(60)), "x".repeat(MAX));
        assert_eq!(free(&format!("ab {}", "y".repeat(60))), "ab");
    }

    #[test]
    fn taken_ids_get_a_number() {
        let taken = ["kita-sonne", "kita-sonne-2", "ort"];
        assert_eq!(make_id("Kita Sonne", |id| taken.contains(&id)), "kita-sonne-3");
        assert_eq!(make_id("Kita Mond", |id| taken.contains(&id)), "kita-mond");
        assert_eq!(make_id("", |id| taken.contains(&id)), "ort-2");
    }
}
