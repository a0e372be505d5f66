use crate::browser;
use crate::domain::county::CountyBody;
use crate::state::CountyState;
use leptos::prelude::*;

/// The rows are redrawn after a choice: focus goes to the list's heading,
/// or to the page's if the list is gone.
fn refocus() {
    request_animation_frame(|| browser::focus_first(&["set-aside-heading", "page-heading"]));
}

/// Duplicates kept out of the picture: each body is shown once, and the
/// facilitator chooses which copy.
#[component]
pub fn SetAsideList() -> impl IntoView {
    let state = expect_context::<CountyState>();
    let rows = move || {
        state.set().with(|s| {
            s.set_aside()
                .iter()
                .enumerate()
                .map(|(i, aside)| {
                    // Which copy is which, and which is newer, in words.
                    let copy = |b: &CountyBody| {
                        format!(
                            "from {}, revision {}, last changed {}",
                            b.source.label(),
                            b.assessment.revision,
                            b.assessment.last_changed()
                        )
                    };
                    let shown = s.shown_for(aside).map_or_else(|| "elsewhere".to_string(), copy);
                    let text = format!(
                        "\u{201c}{}\u{201d} dated {} ({}) is {} in the picture ({shown}). The picture shows that one.",
                        aside.body.label,
                        if aside.body.date().is_empty() { "with no date" } else { aside.body.date() },
                        copy(&aside.body),
                        aside.clash.label(),
                    );
                    view! {
                        <li class="set-aside__item" data-testid="set-aside">
                            <p>{text}</p>
                            <div class="button-group">
                                <button type="button" class="button button--secondary button--small"
                                    data-testid="use-set-aside" on:click=move |_| { state.choose_set_aside(i); refocus(); }>
                                    "Use this copy instead"
                                </button>
                                <button type="button" class="button button--secondary button--small"
                                    data-testid="dismiss-set-aside" on:click=move |_| { state.dismiss_set_aside(i); refocus(); }>
                                    "Leave this copy out"
                                </button>
                            </div>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let any = move || state.set().with(|s| !s.set_aside().is_empty());
    view! {
        <Show when=any>
            <section class="notice notice--warning screen-only" aria-labelledby="set-aside-heading" data-testid="set-aside-list">
                <h2 class="heading-m" id="set-aside-heading" tabindex="-1">"Duplicates set aside"</h2>
                <ul class="list">{rows}</ul>
            </section>
        </Show>
    }
}
