//! What the app decides when the user leaves a choice open, in one place so the desktop app and the
//! CLI decide it alike: today's date, the paper of a document, a new plan and its name.

use crate::guide::starter_plan_for;
use crate::model::Plan;
use crate::report::Paper;
use crate::{Result, Store};
use chrono::{Local, NaiveDate};

/// Name of a plan started from nothing when the user gives none.
pub const NEW_PLAN_NAME: &str = "New plan";

/// The date a review or a self-assessment is as of when none is given: today, on this computer.
pub fn today() -> NaiveDate {
    Local::now().date_naive()
}

/// The paper asked for, else the usual paper of the plan's locale (Letter in en-US, A4 in de-DE).
pub fn paper(asked: Option<Paper>, plan: &Plan) -> Paper {
    asked.unwrap_or_else(|| Paper::for_locale(&plan.locale))
}

/// A plan to create for `organization`: the starter's (or an empty one), named `name`, or when that
/// is blank the starter's name (or "New plan") made unique in `store`.
pub fn new_plan(
    store: &Store,
    name: &str,
    starter: Option<&str>,
    organization: &str,
) -> Result<Plan> {
    let organization = organization.trim();
    let mut plan = match starter.map(str::trim).filter(|s| !s.is_empty()) {
        Some(id) => starter_plan_for(id, organization)?,
        None => Plan::empty(NEW_PLAN_NAME),
    };
    plan.organization.name = organization.to_owned();
    plan.name = match name.trim() {
        "" => store.unique_name(&plan.name)?,
        _ => name.to_owned(),
    };
    Ok(plan)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_blank_name_takes_the_starters_made_unique() {
        let mut store = Store::open_in_memory().unwrap();
        let first = new_plan(&store, "  ", None, "").unwrap();
        assert_eq!(first.name, NEW_PLAN_NAME);
        store.create(&first).unwrap();
        assert_eq!(new_plan(&store, "", None, "").unwrap().name, "New plan (2)");
        let named = new_plan(&store, "Ours", Some("within_rnd"), " Acme ").unwrap();
        assert_eq!(
            (
                named.name.as_str(),
                named.starter.as_deref(),
                named.organization.name.as_str()
            ),
            ("Ours", Some("within_rnd"), "Acme")
        );
        assert_eq!(
            new_plan(&store, "x", Some("nope"), "").unwrap_err().code(),
            "not_found"
        );
    }

    #[test]
    fn paper_follows_the_locale_unless_asked() {
        let mut plan = Plan::empty("p");
        plan.locale = "de-DE".into();
        assert_eq!(paper(None, &plan), Paper::A4);
        assert_eq!(paper(Some(Paper::Letter), &plan), Paper::Letter);
        plan.locale = "en-US".into();
        assert_eq!(paper(None, &plan), Paper::Letter);
    }
}
