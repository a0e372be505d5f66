use crate::domain::assessment::Assessment;
use crate::domain::county::counted;
use crate::state::CountyState;
use leptos::prelude::*;
use std::cmp::Ordering;
use std::collections::BTreeSet;

/// The assessments saved in this browser, to choose from; read when the
/// list is opened, never changed.
#[component]
pub fn BrowserAssessments() -> impl IntoView {
    let state = expect_context::<CountyState>();
    let listed = RwSignal::new(Vec::<Assessment>::new());
    let unreadable = RwSignal::new(0usize);
    let chosen = RwSignal::new(BTreeSet::<String>::new());
    let on_toggle = move |ev: leptos::ev::Event| {
        if event_target::<web_sys::HtmlDetailsElement>(&ev).open() {
            let (list, bad) = state.browser_assessments();
            listed.set(list);
            unreadable.set(bad);
        }
    };
    let add = move |_| {
        let ids = chosen.get_untracked();
        let list: Vec<Assessment> =
            listed.with_untracked(|l| l.iter().filter(|a| ids.contains(&a.id)).cloned().collect());
        chosen.set(BTreeSet::new());
        state.add_browser_assessments(list);
    };
    let q = state.questionnaire();
    view! {
        <details class="details" data-testid="browser-assessments" on:toggle=on_toggle>
            <summary class="details__summary">"Assessments saved in this browser"</summary>
            <div class="details__text">
                {move || listed.with(Vec::is_empty).then(|| view! {
                    <p>"No assessments with answers are saved in this browser."</p>
                })}
                {move || (unreadable.get() > 0).then(|| view! {
                    <p class="hint">{format!(
                        "{} could not be read here; open the self-assessment to see what happened to them.",
                        counted(unreadable.get(), "saved assessment", "saved assessments")
                    )}</p>
                })}
                <ul class="choices">
                    // Keyed by the copy, not only the assessment: a later revision is a new row.
                    <For each=move || listed.get() key=|a| (a.id.clone(), a.revision, a.updated_at.clone()) let:a>
                        {
                            let id = a.id.clone();
                            let input_id = format!("local-{id}");
                            let copy = a.clone();
                            let in_set = move || {
                                state.set().with(|s| match s.compared_with_shown(&copy)? {
                                    Ordering::Equal => Some(" (already in the picture)"),
                                    Ordering::Greater => Some(" (an earlier revision is in the picture: this one would take its place)"),
                                    Ordering::Less => Some(" (a later revision is in the picture)"),
                                })
                            };
                            let kind = q.body_kind_label(&a.body.kind).unwrap_or("Kind not given").to_string();
                            view! {
                                <li class="choices__item choices__item--small">
                                    <input type="checkbox" class="choices__input" id=input_id.clone()
                                        data-testid="local-choice"
                                        prop:checked=move || chosen.with(|c| c.contains(&id))
                                        on:change={
                                            let id = a.id.clone();
                                            move |ev| {
                                                let on = event_target_checked(&ev);
                                                chosen.update(|c| { if on { c.insert(id.clone()); } else { c.remove(&id); } });
                                            }
                                        }/>
                                    <label class="choices__label" for=input_id>
                                        {a.display_name().to_string()}", "{kind}", "
                                        {if a.body.date.is_empty() { "no date".to_string() } else { a.body.date.clone() }}
                                        {in_set}
                                    </label>
                                </li>
                            }
                        }
                    </For>
                </ul>
                <button type="button" class="button button--secondary" data-testid="add-local"
                    disabled=move || chosen.with(BTreeSet::is_empty) on:click=add>
                    "Add the chosen assessments"
                </button>
            </div>
        </details>
    }
}
