//! The sector's page, a binary of its own: small enough for a phone on a
//! poor connection, with none of the officer's pages in it.

fn main() {
    thriving_third_sector::browser::report_panics_to_console();
    leptos::mount::mount_to_body(thriving_third_sector::app::SectorApp);
}
