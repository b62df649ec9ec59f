//! Reporting lines checked in time linear in the number of positions: every line must reach a
//! position that reports to nobody, without a loop and within a bounded depth, like units.

use super::limits::REPORTING_DEPTH;
use std::collections::HashMap;

/// What is wrong with a position's reporting line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineProblem {
    Loop,
    TooDeep,
}

impl LineProblem {
    pub fn message(self) -> String {
        match self {
            LineProblem::Loop => "reporting lines must not form a loop".to_owned(),
            LineProblem::TooDeep => format!(
                "reporting lines may be at most {REPORTING_DEPTH} levels deep below the top position"
            ),
        }
    }
}

enum State {
    /// On the line being walked now: meeting it again closes a loop.
    Walking,
    /// Bosses above it, or what is wrong with its line.
    Done(Result<usize, LineProblem>),
}

/// The problem of every position whose line has one, given who reports to whom (`boss`).
/// Each position is walked once: a line already known ends the walk of the lines below it.
pub fn line_problems<'a>(boss: &HashMap<&'a str, &'a str>) -> HashMap<&'a str, LineProblem> {
    let mut state: HashMap<&'a str, State> = HashMap::with_capacity(boss.len());
    let mut walked: Vec<&'a str> = Vec::new();
    for &start in boss.keys() {
        let mut cursor = start;
        let mut above = loop {
            match state.get(cursor) {
                Some(State::Done(r)) => break *r,
                Some(State::Walking) => break Err(LineProblem::Loop),
                None => {}
            }
            match boss.get(cursor) {
                Some(&next) => {
                    state.insert(cursor, State::Walking);
                    walked.push(cursor);
                    cursor = next;
                }
                None => {
                    state.insert(cursor, State::Done(Ok(0)));
                    break Ok(0);
                }
            }
        };
        while let Some(id) = walked.pop() {
            above = above.and_then(|n| {
                if n < REPORTING_DEPTH {
                    Ok(n + 1)
                } else {
                    Err(LineProblem::TooDeep)
                }
            });
            state.insert(id, State::Done(above));
        }
    }
    state
        .into_iter()
        .filter_map(|(id, s)| match s {
            State::Done(Err(problem)) => Some((id, problem)),
            _ => None,
        })
        .collect()
}

/// The problem a change to `position` brings: its own line, or the line of anyone below it.
pub fn problem_through(position: &str, boss: &HashMap<&str, &str>) -> Option<LineProblem> {
    let problems = line_problems(boss);
    if let Some(p) = problems.get(position) {
        return Some(*p);
    }
    let mut below: HashMap<&str, Vec<&str>> = HashMap::new();
    for (&who, &to) in boss {
        below.entry(to).or_default().push(who);
    }
    // No loop runs through `position` (its own line is sound), so this walk ends.
    let mut queue = vec![position];
    while let Some(id) = queue.pop() {
        for &sub in below.get(id).map_or(&[][..], Vec::as_slice) {
            if let Some(p) = problems.get(sub) {
                return Some(*p);
            }
            queue.push(sub);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(n: usize) -> Vec<(String, String)> {
        (1..n)
            .map(|i| (format!("p{i}"), format!("p{}", i - 1)))
            .collect()
    }

    fn graph(edges: &[(String, String)]) -> HashMap<&str, &str> {
        edges
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect()
    }

    #[test]
    fn a_line_of_sixteen_bosses_is_fine_and_one_more_is_too_deep() {
        let edges = chain(REPORTING_DEPTH + 2);
        let problems = line_problems(&graph(&edges));
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(
            problems.get(format!("p{}", REPORTING_DEPTH + 1).as_str()),
            Some(&LineProblem::TooDeep)
        );
    }

    #[test]
    fn a_loop_and_the_lines_into_it_are_loops() {
        let edges: Vec<(String, String)> =
            [("a", "b"), ("b", "c"), ("c", "a"), ("d", "a"), ("e", "top")]
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
        let problems = line_problems(&graph(&edges));
        let mut looped: Vec<&str> = problems.keys().copied().collect();
        looped.sort_unstable();
        assert_eq!(looped, ["a", "b", "c", "d"]);
    }

    #[test]
    fn a_change_is_judged_by_the_lines_below_it_too() {
        let mut edges = chain(REPORTING_DEPTH + 1);
        assert_eq!(problem_through("p0", &graph(&edges)), None);
        edges.push(("p0".into(), "new-top".into()));
        assert_eq!(
            problem_through("p0", &graph(&edges)),
            Some(LineProblem::TooDeep)
        );
    }
}
