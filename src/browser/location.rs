//! The URL fragment that holds the current page.

pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Navigates to a fragment, adding a history entry (Back works).
pub fn push(fragment: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(fragment);
    }
}

/// Whether this page was reached from another page of this site (a link,
/// not a bookmark or a typed address).
pub fn came_from_this_site() -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let origin = w.location().origin().unwrap_or_default();
    let referrer = w.document().map(|d| d.referrer()).unwrap_or_default();
    !origin.is_empty() && referrer.starts_with(&format!("{origin}/"))
}

/// Loads another page of the site, adding a history entry.
pub fn assign(url: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().assign(url);
    }
}

/// Changes the fragment (or the page) without a new history entry.
pub fn replace(fragment: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().replace(fragment);
    }
}

/// A page brought back by Back or Forward from the browser's memory may
/// have missed what other pages saved meanwhile (browsers differ): one edit
/// there would overwrite it. Loading it afresh reads storage again.
pub fn reload_when_restored_from_history() {
    let handle = leptos::prelude::window_event_listener(leptos::ev::pageshow, |ev| {
        if ev.persisted() {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        }
    });
    leptos::prelude::on_cleanup(move || handle.remove());
}

/// Whether the page was opened to be printed (`?print`, from presentation
/// mode), taking the request out of the address so a reload does not
/// print again.
pub fn take_print_request() -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let location = w.location();
    if location.search().unwrap_or_default() != "?print" {
        return false;
    }
    let rest = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&rest));
    }
    true
}

/// Sets the fragment without a history entry or a `hashchange` (an empty
/// one leaves the address without `#`).
pub fn replace_fragment(fragment: &str) {
    let Some(w) = web_sys::window() else {
        return;
    };
    let location = w.location();
    let url = format!(
        "{}{}{fragment}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// An invitation's full link to `page` (the sector's page, or the
/// collector's), from this page's own address: what an email carries and a
/// QR code draws.
pub fn invitation_link(
    invitation: &crate::domain::sector::Invitation,
    page: crate::domain::pages::Page,
    from: crate::domain::pages::Page,
) -> String {
    let here = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = here.split('#').next().unwrap_or_default();
    let relative = page.href(from, "");
    let page = web_sys::Url::new_with_base(&relative, base)
        .map(|u| u.href())
        .unwrap_or(relative);
    format!("{page}{}", invitation.to_fragment())
}

/// Reloads the page when another link is pasted into its address bar: a
/// page whose fragment is its whole subject (an invitation) reads it
/// afresh rather than showing one link's content as another's. Set for
/// the page's life (it is never unmounted), as a plain handler: leptos's
/// listener costs the phone's page more.
pub fn reload_on_new_fragment() {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let reload = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    window.set_onhashchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
}
