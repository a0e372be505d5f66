use super::body_list::BodyList;
use crate::components::layout::switch::Switch;
use crate::domain::county::counted;
use crate::domain::pages::Page;
use crate::state::CountyState;
use leptos::prelude::*;

/// The set as it stands: how many assessments, the way to the report,
/// keeping the set, taking bodies out and emptying the picture.
#[component]
pub fn SetPanel() -> impl IntoView {
    let state = expect_context::<CountyState>();
    let bodies = move || state.set().with(|s| s.bodies().len());
    let clear = move |_| {
        let sure = window()
            .confirm_with_message("Empty the picture? Every body will be taken out, and a kept copy forgotten. Files on your computer are not touched.")
            .unwrap_or(false);
        if sure {
            state.clear();
        }
    };
    view! {
        <section class="county-set screen-only" aria-labelledby="set-heading" data-testid="county-set" data-bodies=bodies>
            <h2 class="heading-l" id="set-heading">"In the picture"</h2>
            <p class="lead">{move || format!("{} in the picture.", counted(bodies(), "assessment", "assessments"))}</p>
            <p>
                <a href=Page::CountyReport.href(Page::County, "") class="button" data-testid="open-report">"Open the county report"</a>
            </p>
            <Switch id="county-keep" on=state.in_browser()
                set=Callback::new(move |on| state.store_in_browser(on))
                label="Keep this set in this browser, for a new tab or another day (names and contact details included: on a shared computer, empty the picture when you are done)"/>
            <BodyList/>
            <button type="button" class="button button--warning" data-testid="county-clear" on:click=clear>
                "Empty the picture"
            </button>
        </section>
    }
}
