//! Presentation mode, a binary of its own so that neither the officer's
//! first question nor the results download it.

fn main() {
    thriving_third_sector::browser::report_panics_to_console();
    leptos::mount::mount_to_body(thriving_third_sector::app::PresentApp);
}
