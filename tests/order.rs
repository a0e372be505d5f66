//! The app's own sort orders exactly as the standard library's stable sort.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use thriving_third_sector::domain::order;

proptest! {
    #[test]
    fn sorts_as_the_stable_sort_does(items in prop::collection::vec((0u8..6, any::<u16>()), 0..300)) {
        let mut ours = items.clone();
        let mut std = items;
        // Sorted on the first field only: equal keys keep their order.
        order::sort_by_key(&mut ours, |&(k, _)| k);
        std.sort_by_key(|&(k, _)| k);
        prop_assert_eq!(ours, std);
    }

    #[test]
    fn sorts_by_a_comparison_descending(items in prop::collection::vec(any::<i32>(), 0..300)) {
        let mut ours = items.clone();
        let mut std = items;
        order::sort_by(&mut ours, |a, b| b.cmp(a));
        std.sort_by(|a, b| b.cmp(a));
        prop_assert_eq!(ours, std);
    }
}
