//! What free text may go on the wall: never a field of names or contact
//! details, and, in the text shown, no email address or phone number.

/// Put in place of each contact detail found in text shown on the wall.
pub const HIDDEN_CONTACT: &str = "[contact detail hidden]";

/// The text with every email address and phone number replaced, and how
/// many were. Names cannot be told from other words: the facilitator sees
/// the text before choosing to show it.
pub fn redact_contacts(text: &str) -> (String, usize) {
    let mut out = String::with_capacity(text.len());
    let mut hidden = 0;
    for word in split_keeping_spaces(text) {
        if is_email(word.trim_matches(is_edge)) {
            out.push_str(&word.replace(word.trim_matches(is_edge), HIDDEN_CONTACT));
            hidden += 1;
        } else {
            out.push_str(word);
        }
    }
    let (out, phones) = redact_phones(&out);
    (out, hidden + phones)
}

fn is_edge(c: char) -> bool {
    matches!(
        c,
        '(' | ')' | '<' | '>' | ',' | '.' | ';' | ':' | '"' | '\'' | '[' | ']'
    )
}

fn is_email(word: &str) -> bool {
    match word.split_once('@') {
        Some((user, host)) => !user.is_empty() && host.contains('.') && !host.starts_with('.'),
        None => false,
    }
}

/// The text cut before each run of whitespace, the whitespace kept.
fn split_keeping_spaces(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut in_space = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() != in_space && i > start {
            parts.push(&text[start..i]);
            start = i;
        }
        in_space = c.is_whitespace();
    }
    if start < text.len() {
        parts.push(&text[start..]);
    }
    parts
}

/// A phone number: a run of digits, spaces, hyphens, dots, brackets and a
/// leading plus holding at least nine digits (UK numbers have ten or
/// eleven; a year or a sum of money has fewer).
fn redact_phones(text: &str) -> (String, usize) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut hidden = 0;
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() || (chars[i] == '+' || chars[i] == '(') {
            let mut j = i;
            let mut digits = 0;
            let mut last_digit = i;
            while j < chars.len()
                && (chars[j].is_ascii_digit()
                    || matches!(chars[j], ' ' | '-' | '.' | '(' | ')' | '+'))
            {
                if chars[j].is_ascii_digit() {
                    digits += 1;
                    last_digit = j;
                }
                j += 1;
            }
            if digits >= 9 {
                out.push_str(HIDDEN_CONTACT);
                hidden += 1;
                i = last_digit + 1;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    (out, hidden)
}
