pub mod drop_zone;
pub mod export_button;
pub mod import_button;
pub mod import_conflict;
