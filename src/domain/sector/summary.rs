//! A collector's summary: what a trusted collector (a CVS, a county
//! partnership) passes the body about the responses it collected for the
//! body's invitation. Counts only, and only of questions five answered with
//! a view; no codes, no dates finer than the month, and comments only where
//! the organisation agreed. A question's figures move on only once five
//! more have answered it since the last summary passed on, so that no two
//! summaries differ by one organisation's answers.

use super::code::SectorResponse;
use super::dates::from_day_number;
use super::file::MAX_COMMENT;
use super::questions::SectorQuestions;
use super::view::{Counts, ItemShares, Ni7Figure, MIN_ANSWERS};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Marks a summary file.
pub const SUMMARY_FORMAT: &str = "thriving-third-sector-sector-summary";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectorSummary {
    /// The invitation's id, as its link carries it.
    pub invitation: String,
    pub body: String,
    pub collector: String,
    /// `YYYY-MM`: when the collector passed it on.
    pub made: String,
    /// The responses summed, and those answering a question with a view.
    pub responses: usize,
    pub with_a_view: usize,
    /// `YYYY-MM`: the months the first and last were answered in.
    pub first_month: String,
    pub last_month: String,
    pub counts: Counts,
    /// What organisations agreed to pass on, without their names, in
    /// alphabetical order so that order tells nothing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<String>,
}

/// Why a file is not a summary this tool can take.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SummaryError {
    NotASummary,
    /// A field out of shape: a figure from fewer than five answers, a
    /// response's code, a date to the day.
    Refused(&'static str),
}

impl fmt::Display for SummaryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SummaryError::NotASummary => f.write_str("it is not a collector's summary"),
            SummaryError::Refused(why) => write!(f, "a summary may not hold {why}"),
        }
    }
}

/// The file around a summary.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SummaryFile {
    format: String,
    version: u32,
    summary: SectorSummary,
}

fn is_month(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 7
        && b[4] == b'-'
        && b[..4].iter().chain(&b[5..]).all(u8::is_ascii_digit)
        && matches!(text[5..].parse::<u8>(), Ok(1..=12))
}

/// The new figure of a question, or the one last passed on until five more
/// have answered it.
fn moved_on<T: Clone>(
    now: Option<T>,
    before: Option<&Option<T>>,
    answers: impl Fn(&T) -> usize,
) -> Option<T> {
    let before = before.cloned().flatten();
    match (now, before) {
        (Some(now), Some(before)) if answers(&now) < answers(&before) + MIN_ANSWERS => Some(before),
        (Some(now), _) if answers(&now) >= MIN_ANSWERS => Some(now),
        (_, before) => before,
    }
}

impl SectorSummary {
    /// What the collector passes on now: the responses' figures from five,
    /// each held at what `before` (the last summary passed on) showed until
    /// five more have answered. `comments` are those agreed to be passed on.
    #[allow(clippy::too_many_arguments)]
    pub fn of(
        questions: &SectorQuestions,
        invitation: &str,
        body: &str,
        collector: &str,
        today: &str,
        responses: &[SectorResponse],
        mut comments: Vec<String>,
        before: Option<&SectorSummary>,
    ) -> SectorSummary {
        let now = Counts::of(questions, responses);
        let was = before.map(|b| &b.counts);
        let total = |v: &Vec<usize>| v.iter().sum::<usize>();
        let counts = Counts {
            ni7: moved_on(now.ni7, was.map(|w| &w.ni7), |f: &Ni7Figure| f.answered),
            items: now
                .items
                .into_iter()
                .enumerate()
                .map(|(i, s)| {
                    moved_on(s, was.and_then(|w| w.items.get(i)), ItemShares::with_a_view)
                })
                .collect(),
            kinds: moved_on(now.kinds, was.map(|w| &w.kinds), total),
            sizes: moved_on(now.sizes, was.map(|w| &w.sizes), total),
        };
        let month = |day: Option<u16>| day.map(|d| from_day_number(d)[..7].to_string());
        comments.sort();
        SectorSummary {
            invitation: invitation.to_string(),
            body: body.to_string(),
            collector: collector.to_string(),
            made: today.get(..7).unwrap_or_default().to_string(),
            responses: responses.len(),
            with_a_view: responses.iter().filter(|r| r.has_a_view(questions)).count(),
            first_month: month(responses.iter().map(|r| r.day).min()).unwrap_or_default(),
            last_month: month(responses.iter().map(|r| r.day).max()).unwrap_or_default(),
            counts,
            comments,
        }
    }

