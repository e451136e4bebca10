//! The widget's cluster index, shared between the memos of the marker layer (crate::map::markers
//! draws the clusters: a button named with its count and categories, a ring of the categories'
//! colours; activating one zooms to where it splits, or at the deepest zoom lists its places).

/// A built cluster index with the place indices it was built from; equal when it is the same build.
#[derive(Clone)]
pub(super) struct SharedIndex(pub(super) std::sync::Arc<(crate::cluster::ClusterIndex, std::sync::Arc<Vec<usize>>)>);

impl PartialEq for SharedIndex {
    fn eq(&self, other: &Self) -> bool {
        std::sync::Arc::ptr_eq(&self.0, &other.0)
    }
}
