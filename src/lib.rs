//! Self-assessment of a public body's support for its local voluntary and
//! community sector, against the Hertfordshire Thriving Third Sector report.

pub mod app;
pub mod browser;
pub mod charts;
pub mod components;
pub mod domain;
pub mod state;
