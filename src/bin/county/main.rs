//! The facilitator's county view, a binary of its own so that the officer's
//! self-assessment never downloads it.

fn main() {
    thriving_third_sector::browser::report_panics_to_console();
    leptos::mount::mount_to_body(thriving_third_sector::app::CountyApp);
}
