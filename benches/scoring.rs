//! Native timings of the work done on every answer: a full rescore of the
//! thirteen standards, and redrawing the gap chart. `cargo bench`.

use std::hint::black_box;
use std::time::Instant;
use thriving_third_sector::charts::gap_chart_svg;
use thriving_third_sector::domain::answers::Answers;
use thriving_third_sector::domain::questionnaire::Questionnaire;
use thriving_third_sector::domain::scoring::score_all;
use thriving_third_sector::domain::standards::StandardSet;

fn time(label: &str, runs: u32, mut f: impl FnMut()) {
    for _ in 0..runs / 10 {
        f();
    }
    let start = Instant::now();
    for _ in 0..runs {
        f();
    }
    let each = start.elapsed() / runs;
    println!(
        "{label:<40} {:>9.1} µs per run ({runs} runs)",
        each.as_secs_f64() * 1e6
    );
}

fn main() {
    let q = Questionnaire::bundled();
    let set = StandardSet::bundled();
    // Every non-exclusive option ticked: the most evidence to collect.
    let mut answers = Answers::default();
    for part in q.questions.iter().flat_map(|x| x.parts) {
        for option in part.options.iter().filter(|o| !o.exclusive) {
            answers.set_option(q, part.id, option.id, true);
        }
    }
    for field in ["q8_details", "q9_role", "q10_role", "q4_when"] {
        answers.set_text(field, "Given");
    }
    time("full rescore (13 standards)", 20_000, || {
        black_box(score_all(set, q, black_box(&answers)));
    });
    let scores = score_all(set, q, &answers);
    time("gap chart SVG", 5_000, || {
        black_box(gap_chart_svg(black_box(&scores), set));
    });
    time("rescore and gap chart", 5_000, || {
        black_box(gap_chart_svg(&score_all(set, q, black_box(&answers)), set));
    });
}
