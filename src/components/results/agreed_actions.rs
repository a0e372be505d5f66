use crate::state::AppState;
use leptos::prelude::*;

/// The actions a workshop agreed in presentation mode, standard by
/// standard: the action plan, on screen and in print. Nothing when none.
#[component]
pub fn AgreedActions() -> impl IntoView {
    let app = expect_context::<AppState>();
    let rows = move || {
        app.open().assessment().with(|a| {
            app.standards()
                .standards
                .iter()
                .filter_map(|s| {
                    a.agreed
                        .get(s.id.as_str())
                        .map(|act| (s.title, act.clone()))
                })
                .collect::<Vec<_>>()
        })
    };
    move || {
        let rows = rows();
        (!rows.is_empty()).then(|| {
            view! {
                <section class="agreed-actions" aria-labelledby="agreed-actions-heading" data-testid="agreed-actions">
                    <h2 class="heading-l" id="agreed-actions-heading">"What the workshop agreed"</h2>
                    <table class="table">
                        <caption class="table__caption">"Actions agreed in the room, in the order of the standards"</caption>
                        <thead><tr>
                            <th scope="col">"Standard"</th><th scope="col">"Action"</th>
                            <th scope="col">"Owner"</th><th scope="col">"By"</th>
                        </tr></thead>
                        <tbody>
                            {rows.into_iter().map(|(title, act)| view! {
                                <tr><th scope="row">{title}</th><td>{act.action}</td><td>{act.owner}</td><td>{act.by}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </section>
            }
        })
    }
}
