//! The slides in order. A question whose options would not fit one slide
//! at 24 px on a 1024×768 projector goes on over more than one, and no
//! slide shows more than nine options, so a single digit always names one.

use super::super::ids::OptionRef;
use super::super::questionnaire::{Part, Question, Questionnaire};
use std::ops::Range;

/// At most this many options on one slide: keys 1 to 9.
pub const MAX_OPTIONS: usize = 9;

/// Lines of option text one slide holds beside its heading, measured at
/// 1024×768 (a label up to `LINE_CHARS` long takes one line in two columns).
const SLIDE_LINES: usize = 12;
const LINE_CHARS: usize = 34;

/// What is on the wall.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Slide {
    /// A question, by its place in the questionnaire, and which of its
    /// slides (0 unless it goes on over more than one).
    Question { index: usize, page: usize },
    /// What the room has answered, question by question, before the reveal.
    Recap,
    /// The gap chart, full screen: the first thing revealed.
    Chart,
    /// One standard's verdict, by its place in the standards.
    Standard(usize),
    /// What the sector says: the NI7-style figure and the sector's view
    /// per standard, from five responses; the count alone before.
    Sector,
    /// The invitation's link as a QR code filling the wall, for a room of
    /// sector representatives to answer on their phones.
    Invite,
    /// The actions the room agreed, standard by standard.
    Actions,
}

impl Slide {
    pub fn question(index: usize) -> Slide {
        Slide::Question { index, page: 0 }
    }

    /// Whether the scores can be seen: the recap still comes before them.
    pub fn is_revealed(self) -> bool {
        matches!(
            self,
            Slide::Chart | Slide::Standard(_) | Slide::Sector | Slide::Invite | Slide::Actions
        )
    }

    pub fn question_index(self) -> Option<usize> {
        match self {
            Slide::Question { index, .. } => Some(index),
            _ => None,
        }
    }
}

/// The options of a question in order across its parts (question 3's
/// second part goes on from its first): `question_pages` splits them into
/// slides, each numbered from 1.
pub fn numbered_options(question: &Question) -> Vec<(&Part, OptionRef)> {
    question
        .parts
        .iter()
        .flat_map(|p| {
            p.options
                .iter()
                .map(move |o| (p, OptionRef::new(p.id, o.id)))
        })
        .collect()
}

/// The slides of one question, as ranges of its numbered options. A part
/// stays whole where it can; a long one is split evenly.
pub fn question_pages(question: &Question) -> Vec<Range<usize>> {
    let mut pages: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    let mut current = 0..0;
    let mut lines = 0;
    for part in question.parts {
        let n = part.options.len();
        let cost = part_lines(part.options.iter().map(|o| o.label));
        if !current.is_empty() && (current.len() + n > MAX_OPTIONS || lines + cost > SLIDE_LINES) {
            pages.push(current.clone());
            current = start..start;
            lines = 0;
        }
        let chunks = n
            .div_ceil(MAX_OPTIONS)
            .max(cost.div_ceil(SLIDE_LINES))
            .max(1);
        for c in 0..chunks {
            let (from, to) = (start + n * c / chunks, start + n * (c + 1) / chunks);
            if c > 0 {
                pages.push(current.clone());
                current = from..from;
            }
            current.end = to;
        }
        lines += cost / chunks;
        start += n;
    }
    pages.push(current);
    pages
}

/// Whether a part's options on one slide go in two columns, as the slide
/// draws them.
pub fn in_columns(options_on_slide: usize) -> bool {
    options_on_slide > 4
}

/// Lines of the slide a part's options take, in one column or two, and
/// its label.
fn part_lines<'a>(labels: impl ExactSizeIterator<Item = &'a str>) -> usize {
    let columns = if in_columns(labels.len()) { 2 } else { 1 };
    // A label in one column has twice the width of one in two.
    let width = LINE_CHARS * (3 - columns);
    let each: usize = labels
        .map(|l| l.chars().count().div_ceil(width).max(1))
        .sum();
    each.div_ceil(columns) + 1
}

/// How many slides each question takes, and how many standards follow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deck {
    pages: Vec<usize>,
    standards: usize,
}

impl Deck {
    pub fn new(questionnaire: &Questionnaire, standards: usize) -> Deck {
        Deck {
            pages: questionnaire
                .questions
                .iter()
                .map(|q| question_pages(q).len())
                .collect(),
            standards,
        }
    }

    pub fn questions(&self) -> usize {
        self.pages.len()
    }

    pub fn pages_of(&self, question: usize) -> usize {
        self.pages.get(question).copied().unwrap_or(0)
    }

    /// Every slide, in the order Next goes through them: the questions and
    /// the recap, then (once revealed) the chart, the standards, the
    /// sector's view, the invitation to give it, and the actions.
    pub fn slides(&self) -> Vec<Slide> {
        let mut all: Vec<Slide> = self
            .pages
            .iter()
            .enumerate()
            .flat_map(|(index, n)| (0..*n).map(move |page| Slide::Question { index, page }))
            .collect();
        all.push(Slide::Recap);
        all.push(Slide::Chart);
        all.extend((0..self.standards).map(Slide::Standard));
        all.extend([Slide::Sector, Slide::Invite, Slide::Actions]);
        all
    }

    /// The slides on the same side of the reveal as `slide`: Next and
    /// Previous never cross it, only Reveal does.
    pub fn phase(&self, slide: Slide) -> Vec<Slide> {
        self.slides()
            .into_iter()
            .filter(|s| s.is_revealed() == slide.is_revealed())
            .collect()
    }

    pub fn contains(&self, slide: Slide) -> bool {
        match slide {
            Slide::Question { index, page } => page < self.pages_of(index),
            Slide::Standard(i) => i < self.standards,
            Slide::Recap | Slide::Chart | Slide::Sector | Slide::Invite | Slide::Actions => true,
        }
    }

    /// The slide after `slide` in its phase, if any.
    pub fn after(&self, slide: Slide) -> Option<Slide> {
        let phase = self.phase(slide);
        let at = phase.iter().position(|s| *s == slide)?;
        phase.get(at + 1).copied()
    }

    pub fn before(&self, slide: Slide) -> Option<Slide> {
        let phase = self.phase(slide);
        let at = phase.iter().position(|s| *s == slide)?;
        at.checked_sub(1).and_then(|i| phase.get(i).copied())
    }
}
