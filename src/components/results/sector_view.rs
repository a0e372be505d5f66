use super::chart_figure::ChartFigure;
use crate::charts::sector_chart::sector_chart_svg;
use crate::charts::sector_chart::TOO_FEW;
use crate::domain::county::counted;
use crate::domain::sector::{
    between_days, Choice, Gap, SectorQuestions, SectorSummary, MIN_ANSWERS,
};
use crate::state::AppState;
use leptos::prelude::*;

/// The sector's view beside the body's own: how many responses and when;
/// per question, from five answers with a view, the body's NI7-style figure
/// (never in a sentence with NI7's own, which it is not), the body's
/// verdict against the sector's answers with where the two part, and who
/// answered by kind and size. Under five responses, the count alone.
#[component]
pub fn SectorViewSummary() -> impl IntoView {
    let app = expect_context::<AppState>();
    let q = SectorQuestions::bundled();
    let view_of = Memo::new(move |_| {
        let scores = app.open().scores();
        app.open()
            .assessment()
            .with(|a| scores.with(|s| a.sector.view(s)))
    });
    // Drawn only from labels and numbers, never from what organisations wrote.
    let svg = Memo::new(move |_| {
        view_of.with(|v| {
            v.figures.as_ref().map_or_else(String::new, |f| {
                app.open()
                    .scores()
                    .with(|s| sector_chart_svg(q, app.standards(), &f.items, s, v.count))
            })
        })
    });
    let count = move || {
        let v = view_of.get();
        let parts: Vec<String> = v
            .collected
            .iter()
            .map(SectorSummary::counted_in_words)
            .collect();
        let own = v.count - v.collected.iter().map(|s| s.responses).sum::<usize>();
        let (Some(first), Some(last)) = (v.first_day, v.last_day) else {
            return match parts.is_empty() {
                true => "No responses from the sector yet.".to_string(),
                false => format!("From the sector: {}.", parts.join("; ")),
            };
        };
        let own = format!(
            "{} from the sector{}, answered {}",
            counted(own, "response", "responses"),
            if parts.is_empty() {
                ""
            } else {
                " that you brought in"
            },
            between_days(first, last)
        );
        match parts.is_empty() {
            true => own + ".",
            false => format!("From the sector: {}; {own}.", parts.join("; ")),
        }
    };
    // Who sees what: said of each way the responses came.
    let who_sees = move || {
        let v = view_of.get();
        let mut out = Vec::new();
        for s in &v.collected {
            if s.is_own() {
                out.push(format!("This file was exported without names: it holds a summary of the responses {} brought in, not the responses. It has counts, for each question only once {MIN_ANSWERS} organisations answered it with a view, and the months answered but no dates.", s.body));
                continue;
            }
            out.push(format!("{} collected its responses and passed you only a summary: counts, for each question only once {MIN_ANSWERS} organisations answered it with a view, the months answered but no dates, and comments only where an organisation agreed, without its name.", s.collector));
            if s.holds_back() {
                out.push(format!("Some of its questions' counts are those of an earlier summary: they move on only once {MIN_ANSWERS} more organisations have answered them, so they count fewer than its {} responses.", s.responses));
            }
        }
        if v.first_day.is_some() || v.collected.is_empty() {
            out.push(format!("You see each response you bring in as it comes back, so its figures hide nothing from you about who said what. A figure is drawn only from {MIN_ANSWERS} answers with a view to its question, so that no pattern is read into two. Each response counts once, its latest version."));
        }
        out.push("Responses are not verified: anyone with the link can answer.".into());
        out.join(" ")
    };
    let figures = move || {
        let v = view_of.get();
        let Some(f) = v.figures else {
            return (v.count > 0).then(|| view! {
                <p data-testid="sector-too-few">
                    {format!("A figure appears for each question once {MIN_ANSWERS} organisations have answered it with a view (\u{201c}don\u{2019}t know\u{201d} is shown, but is not counted towards the {MIN_ANSWERS}).")}
                </p>
            }.into_any());
        };
        let ni7 = f.ni7.map_or_else(
            || format!(
                "Fewer than {MIN_ANSWERS} organisations have answered the question on your influence on its five-point scale: no figure yet."
            ),
            |n| {
                // A collector's counts may be held at an earlier summary's:
                // the rest did not leave the question out.
                match v.count - n.answered - n.dont_know {
                    _ if !v.collected.is_empty() => n.sentence(),
                    0 => n.sentence(),
                    k => format!("{} {} left it out.", n.sentence(), counted(k, "response", "responses")),
                }
            },
        );
        let rows = q
            .items
            .iter()
            .zip(&f.items)
            .enumerate()
            .map(|(i, (item, s))| {
                let own = app
                    .open()
                    .scores()
                    .with(|scores| item.own_score(scores).map_or("", |sc| sc.label()));
                let gap = f.gap_at(i).map(Gap::words);
                let counts = match s {
                    Some(s) => view! {
                        <td class="num">{s.yes}</td>
                        <td class="num">{s.partly}</td>
                        <td class="num">{s.no}</td>
                        <td class="num">{s.dont_know}</td>
                    }.into_any(),
                    None => view! { <td colspan="4" class="hint">{format!("{TOO_FEW} with a view")}</td> }.into_any(),
                };
                view! {
                    <tr>
                        <th scope="row">{item.text}</th>
                        <td>{own}</td>
                        {counts}
                        <td data-testid="sector-gap">{gap}</td>
                    </tr>
                }
            })
            .collect_view();
        Some(view! {
            <p class="lead" data-testid="sector-ni7">{ni7}</p>
            <p data-testid="sector-not-ni7">{q.ni7.not_ni7()}</p>
            <ChartFigure name="sector-chart" svg=svg
                caption="Per standard: the share of responses saying no, to the left of the line; yes, then partly, to the right; ? and a number: how many did not know; yours: your own verdict.".to_string()>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="sector-table-caption">
                <table class="table" data-testid="sector-table">
                    <caption class="table__caption" id="sector-table-caption">"The sector's answers beside your own verdict, per standard"</caption>
                    <thead><tr>
                        <th scope="col">"Asked of the sector"</th>
                        <th scope="col">"Your verdict"</th>
                        <th scope="col" class="num">"Yes"</th>
                        <th scope="col" class="num">"Partly"</th>
                        <th scope="col" class="num">"No"</th>
                        <th scope="col" class="num">"Don't know"</th>
                        <th scope="col">"Where the views part"</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            </ChartFigure>
            <p data-testid="sector-who">
                {who_answered("By kind", q.kinds, f.kinds)}" "{who_answered("By yearly income", q.sizes, f.sizes)}
            </p>
            <SectorComments/>
        }.into_any())
    };
    view! {
        <section class="sector-view" aria-labelledby="sector-view-heading" data-testid="sector-view">
            <h3 class="heading-m" id="sector-view-heading">"What the sector says"</h3>
            <p data-testid="sector-count">{count}</p>
            <p class="hint" data-testid="sector-who-sees">{who_sees}</p>
            {figures}
        </section>
    }
}

