use crate::components::layout::switch::Switch;
use crate::domain::presentation::{Command, Slide};
use crate::domain::route::Route;
use crate::state::{AppState, PresentationState};
use leptos::prelude::*;

/// The facilitator's buttons and switches: everything the keys do, the
/// room's window, privacy, and printing or exporting without leaving.
#[component]
pub fn PresentationControls() -> impl IntoView {
    let app = expect_context::<AppState>();
    let presentation = expect_context::<PresentationState>();
    let view = presentation.view();
    // Focus stays on the button pressed, so it can be pressed again.
    let act = move |command: Command| move |_| presentation.command(command);
    let leave = move |_| {
        presentation.end();
        let route = match view.get_untracked().slide {
            Slide::Question { index, .. } => app
                .questionnaire()
                .questions
                .get(index)
                .map_or(Route::Tasks, |q| Route::Question(q.id.to_string())),
            _ => Route::Results,
        };
        app.go(route);
    };
    // The results page in a window of its own, to print (at once) or to
    // export from: the presentation stays where it is, and this page does
    // not carry the export's code.
    let open_results = move |print: bool| {
        let href = app.tab().href(&Route::Results);
        let url = match (print, href.split_once('#')) {
            (false, _) => href,
            (true, Some((page, fragment))) => format!("{page}?print#{fragment}"),
            (true, None) => format!("{href}?print"),
        };
        if !matches!(
            window().open_with_url_and_target(&url, "_blank"),
            Ok(Some(_))
        ) {
            app.notices().tell(
                "The browser blocked the results' window. Allow pop-ups for this site.",
                true,
            );
        }
    };
    view! {
        <div class="presenter__controls" data-testid="presentation-controls">
            <div class="presenter__buttons">
                <button type="button" class="button button--secondary" data-testid="present-previous" on:click=act(Command::Previous)>"Previous"</button>
                <button type="button" class="button" data-testid="present-next" on:click=act(Command::Next)>"Next"</button>
                <button type="button" class="button button--secondary" data-testid="present-reveal" on:click=act(Command::Reveal)>
                    {move || if view.get().is_revealed() { "Back to the questions" } else { "Reveal results" }}
                </button>
                <button type="button" class="button button--secondary button--toggle" data-testid="present-blank" on:click=act(Command::Blank)
                    aria-pressed=move || view.get().blank.to_string()>"Blank the room's screen"</button>
                <button type="button" class="button button--secondary" data-testid="open-audience"
                    on:click=move |_| presentation.open_audience_window()>"Open the room's window"</button>
                <button type="button" class="button button--secondary" data-testid="present-fullscreen" on:click=act(Command::Fullscreen)>"Room's window full screen"</button>
                <button type="button" class="button button--secondary button--toggle" data-testid="present-help" on:click=act(Command::Help)
                    aria-pressed=move || view.get().help.to_string()>"Keys"</button>
                <button type="button" class="button button--warning" data-testid="leave-presentation" on:click=leave>"Leave presentation"</button>
            </div>
            <div class="presenter__more">
                <button type="button" class="button button--secondary" data-testid="present-print" on:click=move |_| open_results(true)>"Print the results"</button>
                <button type="button" class="button button--secondary" data-testid="present-export" on:click=move |_| open_results(false)>"Export the results"</button>
                <span class="hint">" Each opens the results in a window of its own; the presentation stays."</span>
            </div>
            <div class="presenter__switches">
                <Switch id="present-private"
                    label="Private: free text on the room's window only when I show it, and no owners of actions"
                    on=Signal::derive(move || view.get().private)
                    set=Callback::new(move |on| presentation.set_private(on))/>
                <Switch id="present-shortcuts"
                    label="Single-character keys (N, P, R, B, F, G, ?, digits); arrows and Page keys always work"
                    on=Signal::derive(move || view.get().shortcuts)
                    set=Callback::new(move |on| presentation.set_shortcuts(on))/>
            </div>
        </div>
    }
}
