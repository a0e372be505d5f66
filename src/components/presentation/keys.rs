use crate::domain::presentation::{command_for_key, Command, KeyTarget};
use crate::state::PresentationState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Keys drive the presentation while the page is shown. Keys typed into a
/// text field, held down, or with Ctrl, Alt or Cmd, are left alone, and so
/// is Escape; Space and Enter belong to a focused button.
pub fn listen_for_keys(presentation: PresentationState) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        // Held keys repeat: one press, one action (B would flicker).
        if ev.repeat() || ev.ctrl_key() || ev.alt_key() || ev.meta_key() || ev.default_prevented() {
            return;
        }
        let Some(mut target) = key_target(ev.target()) else {
            return;
        };
        // After "G", Enter ends the number even on a focused button.
        if ev.key() == "Enter" && presentation.go_to().get_untracked().is_some() {
            target = KeyTarget::Page;
        }
        let on = presentation.view().get_untracked().shortcuts;
        let Some(command) = command_for_key(&ev.key(), ev.shift_key(), on, target) else {
            return;
        };
        ev.prevent_default();
        presentation.command(command);
        if !matches!(
            command,
            Command::Digit(_) | Command::Fullscreen | Command::GoTo
        ) {
            focus_after_move();
        }
    });
    on_cleanup(move || handle.remove());
}

/// Where the key went: none for a field that takes text (its keys are
/// its own), a control for buttons and checkboxes (Space and Enter press
/// them), else the page.
fn key_target(target: Option<web_sys::EventTarget>) -> Option<KeyTarget> {
    let Some(element) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return Some(KeyTarget::Page);
    };
    if element.is_content_editable() {
        return None;
    }
    match element.tag_name().as_str() {
        "TEXTAREA" | "SELECT" => None,
        "INPUT" => match element.get_attribute("type").as_deref() {
            Some("checkbox" | "radio" | "button" | "submit") => Some(KeyTarget::Control),
            _ => None,
        },
        "BUTTON" | "A" | "SUMMARY" => Some(KeyTarget::Control),
        _ => Some(KeyTarget::Page),
    }
}

/// In the presenter's window, focus goes to the new slide's heading, which
/// announces it; a button pressed keeps focus. The room's window has no
/// heading to focus and moves nothing.
pub fn focus_after_move() {
    request_animation_frame(move || {
        let active_is_button = document()
            .active_element()
            .is_some_and(|e| matches!(e.tag_name().as_str(), "BUTTON" | "INPUT" | "SUMMARY"));
        if active_is_button {
            return;
        }
        if let Some(e) = document()
            .query_selector(".presenter__stage #slide-heading")
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = e.focus();
        }
    });
}