    /// The summary as a file to pass on.
    pub fn to_file(&self) -> String {
        let file = SummaryFile {
            format: SUMMARY_FORMAT.into(),
            version: 1,
            summary: self.clone(),
        };
        crate::domain::pretty_json::pretty(
            &serde_json::to_string(&file).expect("a summary is plain data"),
        )
    }

    /// Reads a summary file, strictly: anything more than counts from five
    /// is refused, never trimmed to fit.
    pub fn from_file(
        text: &str,
        questions: &SectorQuestions,
    ) -> Result<SectorSummary, SummaryError> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|_| SummaryError::NotASummary)?;
        if value.get("format").and_then(|f| f.as_str()) != Some(SUMMARY_FORMAT) {
            return Err(SummaryError::NotASummary);
        }
        let file: SummaryFile = serde_json::from_value(value)
            .map_err(|_| SummaryError::Refused("anything but counts, months and comments"))?;
        let s = file.summary;
        s.check(questions)?;
        Ok(s)
    }

    /// What a summary may hold.
    pub fn check(&self, questions: &SectorQuestions) -> Result<(), SummaryError> {
        let refuse = |ok: bool, why| {
            if ok {
                Ok(())
            } else {
                Err(SummaryError::Refused(why))
            }
        };
        refuse(
            super::InvitationId::parse(&self.invitation).is_some(),
            "an invitation id this tool did not make",
        )?;
        let name = |n: &str| !n.trim().is_empty() && n.chars().count() <= 200;
        refuse(
            name(&self.body) && name(&self.collector),
            "a name that long",
        )?;
        let months = [&self.made, &self.first_month, &self.last_month];
        refuse(
            months.iter().all(|m| is_month(m) || m.is_empty()),
            "dates finer than the month",
        )?;
        refuse(
            self.with_a_view <= self.responses,
            "more views than responses",
        )?;
        let c = &self.counts;
        let five = |n: usize| (MIN_ANSWERS..=self.responses).contains(&n);
        refuse(
            c.items.len() == questions.items.len()
                && c.items.iter().flatten().all(|s| five(s.with_a_view()))
                && c.ni7
                    .is_none_or(|f| five(f.answered) && f.positive <= f.answered)
                && [
                    (&c.kinds, questions.kinds.len()),
                    (&c.sizes, questions.sizes.len()),
                ]
                .iter()
                .all(|(v, n)| {
                    v.as_ref()
                        .is_none_or(|v| v.len() == *n && five(v.iter().sum()))
                }),
            "a figure from fewer than five answers",
        )?;
        refuse(
            self.comments.len() <= self.responses
                && self
                    .comments
                    .iter()
                    .all(|c| c.chars().count() <= MAX_COMMENT),
            "more comments than responses, or longer than a response's",
        )
    }

    /// The month it was passed on: "December 2026".
    pub fn made_in_words(&self) -> String {
        month_in_words(&self.made)
    }

    /// "December 2026", or "November to December 2026".
    pub fn months_in_words(&self) -> String {
        let words = month_in_words;
        match (self.first_month.as_str(), self.last_month.as_str()) {
            ("", _) => String::new(),
            (a, b) if a == b => words(a),
            (a, b) if a[..4] == b[..4] => {
                let first = words(a);
                format!("{} to {}", first.split(' ').next().unwrap_or(""), words(b))
            }
            (a, b) => format!("{} to {}", words(a), words(b)),
        }
    }
}

/// "2026-12" as "December 2026".
fn month_in_words(m: &str) -> String {
    let n: usize = m.get(5..7).and_then(|n| n.parse().ok()).unwrap_or(0);
    let name = super::MONTHS.get(n.wrapping_sub(1)).copied().unwrap_or("");
    format!("{name} {}", m.get(..4).unwrap_or(""))
}
