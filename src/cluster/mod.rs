//! Hierarchical greedy point clustering, the idea of mapbox/supercluster in Rust.
//!
//! Options: `radius` (px at every zoom within which points merge, default 60), `min_zoom` and
//! `max_zoom` (the zoom range with clusters; above `max_zoom` every point stands alone).
//! Level z is built from level z+1: each unassigned node takes all unassigned neighbours within
//! the radius, and the cluster sits at their weighted centre. A spatial hash of cell size = radius
//! finds neighbours. Positions are in Web Mercator units (0..1).

use crate::geo::{Bounds, LonLat, Point, project, unproject};
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Options {
    pub radius: f64,
    pub min_zoom: u8,
    pub max_zoom: u8,
}

impl Default for Options {
    fn default() -> Self {
        Self { radius: 60.0, min_zoom: 0, max_zoom: 16 }
    }
}

/// A cluster or a single point at one zoom level.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// Position in Mercator units.
    pub at: Point,
    pub count: u32,
    /// The point's index when `count == 1`, else the first leaf (stable, for keys).
    pub first: u32,
    /// Children at the next level: `links[start..start + len]` of this node's level.
    children: (u32, u32),
    /// Bounding box of all leaves, Mercator units: (min, max).
    pub extent: (Point, Point),
    /// How many leaves each category (by index) contributes, largest first (clusters only:
    /// a single point has `category` and no list, which keeps building free of allocations).
    pub categories: Vec<(u16, u32)>,
    pub category: u16,
}

/// One zoom level: its nodes and the flat child lists they point into.
struct Level {
    nodes: Vec<Node>,
    links: Vec<u32>,
}

impl Node {
    pub fn is_cluster(&self) -> bool {
        self.count > 1
    }

    pub fn lonlat(&self) -> LonLat {
        unproject(self.at)
    }

    /// The leaves' extent in longitude/latitude.
    pub fn bounds(&self) -> Bounds {
        let a = unproject(self.extent.0);
        let b = unproject(self.extent.1);
        Bounds { west: a.lon, south: b.lat, east: b.lon, north: a.lat }
    }
}

pub struct ClusterIndex {
    options: Options,
    /// levels[z - min_zoom] for z in min_zoom..=max_zoom+1; the last level holds the points.
    levels: Vec<Level>,
}

impl ClusterIndex {
    /// `points`: position and category index of each place.
    pub fn build(points: &[(LonLat, u16)], options: Options) -> Self {
        let leaves: Vec<Node> = points
            .iter()
            .enumerate()
            .map(|(i, (p, c))| {
                let at = project(*p);
                Node {
                    at,
                    count: 1,
                    first: i as u32,
                    children: (0, 0),
                    extent: (at, at),
                    categories: Vec::new(),
                    category: *c,
                }
            })
            .collect();
        let mut levels = vec![Level { nodes: leaves, links: Vec::new() }];
        for z in (options.min_zoom..=options.max_zoom).rev() {
            let next = cluster_level(&levels.last().unwrap().nodes, options.radius / (256.0 * (z as f64).exp2()));
            levels.push(next);
        }
        levels.reverse();
        Self { options, levels }
    }

    fn level(&self, zoom: f64) -> usize {
        let z = zoom.floor().clamp(self.options.min_zoom as f64, self.options.max_zoom as f64 + 1.0) as u8;
        (z - self.options.min_zoom) as usize
    }

    /// Nodes at `zoom` inside `bounds` (longitude/latitude).
    pub fn query(&self, bounds: &Bounds, zoom: f64) -> Vec<&Node> {
        let a = project(LonLat::new(bounds.west, bounds.north));
        let b = project(LonLat::new(bounds.east, bounds.south));
        self.levels[self.level(zoom)]
            .nodes
            .iter()
            .filter(|n| n.at.x >= a.x && n.at.x <= b.x && n.at.y >= a.y && n.at.y <= b.y)
            .collect()
    }

    /// All nodes at `zoom`.
    pub fn nodes(&self, zoom: f64) -> &[Node] {
        &self.levels[self.level(zoom)].nodes
    }

    fn children(&self, level: usize, node: &Node) -> &[u32] {
        let (start, len) = node.children;
        &self.levels[level].links[start as usize..(start + len) as usize]
    }

    /// Indices of all points under a node of the level at `zoom`.
    pub fn leaves(&self, zoom: f64, node: &Node) -> Vec<u32> {
        let mut out = Vec::new();
        self.collect(self.level(zoom), node, &mut out);
        out
    }

