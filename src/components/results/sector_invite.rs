use crate::browser::{self, location};
use crate::charts::qr::qr_svg;
use crate::domain::pages::Page;
use crate::domain::sector::date_in_words;
use crate::state::AppState;
use leptos::prelude::*;

/// "Ask the sector for its view": makes an invitation for this assessment
/// (an optional closing date, address to reply to, and names asked or
/// not), then shows its link and a ready email.
#[component]
pub fn SectorInvite() -> impl IntoView {
    let app = expect_context::<AppState>();
    let closes = RwSignal::new(String::new());
    let reply = RwSignal::new(String::new());
    let named = RwSignal::new(false);
    let collector = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let latest = move || app.open().assessment().with(|a| a.sector_invitation());
    let make = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let closes = Some(closes.get_untracked()).filter(|c| !c.is_empty());
        if closes
            .as_deref()
            .is_some_and(|c| c < browser::today().as_str())
        {
            problem.set(Some(
                "Check the closing date: it has passed, so the invitation would take no answers."
                    .into(),
            ));
            return;
        }
        let reply = Some(reply.get_untracked().trim().to_string()).filter(|r| !r.is_empty());
        // Checked as the sector's page will read its link.
        let collector =
            Some(collector.get_untracked().trim().to_string()).filter(|c| !c.is_empty());
        let made = app.invite_sector(closes, reply, named.get_untracked(), collector);
        problem.set(made.err().map(|e| {
            format!(
                "Check the {}: the sector's page could not read it from the link.",
                e.what()
            )
        }));
    };
    let shown = move || {
        latest().map(|invitation| {
            // A closed invitation's link would open on "no longer taking
            // answers": it is not offered again.
            if !invitation.is_open(&browser::today()) {
                let closed = invitation.closes.as_deref().and_then(date_in_words).unwrap_or_default();
                return view! {
                    <p class="sector-invitation" data-testid="sector-invitation-closed">
                        {format!("Your invitation closed on {closed}: its link takes no answers now, and a response answered after that date is kept apart as late. To ask again, make a new invitation below.")}
                    </p>
                }
                .into_any();
            }
            let url = location::invitation_link(&invitation, Page::Sector, Page::Results);
            // Drawn from the link alone: no user text as markup.
            let qr = qr_svg(&url, "QR code of the link to the sector's page");
            let subject = format!("How does {} support your organisation?", invitation.body);
            let goes = match &invitation.collector {
                Some(c) => format!(" Your answers go to {c}, which passes {} only totals, from five answers to each question, and the comments you agree to pass on.", invitation.body),
                None => String::new(),
            };
            let body = format!(
                "{} would like to know how it supports voluntary and community organisations like yours. It takes a few minutes on any device, and you may answer without giving your name.{goes}\n\n{url}\n",
                invitation.body
            );
            let collecting = invitation.collector.clone().map(|c| {
                let link = location::invitation_link(&invitation, Page::Collect, Page::Results);
                view! {
                    <div class="form-group" data-testid="sector-collector">
                        <label class="label" for="sector-collector-link">{format!("The link for {c}")}</label>
                        <p class="hint" id="sector-collector-hint">{format!("Send it to {c} with the invitation: it opens their own copy of this tool, where they bring the responses in and make the summary they pass you. Bring that summary in below, as you would a response file. The link opens that page for anyone who has it, you included: what keeps each response from you is that organisations send them to {c}, so leave the responses to {c}.")}</p>
                        <input class="input" id="sector-collector-link" type="text" readonly=true aria-describedby="sector-collector-hint"
                            data-testid="sector-collector-link" prop:value=link/>
                    </div>
                }
            });
            let mailto = format!(
                "mailto:?subject={}&body={}",
                js_sys::encode_uri_component(&subject),
                js_sys::encode_uri_component(&body)
            );
            view! {
                <div class="sector-invitation" data-testid="sector-invitation">
                    <label class="label" for="sector-link">"The link to send"</label>
                    <input class="input" id="sector-link" type="text" readonly=true data-testid="sector-link" prop:value=url.clone()/>
                    <div class="button-group">
                        <a class="button button--secondary" href=mailto data-testid="sector-invite-email">"Write the email"</a>
                        <a class="button button--secondary" href=url target="_blank" rel="noopener">"Open the sector's page"</a>
                    </div>
                    {invitation.closes.map(|c| view! { <p class="hint">{format!("Answers are taken until the end of {}.", date_in_words(&c).unwrap_or(c))}</p> })}
                    {collecting}
                    {qr.map(|svg| view! {
                        <figure class="sector-qr" data-testid="sector-qr">
                            <div class="sector-qr__code" inner_html=svg></div>
                            <figcaption class="hint">"For a room of sector representatives: the same link, for a phone's camera."</figcaption>
                        </figure>
                    })}
                </div>
            }
            .into_any()
        })
    };
    view! {
        <section class="sector-invite screen-only" aria-labelledby="sector-invite-heading">
            <h3 class="heading-m" id="sector-invite-heading">"Ask the sector for its view"</h3>
            <p>"NI7 was the sector's judgement of public bodies, not their own. Send organisations a link: they answer on any device, and send you back a short code, a file or an email. This tool has no server: answers come back only the ways organisations send them."</p>
            {shown}
            <form class="sector-invite__form" data-testid="sector-invite-form" on:submit=make>
                <div class="form-group">
                    <label class="label" for="sector-closes">"Closing date (optional)"</label>
                    <input class="input input--date" id="sector-closes" type="date" data-testid="sector-closes-input"
                        prop:value=move || closes.get() on:input=move |ev| closes.set(event_target_value(&ev))/>
                </div>
                <div class="form-group">
                    <label class="label" for="sector-collector-name">"Who collects the answers (optional)"</label>
                    <p class="hint" id="sector-collector-name-hint">"Name an organisation the sector trusts, such as your local CVS, and answers go to it instead of you. It passes you only a summary: counts, for each question only once five have answered it, months but no dates, and comments only where an organisation agreed. Give its address below."</p>
                    <input class="input" id="sector-collector-name" type="text" autocomplete="organization" data-testid="sector-collector-input"
                        aria-describedby="sector-collector-name-hint"
                        prop:value=move || collector.get() on:input=move |ev| collector.set(event_target_value(&ev))/>
                </div>
                <div class="form-group">
                    <label class="label" for="sector-reply">{move || {
                        let c = collector.get();
                        match c.trim() {
                            "" => "Address for answers to come back to (optional)".to_string(),
                            c => format!("{c}'s email address, for answers to go to (optional)"),
                        }
                    }}</label>
                    <p class="hint" id="sector-reply-hint">"Organisations see it on the button that sends their answers by email. Where a collector is named, give its address, not yours."</p>
                    <input class="input" id="sector-reply" type="email" autocomplete="email" data-testid="sector-reply-input"
                        aria-describedby="sector-reply-hint"
                        prop:value=move || reply.get() on:input=move |ev| reply.set(event_target_value(&ev))/>
                </div>
                <div class="choices__item">
                    <input class="choices__input" type="checkbox" id="sector-named" data-testid="sector-named"
                        prop:checked=move || named.get() on:change=move |ev| named.set(event_target_checked(&ev))/>
                    <label class="choices__label" for="sector-named">"Ask organisations for their name (off: the page does not ask, though an email sent back still shows who sent it)"</label>
                </div>
                <p class="error-message" role="alert">{move || problem.get()}</p>
                <button type="submit" class="button" data-testid="sector-invite">
                    {move || if latest().is_some() { "Make a new invitation" } else { "Make the invitation" }}
                </button>
            </form>
        </section>
    }
}
