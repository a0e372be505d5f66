use crate::state::AppState;
use leptos::prelude::*;

/// One standard, large enough for the back of the room: its verdict, why,
/// and the first next step.
#[component]
pub fn StandardSlide(index: usize) -> impl IntoView {
    let app = expect_context::<AppState>();
    let total = app.standards().standards.len();
    let content = move || {
        app.open().scores().with(|scores| {
            let score = scores.get(index)?;
            let standard = score.standard(app.standards());
            let step = score.next_steps(standard).first().map(|s| s.text);
            Some(view! {
                <p class="slide__progress" data-testid="slide-progress">{format!("Standard {} of {total}", index + 1)}
                    {standard.key_driver.then_some(" \u{00b7} the key driver of NI7")}</p>
                <h1 id="slide-heading" class="slide__heading" tabindex="-1">{standard.title}</h1>
                <p class="slide__verdict" data-testid="slide-verdict">{score.label()}</p>
                <p class="slide__why">{score.explanation(standard)}</p>
                {step.map(|s| view! {
                    <h2 class="slide__part-label">"First next step"</h2>
                    <p class="slide__step" data-testid="slide-step">{s}</p>
                })}
            })
        })
    };
    view! { {content} }
}
