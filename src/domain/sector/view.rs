//! What the sector's answers add up to for one body: how many came in and
//! when, and, question by question, a figure only where five organisations
//! gave an answer with a view ("don't know" is shown but not counted
//! towards the five): the NI7-style figure, each item's answers beside the
//! body's own verdict, where the two disagree, and who answered by kind and
//! size.

use super::code::{ItemAnswer, SectorResponse};
use super::questions::SectorQuestions;
use super::summary::SectorSummary;
use crate::domain::scoring::{StandardScore, Status};

/// Under this many answers with a view to a question, its figure is not
/// shown: a pattern read into two answers is no pattern.
pub const MIN_ANSWERS: usize = 5;

#[derive(Debug, Clone, PartialEq)]
pub struct SectorView {
    /// The responses counted (late ones only when counted on purpose),
    /// those a collector summed included.
    pub count: usize,
    /// The first and last days answered ([`super::day_number`]) of the
    /// responses the body brought in itself.
    pub first_day: Option<u16>,
    pub last_day: Option<u16>,
    /// The collectors' summaries the figures include.
    pub collected: Vec<SectorSummary>,
    /// None under [`MIN_ANSWERS`] responses: no question can have five.
    pub figures: Option<Figures>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Figures {
    /// The NI7-style figure; none under five answers with a view.
    pub ni7: Option<Ni7Figure>,
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
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

    pub fn plus(self, other: Ni7Figure) -> Ni7Figure {
        Ni7Figure {
            positive: self.positive + other.positive,
            answered: self.answered + other.answered,
            dont_know: self.dont_know + other.dont_know,
        }
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
    /// Whole percent, as the body's own page shows it: a decimal place
    /// would claim a precision a few dozen answers cannot give.
    pub fn percent_text(&self) -> Option<String> {
        self.percent().map(|_| format!("{}%", self.whole_percent()))
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

    /// Every response these counts cover, whatever it answered: fewer than
    /// a summary's responses where they are held at an earlier summary's.
    pub fn counted(&self) -> usize {
        self.with_a_view() + self.dont_know + self.unanswered
    }

    /// Most of those with a view said yes: where the sector confirms an item.
    pub fn mostly_yes(&self) -> bool {
        self.yes * 2 > self.with_a_view()
    }

    /// Most of those with a view said no.
    pub fn mostly_no(&self) -> bool {
        self.no * 2 > self.with_a_view()
    }

    fn plus(self, o: ItemShares) -> ItemShares {
        ItemShares {
            yes: self.yes + o.yes,
            partly: self.partly + o.partly,
            no: self.no + o.no,
            dont_know: self.dont_know + o.dont_know,
            unanswered: self.unanswered + o.unanswered,
        }
    }
}

/// What a set of responses says, question by question: every count where
/// the responses are at hand, or, in a collector's summary, only those of
/// questions that five answered with a view (the rest none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counts {
    pub ni7: Option<Ni7Figure>,
    /// One per item, in the questions' order.
    pub items: Vec<Option<ItemShares>>,
    /// How many gave each kind and each size, in the questions' order.
    pub kinds: Option<Vec<usize>>,
    pub sizes: Option<Vec<usize>>,
}

/// How many chose each of `n` choices.
fn chosen(n: usize, choices: impl Iterator<Item = Option<u8>>) -> Vec<usize> {
    let mut counts = vec![0; n];
    for i in choices.flatten() {
        if let Some(c) = counts.get_mut(usize::from(i)) {
            *c += 1;
        }
    }
    counts
}

/// Both, where both are known: a question one summary held back stays
/// held back, so that no figure is read from part of its answers.
fn both<T>(a: Option<T>, b: Option<T>, add: impl Fn(T, T) -> T) -> Option<T> {
    Some(add(a?, b?))
}

fn sum(a: Vec<usize>, b: Vec<usize>) -> Vec<usize> {
    a.iter().zip(&b).map(|(x, y)| x + y).collect()
}

impl Counts {
    /// Every count of `responses`.
    pub fn of(questions: &SectorQuestions, responses: &[SectorResponse]) -> Counts {
        let all: Vec<&SectorResponse> = responses.iter().collect();
        let items = (0..questions.items.len())
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
                Some(s)
            })
            .collect();
        Counts {
            ni7: Some(Ni7Figure::of(questions, &all)),
            items,
            kinds: Some(chosen(
                questions.kinds.len(),
                responses.iter().map(|r| r.kind),
            )),
            sizes: Some(chosen(
                questions.sizes.len(),
                responses.iter().map(|r| r.size),
            )),
        }
    }

    /// The responses' counts with each collector's summary's, from five.
    pub fn pooled(
        questions: &SectorQuestions,
        responses: &[SectorResponse],
        collected: &[SectorSummary],
    ) -> Counts {
        collected
            .iter()
            .fold(Counts::of(questions, responses), |all, s| {
                all.plus(&s.counts)
            })
            .from_five()
    }

    /// Only what five answered with a view: the rest none.
    pub fn from_five(self) -> Counts {
        let five = |v: &Vec<usize>| v.iter().sum::<usize>() >= MIN_ANSWERS;
        Counts {
            ni7: self.ni7.and_then(Ni7Figure::shown),
            items: self
                .items
                .into_iter()
                .map(|s| s.filter(|s| s.with_a_view() >= MIN_ANSWERS))
                .collect(),
            kinds: self.kinds.filter(five),
            sizes: self.sizes.filter(five),
        }
    }

    fn plus(self, other: &Counts) -> Counts {
        Counts {
            ni7: both(self.ni7, other.ni7, Ni7Figure::plus),
            items: self
                .items
                .into_iter()
                .zip(&other.items)
                .map(|(a, b)| both(a, *b, ItemShares::plus))
                .collect(),
            kinds: both(self.kinds, other.kinds.clone(), sum),
            sizes: both(self.sizes, other.sizes.clone(), sum),
        }
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
            Gap::NotSeenYet(_) => "The body says met; most who answered say no",
            Gap::SeesMore(_) => "The body says not met; most who answered say yes",
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
    /// Whether a summary's counts lag its responses ([`super::HELD_BACK`]).
    pub fn holds_back(&self) -> bool {
        self.collected.iter().any(SectorSummary::holds_back)
    }

    /// The responses brought in, each id once, with the collectors'
    /// summaries.
    pub fn of(
        questions: &SectorQuestions,
        responses: &[SectorResponse],
        collected: &[SectorSummary],
        scores: &[StandardScore],
    ) -> SectorView {
        let first_day = responses.iter().map(|r| r.day).min();
        let last_day = responses.iter().map(|r| r.day).max();
        let count = responses.len() + collected.iter().map(|s| s.responses).sum::<usize>();
        let figures = (count >= MIN_ANSWERS).then(|| {
            let counts = Counts::pooled(questions, responses, collected);
            let gaps = questions
                .items
                .iter()
                .zip(&counts.items)
                .enumerate()
                .filter_map(|(i, (item, shares))| {
                    let shares = shares.as_ref()?;
                    let own = item.own_score(scores)?;
                    match own.status {
                        Status::Met if shares.mostly_no() => Some(Gap::NotSeenYet(i)),
                        // Not answered is no verdict to set the sector's against.
                        Status::NotMet if shares.mostly_yes() => Some(Gap::SeesMore(i)),
                        _ => None,
                    }
                })
                .collect();
            Figures {
                ni7: counts.ni7,
                items: counts.items,
                gaps,
                kinds: counts.kinds,
                sizes: counts.sizes,
            }
        });
        SectorView {
            count,
            first_day,
            last_day,
            collected: collected.to_vec(),
            figures,
        }
    }
}
