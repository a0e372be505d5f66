use super::keys::listen_for_keys;
use super::slide::Slide;
use super::slide_mode::SlideMode;
use crate::browser::popup::FULLSCREEN_MESSAGE;
use crate::state::{PresentationState, HEARTBEAT_MS};
use leptos::prelude::*;

/// The room's window, for the projector: the slide alone, kept in step with
/// the facilitator's window; black when blanked; a closing screen once the
/// presentation ends. Nothing on it can be pressed or focused.
#[component]
pub fn AudiencePage() -> impl IntoView {
    let presentation = expect_context::<PresentationState>();
    listen_for_keys(presentation);
    // The presenter's key press, passed on, lets this window fill the screen.
    let on_message = window_event_listener(leptos::ev::message, move |ev| {
        let own = window().location().origin().ok() == Some(ev.origin());
        if own && ev.data().as_string().as_deref() == Some(FULLSCREEN_MESSAGE) {
            presentation.fill_screen();
        }
    });
    presentation.say_here();
    let heartbeat = set_interval_with_handle(
        move || presentation.say_here(),
        std::time::Duration::from_millis(HEARTBEAT_MS),
    )
    .ok();
    let on_leave = window_event_listener(leptos::ev::pagehide, move |_| presentation.say_gone());
    let fills = RwSignal::new(false);
    let on_fullscreen = window_event_listener(
        leptos::ev::Custom::<web_sys::Event>::new("fullscreenchange"),
        move |_| {
            fills.set(document().fullscreen_element().is_some());
            presentation.say_here();
        },
    );
    on_cleanup(move || {
        on_message.remove();
        on_leave.remove();
        on_fullscreen.remove();
        if let Some(h) = heartbeat {
            h.clear();
        }
    });
    let view = presentation.view();
    let shown = Memo::new(move |_| view.get().slide);
    let blank = Memo::new(move |_| view.get().blank);
    let ended = Memo::new(move |_| view.get().ended);
    // Closed once the presentation ends, where the browser lets a window
    // it opened close itself; the closing screen stays where it does not.
    Effect::new(move |_| {
        if ended.get() {
            let _ = window().close();
        }
    });
    view! {
        // A click fills the screen too: some browsers take only this
        // window's own key press or click.
        <main id="main" class="presentation audience" data-testid="audience-page"
            on:click=move |_| presentation.fill_screen()>
            {move || if ended.get() {
                view! {
                    <div class="audience__closed" data-testid="audience-closed">
                        <h1>"The presentation has ended"</h1>
                        <p>"Thank you. This window can be closed."</p>
                    </div>
                }.into_any()
            } else {
                view! {
                    <Slide shown=shown mode=SlideMode::Wall/>
                    {move || (!fills.get()).then(|| view! {
                        <p class="audience__hint" data-testid="audience-hint">
                            {move || if presentation.wants_key().get() {
                                "Press F here, or click, to fill the screen."
                            } else {
                                "Move this window to the projector, then press F."
                            }}
                        </p>
                    })}
                }.into_any()
            }}
            {move || blank.get().then(|| view! {
                <div class="audience__blank" data-testid="slide-blank">
                    <p class="visually-hidden">"The screen is blank."</p>
                </div>
            })}
        </main>
    }
}
