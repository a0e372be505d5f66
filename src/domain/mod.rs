//! The assessment domain: plain Rust with no browser dependency, so that
//! everything here is tested natively with `cargo test`.

pub mod action_plan;
pub mod answers;
pub mod assessment;
pub mod change;
pub mod county;
pub mod csv;
pub mod ids;
pub mod library;
pub mod peers;
pub mod presentation;
pub mod progress;
pub mod questionnaire;
pub mod route;
pub mod saved;
pub mod scoring;
pub mod snapshot;
pub mod standards;

/// Seed data shipped in the binary, parsed on first use. Native tests check
/// every seed file, so a failure here is a defect of the build, not of input.
fn seed<T: serde::de::DeserializeOwned>(
    cell: &'static std::sync::OnceLock<T>,
    json: &str,
    name: &str,
) -> &'static T {
    cell.get_or_init(|| serde_json::from_str(json).unwrap_or_else(|e| panic!("seeds/{name}: {e}")))
}
