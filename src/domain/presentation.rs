//! Presentation mode: what the room sees, moved by single keys. Plain data,
//! so that the presenter's and the audience's windows can share it as a
//! message and stay in step.

use super::ids::OptionRef;
use super::questionnaire::{Part, Question};
use super::standards::{Rule, Standard, StandardSet};
use serde::{Deserialize, Serialize};

/// What is on the wall.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Slide {
    /// A question, by its place in the questionnaire.
    Question(usize),
    /// The gap chart, full screen: the first thing revealed.
    Chart,
    /// One standard's verdict, by its place in the standards.
    Standard(usize),
}

/// The shared state of a presentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Presentation {
    pub slide: Slide,
    /// The question the room was on when results were revealed, to go back to.
    pub last_question: usize,
    /// A black screen, for when the room should look at the facilitator.
    pub blank: bool,
    /// The list of keys, over the slide.
    pub help: bool,
    /// Single-key shortcuts; off, only buttons work (WCAG 2.1.4).
    pub shortcuts: bool,
    /// Names, contact details and free text stay off the wall.
    pub private: bool,
    /// The one question whose free text the facilitator chose to show.
    pub text_shown_for: Option<usize>,
}

impl Default for Presentation {
    fn default() -> Self {
        Presentation {
            slide: Slide::Question(0),
            last_question: 0,
            blank: false,
            help: false,
            shortcuts: true,
            private: true,
            text_shown_for: None,
        }
    }
}

/// What a key or button asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Next,
    Previous,
    Fullscreen,
    Reveal,
    Blank,
    Help,
    /// A digit, towards choosing a numbered option.
    Digit(u8),
}

/// The command a key stands for; none while shortcuts are off. Escape is
/// never taken: the browser uses it to leave fullscreen.
pub fn command_for_key(key: &str, shortcuts: bool) -> Option<Command> {
    if !shortcuts {
        return None;
    }
    Some(match key {
        "ArrowRight" | "n" | "N" | "PageDown" => Command::Next,
        "ArrowLeft" | "p" | "P" | "PageUp" => Command::Previous,
        "f" | "F" => Command::Fullscreen,
        "r" | "R" => Command::Reveal,
        "b" | "B" | "." => Command::Blank,
        "?" => Command::Help,
        _ => {
            let digit = key.parse::<u8>().ok().filter(|d| *d <= 9)?;
            Command::Digit(digit)
        }
    })
}

/// The keys, as shown on the help screen.
pub const KEYS: &[(&str, &str)] = &[
    (
        "Right arrow or N",
        "Next question, or next standard once revealed",
    ),
    ("Left arrow or P", "Previous question, or previous standard"),
    (
        "1 to 9, or two digits quickly for 10 and over",
        "Tick or untick the numbered option",
    ),
    ("R", "Reveal the results, or go back to the questions"),
    ("B or full stop", "Blank the screen, and back"),
    ("F", "Full screen (Escape leaves it)"),
    ("?", "Show or hide this list of keys"),
];

impl Presentation {
    pub fn is_revealed(&self) -> bool {
        !matches!(self.slide, Slide::Question(_))
    }

    /// Moves on; `questions` and `standards` are how many there are.
    pub fn next(&mut self, questions: usize, standards: usize) {
        self.slide = match self.slide {
            Slide::Question(i) => Slide::Question((i + 1).min(questions.saturating_sub(1))),
            Slide::Chart => Slide::Standard(0),
            Slide::Standard(i) => Slide::Standard((i + 1).min(standards.saturating_sub(1))),
        };
        self.after_move();
    }

    pub fn previous(&mut self) {
        self.slide = match self.slide {
            Slide::Question(i) => Slide::Question(i.saturating_sub(1)),
            Slide::Chart | Slide::Standard(0) => Slide::Chart,
            Slide::Standard(i) => Slide::Standard(i - 1),
        };
        self.after_move();
    }

