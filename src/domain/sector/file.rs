//! What a finished response gives besides its code: a small JSON file and
//! the words of an email, each carrying the code, the comment, and the
//! organisation's name where the invitation asked for it. Written by hand:
//! the sector's page carries no JSON library.

use super::invitation::{encode, Invitation};

/// Marks a sector response file.
pub const RESPONSE_FORMAT: &str = "thriving-third-sector-sector-response";

/// A comment is at most this long: it travels in an email's address line.
pub const MAX_COMMENT: usize = 1000;

/// How an email from the sector's page marks what the code cannot carry,
/// so that the officer's paste brings it in with the code.
pub const ORGANISATION_LINE: &str = "Organisation:";
pub const COMMENT_LINE: &str = "Comment:";
/// Begins each line of the comment, so that nothing an organisation writes
/// can pass for a line of the email's own ("Comment:" for another code).
pub const COMMENT_MARK: &str = "| ";
/// Where a collector gathers the answers: whether it may pass the comment
/// on to the body, without the organisation's name.
pub const CONSENT_LINE: &str = "Comment may be passed on:";

/// A JSON string, escaped.
pub(super) fn json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// What travels beside a code: the comment, the name, and whether a
/// collector may pass the comment on.
#[derive(Debug, Clone, Copy, Default)]
pub struct Beside<'a> {
    pub comment: &'a str,
    pub organisation: Option<&'a str>,
    pub pass_on: bool,
}

/// The response as a file: the invitation it answers, its code, and the
/// comment and name, which the code cannot carry.
pub fn response_json(invitation: &Invitation, code: &str, beside: Beside) -> String {
    let Beside {
        comment,
        organisation,
        pass_on,
    } = beside;
    let mut out = format!(
        "{{\n  \"format\": \"{RESPONSE_FORMAT}\",\n  \"version\": 1,\n  \"invitation\": {{ \"id\": \"{}\", \"body\": {} }},\n  \"code\": {}",
        invitation.id,
        json_string(&invitation.body),
        json_string(code)
    );
    if !comment.trim().is_empty() {
        out += &format!(",\n  \"comment\": {}", json_string(comment.trim()));
    }
    if let Some(name) = organisation.map(str::trim).filter(|n| !n.is_empty()) {
        out += &format!(",\n  \"organisation\": {}", json_string(name));
    }
    if pass_on && invitation.collector.is_some() {
        out += ",\n  \"pass_on\": true";
    }
    out + "\n}\n"
}

/// A `mailto:` link to the invitation's address, with the code, comment
/// and name in its body; none when the invitation gave no address.
pub fn response_mailto(invitation: &Invitation, code: &str, beside: Beside) -> Option<String> {
    let Beside {
        comment,
        organisation,
        pass_on,
    } = beside;
    let to = invitation.reply_to.as_deref()?;
    let mut body = format!(
        "Our response to {}'s invitation to say how it supports the voluntary and community sector.\n\nResponse code: {code}\n",
        invitation.body
    );
    if invitation.collector.is_some() && !comment.trim().is_empty() {
        body += CONSENT_LINE;
        body += if pass_on { " yes\n" } else { " no\n" };
    }
    if let Some(name) = organisation.map(str::trim).filter(|n| !n.is_empty()) {
        body += &format!("{ORGANISATION_LINE} {}\n", name.replace(['\n', '\r'], " "));
    }
    if !comment.trim().is_empty() {
        body += COMMENT_LINE;
        for line in comment.trim().lines() {
            body += &format!("\n{COMMENT_MARK}{line}");
        }
        body += "\n";
    }
    Some(format!(
        "mailto:{}?subject={}&body={}",
        encode(to).replace("%40", "@"),
        encode(&format!("Our view of {}", invitation.body)),
        encode(&body)
    ))
}

/// The response file as a link's address, for a download link that needs
/// no script to build the file.
pub fn response_file_link(json: &str) -> String {
    format!("data:application/json;charset=utf-8,{}", encode(json))
}
