//! The facilitator's county picture, two pages each with its own binary:
//! adding assessments (`intake`, the page `county/`) and the report
//! (`report`, the page `county/report/`), with what both share here. The
//! officer answering alone never downloads any of it.

pub mod county_layout;
pub mod county_notice;
pub mod intake;
pub mod report;