    /// Shows the results, or goes back to the question the room was on.
    pub fn toggle_reveal(&mut self) {
        self.slide = match self.slide {
            Slide::Question(i) => {
                self.last_question = i;
                Slide::Chart
            }
            _ => Slide::Question(self.last_question),
        };
        self.after_move();
    }

    /// A new start from the answering pages: private again, nothing shown
    /// on request, no blank screen or help; the shortcut switch is kept.
    pub fn begin(&mut self, slide: Slide) {
        *self = Presentation {
            slide,
            last_question: match slide {
                Slide::Question(i) => i,
                _ => self.last_question,
            },
            shortcuts: self.shortcuts,
            ..Presentation::default()
        };
    }

    /// Whether every index is in range: a message from another window (an
    /// older version, say) is checked before it is shown.
    pub fn is_within(&self, questions: usize, standards: usize) -> bool {
        let slide_ok = match self.slide {
            Slide::Question(i) => i < questions,
            Slide::Chart => true,
            Slide::Standard(i) => i < standards,
        };
        slide_ok
            && self.last_question < questions
            && self.text_shown_for.is_none_or(|i| i < questions)
    }

    /// Shows the free text of the current question, or hides it again.
    pub fn toggle_text(&mut self) {
        if let Slide::Question(i) = self.slide {
            self.text_shown_for = match self.text_shown_for {
                Some(shown) if shown == i => None,
                _ => Some(i),
            };
        }
    }

    pub fn text_visible(&self, question: usize) -> bool {
        !self.private || self.text_shown_for == Some(question)
    }

    fn after_move(&mut self) {
        self.blank = false;
        self.help = false;
        // Free text shown on request is shown for one question only.
        if self.slide != Slide::Question(self.text_shown_for.unwrap_or(usize::MAX)) {
            self.text_shown_for = None;
        }
    }
}

/// The options of a question in the order they are numbered on the slide,
/// across its parts: question 3's second part goes on from its first.
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

/// Digits typed one after another, so that option 12 can be chosen with
/// "1" then "2". Plain data: the caller says how long ago the last digit was.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NumberEntry {
    pending: Option<usize>,
}

/// Digits further apart than this start a new number.
pub const DIGIT_PAUSE_MS: f64 = 800.0;

impl NumberEntry {
    /// Takes a digit and returns the options (numbered from 1) to tick or
    /// untick now. `options` is how many the question has; `since_last_ms`
    /// how long since the previous digit. A digit that could begin a larger
    /// number waits for the next one, or for `flush` once the pause is over.
    pub fn digit(&mut self, digit: u8, options: usize, since_last_ms: f64) -> Vec<usize> {
        let digit = usize::from(digit);
        let mut chosen = Vec::new();
        if let Some(first) = self.pending.take() {
            let number = first * 10 + digit;
            if since_last_ms < DIGIT_PAUSE_MS && (1..=options).contains(&number) {
                self.start(number, options, &mut chosen);
                return chosen;
            }
            // Not one number: the first stands alone, the second starts again.
            chosen.push(first);
        }
        self.start(digit, options, &mut chosen);
        chosen
    }

    fn start(&mut self, number: usize, options: usize, chosen: &mut Vec<usize>) {
        if !(1..=options).contains(&number) {
            return;
        }
        if number * 10 <= options {
            self.pending = Some(number);
        } else {
            chosen.push(number);
        }
    }

    /// Whether a digit is waiting for another.
    pub fn is_waiting(&self) -> bool {
        self.pending.is_some()
    }

    /// Forgets a digit still waiting: the slide has changed under it.
    pub fn clear(&mut self) {
        self.pending = None;
    }

    /// The number waiting for a second digit, chosen once the pause is over.
    pub fn flush(&mut self) -> Option<usize> {
        self.pending.take()
    }
}

/// The standards an option feeds, for the presenter's notes.
pub fn feeds<'a>(standards: &'a StandardSet, option: &OptionRef) -> Vec<&'a Standard> {
    standards
        .standards
        .iter()
        .filter(|s| {
            s.references()
                .into_iter()
                .any(|r| matches!(r, Rule::Option(o) if o == option))
        })
        .collect()
}
