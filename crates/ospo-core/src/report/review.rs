//! The plan review as a proposal section, so the sponsor sees what the app's checks found.

use super::{Block, Section};
use crate::guide::review::Review;

pub fn review_section(review: &Review) -> Section {
    let summary = if review.findings.is_empty() {
        "The plan passes every check of the review.".to_owned()
    } else {
        let counts = [
            crate::guide::review::Severity::Error,
            crate::guide::review::Severity::Warning,
            crate::guide::review::Severity::Info,
        ]
        .into_iter()
        .filter_map(|s| match review.count(s) {
            0 => None,
            n => Some(format!("{n} {}", plural(s.label(), n))),
        })
        .collect::<Vec<_>>()
        .join(", ");
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
            rows: review
                .findings
                .iter()
                .map(|f| {
                    vec![
                        f.severity.label().to_owned(),
                        f.message.clone(),
                        f.fix.clone(),
                        f.source.cite(),
                    ]
                })
                .collect(),
        });
    }
    Section {
        title: "Plan review".into(),
        blocks,
    }
}

fn plural(word: &str, n: usize) -> String {
    if n == 1 {
        word.to_owned()
    } else {
        format!("{word}s")
    }
}
