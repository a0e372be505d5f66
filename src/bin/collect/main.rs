//! The collector's page, a binary of its own: a CVS collecting the sector's
//! answers for a body downloads none of the officer's pages.

fn main() {
    thriving_third_sector::browser::report_panics_to_console();
    leptos::mount::mount_to_body(thriving_third_sector::app::CollectApp);
}
