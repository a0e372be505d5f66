//! Presentation mode's shared state: the slide on the wall, kept in step
//! between the presenter's and the room's windows through a
//! BroadcastChannel. Ticks travel as answers always do: saved to storage,
//! seen by the other window through the `storage` event.

use super::AppState;
use crate::browser::channel::Channel;
use crate::browser::{fullscreen, handover, popup};
use crate::domain::presentation::{
    numbered_options, question_pages, Command, Deck, GoTo, GoToStep, Presentation, Slide,
};
use crate::domain::route::{Opening, Route};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

const CHANNEL: &str = "thriving-third-sector/presentation";
const AUDIENCE_WINDOW: &str = "vcs-self-assessment-audience";
/// The room's window opens at the size of the smallest common projector.
const AUDIENCE_SIZE: (u32, u32) = (1024, 768);
/// The room's window says it is there this often; unheard for longer than
/// `GONE_AFTER_MS`, the presenter says it is not connected.
pub const HEARTBEAT_MS: u64 = 2000;
const GONE_AFTER_MS: f64 = 5000.0;

/// What one window tells the other.
#[derive(Serialize, Deserialize)]
enum Message {
    /// A window has opened and asks where the presentation is.
    Hello,
    /// Where the presentation is, which assessment it shows, and its
    /// stamp: when it changed (both windows share the machine's clock) and
    /// in which window, to break a tie.
    State {
        presentation: Presentation,
        assessment: String,
        stamp: (f64, f64),
    },
    /// The room's window is open (sent every `HEARTBEAT_MS`).
    Here { fullscreen: bool },
    /// The room's window has closed.
    Gone,
    /// Go full screen, from the presenter's window where it could not pass
    /// its key press on: the room's window asks for a key of its own.
    Fullscreen,
}

/// Whether the room's window is there, as the presenter last heard.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AudienceLink {
    pub heard_at: Option<f64>,
    pub fullscreen: bool,
}

/// Where this tab's presentation was when it last left presentation mode,
/// if it is still valid here, and whether it had opened the room's window.
fn handed_over(deck: &Deck) -> (Presentation, bool) {
    let Some((json, audience_opened)) = handover::presentation() else {
        return (Presentation::default(), false);
    };
    match serde_json::from_str::<Presentation>(&json) {
        Ok(p) if p.is_within(deck) => (p, audience_opened),
        _ => (Presentation::default(), audience_opened),
    }
}

#[derive(Clone, Copy)]
pub struct PresentationState {
    app: AppState,
    view: RwSignal<Presentation>,
    /// Whether this window has opened the room's window.
    audience_opened: RwSignal<bool>,
    /// The room's window as last heard from.
    link: RwSignal<AudienceLink>,
    /// The room's window, while this window holds it (not after a reload).
    audience: StoredValue<Option<web_sys::Window>, LocalStorage>,
    /// "G" and the digits typed after it, in this window only.
    go_to: RwSignal<Option<GoTo>>,
    /// When the current question was first shown, for its timer.
    since: RwSignal<f64>,
    /// The stamp of the presentation this window shows: of two windows'
    /// changes crossing, the later one wins in both.
    stamp: StoredValue<(f64, f64)>,
    /// This window's own id, random, for the stamp.
    window_id: f64,
    /// The room's window asks for a key to go full screen.
    wants_key: RwSignal<bool>,
    channel: StoredValue<Option<Channel>, LocalStorage>,
}

