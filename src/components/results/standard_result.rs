use super::peer_comparison::peer_sentence;
use crate::domain::peers::PeerSet;
use crate::domain::scoring::StandardScore;
use crate::state::AppState;
use leptos::prelude::*;

/// One standard's verdict: status, the answers behind it, why it is not
/// higher, and what to do next.
#[component]
pub fn StandardResult(score: StandardScore) -> impl IntoView {
    let state = expect_context::<AppState>();
    let standard = score.standard(state.standards);
    let status = score.status;
    let peers = PeerSet::bundled_tallies()
        .get(
            state
                .standards
                .standards
                .iter()
                .position(|s| s.id == standard.id)
                .unwrap_or(0),
        )
        .map(peer_sentence);
    let evidence = if score.evidence.is_empty() {
        view! { <p class="muted">"No answer so far counts towards this standard."</p> }.into_any()
    } else {
        view! {
            <ul class="evidence">
                {score.evidence.iter().map(|e| view! {
                    <li>{e.question.clone()} ": " {e.answer.clone()}</li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let steps = score
        .next_steps(standard)
        .iter()
        .map(|step| {
            view! {
                <li>{step.text.clone()} <span class="source">" (source: " {step.source.clone()} ")"</span></li>
            }
        })
        .collect_view();
    view! {
        <article class="standard" data-testid=format!("standard-{}", standard.id)>
            <h3 class="heading-s">
                {standard.title.clone()}
                {standard.key_driver.then(|| view! { <span class="tag tag--key">"Key driver of NI7"</span> })}
            </h3>
            <p>
                <strong class=format!("status status--{}", status.css_class())
                    data-testid=format!("result-{}", standard.id)>{status.label()}</strong>
            </p>
            <p>{standard.meaning.clone()} <span class="source">"(" {standard.source.clone()} ")"</span></p>
            <p class="explanation">{score.explanation(standard)}</p>
            {standard.context.clone().map(|c| view! { <p class="hint">{c}</p> })}
            <p class="peer-line" data-testid=format!("peers-{}", standard.id)>{peers}</p>
            <h4 class="heading-xs">"Answers that decided it"</h4>
            {evidence}
            <h4 class="heading-xs">"Next steps"</h4>
            <ul class="next-steps">{steps}</ul>
        </article>
    }
}
