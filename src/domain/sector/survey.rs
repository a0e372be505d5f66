//! What an assessment keeps of the sector's view (schema version 6): the
//! invitations it made and the responses brought back, each response as
//! its code (checked when brought in), with the comment and name that only
//! a file or an email can carry.

use super::code::{find_codes, CodeError, SectorResponse};
use super::file::{MAX_COMMENT, RESPONSE_FORMAT};
use super::invitation::{Invitation, InvitationId};
use super::questions::SectorQuestions;
use super::view::SectorView;
use crate::domain::scoring::{SectorEvidence, StandardScore};
use serde::{Deserialize, Serialize};
use serde_json::Value;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectorSurvey {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub invitations: Vec<SentInvitation>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responses: Vec<ReceivedResponse>,
}

/// An invitation as made: the link is rebuilt from it and the body's name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentInvitation {
    pub id: String,
    pub created_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closes: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_to: Option<String>,
    #[serde(default)]
    pub named: bool,
}

impl SentInvitation {
    /// The invitation as its link carries it, for the body of this assessment.
    pub fn invitation(&self, body: &str, kind: &str) -> Option<Invitation> {
        Some(Invitation {
            id: InvitationId::parse(&self.id)?,
            body: body.to_string(),
            kind: kind.to_string(),
            closes: self.closes.clone(),
            reply_to: self.reply_to.clone(),
            named: self.named,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceivedResponse {
    /// As written by the sector's page: "VCS1-…".
    pub code: String,
    /// When it was brought in, ISO 8601.
    pub received_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// Only where the invitation asked for names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
}

/// What became of one code or file brought in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Brought {
    Added,
    /// The same response, already in: counted once.
    AlreadyIn,
    /// For an invitation this assessment did not make; its body named
    /// where this browser knows it.
    OtherInvitation(Option<String>),
    Refused(CodeError),
    /// A file that is not a response file.
    NotAResponse(String),
}

/// What one batch brought in, each code or file with its outcome.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SectorIntake {
    pub outcomes: Vec<(String, Brought)>,
}

impl SectorIntake {
    pub fn added(&self) -> usize {
        self.outcomes
            .iter()
            .filter(|(_, b)| *b == Brought::Added)
            .count()
    }

    /// "1 response brought in. VCS1-…: already in, counted once."
    pub fn summary(&self) -> String {
        let added = match self.added() {
            1 => "1 response".to_string(),
            n => format!("{n} responses"),
        };
        let problems: Vec<String> = self
            .outcomes
            .iter()
            .filter_map(|(what, b)| b.problem(what))
            .collect();
        if problems.is_empty() {
            format!("{added} brought in.")
        } else {
            format!("{added} brought in. {}.", problems.join("; "))
        }
    }
}

impl Brought {
    /// What went wrong with `what` (a code or a file), in words; none when added.
    pub fn problem(&self, what: &str) -> Option<String> {
        match self {
            Brought::Added => None,
            Brought::AlreadyIn => Some(format!("{what}: already in, counted once")),
            Brought::OtherInvitation(Some(body)) => {
                Some(format!("{what}: answers {body}'s invitation, not this one"))
            }
            Brought::OtherInvitation(None) => Some(format!(
                "{what}: answers an invitation this assessment did not make"
            )),
            Brought::Refused(e) => Some(format!("{what}: refused, because {e}")),
            Brought::NotAResponse(name) => Some(format!("{name}: no response code found")),
        }
    }
}

impl SectorSurvey {
    pub fn is_empty(&self) -> bool {
        self.invitations.is_empty() && self.responses.is_empty()
    }

    /// The responses, read from their codes; any that no longer read are
    /// left out (they were checked when brought in).
    pub fn decoded(&self) -> Vec<SectorResponse> {
        self.responses
            .iter()
            .filter_map(|r| SectorResponse::from_code(&r.code).ok())
            .collect()
    }

    /// What the responses add up to, beside the body's own `scores`.
    pub fn view(&self, scores: &[StandardScore]) -> SectorView {
        SectorView::of(SectorQuestions::bundled(), &self.decoded(), scores)
    }

    /// How many responses came back and over which days; none before the
    /// first.
    pub fn evidence(&self) -> Option<SectorEvidence> {
        let decoded = self.decoded();
        Some(SectorEvidence {
            responses: decoded.len(),
            first_day: decoded.iter().map(|r| r.day).min()?,
            last_day: decoded.iter().map(|r| r.day).max()?,
        })
    }

    fn tags(&self) -> Vec<u32> {
        self.invitations
            .iter()
            .filter_map(|i| InvitationId::parse(&i.id).map(|id| id.tag()))
            .collect()
    }

    /// Takes one code, with what a file or email added to it.
    fn take(
        &mut self,
        code: &str,
        comment: Option<String>,
        organisation: Option<String>,
        now: &str,
        elsewhere: &dyn Fn(u32) -> Option<String>,
    ) -> Brought {
        let response = match SectorResponse::from_code(code) {
            Ok(r) => r,
            Err(e) => return Brought::Refused(e),
        };
        if !self.tags().contains(&response.invitation_tag) {
            return Brought::OtherInvitation(elsewhere(response.invitation_tag));
        }
        let known = self.decoded().iter().any(|r| r.id == response.id);
        if known {
            return Brought::AlreadyIn;
        }
        let clip = |t: Option<String>, max: usize| {
            t.map(|t| t.trim().chars().take(max).collect::<String>())
                .filter(|t| !t.is_empty())
        };
        self.responses.push(ReceivedResponse {
            code: response.to_code(),
            received_at: now.to_string(),
            comment: clip(comment, MAX_COMMENT),
            organisation: clip(organisation, 200),
        });
        Brought::Added
    }

    /// Every code found in pasted text, such as a whole email thread.
    /// `elsewhere` names the body of another invitation by its tag.
    pub fn bring_in_text(
        &mut self,
        text: &str,
        now: &str,
        elsewhere: &dyn Fn(u32) -> Option<String>,
    ) -> SectorIntake {
        let mut intake = SectorIntake::default();
        for code in find_codes(text) {
            let outcome = self.take(&code, None, None, now, elsewhere);
            intake.outcomes.push((code, outcome));
        }
        intake
    }

    /// A response file from the sector's page, named `name`.
    pub fn bring_in_file(
        &mut self,
        name: &str,
        text: &str,
        now: &str,
        elsewhere: &dyn Fn(u32) -> Option<String>,
    ) -> (String, Brought) {
        let read = || -> Option<(String, Option<String>, Option<String>)> {
            let value: Value = serde_json::from_str(text).ok()?;
            if value.get("format")?.as_str()? != RESPONSE_FORMAT {
                return None;
            }
            let text_of = |k: &str| value.get(k).and_then(Value::as_str).map(String::from);
            Some((
                text_of("code")?,
                text_of("comment"),
                text_of("organisation"),
            ))
        };
        let outcome = match read() {
            Some((code, comment, organisation)) => {
                self.take(&code, comment, organisation, now, elsewhere)
            }
            None => Brought::NotAResponse(name.to_string()),
        };
        (name.to_string(), outcome)
    }

    /// For an export without names: the organisations' names and the
    /// comments left out.
    pub fn without_personal(&self) -> SectorSurvey {
        SectorSurvey {
            invitations: self.invitations.clone(),
            responses: self
                .responses
                .iter()
                .map(|r| ReceivedResponse {
                    comment: None,
                    organisation: None,
                    ..r.clone()
                })
                .collect(),
        }
    }
}
