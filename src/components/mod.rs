//! Components, grouped by feature. Each file holds one concern.

pub mod answering;
pub mod collect;
pub mod county;
pub mod layout;
pub mod library;
pub mod presentation;
pub mod results;
pub mod sector;
pub mod transfer;
