//! Presentation mode: what the room sees, moved by keys. Plain data, so
//! that the presenter's and the room's windows can share it as a
//! message and stay in step.

mod deck;
mod go_to;
mod points;
mod privacy;
mod prompts;

pub use deck::{in_columns, numbered_options, question_pages, Deck, Slide, MAX_OPTIONS};
pub use go_to::{GoTo, GoToStep};
pub use points::why_points;
pub use privacy::{redact_contacts, HIDDEN_CONTACT};
pub use prompts::{
    figure_2010, slide_option_label, slide_part_label, slide_text, PeerCounts, Prompts,
};

use super::ids::OptionRef;
use super::standards::{Rule, Standard, StandardSet};
use serde::{Deserialize, Serialize};

/// The shared state of a presentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Presentation {
    pub slide: Slide,
    /// The slide before the reveal (a question's, or the recap) that the
    /// room was on, to go back to.
    pub back_to: Slide,
    /// The room's window is black, for when the room should look at the
    /// facilitator; the presenter still sees the slide.
    pub blank: bool,
    /// The list of keys, in the presenter's window.
    pub help: bool,
    /// Single-character shortcuts; off, only buttons and the navigation keys
    /// work (WCAG 2.1.4 asks only for character keys to be switchable).
    pub shortcuts: bool,
    /// Free text stays off the wall unless shown on purpose.
    pub private: bool,
    /// The one question whose free text the facilitator chose to show.
    pub text_shown_for: Option<usize>,
    /// The presentation has ended: the room's window shows a closing screen.
    pub ended: bool,
}

impl Default for Presentation {
    fn default() -> Self {
        Presentation {
            slide: Slide::question(0),
            back_to: Slide::question(0),
            blank: false,
            help: false,
            shortcuts: true,
            private: true,
            text_shown_for: None,
            ended: false,
        }
    }
}

/// What a key or button asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Next,
    Previous,
    /// The first slide of this side of the reveal (Home).
    First,
    /// The last slide of this side of the reveal (End).
    Last,
    Fullscreen,
    Reveal,
    Blank,
    Help,
    /// "G": the digits that follow name a question to go to.
    GoTo,
    /// A digit: ticks the option with that number on the slide, or goes on
    /// with "G".
    Digit(u8),
    /// Enter, which ends "G" and its number.
    Enter,
}

impl Command {
    /// Moves along the slides: on a blank screen, it first brings the room
    /// its slide back, as presentation software does.
    pub fn is_navigation(self) -> bool {
        matches!(
            self,
            Command::Next | Command::Previous | Command::First | Command::Last
        )
    }
}

/// Where the key was pressed: Space belongs to a focused button or field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyTarget {
    Page,
    Control,
}

/// The command a key stands for. The navigation keys always work; the
/// single-character shortcuts only while switched on. Escape is never
/// taken: the browser uses it to leave full screen.
pub fn command_for_key(
    key: &str,
    shift: bool,
    shortcuts: bool,
    target: KeyTarget,
) -> Option<Command> {
    let navigation = match key {
        "ArrowRight" | "PageDown" => Some(Command::Next),
        "ArrowLeft" | "PageUp" => Some(Command::Previous),
        "Home" => Some(Command::First),
        "End" => Some(Command::Last),
        "Enter" if target == KeyTarget::Page => Some(Command::Enter),
        " " if target == KeyTarget::Page => Some(if shift {
            Command::Previous
        } else {
            Command::Next
        }),
        _ => None,
    };
    if navigation.is_some() || !shortcuts {
        return navigation;
    }
    Some(match key {
        "n" | "N" => Command::Next,
        "p" | "P" => Command::Previous,
        "f" | "F" => Command::Fullscreen,
        "r" | "R" => Command::Reveal,
        "b" | "B" | "." => Command::Blank,
        "g" | "G" => Command::GoTo,
        "?" => Command::Help,
        _ => {
            let digit = key.parse::<u8>().ok().filter(|d| *d <= 9)?;
            Command::Digit(digit)
        }
    })
}

