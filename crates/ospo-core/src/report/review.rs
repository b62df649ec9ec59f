//! The plan review as a proposal section, so the sponsor sees what the app's checks found.

use super::{Block, Section};
use crate::guide::review::{Finding, Review, Severity};
use crate::wording::Spelling;

/// The review rule that reports a starter's sample items.
const SAMPLE_RULE: &str = "sample_content";

pub fn review_section(review: &Review, spelling: Spelling) -> Section {
    let summary = if review.findings.is_empty() {
        "The plan passes every check of the review.".to_owned()
    } else {
        let counts = [Severity::Error, Severity::Warning, Severity::Info]
            .into_iter()
            .filter_map(|s| match review.count(s) {
                0 => None,
                n => Some(format!("{n} {}", plural(noun(s), n))),
            })
            .collect::<Vec<_>>()
            .join(" and ");
        let verdict = if review.passed {
            "None of them stops the plan from being defended"
        } else {
            "The errors should be resolved before the plan is approved"
        };
        format!(
            "The review of this plan against what is known about OSPOs found {counts}. {verdict}."
        )
    };
    let mut blocks = vec![Block::Paragraph(summary)];
    if !review.findings.is_empty() {
        blocks.push(Block::Table {
            columns: vec![
                ("Severity".into(), 1.0),
                ("Finding".into(), 3.2),
                ("Suggested fix".into(), 3.2),
                ("Basis".into(), 2.0),
            ],
            rows: rows(review, spelling),
        });
    }
    Section {
        title: "Plan review".into(),
        blocks,
    }
}

/// A row per finding, except that the starter's sample items left make one row together: the
/// app's review lists them one by one, a reader of the document needs to know how many.
fn rows(review: &Review, spelling: Spelling) -> Vec<Vec<String>> {
    let (samples, others): (Vec<&Finding>, Vec<&Finding>) =
        review.findings.iter().partition(|f| f.rule == SAMPLE_RULE);
    let mut rows: Vec<Vec<String>> = others
        .iter()
        .map(|f| {
            vec![
                f.severity.label().to_owned(),
                f.message.clone(),
                f.fix.clone(),
                f.source.cite(),
            ]
        })
        .collect();
    if let Some(first) = samples.first() {
        let n = samples.len();
        rows.push(vec![
            first.severity.label().to_owned(),
            format!(
                "{n} {} still the starter's sample text",
                if n == 1 { "item is" } else { "items are" }
            ),
            spelling.say(
                "Edit each to fit the organization, remove it, or keep it as it is; the app's \
                 review lists them",
            ),
            first.source.cite(),
        ]);
    }
    rows
}

/// A severity as a count says it: "1 error and 3 warnings".
fn noun(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn plural(word: &str, n: usize) -> String {
    if n == 1 {
        word.to_owned()
    } else {
        format!("{word}s")
    }
}