/// Who answered, by kind and by size of income, counted where five or more
/// said.
fn who_answered(what: &str, choices: &'static [Choice], counts: Option<Vec<usize>>) -> String {
    match counts {
        Some(counts) => {
            let parts: Vec<String> = choices
                .iter()
                .zip(counts)
                .filter(|(_, n)| *n > 0)
                .map(|(c, n)| format!("{} {n}", c.label))
                .collect();
            format!("{what}: {}.", parts.join("; "))
        }
        None => format!("{what}: fewer than {MIN_ANSWERS} said, so not shown."),
    }
}

/// What organisations wrote, shown as text, with the name only where the
/// invitation asked for names and one was given; then what collectors
/// passed on with the organisations' agreement, without names. Shown only
/// from five responses, as the figures are.
#[component]
fn SectorComments() -> impl IntoView {
    let app = expect_context::<AppState>();
    let written = move || {
        app.open().assessment().with(|a| {
            let own = a.sector.counted().filter_map(|r| {
                let by = r.organisation.as_ref().map(|o| format!("From {o}"));
                Some((r.comment.clone()?, by))
            });
            let passed_on = a.sector.summaries().into_iter().flat_map(|s| {
                let by = format!(
                    "Passed on by {}, with the organisation's agreement, without its name",
                    s.collector
                );
                s.comments.into_iter().map(move |c| (c, Some(by.clone())))
            });
            own.chain(passed_on).collect::<Vec<_>>()
        })
    };
    move || {
        let written = written();
        (!written.is_empty()).then(|| {
            // Off paper: a printed page travels further than the screen,
            // and what organisations wrote stays out of it.
            view! {
                <div class="screen-only">
                <h4 class="heading-s">{format!("What organisations wrote ({})", written.len())}</h4>
                <ul class="sector-comments" data-testid="sector-comments">
                    {written.into_iter().map(|(text, by)| view! {
                        <li>
                            <p class="sector-comments__text" dir="auto">{text}</p>
                            {by.map(|b| view! { <p class="hint">{b}</p> })}
                        </li>
                    }).collect_view()}
                </ul>
                </div>
            }
        })
    }
}
