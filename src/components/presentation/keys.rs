use crate::domain::presentation::{command_for_key, Command, KeyTarget};
use crate::state::PresentationState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Keys drive the presentation while the page is shown. Keys typed into a
/// text field, held down, or with Ctrl, Alt or Cmd, are left alone, and so
/// is Escape (it also ends "G"); Space and Enter belong to a focused button.
pub fn listen_for_keys(presentation: PresentationState) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        // Held keys repeat: one press, one action (B would flicker).
        if ev.repeat() || ev.ctrl_key() || ev.alt_key() || ev.meta_key() || ev.default_prevented() {
            return;
        }
        let key = ev.key();
        if key == "Escape" {
            presentation.cancel_go_to();
            return;
        }
        let Some(mut target) = key_target(ev.target()) else {
            return;
        };
        // After "G", Enter ends the number even on a focused button.
        if key == "Enter" && presentation.go_to().get_untracked().is_some() {
            target = KeyTarget::Page;
        }
        let on = presentation.view().get_untracked().shortcuts;
        // The room's window has nothing to type in: F always works there.
        let command = match command_for_key(&key, ev.shift_key(), on, target) {
            None if presentation.is_audience() && key.eq_ignore_ascii_case("f") => {
                Command::Fullscreen
            }
            None => return,
            Some(command) => command,
        };
        ev.prevent_default();
        let before = presentation.view().get_untracked();
        presentation.command(command);
        let after = presentation.view().get_untracked();
        if after.slide != before.slide || after.help != before.help || after.blank != before.blank {
            focus_after_move(after.help && !before.help);
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

/// In the presenter's window, focus goes to what just appeared: the list
/// of keys when it opens, else the new slide's heading, which announces it;
/// a button pressed keeps focus. The room's window has no heading to focus
/// and moves nothing.
pub fn focus_after_move(help_opened: bool) {
    request_animation_frame(move || {
        let selector = if help_opened {
            "#key-help-heading"
        } else {
            let active_is_control = document()
                .active_element()
                .is_some_and(|e| matches!(e.tag_name().as_str(), "BUTTON" | "INPUT" | "SUMMARY"));
            if active_is_control {
                return;
            }
            ".presenter__stage #slide-heading"
        };
        if let Some(e) = document()
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = e.focus();
        }
    });
}
