pub mod gap_chart;
pub mod results_page;
pub mod score_summary;
pub mod standard_result;
