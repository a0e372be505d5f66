//! The county report, a binary of its own so that the page adding
//! assessments never downloads it, nor it the intake.

fn main() {
    thriving_third_sector::browser::report_panics_to_console();
    leptos::mount::mount_to_body(thriving_third_sector::app::CountyReportApp);
}
