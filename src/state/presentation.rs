//! Presentation mode's shared state: the slide on the wall, kept in step
//! between the presenter's and the audience's windows through a
//! BroadcastChannel. Ticks travel as answers always do: saved to storage,
//! seen by the other window through the `storage` event.

use super::AppState;
use crate::browser::channel::Channel;
use crate::browser::{fullscreen, handover, popup};
use crate::domain::presentation::{
    numbered_options, Command, NumberEntry, Presentation, Slide, DIGIT_PAUSE_MS,
};
use crate::domain::route::{Opening, Route};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

const CHANNEL: &str = "thriving-third-sector/presentation";
const AUDIENCE_WINDOW: &str = "vcs-self-assessment-audience";

/// What one window tells the other.
#[derive(Serialize, Deserialize)]
enum Message {
    /// A window has opened and asks where the presentation is.
    Hello,
    /// Where the presentation is, and which assessment it shows.
    State {
        presentation: Presentation,
        assessment: String,
    },
}

/// Where this tab's presentation was when it last left presentation mode,
/// if it is still valid here, and whether it had opened an audience window.
fn handed_over(app: AppState) -> (Presentation, bool) {
    let Some((json, audience_opened)) = handover::presentation() else {
        return (Presentation::default(), false);
    };
    let questions = app.questionnaire().questions.len();
    let standards = app.standards().standards.len();
    match serde_json::from_str::<Presentation>(&json) {
        Ok(p) if p.is_within(questions, standards) => (p, audience_opened),
        _ => (Presentation::default(), audience_opened),
    }
}

#[derive(Clone, Copy)]
pub struct PresentationState {
    app: AppState,
    view: RwSignal<Presentation>,
    /// Whether this window has opened an audience window.
    audience_opened: RwSignal<bool>,
    entry: StoredValue<(NumberEntry, f64)>,
    channel: StoredValue<Option<Channel>, LocalStorage>,
}

impl PresentationState {
    /// Opens the channel to the other windows. Started from another page,
    /// begins where that page asked; otherwise (a reload, the audience's
    /// window) asks the other windows where the presentation is.
    pub fn start(app: AppState) -> PresentationState {
        let (before, audience_opened) = handed_over(app);
        let view = RwSignal::new(before);
        let channel = StoredValue::new_local(None);
        let state = PresentationState {
            app,
            view,
            audience_opened: RwSignal::new(audience_opened),
            entry: StoredValue::new((NumberEntry::default(), 0.0)),
            channel,
        };
        let opened = Channel::open(CHANNEL, move |text| state.receive(&text));
        channel.set_value(opened);
        match app.tab().route().get_untracked() {
            Route::Present(Some(opening)) => state.begin_at(&opening),
            route if route.is_presentation() => state.send(&Message::Hello),
            _ => {}
        }
        state
    }

    pub fn view(&self) -> ReadSignal<Presentation> {
        self.view.read_only()
    }

    pub fn audience_opened(&self) -> ReadSignal<bool> {
        self.audience_opened.read_only()
    }

    /// Only a window that is presenting follows, or answers, the others: an
    /// officer's ordinary tab keeps its own assessment open.
    fn receive(&self, text: &str) {
        if !self.app.tab().route().get_untracked().is_presentation() {
            return;
        }
        match serde_json::from_str::<Message>(text) {
            Ok(Message::Hello) => self.broadcast(),
            Ok(Message::State {
                presentation,
                assessment,
            }) if presentation.is_within(
                self.app.questionnaire().questions.len(),
                self.app.standards().standards.len(),
            ) =>
            {
                self.app.show(&assessment);
                self.apply(|p| *p = presentation);
            }
            // Another version of the app, or not ours: ignored.
            _ => {}
        }
    }

    fn send(&self, message: &Message) {
        if let Ok(text) = serde_json::to_string(message) {
            self.channel.with_value(|c| {
                if let Some(c) = c {
                    c.send(&text);
                }
            });
        }
    }

    fn broadcast(&self) {
        self.send(&Message::State {
            presentation: self.view.get_untracked(),
            assessment: self.app.open().current_id().get_untracked(),
        });
    }

    /// Changes the presentation here and in the other window.
    fn update(&self, change: impl FnOnce(&mut Presentation)) {
        self.apply(change);
        self.broadcast();
    }

    /// Changes what this window shows. A digit still waiting for a second
    /// one belongs to the slide it was typed on: a new slide forgets it.
    fn apply(&self, change: impl FnOnce(&mut Presentation)) {
        let before = self.view.get_untracked().slide;
        self.view.update(change);
        if self.view.get_untracked().slide != before {
            self.entry.update_value(|(entry, _)| entry.clear());
        }
        self.hand_over();
    }

