//! Work spread over the cores: loading thousands of data files reads and parses them
//! side by side, and a search over 100,000 items scores them side by side. Plain scoped
//! threads: one way for both.

use std::sync::atomic::{AtomicUsize, Ordering};

/// Below this many items one thread does it all: starting threads costs more.
const MIN_ITEMS: usize = 64;

/// `f` over every item, on all cores; the results in the order of the items. The items
/// are taken in small batches, each thread the next batch when it is done with its
/// last: on a shared machine, a thread the system holds back leaves its work to the
/// others instead of making them wait for it.
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    // The length first: a small load never asks how many cores there are.
    if items.len() < MIN_ITEMS || threads() < 2 {
        return items.iter().map(f).collect();
    }
    let threads = threads();
    let batch = (items.len() / (threads * 16)).max(MIN_ITEMS / 4);
    let next = AtomicUsize::new(0);
    let (f, next) = (&f, &next);
    let mut done: Vec<(usize, Vec<R>)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(move || {
                    let mut mine = Vec::new();
                    loop {
                        let start = next.fetch_add(batch, Ordering::Relaxed);
                        let Some(part) = items.get(start..).filter(|p| !p.is_empty()) else {
                            break mine;
                        };
                        let part = part.get(..batch).unwrap_or(part);
                        mine.push((start, part.iter().map(f).collect::<Vec<R>>()));
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    done.sort_unstable_by_key(|&(start, _)| start);
    done.into_iter().flat_map(|(_, results)| results).collect()
}

/// `f` over every item, which it takes, on all cores; the results in the order of the
/// items. For turning one kind of record into another without copying its texts.
pub fn map_owned<T: Send, R: Send>(mut items: Vec<T>, f: impl Fn(T) -> R + Sync) -> Vec<R> {
    if items.len() < MIN_ITEMS || threads() < 2 {
        return items.into_iter().map(f).collect();
    }
    let threads = threads();
    let chunk = items.len().div_ceil(threads);
    // Parts taken off the end, so that each split moves only the part it takes.
    let mut parts = Vec::with_capacity(threads);
    while items.len() > chunk {
        let at = items.len() - chunk;
        parts.push(items.split_off(at));
    }
    parts.push(items);
    parts.reverse();
    let f = &f;
    std::thread::scope(|s| {
        let handles: Vec<_> = parts
            .into_iter()
            .map(|part| s.spawn(move || part.into_iter().map(f).collect::<Vec<R>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// The threads to use: the cores the process may use, at most 8. Asked once: the
/// answer reads the process's cgroup files, a twentieth of starting on the shipped data
/// when asked for every step of a load.
fn threads() -> usize {
    static THREADS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *THREADS.get_or_init(|| {
        std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(8)
    })
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
    if items.len() < min_items.max(2) || threads() < 2 {
        return f(items);
    }
    let threads = threads();
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
            let owned: Vec<String> = items.iter().map(|i| i.to_string()).collect();
            let lengths = super::map_owned(owned, |s| (s.len(), s));
            let expected: Vec<(usize, String)> = items
                .iter()
                .map(|i| (i.to_string().len(), i.to_string()))
                .collect();
            assert_eq!(lengths, expected);
        }
    }
}
