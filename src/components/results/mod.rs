pub mod action_list;
pub mod gap_chart;
pub mod organisation_snapshot;
pub mod peer_comparison;
pub mod results_page;
pub mod score_summary;
pub mod standard_result;
