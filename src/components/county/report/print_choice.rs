use crate::browser;
use crate::state::{CountyState, PrintForm};
use leptos::prelude::*;

/// Which report prints, the browser's own print command included: the
/// board's concise report, or the full report with every section and the
/// appendices drawn, however many bodies.
#[component]
pub fn PrintChoice() -> impl IntoView {
    let state = expect_context::<CountyState>();
    let radio =
        move |form: PrintForm, id: &'static str, label: &'static str, hint: &'static str| {
            view! {
                <div class="choices__item">
                    <input class="choices__input" type="radio" name="print-form" id=id value=id
                        data-testid=id aria-describedby=format!("{id}-hint")
                        prop:checked=move || state.print_form().get() == form
                        on:change=move |_| state.set_print_form(form)/>
                    <div>
                        <label class="choices__label" for=id>{label}</label>
                        <p class="hint" id=format!("{id}-hint")>{hint}</p>
                    </div>
                </div>
            }
        };
    let print = move |_| {
        if let Err(e) = browser::print() {
            state
                .notices()
                .tell(format!("Printing did not start: {e}."), true);
        }
    };
    view! {
        <fieldset class="fieldset print-choice" data-testid="print-choice">
            <legend class="fieldset__legend">"What to print"</legend>
            <div class="choices">
                {radio(PrintForm::Board, "print-board", "The board report",
                    "Title, introduction and method, summary, the standards chart and matrix, the Analysis, recommendations, good practice and conclusion.")}
                {radio(PrintForm::Full, "print-full", "The full report, with the appendices",
                    "Everything in the board report, with where each body sits, change between rounds, each body's snapshot and every table of answers. Wide tables print on landscape pages.")}
            </div>
            <button type="button" class="button" data-testid="county-print" on:click=print>
                "Print the report"
            </button>
        </fieldset>
    }
}
