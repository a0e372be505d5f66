//! The service worker (`sw.js`, written by `scripts/write_worker.py`) that
//! keeps this build's files for use offline. A newer build installs beside
//! the one in use and waits; the page switches to it only when asked, so a
//! page never runs a mix of old and new files.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Missing on plain-http hosts other than localhost, and in some private modes.
    js_sys::Reflect::has(&navigator, &"serviceWorker".into())
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Registers the worker at `script` (relative to the page) and calls
/// `on_update_ready` when a newer build is installed and waiting. Offline
/// use is an addition: where workers are unavailable, nothing happens.
pub fn register(script: &str, on_update_ready: impl Fn() + Clone + 'static) {
    let Some(container) = container() else {
        return;
    };
    let registering = wasm_bindgen_futures::JsFuture::from(container.register(script));
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = registering.await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        // Without a controller this is the first visit: the worker is the
        // build already running, not an update.
        let is_update = move || container.controller().is_some();
        let ready = move || {
            if is_update() {
                on_update_ready();
            }
        };
        // The browser may have found the update before this page asked.
        if registration.waiting().is_some() {
            ready();
        }
        if let Some(installing) = registration.installing() {
            when_installed(installing, ready.clone());
        }
        let watched = registration.clone();
        let on_found = Closure::<dyn Fn()>::new(move || {
            if let Some(installing) = watched.installing() {
                when_installed(installing, ready.clone());
            }
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        // One listener for the page's lifetime.
        on_found.forget();
    });
}

fn when_installed(worker: ServiceWorker, then: impl Fn() + 'static) {
    let watched = worker.clone();
    let on_state = Closure::<dyn Fn()>::new(move || {
        if watched.state() == ServiceWorkerState::Installed {
            then();
        }
    });
    worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
    on_state.forget();
}

/// Moves this page to the waiting build: the worker takes over, then the
/// page reloads onto the new files. With no build waiting (another tab
/// took it already), the page simply reloads.
pub fn take_update() {
    let reload = || {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    };
    let Some(container) = container() else {
        reload();
        return;
    };
    let finding = wasm_bindgen_futures::JsFuture::from(container.get_registration());
    wasm_bindgen_futures::spawn_local(async move {
        let waiting = finding
            .await
            .ok()
            .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok())
            .and_then(|r| r.waiting());
        let Some(waiting) = waiting else {
            reload();
            return;
        };
        let on_change = Closure::<dyn Fn()>::new(reload);
        container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
        on_change.forget();
        if waiting.post_message(&"skip-waiting".into()).is_err() {
            reload();
        }
    });
}
