use super::presenter_clock::now_signal;
use crate::state::PresentationState;
use leptos::prelude::*;

/// One line: whether the room's window is open and listening, and whether
/// it fills its screen.
#[component]
pub fn AudienceStatus() -> impl IntoView {
    let presentation = expect_context::<PresentationState>();
    let now = now_signal();
    let words = move || {
        let connected = presentation.connected(now.get());
        match (connected, presentation.link().get().fullscreen) {
            (true, true) => "Room's window: connected, full screen",
            (true, false) => "Room's window: connected, not full screen (press F)",
            (false, _) if presentation.audience_opened().get() => {
                "Room's window: not connected. Open it again, or present from this window"
            }
            (false, _) => "Room's window: not open. Open it, move it to the projector and press F",
        }
    };
    view! {
        <p class="presenter__status" data-testid="audience-status"
            class:presenter__status--on=move || presentation.connected(now.get())>{words}</p>
    }
}
