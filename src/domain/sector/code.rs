//! A response code: one organisation's answers in at most 60 characters,
//! typed or pasted back with no server. "VCS2-" then 25 base-32 symbols in
//! five groups of five: 23 carry 115 bits (the invitation's tag, the
//! response's random id, the day answered, which revision of the response
//! it is, the NI7 answer, the 13 items, kind and size), two check it.
//! "VCS1-" codes, written before revisions, had a longer id and no
//! revision; they are still read, and written back as they were. The first check symbol (Luhn mod 32) catches any
//! single symbol changed and any two neighbours swapped; the second cuts
//! the odds of a made-up code passing to one in 1,024. Comments and names
//! are too long for a code: they travel in the file or the email.

use std::fmt;

/// Crockford's base 32: no I, L, O or U, so nothing reads as another.
pub(super) const SYMBOLS: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// What every code starts with, before its version's digit.
pub const CODE_PREFIX: &str = "VCS";
/// Today's version: a 35-bit id and a revision. Version 1 had a 40-bit id.
const VERSION: u8 = b'2';
const FIRST_VERSION: u8 = b'1';
/// "VCS" and the version's digit.
const PREFIX_LEN: usize = CODE_PREFIX.len() + 1;

/// Ids the sector's page chooses fit today's version.
pub const ID_BITS: u32 = 35;
/// A response changed more often than this keeps this revision.
pub const MAX_REVISION: u8 = 31;

const DATA_SYMBOLS: usize = 23;
const CODE_SYMBOLS: usize = DATA_SYMBOLS + 2;

/// "VCS1-" and five groups: 4 + 25 + 5 = 34 characters.
pub const MAX_CODE_LEN: usize = 60;

/// A symbol's value, reading lower case, and O, I and L as Crockford does.
pub(super) fn symbol_value(b: u8) -> Option<u8> {
    let b = match b.to_ascii_uppercase() {
        b'O' => b'0',
        b'I' | b'L' => b'1',
        b => b,
    };
    SYMBOLS.iter().position(|&s| s == b).map(|p| p as u8)
}

/// An item's answer, as the code carries it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemAnswer {
    Yes,
    Partly,
    No,
    DontKnow,
}

impl ItemAnswer {
    pub const ALL: [ItemAnswer; 4] = [
        ItemAnswer::Yes,
        ItemAnswer::Partly,
        ItemAnswer::No,
        ItemAnswer::DontKnow,
    ];

    /// Its place in `seeds/sector.json`'s answers.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// One organisation's answers about one body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectorResponse {
    /// The invitation's tag ([`super::InvitationId::tag`]), 20 bits.
    pub invitation_tag: u32,
    /// Random, [`ID_BITS`] bits (40 in a version 1 code): the same
    /// response brought twice counts once.
    pub id: u64,
    /// The day answered ([`super::day_number`]): 15 bits, to the year 2109.
    pub day: u16,
    /// 0 when first finished, one more each time it is changed and
    /// finished again: a later revision replaces an earlier one.
    pub revision: u8,
    /// The NI7 answer: an index of the NI7 options.
    pub ni7: Option<u8>,
    /// One per item, in `seeds/sector.json`'s order.
    pub items: [Option<ItemAnswer>; 13],
    /// An index of the kinds and sizes, if given.
    pub kind: Option<u8>,
    pub size: Option<u8>,
}

/// Why a code was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeError {
    /// Not "VCS2-…" (or "VCS1-…") at all.
    NotACode,
    /// Too few or too many symbols: cut short, or run into other text.
    WrongLength { symbols: usize },
    /// A character that is in no code.
    BadCharacter(char),
    /// The check symbols do not match: mistyped or changed.
    Mistyped,
    /// Well formed, but holding an answer no questionnaire has.
    OutOfRange,
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodeError::NotACode => write!(f, "it does not start with {CODE_PREFIX}2"),
            CodeError::WrongLength { symbols } => write!(
                f,
                "it has {symbols} letters and figures after {CODE_PREFIX}2, not {CODE_SYMBOLS}: part of it may be missing, or on the next line where an email wrapped it"
            ),
            CodeError::BadCharacter(c) => write!(f, "it has a character no code has ({c:?})"),
            CodeError::Mistyped => f.write_str("it does not check: a character has been mistyped or changed"),
            CodeError::OutOfRange => f.write_str("it holds answers this version of the questions does not have"),
        }
    }
}

/// Appends `bits` bits of `value`.
fn push(acc: &mut u128, value: u64, bits: u32) {
    *acc = (*acc << bits) | u128::from(value & ((1u64 << bits) - 1));
}

