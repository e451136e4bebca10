//! Hierarchical greedy point clustering, the idea of mapbox/supercluster in Rust.
//!
//! Options: `radius` (px at every zoom within which points merge, default 60), `min_zoom` and
//! `max_zoom` (the zoom range with clusters; above `max_zoom` every point stands alone).
//! Level z is built from level z+1: each unassigned node takes all unassigned neighbours within
//! the radius, and the cluster sits at their weighted centre. Positions are in Web Mercator units
//! (0..1).
//!
//! Speed is the point of this module (100,000 places must not freeze the page), so a level is
//! built from flat arrays: the nodes are counting-sorted into a dense grid of cells at least one
//! radius wide (three adjacent cells of a row are then one contiguous run), nodes are visited in
//! cell order, and the category mixes of all clusters of a level share one array. No hashing, no
//! allocation per node.

use crate::geo::{Bounds, LonLat, Point, project, unproject};

mod plan;
mod policy;
pub use plan::{Plan, PlannedCluster, plan};
pub use policy::clustering;

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
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Node {
    /// Position in Mercator units.
    pub at: Point,
    pub count: u32,
    /// The point's index when `count == 1`, else the smallest leaf index (stable, for keys).
    pub first: u32,
    /// Children at the next level: `links[start..start + len]` of this node's level.
    children: (u32, u32),
    /// Bounding box of all leaves, Mercator units: (min, max).
    pub extent: (Point, Point),
    /// A cluster's category mix: `mix[start..start + len]` of its level.
    mix: (u32, u32),
    /// A single point's category index.
    pub category: u16,
}

