use crate::domain::route::Route;
use crate::domain::scoring::Summary;
use crate::state::AppState;
use leptos::prelude::*;

/// The score so far, beside every page while answering.
#[component]
pub fn ScoreSummary() -> impl IntoView {
    let state = expect_context::<AppState>();
    let summary = Memo::new(move |_| state.open().scores().with(|s| Summary::of(s)));
    let count = move |label: &'static str, testid: &'static str, pick: fn(&Summary) -> usize| {
        view! {
            <li class="score-summary__item">
                <span class="score-summary__count" data-testid=testid>{move || pick(&summary.get())}</span>
                " " {label}
            </li>
        }
    };
    view! {
        <section class="score-summary" aria-labelledby="score-summary-heading" data-testid="score-summary">
            <h2 id="score-summary-heading" class="heading-s">"Score so far"</h2>
            <p class="score-summary__percent">
                <span data-testid="score-percent">{move || summary.get().percent}</span> "%"
            </p>
            <ul class="score-summary__list">
                {count("met", "count-met", |s| s.met)}
                {count("partly met", "count-partly", |s| s.partly_met)}
                {count("not met", "count-not-met", |s| s.not_met)}
                {count("not yet answered", "count-not-answered", |s| s.not_answered)}
            </ul>
            <a href=state.tab().href(&Route::Results) class="link">"See results in full"</a>
        </section>
    }
}
