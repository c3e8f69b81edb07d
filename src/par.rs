//! Work spread over the cores: loading thousands of data files reads and parses them
//! side by side, and a search over 100,000 items scores them side by side. Plain scoped
//! threads: one way for both.

/// Below this many items one thread does it all: starting threads costs more.
const MIN_ITEMS: usize = 64;

/// `f` over every item, on all cores; the results in the order of the items.
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    map_chunks(items, MIN_ITEMS, |part| part.iter().map(&f).collect())
}

/// `f` over consecutive parts of `items`, one part a core (all at once below
/// `min_items`); the results joined in order. For work that sets something up once per
/// part, such as a matcher. A worker that panics passes its panic on, as one thread
/// would have: no result is silently dropped.
pub fn map_chunks<T: Sync, R: Send>(
    items: &[T],
    min_items: usize,
    f: impl Fn(&[T]) -> Vec<R> + Sync,
) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    if threads < 2 || items.len() < min_items.max(2) {
        return f(items);
    }
    let chunk = items.len().div_ceil(threads);
    let f = &f;
    std::thread::scope(|s| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| s.spawn(move || f(part)))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_the_order_at_any_size() {
        for n in [0, 1, 63, 64, 65, 1000, 4097] {
            let items: Vec<usize> = (0..n).collect();
            let doubled = super::map(&items, |&i| i * 2);
            assert_eq!(doubled, items.iter().map(|i| i * 2).collect::<Vec<_>>());
        }
    }
}
