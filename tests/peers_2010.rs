//! The fifteen Hertfordshire respondents, scored by the app, reproduce what
//! the 2010 report says of them (domain brief, section 4).
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{q, standards};
use thriving_third_sector::domain::peers::{Peer, PeerSet};
use thriving_third_sector::domain::scoring::{score_standard, Status};

fn peers() -> &'static PeerSet {
    PeerSet::bundled()
}

fn ids<'a>(peers: impl Iterator<Item = &'a Peer>) -> Vec<&'a str> {
    let mut ids: Vec<_> = peers.map(|p| p.id.as_str()).collect();
    ids.sort_unstable();
    ids
}

fn status(peer: &Peer, standard: &str) -> Status {
    score_standard(standards().standard(standard).unwrap(), q(), &peer.answers).status
}

fn councils() -> impl Iterator<Item = &'static Peer> {
    peers().peers.iter().filter(|p| p.is_council())
}

#[test]
fn the_data_is_clean_and_complete() {
    assert_eq!(peers().problems(q()), Vec::<String>::new());
    assert_eq!(peers().peers.len(), 15);
    assert_eq!(councils().count(), 11);
    assert!(peers().source.contains("Appendix 1"));
}

#[test]
fn all_but_fire_and_police_give_grants_and_six_fund_over_several_years() {
    let without = ids(peers()
        .peers
        .iter()
        .filter(|p| !p.answers.is_selected("q1", "grants")));
    assert_eq!(without, ["fire", "police"]);
    let multi_year = peers()
        .peers
        .iter()
        .filter(|p| p.answers.is_selected("q1", "multi_year"));
    assert_eq!(
        ids(multi_year),
        [
            "broxbourne",
            "dacorum",
            "hcc",
            "pct",
            "st_albans",
            "watford"
        ]
    );
}

#[test]
fn only_north_herts_three_rivers_and_hertsmere_fund_no_infrastructure_body() {
    let unfunded = councils().filter(|p| status(p, "infrastructure_funding") != Status::Met);
    assert_eq!(ids(unfunded), ["hertsmere", "north_herts", "three_rivers"]);
}

#[test]
fn eight_of_the_eleven_councils_have_the_sector_on_their_lsp() {
    assert_eq!(
        councils()
            .filter(|p| p.answers.is_selected("q2", "lsp"))
            .count(),
        8
    );
}

#[test]
fn no_respondent_has_a_vcs_strategy() {
    assert!(peers()
        .peers
        .iter()
        .all(|p| status(p, "strategy") != Status::Met));
    assert!(peers()
        .peers
        .iter()
        .all(|p| p.answers.is_selected("q4_1", "no")));
}

#[test]
fn six_mention_the_sector_directly_in_their_plans() {
    let mention = peers()
        .peers
        .iter()
        .filter(|p| status(p, "plan_mention") == Status::Met);
    assert_eq!(
        ids(mention),
        [
            "dacorum",
            "east_herts",
            "hcc",
            "north_herts",
            "probation",
            "st_albans"
        ]
    );
}

#[test]
fn every_respondent_has_an_officer_and_ten_a_senior_lead() {
    assert!(peers()
        .peers
        .iter()
        .all(|p| status(p, "officer") == Status::Met));
    let without = peers()
        .peers
        .iter()
        .filter(|p| status(p, "senior_lead") != Status::Met);
    assert_eq!(
        ids(without),
        ["broxbourne", "fire", "hertsmere", "pct", "three_rivers"]
    );
}

#[test]
fn all_councils_but_three_rivers_and_welwyn_hatfield_have_a_compact() {
    let without = councils().filter(|p| !p.answers.is_selected("q3_1", "yes"));
    assert_eq!(ids(without), ["three_rivers", "welwyn_hatfield"]);
    assert!(peers()
        .peer("three_rivers")
        .unwrap()
        .answers
        .is_selected("q3_1", "developing"));
    let meets = peers()
        .peers
        .iter()
        .filter(|p| p.answers.is_selected("q3_2", "group_meets"));
    assert_eq!(ids(meets), ["north_herts"]);
}

#[test]
fn nobody_yet_asked_the_sector_about_its_support() {
    // The Analysis: monitoring covered contract delivery, not the support given.
    assert!(peers()
        .peers
        .iter()
        .all(|p| status(p, "monitoring") != Status::Met));
    let none = peers()
        .peers
        .iter()
        .filter(|p| status(p, "monitoring") == Status::NotMet);
    assert_eq!(ids(none), ["police"]);
}

#[test]
fn tallies_cover_all_fifteen_for_every_standard() {
    let tallies = peers().tallies(standards(), q());
    assert_eq!(tallies.len(), 13);
    assert!(tallies.iter().all(|t| t.total() == 15));
    // Officer met by all; strategy by none.
    assert_eq!(tallies[2].met, 15);
    assert_eq!(tallies[6].met, 0);
    assert_eq!(PeerSet::bundled_tallies(), tallies.as_slice());
}

#[test]
fn a_clash_in_peer_data_is_reported() {
    let mut broken = peers().clone();
    broken.peers[0]
        .answers
        .choices
        .get_mut("q6_3")
        .unwrap()
        .insert("forum".into());
    broken.peers[1].kind = "spaceship".into();
    let problems = broken.problems(q());
    assert!(
        problems
            .iter()
            .any(|p| p.contains("clashing choices in q6_3")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("unknown kind spaceship")),
        "{problems:?}"
    );
}
