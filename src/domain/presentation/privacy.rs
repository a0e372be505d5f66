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

/// Characters that may stand between a phone number's groups of digits:
/// spaces (a pasted one may be non-breaking), hyphens and dashes, dots,
/// slashes and brackets.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{a0}'
            | '\u{202f}'
            | '-'
            | '\u{2010}'
            | '\u{2011}'
            | '\u{2013}'
            | '.'
            | '/'
            | '('
            | ')'
    )
}

/// A phone number: starting "+", "0" or "(0" at the start of a word, then
/// 10 to 13 digits, with at most two separators between two digits. A
/// year, a sum or a list of dates does not start so, or has too many.
fn redact_phones(text: &str) -> (String, usize) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut hidden = 0;
    let mut i = 0;
    while i < chars.len() {
        let word_start = i == 0 || !chars[i - 1].is_alphanumeric();
        let starts = match chars[i] {
            '+' => chars.get(i + 1).is_some_and(char::is_ascii_digit),
            '0' => true,
            '(' => chars.get(i + 1) == Some(&'0') || chars.get(i + 1) == Some(&'+'),
            _ => false,
        };
        if word_start && starts {
            if let Some(end) = phone_end(&chars, i) {
                out.push_str(HIDDEN_CONTACT);
                hidden += 1;
                i = end;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    (out, hidden)
}

/// Where a phone number starting at `start` ends (after its last digit), if
/// one does.
fn phone_end(chars: &[char], start: usize) -> Option<usize> {
    let (mut digits, mut gap, mut end) = (0, 0, start);
    for (j, c) in chars.iter().enumerate().skip(start) {
        if c.is_ascii_digit() {
            digits += 1;
            gap = 0;
            end = j + 1;
        } else if (is_separator(*c) || (j == start && *c == '+')) && gap < 2 {
            gap += 1;
        } else {
            break;
        }
    }
    // A letter or digit straight after is a longer word, not a number.
    let next = chars.get(end).copied();
    ((10..=13).contains(&digits) && !next.is_some_and(char::is_alphanumeric)).then_some(end)
}
