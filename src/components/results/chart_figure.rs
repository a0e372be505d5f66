use crate::browser::download::{download, safe_file_stem};
use crate::state::AppState;
use leptos::prelude::*;

/// A chart with its caption, its data as a table (the children), and a
/// button to download it as an SVG file.
#[component]
pub fn ChartFigure(
    caption: String,
    /// Built only from questionnaire and standard labels and numbers, never
    /// from user text, so it is safe to set as markup.
    svg: Memo<String>,
    /// Names the download and the test ids: "gap-chart".
    name: &'static str,
    children: Children,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let on_download = move |_| {
        let stem = state
            .open()
            .assessment()
            .with_untracked(|a| safe_file_stem(a.display_name()));
        let file = format!("{name}-{stem}.svg");
        match download(&file, "image/svg+xml", &svg.get_untracked()) {
            Ok(()) => state.notices().tell(format!("Downloaded {file}."), false),
            Err(e) => state
                .notices()
                .tell(format!("The download did not start: {e}."), true),
        }
    };
    view! {
        <figure class="chart" data-testid=name>
            <figcaption class="heading-m">{caption}</figcaption>
            <div class="chart__svg" inner_html=move || svg.get()></div>
            {children()}
            <button type="button" class="button button--secondary" data-testid=format!("{name}-download")
                on:click=on_download>"Download this chart (SVG)"</button>
        </figure>
    }
}
