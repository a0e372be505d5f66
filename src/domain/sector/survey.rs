//! What an assessment keeps of the sector's view (schema version 8): the
//! invitations it made and the responses brought back, each response as
//! its code (checked when brought in), with the comment and name that only
//! a file or an email can carry; and, for an invitation a collector
//! gathers, the collector's summary instead of any response.

use super::code::{code_spans, CodeError, SectorResponse};
use super::dates::between_days;
use super::dates::day_number;
use super::file::{
    COMMENT_LINE, COMMENT_MARK, CONSENT_LINE, MAX_COMMENT, ORGANISATION_LINE, RESPONSE_FORMAT,
};
use super::invitation::{Invitation, InvitationId};
use super::questions::SectorQuestions;
use super::summary::{SectorSummary, SummaryError, SUMMARY_FORMAT};
use super::view::{Counts, ItemShares, SectorView};
use crate::domain::county::counted;
use crate::domain::scoring::{Responded, SectorEvidence, StandardScore};
use serde::{Deserialize, Serialize};
use serde_json::Value;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectorSurvey {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub invitations: Vec<SentInvitation>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responses: Vec<ReceivedResponse>,
    /// Collectors' summaries, one per invitation at most, each in its text
    /// form ([`SectorSummary::to_text`]): read through [`Self::summaries`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub summaries: Vec<String>,
    /// What files without names last passed on of the body's own
    /// responses: one summary per invitation, in text form. The next moves
    /// a question on only once five more have answered it, so that no two
    /// files differ by one organisation's answers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub passed_on: Vec<String>,
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
    /// Who collects the answers and passes the body a summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collector: Option<String>,
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
            collector: self.collector.clone(),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceivedResponse {
    /// As written by the sector's page: "VCS2-…" (or "VCS1-…").
    pub code: String,
    /// When it was brought in, ISO 8601.
    pub received_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// Only where the invitation asked for names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// Answered after its invitation's closing date and counted all the
    /// same, because the officer chose to.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub late_counted: bool,
    /// The organisation agreed that a collector pass its comment on.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub pass_on: bool,
}

/// What became of one code or file brought in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Brought {
    Added,
    /// A later revision of a response already in, which it replaced, or
    /// the same response bringing a comment or name it lacked.
    Updated,
    /// The same response, already in: counted once.
    AlreadyIn,
    /// An earlier revision of a response already in: nothing changed.
    Earlier,
    /// Answered after the invitation's closing date: kept, not counted.
    Late,
    /// For an invitation this assessment did not make; its body named
    /// where this browser knows it.
    OtherInvitation(Option<String>),
    /// For an invitation a collector gathers, named: not taken here.
    Collected(String),
    /// A collector's summary taken, of this many responses; `true` where
    /// it replaced an earlier one.
    Summed(String, usize, bool),
    /// A summary file refused.
    NotASummary(SummaryError),
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
    fn count(&self, which: impl Fn(&Brought) -> bool) -> usize {
        self.outcomes.iter().filter(|(_, b)| which(b)).count()
    }

    pub fn added(&self) -> usize {
        self.count(|b| *b == Brought::Added)
    }

    /// The codes and files that were not taken, each with why.
    pub fn problems(&self) -> Vec<String> {
        self.outcomes
            .iter()
            .filter_map(|(what, b)| b.problem(what))
            .collect()
    }

    /// "2 responses added, 1 updated, 1 already in. 1 arrived after the
    /// closing date: kept, not counted. 1 refused."
    pub fn summary(&self) -> String {
        let mut parts = vec![format!(
            "{} added",
            counted(self.added(), "response", "responses")
        )];
        for (n, words) in [
            (self.count(|b| *b == Brought::Updated), "updated"),
            (
                self.count(|b| *b == Brought::AlreadyIn),
                "already in, counted once",
            ),
            (
                self.count(|b| *b == Brought::Earlier),
                "an earlier copy of one already in, which changes nothing",
            ),
        ] {
            if n > 0 {
                parts.push(format!("{n} {words}"));
            }
        }
        let mut out = parts.join(", ") + ".";
        for (_, b) in &self.outcomes {
            if let Brought::Summed(collector, n, replaced) = b {
                out += &format!(
                    " {collector}'s summary of {} brought in{}.",
                    counted(*n, "response", "responses"),
                    if *replaced {
                        ", in place of its earlier one"
                    } else {
                        ""
                    }
                );
            }
        }
        let late = self.count(|b| *b == Brought::Late);
        if late > 0 {
            out += &format!(" {late} arrived after the closing date: not counted.");
        }
        let refused = self.count(|b| {
            matches!(
                b,
                Brought::Refused(_)
                    | Brought::OtherInvitation(_)
                    | Brought::NotAResponse(_)
                    | Brought::Collected(_)
                    | Brought::NotASummary(_)
            )
        });
        if refused > 0 {
            out += &format!(" {refused} refused: see why below.");
        }
        out
    }
}

