//! Upgrades documents written in older format versions, step by step, on the raw JSON before it is typed.

use crate::{Error, Result};
use serde_json::Value;

/// Turns a document of version `n` into one of version `n + 1`.
type Step = fn(&mut Value) -> std::result::Result<(), String>;

/// `STEPS[i]` upgrades version `i + 1` to `i + 2`. Version 1 is the first published format, so
/// there is nothing to upgrade yet; when the format changes, add the step here and bump
/// `FORMAT_VERSION`.
const STEPS: &[Step] = &[];

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
