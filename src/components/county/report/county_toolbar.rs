use super::county_downloads::CountyDownloads;
use super::print_choice::PrintChoice;
use super::report_text_form::ReportTextForm;
use crate::components::layout::switch::Switch;
use crate::domain::county::BodyFilter;
use crate::state::CountyState;
use leptos::prelude::*;

/// What the report shows and what is done with it: the filter by kind,
/// names and contacts, the report's title and texts, printing and the
/// downloads.
#[component]
pub fn CountyToolbar() -> impl IntoView {
    let state = expect_context::<CountyState>();
    let q = state.questionnaire();
    let options = move || {
        let kinds: Vec<String> = state
            .set()
            .with(|s| s.kinds().into_iter().map(String::from).collect());
        let mut filters = vec![BodyFilter::All, BodyFilter::Councils];
        filters.extend(kinds.into_iter().map(BodyFilter::Kind));
        filters
            .into_iter()
            .map(|f| {
                let value = f.value();
                let selected = state.filter().with(|current| *current == f);
                view! { <option value=value selected=selected>{f.label(q)}</option> }
            })
            .collect_view()
    };
    view! {
        <section class="county-toolbar screen-only" aria-labelledby="toolbar-heading">
            <h2 class="heading-l" id="toolbar-heading">"What the picture shows"</h2>
            <div class="form-group">
                <label class="label" for="county-filter">"Bodies shown"</label>
                <select id="county-filter" class="select" data-testid="county-filter"
                    on:change=move |ev| state.set_filter(BodyFilter::parse(&event_target_value(&ev)))>
                    {options}
                </select>
            </div>
            <Switch id="county-personal" on=state.with_personal()
                set=Callback::new(move |on| state.set_with_personal(on))
                label="Include names and contact details in what is shown and downloaded"/>
            <ReportTextForm/>
            <PrintChoice/>
            <CountyDownloads/>
        </section>
    }
}