impl Brought {
    /// What went wrong with `what` (a code or a file), in words; none when
    /// it was taken.
    pub fn problem(&self, what: &str) -> Option<String> {
        match self {
            Brought::Added
            | Brought::Updated
            | Brought::AlreadyIn
            | Brought::Earlier
            | Brought::Summed(..) => None,
            Brought::Collected(collector) => Some(format!(
                "{what}: answers the invitation that {collector} collects, so it is not counted here: forward it to {collector}"
            )),
            Brought::NotASummary(e) => Some(format!("{what}: refused, because {e}")),
            Brought::Late => Some(format!(
                "{what}: answered after the closing date, so kept but not counted"
            )),
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

/// What a file or an email carries beside a code.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Extras {
    comment: Option<String>,
    organisation: Option<String>,
    pass_on: bool,
}

/// The "Organisation:" and "Comment:" an email from the sector's page
/// carries after a code, in `text` (up to the next code). Quoting ("> ")
/// is taken off each line. The comment is the lines after "Comment:" that
/// begin "| ", so that no line an organisation wrote passes for the
/// email's own; in an email written before that mark, it runs from
/// "Comment:" to the first empty line.
fn email_extras(text: &str) -> Extras {
    let lines: Vec<&str> = text
        .lines()
        .map(|l| l.trim_start_matches(['>', ' ']).trim_end())
        .collect();
    let mut extras = Extras::default();
    let mut i = 0;
    while i < lines.len() {
        if let Some(name) = lines[i].strip_prefix(ORGANISATION_LINE) {
            extras.organisation = Some(name.trim().to_string());
        } else if let Some(answer) = lines[i].strip_prefix(CONSENT_LINE) {
            extras.pass_on = answer.trim().to_ascii_lowercase().starts_with("yes");
        } else if let Some(first) = lines[i].strip_prefix(COMMENT_LINE) {
            let marked: Vec<&str> = lines[i + 1..]
                .iter()
                .map_while(|l| l.strip_prefix(COMMENT_MARK.trim_end()))
                .map(|l| l.strip_prefix(' ').unwrap_or(l))
                .collect();
            let comment = if marked.is_empty() {
                let n = lines[i + 1..]
                    .iter()
                    .position(|l| l.is_empty())
                    .unwrap_or(lines.len() - i - 1);
                [&[first.trim()][..], &lines[i + 1..i + 1 + n]].concat()
            } else {
                marked
            };
            extras.comment = Some(comment.join("\n").trim().to_string());
            break;
        }
        i += 1;
    }
    extras
}

impl SectorSurvey {
    /// The collectors' summaries that read (each was checked when brought in).
    pub fn summaries(&self) -> Vec<SectorSummary> {
        self.summaries
            .iter()
            .filter_map(|t| SectorSummary::from_text(t, SectorQuestions::bundled()).ok())
            .collect()
    }

    pub fn is_empty(&self) -> bool {
        self.invitations.is_empty() && self.responses.is_empty()
    }

    /// The closing day of the invitation with this tag, if it has one.
    fn closes(&self, tag: u32) -> Option<u16> {
        self.invitations
            .iter()
            .find(|i| InvitationId::parse(&i.id).is_some_and(|id| id.tag() == tag))
            .and_then(|i| day_number(i.closes.as_deref()?))
    }

    /// Whether a response was answered after its invitation closed.
    fn is_late(&self, response: &SectorResponse) -> bool {
        self.closes(response.invitation_tag)
            .is_some_and(|closes| response.day > closes)
    }

    /// Every response brought in, read from its code, with whether it
    /// counts; any that no longer read are left out (they were checked
    /// when brought in).
    fn read(&self) -> impl Iterator<Item = (&ReceivedResponse, SectorResponse)> {
        self.responses
            .iter()
            .filter_map(|r| SectorResponse::from_code(&r.code).ok().map(|d| (r, d)))
    }

    /// The responses that count: on time, or late and counted on purpose.
    pub fn decoded(&self) -> Vec<SectorResponse> {
        self.read()
            .filter(|(r, d)| r.late_counted || !self.is_late(d))
            .map(|(_, d)| d)
            .collect()
    }

    /// The responses that count, as brought in: a late one's comment is
    /// no more shown than its answers are counted.
    pub fn counted(&self) -> impl Iterator<Item = &ReceivedResponse> {
        self.read()
            .filter(|(r, d)| r.late_counted || !self.is_late(d))
            .map(|(r, _)| r)
    }

    /// What organisations agreed a collector pass on, of the responses
    /// that count.
    pub fn comments_to_pass_on(&self) -> Vec<String> {
        self.counted()
            .filter(|r| r.pass_on)
            .filter_map(|r| r.comment.clone())
            .collect()
    }

    /// How many answered after the closing date and are not counted.
    pub fn late_uncounted(&self) -> usize {
        self.read()
            .filter(|(r, d)| !r.late_counted && self.is_late(d))
            .count()
    }

    /// Counts the responses that arrived after the closing date, as the
    /// officer chose to.
    pub fn count_late(&mut self) {
        let late: Vec<bool> = self
            .responses
            .iter()
            .map(|r| SectorResponse::from_code(&r.code).is_ok_and(|d| self.is_late(&d)))
            .collect();
        for (r, late) in self.responses.iter_mut().zip(late) {
            r.late_counted |= late;
        }
    }

    /// What the responses add up to, beside the body's own `scores`.
    pub fn view(&self, scores: &[StandardScore]) -> SectorView {
        SectorView::of(
            SectorQuestions::bundled(),
            &self.decoded(),
            &self.summaries(),
            scores,
        )
    }

    /// What the responses add up to, as evidence: the body's own, and
    /// each collector's; none before the first.
    pub fn evidence(&self) -> Option<SectorEvidence> {
        let decoded = self.decoded();
        let questions = SectorQuestions::bundled();
        let days = decoded.iter().map(|r| r.day);
        let own = days
            .clone()
            .min()
            .zip(days.max())
            .map(|(first, last)| Responded {
                responses: decoded.len(),
                with_a_view: decoded.iter().filter(|r| r.has_a_view(questions)).count(),
                collector: None,
                when: between_days(first, last),
            });
        let summaries = self.summaries();
        let counts = Counts::pooled(questions, &decoded, &summaries);
        // The same majority the sector's view calls a gap ([`ItemShares`]).
        let most = |says: fn(&ItemShares) -> bool| {
            questions
                .items
                .iter()
                .zip(&counts.items)
                .filter(|(_, s)| s.as_ref().is_some_and(says))
                .map(|(item, _)| item.standard)
                .collect()
        };
        let (confirmed, denied) = (most(ItemShares::mostly_yes), most(ItemShares::mostly_no));
        let collected: Vec<Responded> = summaries
            .iter()
            .filter(|s| s.responses > 0)
            .map(|s| Responded {
                responses: s.responses,
                with_a_view: s.with_a_view,
                // An export without names sums the body's own as its own.
                collector: (!s.is_own()).then(|| s.collector.clone()),
                when: format!("in {}", s.months_in_words()),
            })
            .collect();
        (own.is_some() || !collected.is_empty()).then_some(SectorEvidence {
            own,
            collected,
            confirmed,
            denied,
        })
    }

    fn tags(&self) -> Vec<u32> {
        self.invitations
            .iter()
            .filter_map(|i| InvitationId::parse(&i.id).map(|id| id.tag()))
            .collect()
    }

    /// Who collects the answers to the invitation with this tag, if anyone.
    fn collector(&self, tag: u32) -> Option<&str> {
        self.invitations
            .iter()
            .find(|i| InvitationId::parse(&i.id).is_some_and(|id| id.tag() == tag))
            .and_then(|i| i.collector.as_deref())
    }

    /// Takes one code, with what a file or email added to it. A later
    /// revision of a response replaces it; an earlier one changes nothing.
    fn take(
        &mut self,
        code: &str,
        extras: Extras,
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
        if let Some(collector) = self.collector(response.invitation_tag) {
            return Brought::Collected(collector.to_string());
        }
        let clip = |t: Option<String>, max: usize| {
            t.map(|t| t.trim().chars().take(max).collect::<String>())
                .filter(|t| !t.is_empty())
        };
        let comment = clip(extras.comment, MAX_COMMENT);
        let organisation = clip(extras.organisation, 200);
        let late = self.is_late(&response);
        let known = self.responses.iter().position(|r| {
            SectorResponse::from_code(&r.code)
                .is_ok_and(|d| d.invitation_tag == response.invitation_tag && d.id == response.id)
        });
        let Some(at) = known else {
            self.responses.push(ReceivedResponse {
                code: response.to_code(),
                received_at: now.to_string(),
                comment,
                organisation,
                late_counted: false,
                pass_on: extras.pass_on,
            });
            return if late { Brought::Late } else { Brought::Added };
        };
        let held = &mut self.responses[at];
        let before = SectorResponse::from_code(&held.code).map(|d| (d.day, d.revision));
        let order = before.map(|b| (response.day, response.revision).cmp(&b));
        match order {
            Ok(std::cmp::Ordering::Less) => Brought::Earlier,
            // A change made after the closing date does not replace the
            // answers given in time.
            Ok(std::cmp::Ordering::Greater) if late && !held.late_counted => Brought::Late,
            Ok(std::cmp::Ordering::Greater) => {
                held.code = response.to_code();
                held.received_at = now.to_string();
                // A bare code keeps what the earlier email or file said.
                held.comment = comment.or(held.comment.take());
                held.organisation = organisation.or(held.organisation.take());
                held.pass_on = extras.pass_on;
                Brought::Updated
            }
            _ => {
                let adds = (comment.is_some() && held.comment.is_none())
                    || (organisation.is_some() && held.organisation.is_none());
                if adds {
                    held.comment = held.comment.take().or(comment);
                    held.organisation = held.organisation.take().or(organisation);
                    Brought::Updated
                } else {
                    Brought::AlreadyIn
                }
            }
        }
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
        // A code on a comment's line is what an organisation wrote, not a
        // response: it stays part of that comment.
        let in_comment = |start: usize| {
            let line = &text[text[..start].rfind('\n').map_or(0, |n| n + 1)..start];
            line.trim_start_matches(['>', ' '])
                .starts_with(COMMENT_MARK.trim_end())
        };
        let spans: Vec<_> = code_spans(text)
            .into_iter()
            .filter(|(start, ..)| !in_comment(*start))
            .collect();
        for (n, (_, end, code)) in spans.iter().enumerate() {
            let next = spans.get(n + 1).map_or(text.len(), |(start, ..)| *start);
            let extras = email_extras(&text[*end..next]);
            let outcome = self.take(code, extras, now, elsewhere);
            intake.outcomes.push((code.clone(), outcome));
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
        let value: Option<Value> = serde_json::from_str(text).ok();
        let format = value
            .as_ref()
            .and_then(|v| v.get("format")?.as_str().map(String::from));
        if format.as_deref() == Some(SUMMARY_FORMAT) {
            return (name.to_string(), self.take_summary(text));
        }
        let read = || -> Option<(String, Extras)> {
            let value = value.as_ref()?;
            if format.as_deref()? != RESPONSE_FORMAT {
                return None;
            }
            let text_of = |k: &str| value.get(k).and_then(Value::as_str).map(String::from);
            Some((
                text_of("code")?,
                Extras {
                    comment: text_of("comment"),
                    organisation: text_of("organisation"),
                    pass_on: value.get("pass_on").and_then(Value::as_bool) == Some(true),
                },
            ))
        };
        // The invitation the file names must be the one its code answers:
        // a file is never read as adding to another response.
        let named = value
            .as_ref()
            .and_then(|v| v.get("invitation")?.get("id")?.as_str())
            .and_then(InvitationId::parse);
        let outcome = match read() {
            Some((code, _))
                if named.is_some_and(|id| {
                    SectorResponse::from_code(&code).is_ok_and(|r| r.invitation_tag != id.tag())
                }) =>
            {
                Brought::NotAResponse(format!(
                    "{name} (its code answers another invitation than the one it names)"
                ))
            }
            Some((code, extras)) => self.take(&code, extras, now, elsewhere),
            None => Brought::NotAResponse(name.to_string()),
        };
        (name.to_string(), outcome)
    }

    /// A collector's summary file, for an invitation of this assessment
    /// that names a collector; a later one replaces an earlier one.
    fn take_summary(&mut self, text: &str) -> Brought {
        let summary = match SectorSummary::from_file(text, SectorQuestions::bundled()) {
            Ok(s) => s,
            Err(e) => return Brought::NotASummary(e),
        };
        let ours = self.invitations.iter().find(|i| i.id == summary.invitation);
        let Some(invitation) = ours else {
            return Brought::OtherInvitation(Some(summary.body));
        };
        if invitation.collector.is_none() {
            return Brought::NotASummary(SummaryError::Refused(
                "responses to an invitation that named no collector",
            ));
        }
        let key = |s: &SectorSummary| {
            (
                s.responses,
                s.made.clone(),
                s.counts.items.iter().flatten().count(),
            )
        };
        let held = self
            .summaries()
            .into_iter()
            .enumerate()
            .find(|(_, s)| s.invitation == summary.invitation);
        match held {
            Some((_, held)) if held == summary => Brought::AlreadyIn,
            Some((_, held)) if key(&summary) < key(&held) => Brought::Earlier,
            // Made from another copy of the collector's tool, which could
            // not hold the counts at what the first passed on.
            Some((_, held)) if summary.moves_by_fewer_than_five(&held) => {
                Brought::NotASummary(SummaryError::Refused(
                    "counts that differ from the summary you have by fewer than five organisations' answers: ask the collector to make it in the copy of the tool that made the first",
                ))
            }
            Some((at, _)) => {
                self.summaries[at] = summary.to_text();
                Brought::Summed(summary.collector, summary.responses, true)
            }
            None => {
                self.summaries.push(summary.to_text());
                Brought::Summed(summary.collector, summary.responses, false)
            }
        }
    }

    /// The body's own responses summed, per invitation that named no
    /// collector: counts from five answers and months, summed by `body` in
    /// the month of `today`, each question held at what a file last passed
    /// on until five more have answered it.
    fn own_summaries(&self, body: &str, today: &str) -> Vec<SectorSummary> {
        let questions = SectorQuestions::bundled();
        let counted = self.decoded();
        let before: Vec<SectorSummary> = self
            .passed_on
            .iter()
            .filter_map(|t| SectorSummary::from_text(t, questions).ok())
            .collect();
        self.invitations
            .iter()
            .filter(|i| i.collector.is_none())
            .filter_map(|i| {
                let tag = InvitationId::parse(&i.id)?.tag();
                let answered: Vec<SectorResponse> = counted
                    .iter()
                    .filter(|r| r.invitation_tag == tag)
                    .cloned()
                    .collect();
                (!answered.is_empty()).then(|| {
                    SectorSummary::of(
                        questions,
                        &i.id,
                        body,
                        "",
                        today,
                        &answered,
                        Vec::new(),
                        before.iter().find(|b| b.invitation == i.id),
                    )
                })
            })
            .collect()
    }

    /// Keeps what a file without names has just passed on; whether it
    /// changed.
    pub fn pass_on_own(&mut self, body: &str, today: &str) -> bool {
        let now: Vec<String> = self
            .own_summaries(body, today)
            .iter()
            .map(SectorSummary::to_text)
            .collect();
        let changed = now != self.passed_on;
        self.passed_on = now;
        changed
    }

    /// For an export without names: no response's code, which carries
    /// every answer, but the body's own responses as summaries
    /// ([`Self::own_summaries`]), as a collector's are; and no comments.
    pub fn without_personal(&self, body: &str, today: &str) -> SectorSurvey {
        let own = self
            .own_summaries(body, today)
            .into_iter()
            .map(|s| s.to_text());
        SectorSurvey {
            invitations: self.invitations.clone(),
            responses: Vec::new(),
            // Each comment is its own "&comment=…" field: left out, with
            // no need to read the rest.
            summaries: self
                .summaries
                .iter()
                .map(|t| {
                    t.split('&')
                        .filter(|field| !field.starts_with("comment="))
                        .collect::<Vec<_>>()
                        .join("&")
                })
                .chain(own)
                .collect(),
            passed_on: Vec::new(),
        }
    }
}
