pub mod export_button;
pub mod import_button;
