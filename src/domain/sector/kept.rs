//! One organisation's answers while it is answering, as the sector's page
//! keeps them in the tab (sessionStorage) so that a reload, or a switch to
//! the mail app that reloads the page, loses nothing. Digits on one line,
//! then the name and the comment: the page carries no JSON library.

use super::code::{ItemAnswer, MAX_REVISION};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KeptAnswers {
    pub ni7: Option<u8>,
    pub items: [Option<ItemAnswer>; 13],
    pub kind: Option<u8>,
    pub size: Option<u8>,
    pub revision: u8,
    pub finished: bool,
    pub organisation: String,
    pub comment: String,
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

impl KeptAnswers {
    /// "K1" and 18 digits, a line with the name, then the comment.
    pub fn to_text(&self) -> String {
        let mut line = String::from("K1");
        line.push(digit(self.ni7));
        for a in self.items {
            line.push(digit(a.map(|a| a.index() as u8)));
        }
        line.push(digit(self.kind));
        line.push(digit(self.size));
        line.push(digit(Some(self.revision)));
        line.push(if self.finished { '1' } else { '0' });
        format!("{line}\n{}\n{}", self.organisation, self.comment)
    }

    /// Reads [`KeptAnswers::to_text`]; none for anything else, so that a
    /// damaged or foreign value starts the form afresh rather than wrongly.
    pub fn from_text(text: &str) -> Option<KeptAnswers> {
        let mut parts = text.splitn(3, '\n');
        let line = parts.next()?.strip_prefix("K1")?.as_bytes();
        if line.len() != 18 {
            return None;
        }
        let mut items = [None; 13];
        for (slot, &c) in items.iter_mut().zip(&line[1..14]) {
            *slot = undigit(c, 4)?.map(|i| ItemAnswer::ALL[usize::from(i)]);
        }
        Some(KeptAnswers {
            ni7: undigit(line[0], 6)?,
            items,
            kind: undigit(line[14], 6)?,
            size: undigit(line[15], 5)?,
            revision: undigit(line[16], MAX_REVISION + 1)??,
            finished: match line[17] {
                b'0' => false,
                b'1' => true,
                _ => return None,
            },
            organisation: parts.next()?.to_string(),
            comment: parts.next()?.to_string(),
        })
    }
}
