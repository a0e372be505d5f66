//! Names are matched ignoring case without core's Unicode case tables: for
//! ASCII and Latin-1, exactly as std folds them.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use thriving_third_sector::domain::case::fold_case;

#[test]
fn every_ascii_and_latin_1_letter_folds_as_std_does() {
    for c in (0u32..=0xff).filter_map(char::from_u32) {
        let ours = fold_case(&c.to_string());
        assert_eq!(ours, c.to_lowercase().to_string(), "{c:?}");
    }
}

#[test]
fn names_typed_differently_match() {
    assert_eq!(
        fold_case("Watford BOROUGH Council"),
        "watford borough council"
    );
    assert_eq!(fold_case("ÉCOLE Ésprit"), "école ésprit");
    // Other scripts are left as typed: compared exactly.
    assert_eq!(fold_case("ΑΘΗΝΑ"), "ΑΘΗΝΑ");
}

proptest! {
    #[test]
    fn latin_1_names_fold_like_std(name in "[\\x20-\\xff]{0,40}") {
        prop_assert_eq!(fold_case(&name), name.to_lowercase());
    }
}
