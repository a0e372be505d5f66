//! A collector's summary: what a trusted collector (a CVS, a county
//! partnership) passes the body about the responses it collected for the
//! body's invitation. Counts only, and only of questions five answered with
//! a view; no codes, no dates finer than the month, and comments only where
//! the organisation agreed. A question's figures move on only once five
//! more have answered it since the last summary passed on, so that no two
//! summaries differ by one organisation's answers.

use super::code::SectorResponse;
use super::dates::from_day_number;
use super::file::{json_string, MAX_COMMENT};
use super::invitation::{decode, encode};
use super::questions::SectorQuestions;
use super::view::{Counts, ItemShares, Ni7Figure, MIN_ANSWERS};
use std::fmt;

/// Said wherever figures include a summary that [`SectorSummary::holds_back`].
pub const HELD_BACK: &str = "Some counts are those of an earlier summary until 5 more organisations have answered the question, so they count fewer than all the responses.";

/// Marks a summary file.
pub const SUMMARY_FORMAT: &str = "thriving-third-sector-sector-summary";

/// Kept and passed on in its text form ([`SectorSummary::to_text`]), read
/// by hand: a derived reader for its nested counts cost every page that
/// reads an assessment 11 KB.
#[derive(Debug, Clone, PartialEq, Eq)]
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

    /// "summary=1&invitation=…&body=…&collector=…&made=2026-12&responses=7
    /// &with_a_view=7&first=2026-12&last=2026-12&ni7=6.7.0&items=…&kinds=…
    /// &sizes=…&comment=…": names and comments percent-encoded; counts as
    /// numbers joined by dots ("-" where held back), items joined by "_".
    pub fn to_text(&self) -> String {
        fn numbers(n: &[usize]) -> String {
            n.iter().map(usize::to_string).collect::<Vec<_>>().join(".")
        }
        let shares = |s: &Option<ItemShares>| {
            s.map_or("-".into(), |s| {
                numbers(&[s.yes, s.partly, s.no, s.dont_know, s.unanswered])
            })
        };
        let c = &self.counts;
        let mut out = format!(
            "summary=1&invitation={}&body={}&collector={}&made={}&responses={}&with_a_view={}&first={}&last={}&ni7={}&items={}&kinds={}&sizes={}",
            self.invitation,
            encode(&self.body),
            encode(&self.collector),
            self.made,
            self.responses,
            self.with_a_view,
            self.first_month,
            self.last_month,
            c.ni7.map_or("-".into(), |f| numbers(&[f.positive, f.answered, f.dont_know])),
            c.items.iter().map(shares).collect::<Vec<_>>().join("_"),
            c.kinds.as_deref().map_or("-".into(), numbers),
            c.sizes.as_deref().map_or("-".into(), numbers),
        );
        for comment in &self.comments {
            out += &format!("&comment={}", encode(comment));
        }
        out
    }

    /// Reads [`SectorSummary::to_text`], strictly: anything more than
    /// counts, months and comments (a response's code, a name) is refused,
    /// never trimmed to fit.
    pub fn from_text(
        text: &str,
        questions: &SectorQuestions,
    ) -> Result<SectorSummary, SummaryError> {
        let shape = SummaryError::Refused("anything but counts, months and comments");
        let mut pairs = text
            .split('&')
            .map(|p| p.split_once('=').unwrap_or((p, "")));
        if pairs.next() != Some(("summary", "1")) {
            return Err(SummaryError::NotASummary);
        }
        let numbers = |v: &str| -> Result<Option<Vec<usize>>, SummaryError> {
            if v == "-" {
                return Ok(None);
            }
            v.split('.')
                .map(|n| n.parse().map_err(|_| shape.clone()))
                .collect::<Result<Vec<usize>, _>>()
                .map(Some)
        };
        let mut s = SectorSummary {
            invitation: String::new(),
            body: String::new(),
            collector: String::new(),
            made: String::new(),
            responses: 0,
            with_a_view: 0,
            first_month: String::new(),
            last_month: String::new(),
            counts: Counts {
                ni7: None,
                items: Vec::new(),
                kinds: None,
                sizes: None,
            },
            comments: Vec::new(),
        };
        for (key, value) in pairs {
            let number = || value.parse::<usize>().map_err(|_| shape.clone());
            let words = || decode(value).ok_or(shape.clone());
            match key {
                "invitation" => s.invitation = value.to_string(),
                "body" => s.body = words()?,
                "collector" => s.collector = words()?,
                "made" => s.made = value.to_string(),
                "responses" => s.responses = number()?,
                "with_a_view" => s.with_a_view = number()?,
                "first" => s.first_month = value.to_string(),
                "last" => s.last_month = value.to_string(),
                "ni7" => {
                    s.counts.ni7 = match numbers(value)?.as_deref() {
                        None => None,
                        Some(&[positive, answered, dont_know]) => Some(Ni7Figure {
                            positive,
                            answered,
                            dont_know,
                        }),
                        Some(_) => return Err(shape),
                    }
                }
                "items" => {
                    s.counts.items = value
                        .split('_')
                        .map(|item| match numbers(item)?.as_deref() {
                            None => Ok(None),
                            Some(&[yes, partly, no, dont_know, unanswered]) => {
                                Ok(Some(ItemShares {
                                    yes,
                                    partly,
                                    no,
                                    dont_know,
                                    unanswered,
                                }))
                            }
                            Some(_) => Err(shape.clone()),
                        })
                        .collect::<Result<_, _>>()?
                }
                "kinds" => s.counts.kinds = numbers(value)?,
                "sizes" => s.counts.sizes = numbers(value)?,
                "comment" => s.comments.push(words()?),
                _ => return Err(shape),
            }
        }
        s.check(questions)?;
        Ok(s)
    }

    /// Whether any question's counts changed from `before`'s by fewer than
    /// five answers: what one collector's copy never passes on, but a
    /// second copy, which cannot know what the first passed on, could.
    pub fn moves_by_fewer_than_five(&self, before: &SectorSummary) -> bool {
        let (now, was) = (&self.counts, &before.counts);
        let few = |changed: bool, n: usize, w: usize| changed && n < w + MIN_ANSWERS;
        let ni7 = match (now.ni7, was.ni7) {
            (Some(n), Some(w)) => few(n != w, n.answered + n.dont_know, w.answered + w.dont_know),
            _ => false,
        };
        let items = now.items.iter().zip(&was.items).any(|pair| match pair {
            (Some(n), Some(w)) => few(
                n != w,
                n.with_a_view() + n.dont_know,
                w.with_a_view() + w.dont_know,
            ),
            _ => false,
        });
        let band = |n: &Option<Vec<usize>>, w: &Option<Vec<usize>>| match (n, w) {
            (Some(n), Some(w)) => few(n != w, n.iter().sum(), w.iter().sum()),
            _ => false,
        };
        ni7 || items || band(&now.kinds, &was.kinds) || band(&now.sizes, &was.sizes)
    }

    /// Whether the body summed its own responses, as an export without
    /// names does, rather than a collector.
    pub fn is_own(&self) -> bool {
        self.collector.is_empty()
    }

    /// "7 responses collected by Dacorum CVS, answered in December 2026";
    /// of the body's own, "summed in an export without names".
    pub fn counted_in_words(&self) -> String {
        let how = if self.is_own() {
            "summed in an export without names".to_string()
        } else {
            format!("collected by {}", self.collector)
        };
        format!(
            "{} {how}, answered in {}",
            crate::domain::county::counted(self.responses, "response", "responses"),
            self.months_in_words()
        )
    }

    /// The summary as a file to pass on: JSON around its text form.
    pub fn to_file(&self) -> String {
        format!(
            "{{\n  \"format\": \"{SUMMARY_FORMAT}\",\n  \"version\": 1,\n  \"summary\": {}\n}}\n",
            json_string(&self.to_text())
        )
    }

    /// Reads a summary file, strictly: a file with anything beside the
    /// summary (such as the responses themselves) is refused.
    pub fn from_file(
        text: &str,
        questions: &SectorQuestions,
    ) -> Result<SectorSummary, SummaryError> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|_| SummaryError::NotASummary)?;
        let object = value.as_object().ok_or(SummaryError::NotASummary)?;
        if object.get("format").and_then(|f| f.as_str()) != Some(SUMMARY_FORMAT) {
            return Err(SummaryError::NotASummary);
        }
        let known = ["format", "version", "summary"];
        if object.keys().any(|k| !known.contains(&k.as_str())) {
            return Err(SummaryError::Refused(
                "anything but counts, months and comments",
            ));
        }
        let summary = object
            .get("summary")
            .and_then(|s| s.as_str())
            .ok_or(SummaryError::NotASummary)?;
        SectorSummary::from_text(summary, questions)
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
            name(&self.body) && (self.collector.is_empty() || name(&self.collector)),
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

    /// Whether some question's counts are held at an earlier summary's, so
    /// that they count fewer responses than the summary does.
    pub fn holds_back(&self) -> bool {
        let c = &self.counts;
        let ni7 = c.ni7.map(|f| f.answered + f.dont_know);
        let items = c.items.iter().flatten().map(ItemShares::counted);
        ni7.into_iter().chain(items).any(|n| n < self.responses)
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

/// "2026-12" as "December 2026", through the day's own words.
fn month_in_words(m: &str) -> String {
    let day = super::date_in_words(&format!("{m}-01")).unwrap_or_default();
    day.split_once(' ')
        .map_or(day.clone(), |(_, month)| month.to_string())
}
