//! One small sort for the app's lists. Each element type given to the
//! standard library's sorts compiles to about 3.5 KB of wasm, a dozen of
//! them to a tenth of a page's code; these lists hold at most a few hundred
//! items, which an insertion sort orders in well under a millisecond.

use std::cmp::Ordering;

/// Sorts `v` by `compare`, keeping equal items in their order (stable).
pub fn sort_by<T>(v: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && compare(&v[j - 1], &v[j]) == Ordering::Greater {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts `v` by a key, keeping equal items in their order (stable).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}
