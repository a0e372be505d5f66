//! The sector's view across the county: each body's line, one county
//! NI7-style figure over every response counted once, and the Value and
//! Volume survey's groups per district (000), matched to district councils.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{q, standards};
use proptest::prelude::*;
use std::collections::HashSet;
use thriving_third_sector::domain::assessment::Assessment;
use thriving_third_sector::domain::county::*;
use thriving_third_sector::domain::peers::PeerSet;
use thriving_third_sector::domain::saved::decode_import;
use thriving_third_sector::domain::sector::*;

#[test]
fn the_districts_are_000s_split_and_add_up_to_its_total() {
    let d = Districts::bundled();
    assert_eq!(d.districts.len(), 10);
    let sum: u32 = d.districts.iter().map(|x| x.groups).sum();
    assert_eq!(sum, d.total.groups, "the slide's total, 5,254");
    assert_eq!(d.total.groups_in_figures(), "5,254");
    assert_eq!(d.total.per_thousand, "5.08");
    assert!(d.source.starts_with("000 "), "{}", d.source);
    // Each is the short name of a 2010 district respondent, and every
    // district respondent has its figures.
    let peers = &PeerSet::bundled().peers;
    let district_peers: Vec<&str> = peers
        .iter()
        .filter(|p| p.kind == "district")
        .map(|p| p.short_name)
        .collect();
    let names: Vec<&str> = d.districts.iter().map(|x| x.name).collect();
    assert_eq!(names, district_peers);
    let east = d.districts.iter().find(|x| x.name == "East Herts").unwrap();
    assert_eq!(
        (east.groups_in_figures().as_str(), east.per_thousand),
        ("1,010", "7.83")
    );
}

fn body(name: &str, kind: &str) -> CountyBody {
    let mut a = Assessment::new(name, "2026-11-30T10:00:00Z");
    a.body.name = name.into();
    a.body.kind = kind.into();
    CountyBody::new(a, Source::Browser, q(), standards())
}

#[test]
fn a_district_council_finds_its_district_by_the_words_of_its_name() {
    let d = Districts::bundled();
    let of = |name: &str, kind: &str| d.of(&body(name, kind)).map(|x| x.name);
    assert_eq!(
        of("Borough of Broxbourne Council and LSP", "district"),
        Some("Broxbourne")
    );
    assert_eq!(
        of("St. Albans City and District Council", "district"),
        Some("St Albans")
    );
    assert_eq!(
        of("WELWYN HATFIELD BOROUGH COUNCIL", "district"),
        Some("Welwyn Hatfield")
    );
    assert_eq!(
        of("Hertsmere Borough Council", "district"),
        Some("Hertsmere")
    );
    assert_eq!(
        of("East Hertfordshire District Council", "district"),
        None,
        "not the slide's name"
    );
    assert_eq!(
        of("Watford Community Housing", "other"),
        None,
        "district councils only"
    );
    assert_eq!(of("Hertfordshire County Council", "county"), None);
    // Every 2010 district respondent finds its own district.
    for peer in PeerSet::bundled()
        .peers
        .iter()
        .filter(|p| p.kind == "district")
    {
        assert_eq!(
            of(peer.name, "district"),
            Some(peer.short_name),
            "{}",
            peer.name
        );
    }
}

fn invited(name: &str, bits: u64, positive: &[bool]) -> CountyBody {
    let mut b = body(name, "district");
    let id = InvitationId::from_bits(bits);
    b.assessment.sector.invitations.push(SentInvitation {
        id: id.as_str().into(),
        created_at: "2026-11-30T10:00:00Z".into(),
        closes: None,
        reply_to: None,
        named: false,
        collector: None,
    });
    for (n, good) in positive.iter().enumerate() {
        let r = SectorResponse {
            invitation_tag: id.tag(),
            id: bits ^ (n as u64 + 1),
            day: day_number("2026-11-30").unwrap(),
            revision: 0,
            ni7: Some(if *good { 1 } else { 3 }),
            items: [Some(ItemAnswer::No); 13],
            kind: None,
            size: None,
        };
        b.assessment.sector.responses.push(ReceivedResponse {
            code: r.to_code(),
            received_at: "2026-12-01".into(),
            comment: Some("Never in the county report".into()),
            organisation: Some("Friends of the Park".into()),
            late_counted: false,
            pass_on: false,
        });
    }
    b = CountyBody::new(b.assessment, Source::Browser, q(), standards());
    b
}

