//! Conversions between model values and SQLite columns: enums as their serde names, lists as JSON.

use rusqlite::types::{FromSqlError, Type};
use serde::{de::DeserializeOwned, Serialize};

/// The snake_case name serde gives a unit enum variant.
pub(super) fn name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

pub(super) fn parse<T: DeserializeOwned>(col: usize, text: String) -> rusqlite::Result<T> {
    serde_json::from_value(serde_json::Value::String(text)).map_err(|e| conversion(col, e))
}

pub(super) fn to_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "null".into())
}

pub(super) fn from_json<T: DeserializeOwned>(col: usize, text: &str) -> rusqlite::Result<T> {
    serde_json::from_str(text).map_err(|e| conversion(col, e))
}

fn conversion(col: usize, e: serde_json::Error) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        col,
        Type::Text,
        Box::new(FromSqlError::Other(Box::new(e))),
    )
}
