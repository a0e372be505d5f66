use crate::components::layout::switch::Switch;
use crate::domain::presentation::{Command, Slide};
use crate::domain::route::Route;
use crate::state::{AppState, PresentationState};
use leptos::prelude::*;

/// The facilitator's buttons and switches: everything the keys do, and the
/// privacy and shortcut switches, in the presenter's window only.
#[component]
pub fn PresentationControls() -> impl IntoView {
    let app = expect_context::<AppState>();
    let presentation = expect_context::<PresentationState>();
    let view = presentation.view();
    // Focus stays on the button pressed, so it can be pressed again.
    let act = move |command: Command| move |_| presentation.command(command);
    let leave = move |_| {
        let route = match view.get_untracked().slide {
            Slide::Question(i) => app
                .questionnaire()
                .questions
                .get(i)
                .map_or(Route::Tasks, |q| Route::Question(q.id.to_string())),
            Slide::Chart | Slide::Standard(_) => Route::Results,
        };
        app.go(route);
    };
    // Memos, so that the button is not drawn again (losing focus) when
    // anything else changes.
    let can_show_text = Memo::new(move |_| {
        let v = view.get();
        v.private && matches!(v.slide, Slide::Question(_))
    });
    let text_shown = Memo::new(move |_| {
        let v = view.get();
        matches!(v.slide, Slide::Question(i) if v.text_visible(i))
    });
    view! {
        <section class="presenter__controls" aria-label="Presentation controls" data-testid="presentation-controls">
            <div class="presenter__buttons">
                <button type="button" class="button button--secondary" data-testid="present-previous" on:click=act(Command::Previous)>"Previous"</button>
                <button type="button" class="button" data-testid="present-next" on:click=act(Command::Next)>"Next"</button>
                <button type="button" class="button button--secondary" data-testid="present-reveal" on:click=act(Command::Reveal)>
                    {move || if view.get().is_revealed() { "Back to the questions" } else { "Reveal results" }}
                </button>
                <button type="button" class="button button--secondary" data-testid="present-blank" on:click=act(Command::Blank)
                    aria-pressed=move || view.get().blank.to_string()>"Blank screen"</button>
                <button type="button" class="button button--secondary" data-testid="present-help" on:click=act(Command::Help)
                    aria-pressed=move || view.get().help.to_string()>"Keys"</button>
                <button type="button" class="button button--secondary" data-testid="present-fullscreen" on:click=act(Command::Fullscreen)>"Full screen"</button>
                <button type="button" class="button button--secondary" data-testid="open-audience"
                    on:click=move |_| presentation.open_audience_window()>"Open audience window"</button>
                {move || can_show_text.get().then(|| view! {
                    <button type="button" class="button button--secondary" data-testid="present-show-text"
                        aria-pressed=move || text_shown.get().to_string()
                        on:click=move |_| presentation.toggle_text()>"Free text for this question"</button>
                })}
                <button type="button" class="button button--warning" data-testid="leave-presentation" on:click=leave>"Leave presentation"</button>
            </div>
            <div class="presenter__switches">
                <Switch id="present-private"
                    label="Hide names, contact details and free text while projecting"
                    on=Signal::derive(move || view.get().private)
                    set=Callback::new(move |on| presentation.set_private(on))/>
                <Switch id="present-shortcuts"
                    label="Single-key shortcuts (N, P, R, B, F, ?, numbers)"
                    on=Signal::derive(move || view.get().shortcuts)
                    set=Callback::new(move |on| presentation.set_shortcuts(on))/>
            </div>
        </section>
    }
}
