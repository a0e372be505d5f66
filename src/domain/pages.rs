//! The site's pages, from `seeds/pages.json` (constants made at build time
//! by `tools/seeds.rs`). Each page is an HTML page with a wasm of its own, so
//! that no page downloads another's code. The same list writes the HTML
//! heads and drives the build (`scripts/pages.py`, `scripts/build.sh`) and
//! the size budgets (`tests/e2e/journeys/bundle-size.test.js`).
//!
//! Adding a page takes an entry in `seeds/pages.json` and a root component
//! in `src/app/`, mounted by its binary, `src/bin/<bin>/main.rs`.

pub use super::seeds::{Page, MENU, PRODUCT, SITE_PAGES};

/// One page of the list.
#[derive(Debug, Clone, PartialEq)]
pub struct PageInfo {
    pub page: Page,
    /// From the site's folder: "" for the site's own, "county/report/".
    pub folder: &'static str,
    /// From the page's folder back to the site's: "", "../../".
    pub to_site: &'static str,
    /// The binary that makes its wasm.
    pub bin: &'static str,
    pub title: &'static str,
    /// The page it belongs to in the menu (the county report, in the county
    /// picture).
    pub within: Option<Page>,
}

/// A link of the site's menu: a page, and a route of it.
#[derive(Debug, Clone, PartialEq)]
pub struct MenuItem {
    pub page: Page,
    /// "#/tasks"; empty for the page itself.
    pub fragment: &'static str,
    pub label: &'static str,
    pub testid: &'static str,
}

impl Page {
    pub fn info(self) -> &'static PageInfo {
        // The list is in the enum's order: both are written from the file.
        &SITE_PAGES[self as usize]
    }

    /// The page's folder, from the site's folder.
    pub fn folder(self) -> &'static str {
        self.info().folder
    }

    /// From the page's folder back to the site's folder.
    pub fn to_site(self) -> &'static str {
        self.info().to_site
    }

    /// A link to `fragment` of this page from page `from`: the fragment alone
    /// on the same page, a relative URL to another (so the site works from
    /// any folder of any host).
    pub fn href(self, from: Page, fragment: &str) -> String {
        if self == from && !fragment.is_empty() {
            fragment.to_string()
        } else {
            format!("{}{}{fragment}", from.to_site(), self.folder())
        }
    }

    /// The service worker, from the page's folder.
    pub fn worker(self) -> String {
        format!("{}sw.js", self.to_site())
    }

    /// "County report - VCS support self-assessment"; the product's name
    /// alone on the site's first page.
    pub fn document_title(self, heading: Option<&str>) -> String {
        match heading.or((self != Page::Assess).then_some(self.info().title)) {
            Some(h) => format!("{h} - {PRODUCT}"),
            None => PRODUCT.to_string(),
        }
    }
}

impl MenuItem {
    /// `aria-current` for this link on `page` showing `fragment` (none on a
    /// page without routes): "page" for the page or route itself, "true" for
    /// the page another is within.
    pub fn current(&self, page: Page, fragment: Option<&str>) -> Option<&'static str> {
        if self.page == page {
            let same = self.fragment.is_empty() || fragment == Some(self.fragment);
            same.then_some("page")
        } else {
            (page.info().within == Some(self.page)).then_some("true")
        }
    }
}