#[test]
fn each_body_shows_figures_from_five_and_the_county_counts_each_response_once() {
    let five = invited(
        "Dacorum Borough Council",
        0xABCDE_12345,
        &[true, true, true, false, false],
    );
    let three = invited(
        "Watford Borough Council",
        0x12345_ABCDE,
        &[true, false, false],
    );
    let none_yet = invited("Stevenage Borough Council", 0x55555_66666, &[]);
    let not_asked = body("Hertfordshire Constabulary", "police");
    // The same round held twice (two files of one body): counted once.
    let again = five.clone();
    let shown = [&five, &three, &none_yet, &not_asked, &again];
    let c = CountySector::of(&shown, standards());
    let asked: Vec<Asked> = c.bodies.iter().map(|b| b.asked).collect();
    assert_eq!(
        asked,
        [
            Asked::Figures(5),
            Asked::TooFew(3),
            Asked::NoneYet,
            Asked::NotAsked,
            Asked::Figures(5)
        ]
    );
    assert_eq!(
        c.bodies[0].ni7.and_then(|f| f.percent_text()).as_deref(),
        Some("60%")
    );
    assert_eq!(c.bodies[1].ni7, None, "no figure under five");
    assert_eq!(c.responses, 8, "five and three, the repeat counted once");
    assert_eq!(c.bodies_answered, 3);
    // Dacorum's 3 of 5: Watford's three hidden answers stay out of the
    // county figure, or 4 of 8 beside Dacorum's 3 of 5 would give them away.
    assert_eq!(c.ni7.and_then(|f| f.percent_text()).as_deref(), Some("60%"));
    assert_eq!(c.left_out_of_figure, 3);
    assert_eq!(c.bodies[0].district.map(|d| d.name), Some("Dacorum"));
    assert_eq!(c.bodies[3].district, None);
    // The table: who asked, and the district councils; the rest in a line.
    let shown: Vec<&str> = c.in_table().map(|b| b.label.as_str()).collect();
    assert_eq!(
        shown,
        [
            "Dacorum Borough Council",
            "Watford Borough Council",
            "Stevenage Borough Council",
            "Dacorum Borough Council"
        ]
    );
    assert_eq!(
        c.left_out().as_deref(),
        Some("Hertfordshire Constabulary has brought back no responses to this tool's sector questions, and is not a district council, so it is not in the table.")
    );
    // Everyone said no to every item. Dacorum answered nothing itself: its
    // five responses, saying it had not asked before, only partly meet the
    // monitoring standard, so nowhere does it claim what the sector denies.
    assert!(c.bodies[0].not_seen_yet.is_empty());
    assert!(c.bodies[0].sees_more.is_empty());
}

#[test]
fn under_five_responses_across_the_county_there_is_no_county_figure() {
    let three = invited(
        "Watford Borough Council",
        0x12345_ABCDE,
        &[true, false, false],
    );
    let one = invited("Dacorum Borough Council", 0xABCDE_12345, &[true]);
    let c = CountySector::of(&[&three, &one], standards());
    assert_eq!(c.responses, 4);
    assert_eq!(c.ni7, None);
}

/// The set the county journey opens: Dacorum with six responses, Watford
/// with three, the Constabulary not asked. Written again with
/// `WRITE_FIXTURES=1 cargo test --test county_sector`.
#[test]
fn the_journeys_fixture_is_this_set() {
    use thriving_third_sector::domain::saved::encode_collection;
    let dacorum = invited(
        "Dacorum Borough Council",
        0xABCDE_12345,
        &[true, true, true, true, false, false],
    );
    let watford = invited(
        "Watford Borough Council",
        0x12345_ABCDE,
        &[true, false, false],
    );
    let police = body("Hertfordshire Constabulary", "police");
    let list: Vec<&Assessment> = [&dacorum, &watford, &police]
        .iter()
        .map(|b| &b.assessment)
        .collect();
    let json = encode_collection(&list, q(), standards(), "2026-11-30T12:00:00Z", false, None);
    assert!(!json.contains("Friends of the Park") && !json.contains("Never in the county"));
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/sector-county.json"
    );
    if std::env::var_os("WRITE_FIXTURES").is_some() {
        std::fs::write(path, &json).unwrap();
    }
    let stored = std::fs::read_to_string(path).expect("the fixture is written");
    assert_eq!(
        stored, json,
        "the fixture differs: write it again (see above)"
    );
    let c = CountySector::of(&[&dacorum, &watford, &police], standards());
    // Watford's three hidden answers stay out: Dacorum's 4 of 6.
    assert_eq!(c.ni7.and_then(|f| f.percent_text()).as_deref(), Some("67%"));
    assert_eq!(c.left_out_of_figure, 3);
    // The file carries summaries, not codes: read back, the county says
    // the same.
    let read = decode_import(&stored, q(), || "x".into()).unwrap();
    assert!(read.iter().all(|a| a.sector.responses.is_empty()));
    let read: Vec<CountyBody> = read
        .into_iter()
        .map(|a| CountyBody::new(a, Source::Browser, q(), standards()))
        .collect();
    let from_file = CountySector::of(&read.iter().collect::<Vec<_>>(), standards());
    assert_eq!(from_file.ni7, c.ni7);
    assert_eq!(from_file.responses, c.responses);
    assert_eq!(from_file.left_out_of_figure, 3);
}

