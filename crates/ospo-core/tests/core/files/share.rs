//! Sharing with peers: anonymized templates and merging chosen sections without duplicates.

use crate::fixtures::{dump, rich_plan};
use ospo_core::files::{self, Section};
use ospo_core::model::*;
use ospo_core::Store;

#[test]
fn an_anonymized_template_names_no_one_and_shows_no_salary_but_keeps_the_shape() {
    let mut plan = rich_plan("Example Corp OSPO");
    plan.risks[0].mitigation = "Jo Sponsor and ada example agree with EXAMPLE CORP".into();
    plan.positions[1].person = Some("Grace Hopper".into());
    let template = files::anonymize(&plan);
    let text = files::to_json_string(&template);
    for secret in [
        "Example Corp",
        "EXAMPLE CORP",
        "Jo Sponsor",
        "Ada Example",
        "ada example",
        "Grace Hopper",
        "12000000",
    ] {
        assert!(!text.contains(secret), "{secret:?} left in the template");
    }
    assert_eq!(template.name, "[organization] OSPO");
    assert_eq!(
        template.risks[0].mitigation,
        "[sponsor] and [person] agree with [organization]"
    );
    assert_eq!(template.organization.sponsor, Sponsor::default());
    for (t, p) in template.positions.iter().zip(&plan.positions) {
        assert_eq!((t.person.as_deref(), t.annual_base_cost), (None, 0));
        assert_eq!(
            (&t.title, t.role, t.fte, t.employment),
            (&p.title, p.role, p.fte, p.employment)
        );
        assert_eq!(t.reports_to, p.reports_to);
    }
    assert_eq!(template.structure, plan.structure);
    assert_eq!(template.budget.lines, plan.budget.lines);
    assert_eq!(template.communications[0].cadence, Some(Cadence::Monthly));
    assert_eq!(template.organization.employees, plan.organization.employees);
    template.validate().unwrap();
    assert_eq!(files::read_plan_bytes(text.as_bytes()).unwrap(), template);
}

#[test]
fn merging_a_plan_into_itself_adds_nothing() {
    let plan = rich_plan("Ours");
    let (merged, report) = files::merge(&plan, &plan, &Section::ALL).unwrap();
    assert_eq!(merged, plan);
    assert_eq!(report.sections.len(), 7);
    assert!(report.sections.iter().all(|s| s.added == 0), "{report:?}");
    assert_eq!(report.sections[0].already_there, 2);
}

/// A peer's plan whose ids collide with ours but whose items are new, plus one item we already have.
fn peer() -> Plan {
    let mut peer = rich_plan("Peer");
    peer.positions[0].title = "Open Source Program Manager".into();
    peer.positions[0].role = Role::ProgramManager;
    // "comp" (Compliance Engineer) is kept: it is already in our plan and reports to the new head.
    peer.budget.lines[0].description = "Conference travel".into();
    peer.budget.lines[0].category = BudgetCategory::Travel;
    peer.stakeholders[0].name = "Legal department".into();
    peer.communications[0].message = "Quarterly licensing review".into();
    peer.milestones[0].title = "First upstream release".into();
    peer.kpis[0].metric = "Projects with a named maintainer".into();
    peer.risks.push(Risk {
        id: "r1".into(),
        description: "Key people leave".into(),
        likelihood: Level::Low,
        impact: Level::High,
        mitigation: "Pair on every duty".into(),
    });
    peer.risks[1].id = "r2".into();
    peer
}

