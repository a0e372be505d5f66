use crate::domain::sector::{SectorQuestions, MAX_COMMENT};
use crate::state::SectorForm;
use leptos::prelude::*;

/// A select of optional answers: "Prefer not to say" first.
fn optional_select(
    id: &'static str,
    label: &'static str,
    choices: &'static [crate::domain::sector::Choice],
    current: ReadSignal<Option<u8>>,
    set: impl Fn(Option<u8>) + 'static,
) -> impl IntoView {
    let options = choices
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let value = i.to_string();
            view! { <option value=value selected=move || current.get() == Some(i as u8)>{c.label}</option> }
        })
        .collect_view();
    view! {
        <div class="form-group">
            <label class="label" for=id>{label}</label>
            <select class="select" id=id data-testid=id
                on:change=move |ev| set(event_target_value(&ev).parse().ok())>
                <option value="">"Prefer not to say"</option>
                {options}
            </select>
        </div>
    }
}

/// Who answered, by kind and size only, and an optional comment; the
/// organisation's name only where the invitation asks for it, saying who
/// will see it.
#[component]
pub fn OrganisationDetails() -> impl IntoView {
    let form = expect_context::<SectorForm>();
    let q = SectorQuestions::bundled();
    let invitation = form.invitation();
    // Joined, not formatted: the phone's page has no bytes to spare.
    let (body, to) = (invitation.body.as_str(), invitation.answers_go_to());
    let named = invitation.named.then(|| {
        let hint = crate::domain::sector::joined(&[to, " sees your organisation's name beside your answers, if you give one."]);
        view! {
            <div class="form-group">
                <label class="label" for="sector-organisation">"Your organisation's name (optional)"</label>
                <p class="hint" id="sector-organisation-hint">{hint}</p>
                <input class="input" type="text" id="sector-organisation" data-testid="sector-organisation"
                    maxlength="200" aria-describedby="sector-organisation-hint" autocomplete="organization"
                    prop:value=move || form.organisation().get()
                    on:input=move |ev| form.set_organisation(&event_target_value(&ev))/>
            </div>
        }
    });
    let consent = invitation.collector.as_deref().map(|c| {
        let label = crate::domain::sector::joined(&[c, " may pass my comment on to ", body, ", without my name"]);
        view! {
            <div class="choices__item">
                <input class="choices__input" type="checkbox" id="sector-pass-on" data-testid="sector-pass-on"
                    checked=form.pass_on()
                    on:change=move |ev| form.agree_to_pass_on(event_target_checked(&ev))/>
                <label class="choices__label" for="sector-pass-on">{label}</label>
            </div>
        }
    });
    view! {
        <section class="sector-about" aria-labelledby="about-heading">
            <h2 class="heading-m" id="about-heading">"About your organisation (optional)"</h2>
            <p class="hint">{match invitation.collector.as_deref() {
                Some(c) => crate::domain::sector::joined(&["They travel with your answers to ", c, "; ", body, " sees only totals, from five."]),
                None => "They travel with your answers, so the body could tell them apart; its page shows them only as totals, once five organisations have said.".to_string(),
            }}</p>
            {optional_select("sector-kind", "Kind of organisation", q.kinds, form.kind(), move |k| form.set_kind(k))}
            {optional_select("sector-size", "Size, by yearly income", q.sizes, form.size(), move |s| form.set_size(s))}
            {named}
            <div class="form-group">
                <label class="label" for="sector-comment">"Anything else you would like the body to know (optional)"</label>
                <p class="hint" id="sector-comment-hint">{match invitation.collector.as_deref() {
                    Some(c) => crate::domain::sector::joined(&["Up to 1,000 characters. ", c, " sees it, and passes it on to ", body, " only if you tick below."]),
                    None => "Up to 1,000 characters. The body sees what you write, with your answers, and may quote it in its reports or at a meeting.".to_string(),
                }}</p>
                <textarea class="textarea" id="sector-comment" rows="4" maxlength=MAX_COMMENT.to_string()
                    data-testid="sector-comment" aria-describedby="sector-comment-hint sector-comment-count"
                    prop:value=move || form.comment().get()
                    on:input=move |ev| form.set_comment(&event_target_value(&ev))></textarea>
                <p class="hint" id="sector-comment-count" data-testid="sector-comment-count">
                    {move || MAX_COMMENT.saturating_sub(form.comment().with(|c| c.encode_utf16().count()))}" characters left"
                </p>
            </div>
            {consent}
        </section>
    }
}
