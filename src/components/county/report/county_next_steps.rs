use super::source_notes::NoteRef;
use crate::domain::county::{county_next_steps, Notes};
use crate::state::CountyState;
use leptos::prelude::*;

/// The report's recommendations, the county next steps: where most bodies
/// fall short, the key driver first, each with its steps, the bodies they
/// concern, and a numbered note to each step's source.
#[component]
pub fn CountyNextSteps(notes: Memo<Notes>) -> impl IntoView {
    let state = expect_context::<CountyState>();
    let set = state.standards();
    let steps = move || {
        state.with_current(|bodies| {
            county_next_steps(set, bodies)
                .into_iter()
                .map(|step| {
                    let groups = step
                        .groups
                        .iter()
                        .map(|g| {
                            let who = g.who();
                            let list = g
                                .steps
                                .iter()
                                .map(|s| {
                                    let number = notes.with(|n| n.number(s.source));
                                    view! { <li>{s.text}{number.map(|n| view! { <NoteRef number=n/> })}</li> }
                                })
                                .collect_view();
                            view! {
                                <p><strong>{g.heading}</strong><br/>{who}</p>
                                <ul class="list list--bullet">{list}</ul>
                            }
                        })
                        .collect_view();
                    let lead = step.lead();
                    view! {
                        <li class="county-step" data-testid=format!("county-step-{}", step.standard.id)>
                            <h4 class="heading-s">
                                {step.standard.title}
                                {step.standard.key_driver.then(|| view! { " "<span class="tag tag--key">"Key driver"</span> })}
                            </h4>
                            <p>{lead}</p>
                            {groups}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="county-section report-section" aria-labelledby="county-steps-heading">
            <h3 class="heading-m" id="county-steps-heading">"Recommendations"</h3>
            <p class="hint">"The key driver of NI7 first, then the standards most bodies fall short on. A body partly met on a plan alone takes the steps for not met: nothing is in place yet. Examples of what bodies did are from Hertfordshire in 2010, as the 2010 report and the other sources give them."</p>
            <ol class="list" data-testid="county-steps">{steps}</ol>
        </section>
    }
}
