//! The marker layer: one button per place and one per cluster, in a pane, drawn from one view's
//! layout given as plain data. The first paint and the widget draw through it, so a marker looks
//! and reads the same before and after the widget has arrived.
//!
//! Nodes are kept by key between draws: a marker or cluster that has the focus keeps it while the
//! view is drawn anew (a pan that plans the clusters again, another place opened, another
//! language), and a node is only moved where the order changed.

use super::dom::{attrs, button, el, style, symbol, text_el};
use super::plan::Plan;
use crate::cluster::PlannedCluster;
use crate::geo::Point;
use crate::model::{Look, cluster_size, fixed};
use std::cell::RefCell;
use web_sys::{Document, Element, HtmlElement, Node};

/// A place's marker in one view.
struct Marker<'a> {
    /// Stable for the place while the data is (its index).
    key: usize,
    /// The button's element id.
    id: &'a str,
    /// The place's id (`data-place`).
    place: &'a str,
    /// Its accessible name: the place and its category.
    label: &'a str,
    look: &'a Look,
    /// Where the place is, in pane pixels.
    at: Point,
    /// How far decluttering moved the marker away from there (a thin line leads back).
    offset: Option<Point>,
    /// The place is open.
    active: bool,
}

/// A cluster in one view.
struct Cluster<'a> {
    /// Stable while the cluster is the same (cluster::PlannedCluster's key and count).
    key: ((usize, u32), u32),
    at: Point,
    count: u32,
    /// Its accessible name: its count and what it holds.
    label: &'a str,
    /// The CSS background: a ring of its categories' colours.
    ring: &'a str,
}

fn px(p: Point) -> String {
    format!("translate({}px,{}px)", fixed(p.x, 1), fixed(p.y, 1))
}

/// The nodes of one pane's markers and clusters.
pub struct Layer {
    doc: Document,
    parent: Element,
    /// Sorted by key (a binary search, not a hash map: the first download stays small).
    markers: RefCell<Vec<(usize, HtmlElement, Look)>>,
    clusters: RefCell<Vec<(((usize, u32), u32), HtmlElement)>>,
    leaders: RefCell<Vec<HtmlElement>>,
}

impl Layer {
    /// A layer drawing into `parent` (which holds nothing else).
    pub fn new(doc: &Document, parent: &Element) -> Self {
        Self {
            doc: doc.clone(),
            parent: parent.clone(),
            markers: RefCell::default(),
            clusters: RefCell::default(),
            leaders: RefCell::default(),
        }
    }

    /// Forgets every node (the places changed: a key may now stand for another place).
    pub fn clear(&self) {
        self.markers.borrow_mut().clear();
        self.clusters.borrow_mut().clear();
        self.leaders.borrow_mut().clear();
        self.parent.set_inner_html("");
    }

    /// Draws one view's plan. `cluster` gives a cluster's accessible name and ring of colours;
    /// `marker` a place's button id, its id, its accessible name and its look. `active` is open.
    pub fn draw_plan<'a>(
        &self,
        plan: &Plan,
        cluster: impl Fn(&PlannedCluster) -> (String, String),
        marker: impl Fn(usize) -> (String, &'a str, String, Look),
        active: Option<usize>,
    ) {
        let cluster_words: Vec<(String, String)> = plan.clusters.iter().map(|(c, _)| cluster(c)).collect();
        let clusters: Vec<Cluster> = plan
            .clusters
            .iter()
            .zip(&cluster_words)
            .map(|((c, at), (label, ring))| Cluster { key: (c.key, c.count), at: *at, count: c.count, label, ring })
            .collect();
        let marker_words: Vec<_> = plan.markers.iter().map(|(i, _, _)| marker(*i)).collect();
        let markers: Vec<Marker> = plan
            .markers
            .iter()
            .zip(&marker_words)
            .map(|((i, at, offset), (id, place, label, look))| Marker {
                key: *i,
                id,
                place,
                label,
                look,
                at: *at,
                offset: *offset,
                active: active == Some(*i),
            })
            .collect();
        self.draw(&clusters, &markers);
    }