#[test]
fn merging_a_peer_adds_only_what_is_new_remapping_colliding_ids_and_references() {
    let ours = rich_plan("Ours");
    let (merged, report) = files::merge(&ours, &peer(), &Section::ALL).unwrap();
    merged.validate().unwrap();
    let counts: Vec<(Section, usize, usize)> = report
        .sections
        .iter()
        .map(|s| (s.section, s.added, s.already_there))
        .collect();
    assert_eq!(
        counts,
        [
            (Section::Positions, 1, 1),
            (Section::Budget, 1, 0),
            (Section::Stakeholders, 1, 0),
            (Section::Communications, 1, 0),
            (Section::Milestones, 1, 0),
            (Section::Kpis, 1, 0),
            (Section::Risks, 1, 1),
        ]
    );
    let manager = merged.positions.last().unwrap();
    assert_eq!(manager.title, "Open Source Program Manager");
    assert_ne!(manager.id, "head", "colliding id kept");
    let legal = merged.stakeholders.last().unwrap();
    assert_ne!(legal.id, "s1");
    assert_eq!(legal.owner.as_deref(), Some(manager.id.as_str()));
    let review = merged.communications.last().unwrap();
    assert_eq!(review.audience, legal.id);
    assert_eq!(review.owner.as_deref(), Some(manager.id.as_str()));
    assert_eq!(merged.risks.len(), 2);
    // Merging the same file again changes nothing.
    let (again, report) = files::merge(&merged, &peer(), &Section::ALL).unwrap();
    assert_eq!(again, merged);
    assert!(report.sections.iter().all(|s| s.added == 0));
}

#[test]
fn only_the_chosen_sections_are_merged_and_orphans_are_reported() {
    let ours = rich_plan("Ours");
    let (merged, report) =
        files::merge(&ours, &peer(), &[Section::Communications, Section::Risks]).unwrap();
    assert_eq!(merged.positions, ours.positions);
    assert_eq!(merged.stakeholders, ours.stakeholders);
    assert_eq!(merged.communications, ours.communications);
    assert_eq!(merged.risks.len(), 2);
    assert_eq!(
        report.notes,
        ["communications: 1 left out because their audience is not in this plan; merge stakeholders too"]
    );
}

#[test]
fn budget_lines_are_fitted_to_the_plan_horizon() {
    let ours = rich_plan("Ours");
    let mut peer = peer();
    peer.budget.horizon_years = 5;
    peer.budget.lines[0].amounts = vec![1, 2, 3, 4, 5];
    let (merged, report) = files::merge(&ours, &peer, &[Section::Budget]).unwrap();
    assert_eq!(merged.budget.lines[1].amounts, [1, 2, 3]);
    assert!(
        report.notes[0].starts_with("budget: 1 added lines planned 5 years"),
        "{report:?}"
    );
}

#[test]
fn a_peer_in_another_currency_cannot_merge_money_and_the_database_is_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.db");
    let mut store = Store::open(&db).unwrap();
    let id = store.create(&rich_plan("Ours")).unwrap();
    let mut peer = peer();
    peer.budget.currency = "GBP".into();
    let before = dump(&db);
    let err = files::merge_into(&mut store, id, &peer, &[Section::Budget]).unwrap_err();
    assert_eq!(err.code(), "conflict");
    assert!(
        err.to_string()
            .contains("amounts are in GBP and this plan's in EUR"),
        "{err}"
    );
    assert_eq!(dump(&db), before);
    // Without money (an anonymized template's positions) the currency does not matter.
    let template = files::anonymize(&peer);
    let report = files::merge_into(&mut store, id, &template, &[Section::Positions]).unwrap();
    assert_eq!(report.sections[0].added, 1);
    assert_eq!(store.get(id).unwrap().positions.len(), 3);
}

#[test]
fn section_lists_are_parsed_and_unknown_names_refused() {
    assert_eq!(
        Section::parse_list("positions, risks,positions").unwrap(),
        [Section::Positions, Section::Risks]
    );
    assert_eq!(Section::parse_list("all").unwrap().len(), 7);
    let err = Section::parse_list("positions,people").unwrap_err();
    assert!(
        err.to_string()
            .starts_with("sections: unknown section \"people\" (choose from positions, budget,"),
        "{err}"
    );
    assert!(Section::parse_list(" , ").is_err());
}
