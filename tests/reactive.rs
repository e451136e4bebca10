//! The patched reactive graph (vendor/README.md): rows and effects that come and go must not
//! stay in memory. Counts the bytes live in the heap around many short-lived owners and memos.

use reactive_graph::computed::ArcMemo;
use reactive_graph::owner::Owner;
use reactive_graph::signal::ArcRwSignal;
use reactive_graph::traits::{Get, Set};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::Mutex;
use std::sync::atomic::{AtomicIsize, Ordering::Relaxed};

static LIVE: AtomicIsize = AtomicIsize::new(0);

struct Counting;

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        LIVE.fetch_add(l.size() as isize, Relaxed);
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        LIVE.fetch_sub(l.size() as isize, Relaxed);
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, n: usize) -> *mut u8 {
        LIVE.fetch_add(n as isize - l.size() as isize, Relaxed);
        unsafe { System.realloc(p, l, n) }
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

/// The counter is process-wide: the tests take turns.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Bytes still live after `f` ran `n` times (after one warm-up round, so first-use allocations
/// such as thread-locals do not count).
fn left_behind(n: usize, mut f: impl FnMut()) -> isize {
    f();
    let before = LIVE.load(Relaxed);
    for _ in 0..n {
        f();
    }
    LIVE.load(Relaxed) - before
}

#[test]
fn dropped_child_owners_do_not_stay_with_their_parent() {
    let _turn = ONE_AT_A_TIME.lock().unwrap();
    let list = Owner::new();
    // As a `For` makes one owner per row under the list's owner, and drops it with the row.
    let kept = left_behind(100_000, || drop(list.with(Owner::new)));
    // Unpatched: about 165 bytes per row ever made (16 MB here).
    assert!(kept < 64 * 1024, "{kept} bytes left behind by 100,000 dropped rows");
}

#[test]
fn dropped_memos_do_not_stay_subscribed_to_what_they_read() {
    let _turn = ONE_AT_A_TIME.lock().unwrap();
    let owner = Owner::new();
    owner.set();
    let lang = ArcRwSignal::new(1u32);
    // Each short-lived reader subscribes to the long-lived signal and is then dropped.
    let kept = left_behind(100_000, || {
        let lang = lang.clone();
        let reader = ArcMemo::new(move |_| lang.get() + 1);
        assert_eq!(reader.get(), 2);
    });
    assert!(kept < 64 * 1024, "{kept} bytes left behind by 100,000 dropped memos");
    // The live ones still hear about changes.
    let reader = {
        let lang = lang.clone();
        ArcMemo::new(move |_| lang.get() * 10)
    };
    assert_eq!(reader.get(), 10);
    lang.set(2);
    assert_eq!(reader.get(), 20);
}