    /// Draws the clusters, then the markers, in this order (the order of the Tab key). A cluster's
    /// button carries its position in `clusters` as `data-cluster`.
    fn draw(&self, clusters: &[Cluster], markers: &[Marker]) {
        for leader in self.leaders.borrow_mut().drain(..) {
            leader.remove();
        }
        let mut order: Vec<HtmlElement> = Vec::with_capacity(clusters.len() + markers.len());
        {
            let mut kept = self.clusters.borrow_mut();
            let mut next = Vec::with_capacity(clusters.len());
            for (n, c) in clusters.iter().enumerate() {
                let b = take(&mut kept, &c.key).map(|(_, b)| b).unwrap_or_else(|| self.cluster(c));
                let _ = b.set_attribute("data-cluster", &n.to_string());
                let _ = b.set_attribute("aria-label", c.label);
                style(&b, "transform", &px(c.at));
                order.push(b.clone());
                next.push((c.key, b));
            }
            for (_, gone) in kept.drain(..) {
                gone.remove();
            }
            next.sort_unstable_by_key(|(k, _)| *k);
            *kept = next;
        }
        let mut leaders = Vec::new();
        {
            let mut kept = self.markers.borrow_mut();
            let mut next = Vec::with_capacity(markers.len());
            for m in markers {
                let (b, look) = match take(&mut kept, &m.key).map(|(_, b, look)| (b, look)) {
                    Some((b, look)) if look == *m.look => (b, look),
                    Some((b, _)) => {
                        b.set_inner_html("");
                        let _ = b.append_child(&symbol(&self.doc, m.look, 28));
                        (b, m.look.clone())
                    }
                    None => {
                        let b = button(&self.doc, "bk-marker");
                        let _ = b.append_child(&symbol(&self.doc, m.look, 28));
                        (b, m.look.clone())
                    }
                };
                attrs(
                    &b,
                    &[("id", m.id), ("aria-label", m.label), ("aria-haspopup", "dialog"), ("data-place", m.place)],
                );
                let _ = b.class_list().toggle_with_force("bk-marker--active", m.active);
                style(&b, "transform", &px(m.at.add(m.offset.unwrap_or_default())));
                if let Some(o) = m.offset {
                    let line = el(&self.doc, "span", "bk-leader");
                    let _ = line.set_attribute("aria-hidden", "true");
                    style(&line, "width", &format!("{}px", fixed(o.length(), 1)));
                    style(
                        &line,
                        "transform",
                        &format!("{} rotate({}rad)", px(m.at), fixed(crate::geo::math::atan2(o.y, o.x), 4)),
                    );
                    leaders.push((line, b.clone()));
                }
                order.push(b.clone());
                next.push((m.key, b, look));
            }
            for (_, gone, _) in kept.drain(..) {
                gone.remove();
            }
            next.sort_unstable_by_key(|(k, _, _)| *k);
            *kept = next;
        }
        // In order, moving only what is out of place (a moved node loses the focus).
        let mut at: Option<Node> = self.parent.first_child();
        for node in &order {
            let node: &Node = node.as_ref();
            if at.as_ref() == Some(node) {
                at = node.next_sibling();
            } else {
                let _ = self.parent.insert_before(node, at.as_ref());
            }
        }
        // A leader lies just under its marker.
        let mut kept_leaders = self.leaders.borrow_mut();
        for (line, marker) in leaders {
            let _ = self.parent.insert_before(&line, Some(&marker));
            kept_leaders.push(line);
        }
    }

    fn cluster(&self, c: &Cluster) -> HtmlElement {
        let b = button(&self.doc, "bk-cluster");
        let size = cluster_size(c.count);
        style(&b, "width", &format!("{size}px"));
        style(&b, "height", &format!("{size}px"));
        style(&b, "margin", &format!("-{}px 0 0 -{}px", size / 2, size / 2));
        style(&b, "background", c.ring);
        let count = if c.count >= 10_000 { format!("{}k", c.count / 1000) } else { c.count.to_string() };
        let span = text_el(&self.doc, "span", "bk-cluster-count", &count);
        let _ = span.set_attribute("aria-hidden", "true");
        let _ = b.append_child(&span);
        b
    }
}

/// A cluster's accessible name: `head` (its count, "12 Orte") and what it holds, each category
/// with its number ("3 Schulen, 2 Betriebe"); `kind` names a category.
pub fn cluster_label(
    head: String,
    c: &PlannedCluster,
    lang: crate::model::Lang,
    kind: impl Fn(u16) -> Option<String>,
) -> String {
    let parts: Vec<String> = c
        .mix
        .iter()
        .filter_map(|(k, n)| Some(format!("{} {}", crate::i18n::number(lang, *n as usize), kind(*k)?)))
        .collect();
    if parts.is_empty() { head } else { format!("{head}: {}", parts.join(", ")) }
}

/// Takes the entry of `key` out of `sorted` (sorted by its first field), if it is there.
fn take<K: Ord, T: Keyed<K>>(sorted: &mut Vec<T>, key: &K) -> Option<T> {
    let i = sorted.binary_search_by(|e| e.key().cmp(key)).ok()?;
    Some(sorted.remove(i))
}

trait Keyed<K> {
    fn key(&self) -> &K;
}

impl<K, A> Keyed<K> for (K, A) {
    fn key(&self) -> &K {
        &self.0
    }
}

impl<K, A, B> Keyed<K> for (K, A, B) {
    fn key(&self) -> &K {
        &self.0
    }
}