/// One zoom level: its nodes and the flat arrays they point into.
struct Level {
    nodes: Vec<Node>,
    links: Vec<u32>,
    mix: Vec<(u16, u32)>,
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
                Node { at, count: 1, first: i as u32, children: (0, 0), extent: (at, at), mix: (0, 0), category: *c }
            })
            .collect();
        let categories = points.iter().map(|p| p.1 as usize + 1).max().unwrap_or(0);
        let mut levels = vec![Level { nodes: leaves, links: Vec::new(), mix: Vec::new() }];
        let mut scratch = Scratch::new(categories);
        for z in (options.min_zoom..=options.max_zoom).rev() {
            let r = options.radius / (256.0 * crate::geo::math::exp2(z as f64));
            let next = cluster_level(levels.last().unwrap(), r, &mut scratch);
            levels.push(next);
        }
        levels.reverse();
        Self { options, levels }
    }

    fn level(&self, zoom: f64) -> usize {
        let z =
            crate::geo::within(zoom.floor(), self.options.min_zoom as f64, self.options.max_zoom as f64 + 1.0) as u8;
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

    /// How many leaves each category (by index) contributes to a node of the level at `zoom`,
    /// largest first.
    pub fn categories(&self, zoom: f64, node: &Node) -> Vec<(u16, u32)> {
        if !node.is_cluster() {
            return vec![(node.category, 1)];
        }
        let (start, len) = node.mix;
        let mut out = self.levels[self.level(zoom)].mix[start as usize..(start + len) as usize].to_vec();
        crate::sort::sort_by(&mut out, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        out
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

/// Buffers reused from level to level.
struct Scratch {
    /// Per category: leaves counted so far for the cluster being built.
    tally: Vec<u32>,
    touched: Vec<u16>,
    cell_of: Vec<u32>,
    start: Vec<u32>,
    order: Vec<u32>,
    xy: Vec<(f64, f64)>,
    taken: Vec<bool>,
}

impl Scratch {
    fn new(categories: usize) -> Self {
        Self {
            tally: vec![0; categories],
            touched: Vec::new(),
            cell_of: Vec::new(),
            start: Vec::new(),
            order: Vec::new(),
            xy: Vec::new(),
            taken: Vec::new(),
        }
    }
}

fn cluster_level(prev: &Level, r: f64, s: &mut Scratch) -> Level {
    let nodes = &prev.nodes;
    let n = nodes.len();
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for m in nodes {
        x0 = x0.min(m.at.x);
        y0 = y0.min(m.at.y);
        x1 = x1.max(m.at.x);
        y1 = y1.max(m.at.y);
    }
    if n == 0 {
        return Level { nodes: Vec::new(), links: Vec::new(), mix: Vec::new() };
    }
    // Cells at least one radius wide, so all neighbours lie in the 3×3 cells around a node; wider
    // when sparse data would need more cells than about two per node.
    let max_cells = (2 * n + 64) as f64;
    let mut c = r;
    while ((x1 - x0) / c + 1.0) * ((y1 - y0) / c + 1.0) > max_cells {
        c *= 1.5;
    }
    let gw = ((x1 - x0) / c) as usize + 1;
    let gh = ((y1 - y0) / c) as usize + 1;
    let cell_xy = |p: Point| ((((p.x - x0) / c) as usize).min(gw - 1), (((p.y - y0) / c) as usize).min(gh - 1));

    // Counting sort of the nodes by cell (row-major).
    s.start.clear();
    s.start.resize(gw * gh + 1, 0);
    s.cell_of.clear();
    for m in nodes {
        let (cx, cy) = cell_xy(m.at);
        let k = cy * gw + cx;
        s.cell_of.push(k as u32);
        s.start[k + 1] += 1;
    }
    for k in 0..gw * gh {
        s.start[k + 1] += s.start[k];
    }
    s.order.clear();
    s.order.resize(n, 0);
    s.xy.clear();
    s.xy.resize(n, (0.0, 0.0));
    {
        // `fill` runs one cell behind `start`: reuse `start` shifted by one and restore it after.
        let (start, order, xy) = (&mut s.start, &mut s.order, &mut s.xy);
        for (i, m) in nodes.iter().enumerate() {
            let k = s.cell_of[i] as usize;
            let p = start[k] as usize;
            order[p] = i as u32;
            xy[p] = (m.at.x, m.at.y);
            start[k] += 1;
        }
        for k in (1..=gw * gh).rev() {
            start[k] = start[k - 1];
        }
        start[0] = 0;
    }
    s.taken.clear();
    s.taken.resize(n, false);

    let mut out = Vec::with_capacity(n / 2 + 1);
    let mut links: Vec<u32> = Vec::with_capacity(n);
    let mut mix: Vec<(u16, u32)> = Vec::new();
    let r2 = r * r;
    for p in 0..n {
        if s.taken[p] {
            continue;
        }
        s.taken[p] = true;
        let i = s.order[p] as usize;
        let node = &nodes[i];
        let link_start = links.len();
        links.push(i as u32);
        let (px, py) = s.xy[p];
        let k = s.cell_of[i] as usize;
        let (cx, cy) = (k % gw, k / gw);
        let (left, right) = (cx.saturating_sub(1), (cx + 1).min(gw - 1));
        for gy in cy.saturating_sub(1)..=(cy + 1).min(gh - 1) {
            let run = s.start[gy * gw + left] as usize..s.start[gy * gw + right + 1] as usize;
            for q in run {
                if s.taken[q] {
                    continue;
                }
                let (qx, qy) = s.xy[q];
                let (dx, dy) = (qx - px, qy - py);
                if dx * dx + dy * dy <= r2 {
                    s.taken[q] = true;
                    links.push(s.order[q]);
                }
            }
        }
        let children = &links[link_start..];
        if children.len() == 1 {
            // Passed up unchanged; a cluster's mix moves into this level's array.
            let (ms, ml) = node.mix;
            let mix_start = mix.len() as u32;
            mix.extend_from_slice(&prev.mix[ms as usize..(ms + ml) as usize]);
            out.push(Node { children: (link_start as u32, 1), mix: (mix_start, ml), ..*node });
            continue;
        }
        let mut count = 0u32;
        let (mut sx, mut sy) = (0.0, 0.0);
        let (mut lo, mut hi) = node.extent;
        let mut first = u32::MAX;
        for &ci in children {
            let m = &nodes[ci as usize];
            count += m.count;
            sx += m.at.x * m.count as f64;
            sy += m.at.y * m.count as f64;
            lo = Point::new(lo.x.min(m.extent.0.x), lo.y.min(m.extent.0.y));
            hi = Point::new(hi.x.max(m.extent.1.x), hi.y.max(m.extent.1.y));
            first = first.min(m.first);
            if m.count == 1 {
                tally(s, m.category, 1);
            } else {
                let (ms, ml) = m.mix;
                for &(cat, v) in &prev.mix[ms as usize..(ms + ml) as usize] {
                    tally(s, cat, v);
                }
            }
        }
        let mix_start = mix.len();
        for cat in s.touched.drain(..) {
            mix.push((cat, std::mem::take(&mut s.tally[cat as usize])));
        }
        out.push(Node {
            at: Point::new(sx / count as f64, sy / count as f64),
            count,
            first,
            children: (link_start as u32, children.len() as u32),
            extent: (lo, hi),
            mix: (mix_start as u32, (mix.len() - mix_start) as u32),
            category: 0,
        });
    }
    Level { nodes: out, links, mix }
}

fn tally(s: &mut Scratch, cat: u16, v: u32) {
    let t = &mut s.tally[cat as usize];
    if *t == 0 {
        s.touched.push(cat);
    }
    *t += v;
}

#[cfg(test)]
mod tests;
