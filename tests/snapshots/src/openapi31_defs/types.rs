// @generated from fixtures/openapi31_defs.yaml by `UPDATE_EXPECT=1 cargo test -p generator --test snapshots`. Do not edit by hand.

#[allow(unused_imports)]
use super::*;

/// A closed shape.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Polygon {
    /// The corners, in order.
    pub points: Vec<Point>,
}

runtime::decode! { Polygon { points } }

/// A point on the plane.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Point {
    /// Horizontal coordinate.
    pub x: f64,
    /// Vertical coordinate.
    pub y: f64,
}

runtime::decode! { Point { x, y } }
