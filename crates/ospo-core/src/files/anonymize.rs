//! A template fit to share: the plan without people's names, the sponsor, the organization's name
//! or any salary, keeping structure, roles, FTE, budget categories and cadences.

use crate::model::{Plan, Sponsor};

const ORGANIZATION: &str = "[organization]";
const SPONSOR: &str = "[sponsor]";
const PERSON: &str = "[person]";

/// The plan with identifying details removed; names also disappear from every free-text field
/// they were repeated in (notes, messages, descriptions).
pub fn anonymize(plan: &Plan) -> Plan {
    let mut names: Vec<(String, &str)> = Vec::new();
    let org = &plan.organization;
    names.push((org.name.clone(), ORGANIZATION));
    names.push((org.sponsor.name.clone(), SPONSOR));
    names.extend(
        plan.positions
            .iter()
            .filter_map(|p| Some((p.person.clone()?, PERSON))),
    );
    names.retain(|(n, _)| n.trim().chars().count() >= 2);
    // Longest first, so "Ada Lovelace" goes before "Ada".
    names.sort_by_key(|(n, _)| std::cmp::Reverse(n.chars().count()));
    let scrub = |s: &mut String| {
        for (name, placeholder) in &names {
            *s = replace_ignoring_case(s, name.trim(), placeholder);
        }
    };

    let mut out = plan.clone();
    out.id = 0;
    scrub(&mut out.name);
    out.organization.name.clear();
    out.organization.sponsor = Sponsor::default();
    out.organization
        .value_propositions
        .iter_mut()
        .for_each(scrub);
    scrub(&mut out.structure.reports_to);
    out.structure
        .units
        .iter_mut()
        .for_each(|u| scrub(&mut u.name));
    for r in &mut out.responsibilities {
        scrub(&mut r.notes);
    }
    for p in &mut out.positions {
        p.person = None;
        p.annual_base_cost = 0;
        scrub(&mut p.title);
    }
    for l in &mut out.budget.lines {
        scrub(&mut l.description);
    }
    for s in &mut out.stakeholders {
        scrub(&mut s.name);
        scrub(&mut s.key_message);
    }
    for c in &mut out.communications {
        scrub(&mut c.message);
        scrub(&mut c.channel);
    }
    for m in &mut out.milestones {
        scrub(&mut m.title);
    }
    for k in &mut out.kpis {
        for s in [&mut k.goal, &mut k.metric, &mut k.baseline, &mut k.target] {
            scrub(s);
        }
    }
    for r in &mut out.risks {
        scrub(&mut r.description);
        scrub(&mut r.mitigation);
    }
    out.assumptions.iter_mut().for_each(scrub);
    out.sources.iter_mut().for_each(scrub);
    out
}

/// `text` with every occurrence of `name` (compared without case) replaced by `with`.
fn replace_ignoring_case(text: &str, name: &str, with: &str) -> String {
    let lowered = |s: &str| s.chars().flat_map(char::to_lowercase).collect::<String>();
    if name.is_empty() || !lowered(text).contains(&lowered(name)) {
        return text.to_owned();
    }
    let hay: Vec<char> = text.chars().collect();
    let needle: Vec<char> = name.chars().flat_map(char::to_lowercase).collect();
    let lower: Vec<Vec<char>> = hay.iter().map(|c| c.to_lowercase().collect()).collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < hay.len() {
        if let Some(n) = match_at(&lower[i..], &needle) {
            out.push_str(with);
            i += n;
        } else {
            out.push(hay[i]);
            i += 1;
        }
    }
    out
}

/// How many characters of `hay` (each lowercased) spell `needle`, if they do.
fn match_at(hay: &[Vec<char>], needle: &[char]) -> Option<usize> {
    let mut k = 0;
    for (used, c) in hay.iter().enumerate() {
        if k == needle.len() {
            return Some(used);
        }
        let end = k + c.len();
        if end > needle.len() || needle[k..end] != c[..] {
            return None;
        }
        k = end;
    }
    (k == needle.len()).then_some(hay.len())
}

#[cfg(test)]
mod tests {
    use super::replace_ignoring_case;

    #[test]
    fn replaces_every_occurrence_in_any_case() {
        assert_eq!(
            replace_ignoring_case("Ask ACME or acme's CTO", "Acme", "[organization]"),
            "Ask [organization] or [organization]'s CTO"
        );
        assert_eq!(replace_ignoring_case("Straße", "STRASSE", "x"), "Straße");
        assert_eq!(
            replace_ignoring_case("Éva Kovács", "éva", "[person]"),
            "[person] Kovács"
        );
        assert_eq!(replace_ignoring_case("abc", "abcd", "x"), "abc");
    }
}
