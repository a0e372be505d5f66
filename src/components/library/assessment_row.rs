use crate::domain::progress::completed_count;
use crate::state::AppState;
use leptos::prelude::*;

/// What a row shows of one assessment.
#[derive(Debug, Clone, PartialEq)]
struct Details {
    name: String,
    kind: String,
    date: String,
    /// "5 of 14" questions completed.
    progress: String,
    last_changed: String,
    /// It re-assesses another.
    derived: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Showing,
    Renaming,
    ConfirmingDelete,
}

/// One assessment in the list, with its actions.
#[component]
pub fn AssessmentRow(id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let mode = RwSignal::new(Mode::Showing);
    let id = StoredValue::new(id);
    // Memos, so that a change elsewhere in the list redraws nothing here, and
    // a change to this assessment redraws only the cells, never the actions.
    let details = Memo::new(move |_| {
        state.open().library().with(|l| {
            l.get(&id.get_value()).map(|a| {
                let (done, total) = completed_count(state.questionnaire(), &a.answers);
                Details {
                    name: a.display_name().to_string(),
                    kind: state
                        .questionnaire()
                        .body_kind_label(&a.body.kind)
                        .unwrap_or("")
                        .to_string(),
                    date: a.body.date.clone(),
                    progress: format!("{done} of {total}"),
                    last_changed: a.last_changed(),
                    derived: a.derived_from.is_some(),
                }
            })
        })
    });
    let name = move || details.with(|d| d.as_ref().map(|d| d.name.clone()).unwrap_or_default());
    let exists = Memo::new(move |_| details.with(Option::is_some));
    let cell = move |pick: fn(&Details) -> String| {
        move || details.with(|d| d.as_ref().map(pick).unwrap_or_default())
    };
    let is_open = move || state.open().current_id().get() == id.get_value();
    let new_name = RwSignal::new(String::new());
    let testid = move |what: &str| format!("{what}-{}", id.get_value());

    let actions = move || {
        match mode.get() {
        Mode::Showing => view! {
            <button type="button" class="button button--secondary button--small" data-testid=testid("open")
                on:click=move |_| state.open_assessment(&id.get_value())>
                "Open" <span class="visually-hidden">{format!(" {}", name())}</span>
            </button>
            <button type="button" class="button button--secondary button--small" data-testid=testid("rename")
                on:click=move |_| { new_name.set(name()); mode.set(Mode::Renaming); }>
                "Rename" <span class="visually-hidden">{format!(" {}", name())}</span>
            </button>
            <button type="button" class="button button--secondary button--small" data-testid=testid("reassess")
                on:click=move |_| state.reassess(&id.get_value())>
                "Re-assess" <span class="visually-hidden">{format!(" {}", name())}</span>
            </button>
            <button type="button" class="button button--warning button--small" data-testid=testid("delete")
                on:click=move |_| mode.set(Mode::ConfirmingDelete)>
                "Delete" <span class="visually-hidden">{format!(" {}", name())}</span>
            </button>
        }
        .into_any(),
        Mode::Renaming => {
            let input_id = testid("rename-input");
            view! {
                <form class="inline-form" on:submit=move |ev: leptos::ev::SubmitEvent| {
                    ev.prevent_default();
                    state.rename(&id.get_value(), &new_name.get_untracked());
                    mode.set(Mode::Showing);
                }>
                    <label class="label" for=input_id.clone()>"New name"</label>
                    <input class="input" type="text" id=input_id.clone() data-testid=input_id
                        prop:value=new_name.get_untracked()
                        on:input=move |ev| new_name.set(event_target_value(&ev))/>
                    <button type="submit" class="button button--small" data-testid=testid("rename-save")>"Save name"</button>
                    <button type="button" class="button button--secondary button--small"
                        on:click=move |_| mode.set(Mode::Showing)>"Cancel"</button>
                </form>
            }
            .into_any()
        }
        Mode::ConfirmingDelete => view! {
            <div role="alert" class="inline-confirm">
                <p>{format!("Delete the assessment for {}? You can undo this straight afterwards.", name())}</p>
                <button type="button" class="button button--warning button--small" data-testid=testid("delete-confirm")
                    on:click=move |_| state.delete(&id.get_value())>"Yes, delete it"</button>
                <button type="button" class="button button--secondary button--small" data-testid=testid("delete-cancel")
                    on:click=move |_| mode.set(Mode::Showing)>"No, keep it"</button>
            </div>
        }
        .into_any(),
    }
    };

    move || {
        exists.get().then(|| {
            view! {
                <tr data-testid=testid("row") class:assessments__open=is_open>
                    <th scope="row">
                        {cell(|d| d.name.clone())}
                        {move || is_open().then(|| view! { <span class="tag tag--blue">"Open"</span> })}
                        {move || details.with(|d| d.as_ref().is_some_and(|d| d.derived)).then(|| view! { <span class="hint assessments__derived">" (re-assessment)"</span> })}
                    </th>
                    <td>{cell(|d| d.kind.clone())}</td>
                    <td>{cell(|d| d.date.clone())}</td>
                    <td data-testid=testid("progress")>{cell(|d| d.progress.clone())}</td>
                    <td>{cell(|d| d.last_changed.clone())}</td>
                    <td class="assessments__actions">{actions}</td>
                </tr>
            }
        })
    }
}
