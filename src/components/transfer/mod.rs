pub mod drop_zone;
pub mod export_button;
pub mod file_drop_zone;
pub mod file_picker;
pub mod import_button;
pub mod import_conflict;
