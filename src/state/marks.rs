//! The Merkliste: places a visitor marks, in the order marked. It lives only in the page URL
//! (`merk=id,id`), so a link shares it and nothing is stored on the device. Up to
//! [`MAX_COMPARED`] of them are compared side by side.

/// Marks a list keeps: enough for a visitor's shortlist, short enough for a link.
pub const MAX_MARKS: usize = 30;
/// Places compared side by side (three columns still fit a printed page and a phone scrolled).
pub const MAX_COMPARED: usize = 3;

/// What a toggle did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Toggled {
    Added,
    Removed,
    /// The list is full: nothing changed.
    Full,
}

/// Adds `id` to the end of `list`, or takes it out if it is there; a full list takes no more.
pub fn toggle(list: &mut Vec<String>, id: &str, max: usize) -> Toggled {
    if let Some(at) = list.iter().position(|x| x == id) {
        list.remove(at);
        Toggled::Removed
    } else if list.len() >= max {
        Toggled::Full
    } else {
        list.push(id.to_string());
        Toggled::Added
    }
}

/// A list as a link carries it: in order, each id once, empty ids dropped, at most [`MAX_MARKS`].
pub fn tidy(ids: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for id in ids {
        if !id.is_empty() && !out.contains(&id) && out.len() < MAX_MARKS {
            out.push(id);
        }
    }
    out
}

/// The marked places the data has, as indices in the order marked, and how many marks name a
/// place that is not (or no longer) in it. Those stay in the link: a file may still be on its way.
pub fn resolve(ids: &[String], places: &[crate::model::Place]) -> (Vec<usize>, usize) {
    let found: Vec<usize> = ids.iter().filter_map(|id| crate::model::index_of(places, id)).collect();
    let missing = ids.len() - found.len();
    (found, missing)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggling_keeps_the_order_of_marking() {
        let mut l = Vec::new();
        assert_eq!(toggle(&mut l, "b", 3), Toggled::Added);
        assert_eq!(toggle(&mut l, "a", 3), Toggled::Added);
        assert_eq!(toggle(&mut l, "c", 3), Toggled::Added);
        assert_eq!(l, ["b", "a", "c"]);
        assert_eq!(toggle(&mut l, "d", 3), Toggled::Full);
        assert_eq!(l, ["b", "a", "c"], "a full list is left as it was");
        assert_eq!(toggle(&mut l, "a", 3), Toggled::Removed);
        assert_eq!(l, ["b", "c"]);
        assert_eq!(toggle(&mut l, "d", 3), Toggled::Added);
        assert_eq!(l, ["b", "c", "d"]);
    }

    #[test]
    fn marks_resolve_to_places_in_the_order_marked() {
        use crate::model::{Category, parse_source};
        let feature = |id: &str| {
            format!(
                r#"{{"type":"Feature","geometry":{{"type":"Point","coordinates":[10.2,53.36]}},"properties":{{"id":"{id}","name":"{id}","category":"s"}}}}"#
            )
        };
        let text = format!(
            r#"{{"type":"FeatureCollection","features":[{},{},{}]}}"#,
            feature("a"),
            feature("b"),
            feature("c")
        );
        let places = parse_source(&text, &[Category::plain("s")]).places;
        let ids = ["c", "gone", "a"].map(String::from);
        assert_eq!(resolve(&ids, &places), (vec![2, 0], 1));
        assert_eq!(resolve(&[], &places), (vec![], 0));
    }

    #[test]
    fn a_link_is_tidied() {
        let many = (0..40).map(|i| format!("p{i}"));
        let ids = ["x", "", "y", "x"].map(String::from).into_iter().chain(many);
        let t = tidy(ids);
        assert_eq!(&t[..3], ["x", "y", "p0"]);
        assert_eq!(t.len(), MAX_MARKS);
    }
}
