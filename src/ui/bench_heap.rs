//! For the benchmark harness only (`bench` builds): what the wasm heap holds, to tell a leak in
//! our heap from the browser's own memory (the visit trace, `BK_BENCH_VISIT_TRACE=1`).

use core::sync::atomic::Ordering::Relaxed;
use core::sync::atomic::{AtomicIsize, AtomicUsize};

/// For the benchmark harness: bytes live in our heap (allocated and not yet freed), which, unlike
/// the linear memory, falls again when memory is freed: a leak shows as growth here.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn bench_wasm_live() -> f64 {
    LIVE.load(Relaxed) as f64
}

static LIVE: AtomicUsize = AtomicUsize::new(0);

/// Live allocations by size in bytes (the last counts all larger ones): what a leak is made of.
static BY_SIZE: [AtomicIsize; 1025] = [const { AtomicIsize::new(0) }; 1025];

/// For the benchmark harness: live allocations by size (index = bytes, the last = larger).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn bench_wasm_sizes() -> Vec<f64> {
    BY_SIZE.iter().map(|c| c.load(Relaxed) as f64).collect()
}

fn by_size(n: usize, d: isize) {
    BY_SIZE[n.min(1024)].fetch_add(d, Relaxed);
}

struct Counting;

unsafe impl std::alloc::GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: std::alloc::Layout) -> *mut u8 {
        LIVE.fetch_add(l.size(), Relaxed);
        by_size(l.size(), 1);
        unsafe { std::alloc::System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: std::alloc::Layout) {
        LIVE.fetch_sub(l.size(), Relaxed);
        by_size(l.size(), -1);
        unsafe { std::alloc::System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: std::alloc::Layout, n: usize) -> *mut u8 {
        LIVE.fetch_add(n.wrapping_sub(l.size()), Relaxed);
        by_size(l.size(), -1);
        by_size(n, 1);
        unsafe { std::alloc::System.realloc(p, l, n) }
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

/// For the benchmark harness: the wasm's linear memory in bytes (it grows, never shrinks), to
/// tell a leak in our heap from the browser's own memory. Only in `bench` builds.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn bench_wasm_memory() -> f64 {
    (core::arch::wasm32::memory_size(0) * 65536) as f64
}