#[test]
fn bodies_with_nothing_to_show_are_named_up_to_ten_then_counted() {
    let police = body("Hertfordshire Constabulary", "police");
    let fire = body("Hertfordshire Fire and Rescue Service", "fire");
    let pct = body("East and North Herts PCT", "pct");
    let c = CountySector::of(&[&police, &fire, &pct], standards());
    assert_eq!(c.in_table().count(), 0);
    assert_eq!(
        c.left_out().as_deref(),
        Some("None of the three bodies has brought back responses to this tool's sector questions, and none is a district council.")
    );
    // Beside a table, they are named.
    let dacorum = body("Dacorum Borough Council", "district");
    let c = CountySector::of(&[&dacorum, &police, &fire, &pct], standards());
    assert_eq!(
        c.left_out().as_deref(),
        Some("Not in the table: Hertfordshire Constabulary, Hertfordshire Fire and Rescue Service, and East and North Herts PCT, which have brought back no responses to this tool's sector questions and are not district councils.")
    );
    let mut many: Vec<CountyBody> = (1..=60)
        .map(|i| body(&format!("Body {i:03}"), "other"))
        .collect();
    let all: Vec<&CountyBody> = many.iter().collect();
    assert_eq!(
        CountySector::of(&all, standards()).left_out().as_deref(),
        Some("None of the 60 bodies has brought back responses to this tool's sector questions, and none is a district council.")
    );
    many.push(body("Watford Borough Council", "district"));
    let all: Vec<&CountyBody> = many.iter().collect();
    assert_eq!(
        CountySector::of(&all, standards()).left_out().as_deref(),
        Some("Not in the table: 60 bodies, which have brought back no responses to this tool's sector questions and are not district councils (each is named in the standards matrix).")
    );
    let none = CountySector::of(&[], standards());
    assert_eq!(none.left_out(), None);
}

#[test]
fn hidden_answers_never_join_the_county_figure() {
    let three = invited(
        "Watford Borough Council",
        0x12345_ABCDE,
        &[true, false, false],
    );
    let two = invited(
        "Three Rivers District Council",
        0x22222_33333,
        &[true, true],
    );
    let five = invited("Dacorum Borough Council", 0xABCDE_12345, &[false; 5]);
    let c = CountySector::of(&[&five, &three, &two], standards());
    // 3 + 2 hidden answers make five, but a filter leaving one body out
    // would show the other's by subtraction: neither counts.
    assert_eq!(c.ni7.map(|f| (f.positive, f.answered)), Some((0, 5)));
    assert_eq!(c.left_out_of_figure, 5);
    let without = CountySector::of(&[&five, &three], standards());
    assert_eq!(
        without.ni7, c.ni7,
        "the figure does not move with a hidden body"
    );
    // A second round that adds two answers to a shown one is held back.
    let mut later = invited("Dacorum Borough Council", 0xABCDE_12345, &[false; 5]);
    let extra = invited("x", 0x77777_00000, &[true, true]);
    later
        .assessment
        .sector
        .responses
        .extend(extra.assessment.sector.responses.clone());
    let later = CountyBody::new(later.assessment, Source::Browser, q(), standards());
    let c = CountySector::of(&[&five, &later], standards());
    assert!(c.bodies[1].held_back);
    assert_eq!(c.bodies[1].ni7, None);
    assert_eq!(
        c.ni7.map(|f| f.answered),
        Some(5),
        "the two are left out too"
    );
}

