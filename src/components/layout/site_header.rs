use crate::domain::pages::{Page, MENU, PRODUCT};
use leptos::prelude::*;

/// The site's header on every page but presentation mode's: the product's
/// name, the menu of `seeds/pages.json` with the current item marked, and,
/// on the officer's pages, the body being assessed.
#[component]
pub fn SiteHeader(
    page: Page,
    /// The route shown, on a page with routes ("#/tasks").
    #[prop(optional, into)]
    fragment: Option<Signal<String>>,
    /// The body whose assessment is open.
    #[prop(optional, into)]
    body_name: Option<Signal<String>>,
) -> impl IntoView {
    let skip = move |ev: leptos::ev::MouseEvent| {
        // The fragment may hold the route, so the skip link moves focus itself.
        ev.prevent_default();
        if let Some(main) = document().get_element_by_id("main") {
            if let Ok(main) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main) {
                let _ = main.focus();
            }
        }
    };
    let items = MENU
        .iter()
        .map(|item| {
            let current = move || {
                let shown = fragment.map(|f| f.get());
                item.current(page, shown.as_deref())
            };
            view! {
                <li><a href=item.page.href(page, item.fragment) aria-current=current data-testid=item.testid>{item.label}</a></li>
            }
        })
        .collect_view();
    view! {
        <a href="#main" class="skip-link" on:click=skip>"Skip to main content"</a>
        <header class="app-header">
            <div class="app-header__inner">
                <a href=Page::Assess.href(page, "#/tasks") class="app-header__name">{PRODUCT}</a>
                <nav aria-label="Main">
                    <ul class="app-nav">{items}</ul>
                </nav>
            </div>
            {body_name.map(|name| view! {
                <p class="app-header__body" data-testid="header-body-name">{name}</p>
            })}
        </header>
    }
}
