use crate::browser::download::safe_file_stem;
use crate::domain::sector::{response_file_link, response_json, response_mailto, Beside};
use crate::state::SectorForm;
use leptos::prelude::*;

/// The finished response: its code to copy or read out, the file, and the
/// email where the invitation gave an address. Says what the code cannot
/// carry, and that nothing has been sent.
#[component]
pub fn SectorFinished() -> impl IntoView {
    let form = expect_context::<SectorForm>();
    let invitation = form.invitation();
    // Shown only while finished, and drawn afresh each time: nothing here
    // changes while it is on the page, so nothing here is reactive.
    let finished = form.finished().get_untracked();
    let code = finished.as_ref().map(|r| r.to_code()).unwrap_or_default();
    // A changed response is the same response, revised: the latest counts.
    let replaces = finished.is_some_and(|r| r.revision > 0).then_some(
        "This code replaces any you made before for this invitation: send it the same way, and only the latest counts.",
    );
    let comment = form.comment().get_untracked();
    let name = form.organisation().get_untracked();
    let beside = Beside {
        comment: &comment,
        organisation: Some(name.as_str()).filter(|n| !n.trim().is_empty()),
        pass_on: form.pass_on(),
    };
    // A link to the file itself, not a script that builds one: the phone's
    // page stays within its size.
    let file = response_file_link(&response_json(&invitation, &code, beside));
    let file_name =
        crate::domain::sector::joined(&["response-", &safe_file_stem(&invitation.body), ".json"]);
    let mailto = response_mailto(&invitation, &code, beside);
    let to = invitation.answers_go_to().to_string();
    // The address the email goes to, in the button: the organisation sees
    // who receives it before it sends.
    let address = crate::domain::sector::joined(&[
        "Send by email to ",
        invitation.reply_to.as_deref().unwrap_or_default(),
    ]);
    let extra = (!comment.trim().is_empty() || beside.organisation.is_some()).then_some(
        "The code carries your answers, not your comment or name: to send those, use the email or the file.",
    );
    // Finished in a tab opened before the closing date, after it.
    let late = (!form.finished_in_time()).then(|| {
        crate::domain::sector::joined(&[
            "The invitation closed on ",
            &invitation
                .closes
                .as_deref()
                .and_then(crate::domain::sector::date_in_words)
                .unwrap_or_default(),
            ", before you finished: this response may not be counted.",
        ])
    });
    view! {
        <section class="sector-finished" aria-labelledby="finished-heading" data-testid="sector-finished">
            <h2 class="heading-l" id="finished-heading" tabindex="-1">"Your response code"</h2>
            <p>{crate::domain::sector::joined(&["Nothing has been sent yet. Give this code to ", &to, ": paste it into an email, or read it out."])}</p>
            {late.map(|l| view! { <p class="error-message" data-testid="sector-late">{l}</p> })}
            <p class="sector-code" data-testid="sector-code">{code}</p>
            {replaces.map(|r| view! { <p data-testid="sector-replaces">{r}</p> })}
            <p class="hint">{extra}</p>
            <div class="button-group">
                {mailto.map(|href| view! {
                    <a class="button" href=href data-testid="sector-email">{address.clone()}</a>
                })}
                <a class="button button--secondary" data-testid="sector-file" href=file download=file_name>
                    "Download as a file"
                </a>
                // After the closing date a change would come too late.
                {invitation.is_open(&crate::browser::today()).then(|| view! {
                    <button type="button" class="button button--secondary" data-testid="sector-change"
                        on:click=move |_| {
                            form.reopen();
                            request_animation_frame(|| crate::browser::focus_first(&["main"]));
                        }>
                        "Change your answers"
                    </button>
                })}
            </div>
            <p class="hint">{crate::domain::sector::joined(&["The file is saved on this device, to attach to an email. An email shows ", &to, " your address, so it knows who sent it; to answer without a name, give the code to someone else to pass on."])}</p>
        </section>
    }
}
