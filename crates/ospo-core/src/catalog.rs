//! The tables the UI names things from: every currency, and every choice of the plan with its label,
//! taken from the core's own definitions so the window, the PDF and the CLI use the same words. The
//! desktop shell writes it into the UI's generated bindings (ui/src/bindings/tables.ts).

use crate::guide::Severity;
use crate::model::currency::{self, CurrencyInfo};
use crate::model::{
    BudgetCategory, Cadence, Level, Petal, Responsibility, Role, StrategyRung, StructureKind,
    STAGE_NAMES,
};
use serde::Serialize;
use ts_rs::TS;

/// A value the user can pick and what it is called.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Choice<T> {
    pub value: T,
    pub label: String,
}

/// Everything the UI lists and labels, in the order it offers them.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Catalog {
    pub currencies: Vec<CurrencyInfo>,
    pub structures: Vec<Choice<StructureKind>>,
    /// Names of maturity stages 0–4.
    pub stages: Vec<String>,
    pub rungs: Vec<Choice<StrategyRung>>,
    pub roles: Vec<Choice<Role>>,
    pub responsibilities: Vec<Choice<Responsibility>>,
    pub categories: Vec<Choice<BudgetCategory>>,
    pub petals: Vec<Choice<Petal>>,
    pub levels: Vec<Choice<Level>>,
    pub cadences: Vec<Choice<Cadence>>,
    pub severities: Vec<Choice<Severity>>,
}

fn choices<T: Copy>(all: &[T], label: impl Fn(T) -> &'static str) -> Vec<Choice<T>> {
    all.iter()
        .map(|&value| Choice {
            value,
            label: label(value).to_owned(),
        })
        .collect()
}

pub fn catalog() -> Catalog {
    Catalog {
        currencies: currency::all(),
        structures: choices(&StructureKind::ALL, StructureKind::label),
        stages: STAGE_NAMES.iter().map(|s| (*s).to_owned()).collect(),
        rungs: choices(&StrategyRung::ALL, StrategyRung::label),
        roles: choices(&Role::ALL, Role::label),
        responsibilities: choices(&Responsibility::ALL, Responsibility::label),
        categories: choices(&BudgetCategory::ALL, BudgetCategory::label),
        petals: choices(&Petal::ALL, Petal::label),
        levels: choices(&Level::ALL, Level::label),
        cadences: choices(&Cadence::ALL, Cadence::label),
        severities: choices(&Severity::ALL, Severity::label),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_is_listed_once_with_a_label() {
        let c = catalog();
        let json = serde_json::to_value(&c).unwrap();
        for (key, list) in json.as_object().unwrap() {
            let list = list.as_array().unwrap();
            assert!(!list.is_empty(), "{key}");
            let mut seen = std::collections::HashSet::new();
            for item in list {
                let id = item.get("value").or(item.get("code")).unwrap_or(item);
                assert!(seen.insert(id.to_string()), "{key}: {id} twice");
            }
        }
        assert_eq!(c.roles[0].label, "Head of OSPO");
        assert_eq!(json["cadences"][2]["value"], "monthly");
        assert_eq!(c.currencies.len(), currency::codes().count());
    }
}
