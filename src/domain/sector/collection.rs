//! What a collector keeps, in its own browser, for one invitation it
//! collects: the invitation as its link carries it, the responses brought
//! in (read as the body would read them), and the last summary passed on,
//! against which the next one moves on only by five answers.

use super::invitation::Invitation;
use super::questions::SectorQuestions;
use super::summary::SectorSummary;
use super::survey::{Brought, SectorIntake, SectorSurvey, SentInvitation};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Collection {
    /// The invitation's link fragment ("#invite=1&id=…"), as the body made it.
    pub invitation: String,
    /// The responses, under the invitation as one the collector receives.
    pub survey: SectorSurvey,
    /// The last summary passed on to the body, in its text form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passed_on: Option<String>,
}

impl Collection {
    /// A new collection for an invitation that names its collector.
    pub fn new(invitation: &Invitation, now: &str) -> Collection {
        Collection {
            invitation: invitation.to_fragment(),
            survey: SectorSurvey {
                invitations: vec![SentInvitation {
                    id: invitation.id.to_string(),
                    created_at: now.to_string(),
                    closes: invitation.closes.clone(),
                    reply_to: None,
                    named: invitation.named,
                    // Here the collector is the one receiving: codes are taken.
                    collector: None,
                }],
                ..SectorSurvey::default()
            },
            passed_on: None,
        }
    }

    /// The invitation, read from its link; none if the kept copy was changed.
    pub fn invitation(&self) -> Option<Invitation> {
        Invitation::from_fragment(&self.invitation).ok()
    }

    /// Codes pasted, as the body's page takes them.
    pub fn bring_in_text(&mut self, text: &str, now: &str) -> SectorIntake {
        self.survey.bring_in_text(text, now, &|_| None)
    }

    /// A response file; a summary is the body's to bring in, not the collector's.
    pub fn bring_in_file(&mut self, name: &str, text: &str, now: &str) -> (String, Brought) {
        if text.contains(super::SUMMARY_FORMAT) {
            return (name.to_string(), Brought::NotAResponse(name.to_string()));
        }
        self.survey.bring_in_file(name, text, now, &|_| None)
    }

    /// What would be passed on today.
    pub fn summary(&self, today: &str) -> Option<SectorSummary> {
        let invitation = self.invitation()?;
        Some(SectorSummary::of(
            SectorQuestions::bundled(),
            invitation.id.as_str(),
            &invitation.body,
            invitation.collector.as_deref().unwrap_or_default(),
            today,
            &self.survey.decoded(),
            self.survey.comments_to_pass_on(),
            self.last_passed_on().as_ref(),
        ))
    }

    /// The last summary passed on, if any.
    pub fn last_passed_on(&self) -> Option<SectorSummary> {
        SectorSummary::from_text(self.passed_on.as_deref()?, SectorQuestions::bundled()).ok()
    }

    /// Passes on today's summary: the next moves on from it.
    pub fn pass_on(&mut self, today: &str) -> Option<SectorSummary> {
        let summary = self.summary(today)?;
        self.passed_on = Some(summary.to_text());
        Some(summary)
    }
}
