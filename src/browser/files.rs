//! Reading files the user chose or dropped.

use super::js_error_message;
use crate::domain::saved::MAX_IMPORT_BYTES;
use wasm_bindgen_futures::JsFuture;

/// The files of a file input's or a drop's `FileList`.
pub fn list(files: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    files
        .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
        .unwrap_or_default()
}

/// A file's text; larger files than any assessment are refused unread.
pub async fn read_text(file: &web_sys::File) -> Result<String, String> {
    if file.size() > MAX_IMPORT_BYTES as f64 {
        return Err(format!(
            "it is too large ({} KB; a file of assessments is at most {} KB)",
            (file.size() / 1024.0) as u64,
            MAX_IMPORT_BYTES / 1024
        ));
    }
    JsFuture::from(file.text())
        .await
        .map(|t| t.as_string().unwrap_or_default())
        .map_err(|e| js_error_message(&e))
}

/// Every file's name and text (or why it could not be read), read one
/// after another before any is used, so that a batch is taken in at once.
pub async fn read_all(list: &[web_sys::File]) -> Vec<(String, Result<String, String>)> {
    let mut read = Vec::with_capacity(list.len());
    for file in list {
        read.push((file.name(), read_text(file).await));
    }
    read
}
