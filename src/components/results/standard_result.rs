use crate::domain::peers::{PeerSet, PeerTally};
use crate::domain::scoring::StandardScore;
use crate::state::AppState;
use leptos::prelude::*;

/// One standard's verdict: status, the answers behind it, why it is not
/// higher, the rule and its reason, and what to do next.
#[component]
pub fn StandardResult(score: StandardScore) -> impl IntoView {
    let state = expect_context::<AppState>();
    let standard = score.standard(state.standards());
    let peers = PeerSet::bundled_tallies()
        .get(&standard.id)
        .map(PeerTally::sentence);
    let fewer = standard.fewer_questions_in_2010(state.questionnaire());
    let evidence = if score.evidence.is_empty() {
        view! { <p class="muted">"No answer so far counts towards this standard."</p> }.into_any()
    } else {
        view! {
            <ul class="evidence">
                {score.evidence.iter().map(|e| view! { <li>{e.to_string()}</li> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let steps = score
        .next_steps(standard)
        .iter()
        .map(|step| {
            view! {
                <li>{step.text} <span class="source">" (source: " {step.source} ")"</span></li>
            }
        })
        .collect_view();
    let planned_rule = standard
        .planned_when
        .map(|p| view! { <li>"A plan alone (partly met at most): " {p}</li> });
    let partly_rule = (!standard.partly_when.is_empty())
        .then(|| view! { <li>"Partly met: " {standard.partly_when}</li> });
    view! {
        <article class="standard" data-testid=format!("standard-{}", standard.id)>
            <h3 class="heading-s">
                {standard.title}
                {standard.key_driver.then(|| view! { <span class="tag tag--key">"Key driver of NI7"</span> })}
            </h3>
            <p>
                <strong class=format!("status status--{}", score.status.css_class())
                    data-testid=format!("result-{}", standard.id)>{score.label()}</strong>
            </p>
            <p>{standard.notes().meaning} <span class="source">"(" {standard.source} ")"</span></p>
            <p class="explanation" data-testid=format!("explanation-{}", standard.id)>{score.explanation(standard)}</p>
            {score.not_asked_sentence().map(|t| view! { <p class="hint" data-testid=format!("not-asked-{}", standard.id)>{t}</p> })}
            {standard.notes().context.map(|c| view! { <p class="hint">{c}</p> })}
            <p class="peer-line" data-testid=format!("peers-{}", standard.id)>{peers}</p>
            {fewer.map(|f| view! { <p class="hint" data-testid=format!("fewer-{}", standard.id)>{f}</p> })}
            <h4 class="heading-xs">"Answers that decided it"</h4>
            {evidence}
            <h4 class="heading-xs">"Next steps"</h4>
            <ul class="next-steps">{steps}</ul>
            <details class="details" data-testid=format!("rule-{}", standard.id)>
                <summary class="details__summary">"The rule, and why"</summary>
                <div class="details__text">
                    <ul class="list list--bullet">
                        <li>"Met: " {standard.met_when_in_full()}</li>
                        {partly_rule}
                        {planned_rule}
                    </ul>
                    <p>{standard.notes().reason}</p>
                    <p class="hint">"No standard is met on plans: a plan can lift a standard from not met to partly met, and no further."</p>
                </div>
            </details>
        </article>
    }
}
