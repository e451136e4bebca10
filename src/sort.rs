//! One sort for the whole widget.
//!
//! Every `sort_by` with its own closure or element type compiles to its own copy of the standard
//! library's sort: 20+ copies were 75 KB of the wasm before optimisation (BENCHMARKS.md, issue 12).
//! Here positions are sorted by a comparator behind `dyn`, which is one copy for every caller, and
//! the items are then moved into that order. Stable: equal items keep their order.

use std::cmp::Ordering;

/// Sorts `items` by `cmp`, keeping equal items in their order.
pub fn sort_by<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let order = order(items.len(), &|a, b| cmp(&items[a], &items[b]));
    apply(items, order);
}

/// Sorts `items` by a key, keeping equal keys in their order.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// A map from pairs, filled one by one: `collect()` into a B-tree sorts first, with a sort of its
/// own for each key and value type.
pub fn map_from<K: Ord, V>(pairs: impl IntoIterator<Item = (K, V)>) -> std::collections::BTreeMap<K, V> {
    let mut map = std::collections::BTreeMap::new();
    for (k, v) in pairs {
        map.insert(k, v);
    }
    map
}

/// A set from items, filled one by one (see [`map_from`]).
pub fn set_from<T: Ord>(items: impl IntoIterator<Item = T>) -> std::collections::BTreeSet<T> {
    let mut set = std::collections::BTreeSet::new();
    for t in items {
        set.insert(t);
    }
    set
}

/// The positions `0..n` in the order `cmp` gives them, ties by position. The one sort instance.
pub fn order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<u32> {
    let mut positions: Vec<u32> = (0..n as u32).collect();
    positions.sort_unstable_by(|&a, &b| cmp(a as usize, b as usize).then(a.cmp(&b)));
    positions
}

/// Moves the items so that place `k` holds what was at `order[k]`, by swaps along the cycles.
fn apply<T>(items: &mut [T], order: Vec<u32>) {
    // Where each item has to go.
    let mut dest = vec![0u32; order.len()];
    for (k, &from) in order.iter().enumerate() {
        dest[from as usize] = k as u32;
    }
    for i in 0..items.len() {
        while dest[i] as usize != i {
            let d = dest[i] as usize;
            items.swap(i, d);
            dest.swap(i, d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_the_standard_library() {
        // A small generator, so the cases are many and the same each run.
        let mut seed = 7u64;
        let mut next = move || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as u32
        };
        for n in [0, 1, 2, 3, 10, 257, 1000] {
            let items: Vec<(u32, usize)> = (0..n).map(|i| (next() % 13, i)).collect();
            let mut ours = items.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std = items.clone();
            std.sort_by(|a, b| a.0.cmp(&b.0));
            assert_eq!(ours, std, "n = {n}");
        }
        let mut words = vec!["b".to_string(), "a".into(), "c".into(), "a".into()];
        sort(&mut words);
        assert_eq!(words, ["a", "a", "b", "c"]);
        let mut xs = [3.5, -1.0, 2.0];
        sort_by(&mut xs, f64::total_cmp);
        assert_eq!(xs, [-1.0, 2.0, 3.5]);
        sort_by_key(&mut xs, |x| std::cmp::Reverse((*x * 10.0) as i64));
        assert_eq!(xs, [3.5, 2.0, -1.0]);
    }
}
