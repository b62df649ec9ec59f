//! How the OSPO sits in the organization: one of the five known structures, its reporting line and units.

use super::problems::{limits, Problems};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use ts_rs::TS;

/// The five ways organizations place an OSPO.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StructureKind {
    /// The OSPO lives inside research and development.
    WithinRnd,
    /// A corporate OSPO sets policy; division-level OSPOs carry it out.
    CorporateWithDivisions,
    /// The OSPO sits in the CTO's office or the engineering organization.
    CtoOffice,
    /// Volunteers across teams act as the OSPO without a formal unit.
    Virtual,
    /// No official OSPO: open source work is coordinated ad hoc.
    NoOfficial,
}

impl StructureKind {
    pub const ALL: [StructureKind; 5] = [
        StructureKind::WithinRnd,
        StructureKind::CorporateWithDivisions,
        StructureKind::CtoOffice,
        StructureKind::Virtual,
        StructureKind::NoOfficial,
    ];

    pub const fn label(self) -> &'static str {
        match self {
            StructureKind::WithinRnd => "OSPO within R&D",
            StructureKind::CorporateWithDivisions => "Corporate OSPO with division OSPOs",
            StructureKind::CtoOffice => "OSPO in the CTO office",
            StructureKind::Virtual => "Virtual OSPO",
            StructureKind::NoOfficial => "No official OSPO",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Structure {
    pub kind: StructureKind,
    /// Whom the head of the OSPO reports to, e.g. "CTO".
    pub reports_to: String,
    /// Organizational units (division OSPOs, working groups) as a tree through `parent`.
    pub units: Vec<Unit>,
}

impl Default for Structure {
    fn default() -> Self {
        Structure {
            kind: StructureKind::CtoOffice,
            reports_to: String::new(),
            units: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    pub id: String,
    pub name: String,
    /// The unit this one belongs to; none for a top-level unit.
    pub parent: Option<String>,
}

impl Structure {
    pub fn validate(&self, path: &str, p: &mut Problems) {
        p.text(
            &self.reports_to,
            format_args!("{path}.reports_to"),
            limits::SHORT_TEXT,
            false,
        );
        p.require(
            self.units.len() <= limits::UNITS,
            format_args!("{path}.units"),
            format_args!("at most {} units", limits::UNITS),
        );
        let index: HashMap<&str, usize> = self
            .units
            .iter()
            .enumerate()
            .map(|(i, u)| (u.id.as_str(), i))
            .collect();
        for (i, unit) in self.units.iter().enumerate() {
            let at = format!("{path}.units[{i}]");
            super::check_id(&unit.id, format_args!("{at}.id"), p);
            if index.get(unit.id.as_str()) != Some(&i) {
                p.push(
                    format_args!("{at}.id"),
                    format_args!("duplicate id \"{}\"", unit.id),
                );
            }
            p.text(
                &unit.name,
                format_args!("{at}.name"),
                limits::SHORT_TEXT,
                true,
            );
            let Some(parent) = &unit.parent else { continue };
            if !index.contains_key(parent.as_str()) {
                p.push(
                    format_args!("{at}.parent"),
                    format_args!("refers to unit \"{parent}\", which is not in the plan"),
                );
                continue;
            }
            // Walk up the tree: a cycle or a very deep chain is refused.
            let mut seen = 0;
            let mut cursor = Some(parent.as_str());
            while let Some(id) = cursor {
                seen += 1;
                if id == unit.id || seen > limits::UNIT_DEPTH {
                    p.push(
                        format_args!("{at}.parent"),
                        format_args!("units must form a tree at most {} deep", limits::UNIT_DEPTH),
                    );
                    break;
                }
                cursor = index.get(id).and_then(|&j| self.units[j].parent.as_deref());
            }
        }
    }
}
