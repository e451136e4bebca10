//! What the map draws for a view when it clusters: the clusters (with where activating one goes)
//! and the single points, in reading order. The marker layer only maps indices to places.

use super::ClusterIndex;
use crate::geo::{Bounds, LonLat};

/// A cluster as the map shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct PlannedCluster {
    /// Stable while the level and the cluster's first point stay: (level, first point).
    pub key: (usize, u32),
    pub at: LonLat,
    pub count: u32,
    /// Categories with their number of points, largest first.
    pub mix: Vec<(u16, u32)>,
    /// The zoom where it splits; `None` at the deepest zoom (or for points at one spot), where
    /// activating it lists its points instead.
    pub expand_to: Option<f64>,
    /// Its points, only where it does not expand.
    pub leaves: Vec<u32>,
}

/// Clusters and single points (indices into the points the index was built from), north to south.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plan {
    pub clusters: Vec<PlannedCluster>,
    pub singles: Vec<u32>,
}

/// The plan for `view` at `zoom`, on a map whose zoom ends at `max_zoom`.
pub fn plan(index: &ClusterIndex, view: &Bounds, zoom: f64, max_zoom: f64) -> Plan {
    let mut out = Plan::default();
    let level = zoom.floor().max(0.0) as usize;
    // Mercator y grows southwards: ascending y is north to south.
    let mut singles: Vec<(f64, u32)> = Vec::new();
    for n in index.query(view, zoom) {
        if !n.is_cluster() {
            singles.push((n.at.y, n.first));
            continue;
        }
        let expand = index.expansion_zoom(zoom, n);
        let b = n.bounds();
        let deepest = expand > max_zoom - 1e-9 || b.east - b.west < 1e-6;
        out.clusters.push(PlannedCluster {
            key: (level, n.first),
            at: n.lonlat(),
            count: n.count,
            mix: index.categories(zoom, n),
            expand_to: (!deepest).then_some(expand),
            leaves: if deepest { index.leaves(zoom, n) } else { Vec::new() },
        });
    }
    // Reading order for keyboard users: north to south.
    crate::sort::sort_by(&mut out.clusters, |a, b| b.at.lat.total_cmp(&a.at.lat));
    crate::sort::sort_by(&mut singles, |a, b| a.0.total_cmp(&b.0));
    out.singles = singles.into_iter().map(|(_, i)| i).collect();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cluster::Options;

    /// Two places at one address, three close together, one alone.
    fn points() -> Vec<(LonLat, u16)> {
        vec![
            (LonLat::new(9.88, 53.33), 0),
            (LonLat::new(9.88, 53.33), 1),
            (LonLat::new(10.21, 53.36), 0),
            (LonLat::new(10.212, 53.361), 0),
            (LonLat::new(10.214, 53.359), 2),
            (LonLat::new(9.70, 53.20), 1),
        ]
    }

    fn district() -> Bounds {
        Bounds { west: 9.5, south: 53.1, east: 10.5, north: 53.6 }
    }

    #[test]
    fn clusters_and_singles_add_up_in_reading_order() {
        let index = ClusterIndex::build(&points(), Options { radius: 40.0, min_zoom: 0, max_zoom: 17 });
        let p = plan(&index, &district(), 10.0, 19.0);
        let total: u32 = p.clusters.iter().map(|c| c.count).sum::<u32>() + p.singles.len() as u32;
        assert_eq!(total, 6);
        assert_eq!(p.singles, [5], "the one alone");
        assert_eq!(p.clusters.len(), 2);
        assert!(p.clusters[0].at.lat > p.clusters[1].at.lat, "north first");
        let winsen = &p.clusters[0];
        assert_eq!((winsen.count, winsen.mix.clone()), (3, vec![(0, 2), (2, 1)]));
        assert!(winsen.expand_to.is_some_and(|z| z > 10.0));
    }

    /// Golden fixture: well-separated groups, clustered by supercluster with the same radius
    /// (scripts/make-cluster-golden.mjs). Where the groups are clearly apart (zoom 9 and up) the
    /// sizes must agree; at zoom 8 groups touch and greedy orders may pair them differently, so
    /// only the total must.
    #[test]
    fn agrees_with_supercluster_where_groups_are_apart() {
        let golden: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/fixtures/cluster/golden.json")).unwrap();
        let points: Vec<(LonLat, u16)> = golden["points"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| (LonLat::new(p[0].as_f64().unwrap(), p[1].as_f64().unwrap()), 0))
            .collect();
        let radius = golden["radius"].as_f64().unwrap();
        let index = ClusterIndex::build(&points, Options { radius, min_zoom: 0, max_zoom: 17 });
        let world = Bounds { west: -180.0, south: -85.0, east: 180.0, north: 85.0 };
        for (zoom, expected) in golden["expected"].as_object().unwrap() {
            let z: f64 = zoom.parse().unwrap();
            let p = plan(&index, &world, z, 19.0);
            let mut sizes: Vec<u64> =
                p.clusters.iter().map(|c| c.count as u64).chain(p.singles.iter().map(|_| 1)).collect();
            crate::sort::sort_by(&mut sizes, |a, b| b.cmp(a));
            let theirs: Vec<u64> = expected.as_array().unwrap().iter().map(|v| v.as_u64().unwrap()).collect();
            assert_eq!(sizes.iter().sum::<u64>(), points.len() as u64, "zoom {z}: every point once");
            if z >= 9.0 {
                assert_eq!(sizes, theirs, "zoom {z}: ours vs supercluster");
            }
        }
    }

    #[test]
    fn places_at_one_spot_are_listed_not_zoomed() {
        let index = ClusterIndex::build(&points(), Options { radius: 40.0, min_zoom: 0, max_zoom: 17 });
        let p = plan(&index, &district(), 17.0, 19.0);
        let spot = p.clusters.iter().find(|c| c.count == 2).expect("the shared address stays a cluster");
        assert_eq!(spot.expand_to, None);
        let mut leaves = spot.leaves.clone();
        crate::sort::sort(&mut leaves);
        assert_eq!(leaves, [0, 1]);
    }
}
