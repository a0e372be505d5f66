use crate::domain::presentation::{command_for_key, Command};
use crate::state::PresentationState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Single keys drive the presentation while the page is shown. Keys typed
/// into a text field, held down, or with Ctrl, Alt or Cmd, are left alone,
/// and so is Escape.
pub fn listen_for_keys(presentation: PresentationState) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        // Held keys repeat: one press, one action (B would flicker).
        if ev.repeat() || ev.ctrl_key() || ev.alt_key() || ev.meta_key() || ev.default_prevented() {
            return;
        }
        if is_typing(ev.target()) {
            return;
        }
        let on = presentation.view().get_untracked().shortcuts;
        let Some(command) = command_for_key(&ev.key(), on) else {
            return;
        };
        ev.prevent_default();
        presentation.command(command);
        if !matches!(command, Command::Digit(_) | Command::Fullscreen) {
            focus_after_move(presentation);
        }
    });
    on_cleanup(move || handle.remove());
}

/// Whether keys go into a field that takes text (checkboxes and buttons
/// leave the single keys to the presentation).
fn is_typing(target: Option<web_sys::EventTarget>) -> bool {
    let Some(element) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return false;
    };
    if element.is_content_editable() {
        return true;
    }
    match element.tag_name().as_str() {
        "TEXTAREA" | "SELECT" => true,
        "INPUT" => !matches!(
            element.get_attribute("type").as_deref(),
            Some("checkbox" | "radio" | "button" | "submit")
        ),
        _ => false,
    }
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
