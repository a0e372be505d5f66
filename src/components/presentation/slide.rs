use super::actions_slide::ActionsSlide;
use super::chart_slide::ChartSlide;
use super::invite_slide::InviteSlide;
use super::question_slide::QuestionSlide;
use super::recap_slide::RecapSlide;
use super::sector_slide::SectorSlide;
use super::slide_mode::SlideMode;
use super::standard_slide::StandardSlide;
use crate::domain::presentation::Slide as Shown;
use leptos::prelude::*;

/// One slide in a frame of its own: type and spacing follow the frame's
/// width and height (container units), so the same slide fits the room's
/// window at any size and the presenter's small views alike.
#[component]
pub fn Slide(#[prop(into)] shown: Signal<Shown>, mode: SlideMode) -> impl IntoView {
    let shown = Memo::new(move |_| shown.get());
    let content = move || match shown.get() {
        Shown::Question { index, page } => {
            view! { <QuestionSlide index=index page=page mode=mode/> }.into_any()
        }
        Shown::Recap => view! { <RecapSlide mode=mode/> }.into_any(),
        Shown::Chart => view! { <ChartSlide mode=mode/> }.into_any(),
        Shown::Standard(i) => view! { <StandardSlide index=i mode=mode/> }.into_any(),
        Shown::Sector => view! { <SectorSlide mode=mode/> }.into_any(),
        Shown::Invite => view! { <InviteSlide mode=mode/> }.into_any(),
        Shown::Actions => view! { <ActionsSlide mode=mode/> }.into_any(),
    };
    view! {
        <div class="slide-frame" data-testid=match mode {
            SlideMode::Preview => "slide-preview",
            _ => "slide",
        }>
            <div class="slide">{content}</div>
        </div>
    }
}
