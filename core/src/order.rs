//! Sorting through one compiled sort routine.
//!
//! The standard library's sort is generic over the element type and the comparator,
//! so every `sort`, `sort_by` and `sort_by_key` call site used to add its own copy of
//! the sort (1–3 KB of wasm each, 64 KB in all). These helpers sort positions with a
//! comparator behind a reference, so the whole app compiles the sort once.

use std::cmp::Ordering;

/// Sorts positions in place, stably, by `cmp`. The one instance of the sort.
#[inline(never)]
pub fn sort_positions(order: &mut [usize], cmp: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| cmp(a, b));
}

/// Sorts `items` stably by `cmp`.
pub fn sort_with<T>(items: &mut Vec<T>, cmp: &dyn Fn(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &|a, b| cmp(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|k| slots[k].take()));
}

/// Sorts `items` stably by their key.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: &dyn Fn(&T) -> K) {
    sort_with(items, &|a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` stably into their natural order.
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_with(items, &|a, b| a.cmp(b));
}

/// Sorts `items` into their natural order and drops repeats.
pub fn sort_dedup<T: Ord>(items: &mut Vec<T>) {
    sort(items);
    items.dedup();
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_like_the_standard_library(v in proptest::collection::vec((0u8..8, any::<u16>()), 0..200)) {
            // Equal keys keep their order: compare on the first field only.
            let mut expected = v.clone();
            expected.sort_by_key(|p| p.0);
            let mut ours = v.clone();
            sort_by_key(&mut ours, &|p: &(u8, u16)| p.0);
            prop_assert_eq!(&ours, &expected);

            let mut expected = v.clone();
            expected.sort_by(|a, b| b.cmp(a));
            let mut ours = v.clone();
            sort_with(&mut ours, &|a, b| b.cmp(a));
            prop_assert_eq!(&ours, &expected);

            let mut expected = v.clone();
            expected.sort();
            expected.dedup();
            let mut ours = v;
            sort_dedup(&mut ours);
            prop_assert_eq!(ours, expected);
        }
    }
}
