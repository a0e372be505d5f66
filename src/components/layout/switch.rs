use leptos::prelude::*;

/// An on/off setting as a labelled checkbox: the presenter's switches, the
/// county picture's names and keeping.
#[component]
pub fn Switch(
    /// The input's id and test id.
    id: &'static str,
    label: &'static str,
    #[prop(into)] on: Signal<bool>,
    set: Callback<bool>,
) -> impl IntoView {
    view! {
        <div class="choices__item">
            <input class="choices__input" type="checkbox" id=id data-testid=id
                prop:checked=move || on.get()
                on:change=move |ev| set.run(event_target_checked(&ev))/>
            <label class="choices__label" for=id>{label}</label>
        </div>
    }
}
