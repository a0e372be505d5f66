fn main() {
    leptos::mount::mount_to_body(thriving_third_sector::app::App);
}
