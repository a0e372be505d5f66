//! The collector's page: responses brought in for one body's invitation,
//! and the summary passed on to the body.

pub mod collect_import;
pub mod collect_page;
pub mod kept_collections;
pub mod summary_preview;