/// The keys, as shown in the presenter's list of keys.
pub const KEYS: &[(&str, &str)] = &[
    (
        "Right arrow, Page Down, Space or N",
        "Next slide (a clicker's buttons work too)",
    ),
    ("Left arrow, Page Up or P", "Previous slide"),
    (
        "Home, End",
        "First or last slide, before or after the reveal",
    ),
    (
        "1 to 9",
        "Tick or untick the option with that number on the slide",
    ),
    (
        "G then a number",
        "Go to that question; press Enter if the number could go on (1 could be 10 or more). Escape cancels",
    ),
    ("R", "Reveal the results, or go back to the questions"),
    (
        "B or full stop",
        "Blank the room's screen; any navigation key brings the slide back",
    ),
    ("F", "The room's window full screen (Escape leaves it)"),
    ("?", "Show or hide this list of keys"),
];

impl Presentation {
    pub fn is_revealed(&self) -> bool {
        self.slide.is_revealed()
    }

    /// Next, within this side of the reveal.
    pub fn next(&mut self, deck: &Deck) {
        self.go(deck.after(self.slide).unwrap_or(self.slide));
    }

    pub fn previous(&mut self, deck: &Deck) {
        self.go(deck.before(self.slide).unwrap_or(self.slide));
    }

    pub fn first(&mut self, deck: &Deck) {
        self.go(deck
            .phase(self.slide)
            .first()
            .copied()
            .unwrap_or(self.slide));
    }

    pub fn last(&mut self, deck: &Deck) {
        self.go(deck.phase(self.slide).last().copied().unwrap_or(self.slide));
    }

    /// A navigation key: on a blank screen it first brings the slide back.
    pub fn navigate(&mut self, command: Command, deck: &Deck) {
        if self.blank {
            self.blank = false;
            return;
        }
        match command {
            Command::Next => self.next(deck),
            Command::Previous => self.previous(deck),
            Command::First => self.first(deck),
            Command::Last => self.last(deck),
            _ => {}
        }
    }

    /// Shows the results, or goes back to the question the room was on.
    pub fn toggle_reveal(&mut self) {
        // Every move before the reveal keeps `back_to` up to date.
        let to = if self.is_revealed() {
            self.back_to
        } else {
            Slide::Chart
        };
        self.go(to);
    }

    /// Goes to a question (by its place), from anywhere.
    pub fn go_to_question(&mut self, index: usize, deck: &Deck) {
        if index < deck.questions() {
            self.go(Slide::question(index));
        }
    }

    /// A new start from the answering pages: private again, nothing shown
    /// on request, no blank screen or help; the shortcut switch is kept.
    pub fn begin(&mut self, slide: Slide) {
        *self = Presentation {
            slide,
            back_to: if slide.is_revealed() {
                self.back_to
            } else {
                slide
            },
            shortcuts: self.shortcuts,
            ..Presentation::default()
        };
    }

    /// Whether every index is in range: a message from another window (an
    /// older version, say) is checked before it is shown.
    pub fn is_within(&self, deck: &Deck) -> bool {
        deck.contains(self.slide)
            && deck.contains(self.back_to)
            && !self.back_to.is_revealed()
            && self.text_shown_for.is_none_or(|i| i < deck.questions())
    }

    /// Puts the free text of the current question on the wall, or takes it
    /// off again.
    pub fn toggle_text(&mut self) {
        if let Some(i) = self.slide.question_index() {
            self.text_shown_for = match self.text_shown_for {
                Some(shown) if shown == i => None,
                _ => Some(i),
            };
        }
    }

    /// Whether question `index`'s free text was put on the wall on purpose
    /// (in place of its options).
    pub fn text_shown(&self, index: usize) -> bool {
        self.text_shown_for == Some(index)
    }

    fn go(&mut self, slide: Slide) {
        if slide.question_index() != self.slide.question_index() {
            // Free text shown on request is shown for one question only.
            self.text_shown_for = None;
        }
        self.slide = slide;
        if !slide.is_revealed() {
            self.back_to = slide;
        }
        // The list of keys stays open while the facilitator tries them.
        self.blank = false;
        self.ended = false;
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
