use crate::domain::county::{good_practice, month_year};
use crate::state::CountyState;
use leptos::prelude::*;

/// Examples of good practice (question 7), the heart of the 2010 report's
/// Appendix 2: every round of every body shown, with its date; contact
/// details hidden unless the facilitator includes them.
#[component]
pub fn GoodPracticeSection() -> impl IntoView {
    let state = expect_context::<CountyState>();
    let examples = move || {
        let filter = state.filter().get();
        let with_personal = state.with_personal().get();
        state
            .set()
            .with(|s| good_practice(&s.every_round(&filter), with_personal))
    };
    let list = move || {
        let list = examples();
        if list.is_empty() {
            return view! { <p>"No body in the report gave an example in answer to question 7."</p> }.into_any();
        }
        let items = list
            .into_iter()
            .map(|e| {
                let when = month_year(&e.date).unwrap_or_else(|| "date not given".into());
                view! {
                    <li class="example" data-testid="good-practice-example">
                        <p class="example__who"><strong>{e.body}</strong>", "{when}</p>
                        <p class="written">{e.text}</p>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="list examples">{items}</ul> }.into_any()
    };
    view! {
        <section class="county-section report-section" aria-labelledby="good-practice-heading" data-testid="good-practice">
            <h3 class="heading-m" id="good-practice-heading">"Examples of good practice"</h3>
            <p class="hint">"What each body offered other public bodies to learn from (question 7), from every round, in its own words."</p>
            {list}
        </section>
    }
}
