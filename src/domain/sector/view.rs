//! What the sector's answers add up to for one body: how many came in and
//! when, and, from five responses on, the NI7-style figure, each item's
//! shares beside the body's own verdict, and where the two disagree.

use super::code::{ItemAnswer, SectorResponse};
use super::questions::SectorQuestions;
use crate::domain::scoring::{StandardScore, Status};

/// Under this many responses no figure is shown, only the count: with
/// fewer, one organisation's answers could be picked out.
pub const MIN_RESPONSES: usize = 5;

#[derive(Debug, Clone, PartialEq)]
pub struct SectorView {
    pub count: usize,
    /// The first and last days answered ([`super::day_number`]).
    pub first_day: Option<u16>,
    pub last_day: Option<u16>,
    /// None under [`MIN_RESPONSES`].
    pub figures: Option<Figures>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Figures {
    pub ni7: Ni7Figure,
    /// One per item, in the questions' order.
    pub items: Vec<ItemShares>,
    pub gaps: Vec<Gap>,
}

/// The share answering very positive or positive, of those who answered
/// the NI7 question ("don't know" included, as an answer given).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ni7Figure {
    pub positive: usize,
    pub answered: usize,
}

impl Ni7Figure {
    /// The percentage to one decimal place, as the report gives NI7; none
    /// when nobody answered.
    pub fn percent(&self) -> Option<f64> {
        (self.answered > 0)
            .then(|| (self.positive as f64 * 1000.0 / self.answered as f64).round() / 10.0)
    }
}

impl Ni7Figure {
    /// "60.0%", or none when nobody answered.
    pub fn percent_text(&self) -> Option<String> {
        self.percent().map(|p| format!("{}%", one_decimal(p)))
    }
}

/// A figure to one decimal place ("16.2", "60.0"), from whole numbers:
/// formatting a float would add about 10 KB to a page that had none.
pub fn one_decimal(x: f64) -> String {
    let tenths = (x * 10.0).round() as i64;
    format!("{}.{}", tenths / 10, (tenths % 10).abs())
}

/// A published figure as printed: "14" where it is whole, "16.2" else.
pub fn as_printed(x: f64) -> String {
    let text = one_decimal(x);
    text.strip_suffix(".0").map(String::from).unwrap_or(text)
}

/// How the responses answered one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ItemShares {
    pub yes: usize,
    pub partly: usize,
    pub no: usize,
    pub dont_know: usize,
    pub unanswered: usize,
}

impl ItemShares {
    /// Those who said yes, partly or no: "don't know" is no view either way.
    pub fn with_a_view(&self) -> usize {
        self.yes + self.partly + self.no
    }
}

/// Where the body's own verdict and the sector's view part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gap {
    /// The body rates itself met, and most of those with a view say no.
    NotSeenYet(usize),
    /// The body says not met, and most of those with a view say yes.
    SeesMore(usize),
}

impl Gap {
    /// The gap in words, the same on screen, in the CSV and in print.
    pub fn words(self) -> &'static str {
        match self {
            Gap::NotSeenYet(_) => "The sector does not see this yet",
            Gap::SeesMore(_) => "The sector sees more than the body claims",
        }
    }

    fn item(self) -> usize {
        match self {
            Gap::NotSeenYet(i) | Gap::SeesMore(i) => i,
        }
    }
}

impl Figures {
    /// Where the views part on item `i`, if they do.
    pub fn gap_at(&self, i: usize) -> Option<Gap> {
        self.gaps.iter().copied().find(|g| g.item() == i)
    }
}

impl SectorView {
    /// The responses as counted: each id once.
    pub fn of(
        questions: &SectorQuestions,
        responses: &[SectorResponse],
        scores: &[StandardScore],
    ) -> SectorView {
        let first_day = responses.iter().map(|r| r.day).min();
        let last_day = responses.iter().map(|r| r.day).max();
        let count = responses.len();
        let figures = (count >= MIN_RESPONSES).then(|| {
            let ni7 = Ni7Figure {
                positive: responses
                    .iter()
                    .filter(|r| {
                        r.ni7
                            .and_then(|i| questions.ni7.options.get(usize::from(i)))
                            .is_some_and(|o| o.positive)
                    })
                    .count(),
                answered: responses.iter().filter(|r| r.ni7.is_some()).count(),
            };
            let items: Vec<ItemShares> = (0..questions.items.len())
                .map(|i| {
                    let mut s = ItemShares::default();
                    for r in responses {
                        match r.items.get(i).copied().flatten() {
                            Some(ItemAnswer::Yes) => s.yes += 1,
                            Some(ItemAnswer::Partly) => s.partly += 1,
                            Some(ItemAnswer::No) => s.no += 1,
                            Some(ItemAnswer::DontKnow) => s.dont_know += 1,
                            None => s.unanswered += 1,
                        }
                    }
                    s
                })
                .collect();
            let gaps = questions
                .items
                .iter()
                .zip(&items)
                .enumerate()
                .filter_map(|(i, (item, shares))| {
                    let own = item.own_score(scores)?;
                    let view = shares.with_a_view();
                    match own.status {
                        Status::Met if shares.no * 2 > view => Some(Gap::NotSeenYet(i)),
                        Status::NotMet | Status::NotAnswered if shares.yes * 2 > view => {
                            Some(Gap::SeesMore(i))
                        }
                        _ => None,
                    }
                })
                .collect();
            Figures { ni7, items, gaps }
        });
        SectorView {
            count,
            first_day,
            last_day,
            figures,
        }
    }
}
