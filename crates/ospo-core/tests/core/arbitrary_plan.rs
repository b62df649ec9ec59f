//! Generated valid plans for property tests: any text (HTML, any script; no control characters),
//! every enum value, ids and references drawn so the plan passes validation.

use chrono::{DateTime, NaiveDate, Utc};
use ospo_core::model::*;
use proptest::prelude::*;
use proptest::sample::subsequence;

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,24}",
        "<script>alert\\(\"[a-z]{1,5}\"\\)</script>",
        "\\PC{0,12}"
    ]
    .prop_map(|s| s.chars().filter(|&c| single_line(c)).collect())
}

/// What a single-line field accepts: no control, line-separator or bidi-override characters.
fn single_line(c: char) -> bool {
    !c.is_control()
        && !matches!(c, '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Text that validation requires to be non-blank.
fn required() -> impl Strategy<Value = String> {
    (text(), "[a-zA-Z<&>]").prop_map(|(t, end)| t + &end)
}

/// 1900-01-01 to 2190-12-31: a position's end date may come up to ten years after its start.
fn date() -> impl Strategy<Value = NaiveDate> {
    (693_596i32..=799_881)
        .prop_map(|d| NaiveDate::from_num_days_from_ce_opt(d).unwrap_or(NaiveDate::MIN))
}

fn time() -> impl Strategy<Value = DateTime<Utc>> {
    (0i64..8_000_000_000, 0u32..1_000_000_000)
        .prop_map(|(s, n)| DateTime::from_timestamp(s, n).unwrap_or_default())
}

fn id(prefix: &'static str, i: usize) -> impl Strategy<Value = String> {
    "[A-Za-z0-9._-]{0,8}".prop_map(move |s| format!("{prefix}{i}x{s}"))
}

fn level() -> impl Strategy<Value = Level> {
    prop_oneof![Just(Level::Low), Just(Level::Medium), Just(Level::High)]
}

fn pick<T: Clone + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    proptest::sample::select(all)
}

/// A reference to one of the first `n` ids, or none.
fn refer(ids: &[String], seed: Option<usize>) -> Option<String> {
    let s = seed?;
    (!ids.is_empty()).then(|| ids[s % ids.len()].clone())
}

fn positions() -> impl Strategy<Value = Vec<Position>> {
    prop::collection::vec(any::<u8>(), 0..6)
        .prop_flat_map(|seeds| {
            let n = seeds.len();
            (0..n)
                .map(|i| {
                    (
                        id("p", i),
                        required(),
                        pick(&Role::ALL),
                        proptest::option::of(text()),
                        prop_oneof![
                            Just(Employment::Dedicated),
                            Just(Employment::Contractor),
                            (1u8..=100).prop_map(|percent| Employment::Shared { percent }),
                        ],
                        0.0f64..=1.0,
                        proptest::option::of(date()),
                        proptest::option::of(0u64..3650),
                        0..=MAX_AMOUNT,
                        1.0f64..=MAX_LOADED_MULTIPLIER,
                        proptest::option::of(any::<usize>()),
                    )
                        .prop_map(
                            move |(
                                id,
                                title,
                                role,
                                person,
                                employment,
                                fte,
                                start,
                                len,
                                cost,
                                mult,
                                boss,
                            )| {
                                // A shared position's FTE is its share of time, as the store keeps it.
                                let fte = match employment {
                                    Employment::Shared { percent } => f64::from(percent) / 100.0,
                                    _ => fte,
                                };
                                Position {
                                    id,
                                    title,
                                    role,
                                    person,
                                    employment,
                                    fte,
                                    start_date: start,
                                    end_date: start.zip(len).and_then(|(s, l)| {
                                        s.checked_add_days(chrono::Days::new(l))
                                    }),
                                    annual_base_cost: cost,
                                    loaded_cost_multiplier: mult,
                                    // Only earlier positions: reporting lines never loop.
                                    reports_to: boss
                                        .filter(|_| i > 0)
                                        .map(|b| format!("{}", b % i)),
                                }
                            },
                        )
                })
                .collect::<Vec<_>>()
        })
        .prop_map(|mut ps: Vec<Position>| {
            let ids: Vec<String> = ps.iter().map(|p| p.id.clone()).collect();
            for p in &mut ps {
                if let Some(k) = p.reports_to.take() {
                    p.reports_to = k.parse::<usize>().ok().map(|k| ids[k].clone());
                }
            }
            ps
        })
}

fn budget() -> impl Strategy<Value = Budget> {
    let codes: Vec<&'static str> = currency::codes().collect();
    (
        proptest::sample::select(codes),
        2000i32..=2100,
        1u8..=12,
        1u8..=MAX_HORIZON,
        any::<bool>(),
    )
        .prop_flat_map(
            |(currency, first_fiscal_year, first_month, horizon, by_end)| {
                let fiscal_year_named_by = if by_end {
                    FiscalYearName::EndYear
                } else {
                    FiscalYearName::StartYear
                };
                let line = move |i: usize| {
                    (
                        id("b", i),
                        pick(&BudgetCategory::ALL[1..]),
                        required(),
                        prop::collection::vec(0..=MAX_AMOUNT, usize::from(horizon)),
                    )
                        .prop_map(|(id, category, description, amounts)| {
                            BudgetLine {
                                id,
                                category,
                                description,
                                amounts,
                            }
                        })
                };
                (0usize..5)
                    .prop_flat_map(move |n| (0..n).map(line).collect::<Vec<_>>())
                    .prop_map(move |lines| Budget {
                        currency: currency.to_owned(),
                        first_fiscal_year,
                        first_month,
                        fiscal_year_named_by,
                        horizon_years: horizon,
                        lines,
                    })
            },
        )
}

fn units() -> impl Strategy<Value = Vec<Unit>> {
    (0usize..5).prop_flat_map(|n| {
        (0..n)
            .map(|i| {
                (id("u", i), required(), proptest::option::of(any::<usize>())).prop_map(
                    move |(id, name, parent)| Unit {
                        id,
                        name,
                        parent: parent.filter(|_| i > 0).map(|p| (p % i).to_string()),
                    },
                )
            })
            .collect::<Vec<_>>()
            .prop_map(|mut units: Vec<Unit>| {
                let ids: Vec<String> = units.iter().map(|u| u.id.clone()).collect();
                for u in &mut units {
                    u.parent = u
                        .parent
                        .take()
                        .and_then(|k| k.parse::<usize>().ok())
                        .map(|k| ids[k].clone());
                }
                units
            })
    })
}

fn tracking() -> impl Strategy<Value = (Vec<Milestone>, Vec<Kpi>, Vec<Risk>)> {
    let milestones = (0usize..4).prop_flat_map(|n| {
        (0..n)
            .map(|i| {
                (id("m", i), required(), date(), any::<bool>()).prop_map(
                    |(id, title, date, done)| Milestone {
                        id,
                        title,
                        date,
                        done,
                    },
                )
            })
            .collect::<Vec<_>>()
    });
    let kpis = (0usize..4).prop_flat_map(|n| {
        (0..n)
            .map(|i| {
                (
                    id("k", i),
                    required(),
                    required(),
                    text(),
                    text(),
                    proptest::option::of(date()),
                )
                    .prop_map(|(id, goal, metric, baseline, target, due)| Kpi {
                        id,
                        goal,
                        metric,
                        baseline,
                        target,
                        due,
                    })
            })
            .collect::<Vec<_>>()
    });
    let risks = (0usize..4).prop_flat_map(|n| {
        (0..n)
            .map(|i| {
                (id("r", i), required(), level(), level(), text()).prop_map(
                    |(id, description, likelihood, impact, mitigation)| Risk {
                        id,
                        description,
                        likelihood,
                        impact,
                        mitigation,
                    },
                )
            })
            .collect::<Vec<_>>()
    });
    (milestones, kpis, risks)
}

type People = (
    Vec<Stakeholder>,
    Vec<(
        String,
        String,
        Option<Cadence>,
        NaiveDate,
        Option<usize>,
        Option<usize>,
        String,
    )>,
);

fn people() -> impl Strategy<Value = People> {
    let stakeholders = (0usize..4).prop_flat_map(|n| {
        (0..n)
            .map(|i| {
                (
                    id("s", i),
                    required(),
                    pick(&Petal::ALL),
                    level(),
                    level(),
                    text(),
                )
                    .prop_map(
                        |(id, name, petal, interest, influence, key_message)| Stakeholder {
                            id,
                            name,
                            petal,
                            interest,
                            influence,
                            owner: None,
                            key_message,
                        },
                    )
            })
            .collect::<Vec<_>>()
    });
    let communications = prop::collection::vec(
        (
            required(),
            text(),
            proptest::option::of(pick(&Cadence::ALL)),
            date(),
            proptest::option::of(any::<usize>()),
            proptest::option::of(any::<usize>()),
            "[a-z0-9]{0,6}",
        ),
        0..4,
    );
    (stakeholders, communications)
}

prop_compose! {
    pub fn plan()(
        name in required(),
        created_at in time(),
        updated_at in time(),
        starter in proptest::option::of(text()),
        locale in "[a-z]{2}(-[A-Z]{2})?",
        org in (required(), any::<u32>(), text(), text(), text(), prop::collection::vec(required(), 0..=5)),
        kind in pick(&StructureKind::ALL),
        reports_to in text(),
        units in units(),
        stages in (0u8..=MAX_STAGE, 0u8..=MAX_STAGE, pick(&StrategyRung::ALL), pick(&StrategyRung::ALL)),
        resp in (subsequence(Responsibility::ALL.to_vec(), 0..=12), prop::collection::vec((proptest::option::of(any::<usize>()), text()), 12)),
        positions in positions(),
        budget in budget(),
        people in people(),
        owners in prop::collection::vec(proptest::option::of(any::<usize>()), 4),
        tracking in tracking(),
        assumptions in prop::collection::vec(required(), 0..3),
        sources in prop::collection::vec(required(), 0..3),
        id in any::<i64>(),
    ) -> Plan {
        let ids: Vec<String> = positions.iter().map(|p| p.id.clone()).collect();
        let (mut stakeholders, comms) = people;
        for (s, seed) in stakeholders.iter_mut().zip(&owners) {
            s.owner = refer(&ids, *seed);
        }
        let groups: Vec<String> = stakeholders.iter().map(|s| s.id.clone()).collect();
        let communications = if groups.is_empty() {
            Vec::new()
        } else {
            comms
                .into_iter()
                .enumerate()
                .map(|(i, (message, channel, cadence, first_date, audience, owner, suffix))| Communication {
                    id: format!("c{i}x{suffix}"),
                    audience: refer(&groups, Some(audience.unwrap_or(0))).unwrap_or_default(),
                    message,
                    channel,
                    cadence,
                    first_date,
                    owner: refer(&ids, owner),
                })
                .collect()
        };
        let (chosen, details) = resp;
        let responsibilities = chosen
            .into_iter()
            .zip(details)
            .map(|(responsibility, (owner, notes))| ResponsibilityAssignment {
                responsibility,
                owner: refer(&ids, owner),
                notes,
            })
            .collect();
        let (milestones, kpis, risks) = tracking;
        Plan {
            id,
            name,
            created_at,
            updated_at,
            starter,
            locale,
            organization: Organization {
                name: org.0,
                employees: org.1,
                industry: org.2,
                sponsor: Sponsor { name: org.3, title: org.4 },
                value_propositions: org.5,
            },
            structure: Structure { kind, reports_to, units },
            maturity: Maturity {
                current_stage: stages.0,
                target_stage: stages.1,
                current_rung: stages.2,
                target_rung: stages.3,
            },
            responsibilities,
            positions,
            budget,
            stakeholders,
            communications,
            milestones,
            kpis,
            risks,
            assumptions,
            sources,
            samples: Vec::new(),
        }
    }
}
