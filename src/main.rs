fn main() {
    thriving_third_sector::browser::report_panics_to_console();
    leptos::mount::mount_to_body(thriving_third_sector::app::AssessApp);
}
