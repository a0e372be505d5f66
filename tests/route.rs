//! Page fragments parse back to the page they came from.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::q;
use thriving_third_sector::browser::download::safe_file_stem;
use thriving_third_sector::domain::route::Route;

fn parse(fragment: &str) -> Option<Route> {
    Route::parse(fragment, |id| q().question(id).is_some())
}

#[test]
fn every_page_round_trips() {
    let mut routes = vec![
        Route::Assessments,
        Route::Start,
        Route::Tasks,
        Route::Check,
        Route::Results,
        Route::Present,
        Route::Audience,
    ];
    routes.extend(
        q().questions
            .iter()
            .map(|x| Route::Question(x.id.to_string())),
    );
    for route in routes {
        assert_eq!(parse(&route.to_fragment()), Some(route));
    }
}

#[test]
fn unknown_fragments_are_refused() {
    for fragment in [
        "",
        "#",
        "#main",
        "#/q/q99",
        "#/q/",
        "#/results/extra",
        "#/q/q1/x",
    ] {
        assert_eq!(parse(fragment), None, "{fragment}");
    }
}

#[test]
fn file_names_are_safe() {
    assert_eq!(
        safe_file_stem("St. Albans District Council & LSP"),
        "st-albans-district-council-lsp"
    );
    assert_eq!(safe_file_stem("../../etc/passwd"), "etc-passwd");
    assert_eq!(safe_file_stem("   "), "assessment");
}
