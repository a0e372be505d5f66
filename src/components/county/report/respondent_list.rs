use crate::domain::county::respondents;
use crate::state::CountyState;
use leptos::prelude::*;

/// Who responded, by name: a list on screen, a run of names on paper.
#[component]
pub fn RespondentList() -> impl IntoView {
    let state = expect_context::<CountyState>();
    let names = move || state.with_current(respondents);
    view! {
        <h4 class="heading-s" id="respondents-heading">"Who responded"</h4>
        <ul class="respondents" aria-labelledby="respondents-heading" data-testid="respondents">
            {move || names().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
        </ul>
    }
}
