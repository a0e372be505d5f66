use super::item_question::ItemQuestion;
use super::ni7_question::Ni7Question;
use super::organisation_details::OrganisationDetails;
use super::sector_finished::SectorFinished;
use crate::browser;
use crate::domain::sector::{date_in_words, SectorQuestions};
use crate::state::SectorForm;
use leptos::prelude::*;

/// The questions about one body, then the finished code. Who sees the
/// answers, and how long this tab keeps them, is said before the first
/// question; so is what the body cannot check.
#[component]
pub fn SectorPage() -> impl IntoView {
    let form = expect_context::<SectorForm>();
    let invitation = form.invitation();
    let items = || {
        SectorQuestions::bundled()
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| view! { <ItemQuestion index=i item=*item/> })
            .collect_view()
    };
    let closes = invitation
        .closes
        .as_deref()
        .and_then(date_in_words)
        .map(|d| crate::domain::sector::joined(&["Answers are taken until the end of ", &d, "."]));
    // A response with no answer would count as one, saying nothing.
    let empty = RwSignal::new(false);
    let finish = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        empty.set(form.answered() == 0);
        if empty.get_untracked() {
            return;
        }
        form.finish();
        request_animation_frame(|| browser::focus_first(&["finished-heading"]));
    };
    // Joined, not formatted: the phone's page has no bytes to spare.
    let (body, named) = (invitation.body.as_str(), invitation.named);
    let name = if named {
        ", with your organisation's name if you give it"
    } else {
        ""
    };
    let unnamed = if named {
        ""
    } else {
        " Your name is not asked."
    };
    let sent = " Nothing is sent by this page: at the end you send a short code yourself.";
    let promise = match invitation.collector.as_deref() {
        // The link says so, not the page: the page cannot check whose the
        // reply address is, and shows it on the email button.
        Some(c) => crate::domain::sector::joined(&[
            "This link from ",
            body,
            " says your answers go to ",
            c,
            ", not to ",
            body,
            ": ",
            c,
            " sees each response",
            name,
            if named { "," } else { "" },
            " and passes ",
            body,
            " only totals from five answers to each question, and comments you agree to pass on.",
            unnamed,
            sent,
        ]),
        None => crate::domain::sector::joined(&[
            "Your answers go to ",
            body,
            ", which sees each response and keeps it with its own records",
            name,
            ".",
            unnamed,
            sent,
        ]),
    };
    let answered = move || {
        crate::domain::sector::joined(&[&form.answered().to_string(), " of 14 questions answered."])
    };
    view! {
        <h1 class="heading-xl" data-testid="sector-heading">{crate::domain::sector::joined(&["How does ", body, " treat your organisation?"])}</h1>
        <p class="lead">"A few minutes, on any device. You may leave out any question."</p>
        <p data-testid="sector-promise">{promise}</p>
        <p class="hint" data-testid="sector-kept">
            {if form.kept() {
                "Your answers are kept in this tab as you give them, so a reload keeps them; closing the tab forgets them."
            } else {
                "This browser does not let the page keep your answers: a reload would lose them, so finish in one go."
            }}
            " No one can check who answers: anyone with the link can answer, more than once, and several answers from one person could narrow the totals down to yours."
        </p>
        {closes.map(|c| view! { <p data-testid="sector-closes"><strong>{c}</strong></p> })}
        {move || if form.finished().get().is_some() {
            view! { <SectorFinished/> }.into_any()
        } else {
            view! {
                <form class="sector-form" data-testid="sector-form" on:submit=finish>
                    <Ni7Question/>
                    {items()}
                    <OrganisationDetails/>
                    <p class="hint" aria-live="polite">{answered}</p>
                    <p class="error-message" role="alert" data-testid="sector-empty">{move || empty.get().then_some("Answer at least one question before you finish.")}</p>
                    <button type="submit" class="button" data-testid="sector-finish">"Finish and get your response code"</button>
                </form>
            }.into_any()
        }}
    }
}
