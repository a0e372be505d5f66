//! Counts and names in words, as the report writes them.

/// The GOV.UK style: words for one to nine, figures for 10 and over.
const WORDS: [&str; 10] = [
    "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];

/// "eight" up to nine, figures from 10: "eight of the 11", "212 of the 400".
pub fn number_words(n: usize) -> String {
    WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| w.to_string())
}

/// "A", "A and B", "A, B and C". Where a name has "and" in it ("Fire and
/// Rescue"), a comma before the last "and" keeps the names apart.
pub fn list_names<S: AsRef<str>>(names: &[S], and: &str) -> String {
    let names: Vec<&str> = names.iter().map(AsRef::as_ref).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => {
            let serial = names
                .iter()
                .any(|n| n.contains(" and ") || n.contains(" or "));
            let comma = if serial { "," } else { "" };
            format!("{}{comma} {and} {last}", init.join(", "))
        }
    }
}

/// The first letter made capital: the words here are the app's own, in ASCII.
pub fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_ascii_uppercase().to_string() + chars.as_str()
    })
}

/// "1 file", "15 files".
pub fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A part of the bodies in the picture, with its noun: "the one body",
/// "both bodies", "all 15 bodies", "eight of the 15 bodies". Never "fifteen
/// of the fifteen", never "all one".
pub fn of_the(n: usize, total: usize, one: &str, many: &str) -> String {
    match (n, total) {
        (1, 1) => format!("the one {one}"),
        (2, 2) => format!("both {many}"),
        (n, t) if n == t => format!("all {} {many}", number_words(t)),
        (n, t) => format!("{} of the {} {many}", number_words(n), number_words(t)),
    }
}

/// "the one body", "the 15 bodies": the whole picture, in words.
pub fn the_whole(total: usize, one: &str, many: &str) -> String {
    if total == 1 {
        format!("the one {one}")
    } else {
        format!("the {} {many}", number_words(total))
    }
}
