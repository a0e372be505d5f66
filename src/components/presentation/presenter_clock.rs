use crate::domain::presentation::Prompts;
use crate::state::{AppState, PresentationState};
use leptos::prelude::*;

/// The time now, ticking once a second while the component lives.
pub fn now_signal() -> ReadSignal<f64> {
    let now = RwSignal::new(js_sys::Date::now());
    let handle = set_interval_with_handle(
        move || now.set(js_sys::Date::now()),
        std::time::Duration::from_secs(1),
    )
    .ok();
    on_cleanup(move || {
        if let Some(h) = handle {
            h.clear();
        }
    });
    now.read_only()
}

/// The clock, and the time spent on this question; optionally counting
/// down from the minutes the facilitation notes suggest.
#[component]
pub fn PresenterClock() -> impl IntoView {
    let app = expect_context::<AppState>();
    let presentation = expect_context::<PresentationState>();
    let now = now_signal();
    let countdown = RwSignal::new(false);
    let clock = move || {
        let d = js_sys::Date::new(&now.get().into());
        format!("{:02}:{:02}", d.get_hours(), d.get_minutes())
    };
    let question = Memo::new(move |_| presentation.view().get().slide.question_index());
    let suggested = move || {
        question
            .get()
            .and_then(|i| app.questionnaire().questions.get(i))
            .and_then(|q| Prompts::of(q.id))
            .map(|p| p.minutes)
    };
    let timer = move || {
        let spent = ((now.get() - presentation.since().get()) / 1000.0).max(0.0) as i64;
        let Some(minutes) = suggested() else {
            return format!("On this slide {}", mm_ss(spent));
        };
        let limit = i64::from(minutes) * 60;
        if countdown.get() {
            if spent <= limit {
                format!("{} left of {minutes} min", mm_ss(limit - spent))
            } else {
                format!("{} over {minutes} min", mm_ss(spent - limit))
            }
        } else {
            format!("On this question {} of {minutes} min", mm_ss(spent))
        }
    };
    let over = move || {
        suggested()
            .is_some_and(|m| now.get() - presentation.since().get() > f64::from(m) * 60_000.0)
    };
    view! {
        <div class="presenter__clock">
            <p class="presenter__time"><span class="visually-hidden">"Time now: "</span><time data-testid="presenter-clock">{clock}</time></p>
            <p class="presenter__timer" data-testid="presenter-timer" class:presenter__timer--over=over>{timer}</p>
            <div class="choices__item choices__item--small">
                <input class="choices__input" type="checkbox" id="present-countdown" data-testid="present-countdown"
                    prop:checked=move || countdown.get()
                    on:change=move |ev| countdown.set(event_target_checked(&ev))/>
                <label class="choices__label" for="present-countdown">"Count down"</label>
            </div>
        </div>
    }
}

fn mm_ss(seconds: i64) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}
