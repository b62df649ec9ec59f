//! The plan review: rules drawn from what is known about OSPOs, each finding with a severity, the
//! items it points at, a fix and its source. Used by `ospo check`, the Review screen and the PDF.

mod consistency;
mod rules;

use super::Source;
use crate::model::Plan;
use crate::wording::Spelling;
use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

pub use consistency::RULES as CONSISTENCY_RULES;
pub use rules::RULES;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth knowing; nothing to fix.
    Info,
    /// Weakens the proposal; fix before presenting it.
    Warning,
    /// The plan cannot be defended as it stands; `ospo check` fails.
    Error,
}

impl Severity {
    pub const ALL: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Info];

    pub fn label(self) -> &'static str {
        match self {
            Severity::Info => "Info",
            Severity::Warning => "Warning",
            Severity::Error => "Error",
        }
    }
}

/// One rule of the review, as listed to users and in the docs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct Rule {
    /// Stable identifier, e.g. `no_sponsor`; never renamed once released.
    pub id: &'static str,
    pub severity: Severity,
    /// What the rule asks of a plan, in one line.
    pub title: &'static str,
    /// Why it matters.
    pub why: &'static str,
    pub source: Source,
}

/// One place where the plan breaks a rule.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    pub message: String,
    /// Paths of the items concerned, in the notation of `Plan::problems()` (e.g. `positions[2]`).
    pub items: Vec<String>,
    pub fix: String,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Review {
    /// Most severe first, then in rule order.
    pub findings: Vec<Finding>,
    /// True when no finding is an error.
    pub passed: bool,
}

impl Review {
    pub fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }

    pub fn has(&self, rule: &str) -> bool {
        self.findings.iter().any(|f| f.rule == rule)
    }
}

/// Checks `plan` against every rule; `today` decides which milestones are in the past.
pub fn review(plan: &Plan, today: NaiveDate) -> Review {
    let mut findings = rules::run(plan, today);
    findings.extend(consistency::run(plan, today));
    findings.sort_by_key(|f| std::cmp::Reverse(f.severity));
    let spelling = Spelling::of(&plan.locale);
    for f in &mut findings {
        f.message = spelling.say(&f.message);
        f.fix = spelling.say(&f.fix);
    }
    let passed = findings.iter().all(|f| f.severity != Severity::Error);
    Review { findings, passed }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn findings_follow_the_plans_spelling() {
        let mut plan = crate::guide::starter_plan("cto_office").unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let fixes = |plan: &Plan| -> Vec<String> {
            review(plan, today)
                .findings
                .into_iter()
                .map(|f| f.fix)
                .collect()
        };
        let american = fixes(&plan);
        assert!(american.iter().any(|f| f.contains("your organization")));
        plan.locale = "en-GB".into();
        let british = fixes(&plan);
        assert!(british.iter().any(|f| f.contains("your organisation")));
        assert!(british.iter().all(|f| !f.contains("organiz")));
    }
}