impl PresentationState {
    /// Opens the channel to the other windows. Started from another page,
    /// begins where that page asked; otherwise (a reload, the audience's
    /// window) asks the other windows where the presentation is.
    pub fn start(app: AppState) -> PresentationState {
        let (before, audience_opened) = handed_over(&deck(app));
        let channel = StoredValue::new_local(None);
        let state = PresentationState {
            app,
            view: RwSignal::new(before),
            audience_opened: RwSignal::new(audience_opened),
            link: RwSignal::new(AudienceLink {
                heard_at: None,
                fullscreen: false,
            }),
            audience: StoredValue::new_local(None),
            go_to: RwSignal::new(None),
            since: RwSignal::new(js_sys::Date::now()),
            stamp: StoredValue::new((0.0, 0.0)),
            window_id: js_sys::Math::random(),
            wants_key: RwSignal::new(false),
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

    pub fn deck(&self) -> Deck {
        deck(self.app)
    }

    pub fn audience_opened(&self) -> ReadSignal<bool> {
        self.audience_opened.read_only()
    }

    pub fn link(&self) -> ReadSignal<AudienceLink> {
        self.link.read_only()
    }

    /// Whether the room's window was heard from lately, at time `now`.
    pub fn connected(&self, now: f64) -> bool {
        self.link
            .get()
            .heard_at
            .is_some_and(|t| now - t < GONE_AFTER_MS)
    }

    pub fn go_to(&self) -> ReadSignal<Option<GoTo>> {
        self.go_to.read_only()
    }

    /// When the question on the wall was first shown.
    pub fn since(&self) -> ReadSignal<f64> {
        self.since.read_only()
    }

    pub fn wants_key(&self) -> ReadSignal<bool> {
        self.wants_key.read_only()
    }

    /// Whether this is the room's window.
    pub fn is_audience(&self) -> bool {
        self.app.tab().route().get_untracked() == Route::Audience
    }

    /// Only a window that is presenting follows, or answers, the others: an
    /// officer's ordinary tab keeps its own assessment open.
    fn receive(&self, text: &str) {
        if !self.app.tab().route().get_untracked().is_presentation() {
            return;
        }
        match serde_json::from_str::<Message>(text) {
            Ok(Message::Hello) if !self.is_audience() => self.broadcast(),
            Ok(Message::State {
                presentation,
                assessment,
                stamp,
            }) if presentation.is_within(&self.deck()) => {
                if is_older(stamp, self.stamp.get_value()) {
                    // Older than this window's own latest change: ours stands.
                    self.broadcast();
                    return;
                }
                self.stamp.set_value(stamp);
                self.app.show(&assessment);
                self.apply(|p| *p = presentation);
            }
            Ok(Message::Here { fullscreen }) => self.link.set(AudienceLink {
                heard_at: Some(js_sys::Date::now()),
                fullscreen,
            }),
            Ok(Message::Gone) => self.link.set(AudienceLink {
                heard_at: None,
                fullscreen: false,
            }),
            Ok(Message::Fullscreen) if self.is_audience() => self.fill_screen(),
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
            stamp: self.stamp.get_value(),
        });
    }

    /// Tells the presenter the room's window is open (called on a timer
    /// from the room's window) or has gone.
    pub fn say_here(&self) {
        self.send(&Message::Here {
            fullscreen: fullscreen::is_on(),
        });
    }

    pub fn say_gone(&self) {
        self.send(&Message::Gone);
    }

    /// Changes the presentation here and in the other window.
    fn update(&self, change: impl FnOnce(&mut Presentation)) {
        let (last, _) = self.stamp.get_value();
        // Never behind a stamp already seen, should the clock step back.
        self.stamp
            .set_value((js_sys::Date::now().max(last + 1.0), self.window_id));
        self.apply(change);
        self.broadcast();
    }

    /// Changes what this window shows; a new question or results slide
    /// restarts the timer (a question's second slide does not).
    fn apply(&self, change: impl FnOnce(&mut Presentation)) {
        let timed = |s: Slide| match s {
            Slide::Question { index, .. } => Slide::question(index),
            other => other,
        };
        let before = timed(self.view.get_untracked().slide);
        self.view.update(change);
        if timed(self.view.get_untracked().slide) != before {
            self.since.set(js_sys::Date::now());
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
        // "G" takes the digits and Enter that follow it; anything else ends it.
        if let Some(mut go) = self.go_to.get_untracked() {
            match command {
                Command::Digit(d) => {
                    match go.digit(d, self.deck().questions()) {
                        GoToStep::Go(n) => self.jump(n - 1),
                        GoToStep::Waiting(_) => self.go_to.set(Some(go)),
                        GoToStep::Refused => {}
                    }
                    return;
                }
                Command::Enter => {
                    if let Some(n) = go.enter() {
                        self.jump(n - 1);
                    }
                    self.go_to.set(None);
                    return;
                }
                _ => self.go_to.set(None),
            }
        }
        let deck = self.deck();
        match command {
            c if c.is_navigation() => self.update(|p| p.navigate(c, &deck)),
            Command::Reveal => self.update(Presentation::toggle_reveal),
            Command::Blank => self.update(|p| p.blank = !p.blank),
            Command::Help => self.update(|p| p.help = !p.help),
            Command::GoTo => self.go_to.set(Some(GoTo::default())),
            Command::Fullscreen => self.fullscreen(),
            Command::Digit(d) => self.tick(d),
            _ => {}
        }
    }

    /// Ends "G" with no jump (Escape, or an option ticked by a click).
    pub fn cancel_go_to(&self) {
        if self.go_to.get_untracked().is_some() {
            self.go_to.set(None);
        }
    }

    /// Goes to question `index` (from 0), from anywhere, and ends "G".
    pub fn jump(&self, index: usize) {
        self.go_to.set(None);
        let deck = self.deck();
        self.update(|p| p.go_to_question(index, &deck));
    }

    /// The room's window full screen: from the room's window itself, or
    /// from the presenter's, passing its key press on (where the browser
    /// cannot, or the room's window does not follow, the presenter is told
    /// to press F there). With no room's window, the presenter's slide
    /// alone fills this screen: never the notes, free text or names.
    fn fullscreen(&self) {
        if self.is_audience() {
            self.fill_screen();
            return;
        }
        let passed = self.audience.with_value(|w| {
            w.as_ref()
                .is_some_and(|w| !w.closed().unwrap_or(true) && popup::delegate_fullscreen(w))
        });
        if passed {
            // Checked once the room's window has had time to say so.
            let state = *self;
            set_timeout(
                move || {
                    let link = state.link.get_untracked();
                    if state.connected(js_sys::Date::now()) && !link.fullscreen {
                        state.ask_for_a_key_there();
                    }
                },
                std::time::Duration::from_millis(2 * HEARTBEAT_MS),
            );
        } else if self.connected(js_sys::Date::now()) {
            self.send(&Message::Fullscreen);
            self.ask_for_a_key_there();
        } else if fullscreen::is_on() {
            fullscreen::exit();
        } else {
            let stage = document()
                .query_selector(".presenter__stage .slide-frame")
                .ok()
                .flatten();
            let app = self.app;
            leptos::task::spawn_local(async move {
                if let Err(why) = fullscreen::enter(stage).await {
                    app.tell(format!("The browser refused full screen: {why}."), true);
                }
            });
        }
    }

    fn ask_for_a_key_there(&self) {
        self.app.tell(
            "Press F in the room's window, or click it, to make it full screen: this browser lets only that window's own key press or click do it.",
            false,
        );
    }

    /// In the room's window: full screen, or, refused, a line asking for a
    /// key press or click there.
    pub fn fill_screen(&self) {
        let state = *self;
        leptos::task::spawn_local(async move {
            let ok = fullscreen::enter(None).await.is_ok();
            state.wants_key.set(!ok);
            state.say_here();
        });
    }

    /// A digit: ticks or unticks the option with that number on the slide.
    fn tick(&self, digit: u8) {
        let Slide::Question { index, page } = self.view.get_untracked().slide else {
            return;
        };
        let Some(question) = self.app.questionnaire().questions.get(index) else {
            return;
        };
        let Some(range) = question_pages(question).get(page).cloned() else {
            return;
        };
        let number = usize::from(digit);
        if (1..=range.len()).contains(&number) {
            self.toggle_option(index, range.start + number - 1);
        }
    }

    /// Ticks or unticks option `at` (from 0, across its parts) of question
    /// `index`, if it is still the one on the wall.
    pub fn toggle_option(&self, index: usize, at: usize) {
        self.cancel_go_to();
        if self.view.get_untracked().slide.question_index() != Some(index) {
            return;
        }
        let q = self.app.questionnaire();
        let Some(question) = q.questions.get(index) else {
            return;
        };
        let Some((_, option)) = numbered_options(question).into_iter().nth(at) else {
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
            Opening::Question(id) => Slide::question(
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

    /// Ends the presentation: the room's window shows a closing screen and
    /// closes itself where the browser lets it.
    pub fn end(&self) {
        self.update(|p| p.ended = true);
        self.audience.with_value(|w| {
            if let Some(w) = w {
                let _ = w.close();
            }
        });
    }

    /// Opens the room's window for the projector, showing the slide alone.
    pub fn open_audience_window(&self) {
        let (width, height) = AUDIENCE_SIZE;
        match popup::open_window("#/present/audience", AUDIENCE_WINDOW, width, height) {
            Some(window) => {
                self.audience.set_value(Some(window));
                self.audience_opened.set(true);
                self.update(|p| p.ended = false);
            }
            None => self.app.tell(
                "The browser blocked the room's window. Allow pop-ups for this site, or present from this window.",
                true,
            ),
        }
    }
}

/// Whether stamp `a` is older than `b`: earlier, or at the same time from a
/// window with a lower id.
fn is_older(a: (f64, f64), b: (f64, f64)) -> bool {
    a.0 < b.0 || (a.0 == b.0 && a.1 < b.1)
}

fn deck(app: AppState) -> Deck {
    Deck::new(app.questionnaire(), app.standards().standards.len())
}
