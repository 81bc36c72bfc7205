//! No library: the benchmarks are the bench targets under `benches/` (see `Cargo.toml`).
