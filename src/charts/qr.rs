//! A QR code as SVG, for the link that invites the sector: drawn from the
//! link alone (qrcodegen's encoder), dark squares as one path, sharp on a
//! projector and in print, announced as one image with its words. 280 px
//! square by its own attributes: large enough for a phone across a room,
//! and no style sheet grows for it.

use super::svg::escape;
use qrcodegen::{QrCode, QrCodeEcc};

/// Modules of light margin round the code, as the standard asks.
const QUIET: i32 = 4;

/// The QR code of `text` (medium error correction), or none when it is too
/// long for any QR code. `label` says what it is for screen readers.
pub fn qr_svg(text: &str, label: &str) -> Option<String> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = qr.size();
    let mut path = String::new();
    for y in 0..size {
        for x in 0..size {
            if qr.get_module(x, y) {
                path.push_str(&format!("M{},{}h1v1h-1z", x + QUIET, y + QUIET));
            }
        }
    }
    let side = size + 2 * QUIET;
    Some(format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {side} {side}" width="280" height="280" role="img" aria-label="{}" class="qr-code" shape-rendering="crispEdges"><rect width="{side}" height="{side}" fill="#fff"/><path d="{path}" fill="#0b0c0c"/></svg>"##,
        escape(label)
    ))
}
