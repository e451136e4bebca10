//! Counts add up at every zoom, no two nodes stay within the radius, queries and expansion.

use super::*;

/// A deterministic cloud of points around the district.
fn cloud(n: usize) -> Vec<(LonLat, u16)> {
    let mut s: u64 = 42;
    let mut rnd = || {
        s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (s >> 11) as f64 / (1u64 << 53) as f64
    };
    (0..n).map(|i| (LonLat::new(9.56 + 0.91 * rnd(), 53.13 + 0.37 * rnd()), (i % 3) as u16)).collect()
}

#[test]
fn counts_add_up_at_every_zoom() {
    let pts = cloud(5000);
    let idx = ClusterIndex::build(&pts, Options::default());
    for z in 0..=17 {
        let nodes = idx.nodes(z as f64);
        let total: u32 = nodes.iter().map(|n| n.count).sum();
        assert_eq!(total, 5000, "zoom {z}");
        for n in nodes.iter().take(50) {
            let leaves = idx.leaves(z as f64, n);
            assert_eq!(leaves.len() as u32, n.count, "a cluster's count equals the places it holds");
            let cats = idx.categories(z as f64, n);
            assert!(cats.windows(2).all(|w| w[0].1 >= w[1].1), "largest first");
            for &(k, v) in &cats {
                let held = leaves.iter().filter(|&&l| pts[l as usize].1 == k).count() as u32;
                assert_eq!(v, held, "category {k} at zoom {z}");
            }
            assert_eq!(cats.iter().map(|c| c.1).sum::<u32>(), n.count);
            let b = n.bounds();
            for &l in &leaves {
                let p = pts[l as usize].0;
                assert!(
                    p.lon >= b.west - 1e-9
                        && p.lon <= b.east + 1e-9
                        && p.lat >= b.south - 1e-9
                        && p.lat <= b.north + 1e-9
                );
            }
        }
    }
    assert!(idx.nodes(5.0).len() < 10, "at zoom 5 the district is a few clusters");
    assert_eq!(idx.nodes(17.0).len(), 5000, "above max_zoom every point stands alone");
}

#[test]
fn no_two_nodes_closer_than_the_radius_after_clustering() {
    let idx = ClusterIndex::build(&cloud(2000), Options::default());
    let z = 11.0;
    let nodes = idx.nodes(z);
    let scale = 256.0 * 2f64.powf(z);
    let mut close = 0;
    for (i, a) in nodes.iter().enumerate() {
        for b in &nodes[i + 1..] {
            if a.at.sub(b.at).scale(scale).length() < 60.0 * 0.5 {
                close += 1;
            }
        }
    }
    assert!(close < nodes.len() / 20, "{close} pairs overlap among {}", nodes.len());
}

#[test]
fn query_and_expansion() {
    let pts = vec![(LonLat::new(10.0, 53.3), 0), (LonLat::new(10.0001, 53.3001), 1), (LonLat::new(9.7, 53.2), 0)];
    let idx = ClusterIndex::build(&pts, Options::default());
    let all = Bounds { west: 9.0, south: 53.0, east: 11.0, north: 54.0 };
    let at10 = idx.query(&all, 10.0);
    assert_eq!(at10.len(), 2);
    let pair = at10.iter().find(|n| n.count == 2).unwrap();
    let z = idx.expansion_zoom(10.0, pair);
    assert!(z > 10.0 && z <= 17.0);
    let east = Bounds { west: 9.9, south: 53.0, east: 11.0, north: 54.0 };
    assert_eq!(idx.query(&east, 10.0).len(), 1);
    assert_eq!(idx.query(&all, 17.0).len(), 3);
}
