//! The shared shape of every item table (keyed by plan and item id, ordered by `seq`) and the
//! three operations on it, so each table module only says how its columns map to the model.

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection, OptionalExtension, Row};

pub(super) trait Section: Sized {
    const TABLE: &'static str;
    /// The item's key column; `id` for all but responsibilities.
    const KEY: &'static str = "id";
    /// Columns after plan_id, key and seq, in the order of `values` and of `from_row` from index 1.
    const COLUMNS: &'static [&'static str];

    fn key(&self) -> String;
    fn values(&self) -> Vec<Value>;
    /// Column 0 is the key; columns 1.. follow `COLUMNS`.
    fn from_row(row: &Row) -> rusqlite::Result<Self>;
}

pub(super) fn load<T: Section>(conn: &Connection, plan_id: i64) -> rusqlite::Result<Vec<T>> {
    let sql = format!(
        "SELECT {}, {} FROM {} WHERE plan_id = ?1 ORDER BY seq",
        T::KEY,
        T::COLUMNS.join(", "),
        T::TABLE
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([plan_id], |row| T::from_row(row))?;
    rows.collect()
}

/// Inserts the item at the end, or updates it in place when its key is already there.
pub(super) fn put<T: Section>(conn: &Connection, plan_id: i64, item: &T) -> rusqlite::Result<()> {
    let cols = T::COLUMNS;
    let placeholders: Vec<String> = (0..cols.len()).map(|i| format!("?{}", i + 3)).collect();
    let updates: Vec<String> = cols.iter().map(|c| format!("{c} = excluded.{c}")).collect();
    let sql = format!(
        "INSERT INTO {t} (plan_id, {k}, seq, {cols}) VALUES (?1, ?2, \
         (SELECT COALESCE(MAX(seq), 0) + 1 FROM {t} WHERE plan_id = ?1), {ph}) \
         ON CONFLICT (plan_id, {k}) DO UPDATE SET {up}",
        t = T::TABLE,
        k = T::KEY,
        cols = cols.join(", "),
        ph = placeholders.join(", "),
        up = updates.join(", "),
    );
    let mut params = vec![Value::Integer(plan_id), Value::Text(item.key())];
    params.extend(item.values());
    conn.prepare_cached(&sql)?
        .execute(params_from_iter(params))?;
    Ok(())
}

/// The item with `key` and its place in the section's order, if it is there.
pub(super) fn load_one<T: Section>(
    conn: &Connection,
    plan_id: i64,
    key: &str,
) -> rusqlite::Result<Option<(i64, T)>> {
    let sql = format!(
        "SELECT {k}, {cols}, seq FROM {t} WHERE plan_id = ?1 AND {k} = ?2",
        k = T::KEY,
        cols = T::COLUMNS.join(", "),
        t = T::TABLE
    );
    conn.prepare_cached(&sql)?
        .query_row(rusqlite::params![plan_id, key], |row| {
            Ok((row.get(T::COLUMNS.len() + 1)?, T::from_row(row)?))
        })
        .optional()
}

/// Every item of the section with its place in the order.
pub(super) fn load_with_seq<T: Section>(
    conn: &Connection,
    plan_id: i64,
) -> rusqlite::Result<Vec<(i64, T)>> {
    let sql = format!(
        "SELECT {}, {}, seq FROM {} WHERE plan_id = ?1 ORDER BY seq",
        T::KEY,
        T::COLUMNS.join(", "),
        T::TABLE
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([plan_id], |row| {
        Ok((row.get(T::COLUMNS.len() + 1)?, T::from_row(row)?))
    })?;
    rows.collect()
}

/// Inserts or updates the item at a given place in the order (undo and redo put items back where
/// they were).
pub(super) fn put_at<T: Section>(
    conn: &Connection,
    plan_id: i64,
    seq: i64,
    item: &T,
) -> rusqlite::Result<()> {
    let cols = T::COLUMNS;
    let placeholders: Vec<String> = (0..cols.len()).map(|i| format!("?{}", i + 4)).collect();
    let updates: Vec<String> = cols.iter().map(|c| format!("{c} = excluded.{c}")).collect();
    let sql = format!(
        "INSERT INTO {t} (plan_id, {k}, seq, {cols}) VALUES (?1, ?2, ?3, {ph}) \
         ON CONFLICT (plan_id, {k}) DO UPDATE SET seq = excluded.seq, {up}",
        t = T::TABLE,
        k = T::KEY,
        cols = cols.join(", "),
        ph = placeholders.join(", "),
        up = updates.join(", "),
    );
    let mut params = vec![
        Value::Integer(plan_id),
        Value::Text(item.key()),
        Value::Integer(seq),
    ];
    params.extend(item.values());
    conn.prepare_cached(&sql)?
        .execute(params_from_iter(params))?;
    Ok(())
}

/// Writes a whole section in order, after clearing what was there.
pub(super) fn replace_all<T: Section>(
    conn: &Connection,
    plan_id: i64,
    items: &[T],
) -> rusqlite::Result<()> {
    conn.prepare_cached(&format!("DELETE FROM {} WHERE plan_id = ?1", T::TABLE))?
        .execute([plan_id])?;
    let cols = T::COLUMNS;
    let placeholders: Vec<String> = (0..cols.len()).map(|i| format!("?{}", i + 4)).collect();
    let sql = format!(
        "INSERT INTO {} (plan_id, {}, seq, {}) VALUES (?1, ?2, ?3, {})",
        T::TABLE,
        T::KEY,
        cols.join(", "),
        placeholders.join(", ")
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    for (seq, item) in items.iter().enumerate() {
        let mut params = vec![
            Value::Integer(plan_id),
            Value::Text(item.key()),
            Value::Integer(seq as i64 + 1),
        ];
        params.extend(item.values());
        stmt.execute(params_from_iter(params))?;
    }
    Ok(())
}

/// Removes the item; false when it was not there.
pub(super) fn remove<T: Section>(
    conn: &Connection,
    plan_id: i64,
    key: &str,
) -> rusqlite::Result<bool> {
    let sql = format!(
        "DELETE FROM {} WHERE plan_id = ?1 AND {} = ?2",
        T::TABLE,
        T::KEY
    );
    Ok(conn
        .prepare_cached(&sql)?
        .execute(rusqlite::params![plan_id, key])?
        > 0)
}

pub(super) fn text(s: &str) -> Value {
    Value::Text(s.to_owned())
}

pub(super) fn opt_text(s: Option<&str>) -> Value {
    s.map_or(Value::Null, text)
}

pub(super) fn opt_date(d: Option<chrono::NaiveDate>) -> Value {
    d.map_or(Value::Null, |d| Value::Text(d.to_string()))
}