    /// Kept for this tab's next page: leaving presentation mode and coming
    /// back keeps the shortcuts setting and the last question.
    fn hand_over(&self) {
        if let Ok(json) = serde_json::to_string(&self.view.get_untracked()) {
            self.app
                .hand_over_presentation(&json, self.audience_opened.get_untracked());
        }
    }

    /// Does what a key or button asks.
    pub fn command(&self, command: Command) {
        let questions = self.app.questionnaire().questions.len();
        let standards = self.app.standards().standards.len();
        match command {
            Command::Next => self.update(|p| p.next(questions, standards)),
            Command::Previous => self.update(Presentation::previous),
            Command::Reveal => self.update(Presentation::toggle_reveal),
            Command::Blank => self.update(|p| p.blank = !p.blank),
            Command::Help => self.update(|p| p.help = !p.help),
            Command::Fullscreen => {
                if let Err(why) = fullscreen::toggle() {
                    self.app
                        .tell(format!("The browser refused full screen: {why}."), true);
                }
            }
            Command::Digit(d) => self.digit(d),
        }
    }

    fn digit(&self, digit: u8) {
        let Slide::Question(index) = self.view.get_untracked().slide else {
            return;
        };
        let Some(question) = self.app.questionnaire().questions.get(index) else {
            return;
        };
        let count = question.parts.iter().map(|p| p.options.len()).sum();
        let now = js_sys::Date::now();
        let (chosen, waiting) = self
            .entry
            .try_update_value(|(entry, last)| {
                let chosen = entry.digit(digit, count, now - *last);
                *last = now;
                (chosen, entry.is_waiting())
            })
            .unwrap_or_default();
        for number in chosen {
            self.toggle_option(index, number);
        }
        if waiting {
            // Chosen alone if no second digit follows in time.
            let state = *self;
            set_timeout(
                move || {
                    let late = state.entry.try_update_value(|(entry, last)| {
                        (js_sys::Date::now() - *last >= DIGIT_PAUSE_MS)
                            .then(|| entry.flush())
                            .flatten()
                    });
                    if let Some(Some(number)) = late {
                        state.toggle_option(index, number);
                    }
                },
                std::time::Duration::from_millis(DIGIT_PAUSE_MS as u64),
            );
        }
    }

    /// Ticks or unticks option `number` (from 1) of question `index`, if it
    /// is still the one on the wall: a digit typed just before moving on
    /// does not land on the next question.
    pub fn toggle_option(&self, index: usize, number: usize) {
        if self.view.get_untracked().slide != Slide::Question(index) {
            return;
        }
        let q = self.app.questionnaire();
        let Some(question) = q.questions.get(index) else {
            return;
        };
        let Some((_, option)) = numbered_options(question)
            .into_iter()
            .nth(number.wrapping_sub(1))
        else {
            return;
        };
        let on = !self
            .app
            .open()
            .assessment()
            .with_untracked(|a| a.answers.is_selected(option.part, option.option));
        self.app
            .update_answers(|a| a.set_option(q, option.part, option.option, on));
    }

    /// Starts presenting at a question or on the revealed results, private
    /// again.
    fn begin_at(&self, opening: &Opening) {
        let slide = match opening {
            Opening::Question(id) => Slide::Question(
                self.app
                    .questionnaire()
                    .questions
                    .iter()
                    .position(|q| q.id == id.as_str())
                    .unwrap_or(0),
            ),
            Opening::Results => Slide::Chart,
        };
        self.begin(slide);
    }

    /// A fresh start, with no notice left over from the answering pages (it
    /// may name the body or a file) on the projected window.
    fn begin(&self, slide: Slide) {
        self.app.notices().dismiss();
        self.update(|p| p.begin(slide));
    }

    pub fn set_shortcuts(&self, on: bool) {
        self.update(|p| p.shortcuts = on);
    }

    pub fn set_private(&self, on: bool) {
        self.update(|p| p.private = on);
    }

    pub fn toggle_text(&self) {
        self.update(Presentation::toggle_text);
    }

    /// Opens the audience window for the projector, showing the slide alone.
    pub fn open_audience_window(&self) {
        if popup::open_window("#/present/audience", AUDIENCE_WINDOW) {
            self.audience_opened.set(true);
            self.hand_over();
            self.broadcast();
        } else {
            self.app.tell(
                "The browser blocked the audience window. Allow pop-ups for this site, or present from this window.",
                true,
            );
        }
    }
}
