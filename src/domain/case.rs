//! Case-insensitive matching of names, for ASCII and Latin-1 letters (the
//! names of UK and western European bodies). std's `to_lowercase` would
//! bring core's full Unicode case tables into every page: about 15 KB
//! gzipped, for letters no body here is named with.

/// `name` with its ASCII and Latin-1 capitals made small, to compare names.
pub fn fold_case(name: &str) -> String {
    name.chars().map(small).collect()
}

fn small(c: char) -> char {
    match c {
        // Latin-1 capitals sit 32 below their small letters; × is not one.
        'A'..='Z' | 'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 32).unwrap_or(c),
        _ => c,
    }
}
