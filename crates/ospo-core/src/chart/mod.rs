//! The charts of the app and the documents laid out once, as geometry: boxes, lines and labels with
//! their positions, sizes and anchors, in points. The PDF draws a figure with printpdf, the app as
//! SVG, so the window and the document never disagree.

mod bars;
mod calendar;
mod flower;
mod heatmap;
mod ladder;
mod org;
mod shape;
mod timeline;

pub use bars::{budget_bars, chart_items};
pub use calendar::{calendar_chart, communication_calendar, CalendarChart, CalendarRow};
pub use flower::flower;
pub use heatmap::risk_heat_map;
pub use ladder::{stage_ladder, strategy_ladder};
pub use org::{org_chart, OrgChart};
pub use shape::{Anchor, Figure, Shape, Tone};

use crate::model::Plan;
use crate::typeset::DocumentFace;
use serde::Serialize;
use ts_rs::TS;

/// The width charts are laid out for: the text column of the documents on A4.
pub const WIDTH: f32 = 487.0;

/// Every chart of a plan, as the app shows them.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Charts {
    pub org_chart: Figure,
    pub stage_ladder: Figure,
    pub strategy_ladder: Figure,
    pub flower: Figure,
    pub budget_bars: Figure,
    pub timeline: Figure,
    pub heat_map: Figure,
    pub communication_calendar: Figure,
}

impl Charts {
    pub fn of(plan: &Plan) -> Charts {
        let m = &DocumentFace;
        let totals = plan.totals();
        Charts {
            org_chart: org_chart(m, plan, WIDTH).figure,
            stage_ladder: stage_ladder(m, plan, WIDTH),
            strategy_ladder: strategy_ladder(m, plan, WIDTH),
            flower: flower(m, plan, WIDTH),
            budget_bars: budget_bars(m, plan, &totals, WIDTH),
            timeline: timeline::timeline(m, plan, WIDTH),
            heat_map: risk_heat_map(m, plan, WIDTH),
            communication_calendar: communication_calendar(m, plan, WIDTH),
        }
    }
}

pub use timeline::timeline;
