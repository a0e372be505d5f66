//! The facilitator's county picture, two pages each with its own binary:
//! adding assessments (`county`, at `county/`) and the report
//! (`county_report`, at `county/report/`). The officer answering alone
//! never downloads any of it.

pub mod appendix_matrices;
pub mod body_list;
pub mod body_snapshots;
pub mod browser_assessments;
pub mod county_analysis;
pub mod county_chart;
pub mod county_downloads;
pub mod county_figure;
pub mod county_intake;
pub mod county_layout;
pub mod county_next_steps;
pub mod county_notice;
pub mod county_page;
pub mod county_report;
pub mod county_report_page;
pub mod county_summary;
pub mod county_toolbar;
pub mod lazy_details;
pub mod option_matrix;
pub mod round_changes;
pub mod set_aside_list;
pub mod set_panel;
pub mod spread_chart;
pub mod standards_matrix;
pub mod status_cell;

pub use county_page::CountyPage;
pub use county_report_page::CountyReportPage;

/// Up to this many bodies, matrices put bodies in columns as Appendix 1
/// does; beyond, bodies become rows so the table scrolls down, not across.
pub const MAX_BODY_COLUMNS: usize = 16;

/// Up to this many bodies, the long sections (snapshots, Appendix 1) are
/// drawn open, ready to print; beyond, each is drawn when opened.
pub const OPEN_UP_TO: usize = 30;
