#!/usr/bin/env bash
# Compares, in one run, the search throughput of ikz's engine with `fzf --filter` on the
# same synthetic corpus of 100,000 lines and the same queries: every prefix of the
# queries that benches/search.rs types. Each query runs from scratch in both (fzf as one
# process per query, as `--filter` works); fzf's start-up and reading of the file are
# measured with a query that matches nothing and reported beside.
#
# Usage: scripts/compare-fzf.sh     (installs fzf from Debian's packages if missing)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v fzf >/dev/null 2>&1; then
  echo "installing fzf (Debian package)…" >&2
  apt-get install -y fzf >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y fzf >/dev/null; }
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bench() { cargo bench -q --bench search -- "$@" 2>/dev/null; }

bench corpus "$work/corpus.txt"
mapfile -t queries < <(bench prefixes)
lines=$(wc -l < "$work/corpus.txt")
n=${#queries[@]}

now() { date +%s%N; }
# fzf: one process per query, as a script would run it.
start=$(now)
for q in "${queries[@]}"; do fzf --filter "$q" < "$work/corpus.txt" > /dev/null || true; done
fzf_ns=$(( $(now) - start ))
# fzf's fixed cost: start-up and reading the file, with a query that matches nothing.
start=$(now)
for _ in $(seq "$n"); do fzf --filter "qqqqqqqqqq" < "$work/corpus.txt" > /dev/null || true; done
fzf_base_ns=$(( $(now) - start ))

# ikz: the same queries, each from scratch, in one process (the index built once).
ikz_ms=$(bench filter "$work/corpus.txt" "${queries[@]}" | awk '/^total/ {print $2}')

awk -v lines="$lines" -v n="$n" -v fzf="$fzf_ns" -v base="$fzf_base_ns" -v ikz="$ikz_ms" \
    -v cores="$(nproc)" -v fzfv="$(fzf --version | cut -d' ' -f1)" 'BEGIN {
  fzf_ms = fzf / 1e6; base_ms = base / 1e6; match_ms = fzf_ms - base_ms
  printf "corpus: %d lines; queries: %d (every prefix of the typed queries); cores: %d; fzf %s\n", lines, n, cores, fzfv
  printf "%-36s %10s %14s %18s\n", "", "total ms", "ms per query", "million lines/s"
  printf "%-36s %10.1f %14.2f %18.2f\n", "fzf --filter (process per query)", fzf_ms, fzf_ms / n, lines * n / (fzf_ms / 1000) / 1e6
  printf "%-36s %10.1f %14.2f %18.2f\n", "fzf, less start-up and reading", match_ms, match_ms / n, lines * n / (match_ms / 1000) / 1e6
  printf "%-36s %10.1f %14.2f %18.2f\n", "ikz search engine (from scratch)", ikz, ikz / n, lines * n / (ikz / 1000) / 1e6
  printf "ratio ikz / fzf throughput: %.2f (%.2f against fzf less its start-up)\n", fzf_ms / ikz, match_ms / ikz
}'
