//! How the county set is held for a tab: where each assessment came from
//! and the collection itself, in one value, so that a write refused
//! half-way never pairs one set with another's sources.

/// The number of source lines, the lines, then the collection.
pub fn encode_held(json: &str, sources: &str) -> String {
    let count = sources.lines().count();
    let sources = if count == 0 {
        String::new()
    } else {
        format!("{sources}\n")
    };
    format!("{count}\n{sources}{json}")
}

/// The collection and its sources, or none for a value not written so.
pub fn decode_held(held: &str) -> Option<(String, String)> {
    let (count, rest) = held.split_once('\n')?;
    let count: usize = count.parse().ok()?;
    let mut at = 0;
    for _ in 0..count {
        let line = rest[at..].find('\n')?;
        at += line + 1;
    }
    let sources = rest[..at].trim_end_matches('\n').to_string();
    Some((rest[at..].to_string(), sources))
}
