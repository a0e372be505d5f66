//! An invitation to the sector to say how a body treats it: a link to the
//! sector page whose fragment (never sent to any server) carries the body's
//! name and kind, the invitation's id, and an optional closing date and
//! address to return answers to.

use super::code::{symbol_value, SYMBOLS};
use super::dates::day_number;
use std::fmt;

/// Eight base-32 symbols, chosen at random when the invitation is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct InvitationId([u8; 8]);

impl InvitationId {
    /// From 40 random bits.
    pub fn from_bits(bits: u64) -> InvitationId {
        let mut out = [0u8; 8];
        for (i, slot) in out.iter_mut().enumerate() {
            *slot = SYMBOLS[((bits >> (35 - 5 * i)) & 31) as usize];
        }
        InvitationId(out)
    }

    /// Reads an id as written, in either case; none for anything else.
    pub fn parse(text: &str) -> Option<InvitationId> {
        let bytes = text.as_bytes();
        if bytes.len() != 8 {
            return None;
        }
        let mut out = [0u8; 8];
        for (slot, &b) in out.iter_mut().zip(bytes) {
            *slot = SYMBOLS[usize::from(symbol_value(b)?)];
        }
        Some(InvitationId(out))
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).expect("symbols are ASCII")
    }

    /// The first 20 bits, which every response code carries: enough to
    /// tell one invitation's answers from another's.
    pub fn tag(&self) -> u32 {
        self.0[..4].iter().fold(0, |acc, &b| {
            (acc << 5) | u32::from(symbol_value(b).expect("symbols decode"))
        })
    }
}

impl fmt::Display for InvitationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    pub id: InvitationId,
    /// The body asking: "Dacorum Borough Council".
    pub body: String,
    /// A `body_kinds` id, or empty.
    pub kind: String,
    /// `YYYY-MM-DD`: answers are taken up to and including this day.
    pub closes: Option<String>,
    /// Where "Send by email" sends the answers.
    pub reply_to: Option<String>,
    /// Asks for the organisation's name; off unless the body chooses it.
    pub named: bool,
    /// Who collects the answers instead of the body ("Dacorum CVS"): they
    /// pass the body only a summary ([`super::SectorSummary`]).
    pub collector: Option<String>,
}

/// Why an invitation link cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InvitationError {
    NotAnInvitation,
    Missing(&'static str),
    Malformed(&'static str),
}

impl InvitationError {
    /// What part of the link is at fault: "closing date", "address".
    pub fn what(&self) -> &'static str {
        match self {
            InvitationError::NotAnInvitation => "link",
            InvitationError::Missing(what) | InvitationError::Malformed(what) => what,
        }
    }
}

impl fmt::Display for InvitationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InvitationError::NotAnInvitation => {
                f.write_str("the link is not an invitation from this tool")
            }
            InvitationError::Missing(what) => write!(
                f,
                "the link has no {what}: it may have been cut short when copied"
            ),
            InvitationError::Malformed(what) => write!(
                f,
                "the link's {what} cannot be read: it may have been changed"
            ),
        }
    }
}

/// Longest body name and address an invitation carries.
const MAX_NAME: usize = 200;
const MAX_ADDRESS: usize = 254;

impl Invitation {
    /// "#invite=1&id=…&body=…": every value percent-encoded.
    pub fn to_fragment(&self) -> String {
        let mut out = format!("#invite=1&id={}&body={}", self.id, encode(&self.body));
        if !self.kind.is_empty() {
            out += &format!("&kind={}", encode(&self.kind));
        }
        if let Some(closes) = &self.closes {
            out += &format!("&closes={closes}");
        }
        if let Some(reply) = &self.reply_to {
            out += &format!("&reply={}", encode(reply));
        }
        if self.named {
            out += "&named=1";
        }
        if let Some(collector) = &self.collector {
            out += &format!("&collector={}", encode(collector));
        }
        out
    }

    /// Reads a fragment written by [`Invitation::to_fragment`], strictly:
    /// whatever else it holds is refused, never guessed at.
    pub fn from_fragment(fragment: &str) -> Result<Invitation, InvitationError> {
        let text = fragment.trim_start_matches('#');
        let mut pairs = text
            .split('&')
            .map(|p| p.split_once('=').unwrap_or((p, "")));
        if pairs.next() != Some(("invite", "1")) {
            return Err(InvitationError::NotAnInvitation);
        }
        let (mut id, mut body, mut kind, mut closes, mut reply, mut named, mut collector) =
            (None, None, String::new(), None, None, false, None);
        for (key, value) in pairs {
            match key {
                "id" => {
                    id = Some(
                        InvitationId::parse(value)
                            .ok_or(InvitationError::Malformed("invitation id"))?,
                    )
                }
                "body" => {
                    body = Some(decode(value).ok_or(InvitationError::Malformed("body name"))?)
                }
                "kind" => kind = decode(value).ok_or(InvitationError::Malformed("kind of body"))?,
                "closes" => closes = Some(value.to_string()),
                "reply" => {
                    reply = Some(decode(value).ok_or(InvitationError::Malformed("address"))?)
                }
                "named" => named = value == "1",
                "collector" => {
                    collector =
                        Some(decode(value).ok_or(InvitationError::Malformed("collector's name"))?)
                }
                // Added by a later version: ignored, as the saved format does.
                _ => {}
            }
        }
        let invitation = Invitation {
            id: id.ok_or(InvitationError::Missing("invitation id"))?,
            body: body.ok_or(InvitationError::Missing("body name"))?,
            kind,
            closes,
            reply_to: reply,
            named,
            collector,
        };
        invitation.check()?;
        Ok(invitation)
    }

    /// What a link may carry: a named body, a plain kind, a real date and
    /// an address with nothing that could break out of a `mailto:`.
    pub fn check(&self) -> Result<(), InvitationError> {
        if !plain(&self.body) {
            return Err(InvitationError::Malformed("body name"));
        }
        if self.collector.as_deref().is_some_and(|c| !plain(c)) {
            return Err(InvitationError::Malformed("collector's name"));
        }
        if !self
            .kind
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == '_')
            || self.kind.len() > 40
        {
            return Err(InvitationError::Malformed("kind of body"));
        }
        if let Some(closes) = &self.closes {
            day_number(closes).ok_or(InvitationError::Malformed("closing date"))?;
        }
        if let Some(reply) = &self.reply_to {
            let ok = reply.len() <= MAX_ADDRESS
                && reply.split('@').count() == 2
                && !reply.starts_with('@')
                && !reply.ends_with('@')
                && reply
                    .chars()
                    .all(|c| c.is_ascii_graphic() && !"<>()[]\\,;:\"?&=%#".contains(c));
            if !ok {
                return Err(InvitationError::Malformed("address"));
            }
        }
        Ok(())
    }

    /// Who the answers go to: the collector where one is named.
    pub fn answers_go_to(&self) -> &str {
        self.collector.as_deref().unwrap_or(&self.body)
    }

    /// Whether answers are still taken on `today` (`YYYY-MM-DD`).
    pub fn is_open(&self, today: &str) -> bool {
        self.closes.as_deref().is_none_or(|closes| today <= closes)
    }
}

/// A name a link may carry: something to read, not too long, on one line.
fn plain(name: &str) -> bool {
    !name.trim().is_empty()
        && name.chars().count() <= MAX_NAME
        && !name.chars().any(char::is_control)
}

/// Percent-encodes all but the unreserved characters.
pub(super) fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out += &format!("%{b:02X}");
        }
    }
    out
}

/// Reverses [`encode`]; none for a broken escape or text that is not UTF-8.
pub(super) fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}