    fn collect(&self, level: usize, node: &Node, out: &mut Vec<u32>) {
        if node.children.1 == 0 {
            out.push(node.first);
        } else {
            for &c in self.children(level, node) {
                self.collect(level + 1, &self.levels[level + 1].nodes[c as usize], out);
            }
        }
    }

    /// The lowest zoom at which the node's points are no longer all in one cluster.
    pub fn expansion_zoom(&self, zoom: f64, node: &Node) -> f64 {
        let mut level = self.level(zoom);
        let mut n = node;
        while n.children.1 == 1 && level + 1 < self.levels.len() {
            n = &self.levels[level + 1].nodes[self.children(level, n)[0] as usize];
            level += 1;
        }
        (level as f64 + self.options.min_zoom as f64 + 1.0).min(self.options.max_zoom as f64 + 1.0)
    }
}

/// A fast hash for grid cells (the default SipHash is built for untrusted keys; ours are not).
#[derive(Default, Clone, Copy)]
struct CellHasher(u64);

impl std::hash::Hasher for CellHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

type CellMap = HashMap<u64, u32, std::hash::BuildHasherDefault<CellHasher>>;

fn cell_key(x: i64, y: i64) -> u64 {
    ((x as u64) << 32) ^ (y as u64 & 0xffff_ffff)
}

fn cluster_level(nodes: &[Node], r: f64) -> Level {
    let cell = |p: Point| ((p.x / r).floor() as i64, (p.y / r).floor() as i64);
    // Per cell a linked list through `next`: no allocation per cell.
    const NONE: u32 = u32::MAX;
    let mut head: CellMap = HashMap::with_capacity_and_hasher(nodes.len(), Default::default());
    let mut next = vec![NONE; nodes.len()];
    for (i, n) in nodes.iter().enumerate().rev() {
        let (cx, cy) = cell(n.at);
        let h = head.entry(cell_key(cx, cy)).or_insert(NONE);
        next[i] = *h;
        *h = i as u32;
    }
    let mut taken = vec![false; nodes.len()];
    let mut out = Vec::with_capacity(nodes.len() / 2 + 1);
    let mut links: Vec<u32> = Vec::with_capacity(nodes.len());
    let r2 = r * r;
    for (i, n) in nodes.iter().enumerate() {
        if taken[i] {
            continue;
        }
        taken[i] = true;
        let start = links.len();
        links.push(i as u32);
        let (cx, cy) = cell(n.at);
        for gx in cx - 1..=cx + 1 {
            for gy in cy - 1..=cy + 1 {
                let mut j = head.get(&cell_key(gx, gy)).copied().unwrap_or(NONE);
                while j != NONE {
                    let m = &nodes[j as usize];
                    if !taken[j as usize] {
                        let d = m.at.sub(n.at);
                        if d.x * d.x + d.y * d.y <= r2 {
                            taken[j as usize] = true;
                            links.push(j);
                        }
                    }
                    j = next[j as usize];
                }
            }
        }
        let children = &links[start..];
        if children.len() == 1 {
            out.push(Node { children: (start as u32, 1), ..n.clone() });
            continue;
        }
        let mut count = 0u32;
        let (mut sx, mut sy) = (0.0, 0.0);
        let mut lo = n.extent.0;
        let mut hi = n.extent.1;
        let mut cats: Vec<(u16, u32)> = Vec::new();
        let mut first = u32::MAX;
        for &c in children {
            let m = &nodes[c as usize];
            count += m.count;
            sx += m.at.x * m.count as f64;
            sy += m.at.y * m.count as f64;
            lo = Point::new(lo.x.min(m.extent.0.x), lo.y.min(m.extent.0.y));
            hi = Point::new(hi.x.max(m.extent.1.x), hi.y.max(m.extent.1.y));
            first = first.min(m.first);
            let single = [(m.category, 1)];
            let mix: &[(u16, u32)] = if m.count == 1 { &single } else { &m.categories };
            for &(k, v) in mix {
                match cats.iter_mut().find(|(kk, _)| *kk == k) {
                    Some(e) => e.1 += v,
                    None => cats.push((k, v)),
                }
            }
        }
        cats.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        out.push(Node {
            at: Point::new(sx / count as f64, sy / count as f64),
            count,
            first,
            children: (start as u32, children.len() as u32),
            extent: (lo, hi),
            categories: cats,
            category: 0,
        });
    }
    Level { nodes: out, links }
}

#[cfg(test)]
mod tests {
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
                let cats: u32 = if n.count == 1 { 1 } else { n.categories.iter().map(|c| c.1).sum() };
                assert_eq!(cats, n.count);
                let b = n.bounds();
                for l in leaves {
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
}
