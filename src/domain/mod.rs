//! The assessment domain: plain Rust with no browser dependency, so that
//! everything here is tested natively with `cargo test`.

pub mod action_plan;
pub mod agreed;
pub mod answers;
pub mod assessment;
pub mod case;
pub mod change;
pub mod county;
pub mod csv;
pub mod ids;
pub mod library;
pub mod order;
pub mod pages;
pub mod peers;
pub mod presentation;
pub mod pretty_json;
pub mod progress;
pub mod questionnaire;
pub mod route;
pub mod saved;
pub mod scoring;
pub mod sector;
mod seeds;
pub mod snapshot;
pub mod standards;
