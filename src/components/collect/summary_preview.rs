use crate::browser;
use crate::domain::county::counted;
use crate::domain::sector::{Choice, Counts, ItemShares, SectorQuestions, MIN_ANSWERS};
use crate::state::CollectDesk;
use leptos::prelude::*;

/// What the summary holds if passed on now, question by question, beside
/// what the collector sees; then the button that passes it on.
#[component]
pub fn SummaryPreview() -> impl IntoView {
    let desk = expect_context::<CollectDesk>();
    let q = SectorQuestions::bundled();
    let today = browser::today();
    let summary = Memo::new(move |_| desk.collection().with(|c| c.summary(&today)));
    let now = Memo::new(move |_| {
        desk.collection()
            .with(|c| Counts::of(q, &c.survey.decoded()).from_five())
    });
    let problem = RwSignal::new(None::<String>);
    let passed = RwSignal::new(false);
    let pass_on = move |_| match desk.pass_on_summary() {
        Ok(()) => {
            problem.set(None);
            passed.set(true);
        }
        Err(e) => problem.set(Some(format!("The summary could not be downloaded: {e}."))),
    };
    let held = format!("As last passed on, until {MIN_ANSWERS} more have answered it");
    let rows = move || {
        let (Some(s), now) = (summary.get(), now.get()) else {
            return ().into_any();
        };
        let ni7_cell = match s.counts.ni7 {
            Some(f) => {
                let words = format!(
                    "{} of {} very positive or positive; {} don't know",
                    f.positive, f.answered, f.dont_know
                );
                if now.ni7 == Some(f) {
                    words
                } else {
                    format!("{held}: {words}")
                }
            }
            None => format!("Not in it: fewer than {MIN_ANSWERS} answers with a view"),
        };
        let item_rows = q
            .items
            .iter()
            .zip(s.counts.items.iter().zip(&now.items))
            .map(|(item, (shown, seen))| {
                let cell = match shown {
                    Some(sh) if Some(sh) == seen.as_ref() => shares(sh),
                    Some(sh) => format!("{held}: {}", shares(sh)),
                    None => format!("Not in it: fewer than {MIN_ANSWERS} answers with a view"),
                };
                view! { <tr><th scope="row">{item.text}</th><td>{cell}</td></tr> }
            })
            .collect_view();
        view! {
            <tr><th scope="row">{q.ni7.asked_of_one_body}</th><td>{ni7_cell}</td></tr>
            {item_rows}
        }
        .into_any()
    };
    let totals = move || {
        summary.get().map(|s| {
            let comments = desk
                .collection()
                .with(|c| c.survey.counted().filter(|r| r.comment.is_some()).count());
            format!(
                "{}, {} answering at least one question with a view. {} {}",
                counted(s.responses, "response", "responses"),
                s.with_a_view,
                bands("By kind", q.kinds, s.counts.kinds.as_deref()),
                bands("By yearly income", q.sizes, s.counts.sizes.as_deref()),
            ) + &format!(
                " Comments: {} passed on, where the organisation agreed; {} stay with you.",
                s.comments.len(),
                comments.saturating_sub(s.comments.len())
            )
        })
    };
    let last = move || {
        desk.collection().with(|c| {
            c.last_passed_on().map(|p| {
                format!(
                    "Last passed on in {}: a summary of {}.",
                    p.made_in_words(),
                    counted(p.responses, "response", "responses")
                )
            })
        })
    };
    view! {
        <section aria-labelledby="collect-summary-heading">
            <h2 class="heading-m" id="collect-summary-heading">"The summary for the body"</h2>
            <p>"It holds counts only: for each question, only once five organisations have answered it with a view. It holds no response codes, no names, no dates finer than the month, and a comment only where the organisation agreed. Once you have passed one on, a question's counts move on only when five more have answered it, so that two summaries never differ by one organisation's answers. This browser keeps what you passed on: make every summary for this invitation here, since the body refuses one from another copy that would open an organisation's answers."</p>
            <p data-testid="collect-totals">{totals}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="collect-table-caption">
                <table class="table" data-testid="collect-table">
                    <caption class="table__caption" id="collect-table-caption">"What the summary says, per question"</caption>
                    <thead><tr><th scope="col">"Question"</th><th scope="col">"In the summary"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <CollectedComments/>
            <p class="hint" data-testid="collect-last">{last}</p>
            <button type="button" class="button" data-testid="collect-pass-on" on:click=pass_on>"Download the summary"</button>
            <p class="error-message" role="alert">{move || problem.get()}</p>
            <p role="status">{move || passed.get().then_some("Downloaded. Send the file to the body: it brings it in on its results page.")}</p>
        </section>
    }
}

fn shares(s: &ItemShares) -> String {
    format!(
        "yes {}, partly {}, no {}, don't know {}",
        s.yes, s.partly, s.no, s.dont_know
    )
}

fn bands(what: &str, choices: &[Choice], counts: Option<&[usize]>) -> String {
    match counts {
        Some(counts) => {
            let parts: Vec<String> = choices
                .iter()
                .zip(counts)
                .filter(|(_, n)| **n > 0)
                .map(|(c, n)| format!("{} {n}", c.label))
                .collect();
            format!("{what}: {}.", parts.join("; "))
        }
        None => format!("{what}: not in it, fewer than {MIN_ANSWERS} said."),
    }
}

/// What organisations wrote, shown as text, each saying whether it goes
/// with the summary: the collector reads what it passes on.
#[component]
fn CollectedComments() -> impl IntoView {
    let desk = expect_context::<CollectDesk>();
    move || {
        let written: Vec<(String, bool)> = desk.collection().with(|c| {
            c.survey
                .counted()
                .filter_map(|r| Some((r.comment.clone()?, r.pass_on)))
                .collect()
        });
        (!written.is_empty()).then(|| {
            view! {
                <h3 class="heading-s">"What organisations wrote"</h3>
                <ul class="sector-comments">
                    {written.into_iter().map(|(text, passed)| view! {
                        <li>
                            <p class="sector-comments__text" dir="auto">{text}</p>
                            <p class="hint">{if passed {
                                "Goes with the summary, without the organisation's name: the organisation agreed."
                            } else {
                                "Stays with you: the organisation did not agree to it being passed on."
                            }}</p>
                        </li>
                    }).collect_view()}
                </ul>
            }
        })
    }
}
