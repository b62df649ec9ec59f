//! Upgrades documents written in older format versions, step by step, on the raw JSON before it is typed.

use crate::{Error, Result};
use serde_json::Value;

/// Turns a document of version `n` into one of version `n + 1`.
type Step = fn(&mut Value) -> std::result::Result<(), String>;

/// `STEPS[i]` upgrades version `i + 1` to `i + 2`. When the format changes, add the step here and
/// bump `FORMAT_VERSION`.
const STEPS: &[Step] = &[name_fiscal_years];

/// 1 → 2: budgets gain `fiscal_year_named_by`. Version 1 named a fiscal year by the year it starts
/// in; files keep their dates (for a January start both conventions agree, so it takes the default).
fn name_fiscal_years(doc: &mut Value) -> std::result::Result<(), String> {
    // A file without a budget is left for the reader to report, field by field.
    let Some(budget) = doc
        .get_mut("plan")
        .and_then(|p| p.get_mut("budget"))
        .and_then(Value::as_object_mut)
    else {
        return Ok(());
    };
    let january = budget.get("first_month").and_then(Value::as_u64) == Some(1);
    let named_by = if january { "end_year" } else { "start_year" };
    budget
        .entry("fiscal_year_named_by")
        .or_insert_with(|| Value::from(named_by));
    Ok(())
}

/// Brings a document of version `from` (already checked to be 1..=FORMAT_VERSION) to the current one.
pub(crate) fn upgrade(doc: &mut Value, from: u32) -> Result<()> {
    upgrade_with(doc, from, STEPS)
}

fn upgrade_with(doc: &mut Value, from: u32, steps: &[Step]) -> Result<()> {
    let first = usize::try_from(from.saturating_sub(1)).unwrap_or(usize::MAX);
    for (i, step) in steps.iter().enumerate().skip(first) {
        step(doc).map_err(|e| {
            Error::File(format!("cannot upgrade from format version {}: {e}", i + 1))
        })?;
        if let Some(obj) = doc.as_object_mut() {
            obj.insert("format_version".into(), Value::from(i + 2));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::FORMAT_VERSION;
    use serde_json::json;

    #[test]
    fn there_is_one_step_per_older_version() {
        assert_eq!(STEPS.len() + 1, FORMAT_VERSION as usize);
    }

    #[test]
    fn version_one_budgets_keep_their_dates() {
        let mut doc = json!({"format_version": 1, "plan": {"budget": {"first_month": 10}}});
        upgrade(&mut doc, 1).unwrap();
        assert_eq!(doc["plan"]["budget"]["fiscal_year_named_by"], "start_year");
        assert_eq!(doc["format_version"], 2);
        let mut doc = json!({"format_version": 1, "plan": {"budget": {"first_month": 1}}});
        upgrade(&mut doc, 1).unwrap();
        assert_eq!(doc["plan"]["budget"]["fiscal_year_named_by"], "end_year");
        let mut doc = json!({"format_version": 1, "plan": {}});
        upgrade(&mut doc, 1).unwrap();
        assert_eq!(doc, json!({"format_version": 2, "plan": {}}));
    }

    fn rename_title(doc: &mut Value) -> std::result::Result<(), String> {
        let plan = doc["plan"]
            .as_object_mut()
            .ok_or("plan: must be an object")?;
        let title = plan.remove("title").ok_or("plan.title: missing")?;
        plan.insert("name".into(), title);
        Ok(())
    }

    fn add_locale(doc: &mut Value) -> std::result::Result<(), String> {
        doc["plan"]["locale"] = json!("en-US");
        Ok(())
    }

    #[test]
    fn steps_run_in_order_from_the_file_version_and_set_the_version() {
        let steps: &[Step] = &[rename_title, add_locale];
        let mut v1 = json!({"format_version": 1, "plan": {"title": "A"}});
        upgrade_with(&mut v1, 1, steps).unwrap();
        assert_eq!(
            v1,
            json!({"format_version": 3, "plan": {"name": "A", "locale": "en-US"}})
        );
        let mut v2 = json!({"format_version": 2, "plan": {"title": "kept"}});
        upgrade_with(&mut v2, 2, steps).unwrap();
        assert_eq!(
            v2,
            json!({"format_version": 3, "plan": {"title": "kept", "locale": "en-US"}})
        );
    }

    #[test]
    fn a_failing_step_names_the_version_it_started_from() {
        let steps: &[Step] = &[rename_title, add_locale];
        let mut doc = json!({"format_version": 1, "plan": {}});
        let err = upgrade_with(&mut doc, 1, steps).unwrap_err();
        assert_eq!(
            err.to_string(),
            "cannot upgrade from format version 1: plan.title: missing"
        );
    }
}
