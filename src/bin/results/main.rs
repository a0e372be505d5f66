//! The results in full, a binary of its own so that the officer's first
//! question never downloads the charts.

fn main() {
    thriving_third_sector::browser::report_panics_to_console();
    leptos::mount::mount_to_body(thriving_third_sector::app::ResultsApp);
}
