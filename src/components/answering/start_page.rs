use crate::components::layout::storage_statement::StorageStatement;
use crate::components::transfer::import_button::ImportButton;
use crate::domain::assessment::BodyDetails;
use crate::domain::route::Route;
use crate::state::AppState;
use leptos::prelude::*;

/// Who is answering: the body's name and kind, the date, who completed it.
#[component]
pub fn StartPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let body = state.open().assessment().with_untracked(|a| a.body.clone());
    let date = if body.date.is_empty() {
        crate::browser::today()
    } else {
        body.date.clone()
    };
    let set = move |change: fn(&mut BodyDetails, String)| {
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            state.update_assessment(|a| change(&mut a.body, value));
        }
    };
    let kinds = state
        .questionnaire()
        .body_kinds
        .iter()
        .map(|kind| {
            let id = format!("kind-{}", kind.id);
            let checked = move || state.open().assessment().with(|a| a.body.kind == kind.id);
            view! {
                <div class="choices__item">
                    <input
                        class="choices__input"
                        type="radio"
                        name="body-kind"
                        id=id.clone()
                        value=kind.id
                        data-testid=id.clone()
                        prop:checked=checked
                        on:change=set(|b, v| b.kind = v)
                    />
                    <label class="choices__label" for=id>{kind.label}</label>
                </div>
            }
        })
        .collect_view();
    let shown_date = date.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // The date field shows today until changed; keep what was shown.
        if state
            .open()
            .assessment()
            .with_untracked(|a| a.body.date.is_empty())
        {
            let date = shown_date.clone();
            state.update_assessment(|a| a.body.date = date);
        }
        state.go(Route::Tasks);
    };
    view! {
        <h1 id="page-heading" class="heading-xl" tabindex="-1">{state.questionnaire().title}</h1>
        <p class="lead">
            "Answer the questions public bodies in Hertfordshire answered in 2009 and 2010, and see at once how your "
            "support for the local voluntary and community sector (VCS) compares with the thirteen items of minimum "
            "support the Hertfordshire Thriving Third Sector report recommends."
        </p>
        <StorageStatement/>
        <form class="start" on:submit=on_submit novalidate>
            <div class="form-group">
                <label class="label" for="body-name">"Name of your organisation"</label>
                <p class="hint" id="body-name-hint">"For example, Dacorum Borough Council and LSP."</p>
                <input class="input" type="text" id="body-name" aria-describedby="body-name-hint"
                    autocomplete="organization" data-testid="body-name"
                    prop:value=body.name on:input=set(|b, v| b.name = v)/>
            </div>
            <fieldset class="fieldset">
                <legend class="fieldset__legend">"What kind of body is it?"</legend>
                <div class="choices">{kinds}</div>
            </fieldset>
            <div class="form-group">
                <label class="label" for="body-date">"Date of this assessment"</label>
                <input class="input input--date" type="date" id="body-date" data-testid="body-date"
                    prop:value=date on:input=set(|b, v| b.date = v)/>
            </div>
            <div class="form-group">
                <label class="label" for="completed-by">"Completed by (optional)"</label>
                <p class="hint" id="completed-by-hint">"Personal data: you can leave it out when you export."</p>
                <input class="input" type="text" id="completed-by" aria-describedby="completed-by-hint"
                    autocomplete="name" data-testid="completed-by"
                    prop:value=body.completed_by on:input=set(|b, v| b.completed_by = v)/>
            </div>
            <div class="button-group">
                <button type="submit" class="button" data-testid="start">"Save and continue"</button>
            </div>
        </form>
        <h2 class="heading-m">"Carry on from a file"</h2>
        <p>"If you downloaded an assessment before, open it here to carry on where you left off."</p>
        <ImportButton/>
    }
}