/// Takes `bits` bits from the top of what is left.
fn take(acc: u128, left: &mut u32, bits: u32) -> u64 {
    *left -= bits;
    ((acc >> *left) & ((1u128 << bits) - 1)) as u64
}

/// Luhn mod 32 over the symbols' values: any single change, and any swap
/// of two different neighbours, changes it.
fn luhn(values: &[u8]) -> u8 {
    let mut sum = 0u32;
    for (i, &v) in values.iter().rev().enumerate() {
        let v = u32::from(v);
        let add = if i % 2 == 0 {
            let d = v * 2;
            d / 32 + d % 32
        } else {
            v
        };
        sum += add;
    }
    ((32 - sum % 32) % 32) as u8
}

/// FNV-1a over the values and the first check, folded to five bits.
fn second_check(values: &[u8], first: u8) -> u8 {
    let mut h: u32 = 0x811c_9dc5;
    for &v in values.iter().chain([first].iter()) {
        h ^= u32::from(v);
        h = h.wrapping_mul(0x0100_0193);
    }
    ((h ^ (h >> 5) ^ (h >> 10) ^ (h >> 15) ^ (h >> 20) ^ (h >> 25)) & 31) as u8
}

impl SectorResponse {
    /// "VCS2-ABCDE-…": at most [`MAX_CODE_LEN`] characters, no spaces. An
    /// id too long for version 2 came from a version 1 code, which had no
    /// revisions, and is written as one.
    pub fn to_code(&self) -> String {
        let version = if self.id >> ID_BITS == 0 {
            VERSION
        } else {
            FIRST_VERSION
        };
        let mut acc: u128 = 0;
        push(&mut acc, u64::from(self.invitation_tag), 20);
        if version == VERSION {
            push(&mut acc, self.id, ID_BITS);
            push(&mut acc, u64::from(self.day), 15);
            push(&mut acc, u64::from(self.revision.min(MAX_REVISION)), 5);
        } else {
            push(&mut acc, self.id, 40);
            push(&mut acc, u64::from(self.day), 15);
        }
        push(&mut acc, self.ni7.map_or(0, |n| u64::from(n) + 1), 3);
        // Thirteen answers of five values each (none, yes, partly, no,
        // don't know) as one base-5 number: 31 bits.
        let items = self
            .items
            .iter()
            .fold(0u64, |n, a| n * 5 + a.map_or(0, |a| a.index() as u64 + 1));
        push(&mut acc, items, 31);
        push(&mut acc, self.kind.map_or(0, |k| u64::from(k) + 1), 3);
        push(&mut acc, self.size.map_or(0, |s| u64::from(s) + 1), 3);
        // 115 bits: 23 symbols exactly.
        let mut values: Vec<u8> = (0..DATA_SYMBOLS)
            .map(|i| ((acc >> (5 * (DATA_SYMBOLS - 1 - i))) & 31) as u8)
            .collect();
        let first = luhn(&values);
        let second = second_check(&values, first);
        values.extend([first, second]);
        let mut code = String::from(CODE_PREFIX);
        code.push(char::from(version));
        for (i, v) in values.iter().enumerate() {
            if i % 5 == 0 {
                code.push('-');
            }
            code.push(char::from(SYMBOLS[usize::from(*v)]));
        }
        code
    }

