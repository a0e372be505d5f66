//! Page fragments parse back to the page they came from.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::q;
use thriving_third_sector::browser::download::safe_file_stem;
use thriving_third_sector::domain::route::{Opening, Page, Route};

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
        Route::Present(None),
        Route::Present(Some(Opening::Results)),
        Route::Audience,
    ];
    for x in q().questions {
        routes.push(Route::Question(x.id.to_string()));
        routes.push(Route::Present(Some(Opening::Question(x.id.to_string()))));
    }
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
        "#/present/q/q99",
        "#/present/q/",
        "#/present/results/x",
        "#/present/standards",
    ] {
        assert_eq!(parse(fragment), None, "{fragment}");
    }
}

/// Each route is shown by one page; links to it from the others are
/// relative, so the site works from any folder.
#[test]
fn links_between_pages_are_relative() {
    let question = Route::Question("q2".into());
    assert_eq!(question.page(), Page::Assess);
    assert_eq!(Route::Results.page(), Page::Results);
    assert_eq!(Route::Audience.page(), Page::Present);
    assert_eq!(Route::Present(Some(Opening::Results)).page(), Page::Present);

    assert_eq!(question.href(Page::Assess), "#/q/q2");
    assert_eq!(question.href(Page::Results), "../#/q/q2");
    assert_eq!(question.href(Page::Present), "../#/q/q2");
    assert_eq!(Route::Results.href(Page::Assess), "results/#/results");
    assert_eq!(Route::Results.href(Page::Results), "#/results");
    assert_eq!(Route::Results.href(Page::Present), "../results/#/results");
    assert_eq!(
        Route::Present(Some(Opening::Question("q4".into()))).href(Page::Assess),
        "present/#/present/q/q4"
    );
    assert_eq!(
        Route::Present(Some(Opening::Results)).href(Page::Results),
        "../present/#/present/results"
    );
    assert_eq!(Route::Audience.href(Page::Present), "#/present/audience");
}

/// A page opened at no route of its own shows what it is for; presentation
/// begins once, so its opening is dropped after.
#[test]
fn pages_open_at_their_own_route() {
    for &page in Page::ALL {
        assert_eq!(page.home().page(), page);
    }
    assert_eq!(Page::Assess.home(), Route::Start);
    assert_eq!(
        Route::Present(Some(Opening::Results)).settled(),
        Route::Present(None)
    );
    assert_eq!(Route::Results.settled(), Route::Results);
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

/// The list of pages (seeds/pages.json): each page its folder, its own
/// binary, links between any two of them, and the menu marking where you are.
#[test]
fn every_page_of_the_list_has_a_folder_a_binary_and_links() {
    use std::collections::HashSet;
    use thriving_third_sector::domain::pages::{MENU, PRODUCT};
    let mut folders = HashSet::new();
    let mut bins = HashSet::new();
    for &page in Page::ALL {
        let info = page.info();
        assert_eq!(info.page, page, "the list is in the enum's order");
        assert!(folders.insert(info.folder), "{page:?}'s folder is its own");
        assert!(bins.insert(info.bin), "{page:?}'s binary is its own");
        // A binary of the package: src/main.rs or src/bin/<bin>/main.rs.
        let main = if info.bin == env!("CARGO_PKG_NAME") {
            "src/main.rs".to_string()
        } else {
            format!("src/bin/{}/main.rs", info.bin)
        };
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(&main);
        assert!(path.is_file(), "{page:?}: no {main}");
        // From its folder, the way back to the site's folder.
        assert_eq!(info.to_site, "../".repeat(info.folder.matches('/').count()));
        assert_eq!(page.worker(), format!("{}sw.js", info.to_site));
        assert!(page.document_title(None).ends_with(PRODUCT));
    }
    // Every binary is a page of the list.
    let bin_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/bin");
    for entry in std::fs::read_dir(bin_dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        assert!(
            bins.contains(name.as_str()),
            "src/bin/{name} is no page of the list"
        );
    }
    assert_eq!(Page::County.href(Page::CountyReport, ""), "../../county/");
    assert_eq!(
        Page::CountyReport.href(Page::Results, ""),
        "../county/report/"
    );
    assert_eq!(Route::County.href(Page::Assess), "county/");
    assert_eq!(Route::Tasks.href(Page::CountyReport), "../../#/tasks");
    // The menu marks the page shown, and the page a page is within.
    let county = MENU.iter().find(|m| m.page == Page::County).unwrap();
    assert_eq!(county.current(Page::County, None), Some("page"));
    assert_eq!(county.current(Page::CountyReport, None), Some("true"));
    assert_eq!(county.current(Page::Results, Some("#/results")), None);
    let tasks = MENU.iter().find(|m| m.fragment == "#/tasks").unwrap();
    assert_eq!(tasks.current(Page::Assess, Some("#/tasks")), Some("page"));
    assert_eq!(tasks.current(Page::Assess, Some("#/check")), None);
}
