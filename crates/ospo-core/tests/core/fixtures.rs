//! Plans built in code for the tests, and a logical dump of a database to prove nothing changed.

use chrono::NaiveDate;
use ospo_core::model::*;
use rusqlite::Connection;
use std::path::Path;

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

pub fn position(id: &str, title: &str, role: Role, reports_to: Option<&str>) -> Position {
    Position {
        id: id.into(),
        title: title.into(),
        role,
        person: Some("Ada Example".into()),
        employment: Employment::Dedicated,
        fte: 1.0,
        start_date: Some(date(2027, 1, 1)),
        end_date: None,
        annual_base_cost: 120_000_00,
        loaded_cost_multiplier: 1.3,
        reports_to: reports_to.map(Into::into),
    }
}

/// A plan with something in every section.
pub fn rich_plan(name: &str) -> Plan {
    let mut plan = Plan::empty(name);
    plan.organization = Organization {
        name: "Example Corp".into(),
        employees: 4200,
        industry: "Logistics".into(),
        sponsor: Sponsor {
            name: "Jo Sponsor".into(),
            title: "CTO".into(),
        },
        value_propositions: vec!["Ship faster by reusing open source safely".into()],
    };
    plan.structure = Structure {
        kind: StructureKind::CorporateWithDivisions,
        reports_to: "CTO".into(),
        units: vec![
            Unit {
                id: "u1".into(),
                name: "Corporate OSPO".into(),
                parent: None,
            },
            Unit {
                id: "u2".into(),
                name: "Cloud division OSPO".into(),
                parent: Some("u1".into()),
            },
        ],
    };
    plan.maturity = Maturity {
        current_stage: 1,
        target_stage: 3,
        current_rung: StrategyRung::Consumer,
        target_rung: StrategyRung::Contributor,
    };
    plan.positions = vec![
        position("head", "Head of Open Source", Role::HeadOfOspo, None),
        Position {
            employment: Employment::Shared { percent: 50 },
            fte: 0.5,
            person: None,
            ..position(
                "comp",
                "Compliance Engineer",
                Role::ComplianceEngineer,
                Some("head"),
            )
        },
    ];
    plan.responsibilities = vec![ResponsibilityAssignment {
        responsibility: Responsibility::Compliance,
        owner: Some("comp".into()),
        notes: "License scanning in CI".into(),
    }];
    plan.budget = Budget {
        currency: "EUR".into(),
        first_fiscal_year: 2027,
        first_month: 1,
        fiscal_year_named_by: FiscalYearName::EndYear,
        horizon_years: 3,
        lines: vec![BudgetLine {
            id: "b1".into(),
            category: BudgetCategory::FoundationMemberships,
            description: "Foundation silver membership".into(),
            amounts: vec![20_000_00, 20_000_00, 25_000_00],
        }],
    };
    plan.stakeholders = vec![Stakeholder {
        id: "s1".into(),
        name: "Product engineering".into(),
        petal: Petal::IndividualContributors,
        interest: Level::High,
        influence: Level::Medium,
        owner: Some("head".into()),
        key_message: "Contributing upstream is part of the job".into(),
    }];
    plan.communications = vec![Communication {
        id: "c1".into(),
        audience: "s1".into(),
        message: "Open source office hours".into(),
        channel: "Video call".into(),
        cadence: Some(Cadence::Monthly),
        first_date: date(2027, 2, 3),
        owner: Some("head".into()),
    }];
    plan.milestones = vec![Milestone {
        id: "m1".into(),
        title: "Open source policy approved".into(),
        date: date(2027, 3, 31),
        done: false,
    }];
    plan.kpis = vec![Kpi {
        id: "k1".into(),
        goal: "Grow upstream work".into(),
        metric: "Merged upstream pull requests per quarter".into(),
        baseline: "4".into(),
        target: "40".into(),
        due: Some(date(2027, 12, 31)),
    }];
    plan.risks = vec![Risk {
        id: "r1".into(),
        description: "Funding ends after year one".into(),
        likelihood: Level::Medium,
        impact: Level::High,
        mitigation: "Tie the budget to product KPIs".into(),
    }];
    plan.assumptions = vec!["Salaries at 2026 market rates".into()];
    plan.sources = vec!["Seed 004, section Staffing an OSPO".into()];
    plan
}

/// Every row of every table, in a stable order: equal dumps mean an unchanged database.
pub fn dump(path: &Path) -> String {
    let conn = Connection::open(path).expect("open for dump");
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .expect("list tables");
    let mut out = String::new();
    for table in tables {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY 1, 2"))
            .expect("select");
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                (0..n)
                    .map(|i| r.get::<_, rusqlite::types::Value>(i))
                    .collect::<rusqlite::Result<Vec<_>>>()
            })
            .expect("query")
            .collect::<rusqlite::Result<Vec<_>>>()
            .expect("rows");
        out.push_str(&format!("{table}: {rows:?}\n"));
    }
    out
}
