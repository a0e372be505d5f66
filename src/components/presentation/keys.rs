use crate::domain::presentation::{command_for_key, Command};
use crate::state::PresentationState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Single keys drive the presentation while the page is shown. Keys typed
/// into a field, or with Ctrl, Alt or Cmd, are left alone, and so is Escape.
pub fn listen_for_keys(presentation: PresentationState) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.alt_key() || ev.meta_key() || ev.default_prevented() {
            return;
        }
        let typing = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        // A focused checkbox keeps its own Space; digits and arrows are ours.
        let on = presentation.view().get_untracked().shortcuts;
        let Some(command) = command_for_key(&ev.key(), on) else {
            return;
        };
        if typing && !matches!(command, Command::Next | Command::Previous) {
            return;
        }
        ev.prevent_default();
        presentation.command(command);
        if !matches!(command, Command::Digit(_) | Command::Fullscreen) {
            focus_after_move(presentation);
        }
    });
    on_cleanup(move || handle.remove());
}

/// Puts focus where the eye goes: the blank screen, the list of keys, or the
/// slide's heading.
pub fn focus_after_move(presentation: PresentationState) {
    let view = presentation.view().get_untracked();
    let id = if view.blank {
        "slide-blank"
    } else if view.help {
        "key-help-heading"
    } else {
        "slide-heading"
    };
    request_animation_frame(move || {
        if let Some(e) = document()
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = e.focus();
        }
    });
}
