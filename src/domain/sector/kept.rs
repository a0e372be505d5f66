//! One organisation's answers while it is answering, as the sector's page
//! keeps them in the tab (sessionStorage) so that a reload, or a switch to
//! the mail app that reloads the page, loses nothing. Digits on one line,
//! then the name and the comment: the page carries no JSON library.

use super::code::{ItemAnswer, MAX_REVISION};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KeptAnswers {
    /// The response's random id, so that it stays the same response.
    pub id: u64,
    pub ni7: Option<u8>,
    pub items: [Option<ItemAnswer>; 13],
    pub kind: Option<u8>,
    pub size: Option<u8>,
    pub revision: u8,
    /// The day it was finished ([`super::day_number`]), while it is: the
    /// code it gives keeps that day across a reload.
    pub finished: Option<u16>,
    pub organisation: String,
    pub comment: String,
    /// The collector may pass the comment on to the body.
    pub pass_on: bool,
}

/// An answer as one character: '0' for none, then '1', '2', ….
fn digit(value: Option<u8>) -> char {
    char::from(b'0' + value.map_or(0, |v| v + 1).min(40))
}

fn undigit(c: u8, below: u8) -> Option<Option<u8>> {
    match c.checked_sub(b'0')? {
        0 => Some(None),
        v if v <= below => Some(Some(v - 1)),
        _ => None,
    }
}

fn flag(c: u8) -> Option<bool> {
    match c {
        b'0' => Some(false),
        b'1' => Some(true),
        _ => None,
    }
}

impl KeptAnswers {
    /// "K3", 19 digits, the day finished (0 if not) and a dot, then the id;
    /// a line with the name, then the comment.
    pub fn to_text(&self) -> String {
        let mut line = String::from("K3");
        line.push(digit(self.ni7));
        for a in self.items {
            line.push(digit(a.map(|a| a.index() as u8)));
        }
        line.push(digit(self.kind));
        line.push(digit(self.size));
        line.push(digit(Some(self.revision)));
        line.push(if self.finished.is_some() { '1' } else { '0' });
        line.push(if self.pass_on { '1' } else { '0' });
        format!(
            "{line}{}.{}\n{}\n{}",
            self.finished.unwrap_or(0),
            self.id,
            self.organisation,
            self.comment
        )
    }

    /// Reads [`KeptAnswers::to_text`]; none for anything else, so that a
    /// damaged or foreign value starts the form afresh rather than wrongly.
    /// "K1", kept before consent was asked, is read with none given; K1
    /// and K2, kept before the day finished was, as finished today (0).
    pub fn from_text(text: &str) -> Option<KeptAnswers> {
        let (flags, text) = match (text.strip_prefix("K3"), text.strip_prefix("K2")) {
            (Some(rest), _) => (19, rest),
            (_, Some(rest)) => (19, rest),
            _ => (18, text.strip_prefix("K1")?),
        };
        let (line, rest) = text.split_once('\n')?;
        let (organisation, comment) = rest.split_once('\n')?;
        let (line, id) = line.as_bytes().split_at_checked(flags)?;
        let (day, id) = match id.iter().position(|&c| c == b'.') {
            Some(at) => (
                std::str::from_utf8(&id[..at]).ok()?.parse::<u16>().ok()?,
                &id[at + 1..],
            ),
            None => (0, id),
        };
        // At most 40 bits: no more than 13 digits.
        if id.is_empty() || id.len() > 13 || !id.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let mut items = [None; 13];
        for (slot, &c) in items.iter_mut().zip(&line[1..14]) {
            *slot = undigit(c, 4)?.map(|i| ItemAnswer::ALL[usize::from(i)]);
        }
        Some(KeptAnswers {
            id: id.iter().fold(0, |n, d| n * 10 + u64::from(d - b'0')),
            ni7: undigit(line[0], 6)?,
            items,
            kind: undigit(line[14], 6)?,
            size: undigit(line[15], 5)?,
            revision: undigit(line[16], MAX_REVISION + 1)??,
            finished: flag(line[17])?.then_some(day),
            pass_on: match line.get(18) {
                Some(&c) => flag(c)?,
                None => false,
            },
            organisation: organisation.to_string(),
            comment: comment.to_string(),
        })
    }
}
