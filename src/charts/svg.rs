//! Makes plotters' SVG output scalable and accessible.

/// Escapes text for SVG element content and attribute values.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Replaces the root `<svg>` tag with one that scales to its container
/// (viewBox, no fixed size) and is announced as one image with a title and
/// a description, so screen readers do not read every label.
pub fn accessible(svg: &str, id: &str, size: (u32, u32), title: &str, desc: &str) -> String {
    let body = svg.find('>').map_or(svg, |end| &svg[end + 1..]);
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" preserveAspectRatio="xMidYMid meet" role="img" aria-labelledby="{id}-title {id}-desc" class="chart-svg" font-family="Helvetica, Arial, sans-serif"><title id="{id}-title">{title}</title><desc id="{id}-desc">{desc}</desc>{body}"#,
        w = size.0,
        h = size.1,
        title = escape(title),
        desc = escape(desc),
    )
}
