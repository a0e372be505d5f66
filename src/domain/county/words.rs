//! Counts and names in words, as the report writes them.

const WORDS: [&str; 21] = [
    "no",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

/// "eight" up to twenty, figures beyond: "eight of the eleven", "212 of the 400".
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
