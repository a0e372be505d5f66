//! The county report's page (`county/report/`): the set in the manner of
//! the 2010 report, with its tables, Analysis, charts and snapshots.

pub mod appendix_matrices;
pub mod body_snapshots;
pub mod county_analysis;
pub mod county_chart;
pub mod county_downloads;
pub mod county_figure;
pub mod county_next_steps;
pub mod county_report;
pub mod county_summary;
pub mod county_toolbar;
pub mod good_practice_section;
pub mod lazy_details;
pub mod option_matrix;
pub mod print_choice;
pub mod report_front;
pub mod report_text_form;
pub mod report_text_section;
pub mod respondent_list;
pub mod round_changes;
pub mod running_header;
pub mod sector_section;
pub mod source_notes;
pub mod spread_chart;
pub mod standards_matrix;
pub mod status_cell;

/// Up to this many bodies, matrices put bodies in columns as Appendix 1
/// does; beyond, bodies become rows so the table scrolls down, not across.
pub const MAX_BODY_COLUMNS: usize = 16;

/// Up to this many bodies, the long sections (snapshots, Appendix 1) are
/// drawn open, ready to print; beyond, each is drawn when opened.
pub const OPEN_UP_TO: usize = 30;