/// A response's place in the set: its invitation and id.
type Key = (u32, u64);

/// The NI7 answers with a view among `keys`.
fn with_a_view(all: &std::collections::HashMap<Key, SectorResponse>, keys: &HashSet<Key>) -> usize {
    let q = SectorQuestions::bundled();
    let list: Vec<&SectorResponse> = keys.iter().filter_map(|k| all.get(k)).collect();
    Ni7Figure::of(q, &list).answered
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// No two figures shown (a body's, another body's, the county's) differ
    /// by the answers of fewer than five organisations: subtraction gives
    /// nobody away. Bodies may repeat or extend an earlier body's
    /// responses, as a second round or a second file of it does.
    #[test]
    fn no_figure_shown_gives_away_fewer_than_five_answers(
        specs in prop::collection::vec(
            (prop::option::of(0usize..6), prop::collection::vec(prop::option::of(0u8..6), 0..9)),
            1..7,
        )
    ) {
        let invitation = InvitationId::from_bits(0xABCDE_12345);
        let mut next_id = 1u64;
        let mut bodies: Vec<CountyBody> = Vec::new();
        let mut all = std::collections::HashMap::new();
        let mut sets: Vec<HashSet<Key>> = Vec::new();
        for (n, (base, answers)) in specs.iter().enumerate() {
            let mut b = body(&format!("Body {n}"), "other");
            b.assessment.sector.invitations.push(SentInvitation {
                id: invitation.as_str().into(),
                created_at: "2026-11-30T10:00:00Z".into(),
                closes: None,
                reply_to: None,
                named: false,
                collector: None,
            });
            let mut keys = HashSet::new();
            if let Some(earlier) = base.and_then(|i| bodies.get(i)) {
                b.assessment.sector.responses = earlier.assessment.sector.responses.clone();
                keys = sets[base.unwrap()].clone();
            }
            for ni7 in answers {
                let r = SectorResponse {
                    invitation_tag: invitation.tag(),
                    id: next_id,
                    day: 2500,
                    revision: 0,
                    ni7: *ni7,
                    items: [None; 13],
                    kind: None,
                    size: None,
                };
                next_id += 1;
                keys.insert((r.invitation_tag, r.id));
                all.insert((r.invitation_tag, r.id), r.clone());
                b.assessment.sector.responses.push(ReceivedResponse {
                    code: r.to_code(),
                    received_at: "now".into(),
                    comment: None,
                    organisation: None,
                    late_counted: false,
                    pass_on: false,
                });
            }
            bodies.push(CountyBody::new(b.assessment, Source::Browser, q(), standards()));
            sets.push(keys);
        }
        let refs: Vec<&CountyBody> = bodies.iter().collect();
        let c = CountySector::of(&refs, standards());
        let shown: Vec<&HashSet<Key>> = c
            .bodies
            .iter()
            .zip(&sets)
            .filter(|(b, _)| b.ni7.is_some())
            .map(|(_, s)| s)
            .collect();
        for (b, keys) in c.bodies.iter().zip(&sets) {
            if let Some(f) = b.ni7 {
                prop_assert!(f.answered >= MIN_ANSWERS);
                prop_assert_eq!(f.answered, with_a_view(&all, keys));
            }
        }
        let union: HashSet<Key> = shown.iter().flat_map(|s| s.iter().copied()).collect();
        let everything: HashSet<Key> = all.keys().copied().collect();
        // The county's responses: the shown bodies', or every body's.
        let county = c.ni7.map(|f| {
            if f.answered == with_a_view(&all, &union) { union.clone() } else { everything.clone() }
        });
        if let Some(set) = &county {
            prop_assert_eq!(c.ni7.unwrap().answered, with_a_view(&all, set));
        }
        let mut figures: Vec<&HashSet<Key>> = shown.clone();
        if let Some(set) = &county {
            figures.push(set);
        }
        for a in &figures {
            for b in &figures {
                let apart: HashSet<Key> = a.difference(b).copied().collect();
                let n = with_a_view(&all, &apart);
                // Disjoint shown figures differ by a whole figure: five or more.
                prop_assert!(n == 0 || n >= MIN_ANSWERS, "{} answers apart", n);
            }
        }
    }
}