    /// Reads a code in any case, with or without its hyphens or spaces.
    pub fn from_code(code: &str) -> Result<SectorResponse, CodeError> {
        let code = code.trim();
        let version = code
            .get(..PREFIX_LEN)
            .map(str::as_bytes)
            .filter(|p| p[..CODE_PREFIX.len()].eq_ignore_ascii_case(CODE_PREFIX.as_bytes()))
            .map(|p| p[CODE_PREFIX.len()])
            .filter(|v| [VERSION, FIRST_VERSION].contains(v))
            .ok_or(CodeError::NotACode)?;
        let rest = &code[PREFIX_LEN..];
        let mut values = Vec::with_capacity(CODE_SYMBOLS);
        for c in rest.chars() {
            if c == '-' || c == ' ' {
                continue;
            }
            let v = u8::try_from(c)
                .ok()
                .and_then(symbol_value)
                .ok_or(CodeError::BadCharacter(c))?;
            values.push(v);
            if values.len() > CODE_SYMBOLS {
                break;
            }
        }
        if values.len() != CODE_SYMBOLS {
            return Err(CodeError::WrongLength {
                symbols: values.len(),
            });
        }
        let (data, check) = values.split_at(DATA_SYMBOLS);
        let first = luhn(data);
        if check != [first, second_check(data, first)] {
            return Err(CodeError::Mistyped);
        }
        let acc = data.iter().fold(0u128, |a, &v| (a << 5) | u128::from(v));
        let mut left = 115;
        let invitation_tag = take(acc, &mut left, 20) as u32;
        let (id, day, revision) = if version == VERSION {
            let id = take(acc, &mut left, ID_BITS);
            let day = take(acc, &mut left, 15) as u16;
            (id, day, take(acc, &mut left, 5) as u8)
        } else {
            let id = take(acc, &mut left, 40);
            (id, take(acc, &mut left, 15) as u16, 0)
        };
        let ni7 = take(acc, &mut left, 3) as u8;
        let mut items_n = take(acc, &mut left, 31);
        let kind = take(acc, &mut left, 3) as u8;
        let size = take(acc, &mut left, 3) as u8;
        if ni7 > 6 || items_n >= 5u64.pow(13) {
            return Err(CodeError::OutOfRange);
        }
        let mut items = [None; 13];
        for slot in items.iter_mut().rev() {
            let v = (items_n % 5) as usize;
            items_n /= 5;
            *slot = v.checked_sub(1).map(|i| ItemAnswer::ALL[i]);
        }
        let index = |v: u8| v.checked_sub(1);
        Ok(SectorResponse {
            invitation_tag,
            id,
            day,
            revision,
            ni7: index(ni7),
            items,
            kind: index(kind),
            size: index(size),
        })
    }
}

/// Every code in a text, such as a whole email thread pasted in: from each
/// "VCS2" (or "VCS1") to the symbols, hyphens and spaces that follow it, which
/// the caller then reads with [`SectorResponse::from_code`]. A code an email
/// wrapped onto the next line (quoted with "> " or not) is joined up when the
/// joined code checks; otherwise the part on the first line is given, and is
/// refused as cut short.
pub fn find_codes(text: &str) -> Vec<String> {
    code_spans(text)
        .into_iter()
        .map(|(.., code)| code)
        .collect()
}

/// Each code found, with where its text starts and ends.
pub(super) fn code_spans(text: &str) -> Vec<(usize, usize, String)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i + PREFIX_LEN <= bytes.len() {
        let starts = bytes[i..i + CODE_PREFIX.len()].eq_ignore_ascii_case(CODE_PREFIX.as_bytes())
            && [VERSION, FIRST_VERSION].contains(&bytes[i + CODE_PREFIX.len()])
            // "VCS2 batch 3" in a sentence is no code: one follows with a
            // hyphen, a space (as read out and typed) or straight on.
            && bytes
                .get(i + PREFIX_LEN)
                .is_some_and(|&b| b == b'-' || b == b' ' || symbol_value(b).is_some())
            && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric());
        if !starts {
            i += 1;
            continue;
        }
        let (end, symbols) = symbols_from(bytes, i + PREFIX_LEN, 0);
        let mut code = text[i..end].trim_end_matches([' ', '-']).to_string();
        let mut stop = end;
        if symbols < CODE_SYMBOLS {
            if let Some(next) = next_line(bytes, end) {
                let (joined_end, _) = symbols_from(bytes, next, symbols);
                let joined = format!("{code}{}", &text[next..joined_end]);
                if SectorResponse::from_code(&joined).is_ok() {
                    code = joined;
                    stop = joined_end;
                }
            }
        }
        // After a space, only a whole code is one.
        if bytes[i + PREFIX_LEN] == b' ' && SectorResponse::from_code(&code).is_err() {
            i += 1;
            continue;
        }
        found.push((i, stop, code));
        i = stop.max(i + 1);
    }
    found
}

/// Reads symbols, hyphens and spaces from `start` until the code is whole;
/// where that stopped and how many symbols it has then.
fn symbols_from(bytes: &[u8], start: usize, mut symbols: usize) -> (usize, usize) {
    let mut end = start;
    while end < bytes.len() && symbols < CODE_SYMBOLS {
        let b = bytes[end];
        if symbol_value(b).is_some() {
            symbols += 1;
        } else if b != b'-' && b != b' ' {
            break;
        }
        end += 1;
    }
    (end, symbols)
}

/// Where the next line's text starts, past its "> " quoting, if `at` ends
/// a line.
fn next_line(bytes: &[u8], at: usize) -> Option<usize> {
    let mut i = at;
    if bytes.get(i) == Some(&b'\r') {
        i += 1;
    }
    if bytes.get(i) != Some(&b'\n') {
        return None;
    }
    i += 1;
    while bytes.get(i).is_some_and(|b| *b == b'>' || *b == b' ') {
        i += 1;
    }
    Some(i)
}
