//! What the sector's answers add up to for one body: how many came in and
//! when, and, question by question, a figure only where five organisations
//! gave an answer with a view ("don't know" is shown but not counted
//! towards the five): the NI7-style figure, each item's answers beside the
//! body's own verdict, where the two disagree, and who answered by kind and
//! size.

use super::code::{ItemAnswer, SectorResponse};
use super::questions::SectorQuestions;
use crate::domain::scoring::{StandardScore, Status};

/// Under this many answers with a view to a question, its figure is not
/// shown: a pattern read into two answers is no pattern.
pub const MIN_ANSWERS: usize = 5;

#[derive(Debug, Clone, PartialEq)]
pub struct SectorView {
    /// The responses counted (late ones only when counted on purpose).
    pub count: usize,
    /// The first and last days answered ([`super::day_number`]).
    pub first_day: Option<u16>,
    pub last_day: Option<u16>,
    /// None under [`MIN_ANSWERS`] responses: no question can have five.
    pub figures: Option<Figures>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Figures {
    /// The NI7 answers counted, shown or not: read through
    /// [`Figures::ni7`], which keeps them private under five.
    ni7_counts: Ni7Figure,
    /// One per item, in the questions' order; none under five with a view.
    pub items: Vec<Option<ItemShares>>,
    pub gaps: Vec<Gap>,
    /// How many gave each kind and each size, in the questions' order;
    /// none under five who said.
    pub kinds: Option<Vec<usize>>,
    pub sizes: Option<Vec<usize>>,
}

/// The share answering very positive or positive, of those who answered
/// on the national survey's five-point scale; "don't know" beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ni7Figure {
    pub positive: usize,
    /// On the five-point scale: "don't know" is no view either way.
    pub answered: usize,
    pub dont_know: usize,
}

impl Ni7Figure {
    /// Counts the NI7 answers of `responses`, shown or not.
    pub fn of(questions: &SectorQuestions, responses: &[&SectorResponse]) -> Ni7Figure {
        let mut figure = Ni7Figure {
            positive: 0,
            answered: 0,
            dont_know: 0,
        };
        for option in responses
            .iter()
            .filter_map(|r| questions.ni7.options.get(usize::from(r.ni7?)))
        {
            if option.is_a_view() {
                figure.answered += 1;
                figure.positive += usize::from(option.positive);
            } else {
                figure.dont_know += 1;
            }
        }
        figure
    }

    /// Enough answers with a view for the figure to be shown.
    pub fn shown(self) -> Option<Ni7Figure> {
        (self.answered >= MIN_ANSWERS).then_some(self)
    }

    /// The percentage to one decimal place, as the report gives NI7; none
    /// when nobody answered.
    pub fn percent(&self) -> Option<f64> {
        (self.answered > 0)
            .then(|| (self.positive as f64 * 1000.0 / self.answered as f64).round() / 10.0)
    }

    /// "60.0%", or none when nobody answered.
    pub fn percent_text(&self) -> Option<String> {
        self.percent().map(|p| format!("{}%", one_decimal(p)))
    }

    /// The share as a whole percentage, for a figure from few answers:
    /// a decimal place would claim a precision five answers cannot give.
    pub fn whole_percent(&self) -> usize {
        (self.positive * 100 + self.answered / 2) / self.answered.max(1)
    }

    /// The body's own figure, counts first and named for who answered: "3
    /// of the 5 organisations that answered this body's invitation on the
    /// five-point scale (60%) say it has a very positive or positive
    /// influence on their success."
    pub fn sentence(&self) -> String {
        let mut out = format!(
            "{} of the {} organisations that answered this body's invitation on the five-point scale ({}%) say it has a very positive or positive influence on their success.",
            self.positive,
            self.answered,
            self.whole_percent()
        );
        match self.dont_know {
            0 => {}
            1 => out += " 1 more answered \"don't know\".",
            n => out += &format!(" {n} more answered \"don't know\"."),
        }
        out
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
    /// The NI7-style figure; none under five answers with a view.
    pub fn ni7(&self) -> Option<Ni7Figure> {
        self.ni7_counts.shown()
    }

    /// How many answered the NI7 question with a view, shown or not.
    pub fn ni7_with_a_view(&self) -> usize {
        self.ni7_counts.answered
    }

    /// Where the views part on item `i`, if they do.
    pub fn gap_at(&self, i: usize) -> Option<Gap> {
        self.gaps.iter().copied().find(|g| g.item() == i)
    }
}

/// How many chose each of `n` choices, where five or more chose one.
fn bands(n: usize, chosen: impl Iterator<Item = Option<u8>>) -> Option<Vec<usize>> {
    let mut counts = vec![0; n];
    for i in chosen.flatten() {
        if let Some(c) = counts.get_mut(usize::from(i)) {
            *c += 1;
        }
    }
    (counts.iter().sum::<usize>() >= MIN_ANSWERS).then_some(counts)
}

impl SectorResponse {
    /// Whether it answers any question other than with "don't know".
    pub fn has_a_view(&self, questions: &SectorQuestions) -> bool {
        let ni7 = self
            .ni7
            .and_then(|i| questions.ni7.options.get(usize::from(i)))
            .is_some_and(|o| o.is_a_view());
        ni7 || self.items.iter().any(|a| {
            matches!(
                a,
                Some(ItemAnswer::Yes | ItemAnswer::Partly | ItemAnswer::No)
            )
        })
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
        let figures = (count >= MIN_ANSWERS).then(|| {
            let all: Vec<&SectorResponse> = responses.iter().collect();
            let ni7 = Ni7Figure::of(questions, &all);
            let items: Vec<Option<ItemShares>> = (0..questions.items.len())
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
                    (s.with_a_view() >= MIN_ANSWERS).then_some(s)
                })
                .collect();
            let gaps = questions
                .items
                .iter()
                .zip(&items)
                .enumerate()
                .filter_map(|(i, (item, shares))| {
                    let shares = shares.as_ref()?;
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
            Figures {
                ni7_counts: ni7,
                items,
                gaps,
                kinds: bands(questions.kinds.len(), responses.iter().map(|r| r.kind)),
                sizes: bands(questions.sizes.len(), responses.iter().map(|r| r.size)),
            }
        });
        SectorView {
            count,
            first_day,
            last_day,
            figures,
        }
    }
}
