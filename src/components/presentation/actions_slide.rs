use super::slide_mode::SlideMode;
use super::standard_slide::agreed_words;
use crate::state::{AppState, PresentationState};
use leptos::prelude::*;

/// The actions the room agreed, standard by standard, to close on, as each
/// standard's slide words them.
#[component]
pub fn ActionsSlide(mode: SlideMode) -> impl IntoView {
    let app = expect_context::<AppState>();
    let presentation = expect_context::<PresentationState>();
    let private = Memo::new(move |_| presentation.view().with(|v| v.private));
    let rows = move || {
        app.open().assessment().with(|a| {
            app.standards()
                .standards
                .iter()
                .filter_map(|s| a.agreed.get(s.id.as_str()).map(|act| (s, act.clone())))
                .map(|(s, act)| {
                    view! {
                        <li class="agreed__row"><strong>{s.short_title}": "</strong>{agreed_words(&act, private.get())}</li>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <p class="slide__progress" data-testid=mode.id("slide-progress")>"The room's actions"</p>
        <h1 class="slide__heading slide__heading--small" id=mode.id("slide-heading")
            tabindex=mode.interactive().then_some("-1")>"What the room agreed to do"</h1>
        {move || {
            let rows = rows();
            if rows.is_empty() {
                view! { <p class="slide__aside">"No actions recorded yet: the facilitator records them on each standard's slide."</p> }.into_any()
            } else {
                // Up to six at full size; more, smaller, so all fit.
                let many = rows.len() > 6;
                view! { <ul class="agreed" class:agreed--many=many data-testid=mode.id("slide-actions")>{rows}</ul> }.into_any()
            }
        }}
    }
}
