//! The proposal's view of the two further maturity models beside the OSPO stages, so a reader who
//! measures maturity another way can place the plan; the line-up is marked as the app's guidance.

use super::layout::{Column, Composer, Table};
use crate::guide::knowledge::{maturity_models, MATURITY_MODELS, STAGES};
use crate::model::Maturity;

/// A table of the stages with the matching level of each further model, current and target marked.
pub fn table(c: &mut Composer, m: &Maturity) {
    c.subheading("The same ladder in other maturity models");
    let mut columns = vec![Column::left("OSPO stage", 1.6)];
    columns.extend(MATURITY_MODELS.iter().map(|mm| Column::left(mm.name, 2.2)));
    let mut table = Table::new(columns);
    table.size = 7.5;
    for s in &STAGES {
        let mark = match (s.stage == m.current_stage, s.stage == m.target_stage) {
            (true, true) => " (now and target)",
            (true, false) => " (now)",
            (false, true) => " (target)",
            (false, false) => "",
        };
        let mut row = vec![format!("{} {}{mark}", s.stage, s.name)];
        row.extend(MATURITY_MODELS.iter().map(|mm| {
            mm.levels
                .iter()
                .filter(|l| l.stage == s.stage)
                .map(|l| l.name)
                .collect::<Vec<_>>()
                .join(", ")
        }));
        table.rows.push(row);
    }
    c.table(&table);
    let sources: Vec<String> = MATURITY_MODELS.iter().map(|mm| mm.source.cite()).collect();
    c.paragraph(&format!(
        "{} Source: {}. How the levels line up with the stages: {}, by each level's place from tactical \
         to strategic.",
        maturity_models::MODELS_NOTE,
        sources.join("; "),
        MATURITY_MODELS[0].alignment_source.cite()
    ));
}
